import Autograd

/// One step of `forward --step`: an op node in the order the forward pass created it.
public struct ForwardStepView {
    public var index: Int
    public var total: Int
    public var node: String
    public var symbol: String
    public var explanation: String
    /// Each input: what it is and (when still held) its short value.
    public var inputs: [(what: String, value: String?)]
    public var label: String?
    public var outputShape: [Int]
    /// The output's short value while a tensor holds it.
    public var output: String?
}

/// Walks a freshly built graph in creation order (the order the forward pass ran the ops), one node
/// at a time. The forward itself has already run; this replays what it did.
final class ForwardStepper {
    let lossName: String
    let loss: Tensor
    /// Op nodes in creation order.
    let nodes: [Node]
    let names: [ObjectIdentifier: String]
    private(set) var position = 0
    var lastVerb = "next"
    private var number: [ObjectIdentifier: Int] = [:]

    var total: Int { nodes.count }
    var isFinished: Bool { position >= nodes.count }
    var current: Node? { isFinished ? nil : nodes[position] }

    init(loss: Tensor, lossName: String, names: [ObjectIdentifier: String]) {
        self.loss = loss
        self.lossName = lossName
        self.names = names
        nodes = GraphRenderer.allNodes(loss).filter { !$0.isAccumulateGrad }.sorted { $0.sequenceNr < $1.sequenceNr }
        for (i, n) in nodes.enumerated() { number[ObjectIdentifier(n)] = i + 1 }
    }

    func step() -> ForwardStepView? {
        guard let node = current else { return nil }
        position += 1
        var inputs: [(String, String?)] = []
        for (i, e) in node.inputs.enumerated() {
            let shape = i < node.inputShapes.count ? Shape.describe(node.inputShapes[i]) : ""
            guard let n = e.node else { inputs.append(("data \(shape)", nil)); continue }
            if let leaf = n.variable {
                inputs.append(("\(names[ObjectIdentifier(leaf)] ?? "parameter") (parameter) \(shape)", GraphRenderer.shortValue(leaf)))
            } else {
                let out = n.output(e.inputNr)
                let name = out.flatMap { names[ObjectIdentifier($0)] }
                let step = number[ObjectIdentifier(n)].map { "step \($0)" } ?? "earlier"
                inputs.append(("\(name.map { $0 + " = " } ?? "")\(n.name) (\(step)) \(shape)", out.map(GraphRenderer.shortValue)))
            }
        }
        let out = node.output()
        return ForwardStepView(index: position, total: total, node: node.name, symbol: node.displaySymbol,
                               explanation: node.op?.explanation ?? "", inputs: inputs,
                               label: out.flatMap { names[ObjectIdentifier($0)] }, outputShape: node.outputShape,
                               output: out.map(GraphRenderer.shortValue))
    }
}
