import XCTest
@testable import Debugger
@testable import Script
@testable import Autograd

/// `bstep` through a custom `autograd.Function` shows the learner's `backward` as it ran: its
/// arguments, each line with the names it set (values as they were after that line, even when a
/// later line changes the tensor in place), and what it returned.
final class SeeCustomFunctionStepTests: XCTestCase {
    private func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    func testStepShowsTheLearnersBackwardLines() {
        let s = DebugSession()
        let define = """
        class MyReLU(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x.clamp(min=0)
            @staticmethod
            def backward(ctx, grad_output):
                x, = ctx.saved_tensors
                grad = grad_output.clone()
                grad[x < 0] = 0
                return grad

        """
        for line in [define, "w = torch.tensor([-1.0, 2.0, 3.0], requires_grad=True)", "loss = MyReLU.apply(w * 2).sum()", "bstep"] {
            XCTAssertEqual(run(s, line).0, .ok, line)
        }
        var (outcome, c) = run(s, "next")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertFalse(c.outText.contains("your MyReLU.backward ran"), c.outText)
        (outcome, c) = run(s, "next")
        XCTAssertEqual(outcome, .ok, c.errText)
        let text = c.outText
        XCTAssertTrue(text.contains("your MyReLU.backward ran:"), text)
        XCTAssertTrue(text.contains("grad_output = tensor([1., 1., 1.])"), text)
        XCTAssertTrue(text.contains("x = tensor([-2.,  4.,  6.])"), text)
        // The clone's value after its own line, before `grad[x < 0] = 0` changed it in place.
        guard let clone = text.range(of: "grad = grad_output.clone()"), let masked = text.range(of: "grad[(x < 0)] = 0") else {
            return XCTFail(text)
        }
        XCTAssertTrue(text[clone.upperBound..<masked.lowerBound].contains("grad = tensor([1., 1., 1.])"), text)
        XCTAssertTrue(text[masked.upperBound...].contains("grad = tensor([0., 1., 1.])"), text)
        XCTAssertTrue(text.contains("returns tensor([0., 1., 1.])"), text)
        // The gradient still arrives as PyTorch computes it.
        _ = run(s, "continue")
        guard case .tensor(let g)? = try? s.interpreter.evaluate("w.grad") else { return XCTFail() }
        XCTAssertEqual(g.floatValues(), [0, 2, 2])
        XCTAssertFalse(s.interpreter.tracesCustomBackward)
    }
}
