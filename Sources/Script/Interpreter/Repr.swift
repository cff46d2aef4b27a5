import Autograd

/// Python's `str()` and `repr()` of gradstep's values (tensors use PyTorch's repr).
public enum Repr {
    public static func str(_ v: Value) -> String {
        if case .string(let s) = v { return s }
        if case .object(let o as Instance) = v { return o.str() }
        if case .object(let o as PyStrConvertible) = v { return o.str() }
        return repr(v)
    }

    public static func repr(_ v: Value) -> String {
        var active = Set<ObjectIdentifier>()
        return repr(v, &active)
    }

    /// `active` holds the lists and dicts being printed: one that contains itself prints as `[...]`
    /// / `{...}`, as in Python (without this the recursion never ends).
    private static func repr(_ v: Value, _ active: inout Set<ObjectIdentifier>) -> String {
        func r(_ x: Value) -> String { repr(x, &active) }
        switch v {
        case .list(let l):
            guard active.insert(ObjectIdentifier(l)).inserted else { return "[...]" }
            defer { active.remove(ObjectIdentifier(l)) }
            return "[" + l.items.map(r).joined(separator: ", ") + "]"
        case .tuple(let t):
            if t.count == 1 { return "(" + r(t[0]) + ",)" }
            return "(" + t.map(r).joined(separator: ", ") + ")"
        case .dict(let d):
            guard active.insert(ObjectIdentifier(d)).inserted else { return "{...}" }
            defer { active.remove(ObjectIdentifier(d)) }
            return d.flavoredRepr("{" + d.entries.map { r($0.key) + ": " + r($0.value) }.joined(separator: ", ") + "}", item: r)
        default:
            return leafRepr(v)
        }
    }

    private static func leafRepr(_ v: Value) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return PythonFloat.repr(d)
        case .string(let s): return quote(s)
        case .tensor(let t): return t.description
        case .list(let l): return "[" + l.items.map(repr).joined(separator: ", ") + "]"
        case .tuple(let t):
            if t.count == 1 { return "(" + repr(t[0]) + ",)" }
            return "(" + t.map(repr).joined(separator: ", ") + ")"
        case .size(let s): return Shape.sizeRepr(s)
        case .dict(let d): return "{" + d.entries.map { repr($0.key) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        case .range(let a, let b, let c): return c == 1 ? "range(\(a), \(b))" : "range(\(a), \(b), \(c))"
        case .slice(let a, let b, let c):
            func p(_ x: Int?) -> String { x.map(String.init) ?? "None" }
            return "slice(\(p(a)), \(p(b)), \(p(c)))"
        case .ellipsis: return "Ellipsis"
        case .function(let f): return "<function \(f.qualname) at \(address(f))>"
        case .builtin(let b):
            if typeBuiltins.contains(b.name) { return "<class '\(b.name)'>" }
            return "<built-in function \(b.name)>"
        case .object(let o): return o.repr()
        }
    }

    /// Builtins that are classes in Python (`print(int)` shows `<class 'int'>`).
    static let typeBuiltins: Set<String> = ["int", "float", "str", "bool", "list", "tuple", "dict", "set", "range", "type",
                                            "object", "enumerate", "zip", "map", "filter", "reversed", "slice", "frozenset", "bytes"]

    /// A stable, Python-looking address for objects' reprs.
    static func address(_ o: AnyObject) -> String {
        // CPython prints 12 hex digits for heap addresses on 64-bit Linux (0x7f…).
        "0x7f" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue) & 0xff_ffff_fff0, radix: 16).leftPadded(to: 10)
    }

    /// Python's string repr: single quotes unless the text has a single quote and no double quote.
    public static func quote(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let q: Character = useDouble ? "\"" : "'"
        var out = String(q)
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'" where !useDouble: out += "\\'"
            default:
                if ch.value < 0x20 || ch.value == 0x7f {
                    out += "\\x" + String(ch.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        out.append(q)
        return out
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
