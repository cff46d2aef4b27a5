import Foundation
import Autograd

/// numpy's elementwise arithmetic and comparisons: NEP 50 promotion (Python numbers are "weak" and
/// take the array's type), broadcasting, and each operation computed in the result's own precision
/// (float32 in Float, float64 in Double, integers wrapping as C does).
enum NumpyMath {
    /// One operand of a ufunc: its data and whether it is a Python number (weakly typed).
    struct Operand {
        let tensor: Tensor
        let weak: Bool
    }

    /// The operand a value gives, or nil when numpy would not take it (NotImplemented).
    static func operand(_ v: Value) throws -> Operand? {
        switch v {
        case .int(let i): return Operand(tensor: Tensor(ints: [Int64(i)], shape: []), weak: true)
        case .float(let d): return Operand(tensor: Tensor(doubles: [d], shape: []), weak: true)
        case .bool(let b): return Operand(tensor: Tensor(ints: [b ? 1 : 0], shape: [], dtype: .bool), weak: true)
        case .object(let a as NDArray): return Operand(tensor: a.tensor, weak: false)
        case .object(let s as NumpyScalar): return Operand(tensor: s.tensor, weak: false)
        case .tensor(let t): return Operand(tensor: try NumpyArrays.fromTensor(t), weak: false)
        case .list, .tuple:
            return Operand(tensor: try NumpyArrays.array(v, dtype: nil), weak: false)
        default: return nil
        }
    }

    /// numpy 2's `result_type` with NEP 50: typed operands promote; a Python int keeps an integer
    /// type, a Python float keeps a floating type; Python numbers alone give int64/float64/bool.
    static func resultType(_ ops: [Operand]) -> DType {
        let strong = ops.filter { !$0.weak }.map(\.tensor.dtype)
        guard var r = strong.first else {
            return ops.map(\.tensor.dtype).reduce(DType.bool) { NumpyDType.promote($0, $1) }
        }
        for d in strong.dropFirst() { r = NumpyDType.promote(r, d) }
        for w in ops where w.weak {
            if w.tensor.dtype.isFloatingPoint {
                if !r.isFloatingPoint { r = .float64 }
            } else if w.tensor.dtype != .bool, r == .bool {
                r = .int64
            }
        }
        return r
    }

    /// NEP 50's refusal of a Python integer operand the result's integer type cannot hold.
    static func checkWeakInts(_ ops: [Operand], _ r: DType) throws {
        for w in ops where w.weak && w.tensor.dtype == .int64 {
            try NumpyArrays.checkPythonInt(w.tensor.intValues()[0], r)
        }
    }

    /// numpy's `can_cast(from, to, 'same_kind')` for in-place results.
    static func canCast(_ from: DType, to: DType) -> Bool {
        if from == to { return true }
        if to.isFloatingPoint { return true }
        if from.isFloatingPoint { return false }
        if to == .bool { return from == .bool }
        // Signed to unsigned is a different kind; unsigned to signed is not.
        return !(to.isUnsigned && !from.isUnsigned && from != .bool)
    }

    static func ufuncName(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "add"
        case .subtract: return "subtract"
        case .multiply: return "multiply"
        case .divide: return "divide"
        case .floorDivide: return "floor_divide"
        case .modulo: return "remainder"
        case .power: return "power"
        case .matrixMultiply: return "matmul"
        case .bitAnd: return "bitwise_and"
        case .bitOr: return "bitwise_or"
        case .bitXor: return "bitwise_xor"
        case .leftShift: return "left_shift"
        case .rightShift: return "right_shift"
        }
    }

    // MARK: - Kernels

    /// Values of `t` cast to `dtype` and broadcast to `shape`, as doubles.
    static func doubles(_ t: Tensor, _ dtype: DType, _ shape: [Int]) throws -> [Double] {
        let c = t.dtype == dtype ? t : NumpyArrays.copy(t, dtype)
        return try c.broadcast(to: shape).doubleValues()
    }
    static func floats(_ t: Tensor, _ shape: [Int]) throws -> [Float] {
        let c = t.dtype.storesFloats ? t : NumpyArrays.copy(t, .float32)
        return try c.broadcast(to: shape).floatValues()
    }
    static func ints(_ t: Tensor, _ shape: [Int]) throws -> [Int64] { try t.broadcast(to: shape).intValues() }

    static func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        let rank = max(a.count, b.count)
        var shape = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            guard x == y || x == 1 || y == 1 else {
                throw PyError(.value, "operands could not be broadcast together with shapes \(NumpyIndexing.shapeText(a)) \(NumpyIndexing.shapeText(b)) ")
            }
            shape[i] = x == 1 ? y : x
        }
        _ = try NumpyArrays.checkedCount(shape)
        return shape
    }

    /// An elementwise binary kernel computed in `compute` (float32, float64 or an integer type)
    /// and stored as `result`.
    static func elementwise(_ a: Tensor, _ b: Tensor, compute: DType, result: DType,
                            float: (Float, Float) -> Float, double: (Double, Double) -> Double,
                            int: (Int64, Int64) throws -> Int64) throws -> Tensor {
        let shape = try broadcastShape(a.shape, b.shape)
        switch compute {
        case .float32, .float16:
            // Half computes in float and rounds each result, as numpy's half loops do.
            func inCompute(_ t: Tensor) -> Tensor { t.dtype == compute ? t : NumpyArrays.copy(t, compute) }
            let x = try floats(inCompute(a), shape), y = try floats(inCompute(b), shape)
            var out = [Float](repeating: 0, count: x.count)
            for i in 0..<x.count { out[i] = float(x[i], y[i]) }
            if result.storesFloats { return Tensor(floats: out, shape: shape, dtype: result) }
            return NumpyArrays.make(result, shape: shape, doubles: out.map(Double.init))
        case .float64:
            let x = try doubles(a, .float64, shape), y = try doubles(b, .float64, shape)
            var out = [Double](repeating: 0, count: x.count)
            for i in 0..<x.count { out[i] = double(x[i], y[i]) }
            return NumpyArrays.make(result, shape: shape, doubles: out)
        default:
            let x = try ints(a.dtype.isFloatingPoint ? NumpyArrays.copy(a, compute) : a, shape)
            let y = try ints(b.dtype.isFloatingPoint ? NumpyArrays.copy(b, compute) : b, shape)
            var out = [Int64](repeating: 0, count: x.count)
            for i in 0..<x.count { out[i] = try int(x[i], y[i]) }
            // The result wraps in the type it is computed in (C arithmetic in that type).
            if compute.isNarrowInteger && result != .bool { for i in 0..<out.count { out[i] = compute.wrap(out[i]) } }
            if result == .bool { for i in 0..<out.count { out[i] = out[i] != 0 ? 1 : 0 } }
            if result.isFloatingPoint { return NumpyArrays.make(result, shape: shape, doubles: out.map(Double.init)) }
            return Tensor(ints: out, shape: shape, dtype: result)
        }
    }

    /// An elementwise function of one array computed in floating point, in the type numpy's ufunc
    /// loops pick (`NumpyDType.floatingResult`: int8 gives float16, int16 float32, int64 float64).
    static func floating(_ t: Tensor, _ f: (Double) -> Double) -> Tensor {
        let r = NumpyDType.floatingResult(t.dtype)
        if r.storesFloats { return Tensor(floats: t.floatValues().map { Float(f(Double($0))) }, shape: t.shape, dtype: r) }
        return Tensor(doubles: t.doubleValues().map(f), shape: t.shape)
    }

    // MARK: - Operators

    /// `a op b` where at least one side is a numpy value; nil for NotImplemented.
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard let x = try operand(a), let y = try operand(b) else { return nil }
        if op == .matrixMultiply { return NDArray.result(try NumpyLinalg.matmul(x.tensor, y.tensor)) }
        return NDArray.result(try apply(op, x, y))
    }

    /// `a op b` as the operator computes it, with numpy's floating-point error reports: the ufunc's
    /// name, or `scalar add` when neither side is an array (numpy's scalar math, which also reports
    /// integer overflow).
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value? {
        guard let x = try operand(a), let y = try operand(b) else { return nil }
        if op == .matrixMultiply { return NDArray.result(try NumpyLinalg.matmul(x.tensor, y.tensor)) }
        let scalar = [a, b].allSatisfy { v in
            switch v {
            case .int, .float, .bool, .object(is NumpyScalar): return true
            default: return false
            }
        }
        let r = try apply(op, x, y, scalarMath: scalar)
        var flags = NumpyFPErrors.binary(op, x.tensor, y.tensor, r)
        if scalar { flags.formUnion(NumpyFPErrors.scalarIntegerOverflow(op, x.tensor, y.tensor, r)) }
        try NumpyFPErrors.report(flags, (scalar ? "scalar " : "") + ufuncName(op), interp)
        return NDArray.result(r)
    }

    /// `tensor op ndarray` as PyTorch with numpy 2 computes it: numpy's operation, wrapped back
    /// into a tensor (never requiring grad).
    static func withTensorResult(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        guard let r = try binary(op, a, b), let t = NumpyArrays.tensorOf(r) else {
            throw PyError(.type, "unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
        }
        return .tensor(t)
    }

    /// The ufunc behind a binary operator on two operands; with `scalarMath`, numpy's scalar
    /// math instead (two numpy scalars: `power` is the C library's `pow`, not the ufunc's kernel).
    static func apply(_ op: BinaryOperator, _ x: Operand, _ y: Operand, scalarMath: Bool = false) throws -> Tensor {
        let r = resultType([x, y])
        try checkWeakInts([x, y], r)
        let a = x.tensor, b = y.tensor
        func noBool(_ name: String) throws {
            throw PyError(.type, "ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        }
        // Booleans floor-divide, take remainders and powers as int8 (numpy's first loop that holds them).
        let r8: DType = r == .bool ? .int8 : r
        switch op {
        case .add:
            return try elementwise(a, b, compute: r, result: r, float: +, double: +, int: { r == .bool ? ($0 | $1) : $0 &+ $1 })
        case .subtract:
            if r == .bool {
                throw PyError(.type, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
            }
            return try elementwise(a, b, compute: r, result: r, float: -, double: -, int: { $0 &- $1 })
        case .multiply:
            return try elementwise(a, b, compute: r, result: r, float: *, double: *, int: { r == .bool ? ($0 & $1) : $0 &* $1 })
        case .divide:
            let f = r.isFloatingPoint ? r : .float64
            return try elementwise(a, b, compute: f, result: f, float: /, double: /, int: { $0 / $1 })
        case .floorDivide:
            return try elementwise(a, b, compute: r8, result: r8,
                                   float: { Float(floorDivide(Double($0), Double($1), float32: true)) },
                                   double: { floorDivide($0, $1, float32: false) },
                                   int: { p, q in
                                       // uint64 elements are bit patterns: divide them unsigned.
                                       if r8 == .uint64 { return q == 0 ? 0 : Int64(bitPattern: UInt64(bitPattern: p) / UInt64(bitPattern: q)) }
                                       if q == 0 || (p == Int64.min && q == -1) { return q == 0 ? 0 : p }
                                       let d = p / q
                                       return (p % q != 0 && ((p < 0) != (q < 0))) ? d - 1 : d
                                   })
        case .modulo:
            return try elementwise(a, b, compute: r8, result: r8,
                                   float: { Float(modulo(Double($0), Double($1))) }, double: modulo,
                                   int: { p, q in
                                       if r8 == .uint64 { return q == 0 ? 0 : Int64(bitPattern: UInt64(bitPattern: p) % UInt64(bitPattern: q)) }
                                       if q == 0 || q == -1 { return 0 }
                                       let m = p % q
                                       return (m != 0 && ((m < 0) != (q < 0))) ? m + q : m
                                   })
        case .power:
            // numpy's power loop: an exponent broadcast along the loop (one value) of -1, 0, 0.5, 1
            // or 2 is computed directly; everything else goes to the pow kernel.
            let scalarExponent = b.numel == 1 ? NumpyArrays.copy(b, .float64).doubleValues().first : nil
            let fast = scalarExponent.flatMap { [-1, 0, 0.5, 1, 2].contains($0) ? $0 : nil }
            return try elementwise(a, b, compute: r8, result: r8,
                                   float: { scalarMath ? Foundation.powf($0, $1) : fast == nil ? NumpySVML.pow($0, $1) : powFast($0, $1) },
                                   double: { scalarMath ? Foundation.pow($0, $1) : fast == nil ? NumpySVML64.pow($0, $1) : powFast($0, $1) },
                                   int: { base, e in
                                       if e < 0 { throw PyError(.value, "Integers to negative integer powers are not allowed.") }
                                       var result: Int64 = 1, bb = base, ee = e
                                       while ee > 0 {
                                           if ee & 1 == 1 { result = result &* bb }
                                           bb = bb &* bb
                                           ee >>= 1
                                       }
                                       return result
                                   })
        case .bitAnd, .bitOr, .bitXor, .leftShift, .rightShift:
            if r.isFloatingPoint { try noBool(ufuncName(op)) }
            return try elementwise(a, b, compute: r, result: r, float: { a, _ in a }, double: { a, _ in a }, int: { p, q in
                switch op {
                case .bitAnd: return p & q
                case .bitOr: return p | q
                case .bitXor: return p ^ q
                case .leftShift: return q >= 64 || q < 0 ? 0 : p << q
                default: return q >= 64 || q < 0 ? (p < 0 ? -1 : 0) : p >> q
                }
            })
        case .matrixMultiply:
            return try NumpyLinalg.matmul(a, b)
        }
    }

    /// numpy's `npy_divmod` floor division for floats.
    static func floorDivide(_ a: Double, _ b: Double, float32: Bool) -> Double {
        if b == 0 { return a / b }
        let mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 && ((b < 0) != (mod < 0)) { div -= 1 }
        if div != 0 {
            var fl = Foundation.floor(div)
            if div - fl > 0.5 { fl += 1 }
            return fl
        }
        return Foundation.copysign(0.0, a / b)
    }

    /// numpy's `npy_remainder` for floats: the sign of the divisor.
    static func modulo(_ a: Double, _ b: Double) -> Double {
        if b == 0 { return fmod(a, b) }
        var mod = fmod(a, b)
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b }
        } else {
            mod = Foundation.copysign(0.0, b)
        }
        return mod
    }

    /// numpy's power loop with one exponent of -1, 0, 0.5, 1 or 2 (loops_umath_fp.dispatch.c.src).
    static func powFast<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
        switch b {
        case -1: return 1 / a
        case 0: return 1
        case 0.5: return a.squareRoot()
        case 1: return a
        default: return a * a
        }
    }

    /// `-a`, `+a`, `~a`.
    static func unary(_ op: UnaryOperator, _ t: Tensor) throws -> Value {
        switch op {
        case .negate:
            if t.dtype == .bool {
                throw PyError(.type, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
            }
            return NDArray.result(map(t, float: { -$0 }, int: { 0 &- $0 }))
        case .plus: return NDArray.result(NumpyArrays.copy(t, t.dtype))
        case .invert:
            if t.dtype.isFloatingPoint {
                throw PyError(.type, "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
            return NDArray.result(map(t, float: { $0 }, int: { t.dtype == .bool ? ($0 == 0 ? 1 : 0) : ~$0 }))
        case .not:
            return .bool(try !(NDArray(t).truthy()))
        }
    }

    /// `np.abs`: integers stay integers.
    static func absolute(_ t: Tensor) -> Tensor {
        map(t, float: { Swift.abs($0) }, int: { $0 == Int64.min ? $0 : Swift.abs($0) })
    }

    /// A same-dtype elementwise map (`float` runs in the array's own float precision).
    static func map(_ t: Tensor, float: (Double) -> Double, int: (Int64) -> Int64) -> Tensor {
        switch t.dtype {
        case .float32, .float16: return Tensor(floats: t.floatValues().map { Float(float(Double($0))) }, shape: t.shape, dtype: t.dtype)
        case .float64: return Tensor(doubles: t.doubleValues().map(float), shape: t.shape)
        case .int64, .bool, .uint64: return Tensor(ints: t.intValues().map(int), shape: t.shape, dtype: t.dtype)
        default: return Tensor(ints: t.intValues().map { t.dtype.wrap(int($0)) }, shape: t.shape, dtype: t.dtype)
        }
    }

    /// `a < b` etc. with at least one numpy side: a bool array (or np.bool scalar).
    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard let x = try operand(a), let y = try operand(b) else {
            if op == .equal { return .bool(false) }
            if op == .notEqual { return .bool(true) }
            return nil
        }
        let r = resultType([x, y])
        let cmp: (Double, Double) -> Bool
        let icmp: (Int64, Int64) -> Bool
        switch op {
        case .less: cmp = { $0 < $1 }; icmp = { $0 < $1 }
        case .lessOrEqual: cmp = { $0 <= $1 }; icmp = { $0 <= $1 }
        case .greater: cmp = { $0 > $1 }; icmp = { $0 > $1 }
        case .greaterOrEqual: cmp = { $0 >= $1 }; icmp = { $0 >= $1 }
        case .equal: cmp = { $0 == $1 }; icmp = { $0 == $1 }
        case .notEqual: cmp = { $0 != $1 }; icmp = { $0 != $1 }
        default: return nil
        }
        // uint64 elements are bit patterns: they compare unsigned.
        let unsigned = r == .uint64
        let t = try elementwise(x.tensor, y.tensor, compute: r, result: .bool,
                                float: { cmp(Double($0), Double($1)) ? 1 : 0 },
                                double: { cmp($0, $1) ? 1 : 0 },
                                int: { p, q in
                                    guard unsigned else { return icmp(p, q) ? 1 : 0 }
                                    let (u, v) = (UInt64(bitPattern: p), UInt64(bitPattern: q))
                                    switch op {
                                    case .less: return u < v ? 1 : 0
                                    case .lessOrEqual: return u <= v ? 1 : 0
                                    case .greater: return u > v ? 1 : 0
                                    case .greaterOrEqual: return u >= v ? 1 : 0
                                    case .equal: return u == v ? 1 : 0
                                    default: return u != v ? 1 : 0
                                    }
                                })
        return NDArray.result(t)
    }
}
