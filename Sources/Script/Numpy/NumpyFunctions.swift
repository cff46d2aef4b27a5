import Foundation
import Autograd

/// numpy's functions on arrays: elementwise math (ufuncs), selection, joining and reshaping.
enum NumpyFunctions {
    static func operand(_ v: Value, _ name: String) throws -> NumpyMath.Operand {
        guard let o = try NumpyMath.operand(v) else {
            throw PyError(.type, "ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        }
        return o
    }

    /// The tensor of an array-like argument (a strong operand: Python numbers as int64/float64/bool).
    static func tensor(_ v: Value, _ name: String) throws -> Tensor { try operand(v, name).tensor }

    /// A floating ufunc of one argument, in the type numpy's loops pick (`NumpyDType.floatingResult`:
    /// float32 stays float32, int8 gives float16, int16 float32, int64 and Python numbers float64);
    /// float16 computes in float32 and rounds, as numpy's half loops do.
    /// `libm` is the scalar function for ufuncs not in `floatingLibm`.
    static func floatingUfunc(_ name: String, _ libm: ((Double) -> Double)? = nil) -> (inout CallArgs, Interpreter) throws -> Value {
        { a, interp in
            let t = try tensor(try a.required(0, "x"), name)
            let out = floatingValues(name, t, libm)
            try NumpyFPErrors.report(NumpyFPErrors.unary(t, out), name, interp)
            return NDArray.result(out)
        }
    }

    /// The floating ufuncs of one argument, each with the libm function numpy's scalar loop calls
    /// (the result where numpy has no kernel of its own for the type).
    static let floatingLibm: [String: @Sendable (Double) -> Double] = [
        "exp": Foundation.exp, "log": Foundation.log, "log2": Foundation.log2, "log10": Foundation.log10,
        "log1p": Foundation.log1p, "expm1": Foundation.expm1, "sin": Foundation.sin, "cos": Foundation.cos,
        "tan": Foundation.tan, "arcsin": Foundation.asin, "arccos": Foundation.acos, "arctan": Foundation.atan,
        "sinh": Foundation.sinh, "cosh": Foundation.cosh, "tanh": Foundation.tanh, "sqrt": { $0.squareRoot() },
    ]

    /// Ufunc `name` on every element of `t`, with numpy's kernels where numpy has its own.
    static func floatingValues(_ name: String, _ t: Tensor, _ libm: ((Double) -> Double)? = nil) -> Tensor {
        let r = NumpyDType.floatingResult(t.dtype)
        if r.storesFloats, let k = NumpySIMDKernels.kernel(name) {
            return Tensor(floats: t.floatValues().map(k), shape: t.shape, dtype: r)
        }
        if r == .float64, let k = NumpySIMDKernels.kernel64(name) {
            return Tensor(doubles: t.doubleValues().map(k), shape: t.shape)
        }
        return NumpyMath.floating(t, libm ?? floatingLibm[name] ?? { _ in .nan })
    }

    static func squeeze(_ t: Tensor, _ axis: Value?) throws -> Tensor {
        if let axis, !axis.isNone {
            let ax = try NumpyReductions.axes(axis, rank: t.dim)
            for d in ax where t.shape[d] != 1 { throw PyError(.value, "cannot select an axis to squeeze out which has size not equal to one") }
            return try NDArrayMethods.reshape(t, t.shape.enumerated().filter { !ax.contains($0.offset) }.map(\.element))
        }
        return try NDArrayMethods.reshape(t, t.shape.filter { $0 != 1 })
    }

    static func clip(_ a: Value, _ lo: Value, _ hi: Value) throws -> Value {
        var ops = [try operand(a, "clip")]
        if !lo.isNone { ops.append(try operand(lo, "clip")) }
        if !hi.isNone { ops.append(try operand(hi, "clip")) }
        let r = NumpyMath.resultType(ops)
        var cur = NumpyMath.Operand(tensor: NumpyArrays.copy(ops[0].tensor, r), weak: false)
        if !lo.isNone { cur = NumpyMath.Operand(tensor: try extremum(cur, try operand(lo, "clip"), max: true, result: r), weak: false) }
        if !hi.isNone { cur = NumpyMath.Operand(tensor: try extremum(cur, try operand(hi, "clip"), max: false, result: r), weak: false) }
        return NDArray.result(cur.tensor)
    }

    /// `np.maximum` / `np.minimum`: NaN propagates.
    static func extremum(_ x: NumpyMath.Operand, _ y: NumpyMath.Operand, max: Bool, result: DType? = nil) throws -> Tensor {
        let r = result ?? NumpyMath.resultType([x, y])
        return try NumpyMath.elementwise(x.tensor, y.tensor, compute: r, result: r,
                                         float: { a, b in a.isNaN || b.isNaN ? .nan : (max ? Swift.max(a, b) : Swift.min(a, b)) },
                                         double: { a, b in a.isNaN || b.isNaN ? .nan : (max ? Swift.max(a, b) : Swift.min(a, b)) },
                                         int: { a, b in max ? Swift.max(a, b) : Swift.min(a, b) })
    }

    /// `np.round(a, decimals)`: half to even; with decimals, scaled by 10**decimals as numpy does.
    static func round(_ t: Tensor, decimals: Int) -> Tensor {
        guard t.dtype.isFloatingPoint else { return NumpyArrays.copy(t, t.dtype) }
        if decimals == 0 { return NumpyMath.map(t, float: { $0.rounded(.toNearestOrEven) }, int: { $0 }) }
        if t.dtype.storesFloats {
            let f = Float(Foundation.pow(10.0, Double(Swift.abs(decimals))))
            return Tensor(floats: t.floatValues().map { x in
                decimals > 0 ? (x * f).rounded(.toNearestOrEven) / f : (x / f).rounded(.toNearestOrEven) * f
            }, shape: t.shape, dtype: t.dtype)
        }
        let f = Foundation.pow(10.0, Double(Swift.abs(decimals)))
        return Tensor(doubles: t.doubleValues().map { x in
            decimals > 0 ? (x * f).rounded(.toNearestOrEven) / f : (x / f).rounded(.toNearestOrEven) * f
        }, shape: t.shape)
    }

    static func cumsum(_ t: Tensor, _ axis: Value?) throws -> Tensor {
        let src = (axis == nil || axis!.isNone) ? try NDArrayMethods.reshape(t, [t.numel]) : t
        let d = (axis == nil || axis!.isNone) ? 0 : try NumpyReductions.axes(axis, rank: t.dim)[0]
        let out = t.dtype.isFloatingPoint ? src : NumpyArrays.copy(src, NumpyReductions.integerAccumulator(t.dtype))
        let moved = try out.transpose(d, out.dim - 1).contiguous()
        let n = moved.shape.last ?? 1
        let rows = n == 0 ? 0 : moved.numel / n
        let result: Tensor
        if out.dtype.storesFloats {
            // float16 rounds every partial sum (accumulate writes each one to the half output).
            let half = out.dtype == .float16
            var v = moved.floatValues()
            for r in 0..<rows { for i in 1..<Swift.max(n, 1) where i < n {
                v[r * n + i] += v[r * n + i - 1]
                if half { v[r * n + i] = DType.half(v[r * n + i]) }
            } }
            result = Tensor(floats: v, shape: moved.shape, dtype: out.dtype)
        } else if out.dtype == .float64 {
            var v = moved.doubleValues()
            for r in 0..<rows { for i in 1..<Swift.max(n, 1) where i < n { v[r * n + i] += v[r * n + i - 1] } }
            result = Tensor(doubles: v, shape: moved.shape)
        } else {
            var v = moved.intValues()
            for r in 0..<rows { for i in 1..<Swift.max(n, 1) where i < n { v[r * n + i] = v[r * n + i] &+ v[r * n + i - 1] } }
            result = Tensor(ints: v, shape: moved.shape, dtype: out.dtype)
        }
        return try result.transpose(d, out.dim - 1).contiguous()
    }

    /// `np.argsort` along the last axis (stable, NaN last).
    static func argsort(_ t: Tensor) throws -> Tensor {
        let n = t.shape.last ?? 1
        let v = t.contiguous().doubleValues()
        let rows = t.dim == 0 ? 1 : (n == 0 ? 0 : t.numel / n)
        var out: [Int64] = []
        for r in 0..<rows {
            let idx = (0..<n).sorted { i, j in
                let a = v[r * n + i], b = v[r * n + j]
                if a.isNaN { return false }
                if b.isNaN { return true }
                return a < b || (a == b && i < j)
            }
            out.append(contentsOf: idx.map(Int64.init))
        }
        return Tensor(ints: out, shape: t.dim == 0 ? [] : t.shape)
    }

    /// The sorted values of `t` along its last axis.
    static func sortedLastAxis(_ t: Tensor) throws -> Tensor {
        let idx = try argsort(t)
        let n = t.shape.last ?? 1
        let v = t.contiguous().doubleValues(), ix = idx.intValues()
        if !t.dtype.isFloatingPoint {
            let iv = t.contiguous().intValues()
            return Tensor(ints: ix.enumerated().map { iv[($0.offset / Swift.max(n, 1)) * n + Int($0.element)] }, shape: t.shape, dtype: t.dtype)
        }
        return NumpyArrays.make(t.dtype, shape: t.shape, doubles: ix.enumerated().map { v[($0.offset / Swift.max(n, 1)) * n + Int($0.element)] })
    }

    /// `f` applied along `axis` (None flattens first; the default is the last axis).
    static func alongAxis(_ t: Tensor, _ axis: Value?, _ f: (Tensor) throws -> Tensor) throws -> Tensor {
        if let axis, axis.isNone { return try f(try NDArrayMethods.reshape(t, [t.numel])) }
        if t.dim == 0 { throw PyError(library: "numpy.exceptions.AxisError", "axis -1 is out of bounds for array of dimension 0") }
        let d = try NumpyReductions.axes(axis ?? .int(-1), rank: t.dim)[0]
        let last = t.dim - 1
        if d == last { return try f(t.contiguous()) }
        let moved = try t.transpose(d, last).contiguous()
        return try f(moved).transpose(d, last).contiguous()
    }

    /// `np.where(cond, x, y)`.
    static func whereSelect(_ c: Value, _ x: Value, _ y: Value) throws -> Value {
        let cond = try tensor(c, "where")
        let a = try operand(x, "where"), b = try operand(y, "where")
        let r = NumpyMath.resultType([a, b])
        let shape = try NumpyMath.broadcastShape(try NumpyMath.broadcastShape(cond.shape, a.tensor.shape), b.tensor.shape)
        let cv = try cond.broadcast(to: shape).doubleValues()
        let av = try NumpyMath.doubles(a.tensor, r, shape), bv = try NumpyMath.doubles(b.tensor, r, shape)
        if !r.isFloatingPoint {
            let ai = try NumpyArrays.copy(a.tensor, r).broadcast(to: shape).intValues(), bi = try NumpyArrays.copy(b.tensor, r).broadcast(to: shape).intValues()
            return NDArray.result(Tensor(ints: (0..<cv.count).map { cv[$0] != 0 ? ai[$0] : bi[$0] }, shape: shape, dtype: r))
        }
        return NDArray.result(NumpyArrays.make(r, shape: shape, doubles: (0..<cv.count).map { cv[$0] != 0 ? av[$0] : bv[$0] }))
    }

    /// `np.nonzero(a)` / one-argument `np.where`: a tuple of index arrays.
    static func nonzero(_ t: Tensor) -> Value {
        let v = t.doubleValues()
        let strides = Shape.contiguousStrides(t.shape)
        var cols = [[Int64]](repeating: [], count: Swift.max(t.dim, 1))
        for (i, x) in v.enumerated() where x != 0 {
            for d in 0..<t.dim { cols[d].append(Int64((i / strides[d]) % t.shape[d])) }
        }
        return .tuple((0..<t.dim).map { .object(NDArray(Tensor(ints: cols[$0], shape: [cols[$0].count]))) })
    }

    /// The arrays of a sequence argument, cast to their common dtype.
    static func arrays(_ v: Value, _ interp: Interpreter, _ name: String) throws -> [Tensor] {
        let items = try interp.iterate(v)
        if items.isEmpty { throw PyError(.value, "need at least one array to concatenate") }
        let ts = try items.map { try tensor($0, name) }
        let r = ts.dropFirst().reduce(ts[0].dtype) { NumpyDType.promote($0, $1.dtype) }
        return ts.map { NumpyArrays.copy($0, r) }
    }

    static func concatenate(_ ts: [Tensor], axis: Value?) throws -> Tensor {
        if let axis, axis.isNone { return try Tensor.cat(try ts.map { try NDArrayMethods.reshape($0, [$0.numel]) }, dim: 0) }
        let rank = ts[0].dim
        if rank == 0 { throw PyError(.value, "zero-dimensional arrays cannot be concatenated") }
        let d = try NumpyReductions.axes(axis ?? .int(0), rank: rank)[0]
        for (i, t) in ts.enumerated() where t.dim != rank {
            throw PyError(.value, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has \(rank) dimension(s) and the array at index \(i) has \(t.dim) dimension(s)")
        }
        for (i, t) in ts.enumerated() {
            for k in 0..<rank where k != d && t.shape[k] != ts[0].shape[k] {
                throw PyError(.value, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(k), the array at index 0 has size \(ts[0].shape[k]) and the array at index \(i) has size \(t.shape[k])")
            }
        }
        return try Tensor.cat(ts, dim: d)
    }

    static func stack(_ ts: [Tensor], axis: Int) throws -> Tensor {
        for t in ts where t.shape != ts[0].shape { throw PyError(.value, "all input arrays must have the same shape") }
        let rank = ts[0].dim + 1
        guard axis >= -rank && axis < rank else { throw PyError(library: "numpy.exceptions.AxisError", "axis \(axis) is out of bounds for array of dimension \(rank)") }
        return try Tensor.stack(ts, dim: axis < 0 ? axis + rank : axis)
    }

    /// `np.shares_memory(a, b)` (exact: some element of both is the same memory) and
    /// `np.may_share_memory(a, b)` (their memory bounds overlap).
    static func overlap(_ a: CallArgs, exact: Bool) throws -> Bool {
        // Python lists and numbers become new arrays, which share nothing.
        guard let x = NumpyArrays.tensorOf(try a.required(0, "a")),
              let y = NumpyArrays.tensorOf(try a.required(1, "b")) else { return false }
        guard x.storage === y.storage, x.numel > 0, y.numel > 0 else { return false }
        let xi = x.storageIndices(), yi = y.storageIndices()
        if !exact {
            guard let x0 = xi.min(), let x1 = xi.max(), let y0 = yi.min(), let y1 = yi.max() else { return false }
            return x0 <= y1 && y0 <= x1
        }
        return !Set(xi).isDisjoint(with: yi)
    }
}
