import Foundation
import XCTest
@testable import Script

/// Runs every program in Tests/Oracle/nn (torch.nn / torch.optim / torch.utils.data course code,
/// expected outputs from real PyTorch by Tests/Oracle/nn/make_expected.sh) through the interpreter,
/// which loads the bundled Python library on import.
final class NNCorpusTests: XCTestCase {
    /// Programs that do not match PyTorch yet, each with the reason. A listed program that starts
    /// matching fails the test, so the list only shrinks.
    static let expectedFailures: [String: String] = [:]

    static var corpusDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("nn")
    }

    /// Whether `name`.py prints PyTorch's stdout and last error line; the mismatch when not.
    static func check(_ name: String) throws -> String? {
        let base = corpusDirectory.appendingPathComponent(name)
        let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
        let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
        let expectedErr = try String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let (stdout, error) = OracleCasesTests.run(source)
        if stdout != expectedOut {
            let got = stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expectedOut.split(separator: "\n", omittingEmptySubsequences: false)
            let i = zip(got, want).firstIndex { $0 != $1 } ?? min(got.count, want.count)
            let line = i < want.count ? String(want[i]) : "<end>"
            let gotLine = i < got.count ? String(got[i]) : "<end>"
            return "stdout line \(i + 1): expected \(line.debugDescription), got \(gotLine.debugDescription)" + (error.map { " (error: \($0))" } ?? "")
        }
        if (expectedErr.isEmpty ? nil : expectedErr) != error {
            return "error: expected \(expectedErr.isEmpty ? "none" : expectedErr), got \(error ?? "none")"
        }
        return nil
    }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    }

    func testCorpusMatchesPyTorch() throws {
        let names = Self.names
        XCTAssertGreaterThanOrEqual(names.count, 60, "expected the nn corpus in \(Self.corpusDirectory.path)")
        var passing = 0
        for name in names {
            let mismatch = try Self.check(name)
            if mismatch == nil { passing += 1 }
            if let reason = Self.expectedFailures[name] {
                XCTAssertNotNil(mismatch, "\(name).py now matches PyTorch: remove it from expectedFailures (was: \(reason))")
            } else if let mismatch {
                XCTFail("\(name).py: \(mismatch)")
            }
        }
        for name in Self.expectedFailures.keys where !names.contains(name) { XCTFail("expectedFailures lists a missing program \(name)") }
        print("nn corpus: \(passing)/\(names.count) programs match PyTorch")
    }
}
