import Foundation
import Autograd

/// Methods of Python's own values: `list.append`, `str.format`, `dict.items`, `float.is_integer`, …
enum ValueMethods {
    static func names(_ v: Value) -> [String] {
        switch v {
        case .list: return ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"]
        case .string: return StringMethods.names
        case .tuple: return ["count", "index"]
        case .dict: return DictMethods.names
        case .float: return ["is_integer", "real"]
        default: return []
        }
    }

    static func get(_ v: Value, _ name: String, _ interp: Interpreter) throws -> Value? {
        if let watch = interp.loopWatch, case .list = v, ["append", "extend", "pop", "insert", "clear", "reverse", "sort"].contains(name) {
            watch.impure("list.\(name)()")
        }
        func method(_ f: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value { .builtin(Builtin(name, f)) }
        // `x.__iter__` of a built-in container is `iter(x)` bound (hasattr(x, "__iter__") tests iterability).
        if name == "__iter__", let iter = Builtins.python["iter"] {
            switch v {
            case .list, .tuple, .dict, .string, .range, .size: return method { _, interp in var a = CallArgs([v], name: "iter"); return try iter.call(&a, interp) }
            default: break
            }
        }
        switch v {
        case .slice(let start, let stop, let step):
            func opt(_ i: Int?) -> Value { i.map { .int($0) } ?? Value.none }
            switch name {
            case "start": return opt(start)
            case "stop": return opt(stop)
            case "step": return opt(step)
            case "indices":
                // slice.indices(n): the start, stop and step a sequence of length n uses.
                return method { a, _ in
                    let n = try MathModule.index(try a.required(0, "len"))
                    if n < 0 { throw PyError(.value, "length should not be negative") }
                    let st = step ?? 1
                    if st == 0 { throw PyError(.value, "slice step cannot be zero") }
                    func clamp(_ x: Int?, _ dflt: Int) -> Int {
                        guard let x else { return dflt }
                        if x < 0 { return max(x + n, st < 0 ? -1 : 0) }
                        return min(x, st < 0 ? n - 1 : n)
                    }
                    return .tuple([.int(clamp(start, st < 0 ? n - 1 : 0)), .int(clamp(stop, st < 0 ? -1 : n)), .int(st)])
                }
            default: return nil
            }
        case .list(let l):
            switch name {
            case "append": return method { a, i in
                try i.checkGrowth(l.items.count, adding: 1, "list")
                l.items.append(try a.required(0, "object")); return .none
            }
            case "extend": return method { a, i in
                let more = try i.iterate(try a.required(0, "iterable"))
                try i.checkGrowth(l.items.count, adding: more.count, "list")
                l.items.append(contentsOf: more); return .none
            }
            case "pop":
                return method { a, _ in
                    guard !l.items.isEmpty else { throw PyError(.index, "pop from empty list") }
                    var i = try a.int(0, "index", default: l.items.count - 1)
                    if i < 0 { i += l.items.count }
                    guard i >= 0 && i < l.items.count else { throw PyError(.index, "pop index out of range") }
                    return l.items.remove(at: i)
                }
            case "insert":
                return method { a, _ in
                    let i = min(max(try a.int(0, "index"), 0), l.items.count)
                    l.items.insert(try a.required(1, "object"), at: i)
                    return .none
                }
            case "index":
                return method { a, _ in
                    let x = try a.required(0, "value")
                    guard let i = l.items.firstIndex(where: { Arithmetic.equal($0, x) }) else { throw PyError(.value, "\(Repr.repr(x)) is not in list") }
                    return .int(i)
                }
            case "count": return method { a, _ in let x = try a.required(0, "value"); return .int(l.items.filter { Arithmetic.equal($0, x) }.count) }
            case "remove":
                return method { a, _ in
                    let x = try a.required(0, "value")
                    guard let i = l.items.firstIndex(where: { Arithmetic.equal($0, x) }) else { throw PyError(.value, "list.remove(x): x not in list") }
                    l.items.remove(at: i)
                    return .none
                }
            case "clear": return method { _, _ in l.items.removeAll(); return .none }
            case "copy": return method { _, _ in .list(ListBox(l.items)) }
            case "reverse": return method { _, _ in l.items.reverse(); return .none }
            case "sort": return method { a, i in l.items = try Builtins.pythonSort(l.items, a, i); return .none }
            default: return nil
            }
        case .string(let s):
            return StringMethods.get(s, name)
        case .dict(let d):
            return DictMethods.get(d, name, interp)
        case .tuple(let t):
            switch name {
            case "count": return method { a, _ in let x = try a.required(0, "value"); return .int(t.filter { Arithmetic.equal($0, x) }.count) }
            case "index":
                return method { a, _ in
                    let x = try a.required(0, "value")
                    guard let i = t.firstIndex(where: { Arithmetic.equal($0, x) }) else { throw PyError(.value, "tuple.index(x): x not in tuple") }
                    return .int(i)
                }
            default: return nil
            }
        case .int(let i):
            switch name {
            case "bit_length": return method { _, _ in .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            case "real", "numerator": return .int(i)
            case "imag": return .int(0)
            case "denominator": return .int(1)
            case "conjugate": return method { _, _ in .int(i) }
            default: return nil
            }
        case .builtin(let b) where Repr.typeBuiltins.contains(b.name):
            // `str.upper`, `list.append`: the method with its object as first argument.
            if name == "__name__" || name == "__qualname__" { return .string(b.name) }
            if name == "__module__" { return .string("builtins") }
            if b.name == "str" && name == "maketrans" { return StringMethods.maketrans }
            if b.name == "dict" && name == "fromkeys" { return DictMethods.get(DictBox(), "fromkeys", interp) }
            // Only names the type's instances have are its methods (`hasattr(float, "x")` is False).
            let samples: [String: Value] = ["int": .int(0), "float": .float(0), "str": .string(""), "bool": .bool(false),
                                            "list": .list(ListBox([])), "tuple": .tuple([]), "dict": .dict(DictBox()), "set": .object(SetObject())]
            if let sample = samples[b.name], interp.classes.typeClass(b.name)?.lookup(name) == nil {
                do { _ = try interp.getAttribute(sample, name) } catch let e as PyError where interp.isAttributeError(e) {
                    throw PyError(.attribute, "type object '\(b.name)' has no attribute '\(name)'")
                }
            }
            return method { a, interp in
                guard let first = a.positional.first else { throw PyError(.type, "unbound method \(b.name).\(name)() needs an argument") }
                // `str.__new__(cls, v)` in a subclass's own __new__: the built-in's allocation, not cls.__new__ again.
                if name == "__new__" {
                    if case .object(let cls as ClassObject) = first, let c = interp.classes.typeClass(b.name), cls.isSubclass(of: c),
                       case .object(let native as NativeMethod)? = c.own("__new__") {
                        var all = CallArgs(a.positional, keywords: a.keywords, name: name)
                        return try native.body(&all, interp)
                    }
                    if case .builtin(let t) = first, t.name == b.name {
                        var rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: b.name)
                        return try b.call(&rest, interp)
                    }
                    throw PyError(.type, "\(b.name).__new__(X): X is not a subtype of \(b.name)")
                }
                // `list.__repr__(self)`, `dict.__init__(self, ...)` in a subclass: the built-in's own method.
                if let inst = first.instance, inst.payload != nil, let c = interp.classes.typeClass(b.name), inst.cls.isSubclass(of: c) {
                    if let native = c.lookup(name) {
                        var all = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: name)
                        return try interp.invoke(native, on: first, owner: c, &all)
                    }
                    var rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: name)
                    return try interp.call(try interp.getAttribute(inst.payload ?? first, name), &rest)
                }
                var rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: name)
                return try interp.call(try interp.getAttribute(first, name), &rest)
            }
        case .builtin(let b) where name == "__name__" || name == "__qualname__":
            // A built-in function (`torch.sigmoid.__name__`).
            return .string(b.name)
        case .float(let x):
            switch name {
            case "as_integer_ratio":
                return method { _, _ in
                    guard x.isFinite else { throw PyError(x.isNaN ? .value : .overflow, x.isNaN ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio") }
                    var num = x, den = 1.0
                    while num != num.rounded() && den < 1e300 { num *= 2; den *= 2 }
                    return .tuple([try MathModule.integral(num, .towardZero), try MathModule.integral(den, .towardZero)])
                }
            case "imag": return .float(0)
            case "conjugate": return method { _, _ in .float(x) }
            case "is_integer": return method { _, _ in .bool(x.isFinite && x == x.rounded()) }
            case "real": return .float(x)
            default: return nil
            }
        case .size(let s):
            switch name {
            // PyTorch's THPSize_numel multiplies in int64 (wrapping); `*` would trap on torch.Size([2**62, 4]).
            case "numel": return method { _, _ in .int(s.reduce(1, &*)) }
            default: return nil
            }
        default:
            return nil
        }
    }
}
