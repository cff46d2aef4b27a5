import Foundation
import XCTest
@testable import Debugger
import Autograd

/// One labelling for every view of a node (graph tree, DOT/SVG, forward and backward stepper): the
/// learner's names, indexed operands as `W[0]`, the exponent of `a ** k`, short unnamed intermediates
/// written out with Python's parentheses, and letters (none of the learner's) only for what cannot be
/// written.
final class SeeNodeLabelsTests: XCTestCase {
    static let indexed = """
    x = torch.tensor([0., 1., 2., 3.])
    y = torch.tensor([1., 2., 5., 10.])
    W = torch.tensor([1., -1.], requires_grad=True)
    loss = ((W[0]*x + W[1] - y)**2).mean()
    """

    func testIndexedOperandsAndShortIntermediatesAreWrittenOut() {
        let s = See.session(Self.indexed)
        let (_, c) = See.run(s, "graph")
        let text = c.outText
        XCTAssertTrue(text.hasPrefix("loss = MeanBackward0  mean((W[0] * x + W[1] - y) ** 2)  []"), text)
        XCTAssertTrue(text.contains("PowBackward0  (W[0] * x + W[1] - y) ** 2  [4]"), text)
        XCTAssertTrue(text.contains("MulBackward0  W[0] * x  [4]"), text)
        XCTAssertTrue(text.contains("SelectBackward0  W[1]  []"), text)
        XCTAssertFalse(text.contains("W[i]"), text)
    }

    func testExponentAndNumbersTheOpWasCalledWith() {
        let s = See.session("""
        w = torch.tensor([1., 2.], requires_grad=True)
        M = torch.ones(3, 2, requires_grad=True)
        loss = (w ** 3).sum() + (1 - w).sum() + (-(w * w)).sum() + M[:, 1].sum() + M[1:].view(4).sum()
        """)
        let text = See.run(s, "graph").1.outText
        for expected in ["PowBackward0  w ** 3  [2]", "RsubBackward1  1 - w  [2]", "NegBackward0  -(w * w)  [2]",
                         "SumBackward0  sum(-(w * w))  []", "SelectBackward0  M[:, 1]  [3]",
                         "ViewBackward0  M[1:3].view(4)  [4]", "SumBackward0  sum(w ** 3)  []"] {
            XCTAssertTrue(text.contains(expected), expected + "\n" + text)
        }
    }

    /// Parentheses exactly where Python's precedence needs them.
    func testPrecedenceOfWrittenOperands() {
        typealias W = NodeLabels.Written
        let sum = W(text: "c + d", precedence: NodeLabels.Precedence.additive)
        let product = W(text: "c * d", precedence: NodeLabels.Precedence.multiplicative)
        let name = W(text: "z", precedence: NodeLabels.Precedence.atom)
        let negative = W(text: "-2", precedence: NodeLabels.Precedence.unary)
        XCTAssertEqual(NodeLabels.substitute("a - b", slots: ["a": sum, "b": sum]), "c + d - (c + d)")
        XCTAssertEqual(NodeLabels.substitute("a * b", slots: ["a": sum, "b": product]), "(c + d) * (c * d)")
        XCTAssertEqual(NodeLabels.substitute("a + b", slots: ["a": product, "b": product]), "c * d + c * d")
        XCTAssertEqual(NodeLabels.substitute("a ** k", slots: ["a": product, "k": negative]), "(c * d) ** -2")
        XCTAssertEqual(NodeLabels.substitute("a ** k", slots: ["a": negative, "k": name]), "(-2) ** z")
        XCTAssertEqual(NodeLabels.substitute("-a", slots: ["a": product]), "-(c * d)")
        XCTAssertEqual(NodeLabels.substitute("mean(a)", slots: ["a": sum]), "mean(c + d)")
        XCTAssertEqual(NodeLabels.substitute("a.t()", slots: ["a": sum]), "(c + d).t()")
        XCTAssertEqual(NodeLabels.substitute("-a/b²", slots: ["a": name, "b": sum]), "-z/(c + d)²")
        XCTAssertEqual(NodeLabels.substitute("1/(1 + a²)", slots: ["a": name]), "1/(1 + z²)")
        XCTAssertEqual(NodeLabels.precedence(of: "a + b"), NodeLabels.Precedence.additive)
        XCTAssertEqual(NodeLabels.precedence(of: "-a"), NodeLabels.Precedence.unary)
        XCTAssertEqual(NodeLabels.precedence(of: "a ** k"), NodeLabels.Precedence.power)
        XCTAssertEqual(NodeLabels.precedence(of: "mean(a - b)"), NodeLabels.Precedence.atom)
    }

    /// A long intermediate no variable holds stays a letter, and the letter is none of the learner's.
    func testLongIntermediatesKeepALetterThatIsNotTheLearners() {
        let s = See.session(See.model + "\nloss2 = ((f(x, params) - y)**2).mean()\n")
        let text = See.run(s, "graph loss2").1.outText
        XCTAssertTrue(text.hasPrefix("loss2 = MeanBackward0  mean(u)  []"), text)
        XCTAssertTrue(text.contains("SubBackward0  u - y  [4]"), text)
        XCTAssertFalse(text.contains(" a + b "), text)
    }

    /// The tree, the DOT file (what `--svg` renders) and both steppers write each node the same way.
    func testGraphDotAndSteppersShareTheLabels() throws {
        let s = See.session()
        let tree = See.run(s, "graph").1.outText
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(ProcessInfo.processInfo.processIdentifier).dot").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        XCTAssertEqual(See.run(s, "graph --dot \(file)").0, .ok)
        let dot = try String(contentsOfFile: file, encoding: .utf8)
        See.run(s, "backward --step")
        var backward = ""
        for _ in 0..<9 { backward += See.run(s, "n").1.outText }
        See.run(s, "forward --step")
        let forward = See.run(s, "c").1.outText
        for symbol in ["mean((yhat - y) ** 2)", "(yhat - y) ** 2", "yhat - y", "u + c", "u + b * x", "a * u", "b * x", "a, b, c = params"] {
            XCTAssertTrue(tree.contains("  \(symbol)  "), symbol + "\n" + tree)
            XCTAssertTrue(dot.contains("\\n\(symbol)\\n") || dot.contains("\\n\(symbol)\""), symbol + "\n" + dot)
            XCTAssertTrue(backward.contains("  \(symbol)\n") || backward.contains("  \(symbol)  ("), symbol + "\n" + backward)
            XCTAssertTrue(forward.contains("  \(symbol)\n"), symbol + "\n" + forward)
        }
        XCTAssertTrue(dot.contains("y\\ndata"), dot)
        XCTAssertTrue(dot.contains("x\\ndata"), dot)
    }
}
