import Foundation
import Autograd

/// numpy's names and promotion rules for gradstep's five element types (numpy 2, NEP 50).
enum NumpyDType {
    /// numpy's dtype name: `float32`, `float64`, `int64`, `int32`, `bool`.
    static func name(_ d: DType) -> String { d.shortName }

    static func from(name: String) -> DType? {
        switch name {
        case "float32", "f4", "float", "single": return name == "float" ? .float64 : .float32
        case "float64", "f8", "double", "d": return .float64
        case "int64", "i8", "int", "long", "intp", "int_": return .int64
        case "int32", "i4": return .int32
        case "bool", "?", "bool_": return .bool
        default: return nil
        }
    }

    /// numpy dtypes gradstep's arrays cannot hold yet, by every name numpy accepts for them, with
    /// the canonical name.
    static let unsupported: [String: String] = [
        "uint8": "uint8", "u1": "uint8", "ubyte": "uint8", "int8": "int8", "i1": "int8", "byte": "int8",
        "int16": "int16", "i2": "int16", "short": "int16", "uint16": "uint16", "u2": "uint16", "ushort": "uint16",
        "uint32": "uint32", "u4": "uint32", "uintc": "uint32", "uint64": "uint64", "u8": "uint64", "uint": "uint64",
        "float16": "float16", "f2": "float16", "half": "float16", "longdouble": "longdouble",
        "complex64": "complex64", "complex128": "complex128", "c8": "complex64", "c16": "complex128",
    ]

    /// The error for a dtype in `unsupported`.
    static func unsupportedError(_ name: String) -> PyError {
        PyError(.notImplemented, "numpy's \(unsupported[name] ?? name) dtype is not supported by gradstep yet: its arrays hold float32, float64, int64, int32, bool and str")
    }

    /// `np.promote_types(a, b)` for the five types: an integer with float32 needs float64.
    static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a.isFloatingPoint && b.isFloatingPoint { return .float64 }
        if (a == .float32 && (b == .int64 || b == .int32)) || (b == .float32 && (a == .int64 || a == .int32)) { return .float64 }
        return DType.promote(a, b)
    }

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
        case "itemsize":
            switch dtype {
            case .float64, .int64: return .int(8)
            case .float32, .int32: return .int(4)
            case .bool: return .int(1)
            }
        case "kind": return .string(dtype.isFloatingPoint ? "f" : (dtype == .bool ? "b" : "i"))
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

/// `np.float32`, `np.float64`, `np.int64`, `np.int32`, `np.bool_`: callable to make a numpy scalar
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
            return .object(NumpyScalar(Tensor(doubles: [try x.item().doubleValue], shape: [])))
        }
        let t = try NumpyArrays.array(v, dtype: dtype, interpreter)
        return t.dim == 0 ? .object(NumpyScalar(t)) : .object(NDArray(t))
    }
}
