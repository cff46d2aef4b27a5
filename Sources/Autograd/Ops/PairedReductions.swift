import Foundation

// std_mean, var_mean and aminmax (two results from one node, as PyTorch records them), nansum and
// nanmean (NaN counted as absent), and logcumsumexp (running log-sum-exp in double, as PyTorch's CPU
// kernel accumulates it).

extension Op {
    /// `args`: scalars [correction], ints: the reduced dims, flag: keepdim; saved: input, mean (and std).
    static let varMean = Op("VarMeanBackward0", symbol: "var_mean(a)", explanation: "the variance and the mean of the elements, in one pass",
                            derivatives: ["2(a - mean)/(n - c) for the variance, 1/n for the mean"], kind: .other, savesTensors: true) { c in
        [try Tensor.spreadMeanGrad(c, std: false)]
    }
    static let stdMean = Op("StdMeanBackward0", symbol: "std_mean(a)", explanation: "the standard deviation and the mean of the elements, in one pass",
                            derivatives: ["(a - mean)/((n - c)·std) for the std, 1/n for the mean"], kind: .other, savesTensors: true) { c in
        [try Tensor.spreadMeanGrad(c, std: true)]
    }
    /// `args.ints`: the output position of every input element; saved: input, min, max.
    static let aminmax = Op("AminmaxBackward0", symbol: "aminmax(a)", explanation: "the smallest and the largest element, in one pass",
                            derivatives: ["1 at the minimum and at the maximum (shared among ties)"], kind: .other, savesTensors: true) { c in
        let x = c.saved[0]
        var total: Tensor? = nil
        for (k, r) in [c.saved[1], c.saved[2]].enumerated() {
            guard let g = c.grads[k] else { continue }
            let part = Tensor.sharedAmongTies(g, input: x, result: r, groups: c.args.ints)
            total = try total.map { try $0.add(part) } ?? part
        }
        return [total ?? Tensor.zeros(x.shape, dtype: c.gradDType)]
    }
    static let nansum = Op("NansumBackward0", symbol: "nansum(a)", explanation: "adds up the elements, skipping NaN",
                           derivatives: ["1, 0 at NaN"], kind: .other, savesTensors: true) { c in
        let x = c.saved[0].contiguousCopy().doubleValues()
        let g = try Tensor.expandReduced(c.grad, dims: c.args.ints, keepdim: c.args.flag, to: c.inputShapes[0])
        return [try g.mul(Tensor(doubles: x.map { $0.isNaN ? 0 : 1 }, shape: c.inputShapes[0]).cast(to: g.dtype))]
    }
    static let logcumsumexp = Op("LogcumsumexpBackward0", symbol: "logcumsumexp(a, d)", explanation: "running log of the sum of exponentials along a dimension",
                                 derivatives: ["Σ over later positions i of g_i·e^(a - out_i)"], kind: .other, savesTensors: true) { c in
        [try Tensor.logcumsumexpGrad(c.grad, input: c.saved[0], output: c.saved[1], dim: c.args.ints[0])]
    }
}

extension Tensor {
    /// The reduced dims (all when nil), wrapped, and the shape of the result.
    private func reduction(_ dims: [Int]?, keepdim: Bool) throws -> (dims: [Int], shape: [Int]) {
        let ds = try dims.map { try reductionDims($0) } ?? Array(0..<dim)
        var s = [Int]()
        for (k, n) in shape.enumerated() { if ds.contains(k) { if keepdim { s.append(1) } } else { s.append(n) } }
        return (ds, s)
    }

    private func floating(_ values: [Double], shape: [Int]) -> Tensor {
        dtype == .float64 ? Tensor(doubles: values, shape: shape) : Tensor(doubles: values, shape: shape).cast(to: dtype)
    }

    /// `torch.var_mean(a, dim, correction, keepdim)` / `std_mean`: (spread, mean), one node for both.
    public func spreadMean(dims: [Int]?, correction: Int, keepdim: Bool, std: Bool) throws -> (Tensor, Tensor) {
        guard dtype.isFloatingPoint else {
            throw TorchError(.notImplemented, "\(std ? "std_mean" : "var_mean") only support floating point and complex dtypes")
        }
        let (ds, outShape) = try reduction(dims, keepdim: keepdim)
        let (variances, means) = Tensor.welford(doubleValues(), shape: shape, dims: ds, correction: Double(correction))
        let spread = floating(std ? variances.map { $0.squareRoot() } : variances, shape: outShape)
        let mean = floating(means, shape: outShape)
        let saved = std ? [self, mean, spread] : [self, mean]
        record(std ? .stdMean : .varMean, [spread, mean], inputs: [self], saving: saved,
               args: OpArgs(scalars: [Double(correction)], ints: ds, flag: keepdim))
        return (spread, mean)
    }

    /// PyTorch's WelfordOps (SharedReduceOps.h) over each output slot, elements in row-major order,
    /// in double: the variance `m2 / max(n - correction, 0)` and the mean.
    static func welford(_ v: [Double], shape: [Int], dims: [Int], correction: Double) -> (variances: [Double], means: [Double]) {
        var kept = shape
        for d in dims { kept[d] = 1 }
        let outStrides = Shape.contiguousStrides(kept)
        let slots = Shape.numel(kept)
        var mean = [Double](repeating: 0, count: slots), m2 = [Double](repeating: 0, count: slots), n = [Int](repeating: 0, count: slots)
        Reduce.forEachIndex(shape) { i, index in
            var o = 0
            for d in 0..<shape.count where !dims.contains(d) { o += index[d] * outStrides[d] }
            n[o] += 1
            let delta = v[i] - mean[o]
            mean[o] += delta / Double(n[o])
            m2[o] += delta * (v[i] - mean[o])
        }
        let variances = (0..<slots).map { o -> Double in
            let nf = Double(n[o])
            return m2[o] / (nf > correction ? nf - correction : 0)
        }
        // An empty slot's mean is NaN (PyTorch fills both results with NaN for an empty reduction).
        return (variances, (0..<slots).map { n[$0] == 0 ? .nan : mean[$0] })
    }

    /// PyTorch's var_mean_backward / std_mean_backward, op for op in the tensor's dtype:
    /// `(2 / (N - c)) · g · (a - a.mean(dims, keepdim))` for the variance (g first divided by
    /// `2·std`, 0 where std is 0, for the std), plus `g_mean / N` for the mean.
    static func spreadMeanGrad(_ c: BackwardContext, std: Bool) throws -> Tensor {
        let a = c.saved[0], ds = c.args.ints, keepdim = c.args.flag
        let n = ds.reduce(1) { $0 * a.shape[$1] }
        func restored(_ g: Tensor) throws -> Tensor {
            var t = g
            if !keepdim { for d in ds.sorted() { t = try t.unsqueeze(d) } }
            return t
        }
        return try GradMode.withDisabled {
            var total: Tensor? = nil
            if var g = c.grads[0] {
                if std {
                    let s = c.saved[2]
                    g = try g.div(s.mul(Tensor.wrapped(.int(2))))
                    g = try g.maskedFill(try s.compare("==", Tensor.zeros([], dtype: s.dtype)), value: Tensor.wrapped(.int(0)))
                }
                let factor = 2.0 / Double(n - Int(c.args.scalars[0]))
                let centered = try a.sub(a.mean(dims: ds, keepdim: true))
                total = try Tensor.wrapped(.float(factor)).mul(restored(g)).mul(centered)
            }
            if let gm = c.grads[1] {
                let aux = try restored(gm).expand(a.shape).div(Tensor.wrapped(.int(Int64(n))))
                total = try total.map { try $0.add(aux) } ?? aux
            }
            return total ?? Tensor.zeros(a.shape, dtype: c.gradDType)
        }
    }

    /// `torch.aminmax(a, dim=None, keepdim=False)`: (min, max), one AminmaxBackward0 node for both.
    public func aminmax(dim d: Int?, keepdim: Bool) throws -> (min: Tensor, max: Tensor) {
        if numel == 0 && d == nil {
            throw TorchError.runtime("aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.")
        }
        let dims = try d.map { [try Shape.wrapDim($0, rank: dim)] } ?? []
        if let w = dims.first, !shape.isEmpty, shape[w] == 0 {
            throw TorchError(.index, "aminmax(): Expected reduction dim \(w) to have non-zero size.")
        }
        let (lo, hi) = try GradMode.withDisabled {
            (try amaxAmin(dims: dims, keepdim: keepdim, max: false), try amaxAmin(dims: dims, keepdim: keepdim, max: true))
        }
        if d == nil && keepdim {
            // aminmax over everything with keepdim keeps every dim as size 1.
            let ones = [Int](repeating: 1, count: dim)
            return try aminmaxRecord(lo.reshape(ones).detach(), hi.reshape(ones).detach(), dims: Array(0..<dim))
        }
        return aminmaxRecord(lo, hi, dims: dims.isEmpty ? Array(0..<dim) : dims)
    }

    private func aminmaxRecord(_ lo: Tensor, _ hi: Tensor, dims: [Int]) -> (min: Tensor, max: Tensor) {
        let kept = (0..<dim).filter { !dims.contains($0) }
        let keptSizes = kept.map { shape[$0] }
        var groups = [Int](repeating: 0, count: numel)
        Tensor.forEachCoordinate(shape) { flat, coord in
            var g = 0
            for (j, k) in kept.enumerated() { g = g * keptSizes[j] + coord[k] }
            groups[flat] = g
        }
        if dtype.isFloatingPoint {
            record(.aminmax, [lo, hi], inputs: [self], saving: [self, lo, hi], args: OpArgs(ints: groups))
        }
        return (lo, hi)
    }

    /// `a.nansum(dim=None, keepdim=False)`: the sum with NaN counted as 0 (integers sum to int64).
    public func nansum(dims: [Int]?, keepdim: Bool) throws -> Tensor {
        let (ds, _) = try reduction(dims, keepdim: keepdim)
        let cleaned: Tensor
        if dtype.isFloatingPoint {
            cleaned = floating(contiguousCopy().doubleValues().map { $0.isNaN ? 0 : $0 }, shape: shape)
        } else {
            cleaned = detach()
        }
        let out = try GradMode.withDisabled { dims == nil && !keepdim ? cleaned.sum() : try cleaned.sum(dims: ds, keepdim: keepdim) }
        if !dtype.isFloatingPoint { return out }
        return record(.nansum, out.detach(), inputs: [self], saving: [self], args: OpArgs(ints: ds, flag: keepdim))
    }

    /// `a.nanmean(dim=None, keepdim=False)`: PyTorch's composite `nansum(a) / (~isnan(a)).sum()` (DivBackward0).
    public func nanmean(dims: [Int]?, keepdim: Bool) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TorchError(.notImplemented, "nanmean(): expected input to have floating point or complex dtype but got \(dtype.scalarTypeName)")
        }
        let (ds, _) = try reduction(dims, keepdim: keepdim)
        let present = Tensor(ints: contiguousCopy().doubleValues().map { $0.isNaN ? 0 : 1 }, shape: shape)
        let count = dims == nil && !keepdim ? present.sum() : try present.sum(dims: ds, keepdim: keepdim)
        return try nansum(dims: dims, keepdim: keepdim).div(count)
    }

    /// `a.logcumsumexp(dim)`: out_i = log(e^out_{i-1} + e^a_i), accumulated in double (PyTorch's CPU
    /// acc_type for float) with its `_log_add_exp_helper`, each result rounded to the dtype.
    public func logcumsumexp(_ d: Int) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TorchError(.notImplemented, "\"logcumsumexp_out_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let w = try Shape.wrapDim(d, rank: dim)
        let x = contiguousCopy().doubleValues()
        var out = [Double](repeating: 0, count: x.count)
        for slice in Tensor.slices(shape, dim: w) {
            var acc = -Double.infinity
            for p in slice {
                acc = Tensor.logAddExp(x[p], acc)
                // Each output is stored in the tensor's dtype, the running value kept in double.
                out[p] = acc
            }
        }
        let result = floating(out, shape: shape)
        return record(.logcumsumexp, result, inputs: [self], saving: [self, result], args: OpArgs(ints: [w]))
    }

    /// PyTorch's `_log_add_exp_helper(x, y)`: NaN in `y` propagates; two equal infinities give `x`.
    static func logAddExp(_ x: Double, _ y: Double) -> Double {
        // std::min(x, y) is `y < x ? y : x`, std::max(x, y) `x < y ? y : x` (the first when either is NaN).
        let mn = y.isNaN ? y : (y < x ? y : x), mx = y.isNaN ? y : (x < y ? y : x)
        if mn != mx || mn.isFinite { return (Double.exp(mn - mx)).log1pValue + mx }
        return x
    }

    /// PyTorch's `logcumsumexp_backward` (FunctionsManual.cpp), op for op in the tensor's dtype: the
    /// positive and negative parts of the gradient each carried back by a reversed logcumsumexp.
    static func logcumsumexpGrad(_ grad: Tensor, input: Tensor, output: Tensor, dim d: Int) throws -> Tensor {
        if grad.dim == 0 || grad.numel == 0 { return grad }
        return try GradMode.withDisabled {
            let lowest = Tensor.full([], grad.dtype == .float64 ? -Double.greatestFiniteMagnitude : -Double(Float.greatestFiniteMagnitude), dtype: grad.dtype)
            let logAbs = grad.abs().log()
            let zero = Tensor.zeros([], dtype: grad.dtype)
            let positive = try Tensor.whereSelect(try grad.compare(">", zero), logAbs, lowest)
            let negative = try Tensor.whereSelect(try grad.compare("<", zero), logAbs, lowest)
            func reversed(_ x: Tensor) throws -> Tensor { try x.flip([d]).logcumsumexp(d).flip([d]) }
            let outPos = try reversed(try positive.sub(output)).add(input).exp()
            let outNeg = try reversed(try negative.sub(output)).add(input).exp()
            return try outPos.sub(outNeg)
        }
    }
}

private extension Double {
    static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    var log1pValue: Double { Foundation.log1p(self) }
}
