import Foundation
import XCTest
@testable import Script

/// Runs the pure-Python corpus Tests/Oracle/python/m_*.py (generators, imports, the standard library,
/// builtins) in-process and checks each prints exactly what CPython 3.11 printed (NAME.out, from
/// Tests/Oracle/python/make_expected.sh) and, when it fails, ends with CPython's error line (NAME.err).
final class PythonCorpusTests: XCTestCase {
    /// Programs whose output still differs from CPython's; not asserted.
    static let knownDifferences: Set<String> = [
        // Decorator syntax is applied by the classes-and-decorators work, not here.
        "m_functools_lru_decorator",
    ]

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("python")
    }

    /// Runs `source` as `python3 FILE.py`: stdout, the last error line (nil when the program succeeds),
    /// and whether it exited with a failure status (SystemExit with a non-zero code fails silently).
    static func run(_ source: String) -> (stdout: String, error: String?, failed: Bool) {
        var out = ""
        let interp = Interpreter(output: { out += $0 }, warn: { _ in })
        interp.filename = "case.py"
        do {
            try interp.run(source)
            return (out, nil, false)
        } catch let e as PyError where e.kind == .systemExit {
            if e.message.isEmpty || e.message == "0" { return (out, nil, false) }
            return (out, Int(e.message) == nil ? e.message : "", true)
        } catch let e as SyntaxError {
            return (out, e.rendered.split(separator: "\n").last.map(String.init) ?? "SyntaxError", true)
        } catch let e as PyError {
            return (out, e.description, true)
        } catch {
            return (out, "RuntimeError: \(error)", true)
        }
    }

    func testEveryProgramMatchesCPython() throws {
        let dir = Self.directory
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasPrefix("m_") && $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 150, "expected the Python corpus in \(dir.path)")
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
            XCTAssertEqual(stdout, expectedOut, "stdout of \(name).py")
            XCTAssertEqual(failed, expectedCode != "0", "exit status of \(name).py")
            if expectedCode != "0" {
                XCTAssertEqual(error ?? "", expectedErr, "error line of \(name).py")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 140)
    }
}
