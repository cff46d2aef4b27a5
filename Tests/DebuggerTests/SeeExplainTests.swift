import XCTest
@testable import Debugger
import Script

/// Explain mode: a text for every command and every error kind, shown when on.
final class SeeExplainTests: XCTestCase {
    func testEveryCommandHasAnExplanation() {
        // Declared with each command (no second table to forget).
        for c in CommandTable.all {
            XCTAssertFalse(c.explanation.text.isEmpty, c.name)
            XCTAssertFalse(c.explanation.pytorch.isEmpty, c.name)
        }
    }

    func testEveryErrorTopicIsRecognizedAndHasCauseAndFix() {
        let samples: [(String, String, ExplainTexts.ErrorTopic)] = [
            ("RuntimeError", "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed).", .backwardTwice),
            ("RuntimeError", "element 0 of tensors does not require grad and does not have a grad_fn", .noGradFn),
            ("RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]]", .inplaceModified),
            ("RuntimeError", "a leaf Variable that requires grad is being used in an in-place operation.", .leafInplace),
            ("RuntimeError", "grad can be implicitly created only for scalar outputs", .scalarOutput),
            ("RuntimeError", "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0", .shapeMismatch),
            ("RuntimeError", "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)", .matmulShape),
            ("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients", .integerGrad),
            ("error", "no loss yet", .noLoss),
            ("error", "lr is a float, not a tensor", .notATensor),
            ("error", "usage: step [lr]", .usage),
            ("error", "the backward pass has finished", .finishedPass),
            ("NameError", "name 'w' is not defined", .nameError),
            ("SyntaxError", "invalid syntax", .syntaxError),
            ("TypeError", "unsupported operand type(s)", .typeError),
            ("IndexError", "index 5 is out of bounds for dimension 0 with size 3", .indexError),
            ("ValueError", "too many values to unpack (expected 2)", .valueError),
            ("ZeroDivisionError", "division by zero", .zeroDivision),
            ("AttributeError", "'Tensor' object has no attribute 'foo'", .attributeError),
            ("KeyboardInterrupt", "", .interrupted),
            ("RuntimeError", "something else entirely", .other),
        ]
        XCTAssertEqual(Set(samples.map(\.2)), Set(ExplainTexts.ErrorTopic.allCases), "a sample for every topic")
        for (kind, message, topic) in samples {
            XCTAssertEqual(ExplainTexts.ErrorTopic.classify(kind: kind, message: message), topic, message)
            XCTAssertFalse(topic.cause.isEmpty)
            XCTAssertFalse(topic.fix.isEmpty)
        }
    }

    func testExplainOnShowsProseAndPyTorchLine() {
        let s = See.session()
        var (_, c) = See.run(s, "explain on")
        XCTAssertTrue(c.outText.contains("explain = on"), c.outText)
        (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.outText.contains("explain: Autograd walked the graph from the loss to the leaves"), c.outText)
        XCTAssertTrue(c.outText.contains("PyTorch: loss.backward()\n"), c.outText)
        (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.errText.contains("RuntimeError: Trying to backward through the graph a second time"), c.errText)
        XCTAssertTrue(c.errText.contains("fix: run `forward` first, or `backward --retain` to keep the saved values"), c.errText)
        (_, c) = See.run(s, "undefined_name + 1")
        XCTAssertTrue(c.errText.contains("why: the name was never assigned"), c.errText)
        (_, c) = See.run(s, "step 0.01")
        XCTAssertTrue(c.outText.contains("PyTorch: with torch.no_grad(): params -= 0.01 * params.grad\n"), c.outText)
        for line in c.outText.split(separator: "\n") where line.hasPrefix("explain:") || line.hasPrefix("         ") {
            XCTAssertLessThanOrEqual(line.count, 80, String(line))
        }
        See.run(s, "explain off")
        (_, c) = See.run(s, "grad")
        XCTAssertFalse(c.outText.contains("explain:"), c.outText)
    }

    func testBackwardRetainAllowsSecondPass() {
        let s = See.session()
        See.run(s, "backward --retain")
        let (outcome, c) = See.run(s, "backward")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("= after      tensor([-71., -26.,  -9.])"), c.outText)
    }
}
