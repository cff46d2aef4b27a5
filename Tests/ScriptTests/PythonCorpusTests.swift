import Foundation
import XCTest
@testable import Script

/// Runs the pure-Python corpus Tests/Oracle/python/*.py (c_: classes, functions, exceptions; m_: generators,
/// imports, the standard library, builtins) in-process and checks each prints exactly what CPython 3.11
/// printed (NAME.out, from Tests/Oracle/python/make_expected.sh) and, when it fails, ends with CPython's
/// last error line (NAME.err). Object addresses (`0x7f…`) are masked on both sides.
final class PythonCorpusTests: XCTestCase {
    /// Programs whose output still differs from CPython's; not asserted.
    static let knownDifferences: Set<String> = []

    static func masked(_ s: String) -> String {
        s.replacingOccurrences(of: "0x[0-9a-fA-F]+", with: "0x?", options: .regularExpression)
    }

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("python")
    }

    /// Runs `source` as `python3 FILE.py`: stdout, the last error line (nil when the program succeeds),
    /// and whether it exited with a failure status (SystemExit with a non-zero code fails silently).
    static func run(_ source: String) -> (stdout: String, error: String?, failed: Bool) {
        var out = "", err = ""
        let interp = Interpreter(output: { out += $0 }, warn: { _ in })
        interp.errorOutput = { err += $0 }
        interp.filename = "case.py"
        do {
            try interp.run(source)
            return (out, nil, false)
        } catch let e as PyError where e.kind == .systemExit {
            if e.message.isEmpty || e.message == "0" { return (out, nil, false) }
            // sys.exit(N): python3's last stderr line is the program's own (`print(..., file=sys.stderr)`).
            let lastErr = err.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return (out, Int(e.message) == nil ? e.message : lastErr.map { $0.trimmingCharacters(in: .whitespaces) } ?? "", true)
        } catch let e as SyntaxError {
            return (out, e.rendered.split(separator: "\n").last.map(String.init) ?? "SyntaxError", true)
        } catch let e as PyError {
            // CPython's report ends with the message's last line (multi-line messages such as the MRO error).
            return (out, e.description.split(separator: "\n").last.map(String.init) ?? e.description, true)
        } catch {
            return (out, "RuntimeError: \(error)", true)
        }
    }

    func testEveryProgramMatchesCPython() throws {
        let dir = Self.directory
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 300, "expected the Python corpus in \(dir.path)")
        var checked = 0
        for name in names where !Self.knownDifferences.contains(name) {
            let base = dir.appendingPathComponent(name)
            let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
            let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let expectedErr = try String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let expectedCode = try String(contentsOf: base.appendingPathExtension("code"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let (stdout, error, failed) = Self.run(source)
            XCTAssertEqual(Self.masked(stdout), Self.masked(expectedOut), "stdout of \(name).py")
            XCTAssertEqual(failed, expectedCode != "0", "exit status of \(name).py")
            if expectedCode != "0" {
                XCTAssertEqual(Self.masked(error ?? ""), Self.masked(expectedErr), "error line of \(name).py")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 300)
    }
}
