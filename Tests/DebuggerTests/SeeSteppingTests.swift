import XCTest
@testable import Debugger
import Script

/// backward --step / bstep and forward --step, verb by verb. Numbers from PyTorch 2.15: for the
/// quadratic, yhat = [2, 1.5, 2, 3.5], d loss/d (yhat-y)**2 = 0.25, the pow node sends
/// 2·(yhat-y)/4 = [0.5, -0.25, -1.5, -3.25], and params.grad = [-35.5, -13, -4.5].
final class SeeSteppingTests: XCTestCase {
    func testNextShowsUpstreamLocalDerivativeAndSent() {
        let s = See.session()
        var (outcome, c) = See.run(s, "backward --step")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("9 nodes"), c.outText)
        XCTAssertEqual(s.prompt, "backward 1/9> ")
        (_, c) = See.run(s, "next")
        XCTAssertTrue(c.outText.hasPrefix("[1/9] MeanBackward0  mean((yhat - y) ** 2)  (loss)\n"), c.outText)
        XCTAssertTrue(c.outText.contains("upstream  ∂loss/∂loss = tensor(1.)"), c.outText)
        XCTAssertTrue(c.outText.contains("local  ∂(mean((yhat - y) ** 2))/∂((yhat - y) ** 2) = 1/n = tensor([0.2500, 0.2500, 0.2500, 0.2500])"), c.outText)
        XCTAssertEqual(s.prompt, "backward 2/9> ")
        (_, c) = See.run(s, "n")
        XCTAssertTrue(c.outText.contains("local  ∂((yhat - y) ** 2)/∂(yhat - y) = 2·(yhat - y)^1 = tensor([  2.,  -1.,  -6., -13.])"), c.outText)
        XCTAssertTrue(c.outText.contains("sends  upstream × local = tensor([ 0.5000, -0.2500, -1.5000, -3.2500])"), c.outText)
        // A blank line repeats the last verb.
        (_, c) = See.run(s, "")
        XCTAssertTrue(c.outText.hasPrefix("[3/9] SubBackward0  yhat - y"), c.outText)
        XCTAssertTrue(c.outText.contains("→ input 1: y (data, needs no gradient)"), c.outText)
        XCTAssertEqual(s.prompt, "backward 4/9> ")
    }

    func testWherePrintGraphAndContinue() {
        let s = See.session()
        See.run(s, "bstep")
        See.run(s, "n")
        See.run(s, "n")
        var (_, c) = See.run(s, "where")
        XCTAssertTrue(c.outText.contains("path from the root: MeanBackward0 (loss) → PowBackward0 → SubBackward0  ◀ next"), c.outText)
        XCTAssertTrue(c.outText.contains("gradient waiting there: tensor([ 0.5000, -0.2500, -1.5000, -3.2500])"), c.outText)
        (_, c) = See.run(s, "p params.grad")
        XCTAssertEqual(c.outText, "None\n")
        (_, c) = See.run(s, "graph")
        XCTAssertTrue(c.outText.contains("└─ SubBackward0  yhat - y  [4]  ◀ here"), c.outText)
        XCTAssertTrue(c.outText.contains("loss = MeanBackward0  mean((yhat - y) ** 2)  []  ✓"), c.outText)
        (_, c) = See.run(s, "c")
        XCTAssertTrue(c.outText.contains("ran 7 nodes to the end"), c.outText)
        XCTAssertTrue(c.outText.contains("= after      tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
        XCTAssertEqual(s.prompt, "gradstep> ")
    }

    func testLeafStepShowsAccumulationAndFinish() {
        let s = See.session()
        See.run(s, "backward --retain")
        See.run(s, "bstep")
        var (_, c) = See.run(s, "n")
        for _ in 0..<7 { (_, c) = See.run(s, "n") }
        XCTAssertTrue(c.outText.hasPrefix("[8/9] UnbindBackward0"), c.outText)
        (_, c) = See.run(s, "n")
        XCTAssertTrue(c.outText.hasPrefix("[9/9] AccumulateGrad  (params)"), c.outText)
        XCTAssertTrue(c.outText.contains("params.grad  before     tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
        XCTAssertTrue(c.outText.contains("+= this pass  tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
        XCTAssertTrue(c.outText.contains(" = after      tensor([-71., -26.,  -9.])"), c.outText)
        XCTAssertTrue(c.outText.contains("(pass 2 since zero_grad)"), c.outText)
        XCTAssertEqual(s.prompt, "gradstep> ")
        // finish
        See.run(s, "forward")
        See.run(s, "bstep")
        (_, c) = See.run(s, "finish")
        XCTAssertTrue(c.outText.contains("ran the remaining 9 nodes"), c.outText)
        XCTAssertTrue(c.outText.contains("(pass 3 since zero_grad)"), c.outText)
    }

    func testQuitRestoresGrads() throws {
        let s = See.session()
        See.run(s, "backward --retain")
        See.run(s, "bstep")
        for _ in 0..<9 where s.prompt != "gradstep> " {
            if s.prompt == "backward 9/9> " { break }
            See.run(s, "n")
        }
        let (_, c) = See.run(s, "q")
        XCTAssertTrue(c.outText.contains("backward abandoned after 8 of 9 nodes"), c.outText)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "tensor([-35.5000, -13.0000,  -4.5000])")
        XCTAssertEqual(s.prompt, "gradstep> ")
    }

    func testQuitAfterLeafRunsPutsGradBackToNone() throws {
        let s = See.session()
        See.run(s, "bstep")
        See.run(s, "finish")
        See.run(s, "forward")
        See.run(s, "zero_grad")
        See.run(s, "bstep")
        for _ in 0..<9 { See.run(s, "n") }
        XCTAssertEqual(s.prompt, "gradstep> ", "the pass ended")
        See.run(s, "forward")
        See.run(s, "zero_grad")
        See.run(s, "bstep")
        for _ in 0..<8 { See.run(s, "n") }
        See.run(s, "quit")
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "None")
    }

    func testUnknownVerbAndHelp() {
        let s = See.session()
        See.run(s, "bstep")
        var (outcome, c) = See.run(s, "forward")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("'forward' is not a stepping verb"), c.errText)
        (_, c) = See.run(s, "help")
        XCTAssertTrue(c.outText.contains("next (n), continue (c), where (w)"), c.outText)
    }

    func testContinueStopsAtGradBreakpoint() {
        let s = See.session()
        See.run(s, "break grad params > 30")
        See.run(s, "bstep")
        let (_, c) = See.run(s, "continue")
        XCTAssertTrue(c.outText.contains("breakpoint 1 (grad params > 30  (largest |element|)) stopped at after node 9/9 (AccumulateGrad): largest |params.grad| = 35.5"), c.outText)
    }

    func testScriptDrivesStepping() {
        let s = DebugSession()
        let c = BufferConsole()
        let script = See.model + "\nbackward --step\nn\nn\nwhere\nc\ngrad\n"
        XCTAssertEqual(s.run(script, console: c), .ok, c.errText)
        XCTAssertTrue(c.outText.contains("backward 1/9> n\n[1/9] MeanBackward0"), c.outText)
        XCTAssertTrue(c.outText.contains("backward 3/9> where\n"), c.outText)
        XCTAssertTrue(c.outText.contains("gradstep> grad\nparams.grad = tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
    }

    func testForwardStep() {
        let s = See.session()
        var (outcome, c) = See.run(s, "forward --step")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("8 operations"), c.outText)
        XCTAssertEqual(s.prompt, "forward 1/8> ")
        (_, c) = See.run(s, "n")
        XCTAssertTrue(c.outText.hasPrefix("[1/8] UnbindBackward0"), c.outText)
        XCTAssertTrue(c.outText.contains("input 0: params (parameter) [3]  [0.5, -1, 2]"), c.outText)
        (_, c) = See.run(s, "c")
        XCTAssertTrue(c.outText.contains("[8/8] MeanBackward0  mean((yhat - y) ** 2)"), c.outText)
        XCTAssertTrue(c.outText.contains("output loss: []  13.12"), c.outText)
        // Intermediates no variable keeps show their values (yhat - y = [1, -0.5, -3, -6.5]), and data
        // inputs their names.
        XCTAssertTrue(c.outText.contains("  input 1: y data [4]  [1, 2, 5, …]\n  output: [4]  [1, -0.5, -3, …]\n"), c.outText)
        XCTAssertTrue(c.outText.contains("  input 1: x data [4]  [0, 1, 2, …]"), c.outText)
        XCTAssertFalse(c.outText.contains("no variable keeps it"), c.outText)
        XCTAssertTrue(c.outText.contains("forward done: loss = tensor(13.1250)"), c.outText)
        XCTAssertEqual(s.prompt, "gradstep> ")
    }

    func testReplBlankLineRepeatsAndPromptShowsPosition() {
        let s = See.session()
        let reader = ScriptedLineReader(lines: ["bstep", "n", "", "", "q", "", "grad"])
        let c = BufferConsole()
        _ = ReplLoop(session: s, reader: reader, console: c).run()
        XCTAssertEqual(Array(reader.prompts.prefix(6)),
                       ["gradstep> ", "backward 1/9> ", "backward 2/9> ", "backward 3/9> ", "backward 4/9> ", "gradstep> "])
        XCTAssertTrue(c.outText.contains("[3/9] SubBackward0"), c.outText)
        XCTAssertFalse(c.outText.contains("[4/9]"), c.outText)
        XCTAssertTrue(c.outText.contains("params.grad = None"), c.outText)
    }

    func testLogSoftmaxShowsNoElementwiseLocalNumbers() {
        // log_softmax mixes the elements: "upstream × local" elementwise would be false, so no numbers.
        // PyTorch: w = [1, 2, 3], d (log_softmax(w)[0]) / dw = e0 - softmax(w) = [0.9100, -0.2447, -0.6652].
        let s = See.session("""
        import torch
        w = torch.tensor([1., 2., 3.], requires_grad=True)
        loss = (w.log_softmax(0) * torch.tensor([1., 0., 0.])).sum()
        """)
        See.run(s, "bstep")
        See.run(s, "n")
        See.run(s, "n")
        let (_, c) = See.run(s, "n")
        XCTAssertTrue(c.outText.hasPrefix("[3/4] LogSoftmaxBackward0"), c.outText)
        XCTAssertTrue(c.outText.contains("local  ∂(log_softmax(w, dim))/∂w = g - exp(y)·Σ g\n"), c.outText)
        XCTAssertTrue(c.outText.contains("sends  upstream × local = tensor([ 0.9100, -0.2447, -0.6652])"), c.outText)
    }

    func testTanhShowsItsLocalDerivativeNumbers() {
        // tanh is declared elementwise (an op's kind has no default), so its local derivative has numbers:
        // 1 - tanh(w)² at w = [0, 1] is [1, 0.4200] (PyTorch: w.grad after tanh(w).sum().backward()).
        let s = See.session("""
        import torch
        w = torch.tensor([0., 1.], requires_grad=True)
        loss = w.tanh().sum()
        """)
        See.run(s, "bstep")
        See.run(s, "n")
        let (_, c) = See.run(s, "n")
        XCTAssertTrue(c.outText.hasPrefix("[2/3] TanhBackward0"), c.outText)
        XCTAssertTrue(c.outText.contains("local  ∂(tanh(w))/∂w = 1 - tanh(w)² = tensor([1.0000, 0.4200])\n"), c.outText)
    }
}

extension SeeSteppingTests {
    /// A mistyped verb is refused with the table's verb list, and a blank line after it repeats the
    /// last valid verb, not the mistake.
    func testInvalidVerbIsNotRepeated() throws {
        let s = See.session()
        _ = See.run(s, "bstep")
        _ = See.run(s, "n")
        let (_, bad) = See.run(s, "nxt")
        XCTAssertTrue(bad.errText.contains("'nxt' is not a stepping verb"), bad.errText)
        XCTAssertTrue(bad.errText.contains("next (n), continue (c), where (w), print EXPR (p)"), bad.errText)
        let (outcome, blank) = See.run(s, "")
        XCTAssertEqual(outcome, .ok, blank.errText)
        XCTAssertTrue(blank.outText.contains("[2/"), "a blank line ran `next` again:\n" + blank.outText)
    }
}

extension SeeSteppingTests {
    /// UnbindBackward0 shows what it computes (each output's gradient in its slot of a zero vector)
    /// and the learner's names for the rows (`a, b, c = params` inside f).
    func testUnbindStepShowsSlotsAndTheLearnersNames() {
        let s = See.session()
        See.run(s, "bstep")
        var text = ""
        for _ in 0..<8 { text += See.run(s, "n").1.outText }
        XCTAssertTrue(text.contains("[8/9] UnbindBackward0  a, b, c = params  (a, b, c)\n"), text)
        XCTAssertTrue(text.contains("upstream  ∂loss/∂(a, b, c) = tensor([-35.5000, -13.0000,  -4.5000])"), text)
        XCTAssertTrue(text.contains("(a → slot 0, b → slot 1, c → slot 2): [-35.5, 0, 0] + [0, -13, 0] + [0, 0, -4.5]"), text)
    }

    /// A number operand (`3` in `w * 3`) is named by its value, read before the node's step frees it.
    func testANumberOperandIsNamedByItsValue() {
        let s = DebugSession()
        let c = BufferConsole()
        for line in ["w = torch.tensor(2.0, requires_grad=True)", "loss = (w * 3) ** 2", "bstep", "next", "next"] {
            XCTAssertEqual(s.run(line, console: c), .ok, line + ": " + c.errText)
        }
        XCTAssertTrue(c.outText.contains("→ input 1: 3 (data, needs no gradient)"), c.outText)
    }

    /// Every node's operands carry the learner's names where known (`a, b, c = params` rows, `x`, `y`);
    /// an operand without a name gets a letter that is none of the learner's (`u`), never a generic
    /// `a`/`b` that reads as their variable. `p u` still shows that operand.
    func testOperandLabelsUseTheLearnersNames() {
        let s = See.session()
        XCTAssertEqual(See.run(s, "backward --step").0, .ok)
        var text = ""
        for _ in 0..<9 { text += See.run(s, "n").1.outText }
        XCTAssertTrue(text.contains("PowBackward0  (yhat - y) ** 2\n"), text)
        XCTAssertTrue(text.contains("AddBackward0  u + b * x\n"), text)
        XCTAssertTrue(text.contains("∂(u + b * x)/∂(b * x) = 1"), text)
        XCTAssertTrue(text.contains("→ input 1: u (data, needs no gradient)"), text)
        XCTAssertTrue(text.contains("SubBackward0  yhat - y\n"), text)
        XCTAssertTrue(text.contains("→ input 1: y (data, needs no gradient)"), text)
        XCTAssertTrue(text.contains("AddBackward0  u + c  (yhat)\n"), text)
        XCTAssertTrue(text.contains("MulBackward0  b * x\n"), text)
        XCTAssertTrue(text.contains("∂(b * x)/∂x = b"), text)
        XCTAssertTrue(text.contains("MulBackward0  a * u\n"), text)
        XCTAssertTrue(text.contains("∂(a * u)/∂a = u"), text)
        XCTAssertFalse(text.contains("a * b"), text)
        XCTAssertFalse(text.contains("a + b"), text)

        let t = See.session()
        See.run(t, "bstep")
        for _ in 0..<7 { See.run(t, "n") }
        let (outcome, c) = See.run(t, "p u")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("u in a * u is input 1 of MulBackward0"), c.outText)
    }
}

extension SeeSteppingTests {
    /// `p a` at either stepper, where `a` is a row of `a, b, c = params` inside `f` (not a global):
    /// the operand of the node on screen, or the row the graph names.
    func testPrintRowsAndOperandsTheGraphNames() {
        let s = See.session()
        See.run(s, "forward --step")
        See.run(s, "n")
        See.run(s, "n")
        var (outcome, c) = See.run(s, "p a")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertEqual(c.outText, "a in a * u is input 0 of MulBackward0, not a variable of yours:\ntensor(0.5000)\n")
        (_, c) = See.run(s, "p u")
        XCTAssertEqual(c.outText, "u in a * u is input 1 of MulBackward0, not a variable of yours:\ntensor([0., 1., 4., 9.])\n")
        (_, c) = See.run(s, "p c")
        XCTAssertEqual(c.outText, "c is row 2 of params (a, b, c = params in the graph), not a variable of yours:\ntensor(2.)\n")
        See.run(s, "q")
        See.run(s, "bstep")
        See.run(s, "n")
        (outcome, c) = See.run(s, "p b")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertEqual(c.outText, "b is row 1 of params (a, b, c = params in the graph), not a variable of yours:\ntensor(-1.)\n")
        (outcome, c) = See.run(s, "p zz")
        XCTAssertEqual(outcome, .failed)
    }
}
