import XCTest
@testable import Debugger
import Script

/// Nothing half-run, nothing stale: input compiles before it runs, a file stops at its first error,
/// `forward` rebuilds from the parameters the names hold now, `restore` undoes a train.
/// Numbers from PyTorch 2.x (/work/venv/bin/python).
final class SessionNothingHalfRunTests: XCTestCase {
    func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    func testBlockThatFailsToCompileRunsNothing() {
        let s = DebugSession()
        _ = run(s, "params = (1, 2, 3)")
        let (outcome, c) = run(s, "def f(x, params):\na, b, c = params")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("IndentationError: expected an indented block after function definition on line 1"), c.errText)
        XCTAssertTrue(c.errText.contains("line 2"), c.errText)
        XCTAssertNil(s.interpreter.globals.vars["a"], "nothing of the block ran")
        XCTAssertNil(s.interpreter.globals.vars["f"])
    }

    func testPasteWithALaterSyntaxErrorRunsNothing() {
        let s = DebugSession()
        let (outcome, _) = run(s, "a = 1\nb = 2\nc = (\n")
        XCTAssertEqual(outcome, .failed)
        XCTAssertNil(s.interpreter.globals.vars["a"])
    }

    func testFileStopsAtFirstErrorWithItsLineNumbers() {
        let s = DebugSession(filename: "prog.py")
        let c = BufferConsole()
        let source = "x = 1\nprint(x)\n\ndef g(v):\n    return v / 0\n\nprint(g(3))\nprint('after')\ny = 2\n"
        XCTAssertEqual(s.runFile(source, console: c), .failed)
        // python3 prog.py, markers included.
        XCTAssertTrue(c.errText.contains("File \"prog.py\", line 7, in <module>\n    print(g(3))\n          ^^^^\n  File \"prog.py\", line 5, in g\n    return v / 0\n           ~~^~~\n"), c.errText)
        XCTAssertTrue(c.errText.contains("ZeroDivisionError: division by zero"), c.errText)
        XCTAssertFalse(c.outText.contains("after"), c.outText)
        XCTAssertNil(s.interpreter.globals.vars["y"], "stopped at the error")
        // A module-level error also names the file's line, as python3 does.
        let s2 = DebugSession(filename: "prog.py")
        let c2 = BufferConsole()
        XCTAssertEqual(s2.runFile("a = 1\n\n\nb = undefined_name\n", console: c2), .failed)
        XCTAssertTrue(c2.errText.contains("File \"prog.py\", line 4, in <module>"), c2.errText)
        // A syntax error anywhere in the file runs nothing, with its line in the file.
        let s3 = DebugSession(filename: "prog.py")
        let c3 = BufferConsole()
        XCTAssertEqual(s3.runFile("a = 1\nprint(a)\nz = a +\n", console: c3), .failed)
        XCTAssertEqual(c3.outText, "")
        XCTAssertTrue(c3.errText.contains("File \"prog.py\", line 3"), c3.errText)
    }

    func testForwardRebuildsFromNewParameters() {
        let s = DebugSession()
        let model = """
        torch.manual_seed(42)
        x = torch.arange(0, 20).float()
        y = 0.75*(x-9.5)**2 + 1 + torch.randn(20)*3
        params = torch.randn(3).requires_grad_()
        def f(x, params):
            a, b, c = params
            return a*(x**2) + b*x + c

        yhat = f(x, params)
        loss = ((yhat - y)**2).mean()
        """
        XCTAssertEqual(run(s, model).0, .ok)
        _ = run(s, "params = torch.randn(3).requires_grad_()")
        var (outcome, c) = run(s, "forward")
        XCTAssertEqual(outcome, .ok)
        XCTAssertTrue(c.outText.contains("loss = tensor(8631.7373)"), c.outText)
        XCTAssertFalse(c.outText.contains("does not depend"), c.outText)
        (outcome, c) = run(s, "backward")
        XCTAssertTrue(c.outText.contains("tensor([29901.0918,  1916.4382,   111.7121])"), c.outText)
    }

    func testRestoreUndoesTrainAndAdviceNamesIt() {
        let s = DebugSession()
        XCTAssertEqual(run(s, SessionDebugTests.model).0, .ok)
        var (outcome, c) = run(s, "restore")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("no `train` has run yet"), c.errText)
        (outcome, c) = run(s, "train 50 10")
        XCTAssertTrue(c.errText.contains("Run `restore`"), c.errText)
        (outcome, c) = run(s, "restore")
        XCTAssertEqual(outcome, .ok)
        XCTAssertTrue(c.outText.contains("params = tensor([ 0.5000, -1.0000,  2.0000])"), c.outText)
        guard case .tensor(let p)? = s.interpreter.globals.vars["params"] else { return XCTFail() }
        XCTAssertEqual(p.floatValues(), [0.5, -1, 2])
        XCTAssertNotNil(CommandTable.lookup("restore"))
    }

    /// At the prompt, as in CPython's REPL: a line at column 0 right after a block header ends the
    /// input at once with the IndentationError and its caret (line 2); an indented first line is
    /// `unexpected indent` without a `...` prompt. Nothing of either runs.
    func testIndentationErrorAtThePromptShowsPythonsCaretAtOnce() {
        let session = DebugSession()
        let console = BufferConsole()
        let reader = ScriptedLineReader([.line("params = (1, 2, 3)"), .line("def f(x, params):"), .line("a, b, c = params"),
                                         .line("    y = 3"), .line("z = 1")], isInteractive: true)
        _ = ReplLoop(session: session, reader: reader, console: console).run()
        XCTAssertTrue(console.errText.contains("""
              File "<stdin>", line 2
                a, b, c = params
                ^
            IndentationError: expected an indented block after function definition on line 1
            """), console.errText)
        XCTAssertTrue(console.errText.contains("""
              File "<stdin>", line 1
                y = 3
            IndentationError: unexpected indent
            """), console.errText)
        for name in ["a", "f", "y"] { XCTAssertNil(session.interpreter.globals.vars[name], name) }
        XCTAssertNotNil(session.interpreter.globals.vars["z"], "the next line runs as its own input")
        XCTAssertTrue(InputChunker.failsAtOnce("if x:\nelse:"))
        XCTAssertFalse(InputChunker.failsAtOnce("if x:\n    y = 1\nelse:"))
        XCTAssertFalse(InputChunker.failsAtOnce("x = (1,\n2)"))
    }

    /// Tracebacks and syntax errors of `gradstep FILE.py` name the script as python3 3.11 does:
    /// the working directory joined to the path as typed, not normalised; an absolute path as given.
    func testScriptPathIsNamedAsPythonNamesIt() {
        let s = DebugSession(filename: "/work/./prog.py")
        s.interpreter.filename = "./prog.py"
        let c = BufferConsole()
        XCTAssertEqual(s.runFile("x = 1\ndef g(v):\n    return v / 0\nprint(g(3))\n", console: c), .failed)
        XCTAssertTrue(c.errText.contains("File \"/work/./prog.py\", line 4, in <module>\n    print(g(3))\n"), c.errText)
        let c2 = BufferConsole()
        _ = s.runFile("x = 1\ny = (\n", console: c2)
        XCTAssertTrue(c2.errText.contains("File \"/work/./prog.py\", line 2"), c2.errText)
        let plain = ScriptSession(filename: "/work/./prog.py")
        plain.interpreter.filename = "./prog.py"
        let c3 = BufferConsole()
        _ = plain.run("x = (\n", console: c3)
        XCTAssertTrue(c3.errText.contains("File \"/work/./prog.py\", line 1"), c3.errText)
        XCTAssertEqual(ScriptPath.shown("./a/../t.py", cwd: "/w"), "/w/./a/../t.py")
        XCTAssertEqual(ScriptPath.shown("/abs/t.py", cwd: "/w"), "/abs/t.py")
        XCTAssertEqual(ScriptPath.shown("t.py", cwd: "/"), "/t.py")
        // `__file__` is that path (as python3 3.9+); sys.argv[0] stays as typed (makeSession sets both).
    }
}
