import XCTest
@testable import Debugger
import Script
import Autograd

/// Explain mode: a text for every command and every error kind, shown when on.
final class SeeExplainTests: XCTestCase {
    func testEveryCommandHasAnExplanation() {
        // Declared with each command (no second table to forget).
        for c in CommandTable.all {
            XCTAssertFalse(c.explanation.text.isEmpty, c.name)
            XCTAssertFalse(c.explanation.pytorch.isEmpty, c.name)
        }
    }

    /// Each topic comes from the error's code, set where the error is raised: the real failing input
    /// (or, for the stepper's and Ctrl-C's, the error they raise) is explained with that topic's cause.
    func testEveryErrorTopicIsRecognizedFromTheRaisedErrorsCode() {
        let setup = "import torch\nw = torch.tensor(2., requires_grad=True)\nloss = (w * 3) ** 2\nk = 3"
        let inputs: [(String, ExplainTexts.ErrorTopic)] = [
            ("loss.backward(); loss.backward()", .backwardTwice),
            ("torch.tensor(1.).backward()", .noGradFn),
            ("a = torch.tensor([1., 2.], requires_grad=True); b = a.sigmoid(); b.add_(1); b.sum().backward()", .inplaceModified),
            ("w.add_(1)", .leafInplace),
            ("(w * torch.ones(3)).backward()", .scalarOutput),
            ("torch.ones(3) + torch.ones(4)", .shapeMismatch),
            ("torch.ones(6).view(4, 2)", .shapeMismatch),
            ("torch.ones(2, 3) @ torch.ones(2, 3)", .matmulShape),
            ("torch.tensor([1, 2], requires_grad=True)", .integerGrad),
            ("grad k", .notATensor),
            ("step abc", .usage),
            ("undefined_name + 1", .nameError),
            ("1 +", .syntaxError),
            ("1 + 'a'", .typeError),
            ("[1][5]", .indexError),
            ("a, b = [1, 2, 3]", .valueError),
            ("1 / 0", .zeroDivision),
            ("torch.ones(1).foo", .attributeError),
            // The same words raised by the learner are not the engine's error.
            ("raise RuntimeError('Trying to backward through the graph a second time')", .other),
        ]
        var seen = Set<ExplainTexts.ErrorTopic>()
        for (input, topic) in inputs {
            let s = DebugSession()
            XCTAssertEqual(s.run(setup, console: BufferConsole()), .ok)
            _ = s.run("explain on", console: BufferConsole())
            let c = BufferConsole()
            XCTAssertEqual(s.run(input, console: c), .failed, input)
            XCTAssertTrue(c.errText.contains("why: " + topic.cause.prefix(40)), "\(input): \(c.errText)")
            seen.insert(topic)
        }
        let fresh = DebugSession()
        _ = fresh.run("explain on", console: BufferConsole())
        let c = BufferConsole()
        _ = fresh.run("backward", console: c)
        XCTAssertTrue(c.errText.contains("why: " + ExplainTexts.ErrorTopic.noLoss.cause.prefix(40)), c.errText)
        seen.insert(.noLoss)
        XCTAssertEqual(ExplainTexts.ErrorTopic.classify(CommandError("the backward pass has finished", code: .finishedPass)), .finishedPass)
        XCTAssertEqual(ExplainTexts.ErrorTopic.classify(PyError(.keyboardInterrupt, "")), .interrupted)
        seen.formUnion([.finishedPass, .interrupted])
        XCTAssertEqual(seen, Set(ExplainTexts.ErrorTopic.allCases), "an input for every topic")
        for topic in ExplainTexts.ErrorTopic.allCases {
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
