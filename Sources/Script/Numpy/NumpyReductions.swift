import Foundation
import Autograd

/// numpy's reductions (sum, mean, var, std, min, max, argmin, argmax, prod, any, all) with
/// `axis=` and `keepdims=`. Sums follow numpy's order: pairwise (blocks of 8, 128-element leaves)
/// along a reduced trailing run, and one element at a time across a leading axis.
enum NumpyReductions {
    /// The reduced axes (sorted, non-negative) for `axis=` (None, an int or a tuple).
    static func axes(_ v: Value?, rank: Int) throws -> [Int] {
        guard let v, !v.isNone else { return Array(0..<rank) }
        let items: [Value]
        if case .tuple(let t) = v { items = t } else if case .list(let l) = v { items = l.items } else { items = [v] }
        var out: [Int] = []
        for item in items {
            let a = try Convert.int(item, name: "axis", argument: "axis")
            guard a >= -rank && a < rank else { throw PyError(library: "numpy.exceptions.AxisError", "axis \(a) is out of bounds for array of dimension \(rank)") }
            let w = a < 0 ? a + rank : a
            if out.contains(w) { throw PyError(.value, "duplicate value in 'axis'") }
            out.append(w)
        }
        return out.sorted()
    }

    /// The array's values regrouped as runs: for each output element, its reduced elements in order.
    struct Runs {
        let outShape: [Int]
        let keptShape: [Int]
        let runLength: Int
        let trailing: Bool
        let values: [Double]
        let ints: [Int64]
    }

    static func runs(_ t: Tensor, _ ax: [Int], keepdims: Bool) throws -> Runs {
        let kept = (0..<t.dim).filter { !ax.contains($0) }
        let permuted = try t.permute(kept + ax)
        let keptShape = kept.map { t.shape[$0] }
        let runLength = ax.reduce(1) { $0 * t.shape[$1] }
        let outShape = keepdims ? (0..<t.dim).map { ax.contains($0) ? 1 : t.shape[$0] } : keptShape
        let trailing = ax.isEmpty || ax == Array((t.dim - ax.count)..<t.dim)
        return Runs(outShape: outShape, keptShape: keptShape, runLength: runLength, trailing: trailing,
                    values: t.dtype.isFloatingPoint ? permuted.doubleValues() : [],
                    ints: t.dtype.isFloatingPoint ? [] : permuted.intValues())
    }

    /// numpy's `pairwise_sum` (loops_utils.h) over `v[start..<start+n]` in Double or Float.
    static func pairwise(_ v: [Double], _ start: Int, _ n: Int, float32: Bool) -> Double {
        if float32 { return Double(pairwiseF(v, start, n)) }
        if n < 8 {
            var res = 0.0
            for i in 0..<n { res += v[start + i] }
            return res
        } else if n <= 128 {
            var r = (0..<8).map { v[start + $0] }
            var i = 8
            while i < n - (n % 8) {
                for j in 0..<8 { r[j] += v[start + i + j] }
                i += 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { res += v[start + i]; i += 1 }
            return res
        } else {
            var n2 = n / 2
            n2 -= n2 % 8
            return pairwise(v, start, n2, float32: false) + pairwise(v, start + n2, n - n2, float32: false)
        }
    }

    static func pairwiseF(_ v: [Double], _ start: Int, _ n: Int) -> Float {
        if n < 8 {
            var res: Float = 0
            for i in 0..<n { res += Float(v[start + i]) }
            return res
        } else if n <= 128 {
            var r = (0..<8).map { Float(v[start + $0]) }
            var i = 8
            while i < n - (n % 8) {
                for j in 0..<8 { r[j] += Float(v[start + i + j]) }
                i += 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { res += Float(v[start + i]); i += 1 }
            return res
        } else {
            var n2 = n / 2
            n2 -= n2 % 8
            return pairwiseF(v, start, n2) + pairwiseF(v, start + n2, n - n2)
        }
    }

    /// Floating sums of each run in `dtype` (float32 or float64), in numpy's order.
    /// `halfSteps`: float16's add loop across a leading axis rounds every partial sum to half.
    static func floatSums(_ r: Runs, _ values: [Double], float32: Bool, halfSteps: Bool = false) -> [Double] {
        let outCount = Shape.numel(r.keptShape)
        var out = [Double](repeating: 0, count: outCount)
        if r.trailing {
            for o in 0..<outCount { out[o] = pairwise(values, o * r.runLength, r.runLength, float32: float32) }
        } else {
            for o in 0..<outCount {
                if float32 {
                    var s: Float = 0
                    for i in 0..<r.runLength {
                        s += Float(values[o * r.runLength + i])
                        if halfSteps { s = DType.half(s) }
                    }
                    out[o] = Double(s)
                } else {
                    var s = 0.0
                    for i in 0..<r.runLength { s += values[o * r.runLength + i] }
                    out[o] = s
                }
            }
        }
        return out
    }

    /// The integer type numpy's `add.reduce`/`multiply.reduce` give for `d`: signed integers and
    /// bool int64, unsigned ones uint64 (at least the platform's long).
    static func integerAccumulator(_ d: DType) -> DType { d.isUnsigned ? .uint64 : .int64 }

    /// `sum` (and `mean` when `mean`): integers sum as int64 (unsigned as uint64), floats in their own
    /// type; float16 adds in float32 and rounds the sum (its mean divides in float32 first, as `_mean` does).
    static func sum(_ t: Tensor, axis: Value?, keepdims: Bool, mean: Bool = false, dtype: DType? = nil) throws -> Tensor {
        let ax = try axes(axis, rank: t.dim)
        let r = try runs(t, ax, keepdims: keepdims)
        let n = r.runLength
        if !t.dtype.isFloatingPoint && !mean && (dtype == nil || !dtype!.isFloatingPoint) {
            let outCount = Shape.numel(r.keptShape)
            var out = [Int64](repeating: 0, count: outCount)
            for o in 0..<outCount { for i in 0..<n { out[o] = out[o] &+ r.ints[o * n + i] } }
            return Tensor(ints: out, shape: r.outShape, dtype: dtype ?? integerAccumulator(t.dtype))
        }
        let acc: DType = t.dtype.isFloatingPoint ? (dtype ?? t.dtype) : .float64
        let values = t.dtype.isFloatingPoint ? r.values : r.ints.map(t.dtype.double(fromStored:))
        var sums = floatSums(r, values, float32: acc.storesFloats, halfSteps: acc == .float16 && !mean)
        if mean {
            if acc.storesFloats { sums = sums.map { Double(Float($0) / Float(n)) } } else { sums = sums.map { $0 / Double(n) } }
        }
        return NumpyArrays.make(acc, shape: r.outShape, doubles: sums)
    }

    /// `var` / `std` as numpy's `_var`: the mean (kept dims), squared deviations, their sum / (n - ddof).
    static func variance(_ t: Tensor, axis: Value?, keepdims: Bool, ddof: Int, std: Bool) throws -> Tensor {
        let ax = try axes(axis, rank: t.dim)
        let acc: DType = t.dtype.storesFloats ? t.dtype : .float64
        let x = NumpyArrays.copy(t, acc)
        // numpy's `_var` divides a float16 sum in float16 (where `_mean` divides in float32).
        let mean = acc == .float16
            ? try NumpyMath.apply(.divide, NumpyMath.Operand(tensor: try sum(x, axis: axis, keepdims: true), weak: false),
                                  NumpyMath.Operand(tensor: Tensor(ints: [Int64(Swift.max(ax.reduce(1) { $0 * t.shape[$1] }, 0))], shape: []), weak: true))
            : try sum(x, axis: axis, keepdims: true, mean: true)
        let dev = try NumpyMath.apply(.subtract, NumpyMath.Operand(tensor: x, weak: false), NumpyMath.Operand(tensor: mean, weak: false))
        let sq = try NumpyMath.apply(.multiply, NumpyMath.Operand(tensor: dev, weak: false), NumpyMath.Operand(tensor: dev, weak: false))
        let s = try sum(sq, axis: axis, keepdims: keepdims)
        let n = ax.reduce(1) { $0 * t.shape[$1] }
        let divisor = Swift.max(n - ddof, 0)
        let values = s.doubleValues().map { v -> Double in
            var q = acc.storesFloats ? Double(Float(v) / Float(divisor)) : v / Double(divisor)
            if acc == .float16 { q = Double(Float16(q)) }
            return std ? (acc.storesFloats ? Double(Float(q).squareRoot()) : q.squareRoot()) : q
        }
        return NumpyArrays.make(acc, shape: s.shape, doubles: values)
    }

    /// `min` / `max` (NaN propagates) and `argmin` / `argmax` (first occurrence).
    static func extreme(_ t: Tensor, axis: Value?, keepdims: Bool, max wantMax: Bool, arg: Bool) throws -> Tensor {
        if arg, let a = axis, !a.isNone, case .tuple = a { throw PyError(.type, "'tuple' object cannot be interpreted as an integer") }
        let ax = try axes(axis, rank: t.dim)
        let r = try runs(arg && (axis == nil || axis!.isNone) ? t.reshape([t.numel]) : t, arg && (axis == nil || axis!.isNone) ? [0] : ax,
                         keepdims: keepdims && !(arg && (axis == nil || axis!.isNone)))
        let n = r.runLength
        let name = arg ? (wantMax ? "argmax" : "argmin") : (wantMax ? "maximum" : "minimum")
        if n == 0 {
            if arg { throw PyError(.value, "attempt to get \(name) of an empty sequence") }
            throw PyError(.value, "zero-size array to reduction operation \(name) which has no identity")
        }
        let outCount = Shape.numel(r.keptShape)
        var best = [Int](repeating: 0, count: outCount)
        let float = t.dtype.isFloatingPoint
        for o in 0..<outCount {
            var bi = 0
            for i in 1..<n {
                let k = o * n + i, b = o * n + bi
                if float {
                    let v = r.values[k], cur = r.values[b]
                    if cur.isNaN { break }
                    if v.isNaN || (wantMax ? v > cur : v < cur) { bi = i }
                } else if t.dtype == .uint64 {
                    let v = UInt64(bitPattern: r.ints[k]), cur = UInt64(bitPattern: r.ints[b])
                    if wantMax ? v > cur : v < cur { bi = i }
                } else {
                    let v = r.ints[k], cur = r.ints[b]
                    if wantMax ? v > cur : v < cur { bi = i }
                }
            }
            best[o] = bi
        }
        var shape = r.outShape
        if arg && (axis == nil || axis!.isNone) && keepdims { shape = [Int](repeating: 1, count: t.dim) }
        if arg { return Tensor(ints: best.map(Int64.init), shape: shape) }
        if float { return NumpyArrays.make(t.dtype, shape: shape, doubles: best.enumerated().map { r.values[$0.offset * n + $0.element] }) }
        return Tensor(ints: best.enumerated().map { r.ints[$0.offset * n + $0.element] }, shape: shape, dtype: t.dtype)
    }

    /// `prod`, `any`, `all`.
    static func fold(_ t: Tensor, axis: Value?, keepdims: Bool, kind: String) throws -> Tensor {
        let ax = try axes(axis, rank: t.dim)
        let r = try runs(t, ax, keepdims: keepdims)
        let n = r.runLength, outCount = Shape.numel(r.keptShape)
        let float = t.dtype.isFloatingPoint
        switch kind {
        case "any", "all":
            var out = [Int64](repeating: kind == "all" ? 1 : 0, count: outCount)
            for o in 0..<outCount { for i in 0..<n {
                let nz = float ? r.values[o * n + i] != 0 : r.ints[o * n + i] != 0
                if kind == "any" && nz { out[o] = 1 }
                if kind == "all" && !nz { out[o] = 0 }
            } }
            return Tensor(ints: out, shape: r.outShape, dtype: .bool)
        default:
            if float {
                var out = [Double](repeating: 1, count: outCount)
                for o in 0..<outCount {
                    if t.dtype.storesFloats {
                        var p: Float = 1
                        for i in 0..<n { p *= Float(r.values[o * n + i]) }
                        out[o] = Double(p)
                    } else {
                        for i in 0..<n { out[o] *= r.values[o * n + i] }
                    }
                }
                return NumpyArrays.make(t.dtype, shape: r.outShape, doubles: out)
            }
            var out = [Int64](repeating: 1, count: outCount)
            for o in 0..<outCount { for i in 0..<n { out[o] = out[o] &* r.ints[o * n + i] } }
            return Tensor(ints: out, shape: r.outShape, dtype: integerAccumulator(t.dtype))
        }
    }
}
