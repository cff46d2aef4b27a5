import XCTest
@testable import Debugger

/// The command table, `help` and TAB completion derived from it.
final class CommandTableTests: XCTestCase {
    func testHelpListsEveryCommand() {
        let s = DebugSession()
        let c = BufferConsole()
        XCTAssertEqual(s.run("help", console: c), .ok)
        for name in ["forward", "backward", "grad", "step", "zero_grad", "detach", "graph", "train", "vars",
                     "help", "reset", "quit", "seed", "lr", "loss", "plot", "save", "load"] {
            XCTAssertTrue(c.outText.contains("\n  " + name), "missing \(name) in\n\(c.outText)")
        }
        XCTAssertEqual(CommandTable.all.count, 30)
        XCTAssertEqual(Set(CommandTable.words).count, CommandTable.words.count, "a word names two commands")
    }

    func testHelpForOneCommand() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("help train", console: c)
        XCTAssertTrue(c.outText.hasPrefix("train N [lr] [every K] [--animate]\n"), c.outText)
        XCTAssertTrue(c.outText.contains("Ctrl-C"), c.outText)
    }

    func testCompletionOfCommandsVariablesAndAttributes() {
        let s = DebugSession()
        _ = s.run("weights = torch.zeros(3, requires_grad=True)\nwidth = 3\n", console: BufferConsole())
        XCTAssertEqual(s.completions(line: "tr", cursor: 2), ["train"])
        XCTAssertEqual(s.completions(line: "w", cursor: 1), ["watch", "weights", "width"])
        XCTAssertEqual(s.completions(line: "zero", cursor: 4), ["zero_grad", "zero"])
        XCTAssertTrue(s.completions(line: "weights.gr", cursor: 10).contains("weights.grad"))
        XCTAssertTrue(s.completions(line: "weights.gr", cursor: 10).contains("weights.grad_fn"))
        XCTAssertTrue(s.completions(line: "torch.zer", cursor: 9).contains("torch.zeros"))
        XCTAssertEqual(s.completions(line: "help tr", cursor: 7), ["train"])
        XCTAssertEqual(s.completions(line: "detach w", cursor: 8), ["weights"])
        XCTAssertEqual(s.completions(line: "zero_grad --", cursor: 12), ["--zeros"])
        XCTAssertEqual(s.completions(line: "y = wid", cursor: 7), ["width"])
    }

    func testSeedMatchesTorchManualSeed() throws {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("seed 0", console: c)
        _ = s.run("torch.randn(2)", console: c)
        // PyTorch: torch.manual_seed(0); torch.randn(2) → tensor([ 1.5410, -0.2934])
        XCTAssertTrue(c.outText.contains("tensor([ 1.5410, -0.2934])"), c.outText)
    }

    func testResetForgetsVariables() {
        let s = DebugSession()
        _ = s.run("a = 1", console: BufferConsole())
        _ = s.run("reset", console: BufferConsole())
        let c = BufferConsole()
        XCTAssertEqual(s.run("a", console: c), .failed)
        XCTAssertTrue(c.errText.contains("NameError"))
    }
}
