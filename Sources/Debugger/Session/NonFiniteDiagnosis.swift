import Autograd

/// Why a loss or gradient became inf/NaN during training: finds the first operation in the loss's
/// graph that turned finite inputs into non-finite values and names the usual cause.
enum NonFiniteDiagnosis {
    /// A sentence naming the likely cause, for a loss computed at `iteration`.
    static func cause(loss: Tensor, iteration: Int, lr: Double, gradient: Bool = false) -> String {
        let nodes = graphNodes(loss)
        // The first op (inputs first) whose declared domain hazard holds for its saved values.
        for node in nodes {
            if let hazard = node.op?.hazard(in: node) { return hazard.cause }
        }
        if iteration > 1 {
            return "the learning rate (\(PythonFloat.repr(lr))) is probably too large: each step overshoots until the values overflow; try `lr \(PythonFloat.repr(lr / 10))`"
        }
        if let node = nodes.first(where: { n in n.output().map { !isFinite($0) } ?? false }) {
            return "\(node.name) produced inf or nan: its values overflowed float32 or its inputs contain inf/nan"
        }
        if gradient {
            return "the loss is finite but a derivative is infinite: a function used at a point where its slope is vertical (sqrt(0), x ** 0.5 at 0, log near 0) or the values overflowed float32"
        }
        return "the data or the initial parameters already contain inf or nan"
    }

    /// Whether any float element satisfies `p`.
    static func has(_ t: Tensor, _ p: (Double) -> Bool) -> Bool {
        t.dtype.isFloatingPoint && t.doubleValues().contains(where: p)
    }

    /// The graph's nodes, inputs before the nodes that use them.
    static func graphNodes(_ root: Tensor) -> [Node] {
        guard let start = root.gradFn else { return [] }
        var order: [Node] = []
        var seen = Set<ObjectIdentifier>()
        var stack: [(Node, Bool)] = [(start, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for edge in node.inputs { if let n = edge.node { stack.append((n, false)) } }
        }
        return order
    }

    /// Whether every element is finite (integer tensors always are).
    static func isFinite(_ t: Tensor) -> Bool {
        !t.dtype.isFloatingPoint || t.doubleValues().allSatisfy(\.isFinite)
    }
}
