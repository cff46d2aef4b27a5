import XCTest
@testable import Debugger
@testable import Script
@testable import Autograd

/// `graph` draws the nodes each `nn.Module` call made in a box named by the learner's path to the
/// module (as torchview and TorchLens do): a tag in the tree view, nested clusters in DOT/SVG.
final class GraphModuleBoxTests: XCTestCase {
    private func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    private func session(_ lines: [String]) -> DebugSession {
        let s = DebugSession()
        for line in lines { XCTAssertEqual(run(s, line).0, .ok, line) }
        return s
    }

    func testTreeTagsEachModuleWhereItStarts() {
        let s = session(["torch.manual_seed(0)", "model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))",
                         "loss_fn = nn.MSELoss()", "x = torch.randn(4, 2)", "y = torch.randn(4, 1)",
                         "loss = loss_fn(model(x), y)"])
        let (outcome, c) = run(s, "graph")
        XCTAssertEqual(outcome, .ok, c.errText)
        let lines = c.outText.components(separatedBy: "\n")
        func tagLine(after op: String) -> String? {
            guard let i = lines.firstIndex(where: { $0.contains(op) }) else { return nil }
            return lines[i...].first { $0.contains("⟦") }
        }
        XCTAssertTrue(tagLine(after: "MseLossBackward0")?.contains("⟦loss_fn: MSELoss⟧") ?? false, c.outText)
        XCTAssertTrue(tagLine(after: "ReluBackward0")?.contains("⟦model[1]: ReLU⟧") ?? false, c.outText)
        XCTAssertTrue(tagLine(after: "model[0].bias + x @")?.contains("⟦model[0]: Linear⟧") ?? false, c.outText)
        // TBackward0 under model[0]'s Addmm was made by the same call: no second tag.
        XCTAssertEqual(c.outText.components(separatedBy: "⟦model[0]: Linear⟧").count, 2, c.outText)
        XCTAssertTrue(c.outText.contains("⟦…⟧ = the module whose forward made that node"), c.outText)
    }

    func testDotNestsClustersAndPlacesParameters() {
        let s = session(["class LineFitting(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.W = nn.Parameter(torch.tensor(2.))\n        self.b = nn.Parameter(torch.tensor(1.))\n    def forward(self, x):\n        return self.W * x + self.b\n",
                         "class Outer(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.line = LineFitting()\n    def forward(self, x):\n        return self.line(x).relu()\n",
                         "net = Outer()", "x = torch.tensor([1., 2.])", "loss = (net(x) ** 2).mean()"])
        guard case .tensor(let loss)? = s.value("loss") else { return XCTFail() }
        let dot = s.graphs.dotText(loss, label: "loss")
        guard let outer = dot.range(of: "label=\"net: Outer\""), let inner = dot.range(of: "label=\"net.line: LineFitting\"") else {
            return XCTFail(dot)
        }
        XCTAssertLessThan(outer.lowerBound, inner.lowerBound, dot)
        // The parameters sit in the innermost box whose path starts their names.
        let innerBlock = dot[inner.lowerBound...].prefix { $0 != "}" }
        let nodes = GraphRenderer.allNodes(loss)
        let wIndex = nodes.firstIndex { n in n.variable.map { s.tensorNames()[ObjectIdentifier($0)] == "net.line.W" } ?? false }
        XCTAssertNotNil(wIndex)
        if let wIndex { XCTAssertTrue(innerBlock.contains("n\(wIndex + 1);"), dot) }
        // Work done outside any module (the ** and mean) is in no box.
        XCTAssertEqual(dot.components(separatedBy: "subgraph cluster_m").count - 1, 2, dot)
    }

    func testNoModulesNoBoxes() {
        let s = session(["w = torch.tensor(2., requires_grad=True)", "loss = (w * 3) ** 2"])
        let (_, c) = run(s, "graph")
        XCTAssertFalse(c.outText.contains("⟦"), c.outText)
        guard case .tensor(let loss)? = s.value("loss") else { return XCTFail() }
        XCTAssertFalse(s.graphs.dotText(loss, label: "loss").contains("cluster_m"))
    }
}
