import Foundation
import Autograd

/// Less central numpy functions course notebooks call: median, quantile/percentile, count_nonzero,
/// argwhere, unique, flip, outer, diag, isclose, meshgrid.
enum NumpyMoreFunctions {
    typealias Fn = (inout CallArgs, Interpreter) throws -> Value

    static func tensor(_ a: CallArgs, _ i: Int, _ key: String, _ name: String) throws -> Tensor {
        try NumpyFunctions.tensor(try a.required(i, key), name)
    }

    /// numpy's `_lerp`: from the nearer end, so the endpoints come out exactly.
    static func lerp(_ a: Double, _ b: Double, _ t: Double) -> Double {
        let diff = b - a
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t
    }

    /// `quantile` / `percentile` / `median` with the default 'linear' method, over all elements or one axis.
    static func quantile(_ t: Tensor, _ qs: [Double], axis: Value?, name: String) throws -> Tensor {
        for q in qs where !(0...1).contains(q) {
            throw PyError(.value, name == "percentile" ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]")
        }
        let r = try NumpyReductions.runs(t, try NumpyReductions.axes(axis, rank: t.dim), keepdims: false)
        let n = r.runLength
        if n == 0 { throw PyError(.index, "index -1 is out of bounds for axis 0 with size 0") }
        let values = t.dtype.isFloatingPoint ? r.values : r.ints.map(Double.init)
        let outCount = Shape.numel(r.keptShape)
        var out: [Double] = []
        for q in qs {
            for o in 0..<outCount {
                let run = Array(values[(o * n)..<(o * n + n)])
                if run.contains(where: { $0.isNaN }) { out.append(.nan); continue }
                let sorted = run.sorted()
                let virtual = q * Double(n - 1)
                let lo = Int(Foundation.floor(virtual)), hi = min(lo + 1, n - 1)
                out.append(lerp(sorted[lo], sorted[hi], virtual - Double(lo)))
            }
        }
        let dtype: DType = t.dtype.storesFloats ? t.dtype : .float64
        return NumpyArrays.make(dtype, shape: (qs.count > 1 ? [qs.count] : []) + r.keptShape, doubles: out)
    }

    static func qs(_ v: Value, scale: Double) throws -> ([Double], Bool) {
        if case .list = v { return (try NumpyFunctions.tensor(v, "quantile").doubleValues().map { $0 / scale }, true) }
        if case .object(let a as NDArray) = v, a.tensor.dim > 0 { return (a.tensor.doubleValues().map { $0 / scale }, true) }
        return ([try Convert.double(v) / scale], false)
    }

    nonisolated(unsafe) static let functions: [String: Fn] = [
        "bincount": { a, _ in
            // Counts of each non-negative integer (weights summed instead when given), at least minlength long.
            let t = try tensor(a, 0, "x", "bincount")
            guard t.dim <= 1 else { throw PyError(.value, "object too deep for desired array") }
            if t.dtype.isFloatingPoint && t.numel > 0 {
                throw PyError(.notImplemented, "np.bincount of floats is not supported by gradstep (numpy deprecates it): pass integers")
            }
            let values = t.intValues()
            if values.contains(where: { $0 < 0 }) { throw PyError(.value, "'list' argument must have no negative elements") }
            let minlength = try a.int(2, "minlength", default: 0)
            if minlength < 0 { throw PyError(.value, "'minlength' must not be negative") }
            let n = Swift.max(Int(values.max().map { $0 + 1 } ?? 0), minlength)
            _ = try NumpyArrays.checkedCount([n])
            if let w = a.value(1, "weights"), !w.isNone {
                let weights = try NumpyArrays.array(w, dtype: .float64).doubleValues()
                guard weights.count == values.count else { throw PyError(.value, "The weights and list don't have the same length.") }
                var out = [Double](repeating: 0, count: n)
                for (i, v) in values.enumerated() { out[Int(v)] += weights[i] }
                return .object(NDArray(Tensor(doubles: out, shape: [n])))
            }
            var out = [Int64](repeating: 0, count: n)
            for v in values { out[Int(v)] += 1 }
            return .object(NDArray(Tensor(ints: out, shape: [n])))
        },
        "median": { a, _ in
            let t = try tensor(a, 0, "a", "median")
            if t.numel == 0 { return .object(NumpyScalar(Tensor(doubles: [.nan], shape: []))) }
            // numpy's median is the mean of the middle one or two sorted values.
            let r = try NumpyReductions.runs(t, try NumpyReductions.axes(a.value(1, "axis"), rank: t.dim), keepdims: false)
            let n = r.runLength
            let values = t.dtype.isFloatingPoint ? r.values : r.ints.map(Double.init)
            var out: [Double] = []
            for o in 0..<Shape.numel(r.keptShape) {
                let sorted = values[(o * n)..<(o * n + n)].sorted()
                if sorted.last?.isNaN == true || sorted.contains(where: { $0.isNaN }) { out.append(.nan); continue }
                if n % 2 == 1 { out.append(sorted[n / 2]); continue }
                if t.dtype.storesFloats { out.append(Double((Float(sorted[n / 2 - 1]) + Float(sorted[n / 2])) / 2)) } else {
                    out.append((sorted[n / 2 - 1] + sorted[n / 2]) / 2)
                }
            }
            return NDArray.result(NumpyArrays.make(t.dtype.storesFloats ? t.dtype : .float64, shape: r.keptShape, doubles: out))
        },
        "quantile": { a, _ in
            let (q, many) = try qs(try a.required(1, "q"), scale: 1)
            let r = try quantile(try tensor(a, 0, "a", "quantile"), q, axis: a.value(2, "axis"), name: "quantile")
            return many ? .object(NDArray(r)) : NDArray.result(r)
        },
        "percentile": { a, _ in
            let (q, many) = try qs(try a.required(1, "q"), scale: 100)
            let r = try quantile(try tensor(a, 0, "a", "percentile"), q, axis: a.value(2, "axis"), name: "percentile")
            return many ? .object(NDArray(r)) : NDArray.result(r)
        },
        "count_nonzero": { a, _ in
            let t = try tensor(a, 0, "a", "count_nonzero")
            if let ax = a.value(1, "axis"), !ax.isNone {
                let s = try NumpyReductions.sum(NumpyArrays.copy(t, .bool), axis: ax, keepdims: false)
                return .object(NDArray(s))
            }
            return .int(t.doubleValues().filter { $0 != 0 }.count)
        },
        "argwhere": { a, _ in
            let t = try tensor(a, 0, "a", "argwhere")
            guard case .tuple(let cols) = NumpyFunctions.nonzero(t) else { return .none }
            let cs = cols.compactMap { NumpyArrays.tensorOf($0)?.intValues() }
            let n = cs.first?.count ?? 0
            var v: [Int64] = []
            for i in 0..<n { for c in cs { v.append(c[i]) } }
            return .object(NDArray(Tensor(ints: v, shape: [n, t.dim])))
        },
        "unique": { a, _ in
            if case .object(let s as NumpyStrArray) = try a.required(0, "ar") { return try NumpyStrArray.unique(s, a) }
            let t = try tensor(a, 0, "ar", "unique")
            let flat = try NDArrayMethods.reshape(t, [t.numel])
            let order = try NumpyFunctions.argsort(flat).intValues().map(Int.init)
            let v = flat.doubleValues()
            // The sort is stable, so each run's first element is the value's first occurrence.
            var keep: [Int] = [], counts: [Int64] = []
            var inverse = [Int64](repeating: 0, count: v.count)
            for i in order {
                if let last = keep.last, v[last] == v[i] || (v[last].isNaN && v[i].isNaN) { counts[counts.count - 1] += 1 } else { keep.append(i); counts.append(1) }
                inverse[i] = Int64(keep.count - 1)
            }
            let picked = NumpyArrays.make(t.dtype, shape: [keep.count], doubles: keep.map { v[$0] })
            let out: Tensor = t.dtype.isFloatingPoint ? picked : Tensor(ints: keep.map { flat.intValues()[$0] }, shape: [keep.count], dtype: t.dtype)
            var results: [Value] = [.object(NDArray(out))]
            if try a.bool(nil, "return_index", default: false) {
                results.append(.object(NDArray(Tensor(ints: keep.map(Int64.init), shape: [keep.count]))))
            }
            if try a.bool(nil, "return_inverse", default: false) {
                // numpy 2 shapes the inverse as the input (without axis=).
                results.append(.object(NDArray(Tensor(ints: inverse, shape: t.shape))))
            }
            if try a.bool(nil, "return_counts", default: false) {
                results.append(.object(NDArray(Tensor(ints: counts, shape: [counts.count]))))
            }
            if let ax = a.value(nil, "axis"), !ax.isNone { throw PyError(.notImplemented, "np.unique(axis=...) is not supported by gradstep") }
            return results.count == 1 ? results[0] : .tuple(results)
        },
        "flip": { a, _ in
            let t = try tensor(a, 0, "m", "flip")
            // A view, as numpy's (negative strides).
            var axes = Array(0..<t.dim)
            if let ax = a.value(1, "axis"), !ax.isNone { axes = try NumpyReductions.axes(ax, rank: t.dim) }
            return NDArray.result(try NumpyIndexing.flip(t, axes))
        },
        "outer": { a, _ in
            let x = try tensor(a, 0, "a", "outer"), y = try tensor(a, 1, "b", "outer")
            let col = try NDArrayMethods.reshape(x, [x.numel, 1]), row = try NDArrayMethods.reshape(y, [1, y.numel])
            return .object(NDArray(try NumpyMath.apply(.multiply, .init(tensor: col, weak: false), .init(tensor: row, weak: false))))
        },
        "diag": { a, _ in
            let t = try tensor(a, 0, "v", "diag")
            if t.dim == 1 {
                let n = t.numel
                var v = [Double](repeating: 0, count: n * n)
                let d = t.doubleValues()
                for i in 0..<n { v[i * n + i] = d[i] }
                return .object(NDArray(NumpyArrays.make(t.dtype, shape: [n, n], doubles: v)))
            }
            guard t.dim == 2 else { throw PyError(.value, "Input must be 1- or 2-d.") }
            let n = min(t.shape[0], t.shape[1])
            let d = t.contiguous().doubleValues()
            return .object(NDArray(NumpyArrays.make(t.dtype, shape: [n], doubles: (0..<n).map { d[$0 * t.shape[1] + $0] })))
        },
        "isclose": { a, _ in
            let x = try tensor(a, 0, "a", "isclose"), y = try tensor(a, 1, "b", "isclose")
            let rtol = try a.double(2, "rtol", default: 1e-5), atol = try a.double(3, "atol", default: 1e-8)
            let shape = try NumpyMath.broadcastShape(x.shape, y.shape)
            let xv = try x.broadcast(to: shape).doubleValues(), yv = try y.broadcast(to: shape).doubleValues()
            let r = zip(xv, yv).map { (p, q) -> Int64 in (p == q || Swift.abs(p - q) <= atol + rtol * Swift.abs(q)) ? 1 : 0 }
            return NDArray.result(Tensor(ints: r, shape: shape, dtype: .bool))
        },
        "meshgrid": { a, _ in
            guard a.positional.count == 2 else { throw PyError(.notImplemented, "gradstep's np.meshgrid takes two 1-d arrays") }
            let x = try tensor(a, 0, "x", "meshgrid"), y = try tensor(a, 1, "y", "meshgrid")
            let ij = (a.value(nil, "indexing").map { Repr.str($0) } ?? "xy") == "ij"
            let (rows, cols) = ij ? (x.numel, y.numel) : (y.numel, x.numel)
            _ = try NumpyArrays.checkedCount([rows, cols])
            let xv = x.doubleValues(), yv = y.doubleValues()
            var gx = [Double](), gy = [Double]()
            for i in 0..<rows { for j in 0..<cols {
                gx.append(ij ? xv[i] : xv[j]); gy.append(ij ? yv[j] : yv[i])
            } }
            return .tuple([.object(NDArray(NumpyArrays.make(x.dtype, shape: [rows, cols], doubles: gx))),
                           .object(NDArray(NumpyArrays.make(y.dtype, shape: [rows, cols], doubles: gy)))])
        },
    ]
}
