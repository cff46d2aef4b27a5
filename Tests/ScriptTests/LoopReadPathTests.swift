import XCTest
@testable import Script
import Autograd

/// Every way a tensor's value reaches Python goes through `Tensor.pythonRead`, which records the read
/// in a traced iteration: a loop whose control flow depends on such a read must run through the
/// interpreter (a plan replaying the traced path would never take the `break`). Each program grows
/// `w` until a condition read from it holds; the expected iteration is PyTorch's (torch 2.15).
final class LoopReadPathTests: XCTestCase {
    private static func program(_ condition: String) -> String {
        """
        import torch, math
        w = torch.tensor([0.5, 0.2], requires_grad=True)
        for i in range(40):
            loss = (w * w).sum()
            loss.backward()
            with torch.no_grad():
                w += 0.1 * w.grad
            w.grad = None
            if \(condition):
                break
        print(i)
        """
    }

    func testEveryReadPathKeepsTheLoopInTheInterpreter() throws {
        let cases: [(condition: String, pytorch: String, read: String)] = [
            ("w.sum().item() > 5", "10", "item()"),
            ("float(w.sum()) > 5", "10", "item()"),
            ("int(w.sum()) > 5", "11", "item()"),
            ("bool(w.sum() > 5)", "10", "item()"),
            ("w.sum() > 5", "10", "item()"),
            ("5 < w.sum()", "10", "item()"),
            ("w[0] > w[1] + 5", "15", "item()"),
            ("(w > 5).any()", "12", "item()"),
            ("math.sqrt(w.sum()) > 5", "19", "item()"),
            ("f'{w.sum():.3f}' > '5'", "10", "item()"),
            ("'%.3f' % w.sum() > '5'", "10", "item()"),
            ("'{}'.format(w.sum()) > '5'", "10", "item()"),
            ("int((w.sum() > 5).long()) == 1", "10", "item()"),
            ("w.tolist()[0] > 5", "12", "tolist()"),
            ("str(w) > 'z'", "39", "printing a tensor"),
            ("repr(w) > 'z'", "39", "printing a tensor"),
            ("len([0, 1][(w.sum() > 5).long():]) == 1", "10", "an index"),
            ("torch.tensor([0., 1.])[(w.sum() > 5).long()] == 1", "10", "an index"),
            ("1.0 in (w > 5).float()", "12", "`in`"),
            ("torch.equal(w, w * 0)", "39", "torch.equal"),
            ("torch.allclose(w, w * 0)", "39", "torch.allclose"),
            ("w.detach().numpy()[0] > 5", "12", "numpy arrays are not compiled"),
        ]
        for c in cases {
            var out = ""
            let interp = Interpreter(output: { out += $0 })
            interp.compilesLoops = true
            try interp.run(Self.program(c.condition))
            XCTAssertEqual(out, c.pytorch + "\n", c.condition)
            let outcome = interp.loopOutcomes[3]
            XCTAssertEqual(outcome?.compiledIterations, 0, c.condition)
            XCTAssertTrue(outcome?.reason?.contains(c.read) == true, "\(c.condition): \(outcome?.reason ?? "no outcome")")
        }
    }

    /// The same loop without a read of `w` does compile (so the cases above test the reads).
    func testWithoutAReadTheLoopCompiles() throws {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        try interp.run(Self.program("i == 39"))
        XCTAssertEqual(out, "39\n")
        XCTAssertGreaterThan(interp.loopOutcomes[3]?.compiledIterations ?? 0, 0)
    }
}
