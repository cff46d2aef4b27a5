import XCTest
@testable import Debugger
@testable import Script
@testable import Autograd

/// Explain mode after course code's own lines (a model, a loss module, an optimizer, a loss computed
/// through them, `opt.step()`, `opt.zero_grad()`, `loss.backward()`), and `step --state` with the
/// learner's optimizer.
final class SeeModelExplainTests: XCTestCase {
    private func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    private let setup = ["torch.manual_seed(0)", "model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))",
                         "loss_fn = nn.MSELoss()", "opt = torch.optim.Adam(model.parameters(), lr=0.01)",
                         "x = torch.randn(4, 2)", "y = torch.randn(4, 1)", "loss = loss_fn(model(x), y)"]

    func testCourseLinesAreExplained() {
        let s = DebugSession()
        XCTAssertEqual(run(s, "explain on").0, .ok)
        var said: [String: String] = [:]
        for line in setup + ["loss.backward()", "opt.step()", "opt.zero_grad()"] {
            let (outcome, c) = run(s, line)
            XCTAssertEqual(outcome, .ok, line + c.errText)
            // The prose is wrapped to the console with a hanging indent: read it as one line.
            said[line] = c.outText.replacingOccurrences(of: "\n         ", with: " ")
        }
        XCTAssertTrue(said[setup[1]]?.contains("model is an nn.Module (Sequential): it holds 4 parameter tensors (13 numbers)") ?? false, said[setup[1]] ?? "")
        XCTAssertTrue(said[setup[1]]?.contains("model[0].weight [3, 2]") ?? false, said[setup[1]] ?? "")
        XCTAssertTrue(said[setup[2]]?.contains("loss_fn is a loss module (MSELoss)") ?? false, said[setup[2]] ?? "")
        XCTAssertTrue(said[setup[3]]?.contains("opt is an optimizer (Adam) over 4 parameter tensors") ?? false, said[setup[3]] ?? "")
        XCTAssertTrue(said[setup[6]]?.contains("loss was computed through loss_fn: MSELoss and model: Sequential") ?? false, said[setup[6]] ?? "")
        XCTAssertTrue(said["opt.step()"]?.contains("by Adam's rule") ?? false, said["opt.step()"] ?? "")
        XCTAssertTrue(said["opt.zero_grad()"]?.contains("set the .grad of each parameter it holds to None") ?? false)
        XCTAssertTrue(said["loss.backward()"]?.contains("Autograd walked loss's graph") ?? false)
        // Plain lines get no note, and the PyTorch line of a note is the learner's own.
        XCTAssertFalse(said[setup[4]]?.contains("explain:") ?? true)
        XCTAssertTrue(said[setup[2]]?.contains("PyTorch: loss_fn = nn.MSELoss()") ?? false, said[setup[2]] ?? "")
    }

    func testStepStateShowsAdamsMomentsAndTheCommandsPyTorchLine() {
        let s = DebugSession()
        for line in setup + ["backward", "explain on"] { XCTAssertEqual(run(s, line).0, .ok, line) }
        let (outcome, c) = run(s, "step --state")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("opt.state after the step:"), c.outText)
        XCTAssertTrue(c.outText.contains("exp_avg_sq = tensor("), c.outText)
        XCTAssertTrue(c.outText.contains("PyTorch: opt.step()"), c.outText)
        // The moments shown are the optimizer's own.
        guard case .tensor(let m)? = try? s.interpreter.evaluate("opt.state[model[2].bias]['exp_avg']") else { return XCTFail() }
        XCTAssertTrue(c.outText.contains("exp_avg = " + m.description), c.outText)
    }

    func testStepStateWithoutAnOptimizerIsAnError() {
        let s = DebugSession()
        for line in ["w = torch.tensor([1., 2.], requires_grad=True)", "loss = (w ** 2).sum()", "backward"] {
            XCTAssertEqual(run(s, line).0, .ok, line)
        }
        let (outcome, c) = run(s, "step --state")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("plain `step` keeps no state"), c.errText)
        guard case .tensor(let w)? = s.value("w") else { return XCTFail() }
        XCTAssertEqual(w.floatValues(), [1, 2], "nothing half-runs")
    }
}
