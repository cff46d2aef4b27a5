import Foundation

// var / std (unbiased), prod and cumsum, each with its backward.

extension Op {
    static let variance = Op("VarBackward0", symbol: "var(a)", explanation: "measures the spread of the elements (unbiased variance)",
                             derivatives: ["2(a - mean)/(n - 1)"], kind: .other, savesTensors: true) { c in
        let a = c.saved[0]
        let (mean, n) = try Tensor.meanAlong(a, dims: c.args.ints)
        let g = try Tensor.expandReduced(c.grad, dims: c.args.ints, keepdim: c.args.flag, to: a.shape)
        let dof = Swift.max(n - Int(c.args.scalars[0]), 0)
        let scale = a.dtype == .float64 ? 2 / Double(dof) : Double(2 / Float(dof))
        return [try g.mul(a.sub(mean)).mul(Tensor.wrapped(.float(scale)))]
    }
    static let std = Op("StdBackward0", symbol: "std(a)", explanation: "measures the spread of the elements (unbiased standard deviation)",
                        derivatives: ["(a - mean)/((n - 1)·std)"], kind: .other, savesTensors: true) { c in
        let a = c.saved[0], result = c.saved[1]
        let (mean, n) = try Tensor.meanAlong(a, dims: c.args.ints)
        let g = try Tensor.expandReduced(c.grad, dims: c.args.ints, keepdim: c.args.flag, to: a.shape)
        let r = try Tensor.expandReduced(result, dims: c.args.ints, keepdim: c.args.flag, to: a.shape)
        let denom = Float(Swift.max(n - Int(c.args.scalars[0]), 0))
        return [try g.mul(a.sub(mean)).div(r.mul(Tensor.wrapped(.float(Double(denom)))))]
    }
    static let prod = Op("ProdBackward0", symbol: "prod(a)", explanation: "multiplies all elements into one number",
                         derivatives: ["product of the other elements"], kind: .other, savesTensors: true) { c in
        if c.saved[0].dtype == .float64 {
            let g = c.grad.doubleValues()[0]
            return [Tensor(doubles: Tensor.productsOfOthers(c.saved[0].doubleValues()).map { $0 * g }, shape: c.saved[0].shape)]
        }
        let v = c.saved[0].floatValues()
        let g = c.grad.floatValues()[0]
        return [Tensor(floats: Tensor.productsOfOthers(v).map { $0 * g }, shape: c.saved[0].shape)]
    }
    static let cumsum = Op("CumsumBackward0", symbol: "cumsum(a, dim)", explanation: "running totals along a dimension",
                           derivatives: ["reverse running totals"], kind: .other, savesTensors: false) { c in
        [Tensor.cumulativeSum(c.grad, dim: c.args.ints[0], reverse: true)]
    }
}

extension Tensor {
    /// Mean of `a` over `dims` (kept as size 1, so it broadcasts back) and the count averaged.
    static func meanAlong(_ a: Tensor, dims: [Int]) throws -> (Tensor, Int) {
        var n = 1
        for d in dims { n *= a.shape[d] }
        let s = Reduce.sum(a, dims: dims, keepdim: true)
        return (Tensor.dividedSum(s, by: n), n)
    }

    /// For each position, the product of every other element (exact with zeros).
    static func productsOfOthers<T: BinaryFloatingPoint>(_ v: [T]) -> [T] {
        let zeros = v.indices.filter { v[$0] == 0 }
        if zeros.count > 1 { return [T](repeating: 0, count: v.count) }
        if zeros.count == 1 {
            var p: T = 1
            for (i, x) in v.enumerated() where i != zeros[0] { p *= x }
            var out = [T](repeating: 0, count: v.count)
            out[zeros[0]] = p
            return out
        }
        var p: T = 1
        for x in v { p *= x }
        return v.map { p / $0 }
    }

    /// Running sums along `dim` (from the end when `reverse`), same dtype (bool → int64), no graph.
    static func cumulativeSum(_ t: Tensor, dim d: Int, reverse: Bool = false) -> Tensor {
        if t.dim == 0 { return t.dtype == .bool ? t.toLong() : t.contiguousCopy() }
        let outer = t.shape[..<d].reduce(1, *), n = t.shape[d], inner = t.shape[(d + 1)...].reduce(1, *)
        if t.dtype == .float64 {
            var v = t.doubleValues()
            for o in 0..<outer {
                for i in 0..<inner {
                    var acc: Double = 0
                    for k0 in 0..<n {
                        let k = reverse ? n - 1 - k0 : k0
                        acc += v[(o * n + k) * inner + i]
                        v[(o * n + k) * inner + i] = acc
                    }
                }
            }
            return Tensor(doubles: v, shape: t.shape)
        }
        if t.dtype == .float32 || t.dtype == .float16 {
            // cumsum_cpu_kernel accumulates in acc_type<float, false>, a double, and rounds each output.
            var v = t.floatValues()
            for o in 0..<outer {
                for i in 0..<inner {
                    var acc: Double = 0
                    for k0 in 0..<n {
                        let k = reverse ? n - 1 - k0 : k0
                        acc += Double(v[(o * n + k) * inner + i])
                        v[(o * n + k) * inner + i] = Float(acc)
                    }
                }
            }
            return Tensor(floats: v, shape: t.shape, dtype: t.dtype)
        }
        var v = t.intValues()
        for o in 0..<outer {
            for i in 0..<inner {
                var acc: Int64 = 0
                for k0 in 0..<n {
                    let k = reverse ? n - 1 - k0 : k0
                    acc &+= v[(o * n + k) * inner + i]
                    v[(o * n + k) * inner + i] = acc
                }
            }
        }
        return Tensor(ints: v, shape: t.shape)
    }

    private func requireFloat(_ name: String) throws {
        if !dtype.isFloatingPoint {
            throw TorchError.runtime("\(name): input dtype should be either floating point or complex dtypes. Got \(dtype.scalarTypeName) instead.")
        }
    }

    /// `a.var(dims, correction, keepdim)`; `dims` nil reduces everything.
    public func variance(dims: [Int]?, correction: Int = 1, keepdim: Bool = false) throws -> Tensor {
        try varianceOrStd(dims: dims, correction: correction, keepdim: keepdim, std: false)
    }

    /// `a.std(dims, correction, keepdim)`.
    public func standardDeviation(dims: [Int]?, correction: Int = 1, keepdim: Bool = false) throws -> Tensor {
        try varianceOrStd(dims: dims, correction: correction, keepdim: keepdim, std: true)
    }

    private func varianceOrStd(dims: [Int]?, correction: Int, keepdim: Bool, std: Bool) throws -> Tensor {
        try requireFloat(std ? "std" : "var")
        let ds = try dims.map { try reductionDims($0) } ?? Array(0..<dim)
        let all = dims == nil
        var n = 1
        for d in ds { n *= shape[d] }
        let v = doubleValues()
        var keptShape = shape
        for d in ds { keptShape[d] = 1 }
        let variances: [Double]
        if Shape.numel(keptShape) <= 1 && numel > 0 && dtype != .float16 {
            // PyTorch's std_var_all_cpu: the tensor's own mean (in its dtype), then Σ (x - mean)² in double.
            let mean = try GradMode.withDisabled { try self.detach().mean() }.doubleValues()[0]
            var ss = 0.0
            for x in v { ss += (x - mean) * (x - mean) }
            variances = [ss / Double(max(0, n - correction))]
        } else {
            // Otherwise its Welford reduction per output slot (PyTorch clamps the degrees of freedom at 0).
            variances = Tensor.welford(v, shape: shape, dims: ds, correction: Double(correction)).variances
        }
        let out = std ? variances.map { $0.squareRoot() } : variances
        let outShape = keepdim ? keptShape : shape.enumerated().filter { !ds.contains($0.offset) }.map(\.element)
        let resultShape = all && !keepdim ? [] : outShape
        let result = dtype == .float64 ? Tensor(doubles: out, shape: resultShape) : Tensor(floats: out.map { Float($0) }, shape: resultShape)
        return record(std ? .std : .variance, result, inputs: [self], saving: std ? [self, result] : [self],
                      args: OpArgs(scalars: [Double(correction)], ints: ds, flag: keepdim))
    }

    /// `a.prod()` over all elements (int stays int64).
    public func prod() -> Tensor {
        if dtype.isIntegral {
            var p: Int64 = 1
            for x in intValues() { p = p &* x }
            return Tensor(ints: [p], shape: [])
        }
        if dtype == .float64 {
            let p = Tensor.fullProduct(doubleValues(), contiguous: isContiguous, lanes: 4)
            return record(.prod, Tensor(doubles: [p], shape: []), inputs: [self], saving: [self])
        }
        let p = Tensor.fullProduct(floatValues(), contiguous: isContiguous, lanes: 8)
        return record(.prod, Tensor(floats: [p], shape: []), inputs: [self], saving: [self])
    }

    /// prod over all elements as binary_kernel_reduce_vec runs it. Of 32,768+ elements each intra-op
    /// thread reduces an equal share into its own slot and the slots are multiplied in order
    /// (two_pass_reduction). Within a share of a contiguous tensor, vectorized_inner_reduction keeps
    /// four vector accumulators over blocks of 4 × lanes, folds them as (a0·a1)·(a2·a3), folds the
    /// lanes left to right, then multiplies in the leftover elements one by one (basic_loop).
    /// `lanes` are AVX2's (8 floats, 4 doubles) even on AVX-512 machines: ReduceOpsKernel registers
    /// no AVX-512 variant, so DispatchStub runs its AVX2 build (measured on torch 2.15).
    static func fullProduct<T: BinaryFloatingPoint>(_ v: [T], contiguous: Bool, lanes: Int) -> T {
        func share(_ lo: Int, _ hi: Int) -> T {
            // A strided input goes element by element (basic_loop) within its share.
            let block = 4 * lanes, count = contiguous ? (hi - lo) / block : 0
            var out: T = 1
            if count > 0 {
                var acc = Array(v[lo..<(lo + block)])
                for b in 1..<count {
                    let base = lo + b * block
                    for j in 0..<block { acc[j] *= v[base + j] }
                }
                var lane = (0..<lanes).map { (acc[$0] * acc[lanes + $0]) * (acc[2 * lanes + $0] * acc[3 * lanes + $0]) }
                for j in 1..<lanes { lane[0] = lane[0] * lane[j] }
                out = out * lane[0]
            }
            for i in (lo + count * block)..<hi { out = out * v[i] }
            return out
        }
        let n = v.count
        let chunks = n < VectorLoop.grainSize || VectorLoop.threads == 1 ? 1 : min(VectorLoop.threads, (n + VectorLoop.grainSize - 1) / VectorLoop.grainSize)
        if chunks == 1 { return share(0, n) }
        let size = (n + chunks - 1) / chunks
        var result: T = 1
        for c in 0..<chunks { result = result * share(c * size, min(n, (c + 1) * size)) }
        return result
    }

    /// `a.cumsum(dim)`.
    public func cumsum(_ d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        let out = Tensor.cumulativeSum(self, dim: w)
        return record(.cumsum, out, inputs: [self], args: OpArgs(ints: [w]))
    }
}

extension Reduce {
    /// Sums doubles (logical order of `shape`) over `dims`, one value per kept position.
    static func sumDouble(_ v: [Double], shape: [Int], dims: [Int]) -> [Double] {
        var kept = shape
        for d in dims { kept[d] = 1 }
        let outStrides = Shape.contiguousStrides(kept)
        var acc = [Double](repeating: 0, count: Shape.numel(kept))
        forEachIndex(shape) { i, index in
            var o = 0
            for d in 0..<shape.count where !dims.contains(d) { o += index[d] * outStrides[d] }
            acc[o] += v[i]
        }
        return acc
    }

    /// Applies `f(x, reduced[slot])` to each element, where slot is the element's reduced position.
    static func mapWithReduced(_ v: [Double], shape: [Int], dims: [Int], reduced: [Double], _ f: (Double, Double) -> Double) -> [Double] {
        var kept = shape
        for d in dims { kept[d] = 1 }
        let outStrides = Shape.contiguousStrides(kept)
        var out = v
        forEachIndex(shape) { i, index in
            var o = 0
            for d in 0..<shape.count where !dims.contains(d) { o += index[d] * outStrides[d] }
            out[i] = f(v[i], reduced[o])
        }
        return out
    }

    /// Calls `body(linearIndex, multiIndex)` for every position of `shape` in row-major order.
    static func forEachIndex(_ shape: [Int], _ body: (Int, [Int]) -> Void) {
        let n = Shape.numel(shape)
        if n == 0 { return }
        var index = [Int](repeating: 0, count: shape.count)
        for i in 0..<n {
            body(i, index)
            var d = shape.count - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < shape[d] { break }
                index[d] = 0
                d -= 1
            }
        }
    }
}
