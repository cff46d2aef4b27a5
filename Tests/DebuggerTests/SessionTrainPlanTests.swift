import XCTest
@testable import Debugger
@testable import Script
@testable import Autograd

/// `train N` runs its middle iterations as a compiled plan; the result must equal, bit for bit, the
/// same training written as a Python loop (which runs through tensors).
final class SessionTrainPlanTests: XCTestCase {
    static let setup = """
    torch.manual_seed(42)
    x = torch.arange(0, 20).float()
    y = 0.75 * (x - 9.5) ** 2 + 1 + torch.randn(20) * 3
    params = torch.randn(3).requires_grad_()
    def f(x, params):
        a, b, c = params
        return a * (x ** 2) + b * x + c
    loss = ((f(x, params) - y) ** 2).mean()
    """

    private func session(_ script: String) -> (DebugSession, BufferConsole) {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run(script, console: c)
        return (s, c)
    }

    private func params(_ s: DebugSession) throws -> [UInt32] {
        guard case .tensor(let t)? = s.interpreter.globals.vars["params"] else { throw XCTSkip("no params") }
        return t.floatValues().map(\.bitPattern)
    }

    func testTrainEqualsPythonLoopBitForBit() throws {
        let (trained, console) = session(Self.setup + "\ntrain 300 1e-5 every 100\n")
        let (looped, _) = session(Self.setup + """

        for i in range(300):
            loss = ((f(x, params) - y) ** 2).mean()
            loss.backward()
            with torch.no_grad():
                params -= 1e-5 * params.grad
            params.grad = None

        """)
        XCTAssertEqual(trained.trainPlanStatus, .compiled(ops: 8))  // unbind, mul, mul, add, add, sub, pow, mean (x ** 2 is data)
        XCTAssertEqual(try params(trained), try params(looped))
        XCTAssertTrue(console.outText.contains("300"), console.outText)
        guard case .tensor(let p)? = trained.interpreter.globals.vars["params"] else { return XCTFail() }
        XCTAssertNil(p.grad, "train leaves grads cleared")
    }
}

extension SessionTrainPlanTests {
    func testUnsupportedOpFallsBackToTensorsWithTheSameResult() throws {
        let script = """
        w = torch.tensor([[0.5, -0.2], [0.1, 0.3]], requires_grad=True)
        t = torch.tensor([[1., 2.], [3., 4.]])
        loss = ((w.max(dim=1)[0] @ t - 1) ** 2).mean()
        train 20 0.01
        """
        let (s, _) = session(script)
        guard case .tensorPath(let reason) = s.trainPlanStatus else { return XCTFail("\(s.trainPlanStatus)") }
        XCTAssertTrue(reason.contains("MaxBackward0"), reason)
    }
}

extension SessionTrainPlanTests {
    /// Seed 001: `y` is computed from `a` while `a` is data; rebinding `a` to a Parameter later must
    /// not make `forward`/`train` recompute `y` (which would redraw torch.rand and change the data).
    func testDataComputedBeforeAParameterRebindingStaysData() throws {
        let script = """
        torch.manual_seed(0)
        n = 100
        x = torch.ones(n, 2)
        x[:, 0].uniform_(-1., 1)
        a = torch.tensor([3., 2.])
        y = x @ a + torch.rand(n)
        a = nn.Parameter(torch.tensor([-1., 1.]))
        loss = ((y - x @ a) ** 2).mean()
        """
        let (s, _) = session(script)
        guard case .tensor(let y0)? = s.interpreter.globals.vars["y"] else { return XCTFail("no y") }
        let before = y0.floatValues()
        _ = s.run("forward\ntrain 10 0.1\n", console: BufferConsole())
        guard case .tensor(let y1)? = s.interpreter.globals.vars["y"] else { return XCTFail("no y") }
        XCTAssertTrue(y0 === y1, "y was recomputed")
        XCTAssertEqual(y1.floatValues(), before)
        XCTAssertEqual(s.trainPlanStatus, .compiled(ops: 4))  // mv, sub, pow, mean
    }
}

extension SessionTrainPlanTests {
    /// At iteration 9 w is exactly 0.5: the loss is finite but the gradient of sqrt(|w - 0.5|) is NaN.
    /// The plan's observation hands that iteration back to the interpreter, so the stop and its
    /// diagnosis are the same as without compiling.
    func testNonFiniteGradientStopsTheSameWithAPlan() throws {
        let setup = "w = torch.tensor([1.5], requires_grad=True)\nloss = w.sum() + 0 * (w - 0.5).abs().sqrt().sum()\n"
        let (planned, c1) = session(setup + "train 20 0.125\n")
        // Without compiling (--no-compile), train stays on tensors all the way.
        let tensors = DebugSession()
        tensors.compilesLoops = false
        let c2 = BufferConsole()
        _ = tensors.run(setup + "train 20 0.125\n", console: c2)
        XCTAssertEqual(planned.trainPlanStatus, .compiled(ops: 7))
        XCTAssertNotEqual(tensors.trainPlanStatus, .compiled(ops: 7))
        func trainPart(_ text: String) -> String {
            String(text[(text.range(of: "train 20 0.125")?.lowerBound ?? text.startIndex)...])
        }
        XCTAssertEqual(trainPart(c1.outText), trainPart(c2.outText))
        XCTAssertEqual(c1.errText, c2.errText)
        XCTAssertTrue(c1.errText.contains("stopped at iteration 9"), c1.errText)
        guard case .tensor(let w)? = planned.interpreter.globals.vars["w"] else { return XCTFail() }
        XCTAssertEqual(w.floatValues(), [0.5], "stopped before the poisoned step")
        XCTAssertEqual(Repr.repr(try planned.interpreter.evaluate("loss")), "tensor(0.5000, grad_fn=<AddBackward0>)", "the loss is the stopped iteration's")
    }
}

extension SessionTrainPlanTests {
    /// Ctrl-C while the plan runs: train stops after the last whole iteration and every name it
    /// updates (the parameters, the loss) holds that iteration's value, as `train` of exactly that
    /// many iterations without compiling leaves them.
    func testCtrlCInsideTheCompiledRunLeavesEveryNameCurrent() throws {
        final class Calls: @unchecked Sendable { var n = 0 }
        let calls = Calls()
        // Polled after each interpreted iteration (3: one run, two traced), then every 1024 by the plan.
        let stopped = DebugSession(interrupted: { calls.n += 1; return calls.n == 4 })
        let c1 = BufferConsole()
        _ = stopped.run(Self.setup + "\ntrain 5000 1e-5\n", console: c1)
        XCTAssertEqual(stopped.trainPlanStatus, .compiled(ops: 8))
        XCTAssertTrue(c1.outText.contains("1027"), c1.outText)
        let plain = DebugSession()
        plain.compilesLoops = false
        _ = plain.run(Self.setup + "\ntrain 1027 1e-5\n", console: BufferConsole())
        XCTAssertEqual(try params(stopped), try params(plain))
        for name in ["loss", "params"] {
            XCTAssertEqual(Repr.repr(try stopped.interpreter.evaluate(name)), Repr.repr(try plain.interpreter.evaluate(name)), name)
        }
        XCTAssertEqual(Repr.repr(try stopped.interpreter.evaluate("loss.item()")), Repr.repr(try plain.interpreter.evaluate("loss.item()")))
    }
}
