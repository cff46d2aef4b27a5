import Foundation
import XCTest
@testable import Script

/// Runs every program in Tests/Oracle/python (pure Python: classes, functions, the standard library)
/// in-process and checks it prints exactly what CPython 3.11 printed (NAME.out, made by
/// Tests/Oracle/make_python_expected.sh) and fails with CPython's last error line (NAME.err).
/// Object addresses (`0x7f…`) are masked on both sides: they differ from run to run.
final class PythonSemanticsCorpusTests: XCTestCase {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("python")
    }

    static func masked(_ s: String) -> String {
        s.replacingOccurrences(of: "0x[0-9a-fA-F]+", with: "0x?", options: .regularExpression)
    }

    func testEveryProgramMatchesCPython() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 150, "expected the Python corpus in \(Self.directory.path)")
        var failed: [String] = []
        for name in names {
            let base = Self.directory.appendingPathComponent(name)
            let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
            let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let expectedErr = try String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let (stdout, error) = OracleCasesTests.run(source)
            // CPython's report ends with the message's last line (multi-line messages such as the MRO error).
            let lastLine = error.map { $0.split(separator: "\n").last.map(String.init) ?? $0 }
            let outOK = Self.masked(stdout) == Self.masked(expectedOut)
            let errOK = expectedErr.isEmpty ? error == nil : lastLine.map(Self.masked) == Self.masked(expectedErr)
            XCTAssertTrue(outOK, "stdout of \(name).py:\n\(stdout)\n--- expected:\n\(expectedOut)")
            XCTAssertTrue(errOK, "error of \(name).py: \(error ?? "none"), expected \(expectedErr.isEmpty ? "none" : expectedErr)")
            if !outOK || !errOK { failed.append(name) }
        }
        if !failed.isEmpty { print("Python corpus: \(names.count - failed.count) of \(names.count) pass; failing: \(failed.joined(separator: " "))") }
    }
}
