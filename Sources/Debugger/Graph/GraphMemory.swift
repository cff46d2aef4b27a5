import Autograd

/// What the graph views remember between inputs: the gradient that reached each node in the last
/// backward, and which parameters each `detach NAME` cut off. Kept by `GraphPart`.
struct GraphMemory {
    /// Parameters whose gradient path a `detach NAME` cut, by NAME.
    var detachCuts: [String: Set<ObjectIdentifier>] = [:]
    /// The gradient that reached each node in the last backward (weakly keyed by node identity).
    var nodeGrads = NodeGradMemory()
}

/// The gradients that reached each node in the last backward pass; entries die with their nodes.
struct NodeGradMemory {
    private struct Entry {
        weak var node: Node?
        let grad: Tensor
    }
    private var entries: [ObjectIdentifier: Entry] = [:]

    mutating func record(_ node: Node, _ grad: Tensor) {
        entries[ObjectIdentifier(node)] = Entry(node: node, grad: grad)
    }

    mutating func clear() { entries = [:] }

    /// Gradients of nodes still alive.
    var live: [ObjectIdentifier: Tensor] {
        var out: [ObjectIdentifier: Tensor] = [:]
        for (k, e) in entries where e.node != nil { out[k] = e.grad }
        return out
    }
}
