/// One backward pass, runnable all at once or one node at a time (the step debugger drives it).
///
/// The order is fixed up front: a topological order of the nodes reachable from the root in which
/// a node runs once every node that feeds it a gradient has run, later-created nodes first (as
/// PyTorch's engine schedules by sequence number). Nothing is changed before the first step; a pass
/// that would fail on freed or modified saved tensors fails in `init`, before any `.grad` changes.
public final class BackwardPass {
    public let root: Tensor
    /// The nodes in the order they run.
    public let order: [Node]
    /// How many nodes have run.
    public private(set) var position: Int = 0
    public let retainGraph: Bool
    /// `create_graph=True`: the nodes run their differentiable formulas in grad mode, and leaves
    /// receive gradients with a graph (PyTorch's AccumulateGrad then copies, and adds out of place).
    public let createGraph: Bool
    /// Gradients waiting at each node, one slot per output.
    private var pending: [ObjectIdentifier: [Tensor?]] = [:]

    /// What one step did: the node, the gradient(s) that arrived, what went to each input, and for an
    /// AccumulateGrad node the leaf's `.grad` before and after.
    public struct Step {
        public let node: Node
        public let upstream: [Tensor?]
        public let inputGrads: [Tensor?]
        public let leafGradBefore: Tensor?
        public let leafGradAfter: Tensor?
    }

    public init(root: Tensor, gradient: Tensor? = nil, retainGraph: Bool = false, createGraph: Bool = false) throws {
        guard root.requiresGrad, let fn = root.gradFn ?? (root.leafRequiresGrad ? root.accumulateGradNode() : nil) else {
            throw TorchError.runtime("element 0 of tensors does not require grad and does not have a grad_fn", code: .noGradFn)
        }
        let seed: Tensor
        if let gradient {
            if gradient.shape != root.shape {
                throw TorchError.runtime("Mismatch in shape: grad_output[0] has a shape of \(Shape.sizeRepr(gradient.shape)) and output[0] has a shape of \(Shape.sizeRepr(root.shape)).", code: .shapeMismatch)
            }
            seed = createGraph ? GradMode.with(enabled: true) { gradient.to(root.dtype) } : gradient.cast(to: root.dtype)
        } else {
            if root.numel != 1 { throw TorchError.runtime("grad can be implicitly created only for scalar outputs", code: .scalarOutput) }
            seed = Tensor.ones(root.shape, dtype: root.dtype)
        }
        self.root = root
        self.retainGraph = retainGraph
        self.createGraph = createGraph
        self.order = BackwardPass.schedule(from: fn)
        for n in order { try n.checkSaved() }
        var slots = [Tensor?](repeating: nil, count: fn.outputCount)
        slots[root.gradFn == nil ? 0 : root._outputNr] = seed
        pending[ObjectIdentifier(fn)] = slots
    }

    /// True when every node has run.
    public var isFinished: Bool { position >= order.count }
    /// The node the next step runs.
    public var current: Node? { isFinished ? nil : order[position] }
    /// The gradient(s) waiting at a node that has not run yet.
    public func pendingGradients(at node: Node) -> [Tensor?] { pending[ObjectIdentifier(node)] ?? [] }

    /// Runs the next node: computes its input gradients, sends them on, accumulates into a leaf.
    @discardableResult
    public func step() throws -> Step {
        guard position < order.count else { throw TorchError.runtime("the backward pass has already finished", code: .finishedPass) }
        let node = order[position]
        let key = ObjectIdentifier(node)
        let upstream = try node.hooked(pending[key] ?? [Tensor?](repeating: nil, count: node.outputCount))
        pending[key] = nil
        position += 1
        // Retained non-leaf gradients.
        for (i, g) in upstream.enumerated() {
            if let g, let out = node.output(i), out.retainsGrad {
                // retain_grad's hook: a clone first (CloneBackward0 under create_graph), then `grad + g`.
                out.grad = createGraph ? try GradMode.with(enabled: true) { try out.grad.map { try $0.add(g) } ?? g.clone() }
                    : try out.grad.map { try $0.add(g) } ?? g.contiguousCopy()
            }
        }
        if let leaf = node.variable {
            let before = leaf.grad.map { $0.contiguousCopy() }
            if let g = upstream[0] {
                if createGraph { leaf.grad = try BackwardPass.accumulatedWithGraph(g, onto: leaf.grad) }
                else { try BackwardPass.accumulate(g, into: leaf) }
            }
            return Step(node: node, upstream: upstream, inputGrads: [], leafGradBefore: before, leafGradAfter: leaf.grad)
        }
        let grads = try node.inputGradients(upstream, createGraph: createGraph)
        if !retainGraph { node.freeSaved() }
        for (i, edge) in node.inputs.enumerated() {
            guard let next = edge.node, i < grads.count, let g = grads[i] else { continue }
            let k = ObjectIdentifier(next)
            var slots = pending[k] ?? [Tensor?](repeating: nil, count: next.outputCount)
            if let existing = slots[edge.inputNr] {
                slots[edge.inputNr] = try inPassGradMode { try existing.add(g) }
            } else {
                slots[edge.inputNr] = g
            }
            pending[k] = slots
        }
        return Step(node: node, upstream: upstream, inputGrads: grads, leafGradBefore: nil, leafGradAfter: nil)
    }

    /// Runs every remaining node.
    public func run() throws {
        // One grad-mode scope for the whole pass rather than one per node (on only for create_graph).
        try inPassGradMode {
            while !isFinished { try step() }
        }
    }

    /// AccumulateGrad: the first gradient becomes `.grad`; later ones are added in place.
    static func accumulate(_ g: Tensor, into leaf: Tensor) throws {
        // The gradient has the shape the leaf had in the forward (op backwards sum to the recorded
        // input shapes). As in PyTorch, it is stored as it is even if `x.data = …` changed the
        // leaf's shape since; adding to an existing grad of another shape fails like `grad += g`.
        guard let existing = leaf.grad else {
            // The gradient takes the leaf's dtype (PyTorch's engine casts it to the input's metadata).
            leaf.grad = g.dtype == leaf.dtype || !leaf.dtype.isFloatingPoint ? g.contiguousCopy() : g.cast(to: leaf.dtype)
            return
        }
        try GradMode.withDisabled {
            let sum = try existing.add(g)
            if sum.shape != existing.shape {
                throw TorchError.runtime("output with shape \(Shape.describe(existing.shape)) doesn't match the broadcast shape \(Shape.describe(sum.shape))")
            }
            try existing.assign(from: sum)
        }
    }

    /// Runs `body` in the pass's grad mode: off (cheaply, when already off), or on for create_graph.
    private func inPassGradMode<T>(_ body: () throws -> T) rethrows -> T {
        createGraph ? try GradMode.with(enabled: true, body) : try GradMode.withDisabled(body)
    }

    /// AccumulateGrad under create_graph (grad mode on): the first gradient is copied with its graph
    /// (PyTorch's `clone_obey_contract`, grad_fn CopyBackwards); a later one makes `grad + g`, a new
    /// tensor, instead of adding in place.
    static func accumulatedWithGraph(_ g: Tensor, onto existing: Tensor?) throws -> Tensor {
        try GradMode.with(enabled: true) {
            guard let existing else { return g.copyKeepingGraph() }
            return try existing.add(g)
        }
    }

    /// Topological order from `root`: a node is ready when all its consumers have run; among ready
    /// nodes the one with the larger sequence number runs first.
    static func schedule(from root: Node) -> [Node] { schedule(from: [root]) }

    /// The same order from several roots (`torch.autograd.grad` of several outputs).
    static func schedule(from roots: [Node]) -> [Node] {
        // Per-pass scratch lives on the nodes (a fresh mark per pass), so no hashing is needed.
        let mark = NodeSequence.next()
        var discovered = 0
        var stack: [Node] = []
        for root in roots where root.scheduleMark != mark {
            root.scheduleMark = mark
            root.dependencyCount = 0
            root.discoveryIndex = discovered
            discovered += 1
            stack.append(root)
        }
        let starts = stack
        while let n = stack.popLast() {
            for e in n.inputs {
                guard let next = e.node else { continue }
                if next.scheduleMark != mark {
                    next.scheduleMark = mark
                    next.dependencyCount = 0
                    next.discoveryIndex = discovered
                    discovered += 1
                    stack.append(next)
                }
                next.dependencyCount += 1
            }
        }
        var ready = starts.filter { $0.dependencyCount == 0 }
        var order = [Node]()
        order.reserveCapacity(discovered)
        while !ready.isEmpty {
            // Pick the ready node with the highest sequence number (ties: first discovered).
            var best = 0
            for i in 1..<ready.count {
                let a = ready[i], b = ready[best]
                if a.sequenceNr > b.sequenceNr || (a.sequenceNr == b.sequenceNr && a.discoveryIndex < b.discoveryIndex) {
                    best = i
                }
            }
            let n = ready.remove(at: best)
            order.append(n)
            for e in n.inputs {
                guard let next = e.node else { continue }
                next.dependencyCount -= 1
                if next.dependencyCount == 0 { ready.append(next) }
            }
        }
        return order
    }
}

extension Tensor {
    /// `t.backward(gradient, retain_graph)`: runs a whole backward pass.
    public func backward(gradient: Tensor? = nil, retainGraph: Bool = false, createGraph: Bool = false) throws {
        let pass = try BackwardPass(root: self, gradient: gradient, retainGraph: retainGraph, createGraph: createGraph)
        guard let tape = LoopTracing.tape else { return try pass.run() }
        if createGraph { tape.reject("backward(create_graph=True)") }
        // A traced loop iteration: the whole pass is one event of the tape.
        if gradient != nil { tape.reject("backward(gradient) with an explicit gradient") }
        if gradFn == nil { tape.reject("backward() from a leaf") }
        for node in pass.order {
            for i in 0..<node.outputCount where node.output(i)?.retainsGrad == true { tape.reject("retain_grad()") }
            if node.hasGradHooks { tape.reject("a tensor hook (register_hook)") }
        }
        let leaves = pass.order.compactMap(\.variable)
        let before = leaves.map(\.grad)
        try tape.composite { try pass.run() }
        tape.noteBackward(root: self, leaves: leaves.indices.map { LoopTape.LeafGrad(leaf: leaves[$0], before: before[$0], after: leaves[$0].grad) })
    }
}
