import Foundation
import XCTest
@testable import Script

/// Every program in Tests/Oracle/loops (differential-testing finds: loops with prints every k
/// iterations, early exits, hidden Python state, loop-carried tensors, optimizers, views) must print
/// the same, and fail the same way, with loop compilation on and off.
final class LoopCorpusTests: XCTestCase {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("loops")
    }

    private func run(_ source: String, compile: Bool) -> (String, String?, Int) {
        var out = ""
        let interp = Interpreter(output: { out += $0 }, warn: { out += "[warning] " + $0 })
        interp.compilesLoops = compile
        var failure: String?
        do {
            try interp.run(source)
        } catch let e as PyError {
            failure = "\(e.description) (line \(e.line))"
        } catch {
            failure = "\(error)"
        }
        return (out, failure, interp.loopOutcomes.values.map(\.compiledIterations).reduce(0, +))
    }

    func testEveryProgramPrintsTheSameCompiledAndInterpreted() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 150)
        var compiledPrograms = 0
        for name in names {
            let source = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
            let compiled = run(source, compile: true)
            let plain = run(source, compile: false)
            XCTAssertEqual(compiled.0, plain.0, "output of \(name)")
            XCTAssertEqual(compiled.1, plain.1, "error of \(name)")
            XCTAssertEqual(plain.2, 0)
            if compiled.2 > 0 { compiledPrograms += 1 }
        }
        // The corpus exercises the compiler, not only the interpreter.
        XCTAssertGreaterThanOrEqual(compiledPrograms, 60)
    }
}
