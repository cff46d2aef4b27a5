import XCTest
@testable import Debugger
import Script

/// One namespace (IPython's automagic): a learner's name wins over a command of that name, `%`
/// always reaches the command, and the settings a learner writes in Python (`lr`, an optimizer) are
/// the ones the commands use. Numbers from PyTorch 2.x (/work/venv/bin/python).
final class SessionNamespaceTests: XCTestCase {
    func makeSession() -> DebugSession {
        let s = DebugSession()
        XCTAssertEqual(s.run(SessionDebugTests.model, console: BufferConsole()), .ok)
        return s
    }

    func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    func testLearnerVariableWinsOverCommand() {
        let s = makeSession()
        var (outcome, c) = run(s, "loss")
        XCTAssertEqual(outcome, .ok)
        XCTAssertEqual(c.outText, "tensor(13.1250, grad_fn=<MeanBackward0>)\n")
        (_, c) = run(s, "grad = 3")
        (outcome, c) = run(s, "grad")
        XCTAssertEqual(c.outText, "3\n")
    }

    func testPercentReachesShadowedCommands() {
        let s = makeSession()
        var (outcome, c) = run(s, "%loss")
        XCTAssertEqual(outcome, .ok)
        XCTAssertTrue(c.outText.hasPrefix("loss = tensor(13.1250)"), c.outText)
        _ = run(s, "grad = 3")
        (outcome, c) = run(s, "%grad")
        XCTAssertEqual(outcome, .ok)
        XCTAssertTrue(c.outText.contains("params.grad = None"), c.outText)
        (outcome, c) = run(s, "%backward")
        XCTAssertEqual(outcome, .ok)
        (outcome, c) = run(s, "%step 0.5")
        XCTAssertTrue(c.outText.contains("step with lr = 0.5"), c.outText)
        // Without a variable of that name, the bare command works as before.
        (outcome, c) = run(s, "zero_grad")
        XCTAssertTrue(c.outText.contains("params.grad set to None"), c.outText)
    }

    func testShadowedCommandWithArgumentsIsPythonAndHintSaysPercent() {
        let s = makeSession()
        let (outcome, c) = run(s, "loss yhat")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("SyntaxError: invalid syntax"), c.errText)
        XCTAssertTrue(c.outText.contains("`loss` is your variable here") && c.outText.contains("`%loss yhat`"), c.outText)
    }

    func testHelpNamesShadowedCommands() {
        let s = makeSession()
        var (_, c) = run(s, "help")
        XCTAssertTrue(c.outText.contains("`%COMMAND` always runs the command"), c.outText)
        XCTAssertTrue(c.outText.contains("your names `loss` hide the commands"), c.outText)
        (_, c) = run(s, "help loss")
        XCTAssertTrue(c.outText.contains("`loss` is also your variable"), c.outText)
        // Hints that name a shadowed command name it with its %.
        (_, c) = run(s, "%loss")
        XCTAssertTrue(c.outText.contains("`%loss NAME`"), c.outText)
    }

    func testLearnersLrIsTheStepLearningRate() {
        let s = makeSession()
        _ = run(s, "backward")
        var (_, c) = run(s, "lr = 1e-5")
        (_, c) = run(s, "step")
        XCTAssertTrue(c.outText.contains("step with lr = 1e-05"), c.outText)
        // PyTorch: params -= 1e-5 * grad
        XCTAssertTrue(c.outText.contains("tensor([ 0.5004, -0.9999,  2.0000])"), c.outText)
        (_, c) = run(s, "lr")
        XCTAssertEqual(c.outText, "1e-05\n")
        (_, c) = run(s, "lr 0.25")
        (_, c) = run(s, "print(lr)")
        XCTAssertEqual(c.outText, "0.25\n")
        XCTAssertEqual(s.learningRate, 0.25)
        (_, c) = run(s, "lr = [1]")
        let (outcome, c2) = run(s, "%step")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c2.errText.contains("lr is a list, not a number"), c2.errText)
    }

    func testStepAndZeroGradActThroughTheLearnersOptimizer() {
        let s = makeSession()
        _ = run(s, "opt = torch.optim.SGD([params], lr=0.1, momentum=0.9)")
        _ = run(s, "backward")
        var (outcome, c) = run(s, "step")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("step: opt.step()  (your optimizer: SGD, lr = 0.1, momentum = 0.9)"), c.outText)
        // PyTorch: the first SGD step from [0.5, -1, 2] with grad [-35.5, -13, -4.5] and lr 0.1.
        XCTAssertTrue(c.outText.contains("tensor([4.0500, 0.3000, 2.4500])"), c.outText)
        (outcome, c) = run(s, "zero_grad")
        XCTAssertTrue(c.outText.contains("opt.zero_grad()"), c.outText)
        guard case .tensor(let p)? = s.interpreter.globals.vars["params"] else { return XCTFail() }
        XCTAssertNil(p.grad)
        (outcome, c) = run(s, "step 0.5")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("uses its own lr (0.1)"), c.errText)
    }

    func testStaleGradientIsNamedStale() {
        let s = makeSession()
        _ = run(s, "backward")
        _ = run(s, "step 0.01")
        let (_, c) = run(s, "step 0.01")
        XCTAssertTrue(c.outText.contains("params.grad is stale: it was computed before the previous step"), c.outText)
        XCTAssertFalse(c.outText.contains("about"), c.outText)
    }

    func testUnderscoreIsTheLastResult() {
        let s = makeSession()
        _ = run(s, "2 + 3")
        let (_, c) = run(s, "_ * 2")
        XCTAssertEqual(c.outText, "10\n")
        let (_, v) = run(s, "vars")
        XCTAssertFalse(v.outText.contains("\n_ "), v.outText)
    }
}

extension SessionNamespaceTests {
    /// `lesson` at the prompt goes through the program's launcher (which owns the line reader).
    func testLessonCommandUsesTheProgramsLauncher() {
        let s = DebugSession()
        var (outcome, c) = run(s, "lesson")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("run `gradstep lesson` in the shell"), c.errText)
        var asked: [String?] = []
        s.lessonLauncher = { name, _ in asked.append(name) }
        (outcome, c) = run(s, "lesson 2")
        XCTAssertEqual(outcome, .ok, c.errText)
        _ = run(s, "lesson")
        XCTAssertEqual(asked, ["2", nil])
        (_, c) = run(s, "help")
        XCTAssertTrue(c.outText.contains("lesson [NAME|N]"), c.outText)
    }
}

extension SessionNamespaceTests {
    /// `train` with the learner's optimizer steps through it (PyTorch: SGD lr=0.01 momentum=0.9, five
    /// iterations from the model's start end at [1.3491, -0.7063, 2.0279]); `train N LR` is refused.
    func testTrainUsesTheLearnersOptimizer() throws {
        let s = makeSession()
        _ = run(s, "opt = torch.optim.SGD([params], lr=0.01, momentum=0.9)")
        var (outcome, c) = run(s, "train 5")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("training with your optimizer: opt.step()"), c.outText)
        XCTAssertTrue(c.outText.contains("iter 4/5  loss 8.912784576416016"), c.outText)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params")), "tensor([ 1.3491, -0.7063,  2.0279], requires_grad=True)")
        (outcome, c) = run(s, "train 5 0.1")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("your optimizer opt uses its own lr (0.01)"), c.errText)
        (outcome, c) = run(s, "compare zero_grad 2")
        XCTAssertTrue(c.outText.contains("not your optimizer opt"), c.outText)
    }
}
