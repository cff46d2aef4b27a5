// split and chunk: consecutive pieces of a dimension, each a view of the input (as unbind's rows).

extension Op {
    static let split = Op("SplitBackward0", symbol: "a.split(n, d)", explanation: "cuts a tensor into pieces of n along a dimension (views)",
                          derivatives: ["1 into each piece's place"], kind: .view, savesTensors: false) { c in
        [try Tensor.splitGrad(c)]
    }
    static let splitWithSizes = Op("SplitWithSizesBackward0", symbol: "a.split([n₁, n₂, …], d)", explanation: "cuts a tensor into pieces of the given sizes along a dimension (views)",
                                   derivatives: ["1 into each piece's place"], kind: .view, savesTensors: false) { c in
        [try Tensor.splitGrad(c)]
    }
}

extension Tensor {
    /// The pieces' gradients placed side by side (zeros for a piece that received none).
    /// `args.ints`: [dim, size of each piece…].
    static func splitGrad(_ c: BackwardContext) throws -> Tensor {
        let d = c.args.ints[0], sizes = c.args.ints.dropFirst()
        let g = Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)
        var start = 0
        for (i, n) in sizes.enumerated() {
            if i < c.grads.count, let gi = c.grads[i] { try g.sliceView(dim: d, start: start, count: n, step: 1).assign(from: gi) }
            start += n
        }
        return g
    }

    /// `a.split(n, dim)`: pieces of `n` along `dim` (the last may be shorter), SplitBackward0.
    public func split(size n: Int, dim d: Int = 0) throws -> [Tensor] {
        if dim == 0 { throw TorchError.runtime("split expects at least a 1-dimensional tensor") }
        let d = try Shape.wrapDim(d, rank: dim)
        let total = shape[d]
        if n < 0 { throw TorchError.runtime("split expects split_size be non-negative, but got split_size=\(n)") }
        if n == 0 && total != 0 {
            throw TorchError.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of \(total)")
        }
        let count = n == 0 ? 1 : Swift.max((total + n - 1) / n, 1)
        let sizes = (0..<count).map { i in n == 0 ? 0 : Swift.min(n, total - i * n) }
        return pieces(sizes, dim: d, op: .split)
    }

    /// `a.split([n₁, n₂, …], dim)`: pieces of the given sizes, which must add up to the dim's size.
    public func split(sizes: [Int], dim d: Int = 0) throws -> [Tensor] {
        if dim == 0 { throw TorchError.runtime("split expects at least a 1-dimensional tensor") }
        let d = try Shape.wrapDim(d, rank: dim)
        if sizes.contains(where: { $0 < 0 }) {
            throw TorchError.runtime("split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=\(Shape.describe(sizes).replacingOccurrences(of: " ", with: ""))")
        }
        if sizes.reduce(0, +) != shape[d] {
            throw TorchError.runtime("split_with_sizes expects split_sizes to sum exactly to \(shape[d]) (input tensor's size at dimension \(d)), but got split_sizes=\(Shape.describe(sizes))")
        }
        return pieces(sizes, dim: d, op: .splitWithSizes)
    }

    /// `a.chunk(k, dim)`: `split` with pieces of ⌈size / k⌉ (so possibly fewer than k pieces).
    public func chunk(_ k: Int, dim d: Int = 0) throws -> [Tensor] {
        if dim == 0 { throw TorchError.runtime("chunk expects at least a 1-dimensional tensor") }
        if k <= 0 { throw TorchError.runtime("chunk expects `chunks` to be greater than 0, got: \(k)") }
        let dd = try Shape.wrapDim(d, rank: dim)
        let total = shape[dd]
        let n = (total + k - 1) / k
        if n == 0 && total == 0 {
            return try split(sizes: [Int](repeating: 0, count: k), dim: dd)
        }
        return try split(size: n, dim: dd)
    }

    private func pieces(_ sizes: [Int], dim d: Int, op: Op) -> [Tensor] {
        var start = 0
        let outs = sizes.map { n in
            defer { start += n }
            return sliceView(dim: d, start: start, count: n, step: 1)
        }
        record(op, outs, inputs: [self], args: OpArgs(ints: [d] + sizes))
        return outs
    }
}
