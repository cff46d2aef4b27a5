import Foundation
import Autograd

/// numpy's names and promotion rules for gradstep's element types (numpy 2, NEP 50).
enum NumpyDType {
    /// numpy's dtype name: `float32`, `float64`, `int64`, `uint8`, `float16`, `bool`, …
    static func name(_ d: DType) -> String { d.shortName }

    static func from(name: String) -> DType? {
        switch name {
        case "float32", "f4", "single": return .float32
        case "float64", "f8", "double", "d", "float": return .float64
        case "float16", "f2", "half", "e": return .float16
        case "int64", "i8", "int", "long", "intp", "int_", "q", "l": return .int64
        case "int32", "i4", "intc", "i": return .int32
        case "int16", "i2", "short", "h": return .int16
        case "int8", "i1", "byte", "b": return .int8
        case "uint64", "u8", "uint", "ulong", "uintp", "Q", "L": return .uint64
        case "uint32", "u4", "uintc", "I": return .uint32
        case "uint16", "u2", "ushort", "H": return .uint16
        case "uint8", "u1", "ubyte", "B": return .uint8
        case "bool", "?", "bool_": return .bool
        default: return nil
        }
    }

    /// numpy dtypes gradstep's arrays cannot hold yet, by every name numpy accepts for them, with
    /// the canonical name.
    static let unsupported: [String: String] = [
        "longdouble": "longdouble", "float128": "longdouble", "g": "longdouble",
        "complex64": "complex64", "complex128": "complex128", "c8": "complex64", "c16": "complex128",
        "csingle": "complex64", "cdouble": "complex128", "complex_": "complex128",
    ]

    /// The error for a dtype in `unsupported`.
    static func unsupportedError(_ name: String) -> PyError {
        PyError(.notImplemented, "numpy's \(unsupported[name] ?? name) dtype is not supported by gradstep yet: its arrays hold bool, the signed and unsigned integers, float16, float32, float64 and str")
    }

    /// `np.promote_types(a, b)`: the smallest type that holds both exactly; an integer with a float
    /// needs a float wider than the integer (int16 with float16 is float32, int64 with float32 is
    /// float64); a signed with an unsigned integer a signed type wider than the unsigned one, which
    /// uint64 has not (float64).
    static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a == .bool { return b }
        if b == .bool { return a }
        if a.isFloatingPoint && b.isFloatingPoint { return a.itemSize >= b.itemSize ? a : b }
        if a.isFloatingPoint || b.isFloatingPoint {
            let (f, i) = a.isFloatingPoint ? (a, b) : (b, a)
            // The float must be more than twice the integer's size (its significand holds the integer).
            if f.itemSize > i.itemSize { return f }
            return i.itemSize >= 4 ? .float64 : .float32
        }
        if a.isUnsigned == b.isUnsigned { return a.itemSize >= b.itemSize ? a : b }
        let (sg, u) = a.isUnsigned ? (b, a) : (a, b)
        if sg.itemSize > u.itemSize { return sg }
        return DType.signed(bytes: u.itemSize * 2) ?? .float64
    }

    /// numpy's `iinfo` bounds of an integer type (uint64's maximum does not fit: Int64.max is its
    /// bit pattern's largest signed value, so callers read it through `maxText`).
    static func intRange(_ d: DType) -> (min: Int64, max: Int64) {
        switch d {
        case .int8: return (Int64(Int8.min), Int64(Int8.max))
        case .int16: return (Int64(Int16.min), Int64(Int16.max))
        case .int32: return (Int64(Int32.min), Int64(Int32.max))
        case .uint8: return (0, Int64(UInt8.max))
        case .uint16: return (0, Int64(UInt16.max))
        case .uint32: return (0, Int64(UInt32.max))
        case .uint64: return (0, -1)
        case .bool: return (0, 1)
        default: return (Int64.min, Int64.max)
        }
    }

    /// The type a floating ufunc (`sqrt`, `exp`, `true_divide` of one type) computes in for `d`:
    /// floats their own; bool, int8 and uint8 float16; int16 and uint16 float32; wider integers float64.
    static func floatingResult(_ d: DType) -> DType {
        if d.isFloatingPoint { return d }
        switch d.itemSize {
        case 1: return .float16
        case 2: return .float32
        default: return .float64
        }
    }

    /// numpy's abstract scalar types (`np.integer`, `np.floating`, …), for `issubdtype` and `isinstance`.
    static let abstractTypes = ["generic", "number", "integer", "signedinteger", "unsignedinteger", "inexact", "floating"]

    /// Whether `d` is under numpy's abstract type `name` (`integer`, `floating`, …).
    static func isSubtype(_ d: DType, of name: String) -> Bool {
        switch name {
        case "generic": return true
        case "number": return d != .bool
        case "integer": return d.isIntegral && d != .bool
        case "signedinteger": return d.isIntegral && d != .bool && !d.isUnsigned
        case "unsignedinteger": return d.isUnsigned
        case "inexact", "floating": return d.isFloatingPoint
        default: return false
        }
    }

    /// A stored element's Python integer text (uint64 read unsigned).
    static func intText(_ v: Int64, _ d: DType) -> String { d == .uint64 ? String(UInt64(bitPattern: v)) : String(v) }

    /// The dtype a `dtype=` argument names: np.float32, np.dtype('int64'), 'float32', float, int, bool.
    static func resolve(_ v: Value, function: String = "array") throws -> DType? {
        switch v {
        case .none: return nil
        case .string(let s):
            if unsupported[s] != nil { throw unsupportedError(s) }
            guard let d = from(name: s) else { throw PyError(.type, "data type '\(s)' not understood") }
            return d
        case .builtin(let b) where b.name == "float": return .float64
        case .builtin(let b) where b.name == "int": return .int64
        case .builtin(let b) where b.name == "bool": return .bool
        case .object(let o as NumpyDTypeObject): return o.dtype
        case .object(let o as NumpyScalarType): return o.dtype
        case .object(let o as DTypeObject):
            throw PyError(.type, "Cannot interpret '\(o.repr())' as a data type")
        default:
            throw PyError(.type, "Cannot interpret '\(Repr.repr(v))' as a data type")
        }
    }
}

/// A numpy dtype object (`a.dtype`, `np.dtype('float32')`): prints `float32`, repr `dtype('float32')`,
/// and equals its scalar type and its name.
final class NumpyDTypeObject: PyStrConvertible {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }

    var typeName: String { "numpy.dtype" }
    var attributeNames: [String] { ["itemsize", "kind", "name", "type"] }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "name": return .string(NumpyDType.name(dtype))
        case "itemsize": return .int(dtype.itemSize)
        case "kind": return .string(dtype.isFloatingPoint ? "f" : (dtype == .bool ? "b" : (dtype.isUnsigned ? "u" : "i")))
        case "type": return .object(NumpyScalarType(dtype))
        default: return nil
        }
    }
    func str() -> String { NumpyDType.name(dtype) }
    func repr() -> String { "dtype('\(NumpyDType.name(dtype))')" }

    /// `a.dtype == x` for a dtype, a scalar type, a dtype name or a Python type.
    static func equals(_ d: DType, _ other: Value) -> Bool {
        (try? NumpyDType.resolve(other)).flatMap { $0 } == d
    }
}

/// `np.float32`, `np.uint8`, `np.bool_`, …: callable to make a numpy scalar
/// (or an array of that type from a sequence), and usable as a `dtype=`.
final class NumpyScalarType: PyObject {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }

    var typeName: String { "type" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__name__", "__qualname__": return .string(NumpyDType.name(dtype))
        case "__module__": return .string("numpy")
        case "dtype": return .object(NumpyDTypeObject(dtype))
        default: return nil
        }
    }
    func repr() -> String { "<class 'numpy.\(NumpyDType.name(dtype))'>" }
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        guard let v = args.positional.first else {
            return .object(NumpyScalar(Tensor.zeros([], dtype: dtype)))
        }
        if case .string(let s) = v {
            if dtype.isFloatingPoint, let d = Double(s.trimmingCharacters(in: .whitespaces)) {
                return .object(NumpyScalar(NumpyArrays.scalarTensor(.float(d), dtype)))
            }
            if !dtype.isFloatingPoint, let i = Int64(s.trimmingCharacters(in: .whitespaces)) {
                return .object(NumpyScalar(NumpyArrays.scalarTensor(.int(i), dtype)))
            }
            let what = dtype.isFloatingPoint ? "could not convert string to float" : "invalid literal for int() with base 10"
            throw PyError(.value, "\(what): '\(s)'")
        }
        // np.float64 subclasses float, so it converts a tensor as float() does (through item()).
        if dtype == .float64, case .tensor(let x) = v {
            guard x.numel == 1 else { throw PyError(.type, "only one element tensors can be converted to Python scalars") }
            interpreter.noteFloatConversion(v)
            return .object(NumpyScalar(Tensor(doubles: [try x.item().doubleValue], shape: [])))
        }
        let t = try NumpyArrays.array(v, dtype: dtype, interpreter)
        return t.dim == 0 ? .object(NumpyScalar(t)) : .object(NDArray(t))
    }
}
