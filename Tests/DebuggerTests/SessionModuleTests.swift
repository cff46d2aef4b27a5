import Foundation
import XCTest
@testable import Debugger

/// An `nn.Module`'s parameters are the session's parameters (`backward`, `step`, `train`, `graph`
/// name them `model.W`), and fastai's `nn` (the prompt's) has all of torch.nn.
final class SessionModuleTests: XCTestCase {
    static let polyFit = """
        class PolyFit(torch.nn.Module):
            def __init__(self, degree):
                super().__init__()
                self.degree = degree
                self.W = torch.nn.Parameter(torch.zeros(degree))
            def forward(self, x):
                y = torch.zeros_like(x)
                for i in range(self.degree):
                    y += self.W[i] * (x ** i)
                return y

        """

    func testAModulesParametersAreTheSessionsParameters() {
        let s = DebugSession()
        let c = BufferConsole()
        for line in ["x = torch.linspace(0, 1, 10)", "y_true = 3 * x + torch.sin(6 * x) + 1", Self.polyFit,
                     "poly = PolyFit(5)", "loss = F.mse_loss(poly(x), y_true)", "graph", "backward", "step 0.05", "forward"] {
            XCTAssertEqual(s.run(line, console: c), .ok, line + ": " + c.errText)
        }
        XCTAssertTrue(c.outText.contains("SelectBackward0  poly.W[0]"), c.outText)
        // PyTorch: the gradient of the MSE at W = 0 is tensor([-4.9836, -2.7914, -2.0355, -1.6593, -1.4373]).
        XCTAssertTrue(c.outText.contains("poly.W.grad  (pass 1 since zero_grad)"), c.outText)
        XCTAssertTrue(c.outText.contains("tensor([-4.9836, -2.7914, -2.0355, -1.6593, -1.4373])"), c.outText)
        XCTAssertTrue(c.outText.contains("poly.W: tensor([0., 0., 0., 0., 0.]) → tensor([0.2492, 0.1396, 0.1018, 0.0830, 0.0719])"), c.outText)
        XCTAssertTrue(c.outText.contains("recomputed 1 assignment"), c.outText)
    }

    func testTrainRunsAModulesLossCompiled() {
        let s = DebugSession()
        let c = BufferConsole()
        for line in ["x = torch.linspace(0, 1, 10)", "y_true = 3 * x + torch.sin(6 * x) + 1", Self.polyFit,
                     "poly = PolyFit(5)", "loss = F.mse_loss(poly(x), y_true)", "train 20000 0.05 every 10000"] {
            XCTAssertEqual(s.run(line, console: c), .ok, line + ": " + c.errText)
        }
        // PyTorch, the same 20000 steps (forward, backward, W -= 0.05 * W.grad, grad = None): the loss at
        // step 10000 is 0.09659142047166824.
        XCTAssertTrue(c.outText.contains("iter 10000/20000  loss 0.0965914"), c.outText)
        if case .compiled = s.trainPlanStatus {} else { XCTFail("\(s.trainPlanStatus)") }
    }

    func testTheFastaiNnHasAllOfTorchNn() {
        let s = DebugSession()
        let c = BufferConsole()
        for line in ["class M(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.l = nn.Linear(2, 1)\n    def forward(self, x):\n        return self.l(x)\n",
                     "seed 0", "m = M()", "m(torch.ones(2))", "F.relu(torch.tensor([-1., 2.]))", "F.softmax(torch.zeros(2), dim=0)"] {
            XCTAssertEqual(s.run(line, console: c), .ok, line + ": " + c.errText)
        }
        // PyTorch 2.x after torch.manual_seed(0): tensor([-0.2080], grad_fn=<UnsafeViewBackward0>).
        XCTAssertTrue(c.outText.contains("tensor([-0.2080], grad_fn=<UnsafeViewBackward0>)"), c.outText)
        XCTAssertTrue(c.outText.contains("tensor([0., 2.])\ntensor([0.5000, 0.5000])"), c.outText)
        XCTAssertEqual(s.run("backward", console: c), .failed, "no loss yet")
        XCTAssertEqual(s.parameters().map(\.name), ["m.l.weight", "m.l.bias"])
    }
}

/// A matplotlib animation (`FuncAnimation` shown with `rc('animation', html='jshtml')`) plays in the
/// terminal: every frame runs the animation function and redraws the figure with the lines' new data.
final class PlotMatplotlibAnimationTests: XCTestCase {
    static let setup = [
        "from matplotlib import animation, rc", "rc('animation', html='jshtml')",
        "x = torch.linspace(-1, 1, 5)", "w = torch.tensor(0.)",
        "fig = plt.figure(); _ = plt.scatter(x, 2 * x); line, = plt.plot(x, w * x); plt.close()",
        "def animate(i):\n    global w\n    w = w + 0.5\n    line.set_ydata(w * x)\n    return line,\n",
        "anim = animation.FuncAnimation(fig, animate, np.arange(0, 4), interval=20)",
    ]

    func testOffATerminalTheLastFrameIsDrawnOnceAndRemembered() {
        let s = DebugSession()
        let c = BufferConsole()
        for line in Self.setup { XCTAssertEqual(s.run(line, console: c), .ok, line + ": " + c.errText) }
        XCTAssertEqual(c.outText, "", "a closed figure is not drawn")
        XCTAssertEqual(s.run("_ = anim.to_jshtml()", console: c), .ok, c.errText)
        // The first frame runs twice (matplotlib draws it once to set up), then frames 0…3: w = 2.5.
        XCTAssertEqual(s.run("w", console: c), .ok)
        XCTAssertTrue(c.outText.hasSuffix("tensor(2.5000)\n"), c.outText)
        XCTAssertEqual(s.plots.plots.count, 1)
        let figure = s.plots.plots[0].figure
        XCTAssertEqual(figure.panels[0].series.count, 2, "the scatter and the line, in the closed figure")
        XCTAssertEqual(figure.panels[0].series[1].ys, [-2.5, -1.25, 0, 1.25, 2.5])
        XCTAssertEqual(s.plots.plots[0].kind, "animation")
    }

    /// matplotlib keeps set_ydata's data and converts it when it draws: a tensor that requires grad fails
    /// at the frame (as in Jupyter), not at set_ydata.
    func testAFrameWhoseLineHoldsAGradTensorFailsWhenDrawn() {
        let s = DebugSession()
        let c = BufferConsole()
        for line in Self.setup.dropLast() { XCTAssertEqual(s.run(line, console: c), .ok, line + ": " + c.errText) }
        XCTAssertEqual(s.run("p = torch.tensor(1., requires_grad=True)", console: c), .ok)
        XCTAssertEqual(s.run("line.set_ydata(p * x)", console: c), .ok, "no drawing yet: " + c.errText)
        XCTAssertEqual(s.run("def bad(i):\n    line.set_ydata(p * x)\n    return line,\n", console: c), .ok)
        XCTAssertEqual(s.run("_ = animation.FuncAnimation(fig, bad, np.arange(0, 3)).to_jshtml()", console: c), .failed)
        XCTAssertTrue(c.errText.contains("RuntimeError: Can't call numpy() on Tensor that requires grad."), c.errText)
        XCTAssertTrue(s.plots.plots.isEmpty)
    }

    func testOnATerminalEveryFrameIsRedrawnInPlace() {
        let s = DebugSession()
        s.plots.frameDelay = 0
        let c = BufferConsole(width: 80, isTerminal: true)
        for line in Self.setup { _ = s.run(line, console: c) }
        XCTAssertEqual(s.run("anim", console: c), .ok, c.errText)
        XCTAssertTrue(c.outText.contains("frame 1/4\n"), c.outText)
        XCTAssertTrue(c.outText.contains("\u{1B}[2Kframe 4/4\n"), "the last frame replaced the ones before it")
        var terminal = PlotFakeTerminal()
        // Colours (a terminal gets them) are not the fake terminal's business.
        terminal.write(c.outText.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression))
        XCTAssertEqual(terminal.lines.filter { $0.hasPrefix("frame ") }, ["frame 4/4"], terminal.lines.joined(separator: "\n"))
        XCTAssertTrue(terminal.lines.last?.hasPrefix("<matplotlib.animation.FuncAnimation at 0x") ?? false, terminal.lines.joined(separator: "\n"))
    }
}
