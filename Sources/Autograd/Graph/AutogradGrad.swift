// `torch.autograd.grad`: the gradients of some outputs with respect to some inputs, returned instead
// of accumulated into `.grad`. Only the nodes on a path from the outputs to an input run; with
// `createGraph` they run in grad mode, so the gradients have a graph of their own (higher derivatives).

extension Tensor {
    /// d(sum of outputs[i] · gradOutputs[i]) / d(inputs[j]) for each input; nil for an unused input when
    /// `allowUnused` (zeros instead with `materialize`).
    public static func autogradGrad(outputs: [Tensor], gradOutputs: [Tensor?], inputs: [Tensor], retainGraph: Bool,
                                    createGraph: Bool, allowUnused: Bool, materialize: Bool = false) throws -> [Tensor?] {
        guard gradOutputs.count == outputs.count else {
            throw TorchError.runtime("grad requires one grad_output per output: got \(gradOutputs.count) grad_outputs for \(outputs.count) outputs")
        }
        // Compiled loops replay first-order passes only.
        if createGraph { LoopTracing.reject("torch.autograd.grad(create_graph=True)") }
        // The seeds, one per output, at the output's node.
        var pending: [ObjectIdentifier: [Tensor?]] = [:]
        var roots: [Node] = []
        for (i, out) in outputs.enumerated() {
            guard out.requiresGrad, let fn = out.gradFn ?? (out.leafRequiresGrad ? out.accumulateGradNode() : nil) else {
                throw TorchError.runtime("element \(i) of tensors does not require grad and does not have a grad_fn", code: .noGradFn)
            }
            let seed: Tensor
            if let g = gradOutputs[i] {
                if g.shape != out.shape {
                    throw TorchError.runtime("Mismatch in shape: grad_output[\(i)] has a shape of \(Shape.sizeRepr(g.shape)) and output[\(i)] has a shape of \(Shape.sizeRepr(out.shape)).", code: .shapeMismatch)
                }
                // With create_graph the gradient keeps its own graph (jvp differentiates through it).
                seed = createGraph ? GradMode.with(enabled: true) { g.to(out.dtype) } : g.cast(to: out.dtype)
            } else {
                if out.numel != 1 { throw TorchError.runtime("grad can be implicitly created only for scalar outputs", code: .scalarOutput) }
                seed = Tensor.ones(out.shape, dtype: out.dtype)
            }
            let key = ObjectIdentifier(fn)
            var slots = pending[key] ?? [Tensor?](repeating: nil, count: fn.outputCount)
            let slot = out.gradFn == nil ? 0 : out._outputNr
            slots[slot] = try slots[slot].map { s in try GradMode.withDisabled { try s.add(seed) } } ?? seed
            pending[key] = slots
            roots.append(fn)
        }
        // Where each input's gradient is read: its grad_fn's output slot, or a leaf's AccumulateGrad.
        var targets: [ObjectIdentifier: [(input: Int, slot: Int)]] = [:]
        for (j, t) in inputs.enumerated() {
            guard t.requiresGrad else { throw TorchError.runtime("One of the differentiated Tensors does not require grad") }
            let node = t.gradFn ?? t.accumulateGradNode()
            targets[ObjectIdentifier(node), default: []].append((j, t.gradFn == nil ? 0 : t._outputNr))
        }
        let order = BackwardPass.schedule(from: roots)
        // A node runs only when an input's gradient lies beyond it (inputs come after their consumers).
        var needed = Set<ObjectIdentifier>()
        for node in order.reversed() {
            let k = ObjectIdentifier(node)
            if targets[k] != nil || node.inputs.contains(where: { $0.node.map { needed.contains(ObjectIdentifier($0)) } ?? false }) {
                needed.insert(k)
            }
        }
        for node in order where needed.contains(ObjectIdentifier(node)) { try node.checkSaved() }
        var captured = [Tensor?](repeating: nil, count: inputs.count)
        try GradMode.with(enabled: createGraph) {
            for node in order {
                let k = ObjectIdentifier(node)
                guard needed.contains(k), let arrived = pending.removeValue(forKey: k) else { continue }
                let upstream = try node.hooked(arrived)
                for (j, slot) in targets[k] ?? [] where slot < upstream.count { captured[j] = upstream[slot] }
                guard node.variable == nil,
                      node.inputs.contains(where: { $0.node.map { needed.contains(ObjectIdentifier($0)) } ?? false }) else { continue }
                let grads = try node.inputGradients(upstream, createGraph: createGraph)
                if !retainGraph { node.freeSaved() }
                for (i, edge) in node.inputs.enumerated() {
                    guard let next = edge.node, needed.contains(ObjectIdentifier(next)), i < grads.count, let g = grads[i] else { continue }
                    let nk = ObjectIdentifier(next)
                    var slots = pending[nk] ?? [Tensor?](repeating: nil, count: next.outputCount)
                    slots[edge.inputNr] = try slots[edge.inputNr].map { try $0.add(g) } ?? g
                    pending[nk] = slots
                }
            }
        }
        return try captured.enumerated().map { j, g in
            if let g { return g }
            if materialize { return Tensor.zeros(inputs[j].shape, dtype: inputs[j].dtype) }
            guard allowUnused else {
                throw TorchError.runtime("The differentiated Tensor at index \(j) appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.")
            }
            return nil
        }
    }
}
