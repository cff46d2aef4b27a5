import Autograd
import Script

/// What flows to one input of a node in one backward step.
public struct InputFlow {
    /// The input: `params (AccumulateGrad)`, `PowBackward0`, `data (no gradient)`.
    public var target: String
    /// The local derivative in symbols: `∂(a * b)/∂a = b`.
    public var derivative: String?
    /// Its numbers, when they are elementwise (or the node's output is a single number).
    public var local: Tensor?
    /// upstream × local derivative: what this input receives.
    public var sent: Tensor?
}

/// The `+=` into a leaf's `.grad` at an AccumulateGrad step.
public struct LeafUpdate {
    public var name: String
    public var before: Tensor?
    public var added: Tensor?
    public var after: Tensor?
}

/// One step of `backward --step`: the node, the gradient that arrived, and where it went.
public struct BackwardStepView {
    public var index: Int
    public var total: Int
    public var node: String
    public var symbol: String
    public var explanation: String
    /// The learner's variable holding the node's output, if any.
    public var label: String?
    /// ∂loss/∂(this node's output).
    public var upstream: Tensor?
    public var lossName: String
    public var inputs: [InputFlow]
    public var leaf: LeafUpdate?
    /// The node the next step runs (`AddBackward0 (yhat)`), nil at the end.
    public var next: String?
    /// For a custom `autograd.Function`: the lines of the learner's `backward` as they ran.
    public var learnerBackward: [LineTrace] = []
}

/// A backward pass driven one node at a time by the step debugger, remembering what it needs to
/// report at the end (each leaf's gradient before the pass) or to abandon it (`quit`).
final class BackwardStepper {
    let pass: BackwardPass
    let lossName: String
    let params: [(name: String, tensor: Tensor)]
    /// Each parameter's grad before the pass (copies; absent: None).
    let before: [ObjectIdentifier: Tensor]
    /// What each leaf received in this pass.
    private(set) var received: [ObjectIdentifier: Tensor] = [:]
    /// Nodes that ran, and the gradient that reached each.
    private(set) var visited = Set<ObjectIdentifier>()
    private(set) var nodeGrads: [(Node, Tensor)] = []
    let names: [ObjectIdentifier: String]
    /// The verb a blank line repeats.
    var lastVerb = "next"
    /// How nodes are written (the same labelling as the graph and DOT): set by the session.
    var labels: NodeLabels
    /// Around each node's backward: start recording custom Functions' backward lines, and take them
    /// (set by the session, which owns the interpreter that runs them).
    var beginLineTracing: () -> Void = {}
    var endLineTracing: () -> [LineTrace] = { [] }

    /// The input written as `shown` in `node`'s formula (`u` in `u ** 2`), as an input index.
    func operandIndex(_ node: Node, shown: String) -> Int? {
        labels.operandIndex(node, shown: shown)
    }

    /// The node the last `next` ran (the one on screen); nil before the first.
    private(set) var lastNode: Node?
    /// The values of that node's inputs, read before the step freed what it saved (`p a`).
    private(set) var lastOperands: [Tensor?] = []

    /// The values of `node`'s inputs that are still known: a leaf, an output some variable keeps
    /// alive, or what the node saved (when it saved one tensor per input).
    static func operandValues(_ node: Node) -> [Tensor?] {
        node.inputs.indices.map { i in
            if let v = node.inputs[i].node.flatMap({ $0.variable ?? $0.output() }) { return v.detach() }
            if node.saved.count == node.inputs.count, !node.savedFreed { return node.saved[i].detach() }
            return nil
        }
    }

    var position: Int { pass.position }
    var total: Int { pass.order.count }
    var isFinished: Bool { pass.isFinished }

    init(loss: Tensor, lossName: String, params: [(name: String, tensor: Tensor)], names: [ObjectIdentifier: String], retainGraph: Bool) throws {
        pass = try BackwardPass(root: loss, retainGraph: retainGraph)
        self.lossName = lossName
        self.params = params
        self.names = names
        var before: [ObjectIdentifier: Tensor] = [:]
        for p in params { if let g = p.tensor.grad { before[ObjectIdentifier(p.tensor)] = g.detach().contiguousCopyValue() } }
        self.before = before
        labels = NodeLabels(names: names, nodes: pass.order)
    }

    /// Runs the next node and describes it.
    func step() throws -> BackwardStepView {
        guard let node = pass.current else { throw CommandError("the backward pass has finished", code: .finishedPass) }
        let index = pass.position + 1
        let pending = pass.pendingGradients(at: node).first ?? nil
        let locals = localDerivatives(node)
        let operands = Self.operandValues(node)
        // Written before the step frees what the node saved (a number operand such as `2` in `2 * w`).
        let symbol = labels.symbol(node)
        let derivatives = node.inputs.indices.map { labels.derivative(node, $0) }
        let dataNames = node.inputs.indices.map { labels.dataName(node, $0) ?? labels.operandText(node, $0) }
        beginLineTracing()
        let step: BackwardPass.Step
        do { step = try pass.step() } catch { _ = endLineTracing(); throw error }
        let traces = endLineTracing()
        lastNode = node
        lastOperands = operands
        visited.insert(ObjectIdentifier(node))
        let upstream = step.upstream.first ?? nil
        if let upstream { nodeGrads.append((node, upstream.detach().contiguousCopyValue())) }
        var view = BackwardStepView(index: index, total: total, node: node.name, symbol: symbol,
                                    explanation: node.op?.explanation ?? "adds the arriving gradient into the leaf's .grad",
                                    label: label(of: node), upstream: upstream ?? pending, lossName: lossName, inputs: [], leaf: nil, next: nil)
        if let leaf = node.variable {
            let id = ObjectIdentifier(leaf)
            var added: Tensor?
            if let g = upstream {
                if g.shape == leaf.shape {
                    added = g.detach().contiguousCopyValue()
                } else if let after = step.leafGradAfter {
                    let b = step.leafGradBefore
                    added = try GradMode.withDisabled { try b.map { try after.sub($0) } ?? after.detach().contiguousCopyValue() }
                }
            }
            if let added { received[id] = try received[id].map { r in try GradMode.withDisabled { try r.add(added) } } ?? added }
            view.leaf = LeafUpdate(name: names[id] ?? "leaf", before: step.leafGradBefore,
                                   added: added, after: step.leafGradAfter?.detach().contiguousCopyValue())
        } else if node.op?.name == "UnbindBackward0", let view2 = unbindView(view, node: node, upstream: step.upstream,
                                                                          sent: step.inputGrads.first ?? nil) {
            view = view2
        } else {
            for (i, edge) in node.inputs.enumerated() {
                var flow = InputFlow(target: target(edge.node), derivative: nil, local: nil,
                                     sent: i < step.inputGrads.count ? step.inputGrads[i] : nil)
                if edge.node == nil, let name = dataNames[i] {
                    flow.target = "\(name) (data, needs no gradient)"
                }
                if !symbol.isEmpty { flow.derivative = derivatives[i] }
                if edge.node != nil, i < locals.count { flow.local = locals[i] }
                view.inputs.append(flow)
            }
        }
        view.learnerBackward = traces
        if let next = pass.current { view.next = describe(next) }
        return view
    }

    /// Runs to the end (or until `stop` says so after a step); returns how many nodes ran.
    @discardableResult
    func run(until stop: (BackwardStepView) -> Bool = { _ in false }) throws -> (Int, BackwardStepView?) {
        var count = 0
        while !pass.isFinished {
            let view = try step()
            count += 1
            if stop(view) { return (count, view) }
        }
        return (count, nil)
    }

    /// Puts every parameter's grad back as it was before the pass (`quit`).
    func restoreGrads() {
        for p in params {
            p.tensor.grad = before[ObjectIdentifier(p.tensor)]
        }
    }

    /// The path of nodes from the root to the current node (`where`).
    func pathToCurrent() -> [String] {
        guard let root = pass.order.first, let target = pass.current else { return [] }
        var parent: [ObjectIdentifier: Node] = [:]
        var queue = [root]
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var i = 0
        while i < queue.count {
            let n = queue[i]
            i += 1
            if n === target { break }
            for e in n.inputs {
                guard let next = e.node, seen.insert(ObjectIdentifier(next)).inserted else { continue }
                parent[ObjectIdentifier(next)] = n
                queue.append(next)
            }
        }
        var path: [Node] = [target]
        var cur = target
        while let p = parent[ObjectIdentifier(cur)] { path.append(p); cur = p }
        return path.reversed().map(describe)
    }

    /// `AddBackward0 (yhat)`, `AccumulateGrad (params)`.
    func describe(_ node: Node) -> String {
        if let l = label(of: node) { return "\(node.name) (\(l))" }
        return node.name
    }

    /// UnbindBackward0 as it really computes: each output's gradient goes into its own slot of a zero
    /// vector, and the slots add up. Labelled with the learner's names for the rows when known.
    private func unbindView(_ base: BackwardStepView, node: Node, upstream: [Tensor?], sent: Tensor?) -> BackwardStepView? {
        guard let input = node.inputs.first, input.node?.variable != nil || input.node != nil,
              upstream.allSatisfy({ $0 == nil || $0?.numel == 1 }), upstream.count == node.outputCount else { return nil }
        var view = base
        let values = upstream.map { $0.flatMap { try? $0.item().doubleValue } ?? 0 }
        let rows = labels.unbindRows(node)
        if let rows { view.label = rows.joined(separator: ", ") }
        view.upstream = Tensor(floats: values.map(Float.init), shape: [values.count])
        let slots = values.indices.map { i -> String in
            "[" + values.indices.map { $0 == i ? GraphRenderer.number(values[i]) : "0" }.joined(separator: ", ") + "]"
        }
        let who = rows.map { r in r.enumerated().map { "\($1) → slot \($0)" }.joined(separator: ", ") } ?? "output i → slot i"
        view.inputs = [InputFlow(target: target(input.node),
                                 derivative: "each output's gradient into its slot of zeros(\(values.count)) (\(who)): " + slots.joined(separator: " + "),
                                 local: nil, sent: sent)]
        return view
    }

    func label(of node: Node) -> String? {
        if let leaf = node.variable { return names[ObjectIdentifier(leaf)] }
        return node.output().flatMap { names[ObjectIdentifier($0)] }
    }

    private func target(_ node: Node?) -> String {
        guard let node else { return "data (needs no gradient)" }
        if let leaf = node.variable { return "\(names[ObjectIdentifier(leaf)] ?? "leaf") (AccumulateGrad)" }
        return describe(node)
    }

    /// Local derivative numbers per input (∂out/∂input with a gradient of ones), where they mean that:
    /// elementwise ops with input shape = output shape, or a single-number output.
    private func localDerivatives(_ node: Node) -> [Tensor?] {
        guard let op = node.op, node.outputCount == 1 else { return [] }
        let scalarOut = Shape.numel(node.outputShape) == 1
        let eligible = node.inputShapes.map { scalarOut || ($0 == node.outputShape && op.kind == .elementwise) }
        guard eligible.contains(true) else { return [] }
        guard let grads = try? node.inputGradients([Tensor.ones(node.outputShape)]) else { return [] }
        return grads.enumerated().map { i, g in i < eligible.count && eligible[i] ? g : nil }
    }
}
