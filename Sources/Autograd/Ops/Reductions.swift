// Reductions: sum and mean over all elements or along dims.

extension Op {
    static let sumAll = Op("SumBackward0", symbol: "sum(a)", explanation: "adds up all elements into one number",
                           derivatives: ["1"], kind: .other, savesTensors: false, plan: .sumAll,
                           differentiable: { c in [try c.grad.expand(c.inputShapes[0])] }) { c in
        [try c.grad.broadcast(to: c.inputShapes[0]).contiguousCopy()]
    }
    static let sumDim = Op("SumBackward1", symbol: "sum(a, dim)", explanation: "adds up the elements along a dimension",
                           derivatives: ["1"], kind: .other, savesTensors: false, plan: .sumDims,
                           differentiable: { c in [try Tensor.sumBackward(c.grad, dims: c.args.ints, keepdim: c.args.flag, to: c.inputShapes[0])] }) { c in
        [try Tensor.expandReduced(c.grad, dims: c.args.ints, keepdim: c.args.flag, to: c.inputShapes[0])]
    }
    static let meanAll = Op("MeanBackward0", symbol: "mean(a)", explanation: "averages all elements into one number",
                            derivatives: ["1/n"], kind: .other, savesTensors: false, plan: .meanAll,
                            differentiable: { c in
                                [try c.grad.expand(c.inputShapes[0]).div(Tensor.wrapped(.int(Int64(Shape.numel(c.inputShapes[0])))))]
                            }) { c in
        let n = Shape.numel(c.inputShapes[0])
        return [try c.grad.broadcast(to: c.inputShapes[0]).div(Tensor.wrapped(.int(Int64(n))))]
    }
    static let meanDim = Op("MeanBackward1", symbol: "mean(a, dim)", explanation: "averages the elements along a dimension",
                            derivatives: ["1/n"], kind: .other, savesTensors: false, plan: .meanDims,
                            differentiable: { c in
                                let n = c.args.ints.reduce(1) { $0 * c.inputShapes[0][$1] }
                                return [try Tensor.sumBackward(c.grad, dims: c.args.ints, keepdim: c.args.flag, to: c.inputShapes[0])
                                    .div(Tensor.wrapped(.int(Int64(n))))]
                            }) { c in
        var n = 1
        for d in c.args.ints { n *= c.inputShapes[0][d] }
        let g = try Tensor.expandReduced(c.grad, dims: c.args.ints, keepdim: c.args.flag, to: c.inputShapes[0])
        return [try g.div(Tensor.wrapped(.int(Int64(n))))]
    }
}

extension Tensor {
    /// PyTorch's `sum_backward` as recorded ops: the reduced dims unsqueezed back (unless kept), then
    /// an expand to `shape`.
    static func sumBackward(_ g: Tensor, dims: [Int], keepdim: Bool, to shape: [Int]) throws -> Tensor {
        var t = g
        if !keepdim { for d in dims.sorted() { t = try t.unsqueeze(d) } }
        return try t.expand(shape)
    }

    /// Re-inserts reduced dims (when not kept) and expands a reduction's gradient back to `shape`.
    static func expandReduced(_ g: Tensor, dims: [Int], keepdim: Bool, to shape: [Int]) throws -> Tensor {
        var kept = shape
        for d in dims { kept[d] = 1 }
        let g2 = keepdim ? g : Tensor(storage: g.contiguousCopy().storage, shape: kept, strides: Shape.contiguousStrides(kept), offset: 0, dtype: g.dtype)
        return try g2.broadcast(to: shape).contiguousCopy()
    }

    /// Normalises a list of dims (negative allowed, no repeats) for a reduction.
    func reductionDims(_ dims: [Int]) throws -> [Int] {
        var out = [Int]()
        for d in dims {
            let w = try Shape.wrapDim(d, rank: self.dim)
            if out.contains(w) { throw TorchError.runtime("dim \(w) appears multiple times in the list of dims") }
            out.append(w)
        }
        return out.filter { $0 < self.dim }
    }

    /// `a.sum()`: bool and int sum to int64.
    public func sum() -> Tensor {
        let out = Reduce.sum(self, dims: Array(0..<dim), keepdim: false)
        return record(.sumAll, out, inputs: [self])
    }

    /// `a.sum(dim, keepdim)`.
    public func sum(dims: [Int], keepdim: Bool = false) throws -> Tensor {
        let ds = try reductionDims(dims)
        let out = Reduce.sum(self, dims: ds, keepdim: keepdim)
        return record(.sumDim, out, inputs: [self], args: OpArgs(ints: ds, flag: keepdim))
    }

    private func requireFloatForMean() throws {
        if !dtype.isFloatingPoint {
            throw TorchError(.notImplemented, "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(dtype.scalarTypeName)")
        }
    }

    /// The mean of `t` over `dims`: its sum divided by `n`; half sums and divides in float and rounds
    /// the quotient once (PyTorch's accumulate type).
    static func meanValues(_ t: Tensor, dims: [Int], keepdim: Bool, count n: Int) -> Tensor {
        guard t.dtype == .float16 else { return dividedSum(Reduce.sum(t, dims: dims, keepdim: keepdim), by: n) }
        let wide = dividedSum(Reduce.sum(t.cast(to: .float32), dims: dims, keepdim: keepdim), by: n)
        return Tensor(floats: wide.floatValues(), shape: wide.shape, dtype: .float16)
    }

    /// The sum `s` divided by `n` in the sum's floating dtype.
    static func dividedSum(_ s: Tensor, by n: Int) -> Tensor {
        if s.dtype == .float64 {
            let nd = Double(n)
            return Tensor(doubles: s.doubleValues().map { $0 / nd }, shape: s.shape)
        }
        let nf = Float(n)
        return Tensor(floats: s.floatValues().map { $0 / nf }, shape: s.shape)
    }

    /// `a.mean()`.
    public func mean() throws -> Tensor {
        try requireFloatForMean()
        let out = Tensor.meanValues(self, dims: Array(0..<dim), keepdim: false, count: numel)
        return record(.meanAll, out, inputs: [self])
    }

    /// `a.mean(dim, keepdim)`.
    public func mean(dims: [Int], keepdim: Bool = false) throws -> Tensor {
        try requireFloatForMean()
        let ds = try reductionDims(dims)
        var n = 1
        for d in ds { n *= shape[d] }
        let out = Tensor.meanValues(self, dims: ds, keepdim: keepdim, count: n)
        return record(.meanDim, out, inputs: [self], args: OpArgs(ints: ds, flag: keepdim))
    }
}
