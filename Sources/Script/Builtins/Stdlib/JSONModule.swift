import Autograd

/// Python's `json.dumps` / `json.loads` for plain data (dicts, lists, tuples, strings, numbers, bools, None).
enum JSONModule {
    static func make(_ interp: Interpreter) throws -> NamespaceObject {
        // json.decoder.JSONDecodeError(ValueError): what loads raises on malformed text.
        let valueError = interp.classes.builtin("ValueError").map { [$0] } ?? []
        let decodeError = try interp.makeClass(name: "JSONDecodeError", qualname: "JSONDecodeError", module: "json.decoder",
                                               bases: valueError, entries: [], keywords: [])
        return NamespaceObject("json", [
            "JSONDecodeError": .object(decodeError),
            "dumps": .builtin(Builtin("dumps") { a, interp in
                var indent: String? = nil
                if let i = a.value(nil, "indent"), !i.isNone {
                    if case .string(let s) = i { indent = s } else { indent = String(repeating: " ", count: max(try MathModule.index(i), 0)) }
                }
                var itemSep = indent == nil ? ", " : ",", keySep = ": "
                if let s = a.value(nil, "separators"), !s.isNone {
                    let parts = try interp.iterate(s).map(Repr.str)
                    guard parts.count == 2 else { throw PyError(.value, "too many values to unpack (expected 2)") }
                    itemSep = parts[0]
                    keySep = parts[1]
                }
                var w = Writer(indent: indent, itemSeparator: itemSep, keySeparator: keySep,
                               sortKeys: try a.bool(nil, "sort_keys", default: false),
                               ensureASCII: try a.bool(nil, "ensure_ascii", default: true))
                try w.write(try a.required(0, "obj"), level: 0)
                return .string(w.out)
            }),
            "loads": .builtin(Builtin("loads") { a, interp in
                let v = try a.required(0, "s")
                guard case .string(let s) = v else { throw PyError(.type, "the JSON object must be str, bytes or bytearray, not \(v.typeName)") }
                var r = Reader(Array(s.unicodeScalars))
                do { return try r.document() } catch let e as PyError where e.kind == .value && e.exception == nil {
                    let inst = Instance(decodeError)
                    inst.exceptionArgs = [.string(e.message)]
                    throw try interp.error(for: inst)
                }
            }),
            "dump": .builtin(Builtin("dump") { _, _ in throw PyError(.notImplemented, "json.dump to a file is not supported by gradstep (files are not)") }),
            "load": .builtin(Builtin("load") { _, _ in throw PyError(.notImplemented, "json.load from a file is not supported by gradstep (files are not)") }),
        ])
    }

    struct Writer {
        let indent: String?
        let itemSeparator: String
        let keySeparator: String
        let sortKeys: Bool
        let ensureASCII: Bool
        var out = ""
        var active = Set<ObjectIdentifier>()

        init(indent: String?, itemSeparator: String, keySeparator: String, sortKeys: Bool, ensureASCII: Bool) {
            self.indent = indent
            self.itemSeparator = itemSeparator
            self.keySeparator = keySeparator
            self.sortKeys = sortKeys
            self.ensureASCII = ensureASCII
        }

        mutating func newline(_ level: Int) {
            guard let indent else { return }
            out += "\n" + String(repeating: indent, count: level)
        }

        static func float(_ d: Double) -> String {
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
            return PythonFloat.repr(d)
        }

        mutating func write(_ v: Value, level: Int) throws {
            switch v {
            case .none: out += "null"
            case .bool(let b): out += b ? "true" : "false"
            case .int(let i): out += String(i)
            case .bigInt(let s): out += s
            case .float(let d): out += Writer.float(d)
            case .string(let s): out += quote(s)
            case .list(let l): try writeArray(l.items, id: ObjectIdentifier(l), level: level)
            case .tuple(let t): try writeArray(t, id: nil, level: level)
            case .dict(let d):
                let id = ObjectIdentifier(d)
                guard active.insert(id).inserted else { throw PyError(.value, "Circular reference detected") }
                defer { active.remove(id) }
                if d.entries.isEmpty { out += "{}"; return }
                var pairs = try d.entries.map { (key: try keyText($0.key), value: $0.value) }
                if sortKeys { pairs.sort { $0.key < $1.key } }
                out += "{"
                for (i, p) in pairs.enumerated() {
                    if i > 0 { out += itemSeparator }
                    newline(level + 1)
                    out += quote(p.key) + keySeparator
                    try write(p.value, level: level + 1)
                }
                newline(level)
                out += "}"
            default:
                throw PyError(.type, "Object of type \(v.typeName) is not JSON serializable")
            }
        }

        mutating func writeArray(_ items: [Value], id: ObjectIdentifier?, level: Int) throws {
            if let id {
                guard active.insert(id).inserted else { throw PyError(.value, "Circular reference detected") }
            }
            defer { if let id { active.remove(id) } }
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, x) in items.enumerated() {
                if i > 0 { out += itemSeparator }
                newline(level + 1)
                try write(x, level: level + 1)
            }
            newline(level)
            out += "]"
        }

        func keyText(_ k: Value) throws -> String {
            switch k {
            case .string(let s): return s
            case .int(let i): return String(i)
            case .bigInt(let s): return s
            case .float(let d): return Writer.float(d)
            case .bool(let b): return b ? "true" : "false"
            case .none: return "null"
            default: throw PyError(.type, "keys must be str, int, float, bool or None, not \(k.typeName)")
            }
        }

        func quote(_ s: String) -> String {
            var r = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": r += "\\\""
                case "\\": r += "\\\\"
                case "\n": r += "\\n"
                case "\r": r += "\\r"
                case "\t": r += "\\t"
                case "\u{08}": r += "\\b"
                case "\u{0C}": r += "\\f"
                default:
                    if u.value < 0x20 || (ensureASCII && u.value > 0x7e) {
                        if u.value > 0xFFFF {
                            let v = u.value - 0x10000
                            r += String(format4: 0xD800 + (v >> 10)) + String(format4: 0xDC00 + (v & 0x3FF))
                        } else {
                            r += String(format4: u.value)
                        }
                    } else {
                        r.unicodeScalars.append(u)
                    }
                }
            }
            return r + "\""
        }
    }

    /// A JSON text parser with CPython's error messages (`Expecting value: line 1 column 1 (char 0)`).
    struct Reader {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }

        func fail(_ what: String, at pos: Int) -> PyError {
            var line = 1, col = 1
            for k in 0..<min(pos, s.count) {
                if s[k] == "\n" { line += 1; col = 1 } else { col += 1 }
            }
            return PyError(.value, "\(what): line \(line) column \(col) (char \(pos))")
        }

        mutating func skip() { while i < s.count, [" ", "\t", "\n", "\r"].contains(s[i]) { i += 1 } }

        mutating func document() throws -> Value {
            skip()
            let v = try value()
            skip()
            if i < s.count { throw fail("Extra data", at: i) }
            return v
        }

        mutating func literal(_ word: String, _ v: Value) -> Value? {
            let w = Array(word.unicodeScalars)
            guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { return nil }
            i += w.count
            return v
        }

        mutating func value() throws -> Value {
            guard i < s.count else { throw fail("Expecting value", at: i) }
            switch s[i] {
            case "{": return try object()
            case "[": return try array()
            case "\"": return .string(try string())
            default:
                for (w, v) in [("null", Value.none), ("true", .bool(true)), ("false", .bool(false)), ("NaN", .float(.nan)),
                               ("Infinity", .float(.infinity)), ("-Infinity", .float(-.infinity))] {
                    if let x = literal(w, v) { return x }
                }
                return try number()
            }
        }

        mutating func number() throws -> Value {
            let start = i
            if i < s.count, s[i] == "-" { i += 1 }
            var digits = 0
            while i < s.count, s[i].properties.numericType != nil, s[i].isASCII { i += 1; digits += 1 }
            if digits == 0 { i = start; throw fail("Expecting value", at: start) }
            var isFloat = false
            if i < s.count, s[i] == ".", i + 1 < s.count, ("0"..."9").contains(s[i + 1]) {
                isFloat = true
                i += 1
                while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
            }
            if i < s.count, s[i] == "e" || s[i] == "E" {
                var j = i + 1
                if j < s.count, s[j] == "+" || s[j] == "-" { j += 1 }
                if j < s.count, ("0"..."9").contains(s[j]) {
                    isFloat = true
                    i = j
                    while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
                }
            }
            let text = String(String.UnicodeScalarView(s[start..<i]))
            if isFloat { return .float(Double(text) ?? .nan) }
            return Arithmetic.normalizeBig(text.hasPrefix("-") ? "-" + String(text.dropFirst().drop { $0 == "0" }).ifEmpty("0") : String(text.drop { $0 == "0" }).ifEmpty("0"))
        }

        mutating func string() throws -> String {
            let start = i
            i += 1
            var out = String.UnicodeScalarView()
            while true {
                guard i < s.count else { throw fail("Unterminated string starting at", at: start) }
                let c = s[i]
                i += 1
                if c == "\"" { break }
                if c == "\\" {
                    guard i < s.count else { throw fail("Unterminated string starting at", at: start) }
                    let e = s[i]
                    i += 1
                    switch e {
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "/": out.append("/")
                    case "b": out.append("\u{08}")
                    case "f": out.append("\u{0C}")
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "u":
                        guard i + 4 <= s.count, let code = UInt32(String(String.UnicodeScalarView(s[i..<(i + 4)])), radix: 16) else {
                            throw fail("Invalid \\uXXXX escape", at: i - 1)
                        }
                        i += 4
                        var scalarValue = code
                        if (0xD800..<0xDC00).contains(code), i + 6 <= s.count, s[i] == "\\", s[i + 1] == "u",
                           let low = UInt32(String(String.UnicodeScalarView(s[(i + 2)..<(i + 6)])), radix: 16), (0xDC00..<0xE000).contains(low) {
                            scalarValue = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                        out.append(Unicode.Scalar(scalarValue) ?? "\u{FFFD}")
                    default: throw fail("Invalid \\escape", at: i - 2)
                    }
                } else if c.value < 0x20 {
                    throw fail("Invalid control character at", at: i - 1)
                } else {
                    out.append(c)
                }
            }
            return String(out)
        }

        mutating func array() throws -> Value {
            i += 1
            var items: [Value] = []
            skip()
            if i < s.count, s[i] == "]" { i += 1; return .list(ListBox(items)) }
            while true {
                skip()
                items.append(try value())
                skip()
                guard i < s.count else { throw fail("Expecting ',' delimiter", at: i) }
                if s[i] == "," { i += 1; continue }
                if s[i] == "]" { i += 1; return .list(ListBox(items)) }
                throw fail("Expecting ',' delimiter", at: i)
            }
        }

        mutating func object() throws -> Value {
            i += 1
            let d = DictBox()
            skip()
            if i < s.count, s[i] == "}" { i += 1; return .dict(d) }
            while true {
                skip()
                guard i < s.count, s[i] == "\"" else { throw fail("Expecting property name enclosed in double quotes", at: i) }
                let k = try string()
                skip()
                guard i < s.count, s[i] == ":" else { throw fail("Expecting ':' delimiter", at: i) }
                i += 1
                skip()
                try d.set(.string(k), try value())
                skip()
                guard i < s.count else { throw fail("Expecting ',' delimiter", at: i) }
                if s[i] == "," { i += 1; continue }
                if s[i] == "}" { i += 1; return .dict(d) }
                throw fail("Expecting ',' delimiter", at: i)
            }
        }
    }
}

private extension String {
    init(format4 v: UInt32) {
        self = "\\u" + String(v, radix: 16).leftPadded(to: 4)
    }

    func ifEmpty(_ d: String) -> String { isEmpty ? d : self }
}
