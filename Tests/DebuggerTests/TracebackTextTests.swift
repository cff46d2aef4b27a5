import XCTest
@testable import Debugger

/// Tracebacks as python3 (CPython 3.11) prints them, markers (`^^^^`, `~~^~~`) included: each program
/// of `Tests/Oracle/tracebacks` runs as `gradstep --plain NAME.py` would, and its stdout and stderr
/// must equal what `python3 NAME.py` printed (run in that folder, the folder stripped from paths).
/// Regenerate one with the PyTorch venv's python (it is CPython 3.11):
/// `cd Tests/Oracle/tracebacks && PY NAME.py > NAME.out 2> NAME.stderr && sed -i "s#$PWD/##g" NAME.out NAME.stderr`.
final class TracebackTextTests: XCTestCase {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("tracebacks")
    }

    func testEveryProgramPrintsPythonsTraceback() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 4)
        for name in names {
            let base = Self.directory.appendingPathComponent(name)
            let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
            let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let expectedErr = try String(contentsOf: base.appendingPathExtension("stderr"), encoding: .utf8)
            let session = ScriptSession(filename: name + ".py")
            let console = BufferConsole()
            _ = session.run(source, console: console)
            XCTAssertEqual(console.outText, expectedOut, "stdout of \(name).py")
            XCTAssertEqual(console.errText, expectedErr, "stderr of \(name).py")
        }
    }
}
