import XCTest
@testable import Debugger
import Script

/// `gradstep FILE.py` (#21): a script's cost is linear in its length, counted in machine-independent
/// units (characters handed to the parser, values copied by undo snapshots) rather than timed. Each
/// statement of a file once copied every variable, and each line of an open block or bracket re-parsed
/// the whole statement so far.
final class RobustScriptWorkTests: XCTestCase {
    private func runFile(_ source: String) -> (session: DebugSession, console: BufferConsole, outcome: RunOutcome) {
        let s = DebugSession(filename: "prog.py")
        let c = BufferConsole()
        let outcome = s.runFile(source, console: c)
        return (s, c, outcome)
    }

    private func assignments(_ n: Int) -> String {
        (0..<n).map { "v\($0) = \($0) * 2 + 1\n" }.joined() + "print(v0, v\(n - 1))\n"
    }

    /// Four times the lines cost about four times the work (quadratic work would be sixteen times).
    private func assertLinear(_ make: (Int) -> String, file: StaticString = #filePath, line: UInt = #line) {
        let small = runFile(make(150)), big = runFile(make(600))
        XCTAssertEqual(small.outcome, .ok, small.console.errText, file: file, line: line)
        XCTAssertEqual(big.outcome, .ok, big.console.errText, file: file, line: line)
        let ws = small.session.work, wb = big.session.work
        XCTAssertLessThanOrEqual(wb.parsedCharacters, 5 * ws.parsedCharacters, "\(ws) → \(wb)", file: file, line: line)
        XCTAssertLessThanOrEqual(wb.snapshotValues, 5 * max(ws.snapshotValues, 1), "\(ws) → \(wb)", file: file, line: line)
        // Every character is parsed a bounded number of times.
        XCTAssertLessThanOrEqual(wb.parsedCharacters, 3 * make(600).utf8.count, "\(wb)", file: file, line: line)
    }

    func testAssignmentsCostLinearWork() {
        assertLinear(assignments)
        let (s, c, _) = runFile(assignments(600))
        XCTAssertTrue(c.outText.hasSuffix("1 1199\n"), c.outText)
        // A file keeps the state at an error (python3 -i), so it snapshots nothing.
        XCTAssertEqual(s.work.snapshotValues, 0)
    }

    func testLongBlockAndLongBracketCostLinearWork() {
        assertLinear { n in "def f():\n    t = 0\n" + (0..<n).map { "    t += \($0)\n" }.joined() + "    return t\nprint(f())\n" }
        assertLinear { n in "rows = [\n" + (0..<n).map { "    [\($0), \($0 + 1)],\n" }.joined() + "]\nprint(len(rows))\n" }
        assertLinear { n in "s = '''\n" + (0..<n).map { "line \($0)\n" }.joined() + "'''\nprint(len(s))\n" }
    }

    /// Command lines keep each Python chunk parsed on its own, still once.
    func testScriptWithCommandsCostsLinearWork() {
        assertLinear { n in "w = torch.tensor([1.0, 2.0], requires_grad=True)\nloss = (w * w).sum()\n"
            + (0..<n).map { "v\($0) = \($0)\n" }.joined() + "lr 0.1\nprint(v0)\n" }
    }

    func testFileKeepsTheStateAtTheErrorAndThePromptUndoes() {
        let (s, c, outcome) = runFile("a = []\nx = 1\na.append(1); y = 2; z = 1 / 0\nw = 3\n")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("ZeroDivisionError"), c.errText)
        // As python3 -i leaves it: what ran before the error in the failing line stays.
        XCTAssertEqual(s.interpreter.globals.vars["y"].map(Repr.repr), "2")
        XCTAssertEqual(s.interpreter.globals.vars["a"].map(Repr.repr), "[1]")
        XCTAssertNil(s.interpreter.globals.vars["w"])
        XCTAssertTrue(s.learnerVariableNames().contains("y"))
        // At the prompt a failed input is undone as before.
        let p = DebugSession()
        XCTAssertEqual(p.run("b = []", console: BufferConsole()), .ok)
        XCTAssertEqual(p.run("b.append(1); q = 2; 1 / 0", console: BufferConsole()), .failed)
        XCTAssertEqual(p.interpreter.globals.vars["b"].map(Repr.repr), "[]")
        XCTAssertNil(p.interpreter.globals.vars["q"])
    }

    /// Ctrl-C while a long file is being split stops before any of it runs.
    func testInterruptWhileSplittingRunsNothing() {
        let s = DebugSession(filename: "prog.py", interrupted: { true })
        let c = BufferConsole()
        XCTAssertEqual(s.runFile(assignments(2_000), console: c), .failed)
        XCTAssertNil(s.interpreter.globals.vars["v0"])
        XCTAssertTrue((c.outText + c.errText).contains("KeyboardInterrupt"), c.outText + c.errText)
    }

    /// Chunks as python3 reads the file: blank lines inside a block and decorators keep the statement whole.
    func testBlocksWithBlankLinesAndDecoratorsStayWhole() {
        let (_, c, outcome) = runFile("def f():\n    x = 1\n\n\n    return x\n\n@staticmethod\n\n@classmethod\ndef g(c): pass\nprint(f(), type(g).__name__)\n")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.hasSuffix("1 staticmethod\n"), c.outText)
        XCTAssertEqual(InputChunker.chunks("x = [1,\n2]\nif x:\n    pass\nelse:\n    pass\ny = 1 + \\\n  2\n"),
                       ["x = [1,\n2]", "if x:\n    pass\nelse:\n    pass", "y = 1 + \\\n  2"])
        // Without a whole-file tokenization (a command line it refuses) the chunks are the same.
        XCTAssertEqual(InputChunker.chunks("x = [1,\n2]\nplot 'a\nif x:\n    pass\n\n\n    pass\n"),
                       ["x = [1,\n2]", "plot 'a", "if x:\n    pass\n\n\n    pass"])
    }
}
