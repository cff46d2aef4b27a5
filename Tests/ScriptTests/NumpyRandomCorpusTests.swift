import Foundation
import XCTest
@testable import Script

/// Runs every program in Tests/Oracle/nprandom (numpy.random's legacy and Generator streams, sizes,
/// bounds and error texts) and checks it prints exactly what real numpy 2.x printed (NAME.out and
/// NAME.err from `CASES=Tests/Oracle/nprandom Tests/Oracle/make_expected.sh /work/venv/bin/python`).
final class NumpyRandomCorpusTests: XCTestCase {
    static var casesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("nprandom")
    }

    func testOtherDistributionsAreRefusedByName() {
        let (out, error) = OracleCasesTests.run("""
        import numpy as np
        try:
            np.random.exponential(1.0)
        except NotImplementedError as e:
            print(e)
        np.random.RandomState(1).poisson(2)
        """)
        XCTAssertEqual(out, "numpy.random.exponential is not supported by gradstep\n")
        XCTAssertEqual(error, "NotImplementedError: RandomState.poisson is not supported by gradstep")
        let (_, generatorError) = OracleCasesTests.run("import numpy as np\nnp.random.default_rng(0).binomial(3, 0.5)\n")
        XCTAssertEqual(generatorError, "NotImplementedError: Generator.binomial is not supported by gradstep")
    }

    func testEveryProgramMatchesNumpy() throws {
        let dir = Self.casesDirectory
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 11, "expected the numpy.random corpus in \(dir.path)")
        for name in names {
            let base = dir.appendingPathComponent(name)
            let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
            let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let expectedErr = try String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let (stdout, error) = OracleCasesTests.run(source)
            XCTAssertEqual(stdout, expectedOut, "stdout of \(name).py")
            if expectedErr.isEmpty {
                XCTAssertNil(error, "\(name).py should not fail")
            } else {
                XCTAssertEqual(error, expectedErr, "error line of \(name).py")
            }
        }
    }
}
