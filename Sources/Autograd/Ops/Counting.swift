// unique, unique_consecutive, bincount, histc, searchsorted/bucketize: counting and locating values,
// with PyTorch's output dtypes and checks. None has a gradient; unique of a tensor that requires grad
// records Unique2Backward0, whose backward fails as PyTorch's does.

extension Op {
    /// A node PyTorch records for an op it has no derivative for: its backward fails with `message`.
    private static func noDerivative(_ name: String, _ symbol: String, _ explanation: String, _ message: String) -> Op {
        Op(name, symbol: symbol, explanation: explanation, derivatives: ["not implemented"], kind: .other, savesTensors: false) { _ in
            throw TorchError.runtime(message)
        }
    }
    static let unique = noDerivative("Unique2Backward0", "a.unique()", "the distinct values, in order", "the derivative for '_unique2' is not implemented.")
    static let uniqueDim = noDerivative("UniqueDimBackward0", "a.unique(dim=d)", "the distinct slices along a dimension, in order",
                                        "the derivative for 'unique_dim' is not implemented.")
    static let uniqueConsecutive = noDerivative("UniqueConsecutiveBackward0", "a.unique_consecutive()", "each run of equal neighbours kept once",
                                                "the derivative for 'unique_consecutive' is not implemented.")
    static let bincountWeights = noDerivative("NotImplemented", "bincount(a, w)", "the sum of the weights of each non-negative integer",
                                              "derivative for aten::bincount is not implemented")
    static let histogramWeights = noDerivative("NotImplemented", "histogram(a)", "counts of the elements in each bin",
                                               "derivative for aten::histogram is not implemented")
}

/// What `unique` / `unique_consecutive` return besides the values.
public struct UniqueResult {
    public let values: Tensor
    public let inverse: Tensor
    public let counts: Tensor
}

extension Tensor {
    /// Rows along `d` compared as PyTorch's `unique(dim=)` compares them: element by element.
    private func sliceKeys(dim d: Int) -> (keys: [[Double]], ints: [[Int64]]) {
        let moved = Tensor.slices(shape, dim: d)
        // slices() lists each position along d inside a slice; transpose to one key per index along d.
        let n = shape[d]
        let c = contiguousCopy()
        if dtype.isFloatingPoint {
            let v = c.doubleValues()
            return ((0..<n).map { k in moved.map { v[$0[k]] } }, [])
        }
        let v = c.intValues()
        return ([], (0..<n).map { k in moved.map { v[$0[k]] } })
    }

    /// `torch.unique(a, sorted=True, return_inverse=False, return_counts=False, dim=None)`: the distinct
    /// values in ascending order (each NaN distinct, after the numbers), the position of each element's
    /// value, and how often each occurs. With `dim`, distinct slices along it, ordered lexicographically.
    public func unique(dim d: Int? = nil) throws -> UniqueResult {
        if let d { return try uniqueSlices(dim: try Shape.wrapDim(d, rank: dim), consecutive: false) }
        let keys = RankKeys(self)
        let order = Tensor.stableSorted(Array(0..<numel)) { a, b in
            keys.isNaN(a) ? false : (keys.isNaN(b) || keys.less(a, b))
        }
        var distinct = [Int](), inverse = [Int64](repeating: 0, count: numel), counts = [Int64]()
        for p in order {
            if let last = distinct.last, keys.equal(last, p) {
                counts[counts.count - 1] += 1
            } else {
                distinct.append(p)
                counts.append(1)
            }
            inverse[p] = Int64(distinct.count - 1)
        }
        let values = contiguousCopy().picking(distinct, shape: [distinct.count])
        if dtype.isFloatingPoint { record(.unique, values, inputs: [self]) }
        return UniqueResult(values: values, inverse: Tensor(ints: inverse, shape: shape), counts: Tensor(ints: counts, shape: [counts.count]))
    }

    /// `torch.unique_consecutive(a, return_inverse=False, return_counts=False, dim=None)`: each run of
    /// equal neighbours (in flat order, or slices along `dim`) kept once.
    public func uniqueConsecutive(dim d: Int? = nil) throws -> UniqueResult {
        if let d { return try uniqueSlices(dim: try Shape.wrapDim(d, rank: dim), consecutive: true) }
        let keys = RankKeys(self)
        var distinct = [Int](), inverse = [Int64](repeating: 0, count: numel), counts = [Int64]()
        for p in 0..<numel {
            if let last = distinct.last, keys.equal(last, p) {
                counts[counts.count - 1] += 1
            } else {
                distinct.append(p)
                counts.append(1)
            }
            inverse[p] = Int64(distinct.count - 1)
        }
        let values = contiguousCopy().picking(distinct, shape: [distinct.count])
        if dtype.isFloatingPoint { record(.uniqueConsecutive, values, inputs: [self]) }
        return UniqueResult(values: values, inverse: Tensor(ints: inverse, shape: shape), counts: Tensor(ints: counts, shape: [counts.count]))
    }

    /// unique / unique_consecutive over slices along `d`.
    private func uniqueSlices(dim d: Int, consecutive: Bool) throws -> UniqueResult {
        let n = shape[d]
        let (fk, ik) = sliceKeys(dim: d)
        func less(_ a: Int, _ b: Int) -> Bool {
            if !fk.isEmpty { for (x, y) in zip(fk[a], fk[b]) where x != y { return x < y }; return false }
            for (x, y) in zip(ik[a], ik[b]) where x != y { return x < y }
            return false
        }
        func equal(_ a: Int, _ b: Int) -> Bool { fk.isEmpty ? ik[a] == ik[b] : fk[a] == fk[b] }
        let order = consecutive ? Array(0..<n) : Tensor.stableSorted(Array(0..<n), by: less)
        var distinct = [Int](), inverse = [Int64](repeating: 0, count: n), counts = [Int64]()
        for k in order {
            if let last = distinct.last, equal(last, k) { counts[counts.count - 1] += 1 } else { distinct.append(k); counts.append(1) }
            inverse[k] = Int64(distinct.count - 1)
        }
        let values = try GradMode.withDisabled { try self.indexSelect(dim: d, index: Tensor(ints: distinct.map(Int64.init), shape: [distinct.count])) }.detach()
        if dtype.isFloatingPoint { record(consecutive ? .uniqueConsecutive : .uniqueDim, values, inputs: [self]) }
        return UniqueResult(values: values, inverse: Tensor(ints: inverse, shape: [n]), counts: Tensor(ints: counts, shape: [counts.count]))
    }

    /// `torch.bincount(a, weights=None, minlength=0)`: how often each non-negative integer occurs
    /// (int64), or the sum of its weights (float weights keep their dtype, others give float64).
    public func bincount(weights: Tensor?, minlength: Int) throws -> Tensor {
        guard dtype.isIntegral && dtype != .bool else {
            throw TorchError(.notImplemented, "\"bincount_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        guard minlength >= 0 else { throw TorchError.runtime("minlength should be >= 0") }
        let v = contiguousCopy().intValues()
        guard dim == 1, !v.contains(where: { $0 < 0 }) else { throw TorchError.runtime("bincount only supports 1-d non-negative integral inputs.") }
        if let w = weights, w.dim != 1 || w.numel != numel {
            throw TorchError.runtime("weights should be 1-d and have the same length as input")
        }
        let (top, overflow) = (v.max() ?? -1).addingReportingOverflow(1)
        guard !overflow else { throw TorchError.runtime("bincount: the largest value \(Int64.max) is too large") }
        let length = Swift.max(minlength, Int(top))
        _ = try Shape.count([length])
        guard let w = weights else {
            var counts = [Int64](repeating: 0, count: length)
            for x in v { counts[Int(x)] += 1 }
            return Tensor(ints: counts, shape: [length])
        }
        let wv = w.contiguousCopy().doubleValues()
        let out: Tensor
        if w.dtype == .float32 {
            var sums = [Float](repeating: 0, count: length)
            for (k, x) in v.enumerated() { sums[Int(x)] += Float(wv[k]) }
            out = Tensor(floats: sums, shape: [length])
        } else {
            var sums = [Double](repeating: 0, count: length)
            for (k, x) in v.enumerated() { sums[Int(x)] += wv[k] }
            out = Tensor(doubles: sums, shape: [length])
        }
        return record(.bincountWeights, out, inputs: [w])
    }

    /// `torch.histc(a, bins=100, min=0, max=0)`: counts in `bins` equal bins over [min, max] (the data's
    /// range when min == max), elements outside ignored, computed in the tensor's dtype as PyTorch's
    /// linear-interpolation kernel does.
    public func histc(bins: Int, min lo: Double, max hi: Double) throws -> Tensor {
        guard dtype.isFloatingPoint else { throw TorchError(.notImplemented, "\"histogram_cpu\" not implemented for '\(dtype.scalarTypeName)'") }
        guard bins > 0 else { throw TorchError.runtime("torch.histogram(): bins must be > 0, but got \(bins) for dimension 0") }
        _ = try Shape.count([bins])
        let v = contiguousCopy().doubleValues()
        var left = lo, right = hi
        if left == right && !v.isEmpty {
            // aminmax propagates NaN.
            if v.contains(where: \.isNaN) { left = .nan; right = .nan } else { left = v.min() ?? 0; right = v.max() ?? 0 }
        }
        if left == right { left -= 1; right += 1 }
        if left.isInfinite || right.isInfinite || left.isNaN || right.isNaN {
            throw TorchError.runtime("torch.histc: range of [\(PythonFloat.repr(left)), \(PythonFloat.repr(right))] is not finite")
        }
        guard left < right else { throw TorchError.runtime("torch.histc: max must be larger than min") }
        var counts = [Double](repeating: 0, count: bins)
        if dtype == .float64 {
            for x in v where x >= left && x <= right {
                var pos = Int((x - left) * Double(bins) / (right - left))
                if pos == bins { pos -= 1 }
                counts[pos] += 1
            }
            return Tensor(doubles: counts, shape: [bins])
        }
        let l = Float(left), r = Float(right)
        for d in v {
            let x = Float(d)
            guard x >= l && x <= r else { continue }
            var pos = Int((x - l) * Float(bins) / (r - l))
            if pos >= bins { pos = bins - 1 }
            counts[pos] += 1
        }
        return Tensor(doubles: counts, shape: [bins]).cast(to: dtype)
    }

    /// `torch.searchsorted(boundaries, values, right=False)` with `self` the sorted boundaries (1-d, or
    /// matching `values` in all but the last dim): for each value, the first index whose boundary is
    /// >= it (> it with `right`), as PyTorch's binary search compares.
    public func searchsorted(_ values: Tensor, right: Bool, int32: Bool) throws -> Tensor {
        if dim == 0 { throw TorchError.runtime("torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 dimension") }
        if dim != 1 && (values.dim != dim || Array(shape.dropLast()) != Array(values.shape.dropLast())) {
            throw TorchError.runtime("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value tensor must match, but we got boundaries tensor \(Shape.describe(shape)) and input value tensor \(Shape.describe(values.shape))")
        }
        let b = contiguousCopy().doubleValues(), v = values.contiguousCopy().doubleValues()
        let n = shape[dim - 1]
        let rowLength = values.dim == 0 ? 1 : values.shape[values.dim - 1]
        var out = [Int64](repeating: 0, count: v.count)
        for (k, x) in v.enumerated() {
            let base = dim == 1 ? 0 : (k / Swift.max(rowLength, 1)) * n
            var lo = 0, hi = n
            while lo < hi {
                let mid = lo + ((hi - lo) >> 1)
                let m = b[base + mid]
                if right ? !(m > x) : !(m >= x) { lo = mid + 1 } else { hi = mid }
            }
            out[k] = Int64(lo)
        }
        return Tensor(ints: out, shape: values.shape, dtype: int32 ? .int32 : .int64)
    }
}

extension Tensor {
    /// `torch.isin(elements, test_elements, invert=False)`: whether each element occurs in `test`
    /// (compared as numbers after promotion; NaN occurs nowhere).
    public func isin(_ test: Tensor, invert: Bool = false) -> Tensor {
        let mine = contiguousCopy(), theirs = test.contiguousCopy()
        let hits: [Bool]
        if dtype.isFloatingPoint || test.dtype.isFloatingPoint {
            let pool = Set(theirs.doubleValues().filter { !$0.isNaN })
            hits = mine.doubleValues().map { pool.contains($0) }
        } else {
            let pool = Set(theirs.intValues())
            hits = mine.intValues().map { pool.contains($0) }
        }
        return Tensor(ints: hits.map { $0 != invert ? 1 : 0 }, shape: shape, dtype: .bool)
    }

    /// `torch.histogram(a, bins, range=None, weight=None, density=False)`: counts (or summed weights)
    /// per bin and the bin edges; `bins` equal bins over the data's range (or `range`), or the given
    /// edges. Computed in the tensor's dtype with PyTorch's linear estimate and local search.
    public func histogram(bins: Int?, edges given: Tensor?, range: (Double, Double)?, weight: Tensor?, density: Bool) throws -> (hist: Tensor, edges: Tensor) {
        guard dtype == .float32 || dtype == .float64 else {
            throw TorchError(.notImplemented, "\"histogramdd\" not implemented for '\(dtype.scalarTypeName)'")
        }
        if let weight, weight.shape != shape {
            throw TorchError.runtime("torch.histogram: if weight tensor is provided it should have the same shape as the input tensor excluding its innermost dimension, but got input with shape \(Shape.describe(shape)) and weight with shape \(Shape.describe(weight.shape))")
        }
        let v = contiguousCopy().doubleValues()
        let edges: Tensor
        if let given {
            edges = given.contiguousCopy()
        } else {
            guard let bins, bins > 0 else { throw TorchError.runtime("torch.histogram(): bins must be > 0, but got \(bins ?? 0) for dimension 0") }
            _ = try Shape.count([bins])
            var lo = range?.0 ?? 0, hi = range?.1 ?? 0
            if range == nil, !v.isEmpty { lo = v.min() ?? 0; hi = v.max() ?? 0 }
            func cxx(_ x: Double) -> String { x.isFinite && x == x.rounded() && Swift.abs(x) < 1e15 ? String(Int64(x)) : PythonFloat.repr(x) }
            guard lo.isFinite && hi.isFinite else {
                throw TorchError.runtime("torch.histogramdd: dimension 0's range [\(cxx(lo)), \(cxx(hi))] is not finite")
            }
            guard lo <= hi else { throw TorchError.runtime("torch.histogramdd: min should not exceed max, but got min \(cxx(lo)) max \(cxx(hi)) for dimension 0") }
            if lo == hi { lo -= 0.5; hi += 0.5 }
            edges = try Tensor.linspace(lo, hi, steps: bins + 1, dtype: dtype)
        }
        let e = edges.doubleValues()
        let count = e.count - 1
        let w = weight?.contiguousCopy().doubleValues()
        var hist = [Double](repeating: 0, count: Swift.max(count, 0))
        let float32 = dtype == .float32
        for (k, x) in v.enumerated() where count > 0 && x >= e[0] && x <= e[count] {
            // Linear estimate of the bin, then the search among its neighbours (upper_bound - 1).
            var pos = 0
            if given == nil {
                pos = float32 ? Int((Float(x) - Float(e[0])) * Float(count) / (Float(e[count]) - Float(e[0])))
                              : Int((x - e[0]) * Double(count) / (e[count] - e[0]))
            }
            // Given edges are searched whole (PyTorch's binary search); equal bins around the estimate.
            let lo = given != nil ? 0 : Swift.max(0, pos - 1), hi = given != nil ? count + 1 : Swift.min(pos + 2, count + 1)
            var p = lo
            while p < hi && e[p] <= x { p += 1 }
            pos = p - 1
            if pos == count { pos -= 1 }
            hist[pos] += w?[k] ?? 1
        }
        if density {
            let total = hist.reduce(0, +)
            hist = hist.indices.map { hist[$0] / total / (e[$0 + 1] - e[$0]) }
        }
        let histogram = Tensor(doubles: hist, shape: [hist.count]).cast(to: dtype)
        let edgesOut = given == nil ? edges : edges.detach()
        record(.histogramWeights, [histogram, edgesOut], inputs: [self] + (weight.map { [$0] } ?? []))
        return (histogram, edgesOut)
    }
}
