// Joining tensors: torch.cat and torch.stack.

extension Op {
    static let cat = Op("CatBackward0", symbol: "cat([a, b, …], d)", explanation: "joins tensors end to end along a dimension",
                        derivatives: ["1 on each input's slice"], kind: .other, savesTensors: false,
                        differentiable: { c in
                            // cat_tensors_backward: grad.narrow(dim, start, size) per input (a skipped empty input gets none)
                            let d = c.args.ints[0]
                            var start = 0
                            return try c.inputShapes.indices.map { i -> Tensor? in
                                if Tensor.isSkippedByCat(c.inputShapes[i]) { return nil }
                                let n = c.inputShapes[i][d]
                                defer { start += n }
                                return c.wants(i) ? try c.grad.slice(dim: d, start: start, stop: start + n, step: 1) : nil
                            }
                        }) { c in
        let d = c.args.ints[0]
        return try Tensor.splitGrad(c.grad, dim: d, sizes: c.inputShapes.map { Tensor.isSkippedByCat($0) ? 0 : $0[d] }, shapes: c.inputShapes)
    }
    static let stack = Op("StackBackward0", symbol: "stack([a, b, …], d)", explanation: "stacks tensors along a new dimension",
                          derivatives: ["1 on each input's slice"], kind: .other, savesTensors: false,
                          differentiable: { c in
                              // stack_tensors_backward: grad.select(dim, i) per input
                              try c.inputShapes.indices.map { i in c.wants(i) ? try c.grad.select(dim: c.args.ints[0], index: i) : nil }
                          }) { c in
        let d = c.args.ints[0]
        return try Tensor.splitGrad(c.grad, dim: d, sizes: c.inputShapes.map { _ in 1 }, shapes: c.inputShapes)
    }
}

extension Tensor {
    static func splitGrad(_ g: Tensor, dim d: Int, sizes: [Int], shapes: [[Int]]) throws -> [Tensor?] {
        var start = 0
        var out = [Tensor?]()
        for (i, n) in sizes.enumerated() {
            let part = g.sliceView(dim: d, start: start, count: n, step: 1).contiguousCopy()
            out.append(part.reshaped(shapes[i]))
            start += n
        }
        return out
    }

    /// `torch.cat(tensors, dim)`. As in PyTorch, 1-D empty tensors are skipped (legacy behaviour): they
    /// neither fix the rank nor need matching sizes; a 0-d tensor cannot be joined at all.
    public static func cat(_ ts: [Tensor], dim d: Int) throws -> Tensor {
        guard !ts.isEmpty else { throw TorchError.runtime("torch.cat(): expected a non-empty list of Tensors") }
        if let i = ts.firstIndex(where: { $0.dim == 0 }) {
            throw TorchError.runtime("zero-dimensional tensor (at position \(i)) cannot be concatenated")
        }
        // cat promotes its inputs' dtypes (every input counts as dimensioned).
        let dtype: DType = ts.dropFirst().reduce(ts[0].dtype) { DType.promote($0, $1.dtype) }
        let joined = ts.enumerated().filter { !isSkippedByCat($0.element.shape) }
        guard let (_, first) = joined.first else {
            return record(.cat, Tensor.zeros([0], dtype: dtype), inputs: ts, args: OpArgs(ints: [0]))
        }
        let dd = try Shape.wrapDim(d, rank: first.dim)
        for (n, t) in joined.dropFirst() {
            if t.dim != first.dim { throw TorchError.runtime("Tensors must have same number of dimensions: got \(first.dim) and \(t.dim)") }
            if let k = (0..<t.dim).first(where: { $0 != dd && t.shape[$0] != first.shape[$0] }) {
                throw TorchError.runtime("Sizes of tensors must match except in dimension \(dd). Expected size \(first.shape[k]) but got size \(t.shape[k]) for tensor number \(n) in the list.")
            }
        }
        var shape = first.shape
        shape[dd] = joined.reduce(0) { $0 + $1.element.shape[dd] }
        _ = try Shape.count(shape)
        let out = Tensor.zeros(shape, dtype: dtype)
        var start = 0
        for (_, t) in joined {
            try out.sliceView(dim: dd, start: start, count: t.shape[dd], step: 1).assign(from: t)
            start += t.shape[dd]
        }
        return record(.cat, out, inputs: ts, args: OpArgs(ints: [dd]))
    }

    /// PyTorch's cat ignores 1-D tensors of size 0 whatever the other inputs' rank.
    static func isSkippedByCat(_ shape: [Int]) -> Bool { shape == [0] }

    /// `torch.stack(tensors, dim)`.
    public static func stack(_ ts: [Tensor], dim d: Int) throws -> Tensor {
        guard let first = ts.first else { throw TorchError.runtime("stack expects a non-empty TensorList") }
        for (i, t) in ts.enumerated() where t.shape != first.shape {
            throw TorchError.runtime("stack expects each tensor to be equal size, but got \(Shape.describe(first.shape)) at entry 0 and \(Shape.describe(t.shape)) at entry \(i)")
        }
        let dd = try Shape.wrapDim(d, rank: first.dim + 1)
        let parts = ts.map { t -> Tensor in
            var s = t.shape
            s.insert(1, at: dd)
            return t.reshaped(s)
        }
        let joined = try GradMode.withDisabled { try cat(parts, dim: dd) }
        return record(.stack, joined.detach(), inputs: ts, args: OpArgs(ints: [dd]))
    }
}
