import XCTest
@testable import Debugger
@testable import Script
@testable import Autograd

/// Course code keeps its parameters inside `nn.Module`s: the debugger names them as the learner types
/// them (`model[0].weight`, `net.fc.bias`), `grad` and `step` see them, and `forward` re-runs the loss
/// without re-creating the model (which would draw new random weights).
final class SessionModuleTests: XCTestCase {
    private func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    func testGradGraphAndStepNameModuleParameters() {
        let s = DebugSession()
        for line in ["torch.manual_seed(0)", "model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))",
                     "x = torch.tensor([[1., 2.]])", "loss = model(x).sum()", "backward"] {
            XCTAssertEqual(run(s, line).0, .ok, line)
        }
        var (outcome, c) = run(s, "grad")
        XCTAssertEqual(outcome, .ok, c.errText)
        for name in ["model[0].weight.grad", "model[0].bias.grad", "model[2].weight.grad", "model[2].bias.grad"] {
            XCTAssertTrue(c.outText.contains(name + " = tensor("), c.outText)
        }
        (_, c) = run(s, "graph")
        XCTAssertTrue(c.outText.contains("model[2].bias + A @ model[2].weight.t()"), c.outText)
        XCTAssertTrue(c.outText.contains("model[0].bias + x @ model[0].weight.t()"), c.outText)
        guard case .tensor(let before)? = try? s.interpreter.evaluate("model[2].bias.detach().clone()") else { return XCTFail() }
        (outcome, c) = run(s, "step 0.5")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("model[2].bias: "), c.outText)
        // d loss / d bias of the last layer is 1: the step moves it by -0.5.
        guard case .tensor(let after)? = try? s.interpreter.evaluate("model[2].bias") else { return XCTFail() }
        XCTAssertEqual(Double(after.floatValues()[0]), Double(before.floatValues()[0]) - 0.5, accuracy: 1e-6)
    }

    func testForwardKeepsTheModelsParameters() {
        let s = DebugSession()
        for line in ["class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(3, 1)\n    def forward(self, x):\n        return self.fc(x)\n",
                     "net = Net()", "x = torch.ones(4, 3)", "loss = net(x).pow(2).mean()"] {
            XCTAssertEqual(run(s, line).0, .ok, line)
        }
        guard case .tensor(let w)? = try? s.interpreter.evaluate("net.fc.weight") else { return XCTFail() }
        let (outcome, c) = run(s, "forward")
        XCTAssertEqual(outcome, .ok, c.errText)
        guard case .tensor(let w2)? = try? s.interpreter.evaluate("net.fc.weight") else { return XCTFail() }
        XCTAssertTrue(w === w2, "forward re-created the model")
        XCTAssertEqual(run(s, "backward").0, .ok)
        let (_, g) = run(s, "grad")
        XCTAssertTrue(g.outText.contains("net.fc.weight.grad = tensor("), g.outText)
        XCTAssertTrue(g.outText.contains("net.fc.bias.grad = tensor("), g.outText)
    }

    func testAccessPaths() {
        XCTAssertEqual(Interpreter.accessPath("0.weight"), "[0].weight")
        XCTAssertEqual(Interpreter.accessPath("layers.1.bias"), ".layers[1].bias")
        XCTAssertEqual(Interpreter.accessPath("W"), ".W")
        XCTAssertEqual(Interpreter.accessPath("heads.a-b.weight"), ".heads['a-b'].weight")
    }
}
