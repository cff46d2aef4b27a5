import Autograd

/// The keyword names a binding asked for during one call.
final class KeywordReads {
    var names: Set<String> = []
}

/// The arguments of one call, with helpers that read them by position or keyword and convert them,
/// raising Python's TypeErrors.
public struct CallArgs {
    public var positional: [Value]
    public var keywords: [(String, Value)]
    /// The function's name, for error messages.
    public var name: String
    /// The keywords the binding asked for, shared by the copies of these arguments it makes.
    let reads: KeywordReads

    public init(_ positional: [Value] = [], keywords: [(String, Value)] = [], name: String = "function") {
        self.init(positional, keywords: keywords, name: name, reads: KeywordReads())
    }

    /// Arguments re-packed from another call's (`CallArgs(rest, keywords: a.keywords, …, reads: a.reads)`),
    /// so that the keywords read through them count as read by the original call.
    init(_ positional: [Value], keywords: [(String, Value)], name: String, reads: KeywordReads) {
        self.positional = positional
        self.keywords = keywords
        self.name = name
        self.reads = reads
    }

    /// The argument at position `i`, or the keyword `key`, or nil.
    public func value(_ i: Int?, _ key: String) -> Value? {
        reads.names.insert(key)
        if let i, i < positional.count { return positional[i] }
        return keywords.first(where: { $0.0 == key })?.1
    }

    /// The first keyword the binding never asked for, if any: the caller raises CPython's and PyTorch's
    /// `f() got an unexpected keyword argument 'k'` for it, since a misspelt or unsupported keyword
    /// must never be silently ignored.
    func unexpectedKeyword() -> String? {
        keywords.first(where: { !reads.names.contains($0.0) })?.0
    }

    /// A required argument.
    public func required(_ i: Int?, _ key: String) throws -> Value {
        guard let v = value(i, key) else {
            throw PyError(.type, "\(name)() missing 1 required positional argument: '\(key)'")
        }
        return v
    }

    public func has(_ key: String) -> Bool {
        reads.names.insert(key)
        return keywords.contains(where: { $0.0 == key })
    }

    public func tensor(_ i: Int?, _ key: String) throws -> Tensor {
        let v = try required(i, key)
        guard case .tensor(let t) = v else {
            throw PyError(.type, "\(name)(): argument '\(key)' (position \((i ?? 0) + 1)) must be Tensor, not \(v.typeName)")
        }
        return t
    }

    /// A tensor, or a Python number wrapped as a 0-d tensor (operands of arithmetic functions).
    public func operand(_ i: Int?, _ key: String) throws -> Tensor {
        try Convert.operand(try required(i, key), name: name)
    }

    public func double(_ i: Int?, _ key: String, default d: Double? = nil) throws -> Double {
        guard let v = value(i, key) else {
            if let d { return d }
            throw PyError(.type, "\(name)() missing 1 required positional argument: '\(key)'")
        }
        return try Convert.double(v, name: name, argument: key)
    }

    public func int(_ i: Int?, _ key: String, default d: Int? = nil) throws -> Int {
        guard let v = value(i, key), !v.isNone else {
            if let d { return d }
            throw PyError(.type, "\(name)() missing 1 required positional argument: '\(key)'")
        }
        return try Convert.int(v, name: name, argument: key)
    }

    public func bool(_ i: Int?, _ key: String, default d: Bool) throws -> Bool {
        guard let v = value(i, key) else { return d }
        return try v.truthy()
    }

    public func optionalInt(_ i: Int?, _ key: String) throws -> Int? {
        guard let v = value(i, key), !v.isNone else { return nil }
        return try Convert.int(v, name: name, argument: key)
    }

    /// A shape given as `f(2, 3)`, `f((2, 3))`, `f([2, 3])` or `f(size=(2, 3))`.
    public func shape(from start: Int = 0, key: String = "size") throws -> [Int] {
        var items = Array(positional.dropFirst(start))
        if items.isEmpty, let v = value(nil, key) { items = [v] }
        if items.count == 1 {
            switch items[0] {
            case .tuple(let t): items = t
            case .list(let l): items = l.items
            case .size(let s): return s
            default: break
            }
        }
        return try items.map { v in
            guard case .int(let i) = Convert.unwrapBool(v) else {
                throw PyError(.type, "\(name)(): argument 'size' must be tuple of ints, but found element of type \(v.typeName) at pos 0")
            }
            return i
        }
    }

    /// `dtype=torch.float32` etc.
    public func dtype(_ key: String = "dtype") throws -> DType? {
        guard let v = value(nil, key), !v.isNone else { return nil }
        guard case .object(let o) = v, let d = o as? DTypeObject else {
            throw PyError(.type, "\(name)(): argument 'dtype' must be torch.dtype, not \(v.typeName)")
        }
        return d.dtype
    }
}

extension Value {
    var isNone: Bool { if case .none = self { return true }; return false }

    /// A 64-bit unsigned number as the Python int it is (past Int.max a big int, never negative):
    /// seeds, uint64 elements.
    static func unsigned(_ u: UInt64) -> Value { u <= UInt64(Int.max) ? .int(Int(u)) : .bigInt(String(u)) }
}

/// Conversions between Python values and engine types, with Python's TypeErrors.
enum Convert {
    static func unwrapBool(_ v: Value) -> Value {
        if case .bool(let b) = v { return .int(b ? 1 : 0) }
        return v
    }

    /// An index as `__index__` gives it: bools and numpy's integer scalars become ints.
    static func unwrapIndex(_ v: Value) -> Value {
        if case .object(let s as NumpyScalar) = v, !s.dtype.isFloatingPoint, s.dtype != .bool { return .int(Int(s.tensor.intValues()[0])) }
        return unwrapBool(v)
    }

    static func operand(_ v: Value, name: String) throws -> Tensor {
        switch v {
        case .tensor(let t): return t
        case .int(let i): return Tensor.wrapped(.int(Int64(i)))
        case .float(let d): return Tensor.wrapped(.float(d))
        case .bool(let b): return Tensor.wrapped(.bool(b))
        case .list, .tuple: return try TensorLiteral.make(v)
        case .object(let s as NumpyScalar): return Tensor.wrapped(s.scalar)
        default: throw PyError(.type, "\(name)(): argument 'other' must be Tensor, not \(v.typeName)")
        }
    }

    static func double(_ v: Value, name: String = "function", argument: String = "x") throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .bigInt(let s): return Double(s) ?? .infinity
        case .tensor(let t):
            guard t.numel == 1 else { throw PyError(.type, "only one element tensors can be converted to Python scalars") }
            return try t.item().doubleValue
        case .object(let n as PyNumeric): return try n.number().doubleValue
        default: throw PyError(.type, "must be real number, not \(v.typeName)")
        }
    }

    static func int(_ v: Value, name: String = "function", argument: String = "x") throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.numel == 1 && !t.dtype.isFloatingPoint:
            return t.pythonRead("int()") { Int($0.intValues()[0]) }
        case .object(let s as NumpyScalar) where !s.dtype.isFloatingPoint: return Int(s.tensor.intValues()[0])
        default: throw PyError(.type, "\(name)(): argument '\(argument)' must be int, not \(v.typeName)")
        }
    }

    /// An index for slices and subscripts (ints, bools, 1-element int tensors).
    static func index(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.numel == 1 && !t.dtype.isFloatingPoint:
            return t.pythonRead("an index") { Int($0.intValues()[0]) }
        case .object(let s as NumpyScalar) where !s.dtype.isFloatingPoint: return Int(s.tensor.intValues()[0])
        default: throw PyError(.type, "slice indices must be integers or None or have an __index__ method")
        }
    }

    /// A Python number → Scalar.
    static func scalar(_ v: Value) throws -> Scalar {
        switch v {
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        case .tensor(let t) where t.numel == 1: return try t.item()
        case .object(let n as PyNumeric): return try n.number()
        default: throw PyError(.type, "expected a number, got \(v.typeName)")
        }
    }
}
