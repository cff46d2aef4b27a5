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
    /// What the forward recorded: it keeps every intermediate output alive while stepping (so its
    /// value can be shown though no variable holds it) and tells which tensor each data input was.
    private let trace: LoopTape?
    /// Storage → learner name, for data inputs.
    private let dataNames: [ObjectIdentifier: String]

    /// How nodes are written (the same labelling as the graph and the backward stepper).
    var labels: NodeLabels

    var total: Int { nodes.count }
    var isFinished: Bool { position >= nodes.count }
    var current: Node? { isFinished ? nil : nodes[position] }

    init(loss: Tensor, lossName: String, names: [ObjectIdentifier: String], trace: LoopTape? = nil, dataTensors: [(String, Tensor)] = []) {
        self.loss = loss
        self.lossName = lossName
        self.names = names
        self.trace = trace
        var dataNames: [ObjectIdentifier: String] = [:]
        for (name, t) in dataTensors where dataNames[ObjectIdentifier(t.storage)] == nil { dataNames[ObjectIdentifier(t.storage)] = name }
        self.dataNames = dataNames
        nodes = GraphRenderer.allNodes(loss).filter { !$0.isAccumulateGrad }.sorted { $0.sequenceNr < $1.sequenceNr }
        for (i, n) in nodes.enumerated() { number[ObjectIdentifier(n)] = i + 1 }
        labels = NodeLabels(names: names, tensors: dataTensors.map(\.1), nodes: nodes)
    }

    func step() -> ForwardStepView? {
        guard let node = current else { return nil }
        position += 1
        var inputs: [(String, String?)] = []
        let recorded = trace?.inputs(of: node)
        let storages = recorded?.map(\.storage)
        // A data input's values as they are now: the stepper starts right after the forward ran.
        let constants = recorded?.enumerated().map { i, t in i < node.inputs.count && node.inputs[i].node == nil ? t.floatValues() : nil }
        for (i, e) in node.inputs.enumerated() {
            let shape = i < node.inputShapes.count ? Shape.describe(node.inputShapes[i]) : ""
            guard let n = e.node else {
                let name = storages.flatMap { i < $0.count ? dataNames[ObjectIdentifier($0[i])] : nil }
                var value: String?
                if let c = constants, i < c.count, let floats = c[i], i < node.inputShapes.count {
                    value = GraphRenderer.shortValue(Tensor(floats: floats, shape: node.inputShapes[i]))
                }
                inputs.append(("\(name.map { $0 + " " } ?? "")data \(shape)", value))
                continue
            }
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
        return ForwardStepView(index: position, total: total, node: node.name, symbol: labels.symbol(node),
                               explanation: node.op?.explanation ?? "", inputs: inputs,
                               label: out.flatMap { names[ObjectIdentifier($0)] }, outputShape: node.outputShape,
                               output: out.map(GraphRenderer.shortValue))
    }
}
