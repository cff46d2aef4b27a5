import Foundation
import Autograd

/// Python's built-in functions (print, len, range, …) and helpers the tensor methods share.
enum Builtins {
    nonisolated(unsafe) static let python: [String: Builtin] = {
        var b: [String: Builtin] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { b[name] = Builtin(name, f) }
        // `bytes` values do not exist in gradstep; the type is there for isinstance checks (never true).
        def("bytes") { _, _ in throw PyError(.notImplemented, "bytes objects are not supported by gradstep") }
        def("print") { a, interp in
            let sep = try a.value(nil, "sep").flatMap { $0.isNone ? nil : try interp.str($0) } ?? " "
            let end = try a.value(nil, "end").flatMap { $0.isNone ? nil : try interp.str($0) } ?? "\n"
            let text = try a.positional.map(interp.str).joined(separator: sep) + end
            if let f = a.value(nil, "file"), !f.isNone { try StreamObject.write(text, to: f, interp) } else {
                interp.output(text)
                try interp.checkOutput()
            }
            return .none
        }
        def("len") { a, interp in
            let v = try a.required(0, "obj")
            switch v {
            case .list(let l): return .int(l.items.count)
            case .tuple(let t): return .int(t.count)
            case .size(let s): return .int(s.count)
            case .string(let s): return .int(s.count)
            case .dict(let d): return .int(d.entries.count)
            case .range(let x, let y, let z):
                // CPython's len() is a C ssize_t: a range of 2**63 items or more cannot say its length.
                let n = exactRangeCount(x, y, z)
                guard n <= Int128(Int.max) else { throw PyError(.overflow, "Python int too large to convert to C ssize_t") }
                return .int(Int(n))
            case .object(let o as SetObject): return .int(o.table.count)
            case .object(let o as NDArray):
                if o.tensor.dim == 0 { throw PyError(.type, "len() of unsized object") }
                return .int(o.tensor.shape[0])
            case .object(let r as BigRange): return .int(try r.length())
            case .object(let o as PyCollection): return .int(o.items.count)
            case .tensor(let t):
                if t.dim == 0 { throw PyError(.type, "len() of a 0-d tensor") }
                return .int(t.shape[0])
            case .object(let o as Instance): return .int(try interp.length(of: o))
            case .object(let c as ClassObject):
                guard let r = try interp.metaclassSpecial(c, "__len__", []) else { throw PyError(.type, "object of type '\(c.metaclass?.name ?? "type")' has no len()") }
                return .int(try Convert.index(r))
            default: throw PyError(.type, "object of type '\(v.typeName)' has no len()")
            }
        }
        def("range") { a, _ in
            let n = a.positional.count
            if n == 0 { throw PyError(.type, "range expected at least 1 argument, got 0") }
            if n > 3 { throw PyError(.type, "range expected at most 3 arguments, got \(n)") }
            if a.positional.contains(where: { if case .bigInt = $0 { return true } else { return false } }) {
                // A bound beyond Int: Python's big-integer range.
                let vals = try a.positional.map { v -> Value in
                    switch Convert.unwrapBool(v) {
                    case .int(let i): return .int(i)
                    case .bigInt(let s): return .bigInt(s)
                    default: throw PyError(.type, "'\(v.typeName)' object cannot be interpreted as an integer")
                    }
                }
                if n == 3, case .int(0) = vals[2] { throw PyError(.value, "range() arg 3 must not be zero") }
                return .object(try BigRange(start: n == 1 ? .int(0) : vals[0], stop: n == 1 ? vals[0] : vals[1], step: n == 3 ? vals[2] : .int(1)))
            }
            let ints = try a.positional.map { v -> Int in
                guard case .int(let i) = Convert.unwrapIndex(v) else {
                    throw PyError(.type, "'\(v.typeName)' object cannot be interpreted as an integer")
                }
                return i
            }
            if n == 1 { return .range(start: 0, stop: ints[0], step: 1) }
            let step = n == 3 ? ints[2] : 1
            if step == 0 { throw PyError(.value, "range() arg 3 must not be zero") }
            return .range(start: ints[0], stop: ints[1], step: step)
        }
        def("abs") { a, _ in
            let v = try a.required(0, "x")
            switch Convert.unwrapBool(v) {
            case .int(let i): return i == Int.min ? .bigInt(BigDecimal.negate(String(i))) : .int(Swift.abs(i))
            case .float(let d): return .float(Swift.abs(d))
            case .bigInt(let s): return .bigInt(s.hasPrefix("-") ? String(s.dropFirst()) : s)
            case .tensor(let t): return .tensor(t.abs())
            case .object(let o as PyNumeric): return try o.absolute()
            case .object(let o as Instance):
                if let r = try o.cls.interpreter?.callSpecial(o, "__abs__", []) { return r }
                throw PyError(.type, "bad operand type for abs(): '\(v.typeName)'")
            default: throw PyError(.type, "bad operand type for abs(): '\(v.typeName)'")
            }
        }
        def("round") { a, _ in
            var v = try a.required(0, "number")
            // round() of a numpy scalar rounds its Python value.
            if case .object(let n as PyNumeric) = v, try a.optionalInt(1, "ndigits") == nil {
                switch try n.number() {
                case .int(let i): v = .int(Int(i))
                case .float(let d): v = .float(d)
                case .bool(let b): v = .bool(b)
                }
            }
            if case .tensor(let t) = v { return .tensor(t.round()) }
            if let nd = try a.optionalInt(1, "ndigits") {
                if case .int(let i) = Convert.unwrapBool(v) { return .int(i) }
                let d = try Convert.double(v)
                let s = try PythonFormat.format(.float(d), spec: ".\(max(nd, 0))f")
                return .float(Double(s) ?? d)
            }
            switch Convert.unwrapBool(v) {
            case .int(let i): return .int(i)
            case .float(let d):
                if !d.isFinite { throw PyError(d.isNaN ? .value : .overflow, d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer") }
                let r = d.rounded(.toNearestOrEven)
                if Swift.abs(r) >= 9.2e18 { throw PyError(.overflow, "integer too large for gradstep") }
                return .int(Int(r))
            default: throw PyError(.type, "type \(v.typeName) doesn't define __round__ method")
            }
        }
        def("float") { a, interp in
            guard var v = a.value(0, "x") else { return .float(0) }
            if let inst = v.instance {
                if let p = inst.payload { v = p } else if let r = try interp.callSpecial(inst, "__float__", []) ?? interp.callSpecial(inst, "__index__", []) {
                    if case .int(let i) = r { return .float(Double(i)) }
                    guard case .float = r else { throw PyError(.type, "\(inst.cls.name).__float__ returned non-float (type \(r.typeName))") }
                    return r
                } else {
                    throw PyError(.type, "float() argument must be a string or a real number, not '\(inst.cls.name)'")
                }
            }
            if case .string(let s) = v {
                let t = s.trimmingCharacters(in: .whitespaces).lowercased()
                switch t {
                case "nan", "+nan", "-nan": return .float(.nan)
                case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
                case "-inf", "-infinity": return .float(-.infinity)
                default:
                    guard let d = Double(t) else { throw PyError(.value, "could not convert string to float: \(Repr.quote(s))") }
                    return .float(d)
                }
            }
            if case .tensor(let t) = v, t.numel != 1 {
                throw PyError(.type, "only one element tensors can be converted to Python scalars")
            }
            interp.noteFloatConversion(v)
            return .float(try Convert.double(v))
        }
        def("int") { a, interp in
            guard var v = a.value(0, "x") else { return .int(0) }
            if let inst = v.instance {
                // A built-in subclass converts its value; other instances need __int__ or __index__.
                if let p = inst.payload { v = p } else if let r = try interp.callSpecial(inst, "__int__", []) ?? interp.callSpecial(inst, "__index__", []) {
                    guard case .int = Convert.unwrapBool(r) else { throw PyError(.type, "__int__ returned non-int (type \(r.typeName))") }
                    return r
                } else {
                    throw PyError(.type, "int() argument must be a string, a bytes-like object or a real number, not '\(inst.cls.name)'")
                }
            }
            switch Convert.unwrapBool(v) {
            case .int, .bigInt: return v
            case .string(let s):
                let body = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
                if let i = Int(body) { return .int(i) }
                let digits = body.hasPrefix("-") || body.hasPrefix("+") ? body.dropFirst() : Substring(body)
                guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count < 5_000 else {
                    throw PyError(.value, "invalid literal for int() with base 10: \(Repr.quote(s))")
                }
                let trimmed = digits.drop { $0 == "0" }
                let magnitude = trimmed.isEmpty ? "0" : String(trimmed)
                return Arithmetic.normalizeBig(body.hasPrefix("-") ? BigDecimal.negate(magnitude) : magnitude)
            default:
                switch v {
                case .float, .tensor, .object(is PyNumeric): break
                default: throw PyError(.type, "int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
                }
                let d = try Convert.double(v)
                if d.isNaN { throw PyError(.value, "cannot convert float NaN to integer") }
                if d.isInfinite { throw PyError(.overflow, "cannot convert float infinity to integer") }
                if Swift.abs(d) >= 9.2e18 { return Arithmetic.normalizeBig(BigDecimal.integral(d.rounded(.towardZero))) }
                return .int(Int(d.rounded(.towardZero)))
            }
        }
        def("set") { a, interp in
            guard let v = a.value(0, "iterable") else { return .object(SetObject()) }
            if case .object(let o as SetObject) = v { return .object(SetObject(o.table.copied())) }
            return .object(try SetObject(try interp.iterate(v)))
        }
        def("frozenset") { a, interp in
            guard let v = a.value(0, "iterable") else { return .object(SetObject(frozen: true)) }
            if case .object(let o as SetObject) = v { return o.frozen ? v : .object(SetObject(o.table.copied(), frozen: true)) }
            return .object(try SetObject(try interp.iterate(v), frozen: true))
        }
        def("bool") { a, _ in .bool(try a.value(0, "x")?.truthy() ?? false) }
        def("str") { a, interp in .string(try a.value(0, "object").map(interp.str) ?? "") }
        def("repr") { a, interp in .string(try interp.repr(try a.required(0, "obj"))) }
        def("format") { a, _ in .string(try StringFormatting.format(try a.required(0, "value"), a.value(1, "format_spec").map(Repr.str) ?? "")) }
        def("list") { a, interp in .list(ListBox(try a.value(0, "iterable").map { try interp.iterate($0) } ?? [])) }
        def("tuple") { a, interp in .tuple(try a.value(0, "iterable").map { try interp.iterate($0) } ?? []) }
        def("dict") { a, interp in
            if a.positional.count > 1 { throw PyError(.type, "dict expected at most 1 argument, got \(a.positional.count)") }
            let d = DictBox()
            try d.fill(from: a.positional.first, keywords: a.keywords, interp)
            return .dict(d)
        }
        def("divmod") { a, interp in
            let x = try a.required(0, "x"), y = try a.required(1, "y")
            return .tuple([try Arithmetic.binary(.floorDivide, x, y, interp), try Arithmetic.binary(.modulo, x, y, interp)])
        }
        // dir, globals, eval, exec, id, slice; dir of modules and plain values comes from here.
        NamespaceBuiltins.register(&b)
        let plainDir = b["dir"]
        // isinstance, type, getattr, super, property, …; the exception classes are the interpreter's classes.
        b.merge(ClassBuiltins.table) { _, new in new }
        b.merge(ObjectBuiltins.table) { _, new in new }
        if let plainDir, let objectDir = b["dir"] {
            // User objects and classes list their MRO's names; everything else as NamespaceBuiltins does.
            def("dir") { a, interp in
                switch a.positional.first {
                case .object(let o)? where o is Instance || o is ClassObject: return try objectDir.call(&a, interp)
                default: return try plainDir.call(&a, interp)
                }
            }
        }
        // iter, next, map, zip, enumerate, sum, min, max, sorted, …: lazy where Python is.
        IterationBuiltins.register(&b)
        NumberBuiltins.register(&b)
        return b
    }()

    /// The exception classes a program can name (see `ClassRuntime.exceptionTree` for their bases).
    static let exceptionNames = ["Exception", "RuntimeError", "ValueError", "TypeError", "IndexError", "NameError", "KeyError",
                                 "ZeroDivisionError", "AttributeError", "NotImplementedError", "AssertionError", "StopIteration",
                                 "ArithmeticError", "LookupError", "BaseException", "KeyboardInterrupt", "RecursionError", "OverflowError",
                                 "ImportError", "ModuleNotFoundError", "SystemExit", "MemoryError", "UnboundLocalError"]

    /// The exact number of items of `range(a, b, c)` (up to 2**64 - 1).
    static func exactRangeCount(_ a: Int, _ b: Int, _ c: Int) -> Int128 {
        let distance: Int128
        if c > 0 && a < b { distance = Int128(b) - Int128(a) } else if c < 0 && a > b { distance = Int128(a) - Int128(b) } else { return 0 }
        return (distance - 1) / Int128(c.magnitude) + 1
    }

    static func rangeCount(_ a: Int, _ b: Int, _ c: Int) -> Int {
        // In unsigned arithmetic: the distance between two Ints always fits a UInt. Saturates at Int.max.
        let distance: UInt
        if c > 0 && a < b { distance = UInt(bitPattern: b &- a) } else if c < 0 && a > b { distance = UInt(bitPattern: a &- b) } else { return 0 }
        let count = (distance - 1) / c.magnitude + 1
        return count > UInt(Int.max) ? Int.max : Int(count)
    }

    /// Python's slice.indices(count).
    static func sliceBounds(_ a: Int?, _ b: Int?, _ c: Int?, count n: Int) throws -> (Int, Int, Int) {
        let step = c ?? 1
        if step == 0 { throw PyError(.value, "slice step cannot be zero") }
        func clamp(_ v: Int?, _ def: Int, lo: Int, hi: Int) -> Int {
            guard var x = v else { return def }
            if x < 0 { x += n }
            return min(max(x, lo), hi)
        }
        if step > 0 { return (clamp(a, 0, lo: 0, hi: n), clamp(b, n, lo: 0, hi: n), step) }
        return (clamp(a, n - 1, lo: -1, hi: n - 1), clamp(b, -1, lo: -1, hi: n - 1), step)
    }

    /// `t.max()` / `t.max(dim)` (a `torch.return_types.max` of values and indices) / `t.max(other)`.
    static func reduceExtreme(_ t: Tensor, _ a: CallArgs, max wantMax: Bool) throws -> Value {
        if let other = a.value(0, "other"), case .tensor(let o) = other {
            return .tensor(wantMax ? try t.maximum(o) : try t.minimum(o))
        }
        if let d = try a.optionalInt(0, "dim") {
            let (vals, idx) = try t.extremeAlong(dim: d, max: wantMax, keepdim: try a.bool(1, "keepdim", default: false))
            return .object(ReturnTypesObject(wantMax ? "max" : "min", [("values", .tensor(vals)), ("indices", .tensor(idx))]))
        }
        return .tensor(try t.extremeAll(max: wantMax))
    }

    /// `t.tolist()`: nested Python lists of floats/ints/bools (a number for 0-d).
    static func tolist(_ t: Tensor) -> Value { t.pythonRead("tolist()", unrecordedList) }

    private static func unrecordedList(_ t: Tensor) -> Value {
        let vals: [Value]
        switch t.dtype {
        case .float32, .float16: vals = t.floatValues().map { .float(Double($0)) }
        case .float64: vals = t.doubleValues().map { .float($0) }
        case .bool: vals = t.intValues().map { .bool($0 != 0) }
        default: vals = t.intValues().map { .int(Int($0)) }
        }
        if t.dim == 0 { return vals.first ?? .none }
        func build(_ d: Int, _ offset: Int) -> Value {
            let n = t.shape[d]
            if d == t.dim - 1 { return .list(ListBox(Array(vals[offset..<offset + n]))) }
            let stride = t.shape[(d + 1)...].reduce(1, *)
            return .list(ListBox((0..<n).map { build(d + 1, offset + $0 * stride) }))
        }
        return build(0, 0)
    }
}

/// `int`, `float`, `torch.Tensor` … as values for `isinstance` and `type(x)`.
final class TypeObject: PyObject {
    let name: String
    init(name: String) { self.name = name }
    var typeName: String { "type" }
    /// The dtype of a legacy typed class (`torch.FloatTensor`), nil for every other type.
    var legacyTensorDType: DType? { DType.allCases.first { $0.tensorTypeName == name } }
    func matches(_ v: Value) -> Bool {
        switch name {
        case "Tensor": if case .tensor = v { return true }
        case "Parameter": if case .tensor(let t) = v { return t.isParameter }
        case _ where legacyTensorDType != nil: if case .tensor(let t) = v { return t.dtype == legacyTensorDType }
        case "dict": if case .dict = v { return true }
        case "tuple": if case .tuple = v { return true }; if case .object(let o) = v { return o is NamedTupleObject }
        case "numpy.generic", "numpy.number", "numpy.integer", "numpy.signedinteger", "numpy.unsignedinteger", "numpy.inexact", "numpy.floating":
            if case .object(let s as NumpyScalar) = v { return NumpyDType.isSubtype(s.dtype, of: String(name.dropFirst("numpy.".count))) }
        default: return v.typeName == name || (name == "int" && v.typeName == "bool")
        }
        return false
    }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        // numpy's classes (`numpy.ndarray`) are named without their module, which `__module__` gives.
        if name.hasPrefix("numpy.") {
            if n == "__module__" { return .string("numpy") }
            if n == "__name__" || n == "__qualname__" { return .string(String(name.dropFirst("numpy.".count))) }
        }
        if name.hasPrefix("torch."), n == "__name__" || n == "__qualname__" { return .string(String(name.dropFirst("torch.".count))) }
        return n == "__name__" || n == "__qualname__" ? .string(name) : nil
    }
    func repr() -> String {
        switch name {
        case "Tensor": return "<class 'torch.Tensor'>"
        case "Parameter": return "<class 'torch.nn.parameter.Parameter'>"
        case "Size": return "<class 'torch.Size'>"
        default: return "<class '\(name)'>"
        }
    }
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        if name == "Parameter" { return try Modules.makeParameter(args) }
        if name == "Tensor" { return try DTypeBindings.legacyTensor(args, interpreter) }
        if let d = legacyTensorDType { return try DTypeBindings.legacyTensor(args, interpreter, dtype: d) }
        if name == "Size" {
            guard let v = args.value(0, "sizes") else { return .size([]) }
            return .size(try interpreter.iterate(v).map { e -> Int in
                guard case .int(let i) = Convert.unwrapBool(e) else {
                    throw PyError(.type, "torch.Size() takes an iterable of 'int' (item 0 is '\(e.typeName)')")
                }
                return i
            })
        }
        guard let b = Builtins.python[name] else { return nil }
        return try b.call(&args, interpreter)
    }
}

extension Builtins {
    /// `sorted(items, key=…, reverse=…)` / `list.sort(…)`: a stable sort; `reverse` keeps equal items in order.
    static func pythonSort(_ items: [Value], _ a: CallArgs, _ interp: Interpreter) throws -> [Value] {
        try CPythonSort.sort(items, a, interp)
    }

    /// torch.stack / torch.cat over Python values.
    static func join(_ items: [Value], dim: Int, stack: Bool) throws -> Tensor {
        let ts = try items.map { v -> Tensor in
            guard case .tensor(let t) = v else { throw PyError(.type, "expected Tensor as element 0 in argument 0, but got \(v.typeName)") }
            return t
        }
        if !stack && ts.isEmpty { throw PyError(.value, "torch.cat(): expected a non-empty list of Tensors") }
        return stack ? try Tensor.stack(ts, dim: dim) : try Tensor.cat(ts, dim: dim)
    }
}
