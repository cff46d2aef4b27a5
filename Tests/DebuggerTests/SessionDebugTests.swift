import XCTest
@testable import Debugger
import Script
import Autograd

/// Drives `DebugSession` with the seed-000 quadratic on fixed, exactly representable data.
/// Expected numbers come from PyTorch 2.x (/work/torchenv/bin/python).
final class SessionDebugTests: XCTestCase {
    static let model = """
    x = torch.tensor([0., 1., 2., 3.])
    y = torch.tensor([1., 2., 5., 10.])
    params = torch.tensor([0.5, -1., 2.], requires_grad=True)
    def f(x, params):
        a, b, c = params
        return a*(x**2) + b*x + c

    yhat = f(x, params)
    loss = ((yhat - y)**2).mean()
    """

    func makeSession() -> (DebugSession, BufferConsole) {
        let s = DebugSession()
        let c = BufferConsole()
        XCTAssertEqual(s.run(Self.model, console: c), .ok, c.errText)
        return (s, c)
    }

    func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    func testForwardBackwardTwiceShowsAccumulation() {
        let (s, _) = makeSession()
        var (outcome, c) = run(s, "backward")
        XCTAssertEqual(outcome, .ok)
        // PyTorch: params.grad after one backward
        XCTAssertTrue(c.outText.contains("tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
        (outcome, c) = run(s, "forward")
        XCTAssertEqual(outcome, .ok)
        XCTAssertTrue(c.outText.contains("loss = tensor(13.1250)"), c.outText)
        XCTAssertTrue(c.outText.contains("9 nodes"), c.outText)
        (outcome, c) = run(s, "backward")
        XCTAssertTrue(c.outText.contains("before     tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
        XCTAssertTrue(c.outText.contains("+ this pass  tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
        XCTAssertTrue(c.outText.contains("= after      tensor([-71., -26.,  -9.])"), c.outText)
        XCTAssertTrue(c.outText.contains("pass 2 since zero_grad"), c.outText)
        XCTAssertTrue(c.outText.contains("accumulate"), c.outText)
    }

    func testBackwardTwiceWithoutForwardExplainsFreedGraph() {
        let (s, _) = makeSession()
        _ = run(s, "backward")
        let (outcome, c) = run(s, "backward")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("RuntimeError: Trying to backward through the graph a second time"), c.errText)
        XCTAssertTrue(c.errText.contains("`forward`"), c.errText)
    }

    func testStepWarnsAboutAccumulatedGradsAndMatchesPyTorch() {
        let (s, _) = makeSession()
        _ = run(s, "backward")
        _ = run(s, "forward")
        _ = run(s, "backward")
        let (outcome, c) = run(s, "step 0.1")
        XCTAssertEqual(outcome, .ok)
        // PyTorch: params -= 0.1 * grad(2 passes) → tensor([7.6000, 1.6000, 2.9000])
        XCTAssertTrue(c.outText.contains("tensor([ 0.5000, -1.0000,  2.0000]) → tensor([7.6000, 1.6000, 2.9000])"), c.outText)
        XCTAssertTrue(c.outText.contains("sum of 2 backward passes"), c.outText)
        XCTAssertEqual(s.learningRate, 0.1)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params")), "tensor([7.6000, 1.6000, 2.9000], requires_grad=True)")
    }

    func testZeroGradSetsNoneOrZeros() throws {
        let (s, _) = makeSession()
        _ = run(s, "backward")
        var (_, c) = run(s, "zero_grad")
        XCTAssertTrue(c.outText.contains("params.grad set to None"), c.outText)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "None")
        _ = run(s, "forward")
        _ = run(s, "backward")
        (_, c) = run(s, "zero_grad --zeros")
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "tensor([0., 0., 0.])")
        // After zero_grad a backward is a first pass again (no "old").
        _ = run(s, "zero_grad")
        _ = run(s, "forward")
        (_, c) = run(s, "backward")
        XCTAssertFalse(c.outText.contains("old"), c.outText)
    }

    func testTrainMatchesPyTorchLosses() throws {
        let (s, _) = makeSession()
        _ = run(s, "step 0.1")  // no grads: nothing changes
        _ = run(s, "backward"); _ = run(s, "forward"); _ = run(s, "backward"); _ = run(s, "step 0.1"); _ = run(s, "zero_grad")
        let (outcome, c) = run(s, "train 5 0.01 every 1")
        XCTAssertEqual(outcome, .ok, c.errText)
        // PyTorch losses for iterations 1…5 with lr 0.01 from params [7.6, 1.6, 2.9]
        for (i, loss) in [(1, "1366.770263671875"), (2, "256.2622375488281"), (3, "48.20512390136719"),
                          (4, "9.222740173339844"), (5, "1.916630506515503")] {
            XCTAssertTrue(c.outText.contains("iter \(i)/5  loss \(loss)"), c.outText)
        }
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params")), "tensor([ 1.2569, -0.7579,  1.9298], requires_grad=True)")
    }

    func testTrainStopsOnDivergence() {
        let (s, _) = makeSession()
        let (_, c) = run(s, "train 200 10")
        XCTAssertTrue(c.errText.contains("stopped at iteration"), c.errText + c.outText)
        XCTAssertTrue(c.errText.contains("too large"), c.errText)
    }

    func testTrainStopsOnInterrupt() {
        var polls = 0
        let s = DebugSession(interrupted: { polls += 1; return polls == 3 })
        let c = BufferConsole()
        _ = s.run(Self.model, console: c)
        let (_, out) = run(s, "train 100 0.01")
        XCTAssertTrue(out.outText.contains("interrupted after iteration 3"), out.outText)
        // Iterations 2 and 3 began compiled: the loss name still shows the last iteration's value.
        guard case .tensor(let loss)? = s.interpreter.globals.vars["loss"], let v = try? loss.item().doubleValue else { return XCTFail("no loss") }
        XCTAssertTrue(out.outText.contains("loss \(PythonFloat.repr(v))."), out.outText + " vs \(v)")
    }

    func testScriptModeStopsBetweenStatementsOnInterrupt() {
        // The flag goes up once `b` exists: the script stops before its next statement.
        final class Box: @unchecked Sendable { weak var session: DebugSession? }
        let box = Box()
        let s = DebugSession(interrupted: { box.session?.interpreter.globals.vars["b"] != nil })
        box.session = s
        let c = BufferConsole()
        XCTAssertEqual(s.runFile("a = 1\nb = 2\nc = 3\nd = 4\n", console: c), .failed)
        XCTAssertNotNil(s.interpreter.globals.vars["a"])
        XCTAssertNil(s.interpreter.globals.vars["c"])
        XCTAssertTrue((c.outText + c.errText).contains("KeyboardInterrupt: stopped before line 3"), c.outText + c.errText)
    }

    func testDetachParameterAndIntermediate() throws {
        let (s, _) = makeSession()
        var (outcome, c) = run(s, "detach yhat")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("no longer receives gradient through yhat: params"), c.outText)
        // forward keeps the detached yhat: the loss no longer depends on params.
        (_, c) = run(s, "forward")
        XCTAssertTrue(c.outText.contains("recomputed 1 assignment"), c.outText)
        (outcome, c) = run(s, "backward")
        XCTAssertEqual(outcome, .failed)
        // Assigning yhat again un-pins it.
        _ = run(s, "yhat = f(x, params)")
        (_, c) = run(s, "forward")
        XCTAssertTrue(c.outText.contains("recomputed 2 assignments"), c.outText)
        (_, c) = run(s, "detach params")
        XCTAssertTrue(c.outText.contains("was a parameter"), c.outText)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.requires_grad")), "False")
    }

    func testGraphText() {
        let (s, _) = makeSession()
        let (_, c) = run(s, "graph")
        let lines = c.outText.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("loss = MeanBackward0") ?? false, c.outText)
        XCTAssertTrue(lines.contains { $0.contains("└─ PowBackward0") }, c.outText)
        XCTAssertTrue(lines.contains { $0.contains("yhat = AddBackward0") }, c.outText)
        XCTAssertTrue(lines.contains { $0.contains("params  parameter (AccumulateGrad)  [3]  [0.5, -1, 2]") }, c.outText)
        XCTAssertTrue(lines.contains { $0.hasSuffix("└─ data  [4]") }, c.outText)
        XCTAssertTrue(lines.contains { $0.contains("↑ see #1") }, c.outText)
    }

    func testVarsMarksParameters() {
        let (s, _) = makeSession()
        let (_, c) = run(s, "vars")
        let lines = c.outText.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.map { String($0.prefix { $0 != " " }) }, ["x", "y", "params", "f", "yhat", "loss"])
        XCTAssertTrue(lines[2].contains("Tensor[3]  parameter"), lines[2])
        XCTAssertTrue(lines[5].contains("grad_fn=<MeanBackward0>"), lines[5])
        XCTAssertFalse(lines[0].contains("parameter"))
    }

    func testPythonEchoAndNoneNotEchoed() {
        let s = DebugSession()
        var (_, c) = run(s, "1 + 2")
        XCTAssertEqual(c.outText, "3\n")
        (_, c) = run(s, "print('hi')")
        XCTAssertEqual(c.outText, "hi\n")
        (_, c) = run(s, "torch.tensor([1., 2.]) * 2")
        XCTAssertEqual(c.outText, "tensor([2., 4.])\n")
        (_, c) = run(s, "'a'")
        XCTAssertEqual(c.outText, "'a'\n")
    }

    func testFailedStatementLeavesVariablesUnchanged() throws {
        let (s, _) = makeSession()
        _ = run(s, "backward")
        let (outcome, c) = run(s, "with torch.no_grad():\n    z = 5\n    params -= 1.0\n    params.grad.zero_()\n    undefined_name")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("NameError: name 'undefined_name' is not defined"), c.errText)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params")), "tensor([ 0.5000, -1.0000,  2.0000], requires_grad=True)")
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "tensor([-35.5000, -13.0000,  -4.5000])")
        XCTAssertThrowsError(try s.interpreter.evaluate("z"))
    }

    func testCommandWordVersusPython() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("def step():\n    return 42\n", console: c)
        var (_, out) = run(s, "step()")
        XCTAssertEqual(out.outText, "42\n")
        // The learner's `step` wins (IPython's automagic rule); `%step` is the command.
        (_, out) = run(s, "step")
        XCTAssertTrue(out.outText.hasPrefix("<function step at 0x"), out.outText)
        (_, out) = run(s, "%step")
        XCTAssertTrue(out.outText.contains("step with lr = 0.01"), out.outText)
        // `lr` is one object: the learner's variable is the command's learning rate.
        (_, out) = run(s, "lr = 3")
        XCTAssertEqual(s.learningRate, 3)
        (_, out) = run(s, "lr 0.5")
        XCTAssertEqual(s.learningRate, 0.5)
        XCTAssertEqual(s.run("print(lr)", console: c), .ok)
        XCTAssertEqual(c.outText.components(separatedBy: "\n").dropLast().last, "0.5")
        XCTAssertNotNil(s.commandInvocation("zero_grad --zeros"))
        XCTAssertNil(s.commandInvocation("step + 1"))
        XCTAssertNil(s.commandInvocation("grad = 1"))
    }

    func testUnknownWordSuggestsCommands() {
        let s = DebugSession()
        var (outcome, c) = run(s, "stpe")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("NameError: name 'stpe' is not defined"), c.errText)
        XCTAssertTrue(c.errText.contains("did you mean 'step'?"), c.errText)
        (outcome, c) = run(s, "bakward 3")
        XCTAssertTrue(c.errText.contains("did you mean 'backward'?"), c.errText)
    }

    func testSyntaxErrorRenderedWithCaret() {
        let s = DebugSession()
        let (outcome, c) = run(s, "x = = 1")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("^"), c.errText)
        XCTAssertTrue(c.errText.contains("SyntaxError: invalid syntax"), c.errText)
    }

    func testQuitAndScriptMixesPythonAndCommands() {
        let s = DebugSession()
        let c = BufferConsole()
        let outcome = s.run(Self.model + "\nbackward\nprint(params.grad)\nquit\nprint('not reached')\n", console: c)
        XCTAssertEqual(outcome, .quit)
        XCTAssertTrue(c.outText.contains("gradstep> backward\n"), c.outText)
        XCTAssertTrue(c.outText.contains("tensor([-35.5000, -13.0000,  -4.5000])\n"), c.outText)
        XCTAssertFalse(c.outText.contains("not reached"))
    }
}
