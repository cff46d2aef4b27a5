import Autograd
import Foundation

/// The argument side of `RandomState.randint` and `Generator.integers` (numpy/random/
/// _bounded_integers.pyx.in): Python-int bounds checked against the dtype, the closed interval,
/// numpy's error texts, and the result's type.
struct NumpyIntegerRequest {
    /// A bound as Python holds it: an int64 value, or beyond int64 on one side.
    enum Bound {
        case value(Int64)
        case below
        case above
    }

    /// The integer dtype of the draws (and of the array they fill).
    struct Kind: Equatable {
        let dtype: DType
        static let int64 = Kind(dtype: .int64)
        static let int32 = Kind(dtype: .int32)
        /// The bounds a value of the dtype can take (uint64's upper half is beyond gradstep's bounds).
        var range: ClosedRange<Int64> {
            let (lo, hi) = NumpyDType.intRange(dtype)
            return dtype == .uint64 ? 0...Int64.max : lo...hi
        }
        var name: String { dtype.shortName }
        /// The bits of one draw: 8 and 16-bit dtypes share 32-bit words (numpy's buffered draws).
        var width: Int { dtype.itemSize <= 2 ? dtype.itemSize * 8 : 64 }
    }

    let low: Int64
    let highInclusive: Int64
    let kind: Kind
    /// `dtype=int` (the default of `randint`): a scalar result is a Python int.
    let pythonInt: Bool

    /// Reads `low, high=None, …, dtype=…` and validates as `_rand_{{nptype}}` does.
    init(_ a: CallArgs, closed: Bool, defaultIsPythonInt: Bool) throws {
        var lowValue = try a.required(0, "low")
        var highValue = a.value(1, "high") ?? .none
        if highValue.isNone {
            highValue = lowValue
            lowValue = .int(0)
        }
        (kind, pythonInt) = try NumpyIntegerRequest.dtype(a, defaultIsPythonInt: defaultIsPythonInt)
        if NumpyRandomArgs.isArray(lowValue) || NumpyRandomArgs.isArray(highValue) {
            throw PyError(.notImplemented, "\(a.name)() with array bounds is not supported by gradstep (scalar low and high are)")
        }
        let lo = try NumpyIntegerRequest.bound(lowValue)
        var hi = try NumpyIntegerRequest.bound(highValue)
        if !closed {
            switch hi {
            case .value(let h): hi = h == Int64.min ? .below : .value(h - 1)
            case .above:
                // 2**63 exclusive is int64's largest value inclusive.
                if case .bigInt("9223372036854775808") = highValue { hi = .value(Int64.max) }
            case .below: break
            }
        }
        let range = kind.range
        let lowInt: Int64
        switch lo {
        case .below: throw PyError(.value, "low is out of bounds for \(kind.name)")
        case .above: lowInt = Int64.max
        case .value(let l):
            if l < range.lowerBound { throw PyError(.value, "low is out of bounds for \(kind.name)") }
            lowInt = l
        }
        let highInt: Int64
        switch hi {
        case .above: throw PyError(.value, "high is out of bounds for \(kind.name)")
        case .below: highInt = Int64.min
        case .value(let h):
            if h > range.upperBound { throw PyError(.value, "high is out of bounds for \(kind.name)") }
            highInt = h
        }
        if case .above = lo { throw PyError(.value, closed ? "low > high" : "low >= high") }
        if lowInt > highInt {
            if lowInt == 0 { throw PyError(.value, closed ? "high < 0" : "high <= 0") }
            throw PyError(.value, closed ? "low > high" : "low >= high")
        }
        low = lowInt
        highInclusive = highInt
    }

    /// `int(x)` of a bound (floats truncate, as numpy's `int(low_arr)` does).
    static func bound(_ v: Value) throws -> Bound {
        switch v {
        case .int(let i): return .value(Int64(i))
        case .bool(let b): return .value(b ? 1 : 0)
        case .bigInt(let s): return s.hasPrefix("-") ? .below : .above
        case .float(let d):
            if d.isNaN { throw PyError(.value, "cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError(.overflow, "cannot convert float infinity to integer") }
            if d >= 9_223_372_036_854_775_808.0 { return .above }
            if d < -9_223_372_036_854_775_808.0 { return .below }
            return .value(Int64(d))
        case .string(let text):
            guard let i = Int64(text.trimmingCharacters(in: .whitespaces)) else {
                throw PyError(.value, "invalid literal for int() with base 10: \(Repr.repr(v))")
            }
            return .value(i)
        case .tensor(let t) where t.numel == 1:
            if t.dtype.isIntegral { return .value(t.intValues()[0]) }
            return try bound(.float(t.doubleValues()[0]))
        case .object where NumpyRandomBindings.unwrap(v)?.numel == 1:
            guard let t = NumpyRandomBindings.unwrap(v) else { return .value(0) }
            if t.dtype.isIntegral { return .value(t.intValues()[0]) }
            return try bound(.float(t.doubleValues()[0]))
        default:
            throw PyError(.type, "int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
        }
    }

    /// The requested dtype: int64 (`int`, `'int64'`, `np.int64`) or int32.
    static func dtype(_ a: CallArgs, defaultIsPythonInt: Bool) throws -> (Kind, Bool) {
        guard let v = a.value(3, "dtype"), !v.isNone else { return (.int64, defaultIsPythonInt) }
        let name: String
        switch v {
        case .builtin(let b): name = b.name
        case .string(let s): name = s
        case .object(let d as DTypeObject): name = d.dtype.rawValue.replacingOccurrences(of: "torch.", with: "")
        default: name = Repr.str(v)
        }
        if name == "int" { return (.int64, true) }
        if case .object(let t as NumpyScalarType) = v, t.dtype.isIntegral, t.dtype != .bool { return (Kind(dtype: t.dtype), false) }
        if case .object(let t as NumpyDTypeObject) = v, t.dtype.isIntegral, t.dtype != .bool { return (Kind(dtype: t.dtype), false) }
        let stripped = name.hasPrefix("<") || name.hasPrefix("=") ? String(name.dropFirst()) : name
        if let d = NumpyDType.from(name: stripped), d.isIntegral, d != .bool { return (Kind(dtype: d), false) }
        throw PyError(.notImplemented, "\(a.name)(dtype=\(name)) is not supported by gradstep (the integer dtypes are)")
    }

    /// The result: a Python int or numpy scalar for `size=None`, else an array of `shape`.
    func result(_ values: [Int64], shape: [Int]?) -> Value {
        guard let shape else {
            if pythonInt { return .int(Int(values[0])) }
            return NumpyRandomBindings.scalar(Tensor(ints: values, shape: [1], dtype: kind.dtype), at: 0)
        }
        return NumpyRandomBindings.wrap(Tensor(ints: values, shape: shape, dtype: kind.dtype))
    }
}
