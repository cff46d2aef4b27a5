import Foundation
import Autograd

/// Less common ufuncs course code calls (exp2, cbrt, degrees, radians, arctan2, hypot, logaddexp,
/// fmax, fmin, reciprocal, rint, heaviside), convolve, einsum, digitize, inner, vdot and ravel_multi_index, all C in numpy.
enum NumpyExtraUfuncs {
    typealias Fn = (inout CallArgs, Interpreter) throws -> Value

    /// A ufunc of two arguments computed in the floating type of their promoted dtype.
    /// `f` is the float64 function; `float32` numpy's float32 kernel where it has its own
    /// (`arctan2`: SVML's on AVX-512, as `NumpySVML64.atan2` is for float64).
    static func floatingBinary(_ name: String, _ f: @escaping (Double, Double) -> Double,
                               float32: ((Float, Float) -> Float)? = nil) -> Fn {
        { a, _ in
            let x = try NumpyFunctions.operand(try a.required(0, "x1"), name), y = try NumpyFunctions.operand(try a.required(1, "x2"), name)
            let r = NumpyDType.floatingResult(NumpyMath.resultType([x, y]))
            let t = try NumpyMath.elementwise(x.tensor, y.tensor, compute: r, result: r,
                                              float: { float32?($0, $1) ?? Float(f(Double($0), Double($1))) }, double: f, int: { _, _ in 0 })
            return NDArray.result(t)
        }
    }

    /// `np.fmax` / `np.fmin`: the larger/smaller, a NaN losing to a number.
    static func nanIgnoringExtremum(_ name: String, max: Bool) -> Fn {
        { a, _ in
            let x = try NumpyFunctions.operand(try a.required(0, "x1"), name), y = try NumpyFunctions.operand(try a.required(1, "x2"), name)
            let r = NumpyMath.resultType([x, y])
            func pick(_ p: Double, _ q: Double) -> Double { p.isNaN ? q : q.isNaN ? p : (max ? Swift.max(p, q) : Swift.min(p, q)) }
            let t = try NumpyMath.elementwise(x.tensor, y.tensor, compute: r, result: r,
                                              float: { Float(pick(Double($0), Double($1))) }, double: pick,
                                              int: { max ? Swift.max($0, $1) : Swift.min($0, $1) })
            return NDArray.result(t)
        }
    }

    nonisolated(unsafe) static let functions: [String: Fn] = [
        "exp2": NumpyFunctions.floatingUfunc("exp2", Foundation.exp2),
        "cbrt": NumpyFunctions.floatingUfunc("cbrt", Foundation.cbrt),
        "degrees": NumpyFunctions.floatingUfunc("degrees", { $0 * (180.0 / Double.pi) }),
        "rad2deg": NumpyFunctions.floatingUfunc("rad2deg", { $0 * (180.0 / Double.pi) }),
        "radians": NumpyFunctions.floatingUfunc("radians", { $0 * (Double.pi / 180.0) }),
        "deg2rad": NumpyFunctions.floatingUfunc("deg2rad", { $0 * (Double.pi / 180.0) }),
        "arctan2": floatingBinary("arctan2", NumpySVML64.atan2, float32: NumpySVML.atan2),
        "hypot": floatingBinary("hypot", Foundation.hypot),
        "logaddexp": floatingBinary("logaddexp") { x, y in
            // numpy's npy_logaddexp: the larger plus log1p(exp(-|x - y|)).
            if x == y { return x + M_LN2 }
            let d = x - y
            if d > 0 { return x + Foundation.log1p(Foundation.exp(-d)) }
            if d <= 0 { return y + Foundation.log1p(Foundation.exp(d)) }
            return d
        },
        "fmax": nanIgnoringExtremum("fmax", max: true),
        "fmin": nanIgnoringExtremum("fmin", max: false),
        "reciprocal": { a, _ in
            // Integers divide 1 by themselves as C does (0 for |x| > 1); 1/0 is 0 with numpy's warning skipped.
            let t = try NumpyFunctions.tensor(try a.required(0, "x"), "reciprocal")
            return NDArray.result(NumpyMath.map(t, float: { 1 / $0 }, int: { $0 == 1 ? 1 : ($0 == -1 ? -1 : 0) }))
        },
        "convolve": { a, _ in
            // numpy's convolve: the longer array slides over the shorter one reversed; 'full', 'same' or 'valid'.
            var x = try NumpyFunctions.operand(try a.required(0, "a"), "convolve"), v = try NumpyFunctions.operand(try a.required(1, "v"), "convolve")
            let mode = a.value(2, "mode").map { Repr.str($0) } ?? "full"
            if x.tensor.numel == 0 { throw PyError(.value, "a cannot be empty") }
            if v.tensor.numel == 0 { throw PyError(.value, "v cannot be empty") }
            guard x.tensor.dim <= 1, v.tensor.dim <= 1 else { throw PyError(.value, "object too deep for desired array") }
            if v.tensor.numel > x.tensor.numel { swap(&x, &v) }
            let r = NumpyMath.resultType([NumpyMath.Operand(tensor: x.tensor, weak: false), NumpyMath.Operand(tensor: v.tensor, weak: false)])
            let n = x.tensor.numel, m = v.tensor.numel
            let (lo, count): (Int, Int)
            switch mode {
            case "full": (lo, count) = (-(m - 1), n + m - 1)
            case "same": (lo, count) = (-(m / 2), n)
            case "valid": (lo, count) = (0, n - m + 1)
            default: throw PyError(.value, "mode must be one of 'valid', 'same', or 'full' (got '\(mode)')")
            }
            if r.isFloatingPoint {
                let xv = x.tensor.doubleValues(), vv = v.tensor.doubleValues()
                let out = (0..<count).map { k -> Double in
                    var s = 0.0
                    for j in 0..<m { let i = lo + k + j; if i >= 0 && i < n { s += xv[i] * vv[m - 1 - j] } }
                    return s
                }
                return .object(NDArray(NumpyArrays.make(r, shape: [count], doubles: out)))
            }
            let xv = x.tensor.intValues(), vv = v.tensor.intValues()
            let out = (0..<count).map { k -> Int64 in
                var s: Int64 = 0
                for j in 0..<m { let i = lo + k + j; if i >= 0 && i < n { s = s &+ xv[i] &* vv[m - 1 - j] } }
                return s
            }
            return .object(NDArray(NumpyArrays.copy(Tensor(ints: out, shape: [count]), r)))
        },
        "einsum": { a, _ in
            // The operands in their promoted dtype through the tensor einsum (one or two operands, no '...').
            guard case .string(let equation)? = a.positional.first else {
                throw PyError(.notImplemented, "np.einsum takes a subscripts string first in gradstep")
            }
            let ops = try a.positional.dropFirst().map { try NumpyFunctions.operand($0, "einsum") }
            guard !ops.isEmpty else { throw PyError(.value, "must specify the einstein sum subscripts string and at least one operand") }
            let r = NumpyMath.resultType(ops.map { NumpyMath.Operand(tensor: $0.tensor, weak: false) })
            let work: DType = r.isFloatingPoint ? r : .int64
            do {
                let out = try Tensor.einsum(equation, ops.map { NumpyArrays.copy($0.tensor, work) })
                return NDArray.result(NumpyArrays.copy(out.contiguous(), r == .bool ? .bool : (r.isFloatingPoint ? r : work)))
            } catch let e as TorchError {
                throw PyError(.value, "np.einsum('\(equation)'): \(e.message)")
            }
        },
        "rint": NumpyFunctions.floatingUfunc("rint", { $0.rounded(.toNearestOrEven) }),
        "heaviside": floatingBinary("heaviside") { x, h in x.isNaN ? .nan : (x < 0 ? 0 : (x > 0 ? 1 : h)) },
        "digitize": { a, _ in
            // The bin of each value: searchsorted of increasing bins (side 'right' unless right=True).
            let x = try NumpyFunctions.tensor(try a.required(0, "x"), "digitize"), bins = try NumpyFunctions.tensor(try a.required(1, "bins"), "digitize")
            let right = try a.bool(2, "right", default: false)
            let b = bins.doubleValues()
            guard bins.dim == 1 else { throw PyError(.value, "object too deep for desired array") }
            if zip(b, b.dropFirst()).contains(where: { $0 > $1 }) {
                throw PyError(.notImplemented, "np.digitize with decreasing bins is not supported by gradstep")
            }
            return NDArray.result(try NumpyAxisFunctions.searchsorted(bins, x, right: !right))
        },
        "inner": { a, _ in
            // 1-d inner products (dot); higher ranks contract the last axes as numpy's inner does.
            let x = try NumpyFunctions.operand(try a.required(0, "a"), "inner"), y = try NumpyFunctions.operand(try a.required(1, "b"), "inner")
            // dot contracts the last axis of x with the only axis of a 1-d y, and with y.T's first for a 2-d y.
            if y.tensor.dim <= 1 || x.tensor.dim == 0 { return NDArray.result(try NumpyLinalg.dot(x, y)) }
            guard y.tensor.dim == 2 else { throw PyError(.notImplemented, "np.inner of arrays of more than two dimensions is not supported by gradstep") }
            return NDArray.result(try NumpyLinalg.dot(x, NumpyMath.Operand(tensor: try y.tensor.transpose(0, 1), weak: false)))
        },
        "vdot": { a, _ in
            // The dot product of the flattened arrays (no complex conjugation without complex dtypes).
            let x = try NumpyFunctions.tensor(try a.required(0, "a"), "vdot"), y = try NumpyFunctions.tensor(try a.required(1, "b"), "vdot")
            guard x.numel == y.numel else { throw PyError(.value, "cannot reshape array of size \(y.numel) into shape (\(x.numel),)") }
            return NDArray.result(try NumpyLinalg.dot(.init(tensor: try NDArrayMethods.reshape(x, [x.numel]), weak: false), .init(tensor: try NDArrayMethods.reshape(y, [y.numel]), weak: false)))
        },
        "ravel_multi_index": { a, _ in
            // One index array per dimension to flat (row-major) indices.
            let dimsValue = try a.required(1, "dims")
            let dims: [Int]
            if case .tuple(let items) = dimsValue { dims = try items.map { try Convert.int($0) } } else { dims = [try Convert.int(dimsValue)] }
            let multi: [Value]
            switch try a.required(0, "multi_index") {
            case .tuple(let items): multi = items
            case .list(let l): multi = l.items
            default: throw PyError(.type, "parameter multi_index must be a sequence of length \(dims.count)")
            }
            guard multi.count == dims.count else { throw PyError(.value, "parameter multi_index must be a sequence of length \(dims.count)") }
            // The flat size must fit int64 (numpy: "invalid dims: array size defined by dims is larger than the maximum possible size.").
            var size = 1
            for d in dims {
                let (p, overflow) = size.multipliedReportingOverflow(by: d)
                if overflow || d < 0 { throw PyError(.value, "invalid dims: array size defined by dims is larger than the maximum possible size.") }
                size = p
            }
            let idx = try multi.map { try NumpyArrays.asarray($0, dtype: nil) }
            var shape: [Int] = []
            for t in idx { shape = try NumpyMath.broadcastShape(shape, t.shape) }
            let cols = try idx.map { try $0.broadcast(to: shape).contiguous().intValues() }
            let count = try NumpyArrays.checkedCount(shape)
            var out = [Int64](repeating: 0, count: count)
            for i in 0..<count {
                var flat: Int64 = 0
                for (d, col) in cols.enumerated() {
                    let v = col[i]
                    guard v >= 0 && v < Int64(dims[d]) else { throw PyError(.value, "invalid entry in coordinates array") }
                    flat = flat * Int64(dims[d]) + v
                }
                out[i] = flat
            }
            return NDArray.result(Tensor(ints: out, shape: shape))
        },
    ]
}
