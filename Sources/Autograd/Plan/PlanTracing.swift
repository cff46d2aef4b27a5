/// Records the ops a forward pass runs, so `TrainingPlan` can compile them. Scoped like grad mode:
/// `PlanTracing.$recorder.withValue(TraceRecorder()) { … }`.
public enum PlanTracing {
    @TaskLocal public static var recorder: TraceRecorder?
}

/// The ops recorded during one traced forward pass, in the order they ran.
/// Used from the one task that runs the traced forward (hence unchecked Sendable, for @TaskLocal).
public final class TraceRecorder: @unchecked Sendable {
    struct Entry {
        let op: Op
        let node: Node
        /// Where each input came from, as the node's edges say (nil node: a constant).
        let edges: [Edge]
        /// The value of each constant input when the op ran (nil for inputs that require grad).
        let constants: [[Float]?]
        let inputShapes: [[Int]]
        let inputStorages: [Storage]
        let outputs: [Tensor]
        let args: OpArgs
    }
    private(set) var entries: [Entry] = []
    public init() {}
    /// Number of recorded ops.
    public var count: Int { entries.count }

    /// The input tensors' storages of the op that made `node` (to name data inputs), nil if not recorded.
    public func inputStorages(of node: Node) -> [Storage]? {
        entries.first { $0.node === node }?.inputStorages
    }

    /// The input values of the op that made `node` as they were when it ran (data inputs only; nil
    /// for inputs that require grad), nil if not recorded.
    public func constantInputs(of node: Node) -> [[Float]?]? {
        entries.first { $0.node === node }?.constants
    }

    func append(_ op: Op, node: Node, inputs: [Tensor], outputs: [Tensor], args: OpArgs) {
        let edges = node.inputs
        let constants: [[Float]?] = inputs.enumerated().map { i, t in edges[i].node == nil ? t.floatValues() : nil }
        entries.append(Entry(op: op, node: node, edges: edges, constants: constants, inputShapes: inputs.map(\.shape),
                             inputStorages: inputs.map(\.storage), outputs: outputs, args: args))
    }
}
