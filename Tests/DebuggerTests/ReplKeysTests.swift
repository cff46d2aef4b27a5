import XCTest
@testable import Debugger

/// CPython's REPL habits at the debugger prompt, driven through `ReplLoop` with a scripted reader:
/// Ctrl-C drops a half-typed block, Ctrl-C / Ctrl-D at a stepper prompt leave the stepper and never
/// the program, `exit()` ends the session, `help VERB` and `p EXPR` work while stepping.
/// (The line editor's own keys are checked in a terminal: Tests/Terminal/keys.sh.)
final class ReplKeysTests: XCTestCase {
    private func run(_ results: [LineResult], interactive: Bool = true) -> (ReplSummary, BufferConsole, DebugSession) {
        let session = DebugSession()
        let console = BufferConsole()
        let reader = ScriptedLineReader(results, isInteractive: interactive)
        let summary = ReplLoop(session: session, reader: reader, console: console).run()
        return (summary, console, session)
    }

    private static let model: [LineResult] = [
        .line("w = torch.tensor([1., -1.], requires_grad=True)"),
        .line("x = torch.tensor([1., 2.])"),
        .line("loss = ((w[0]*x + w[1] - x)**2).mean()"),
    ]

    func testCtrlCAtContinuationDropsTheWholeBlock() {
        let (summary, _, session) = run([.line("def f(v):"), .line("    return v"), .interrupted, .line("z = 1")])
        XCTAssertNil(session.interpreter.globals.vars["f"], "nothing of the block is defined")
        XCTAssertNotNil(session.interpreter.globals.vars["z"])
        XCTAssertEqual(summary.runs, 1)
    }

    func testCtrlDAtStepperPromptLeavesTheStepperNotTheProgram() {
        let (summary, console, session) = run(Self.model + [.line("bstep"), .line("n"), .eof, .line("after = 1")])
        XCTAssertTrue(console.outText.contains("Ctrl-D: leaving the stepper"), console.outText)
        XCTAssertTrue(console.outText.contains("every parameter's grad is as before the pass"), console.outText)
        XCTAssertFalse(session.stepping.isStepping)
        XCTAssertNotNil(session.interpreter.globals.vars["after"], "the session went on after Ctrl-D")
        XCTAssertEqual(summary.ending, .eof)
        guard case .tensor(let w)? = session.interpreter.globals.vars["w"] else { return XCTFail() }
        XCTAssertNil(w.grad, "grads restored")
    }

    func testCtrlCAtStepperPromptLeavesTheStepper() {
        let (_, console, session) = run(Self.model + [.line("bstep"), .interrupted, .line("after = 1")])
        XCTAssertTrue(console.outText.contains("Ctrl-C: leaving the stepper"), console.outText)
        XCTAssertFalse(session.stepping.isStepping)
        XCTAssertNotNil(session.interpreter.globals.vars["after"])
    }

    func testCtrlDAtTheMainPromptStillEnds() {
        let (summary, _, session) = run([.line("a = 1"), .eof, .line("b = 2")])
        XCTAssertEqual(summary.ending, .eof)
        XCTAssertNil(session.interpreter.globals.vars["b"])
    }

    func testExitAndQuitCallsEndTheSession() {
        for call in ["exit()", "quit()"] {
            let (summary, _, session) = run([.line(call), .line("b = 2")])
            XCTAssertEqual(summary.ending, .quit, call)
            XCTAssertNil(session.interpreter.globals.vars["b"], call)
        }
    }

    func testHelpVerbAndPrintInsideTheStepper() {
        let (_, console, _) = run(Self.model + [.line("bstep"), .line("help next"), .line("p w * 2"), .line("help")])
        XCTAssertTrue(console.outText.contains("next (also n, step, s): run the next node and show it"), console.outText)
        XCTAssertTrue(console.outText.contains("tensor([ 2., -2.], grad_fn=<MulBackward0>)"), console.outText)
        XCTAssertTrue(console.outText.contains("stepping through backward: next"), console.outText)
    }

    func testHelpDirTypeAndInspection() {
        let (_, console, _) = run([
            .line("x = torch.tensor([1., 2.])"),
            .line("type(x)"),
            .line("'sum' in dir(x)"),
            .line("x?"),
            .line("?x"),
            .line("def f(v, k=2):"), .line("    \"Double it.\""), .line("    return v * k"), .line(""),
            .line("help(f)"),
        ])
        let out = console.outText
        XCTAssertTrue(out.contains("<class 'torch.Tensor'>\nTrue\n"), out)
        XCTAssertEqual(out.components(separatedBy: "String form:  tensor([1., 2.])").count, 3, out)
        XCTAssertTrue(out.contains("Help on function f in module __main__:\n\nf(v, k=2)\n    Double it.\n"), out)
    }
}

extension ReplKeysTests {
    /// `p u` at the stepper, where `u` is the letter the node's symbol shows for an unnamed operand
    /// (not `a`, which is the learner's row of params): the operand's value, read before the step
    /// freed it (here x ** 2, which no variable holds, in `a * u`).
    func testPrintOperandLetterInsideTheStepper() {
        let s = DebugSession()
        XCTAssertEqual(s.run(SessionDebugTests.model + "\nbstep\n" + String(repeating: "n\n", count: 7), console: BufferConsole()), .ok)
        let c = BufferConsole()
        XCTAssertEqual(s.run("p u", console: c), .ok, c.errText)
        XCTAssertEqual(c.outText, "u in a * u is input 1 of MulBackward0, not a variable of yours:\ntensor([0., 1., 4., 9.])\n")
        let bad = BufferConsole()
        XCTAssertEqual(s.run("p zz", console: bad), .failed)
        XCTAssertTrue(bad.errText.contains("NameError: name 'zz' is not defined"), bad.errText)
    }
}
