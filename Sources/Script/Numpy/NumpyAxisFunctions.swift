import Foundation
import Autograd

/// numpy functions kept in C that pick along axes: diagonal, trace, take, swapaxes, moveaxis, cumprod,
/// flatnonzero, searchsorted, interp, ptp and unravel_index (each also an ndarray method where numpy has one).
enum NumpyAxisFunctions {
    typealias Fn = (inout CallArgs, Interpreter) throws -> Value

    /// One axis wrapped into `0..<rank`, with numpy's AxisError (prefixed `label: ` as numpy's
    /// swapaxes and moveaxis name their argument).
    static func axis(_ v: Value, rank: Int, label: String? = nil) throws -> Int {
        let a = try Convert.int(v, name: "axis", argument: "axis")
        guard a >= -rank && a < rank else {
            throw PyError(library: "numpy.exceptions.AxisError", (label.map { "\($0): " } ?? "") + "axis \(a) is out of bounds for array of dimension \(rank)")
        }
        return a < 0 ? a + rank : a
    }

    static func diagonal(_ t: Tensor, offset: Int, axis1: Value, axis2: Value) throws -> Tensor {
        guard t.dim >= 2 else { throw PyError(.value, "diag requires an array of at least two dimensions") }
        let d1 = try axis(axis1, rank: t.dim, label: "axis1"), d2 = try axis(axis2, rank: t.dim, label: "axis2")
        if d1 == d2 { throw PyError(.value, "axis1 and axis2 cannot be the same") }
        return try t.diagonal(offset: offset, dim1: d1, dim2: d2)
    }

    static func swapaxes(_ t: Tensor, _ a1: Value, _ a2: Value) throws -> Tensor {
        let i = try axis(a1, rank: t.dim, label: "axis1"), j = try axis(a2, rank: t.dim, label: "axis2")
        var perm = Array(0..<t.dim)
        perm.swapAt(i, j)
        return try t.permute(perm)
    }

    /// `np.take(a, indices, axis=None)`: a.shape[:axis] + indices.shape + a.shape[axis+1:], negative
    /// indices counted from the end.
    static func take(_ t: Tensor, _ indices: Value, axis axisValue: Value?) throws -> Tensor {
        let src = (axisValue == nil || axisValue!.isNone) ? try NDArrayMethods.reshape(t, [t.numel]) : t.contiguous()
        let d = (axisValue == nil || axisValue!.isNone) ? 0 : try axis(axisValue!, rank: t.dim)
        if src.dim == 0 { throw PyError(library: "numpy.exceptions.AxisError", "axis 0 is out of bounds for array of dimension 0") }
        var idx = try NumpyArrays.asarray(indices, dtype: nil)
        if idx.dtype.isFloatingPoint {
            // numpy converts Python numbers and lists to intp as int() does, but refuses float arrays.
            if case .object(is NDArray) = indices {
                throw PyError(.type, "Cannot cast array data from dtype('\(NumpyDType.name(idx.dtype))') to dtype('int64') according to the rule 'same_kind'")
            }
            idx = NumpyArrays.copy(idx, .int64)
        }
        let n = src.shape[d]
        let picks = try idx.intValues().map { i -> Int in
            guard i >= -Int64(n) && i < Int64(n) else { throw PyError(.index, "index \(i) is out of bounds for axis \(d) with size \(n)") }
            return Int(i < 0 ? i + Int64(n) : i)
        }
        let outer = src.shape[..<d].reduce(1, *), inner = src.shape[(d + 1)...].reduce(1, *)
        let shape = Array(src.shape[..<d]) + idx.shape + Array(src.shape[(d + 1)...])
        _ = try NumpyArrays.checkedCount(shape)
        var positions: [Int] = []
        positions.reserveCapacity(outer * picks.count * inner)
        for o in 0..<outer { for p in picks { for i in 0..<inner { positions.append((o * n + p) * inner + i) } } }
        if t.dtype.isFloatingPoint {
            let v = src.contiguous().doubleValues()
            return NumpyArrays.make(t.dtype, shape: shape, doubles: positions.map { v[$0] })
        }
        let v = src.contiguous().intValues()
        return Tensor(ints: positions.map { v[$0] }, shape: shape, dtype: t.dtype)
    }

    /// `np.cumprod` / `a.cumprod()`: running products along an axis (flattened without one); integers
    /// and bools multiply in int64 as numpy's accumulate does.
    static func cumprod(_ t: Tensor, _ axisValue: Value?) throws -> Tensor {
        let flat = axisValue == nil || axisValue!.isNone
        let src = flat ? try NDArrayMethods.reshape(t, [t.numel]) : t
        let d = flat ? 0 : try axis(axisValue!, rank: t.dim)
        let out = t.dtype.isFloatingPoint ? src : NumpyArrays.copy(src, NumpyReductions.integerAccumulator(t.dtype))
        if out.dim == 0 { return out }
        let moved = try out.transpose(d, out.dim - 1).contiguous()
        let n = moved.shape.last ?? 1
        let rows = n == 0 ? 0 : moved.numel / n
        let result: Tensor
        if out.dtype.storesFloats {
            var v = moved.floatValues()
            for r in 0..<rows where n > 1 { for i in 1..<n { v[r * n + i] *= v[r * n + i - 1] } }
            result = Tensor(floats: v, shape: moved.shape, dtype: out.dtype)
        } else if out.dtype == .float64 {
            var v = moved.doubleValues()
            for r in 0..<rows where n > 1 { for i in 1..<n { v[r * n + i] *= v[r * n + i - 1] } }
            result = Tensor(doubles: v, shape: moved.shape)
        } else {
            var v = moved.intValues()
            for r in 0..<rows where n > 1 { for i in 1..<n { v[r * n + i] = v[r * n + i] &* v[r * n + i - 1] } }
            result = Tensor(ints: v, shape: moved.shape, dtype: out.dtype)
        }
        return try result.transpose(d, out.dim - 1).contiguous()
    }

    /// `np.maximum.accumulate` / `np.minimum.accumulate`: the running extreme along an axis (NaN propagates).
    static func runningExtreme(_ t: Tensor, _ axisValue: Value, max: Bool) throws -> Tensor {
        let d = axisValue.isNone ? 0 : try axis(axisValue, rank: t.dim)
        let src = axisValue.isNone ? try NDArrayMethods.reshape(t, [t.numel]) : t
        let moved = try src.transpose(d, src.dim - 1).contiguous()
        let n = moved.shape.last ?? 1
        let rows = n == 0 ? 0 : moved.numel / n
        let result: Tensor
        if t.dtype.isFloatingPoint {
            var v = moved.doubleValues()
            for r in 0..<rows where n > 1 { for i in 1..<n {
                let (p, q) = (v[r * n + i - 1], v[r * n + i])
                v[r * n + i] = p.isNaN || q.isNaN ? .nan : (max ? Swift.max(p, q) : Swift.min(p, q))
            } }
            result = NumpyArrays.make(t.dtype, shape: moved.shape, doubles: v)
        } else {
            var v = moved.intValues()
            for r in 0..<rows where n > 1 { for i in 1..<n {
                v[r * n + i] = max ? Swift.max(v[r * n + i - 1], v[r * n + i]) : Swift.min(v[r * n + i - 1], v[r * n + i])
            } }
            result = Tensor(ints: v, shape: moved.shape, dtype: t.dtype)
        }
        return try result.transpose(d, src.dim - 1).contiguous()
    }

    /// `np.repeat(a, repeats, axis=None)`: each element (each slice along axis) repeated, repeats one
    /// count or one per element.
    static func repeatElements(_ t: Tensor, _ repeats: Value, axis axisValue: Value?) throws -> Tensor {
        let flat = axisValue == nil || axisValue!.isNone
        let src = flat ? try NDArrayMethods.reshape(t, [t.numel]) : t.contiguous()
        let d = flat ? 0 : try axis(axisValue!, rank: t.dim)
        if src.dim == 0 { throw PyError(library: "numpy.exceptions.AxisError", "axis \(d) is out of bounds for array of dimension 0") }
        let n = src.shape[d]
        var counts = try NumpyArrays.asarray(repeats, dtype: nil).intValues().map(Int.init)
        if counts.count == 1 { counts = [Int](repeating: counts[0], count: n) }
        guard counts.count == n else {
            throw PyError(.value, "operands could not be broadcast together with shape (\(n),) (\(counts.count),)")
        }
        if counts.contains(where: { $0 < 0 }) { throw PyError(.value, "negative dimensions are not allowed") }
        var total = 0
        for c in counts {
            let (sum, overflow) = total.addingReportingOverflow(c)
            // numpy's total wraps negative.
            if overflow { throw PyError(.value, "negative dimensions are not allowed") }
            total = sum
        }
        var shape = src.shape
        shape[d] = total
        _ = try NumpyArrays.checkedCount(shape)
        let outer = src.shape[..<d].reduce(1, *), inner = src.shape[(d + 1)...].reduce(1, *)
        var positions: [Int] = []
        positions.reserveCapacity(outer * total * inner)
        for o in 0..<outer { for (p, c) in counts.enumerated() { for _ in 0..<c { for i in 0..<inner { positions.append((o * n + p) * inner + i) } } } }
        if t.dtype.isFloatingPoint {
            let v = src.doubleValues()
            return NumpyArrays.make(t.dtype, shape: shape, doubles: positions.map { v[$0] })
        }
        let v = src.intValues()
        return Tensor(ints: positions.map { v[$0] }, shape: shape, dtype: t.dtype)
    }

    /// `np.searchsorted(a, v, side='left')`: insertion points keeping a sorted 1-d `a` sorted.
    static func searchsorted(_ a: Tensor, _ v: Tensor, right: Bool) throws -> Tensor {
        guard a.dim == 1 else { throw PyError(.value, "object too deep for desired array") }
        let xs = a.doubleValues(), vs = v.doubleValues()
        // NaN sorts last in numpy, so it compares greater than every number.
        func less(_ p: Double, _ q: Double) -> Bool { q.isNaN ? !p.isNaN : p < q }
        let r = vs.map { x -> Int64 in
            var lo = 0, hi = xs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if right ? !less(x, xs[mid]) : less(xs[mid], x) { lo = mid + 1 } else { hi = mid }
            }
            return Int64(lo)
        }
        return Tensor(ints: r, shape: v.shape)
    }

    /// `np.interp(x, xp, fp, left=None, right=None)` in float64, numpy's formula (compiled_base.c):
    /// slope * (x - xp[j]) + fp[j], from the right end when that gives NaN.
    static func interp(_ x: Tensor, _ xp: Tensor, _ fp: Tensor, left: Double?, right: Double?) throws -> Tensor {
        let dx = xp.doubleValues(), dy = fp.doubleValues()
        guard xp.dim == 1, fp.dim == 1 else { throw PyError(.value, "object too deep for desired array") }
        guard !dx.isEmpty else { throw PyError(.value, "array of sample points is empty") }
        guard dx.count == dy.count else { throw PyError(.value, "fp and xp are not of the same length.") }
        let lval = left ?? dy[0], rval = right ?? dy[dy.count - 1]
        let out = x.doubleValues().map { v -> Double in
            if v.isNaN { return v }
            if v > dx[dx.count - 1] { return rval }
            if v < dx[0] { return lval }
            if v == dx[dx.count - 1] { return dy[dy.count - 1] }
            var lo = 0, hi = dx.count
            while lo < hi { let mid = (lo + hi) / 2; if dx[mid] <= v { lo = mid + 1 } else { hi = mid } }
            let j = Swift.max(lo - 1, 0)
            if j >= dx.count - 1 { return dy[dy.count - 1] }
            if dx[j] == v { return dy[j] }
            let slope = (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j])
            let r = slope * (v - dx[j]) + dy[j]
            if r.isNaN {
                let back = slope * (v - dx[j + 1]) + dy[j + 1]
                return back.isNaN && dy[j] == dy[j + 1] ? dy[j] : back
            }
            return r
        }
        return Tensor(doubles: out, shape: x.shape)
    }

    /// `np.moveaxis(a, source, destination)`: the named axes moved, the others kept in order.
    static func moveaxis(_ t: Tensor, _ source: Value, _ destination: Value) throws -> Tensor {
        func list(_ v: Value, _ label: String) throws -> [Int] {
            let items: [Value]
            if case .tuple(let i) = v { items = i } else if case .list(let l) = v { items = l.items } else { items = [v] }
            let out = try items.map { try axis($0, rank: t.dim, label: label) }
            if Set(out).count != out.count { throw PyError(.value, "repeated axis in `\(label)` argument") }
            return out
        }
        let src = try list(source, "source"), dst = try list(destination, "destination")
        guard src.count == dst.count else {
            throw PyError(.value, "`source` and `destination` arguments must have the same number of elements")
        }
        var order = (0..<t.dim).filter { !src.contains($0) }
        for (d, s) in zip(dst, src).sorted(by: { $0.0 < $1.0 }) { order.insert(s, at: d) }
        return try t.permute(order)
    }

    /// A reduction's `where=` mask: `sum` adds only the selected elements (the others as zeros);
    /// the other reductions refuse it rather than ignore it. The keyword is taken out of `args`.
    static func maskedForReduction(_ name: String, _ t: Tensor, _ args: inout CallArgs) throws -> Tensor {
        guard let i = args.keywords.firstIndex(where: { $0.0 == "where" }) else { return t }
        let mask = args.keywords[i].1
        args.keywords.remove(at: i)
        if mask.isNone { return t }
        if case .bool(true) = mask { return t }
        guard name == "sum" else { throw PyError(.notImplemented, "\(name)(where=...) is not supported by gradstep") }
        let m = try NumpyArrays.asarray(mask, dtype: .bool)
        let shape = try NumpyMath.broadcastShape(t.shape, m.shape)
        let zero = Tensor.full([], 0, dtype: t.dtype)
        guard let r = NumpyArrays.tensorOf(try NumpyFunctions.whereSelect(.object(NDArray(m)), .object(NDArray(t)), .object(NDArray(zero)))) else { return t }
        return shape == r.shape ? r : try r.broadcast(to: shape)
    }

    static func tensor(_ a: CallArgs, _ i: Int, _ key: String, _ name: String) throws -> Tensor {
        try NumpyFunctions.tensor(try a.required(i, key), name)
    }

    /// The result of a view-making function: a view of the array argument (its base set).
    static func view(_ a: CallArgs, _ r: Tensor) -> Value {
        if case .object(let arr as NDArray)? = a.value(0, "a") { return arr.viewed(.object(NDArray(r))) }
        return .object(NDArray(r))
    }

    nonisolated(unsafe) static let functions: [String: Fn] = [
        "diagonal": { a, _ in
            view(a, try diagonal(try tensor(a, 0, "a", "diagonal"), offset: try a.int(1, "offset", default: 0),
                                 axis1: a.value(2, "axis1") ?? .int(0), axis2: a.value(3, "axis2") ?? .int(1)))
        },
        "trace": { a, _ in
            let d = try diagonal(try tensor(a, 0, "a", "trace"), offset: try a.int(1, "offset", default: 0),
                                 axis1: a.value(2, "axis1") ?? .int(0), axis2: a.value(3, "axis2") ?? .int(1))
            return NDArray.result(try NumpyReductions.sum(d, axis: .int(-1), keepdims: false))
        },
        "take": { a, _ in
            NDArray.result(try take(try tensor(a, 0, "a", "take"), try a.required(1, "indices"), axis: a.value(2, "axis")))
        },
        "swapaxes": { a, _ in
            view(a, try swapaxes(try tensor(a, 0, "a", "swapaxes"), try a.required(1, "axis1"), try a.required(2, "axis2")))
        },
        "moveaxis": { a, _ in
            view(a, try moveaxis(try tensor(a, 0, "a", "moveaxis"), try a.required(1, "source"), try a.required(2, "destination")))
        },
        "repeat": { a, _ in
            .object(NDArray(try repeatElements(try tensor(a, 0, "a", "repeat"), try a.required(1, "repeats"), axis: a.value(2, "axis"))))
        },
        "cumprod": { a, _ in .object(NDArray(try cumprod(try tensor(a, 0, "a", "cumprod"), a.value(1, "axis")))) },
        "flatnonzero": { a, _ in
            let t = try tensor(a, 0, "a", "flatnonzero")
            let v = t.contiguous().doubleValues()
            let hits = v.indices.filter { v[$0] != 0 }.map { Int64($0) }
            return .object(NDArray(Tensor(ints: hits, shape: [hits.count])))
        },
        "searchsorted": { a, _ in
            let side = a.value(2, "side").map { Repr.str($0) } ?? "left"
            guard side == "left" || side == "right" else {
                throw PyError(.value, "side must be 'left' or 'right' (got '\(side)')")
            }
            if let s = a.value(3, "sorter"), !s.isNone { throw PyError(.notImplemented, "np.searchsorted's sorter= is not supported by gradstep") }
            return NDArray.result(try searchsorted(try tensor(a, 0, "a", "searchsorted"), try tensor(a, 1, "v", "searchsorted"), right: side == "right"))
        },
        "interp": { a, _ in
            func bound(_ i: Int, _ key: String) throws -> Double? {
                guard let v = a.value(i, key), !v.isNone else { return nil }
                return try Convert.double(v)
            }
            let r = try interp(try tensor(a, 0, "x", "interp"), try tensor(a, 1, "xp", "interp"), try tensor(a, 2, "fp", "interp"),
                               left: try bound(3, "left"), right: try bound(4, "right"))
            return NDArray.result(r)
        },
        "ptp": { a, _ in
            // np.ptp only: numpy 2 removed the ndarray method.
            let t = try tensor(a, 0, "a", "ptp")
            let ax = a.value(1, "axis"), keep = try NDArrayMethods.keepdims(a)
            let hi = try NumpyReductions.extreme(t, axis: ax, keepdims: keep, max: true, arg: false)
            let lo = try NumpyReductions.extreme(t, axis: ax, keepdims: keep, max: false, arg: false)
            return NDArray.result(try NumpyMath.apply(.subtract, .init(tensor: hi, weak: false), .init(tensor: lo, weak: false)))
        },
        "unravel_index": { a, _ in
            // Flat (row-major) indices to one index array per dimension of shape.
            let idx = try tensor(a, 0, "indices", "unravel_index")
            if idx.dtype.isFloatingPoint { throw PyError(.type, "only int indices permitted") }
            let dims: [Int]
            if case .tuple(let items) = try a.required(1, "shape") { dims = try items.map { try Convert.int($0) } } else if case .list(let l) = try a.required(1, "shape") {
                dims = try l.items.map { try Convert.int($0) }
            } else { dims = [try Convert.int(try a.required(1, "shape"))] }
            if let order = a.value(2, "order"), Repr.str(order) != "C" { throw PyError(.notImplemented, "np.unravel_index's order='F' is not supported by gradstep") }
            let size = try NumpyArrays.checkedCount(dims)
            var columns = [[Int64]](repeating: [], count: dims.count)
            for i in idx.intValues() {
                guard i >= 0 && i < Int64(size) else { throw PyError(.value, "index \(i) is out of bounds for array with size \(size)") }
                var rest = i
                for d in dims.indices.reversed() {
                    columns[d].append(rest % Int64(dims[d]))
                    rest /= Int64(dims[d])
                }
            }
            return .tuple(columns.map { NDArray.result(Tensor(ints: $0, shape: idx.shape)) })
        },
    ]

    /// The ndarray methods of the same operations.
    nonisolated(unsafe) static let methods: [String: NDArrayMethods.Method] = [
        "diagonal": { t, a, _ in
            .object(NDArray(try diagonal(t, offset: try a.int(0, "offset", default: 0), axis1: a.value(1, "axis1") ?? .int(0), axis2: a.value(2, "axis2") ?? .int(1))))
        },
        "trace": { t, a, _ in
            let d = try diagonal(t, offset: try a.int(0, "offset", default: 0), axis1: a.value(1, "axis1") ?? .int(0), axis2: a.value(2, "axis2") ?? .int(1))
            return NDArray.result(try NumpyReductions.sum(d, axis: .int(-1), keepdims: false))
        },
        "take": { t, a, _ in NDArray.result(try take(t, try a.required(0, "indices"), axis: a.value(1, "axis"))) },
        "swapaxes": { t, a, _ in .object(NDArray(try swapaxes(t, try a.required(0, "axis1"), try a.required(1, "axis2")))) },
        "cumprod": { t, a, _ in .object(NDArray(try cumprod(t, a.value(0, "axis")))) },
        "repeat": { t, a, _ in .object(NDArray(try repeatElements(t, try a.required(0, "repeats"), axis: a.value(1, "axis")))) },
        "searchsorted": { t, a, _ in
            let side = a.value(1, "side").map { Repr.str($0) } ?? "left"
            return NDArray.result(try searchsorted(t, try NumpyFunctions.tensor(try a.required(0, "v"), "searchsorted"), right: side == "right"))
        },
    ]
}
