import Foundation
import XCTest
@testable import Script

/// numpy's floating-point RuntimeWarnings as Python prints them on stderr (`prog.py:6: RuntimeWarning:
/// overflow encountered in exp` and the source line, once per location): each program of
/// Tests/Oracle/numpy with a NAME.warnings file must warn exactly so; so must PyTorch's warnings in
/// Tests/Oracle/cases. Generate a file with the real library:
/// `cd Tests/Oracle/numpy && PYTHON NAME.py 2>&1 >/dev/null | sed "s|$PWD/||" > NAME.warnings`.
final class NumpyWarningsCorpusTests: XCTestCase {
    func testProgramsWarnAsNumpy() throws {
        try checkWarnings(in: NumpyCorpusTests.corpusDirectory, atLeast: 3)
    }

    func testProgramsWarnAsPyTorch() throws {
        try checkWarnings(in: OracleCasesTests.casesDirectory, atLeast: 1)
    }

    private func checkWarnings(in dir: URL, atLeast: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".warnings") }.map { String($0.dropLast(".warnings".count)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, atLeast, "expected .warnings files in \(dir.path)")
        for name in names {
            let source = try String(contentsOf: dir.appendingPathComponent(name + ".py"), encoding: .utf8)
            let expected = try String(contentsOf: dir.appendingPathComponent(name + ".warnings"), encoding: .utf8)
            var warnings = ""
            let interp = Interpreter(output: { _ in }, warn: { warnings += $0 + "\n" })
            interp.filename = name + ".py"
            do { try interp.run(source) } catch { XCTFail("\(name).py raised \(error)") }
            XCTAssertEqual(warnings, expected, "\(name).py")
        }
    }

    /// `np.errstate` restores the modes it changed, and `np.seterr` returns the old ones.
    func testErrstateRestoresModes() {
        let (out, error) = OracleCasesTests.run("""
            import numpy as np
            with np.errstate(all='ignore'):
                print(np.geterr()['over'])
            print(np.geterr())
            """)
        XCTAssertNil(error)
        XCTAssertEqual(out, "ignore\n{'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}\n")
    }
}
