import XCTest
@testable import Debugger
import Script

/// The accumulation report, step's fresh-gradient note, compare zero_grad and detach causes.
/// Numbers from PyTorch 2.15.
final class SeeAccumulationTests: XCTestCase {
    func testBeforeThisPassAfterAndCounter() {
        let s = See.session()
        var (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.outText.contains("params.grad  (pass 1 since zero_grad)\n    before     None\n  + this pass  tensor([-35.5000, -13.0000,  -4.5000])\n  = after      tensor([-35.5000, -13.0000,  -4.5000])\n"), c.outText)
        See.run(s, "forward")
        (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.outText.contains("params.grad  (pass 2 since zero_grad)\n    before     tensor([-35.5000, -13.0000,  -4.5000])"), c.outText)
        XCTAssertTrue(c.outText.contains("  = after      tensor([-71., -26.,  -9.])"), c.outText)
        See.run(s, "zero_grad")
        See.run(s, "forward")
        (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.outText.contains("(pass 1 since zero_grad)"), c.outText)
    }

    func testStepWithAccumulatedGradsSaysFreshGradient() throws {
        let s = See.session()
        See.run(s, "backward")
        See.run(s, "forward")
        See.run(s, "backward")
        let (_, c) = See.run(s, "step 0.01")
        XCTAssertTrue(c.outText.contains("warning: params.grad is the sum of 2 backward passes"), c.outText)
        XCTAssertTrue(c.outText.contains("params.grad = tensor([-35.5000, -13.0000,  -4.5000])   (the step used the sum of 2 passes)"), c.outText)
        // The step itself used the accumulated grad: 0.5 + 0.01·71 = 1.21
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params")), "tensor([ 1.2100, -0.7400,  2.0900], requires_grad=True)")
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "tensor([-71., -26.,  -9.])")
    }

    func testCompareZeroGrad() throws {
        let s = See.session()
        let (outcome, c) = See.run(s, "compare zero_grad 4 0.01")
        XCTAssertEqual(outcome, .ok, c.errText)
        let rows = c.outText.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        // PyTorch: with [13.125, 2.73886, 0.788405, 0.418475], without [13.125, 2.73886, 2.17699, 12.5116]
        XCTAssertTrue(rows.contains(["1", "13.125", "13.125"]), c.outText)
        XCTAssertTrue(rows.contains(["2", "2.73886", "2.73886"]), c.outText)
        XCTAssertTrue(rows.contains(["3", "0.788405", "2.17699"]), c.outText)
        XCTAssertTrue(rows.contains(["4", "0.418475", "12.5116"]), c.outText)
        XCTAssertTrue(c.outText.contains("the loss ends higher"), c.outText)
        // Both curves on one plot, each named in the legend.
        XCTAssertTrue(c.outText.contains("compare zero_grad: loss per step"), c.outText)
        XCTAssertTrue(c.outText.contains("with zero_grad") && c.outText.contains("without zero_grad"), c.outText)
        XCTAssertTrue(c.outText.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "no braille plot")
        // Parameters and grads as before.
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params")), "tensor([ 0.5000, -1.0000,  2.0000], requires_grad=True)")
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "None")
        XCTAssertEqual(See.run(s, "compare zero_grad x").1.errText.contains("usage: compare"), true)
    }

    static let twoParameters = """
    x = torch.tensor([1., 2.])
    y = torch.tensor([3., 5.])
    w1 = torch.tensor([2., 1.], requires_grad=True)
    w2 = torch.tensor([0.5, 1.5], requires_grad=True)
    h = x * w1
    loss = ((h * w2 - y)**2).mean()
    """

    func testDetachCommandNamesTheCutParameter() {
        let s = See.session(Self.twoParameters)
        See.run(s, "detach h")
        See.run(s, "forward")
        let (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.outText.contains("w1 got no gradient because of a detach: `detach h` made h data"), c.outText)
        // PyTorch: w2.grad = (h*w2 - y) * h with h = [2, 2]: (1-3)*2 = -4, (3-5)*2 = -4
        XCTAssertTrue(c.outText.contains("= after      tensor([-4., -4.])"), c.outText)
    }

    func testDetachInExpressionNamesTheCutParameter() {
        let s = See.session(Self.twoParameters.replacingOccurrences(of: "h = x * w1", with: "h = (x * w1).detach()"))
        let (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.outText.contains("w1 got no gradient because of a detach: `h = (x * w1).detach()` cuts the graph there"), c.outText)
    }
}

extension SeeAccumulationTests {
    /// The verdict of a comparison is decided by the report value, not by its rendering.
    func testComparisonOutcome() {
        func outcome(_ a: [Double], _ b: [Double]) -> ZeroGradComparison.Outcome {
            ZeroGradComparison(iterations: a.count, lr: 0.1, withZeroGrad: a, withoutZeroGrad: b).outcome
        }
        XCTAssertEqual(outcome([3, 1], [3, 2]), .withoutEndsHigher)
        XCTAssertEqual(outcome([3, 1], [3, .nan]), .withoutDiverged)
        XCTAssertEqual(outcome([3, 1], [3, 0.5]), .withoutEndsLower)
        XCTAssertEqual(outcome([3, .infinity], [3, .nan]), .bothDiverged)
        XCTAssertEqual(outcome([], []), .undecided)
        XCTAssertFalse(GradcheckRow(name: "w", autograd: 1, numeric: .nan, relativeError: .nan).agrees)
        XCTAssertTrue(GradcheckRow(name: "w", autograd: 1, numeric: 1.001, relativeError: 1e-3).agrees)
    }
}
