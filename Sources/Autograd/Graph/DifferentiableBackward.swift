// Higher-order gradients (`create_graph=True`). Each op's ordinary backward computes on raw buffers and
// records nothing, which keeps first-order training fast. With create_graph a node whose gradients can
// depend on something that requires grad runs its op's `graphBackward` instead: PyTorch's
// derivatives.yaml formula as recorded tensor ops, written beside the op's raw formula, so the
// gradients get grad_fns of their own (`MulBackward0` for the gradient of x**3) and can be
// differentiated again. Ops without one fail by name rather than returning a gradient without a graph.

extension Node {
    /// Whether a gradient this node computes could require grad: an incoming gradient or a saved
    /// tensor (as double backward reads it) does. Otherwise the raw formula gives the same tensor.
    func needsGraph(_ grads: [Tensor?]) -> Bool {
        if op?.graphAlways == true { return true }
        if grads.contains(where: { $0?.requiresGrad == true }) { return true }
        return saved.indices.contains { liveSaved($0).requiresGrad }
    }

    /// Runs the op's differentiable formula in grad mode, casting each gradient to its input's dtype
    /// as a recorded copy.
    func graphGradients(_ op: Op, _ grads: [Tensor?]) throws -> [Tensor?] {
        guard let formula = op.graphBackward else {
            throw TorchError(.notImplemented, "double backward through \(op.name) is not supported by gradstep")
        }
        return try GradMode.with(enabled: true) {
            var out = try formula(BackwardContext(grads: grads, node: self))
            for i in out.indices where i < inputDTypes.count {
                if let g = out[i], g.dtype != inputDTypes[i], inputDTypes[i].isFloatingPoint { out[i] = g.to(inputDTypes[i]) }
            }
            return out
        }
    }
}

extension BackwardContext {
    /// Saved tensor `i` with its graph (the input it came from, or this node's own output).
    func live(_ i: Int) -> Tensor { node.liveSaved(i) }
}

extension Tensor {
    /// PyTorch's `at::sum_to` as recorded ops (the engine reduces a broadcast gradient this way):
    /// leading dims and stretched size-1 dims summed with keepdim, then a view to `target`.
    func sumToRecorded(_ target: [Int]) throws -> Tensor {
        if shape == target { return self }
        if target.isEmpty { return sum() }
        let leading = dim - target.count
        var dims = Array(0..<Swift.max(leading, 0))
        for i in Swift.max(leading, 0)..<dim where target[i - leading] == 1 && shape[i] != 1 { dims.append(i) }
        let summed = dims.isEmpty ? self : try sum(dims: dims, keepdim: true)
        return leading > 0 ? try summed.view(target) : summed
    }

    /// A gradient reduced to input `i`'s shape, as the engine does after a broadcasting op.
    func reduced(to c: BackwardContext, _ i: Int) throws -> Tensor? {
        c.wants(i) ? try sumToRecorded(c.inputShapes[i]) : nil
    }
}

/// Ops whose forward is another op's backward kernel (PyTorch's `tanh_backward`, `threshold_backward`,
/// …): what a differentiable formula records when PyTorch's formula calls such a kernel. The value is
/// the first op's raw gradient (bit-identical to first-order backward); `formula` is the kernel's own
/// derivatives.yaml entry, written with recorded ops so it serves both plain and create_graph passes.
extension Op {
    static func backwardKernel(_ name: String, symbol: String, explanation: String, derivatives: [String],
                               formula: @escaping @Sendable (BackwardContext) throws -> [Tensor?]) -> Op {
        Op(name, symbol: symbol, explanation: explanation, derivatives: derivatives, kind: .other, savesTensors: true,
           differentiable: formula, backward: formula)
    }
}

extension Tensor {
    /// Records `value` (computed by a raw backward kernel from `inputs`) as the output of `op`, saving
    /// the inputs for its own backward.
    static func recordKernel(_ op: Op, _ value: Tensor, inputs: [Tensor], args: OpArgs = OpArgs()) -> Tensor {
        record(op, value, inputs: inputs, saving: inputs, args: args)
    }
}

extension Op {
    /// `new_empty_strided(...).copy_(g)`: how AccumulateGrad stores a leaf's first gradient under create_graph.
    static let copyBackwards = Op("CopyBackwards", symbol: "copy(a)", explanation: "copies the gradient into the leaf's .grad",
                                  derivatives: ["1"], kind: .other, savesTensors: false,
                                  differentiable: { c in [c.grad] }) { c in [c.grad] }
}

extension Tensor {
    /// A contiguous copy that keeps the graph (CopyBackwards) when grad mode is on.
    func copyKeepingGraph() -> Tensor {
        record(.copyBackwards, contiguousCopy(), inputs: [self])
    }
}

extension Op {
    /// `tensor * number` as PyTorch's C++ formulas write it (`mul.Scalar`, MulBackward1; Python's
    /// `t * 3` wraps the number into a tensor and records MulBackward0).
    static let mulScalar = Op("MulBackward1", symbol: "a * s", explanation: "multiplies every element by a number",
                              derivatives: ["s"], kind: .elementwise, savesTensors: false,
                              differentiable: { c in [try c.grad.scaled(c.args.scalars[0])] }) { c in
        [try c.grad.mul(Tensor.wrapped(.float(c.args.scalars[0])))]
    }
}

extension Tensor {
    /// `self * k` recorded as MulBackward1 (the number rounded to a float32 tensor's dtype, as ATen does).
    func scaled(_ k: Double) throws -> Tensor {
        let out = try GradMode.withDisabled { try mul(Tensor.wrapped(.float(k))) }
        return record(.mulScalar, out, inputs: [self], args: OpArgs(scalars: [k]))
    }
}
