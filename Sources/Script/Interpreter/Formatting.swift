import Foundation
import Autograd

/// Python's `format(value, spec)`, f-strings, `str.format` and `%`-formatting.
enum StringFormatting {
    /// `format(v, spec)`: numbers by the format-spec mini-language; a 0-d tensor formats its item.
    static func format(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .float(let d): return try PythonFormat.format(.float(d), spec: spec)
            case .int(let i): return try PythonFormat.format(.int(i), spec: spec)
            case .bool(let b): return try PythonFormat.format(.bool(b), spec: spec)
            case .string(let s): return try PythonFormat.format(.string(s), spec: spec)
            case .tensor(let t):
                if t.dim == 0 && !t.isParameter {
                    switch try t.item() {
                    case .float(let d): return try PythonFormat.format(.float(d), spec: spec)
                    case .int(let i): return try PythonFormat.format(.int(Int(i)), spec: spec)
                    case .bool(let b): return try PythonFormat.format(.bool(b), spec: spec)
                    }
                }
                if spec.isEmpty { return Repr.str(v) }
                throw PyError(.type, "unsupported format string passed to \(v.typeName).__format__")
            case .object(let o as Instance):
                guard let interp = o.cls.interpreter, let r = try interp.callSpecial(o, "__format__", [.string(spec)]) else { return Repr.str(v) }
                guard case .string(let s) = r else { throw PyError(.type, "__format__ must return a str, not \(r.typeName)") }
                return s
            default:
                if spec.isEmpty { return Repr.str(v) }
                throw PyError(.type, "unsupported format string passed to \(v.typeName).__format__")
            }
        } catch let e as PythonFormatError {
            throw PyError(.value, e.message)
        }
    }

    static func convert(_ v: Value, _ conversion: Character?) -> Value {
        switch conversion {
        case "r", "a": return .string(Repr.repr(v))
        case "s": return .string(Repr.str(v))
        default: return v
        }
    }

    /// `"{} and {:.2f}".format(a, b)` with auto and manual numbering, names, and `{{ }}`.
    static func strFormat(_ template: String, _ args: CallArgs) throws -> String {
        var out = ""
        var auto = 0
        var it = template.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let c = next() {
            if c == "{" {
                guard let d = next() else { throw PyError(.value, "Single '{' encountered in format string") }
                if d == "{" { out.append("{"); continue }
                var field = d == "}" ? "" : String(d)
                var depth = d == "}" ? 0 : 1
                while depth > 0 {
                    guard let e = next() else { throw PyError(.value, "expected '}' before end of string") }
                    if e == "{" { depth += 1 }
                    if e == "}" { depth -= 1; if depth == 0 { break } }
                    field.append(e)
                }
                // field: name[!conv][:spec]
                var name = field, spec = "", conv: Character? = nil
                if let colon = field.firstIndex(of: ":") {
                    name = String(field[..<colon])
                    spec = String(field[field.index(after: colon)...])
                }
                if let bang = name.firstIndex(of: "!") {
                    conv = name[name.index(after: bang)...].first
                    name = String(name[..<bang])
                }
                let value: Value
                if name.isEmpty {
                    guard auto < args.positional.count else {
                        throw PyError(.index, "Replacement index \(auto) out of range for positional args tuple")
                    }
                    value = args.positional[auto]
                    auto += 1
                } else if let i = Int(name) {
                    guard i < args.positional.count else {
                        throw PyError(.index, "Replacement index \(i) out of range for positional args tuple")
                    }
                    value = args.positional[i]
                } else if let v = args.value(nil, name) {
                    value = v
                } else {
                    throw PyError(.key, Repr.quote(name))
                }
                out += try format(convert(value, conv), spec)
            } else if c == "}" {
                guard let d = next(), d == "}" else { throw PyError(.value, "Single '}' encountered in format string") }
                out.append("}")
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// `"%.2f %d %s" % (x, i, s)`.
    static func percent(_ fmt: String, _ arg: Value) throws -> String {
        var args: [Value]
        if case .tuple(let t) = arg { args = t } else { args = [arg] }
        var out = ""
        var chars = Array(fmt)[...]
        var used = 0
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "%" else { out.append(c); continue }
            var spec = ""
            while let d = chars.first, !"diouxXeEfFgGcrsa%".contains(d) {
                spec.append(d)
                chars = chars.dropFirst()
            }
            guard let type = chars.first else { throw PyError(.value, "incomplete format") }
            chars = chars.dropFirst()
            if type == "%" { out.append("%"); continue }
            guard used < args.count else { throw PyError(.type, "not enough arguments for format string") }
            let v = args[used]
            used += 1
            switch type {
            case "s": out += try format(.string(Repr.str(v)), spec.replacingOccurrences(of: "-", with: "<"))
            case "r", "a": out += try format(.string(Repr.repr(v)), spec)
            case "d", "i", "u":
                if case .int = Convert.unwrapBool(v) {
                    out += try format(Convert.unwrapBool(v), spec + "d")
                    continue
                }
                let d = try Convert.double(v)
                if d.isNaN { throw PyError(.value, "cannot convert float NaN to integer") }
                if d.isInfinite { throw PyError(.overflow, "cannot convert float infinity to integer") }
                guard d > -9.2e18 && d < 9.2e18 else { throw PyError(.overflow, "integer too large for this operation in gradstep") }
                out += try format(.int(Int(d.rounded(.towardZero))), spec + "d")
            default:
                out += try format(.float(try Convert.double(v)), spec + String(type))
            }
        }
        if used < args.count { throw PyError(.type, "not all arguments converted during string formatting") }
        return out
    }
}

extension Interpreter {
    /// Evaluates an f-string's parts.
    func formatParts(_ parts: [FStringPart], _ scope: Scope) throws -> String {
        classes.pendingError = nil
        defer { classes.pendingError = nil }
        var out = ""
        for p in parts {
            switch p {
            case .literal(let s): out += s
            case .field(let f):
                let v = try eval(f.expression, scope)
                let spec = try f.formatSpec.map { try formatParts($0, scope) } ?? ""
                if let d = f.debugText { out += d }
                out += try StringFormatting.format(StringFormatting.convert(v, f.conversion), spec)
                try classes.rethrowPending()
            }
        }
        return out
    }
}
