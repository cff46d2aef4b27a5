import Foundation
import XCTest
@testable import Debugger
import Script

/// Shared set-up for the See* tests: the seed-000 quadratic on exactly representable data.
/// Expected numbers come from PyTorch 2.15 (/work/torchenv/bin/python).
enum See {
    static let model = """
    x = torch.tensor([0., 1., 2., 3.])
    y = torch.tensor([1., 2., 5., 10.])
    params = torch.tensor([0.5, -1., 2.], requires_grad=True)
    def f(x, params):
        a, b, c = params
        return a*(x**2) + b*x + c

    yhat = f(x, params)
    loss = ((yhat - y)**2).mean()
    """

    static func session(_ source: String = model, file: StaticString = #filePath, line: UInt = #line) -> DebugSession {
        let s = DebugSession()
        let c = BufferConsole()
        XCTAssertEqual(s.run(source, console: c), .ok, c.errText, file: file, line: line)
        return s
    }

    @discardableResult
    static func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    static func golden(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }
}

final class SeeGraphTests: XCTestCase {
    func testQuadraticTreeMatchesGolden() throws {
        let s = See.session()
        let (outcome, c) = See.run(s, "graph")
        XCTAssertEqual(outcome, .ok)
        XCTAssertEqual(c.outText, try See.golden("graph_quadratic.txt"))
    }

    func testSharedLeafDrawnOnceWithGradsAfterBackward() throws {
        let s = See.session("""
        w = torch.tensor([1., 2.], requires_grad=True)
        z = w * w
        loss = (z + w).sum()
        """)
        See.run(s, "backward")
        let (_, c) = See.run(s, "graph")
        XCTAssertEqual(c.outText, try See.golden("graph_shared_after_backward.txt"))
        // d/dw (w*w + w) = 2w + 1 = [3, 5] (PyTorch)
        XCTAssertTrue(c.outText.contains("w  parameter (AccumulateGrad)  #1  [2]  [1, 2]  grad [3, 5]"), c.outText)
    }

    func testColumnsFlags() {
        let s = See.session()
        var (_, c) = See.run(s, "graph --shapes")
        XCTAssertTrue(c.outText.hasPrefix("loss = MeanBackward0  mean((yhat - y) ** 2)  []\n"), c.outText)
        XCTAssertFalse(c.outText.contains("13.12"))
        (_, c) = See.run(s, "graph --values")
        XCTAssertTrue(c.outText.hasPrefix("loss = MeanBackward0  mean((yhat - y) ** 2)  13.12\n"), c.outText)
        (_, c) = See.run(s, "graph --bogus")
        XCTAssertTrue(c.errText.contains("usage: graph"), c.errText)
    }

    func testLinesFitEightyColumnsAfterBackward() {
        let s = See.session()
        See.run(s, "backward")
        let (_, c) = See.run(s, "graph")
        for line in c.outText.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 80, String(line)) }
        XCTAssertTrue(c.outText.contains("PowBackward0  (yhat - y) ** 2  [4]  [freed]  grad [0.25, 0.25, 0.25, …]"), c.outText)
    }

    func testDetachedInputMarked() {
        let s = See.session("""
        w = torch.tensor([1., 2.], requires_grad=True)
        v = torch.tensor([3., 4.], requires_grad=True)
        h = (w * 2).detach()
        loss = (h * v).sum()
        """)
        let (_, c) = See.run(s, "graph")
        XCTAssertTrue(c.outText.contains("h  detached (gradient stops here)  [2]"), c.outText)
        XCTAssertTrue(c.outText.contains("✂ gradient stops at: h (detached)"), c.outText)
    }

    func testDotIsParseableWithTorchvizColours() throws {
        let s = See.session()
        let dir = FileManager.default.temporaryDirectory
        let dotPath = dir.appendingPathComponent("see-\(UUID().uuidString).dot").path
        defer { try? FileManager.default.removeItem(atPath: dotPath) }
        let (outcome, c) = See.run(s, "graph --dot \(dotPath)")
        XCTAssertEqual(outcome, .ok, c.errText)
        let text = try String(contentsOfFile: dotPath, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("digraph gradstep {"))
        XCTAssertTrue(text.contains("fillcolor=darkolivegreen1"))
        XCTAssertTrue(text.contains("params\\nAccumulateGrad\\n[3]\", fillcolor=lightblue"), text)
        let graphPart = text.components(separatedBy: "subgraph cluster_legend").first ?? text
        XCTAssertEqual(graphPart.components(separatedBy: " -> ").count - 1, 14, text)  // 10 node edges, 3 data edges, output
        XCTAssertTrue(text.contains("key_param [label=\"parameter (AccumulateGrad)\", fillcolor=lightblue"), text)
        guard let dot = GraphPart.findExecutable("dot") else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: dot)
        p.arguments = ["-Tsvg", dotPath, "-o", "/dev/null"]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        let svgPath = dir.appendingPathComponent("see-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: svgPath) }
        let (o2, c2) = See.run(s, "graph --svg \(svgPath)")
        XCTAssertEqual(o2, .ok, c2.errText)
        XCTAssertTrue(try String(contentsOfFile: svgPath, encoding: .utf8).contains("<svg"))
    }

    /// `graph --dot/--svg` honour --values/--grads/--shapes; data leaves carry the learner's names.
    func testDotHonoursColumnFlags() throws {
        let s = See.session()
        let dotPath = FileManager.default.temporaryDirectory.appendingPathComponent("see-\(UUID().uuidString).dot").path
        defer { try? FileManager.default.removeItem(atPath: dotPath) }
        See.run(s, "backward --retain")
        XCTAssertEqual(See.run(s, "graph --dot \(dotPath) --values --grads").0, .ok)
        var text = try String(contentsOfFile: dotPath, encoding: .utf8)
        XCTAssertTrue(text.contains("params\\nAccumulateGrad\\n[0.5, -1, 2]\\ngrad [-35.5, -13, -4.5]"), text)
        XCTAssertFalse(text.contains("\\n[3]\""), "no shapes without --shapes: \(text)")
        XCTAssertEqual(See.run(s, "graph --dot \(dotPath) --shapes").0, .ok)
        text = try String(contentsOfFile: dotPath, encoding: .utf8)
        XCTAssertTrue(text.contains("params\\nAccumulateGrad\\n[3]\""), text)
        XCTAssertTrue(text.contains("x\\ndata"), text)
    }

    /// On a narrow console the value and grad columns move under their node instead of being cut.
    func testNarrowConsoleNeverCutsAGradient() {
        let s = See.session("w = torch.tensor([1.123456, -1.654321, 2.5, 3.25, 4.125], requires_grad=True)\nx = torch.tensor([1., 2., 3., 4., 5.])\nloss = ((w*x*1000.123 - x)**2).mean()\n")
        See.run(s, "backward --retain")
        let c = BufferConsole(width: 60)
        XCTAssertEqual(s.run("graph --grads", console: c), .ok)
        for line in c.outText.split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 60, String(line))
            XCTAssertFalse(line.hasSuffix("…") || line.hasSuffix(" …"), "cut: \(line)")
        }
        XCTAssertTrue(c.outText.contains("grad [4.491e+05, -2.649e+06, 8.999e+06, …]"), c.outText)
    }

    func testLeafParameterIsNotCalledUncomputedData() {
        let s = See.session()
        let (_, c) = See.run(s, "graph params")
        XCTAssertTrue(c.outText.contains("params  parameter (AccumulateGrad)"), c.outText)
        XCTAssertTrue(c.outText.contains("(no graph: params is a leaf: no operation made it; backward accumulates into params.grad)"), c.outText)
        XCTAssertFalse(c.outText.contains("not computed from tensors that require grad"), c.outText)
    }

    /// `x` and `y` keep their names in the tree before and after backward (backward frees the saved
    /// tensors the names were once read from); a slice of `x` is named as itself, never `x`.
    func testDataLeavesKeepTheirNamesAfterBackward() throws {
        let s = See.session()
        for phase in ["before", "after"] {
            if phase == "after" { XCTAssertEqual(See.run(s, "backward").0, .ok) }
            let (outcome, c) = See.run(s, "graph")
            XCTAssertEqual(outcome, .ok, c.errText)
            let text = c.outText
            XCTAssertTrue(text.contains("└─ y  data  [4]"), "\(phase) backward:\n\(text)")
            XCTAssertTrue(text.contains("x  data  [4]"), "\(phase) backward:\n\(text)")
        }
        XCTAssertEqual(See.run(s, "xs = x[1:3]\nl2 = (params[0] * xs).sum()").0, .ok)
        XCTAssertEqual(See.run(s, "l2.backward()").0, .ok)
        let text = See.run(s, "graph l2").1.outText
        XCTAssertTrue(text.contains("xs  data  [2]"), text)
        XCTAssertFalse(text.contains("x  data"), text)
    }
}
