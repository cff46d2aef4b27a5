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
            case .object(let o as NumpyScalar) where spec.isEmpty:
                // An empty spec formats the Python number (float32's 0.1 shows all its digits), not str().
                switch o.scalar {
                case .float(let d): return try PythonFormat.format(.float(d), spec: spec)
                case .int(let i): return o.dtype == .uint64 ? NumpyDType.intText(i, .uint64) : try PythonFormat.format(.int(Int(i)), spec: spec)
                case .bool(let b): return try PythonFormat.format(.bool(b), spec: spec)
                }
            case .object(let o as NDArray) where !spec.isEmpty && o.tensor.dim > 0:
                throw PyError(.type, "unsupported format string passed to numpy.ndarray.__format__")
            case .object(let o as PyNumeric) where !spec.isEmpty:
                // A numpy scalar (or 0-d array) formats its Python value.
                switch try o.number() {
                case .float(let d): return try PythonFormat.format(.float(d), spec: spec)
                case .int(let i): return try PythonFormat.format(.int(Int(i)), spec: spec)
                case .bool(let b): return try PythonFormat.format(.bool(b), spec: spec)
                }
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
        case "r": return .string(Repr.repr(v))
        case "a": return .string(NumberBuiltins.asciiRepr(v))
        case "s": return .string(Repr.str(v))
        default: return v
        }
    }

    /// `"{} and {:.2f}".format(a, b)`: auto and manual numbering, names, `[index]` and `.attribute`
    /// lookups, conversions, nested fields in the spec (`{:{width}}`), and `{{ }}`.
    /// A field name or `[index]` is a number only when it is all decimal digits, as CPython's
    /// `get_integer` reads it: `{-1}` and `{+1}` are keyword names (KeyError), `[-1]` a string key.
    private static func formatIndex(_ text: String) throws -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let i = Int(text) else { throw PyError(.value, "Too many decimal digits in format string") }
        return i
    }

    static func strFormat(_ template: String, _ args: CallArgs, _ interp: Interpreter? = nil) throws -> String {
        var auto = 0
        var numbering: Bool? = nil
        func resolve(_ field: String) throws -> Value {
            // arg_name followed by .attr / [key] parts.
            var chars = Array(field)[...]
            var head = ""
            while let c = chars.first, c != "." && c != "[" { head.append(c); chars = chars.dropFirst() }
            var value: Value
            if head.isEmpty {
                if numbering == false { throw PyError(.value, "cannot switch from manual field specification to automatic field numbering") }
                numbering = true
                guard auto < args.positional.count else {
                    throw PyError(.index, "Replacement index \(auto) out of range for positional args tuple")
                }
                value = args.positional[auto]
                auto += 1
            } else if let i = try formatIndex(head) {
                if numbering == true { throw PyError(.value, "cannot switch from automatic field numbering to manual field specification") }
                numbering = false
                guard i < args.positional.count else {
                    throw PyError(.index, "Replacement index \(i) out of range for positional args tuple")
                }
                value = args.positional[i]
            } else if let v = args.value(nil, head) {
                value = v
            } else {
                throw PyError(.key, Repr.quote(head))
            }
            while let c = chars.first {
                chars = chars.dropFirst()
                var name = ""
                if c == "." {
                    while let d = chars.first, d != "." && d != "[" { name.append(d); chars = chars.dropFirst() }
                    guard let interp else { throw PyError(.notImplemented, "attribute lookup in format fields") }
                    value = try interp.getAttribute(value, name)
                } else {
                    while let d = chars.first, d != "]" { name.append(d); chars = chars.dropFirst() }
                    guard chars.first == "]" else { throw PyError(.value, "Missing ']' in format string") }
                    chars = chars.dropFirst()
                    let key: Value = try formatIndex(name).map { .int($0) } ?? .string(name)
                    guard let interp else { throw PyError(.notImplemented, "indexing in format fields") }
                    value = try interp.getItem(value, key)
                }
            }
            return value
        }
        func render(_ template: String, depth: Int) throws -> String {
            var out = ""
            var it = Array(template)[...]
            while let c = it.first {
                it = it.dropFirst()
                if c == "{" {
                    if it.first == "{" { it = it.dropFirst(); out.append("{"); continue }
                    var field = "", level = 1
                    while true {
                        guard let e = it.first else { throw PyError(.value, "expected '}' before end of string") }
                        it = it.dropFirst()
                        if e == "{" { level += 1 }
                        if e == "}" { level -= 1; if level == 0 { break } }
                        field.append(e)
                    }
                    var name = field, spec = "", conv: Character? = nil
                    var bracket = 0
                    var split: String.Index? = nil, bang: String.Index? = nil
                    for idx in field.indices {
                        let ch = field[idx]
                        if ch == "[" { bracket += 1 } else if ch == "]" { bracket -= 1 } else if bracket == 0 {
                            if ch == "!" && bang == nil && split == nil { bang = idx }
                            if ch == ":" && split == nil { split = idx; break }
                        }
                    }
                    if let sp = split {
                        name = String(field[..<sp])
                        spec = String(field[field.index(after: sp)...])
                    }
                    if let b = bang, split.map({ b < $0 }) ?? true {
                        conv = field[field.index(after: b)...].first
                        name = String(field[..<b])
                        if let cv = conv, !"rsa".contains(cv) { throw PyError(.value, "Unknown conversion specifier \(cv)") }
                    }
                    if spec.contains("{") {
                        if depth > 1 { throw PyError(.value, "Max string recursion exceeded") }
                        spec = try render(spec, depth: depth + 1)
                    }
                    out += try format(convert(try resolve(name), conv), spec)
                } else if c == "}" {
                    guard it.first == "}" else { throw PyError(.value, "Single '}' encountered in format string") }
                    it = it.dropFirst()
                    out.append("}")
                } else {
                    out.append(c)
                }
            }
            return out
        }
        return try render(template, depth: 0)
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
                let piece = try StringFormatting.format(StringFormatting.convert(v, f.conversion), spec)
                // Each field is bounded by its value; the joined string is held to the limit `+` keeps.
                try checkGrowth(out.utf8.count, adding: piece.utf8.count, "string")
                out += piece
                try classes.rethrowPending()
            }
        }
        return out
    }
}
