import XCTest
@testable import Script
@testable import Autograd

/// Traps found by review: a leaf whose shape changed after the forward, and empty tensors with a
/// huge dimension whose reductions would have billions of elements. Expected values from PyTorch 2.15.
final class RobustShapeTrapTests: XCTestCase {
    private func run(_ source: String) throws -> String {
        var out = ""
        try Interpreter(output: { out += $0 }).run(source)
        return out
    }

    func testGradKeepsTheForwardShapeAfterDataChangesShape() throws {
        XCTAssertEqual(try run("""
        import torch
        x = torch.zeros(2, requires_grad=True)
        y = x.exp()
        x.data = torch.ones(5)
        y.sum().backward()
        print(x.grad)
        """), "tensor([1., 1.])\n")
    }

    func testAccumulatingIntoAGradOfAnotherShapeFailsLikePyTorch() {
        XCTAssertThrowsError(try run("""
        import torch
        x = torch.zeros(2, requires_grad=True)
        x.sum().backward()
        x.data = torch.ones(3)
        (x * 2).sum().backward()
        """)) { e in
            XCTAssertEqual((e as? PyError)?.message, "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0")
        }
    }

    func testHugeDimensionOnAnEmptyTensorIsRefused() {
        for source in ["import torch\ntorch.zeros(2**62, 0).sum(1)", "import torch\ntorch.zeros(0).reshape(2**62, 0)"] {
            XCTAssertThrowsError(try run(source)) { e in
                XCTAssertTrue((e as? PyError)?.message.contains("larger than gradstep's limit") ?? false, "\(e)")
            }
        }
    }
}
