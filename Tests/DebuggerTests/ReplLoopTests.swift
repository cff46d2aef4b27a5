import XCTest
@testable import Debugger

final class ReplLoopTests: XCTestCase {
    private func run(_ results: [LineResult], interactive: Bool = false)
        -> (ReplSummary, BufferConsole, ScriptedLineReader) {
        let reader = ScriptedLineReader(results, isInteractive: interactive)
        let console = BufferConsole()
        let summary = ReplLoop(session: EchoSession(), reader: reader, console: console).run()
        return (summary, console, reader)
    }

    func testRunsEachCompleteLine() {
        let (summary, console, reader) = run([.line("a"), .line("b")])
        XCTAssertEqual(console.outText, "a\nb\n")
        XCTAssertEqual(summary, ReplSummary(ending: .eof, runs: 2, failures: 0))
        XCTAssertEqual(reader.prompts, ["gradstep> ", "gradstep> ", "gradstep> "])
    }

    func testBlockAccumulatesUntilBlankLine() {
        let (summary, console, reader) = run([.line("for x:"), .line("  y"), .line(""), .line("z")])
        XCTAssertEqual(console.outText, "for x:\n  y\nz\n")
        XCTAssertEqual(summary.runs, 2)
        XCTAssertEqual(reader.prompts, ["gradstep> ", "... ", "... ", "gradstep> ", "gradstep> "])
    }

    func testWhitespaceOnlyLineEndsBlock() {
        let (_, console, _) = run([.line("if a:"), .line("  b"), .line("   \t"), .line("c")])
        XCTAssertEqual(console.outText, "if a:\n  b\nc\n")
    }

    func testBlankLinesAtPromptAreSkipped() {
        let (summary, console, _) = run([.line(""), .line("   "), .line("a")])
        XCTAssertEqual(console.outText, "a\n")
        XCTAssertEqual(summary.runs, 1)
    }

    func testCtrlCClearsPendingBlock() {
        let (summary, console, reader) = run([.line("for x:"), .line("  a"), .interrupted, .line("b")])
        XCTAssertEqual(console.outText, "b\n")
        XCTAssertEqual(summary.runs, 1)
        XCTAssertEqual(reader.prompts, ["gradstep> ", "... ", "... ", "gradstep> ", "gradstep> "])
    }

    func testRepeatedCtrlCAtEmptyPromptDoesNotExit() {
        let (summary, console, _) = run([.interrupted, .interrupted, .interrupted, .line("after")])
        XCTAssertEqual(console.outText, "after\n")
        XCTAssertEqual(summary.ending, .eof)
        XCTAssertEqual(summary.runs, 1)
    }

    func testQuitStopsReading() {
        let (summary, console, reader) = run([.line("a"), .line("quit"), .line("b")])
        XCTAssertEqual(console.outText, "a\n")
        XCTAssertEqual(summary, ReplSummary(ending: .quit, runs: 2, failures: 0))
        XCTAssertEqual(reader.prompts.count, 2)
    }

    func testEofAtTerminalWritesNewline() {
        let (summary, console, _) = run([.line("a")], interactive: true)
        XCTAssertEqual(console.outText, "a\n\n")
        XCTAssertEqual(summary.ending, .eof)
    }

    func testEofFromPipeWritesNothingExtra() {
        let (_, console, _) = run([], interactive: false)
        XCTAssertEqual(console.outText, "")
        XCTAssertEqual(console.errText, "")
    }

    func testEofRunsUnfinishedBlock() {
        let (summary, console, _) = run([.line("for x:"), .line(" y")])
        XCTAssertEqual(console.outText, "for x:\n y\n")
        XCTAssertEqual(summary.runs, 1)
    }

    func testFailuresAreCountedAndLoopContinues() {
        let (summary, console, _) = run([.line("fail"), .line("a")])
        XCTAssertEqual(summary, ReplSummary(ending: .eof, runs: 2, failures: 1))
        XCTAssertEqual(console.errText, "error: fail\n")
        XCTAssertEqual(console.outText, "a\n")
        XCTAssertEqual(console.writes.first, BufferConsole.Write(stream: .err, text: "error: fail\n", style: .error))
    }

    func testHistoryGetsNonBlankLinesOnly() {
        let (_, _, reader) = run([.line("for x:"), .line(" y"), .line(""), .line("z"), .line("  ")])
        XCTAssertEqual(reader.history, ["for x:", " y", "z"])
    }
}
