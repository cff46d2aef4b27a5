import XCTest
@testable import Debugger
import Script

/// gradcheck: autograd against central differences, leaving the session unchanged.
final class SeeGradcheckTests: XCTestCase {
    func testQuadraticAgrees() throws {
        let s = See.session()
        guard case .tensor(let before) = try s.interpreter.evaluate("loss") else { return XCTFail("loss") }
        let (outcome, c) = See.run(s, "gradcheck")
        XCTAssertEqual(outcome, .ok, c.errText)
        let rows = c.outText.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        // PyTorch: params.grad = [-35.5, -13, -4.5]
        for (name, g) in [("params[0]", "-35.5"), ("params[1]", "-13"), ("params[2]", "-4.5")] {
            guard let row = rows.first(where: { $0.first == name }) else { return XCTFail("no row \(name): \(c.outText)") }
            XCTAssertEqual(row[1], g, c.outText)
            XCTAssertEqual(Double(row[2]) ?? 0, Double(g) ?? 1, accuracy: 0.05, c.outText)
            XCTAssertLessThan(Double(row[3]) ?? 1, 1e-2, c.outText)
            XCTAssertEqual(row.last, "✓")
        }
        XCTAssertTrue(c.outText.contains("autograd agrees"), c.outText)
        // The footer names the tolerance the ✓ marks use (they never disagree).
        XCTAssertTrue(c.outText.contains("every relative error is below 1.0e-02"), c.outText)
        // Nothing changed: same loss tensor, no grad, same parameters.
        guard case .tensor(let after) = try s.interpreter.evaluate("loss") else { return XCTFail("loss") }
        XCTAssertTrue(after === before)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "None")
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params")), "tensor([ 0.5000, -1.0000,  2.0000], requires_grad=True)")
        // The original graph still works.
        XCTAssertEqual(See.run(s, "backward").0, .ok)
    }

    func testOneParameterAndErrors() {
        let s = See.session(SeeAccumulationTests.twoParameters)
        var (_, c) = See.run(s, "gradcheck w2")
        XCTAssertTrue(c.outText.contains("w2[0]"), c.outText)
        XCTAssertFalse(c.outText.contains("w1[0]"), c.outText)
        (_, c) = See.run(s, "gradcheck x")
        XCTAssertTrue(c.errText.contains("x is not a parameter"), c.errText)
    }

    func testNanNumericIsNotAgreement() {
        // The loss of empty data is nan (mean of nothing), autograd's gradient is 0: they disagree.
        let s = See.session("""
        import torch
        x = torch.zeros(0)
        params = torch.tensor([1., 2.], requires_grad=True)
        loss = ((params[0]*x + params[1])**2).mean()
        """)
        let (_, c) = See.run(s, "gradcheck")
        let rows = c.outText.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        guard let row = rows.first(where: { $0.first == "params[0]" }) else { return XCTFail(c.outText) }
        XCTAssertEqual(row[2], "nan", c.outText)
        XCTAssertEqual(row.last, "✗", c.outText)
        XCTAssertTrue(c.outText.contains("some gradients disagree"), c.outText)
    }

    /// Seed 000's quadratic after training: the loss sums terms in the thousands, so the float32
    /// finite difference of the small params[0] element is noisy (it moves by about as much between h
    /// and 2h as it differs from autograd). That row is `≈`, not a false ✗, and the footer says why;
    /// a real disagreement stays ✗ (its difference is far above the noise).
    func testFloat32NoiseIsNotADisagreement() {
        let s = See.session("""
        torch.manual_seed(42)
        x = torch.arange(0,20).float()
        y = 0.75*(x-9.5)**2 + 1 + torch.randn(20)*3
        params = torch.tensor([0.2807, -3.4312, 17.5003], requires_grad=True)
        def f(x, params):
            a,b,c = params
            return a*(x**2) + b*x + c

        loss = ((f(x, params) - y)**2).mean()
        """)
        let (_, c) = See.run(s, "gradcheck")
        let rows = c.outText.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(rows.first(where: { $0.first == "params[0]" })?.last, "≈", c.outText)
        XCTAssertEqual(rows.first(where: { $0.first == "params[2]" })?.last, "✓", c.outText)
        XCTAssertTrue(c.outText.contains("as far as float32 can tell"), c.outText)
        XCTAssertFalse(c.outText.contains("disagree"), c.outText)
        let wrong = GradcheckRow(name: "w", autograd: 2, numeric: 1, relativeError: 0.5, noise: 0.01)
        XCTAssertFalse(wrong.agrees || wrong.withinNoise)
        let noisy = GradcheckRow(name: "w", autograd: 0.92, numeric: 0.90, relativeError: 0.022, noise: 0.01)
        XCTAssertTrue(noisy.withinNoise)
        XCTAssertFalse(GradcheckRow(name: "w", autograd: 1, numeric: .nan, relativeError: .nan, noise: .nan).withinNoise)
    }
}
