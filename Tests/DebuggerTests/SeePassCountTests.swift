import XCTest
@testable import Debugger

/// `backward`'s "pass N since zero_grad" follows the gradient itself, also when the learner's own code
/// (a notebook cell) ran backward or cleared the gradient.
final class SeePassCountTests: XCTestCase {
    private func passLines(_ lines: [String]) -> [String] {
        let s = DebugSession()
        let c = BufferConsole()
        for line in lines { XCTAssertEqual(s.run(line, console: c), .ok, line + ": " + c.errText) }
        return c.outText.split(separator: "\n").filter { $0.contains("since zero_grad") }.map(String.init)
    }

    func testTheLearnersOwnBackwardCountsAndTheirClearingRestarts() {
        let setup = ["W = torch.tensor([1., 2.], requires_grad=True)", "loss = (W * 3).sum()"]
        XCTAssertEqual(passLines(setup + ["loss.backward()", "loss = (W * 3).sum()", "backward"]),
                       ["W.grad  (pass 2 since zero_grad)"], "the cell's loss.backward() was pass 1")
        XCTAssertEqual(passLines(setup + ["backward", "W.grad = None", "forward", "backward"]),
                       ["W.grad  (pass 1 since zero_grad)", "W.grad  (pass 1 since zero_grad)"])
        XCTAssertEqual(passLines(setup + ["backward", "W.grad.zero_()", "forward", "backward"]),
                       ["W.grad  (pass 1 since zero_grad)", "W.grad  (pass 1 since zero_grad)"])
        XCTAssertEqual(passLines(setup + ["backward", "forward", "backward"]),
                       ["W.grad  (pass 1 since zero_grad)", "W.grad  (pass 2 since zero_grad)"])
    }
}
