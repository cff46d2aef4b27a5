import Foundation

/// Python's `re` over ICU's regular expressions (Foundation's NSRegularExpression), as CPython's
/// `re` is Python over its C `_sre` engine: the pattern's Python-only syntax is translated
/// (`(?P<name>…)`, `(?P=name)`, `\Z`, a literal `[` in a class), matching follows Python's rules
/// for `pos`/`endpos`, empty matches, groups in `findall`/`split`, and `sub`'s templates, and every
/// offset is counted in code points as Python counts them.
enum ReModule {
    /// Python's flag values (re.I, re.M, ...).
    static let flagValues: [(String, String, Int)] = [
        ("I", "IGNORECASE", 2), ("L", "LOCALE", 4), ("M", "MULTILINE", 8), ("S", "DOTALL", 16),
        ("U", "UNICODE", 32), ("X", "VERBOSE", 64), ("A", "ASCII", 256),
    ]

    static func make(_ interp: Interpreter) throws -> NamespaceObject {
        let exception = interp.classes.builtin("Exception").map { [$0] } ?? []
        let errorClass = try interp.makeClass(name: "error", qualname: "error", module: "re", bases: exception, entries: [], keywords: [])
        var cache: [String: RePattern] = [:]
        func compile(_ p: Value, _ flags: Value?, _ interp: Interpreter) throws -> RePattern {
            if case .object(let compiled as RePattern) = p {
                if let flags, try Convert.int(flags) != 0 {
                    throw PyError(.value, "cannot process flags argument with a compiled pattern")
                }
                return compiled
            }
            guard case .string(let source) = p else {
                throw PyError(.type, "first argument must be string or compiled pattern")
            }
            let f = try flags.map { try Convert.int($0) } ?? 0
            let key = "\(f):\(source)"
            if let hit = cache[key] { return hit }
            do {
                let compiled = try RePattern(source, flags: f)
                if cache.count > 512 { cache.removeAll() }
                cache[key] = compiled
                return compiled
            } catch let e as ReSyntaxError {
                let inst = Instance(errorClass)
                inst.exceptionArgs = [.string(e.message)]
                throw try interp.error(for: inst)
            }
        }
        var m: [String: Value] = ["error": .object(errorClass)]
        for (short, long, value) in flagValues {
            m[short] = .int(value)
            m[long] = .int(value)
        }
        m["NOFLAG"] = .int(0)
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { m[name] = .builtin(Builtin(name, f)) }
        def("compile") { a, interp in .object(try compile(try a.required(0, "pattern"), a.value(1, "flags"), interp)) }
        for name in ["match", "search", "fullmatch"] {
            def(name) { a, interp in
                let p = try compile(try a.required(0, "pattern"), a.value(2, "flags"), interp)
                return try p.method(name, string: try a.required(1, "string"), pos: 0, endpos: nil)
            }
        }
        def("findall") { a, interp in
            let p = try compile(try a.required(0, "pattern"), a.value(2, "flags"), interp)
            return try p.findall(try a.required(1, "string"), pos: 0, endpos: nil)
        }
        def("finditer") { a, interp in
            let p = try compile(try a.required(0, "pattern"), a.value(2, "flags"), interp)
            return try p.finditer(try a.required(1, "string"), pos: 0, endpos: nil)
        }
        def("split") { a, interp in
            let p = try compile(try a.required(0, "pattern"), a.value(3, "flags"), interp)
            return try p.split(try a.required(1, "string"), maxsplit: try a.int(2, "maxsplit", default: 0))
        }
        for (name, counted) in [("sub", false), ("subn", true)] {
            def(name) { a, interp in
                let p = try compile(try a.required(0, "pattern"), a.value(4, "flags"), interp)
                return try p.sub(try a.required(1, "repl"), try a.required(2, "string"), count: try a.int(3, "count", default: 0),
                                 counted: counted, interp)
            }
        }
        def("escape") { a, _ in
            guard case .string(let s) = try a.required(0, "pattern") else { throw PyError(.type, "escape() argument must be str") }
            let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}")
            return .string(String(s.flatMap { special.contains($0) ? ["\\", $0] : [$0] }))
        }
        def("purge") { _, _ in cache.removeAll(); return .none }
        return NamespaceObject("re", m)
    }
}

extension ReModule {
    /// `e` as the `re.error` of the loaded `re` module (a ValueError-like error otherwise).
    static func error(_ e: ReSyntaxError, _ interp: Interpreter) throws -> PyError {
        guard case .object(let cls as ClassObject)? = interp.loadedModules["re"]?.members["error"] else {
            return PyError(.value, e.message)
        }
        let inst = Instance(cls)
        inst.exceptionArgs = [.string(e.message)]
        return try interp.error(for: inst)
    }
}

/// A pattern ICU cannot compile (raised as `re.error`).
struct ReSyntaxError: Error {
    let message: String
}

/// Code-point offsets of a string searched through its UTF-16 form (they differ only past a
/// character outside the Basic Multilingual Plane).
struct ReText {
    let string: String
    let ns: NSString
    /// Code-point offset of each UTF-16 offset (nil when the two agree everywhere).
    private let toPoint: [Int]?
    /// UTF-16 offset of each code-point offset (nil when the two agree everywhere).
    private let toUnit: [Int]?
    let length: Int

    init(_ s: String) {
        string = s
        ns = s as NSString
        let units = s.utf16.count, points = s.unicodeScalars.count
        length = points
        if units == points {
            toPoint = nil
            toUnit = nil
        } else {
            var p = [Int](), u = [Int]()
            p.reserveCapacity(units + 1)
            u.reserveCapacity(points + 1)
            var unit = 0
            for (k, scalar) in s.unicodeScalars.enumerated() {
                u.append(unit)
                let w = scalar.utf16.count
                for _ in 0..<w { p.append(k) }
                unit += w
            }
            p.append(points)
            u.append(unit)
            toPoint = p
            toUnit = u
        }
    }

    func point(_ unit: Int) -> Int { toPoint.map { unit < $0.count ? $0[unit] : length } ?? unit }
    func unit(_ point: Int) -> Int { toUnit.map { point < $0.count ? $0[point] : ns.length } ?? point }
    /// The text between two code-point offsets.
    func slice(_ a: Int, _ b: Int) -> String { ns.substring(with: NSRange(location: unit(a), length: unit(b) - unit(a))) }
}

/// `re.Pattern`: a compiled pattern with Python's methods.
final class RePattern: PyObject {
    let pattern: String
    let flags: Int
    let regex: NSRegularExpression
    /// The same pattern anchored at both ends (fullmatch).
    let whole: NSRegularExpression
    let groupCount: Int
    let groupIndex: [String: Int]

    init(_ pattern: String, flags: Int) throws {
        self.pattern = pattern
        var f = flags
        let (source, names, inline) = try RePattern.translate(pattern, ascii: flags & 256 != 0)
        f |= inline
        self.flags = f | (f & 256 == 0 ? 32 : 0)
        var options: NSRegularExpression.Options = [.useUnixLineSeparators]
        if f & 2 != 0 { options.insert(.caseInsensitive) }
        if f & 8 != 0 { options.insert(.anchorsMatchLines) }
        if f & 16 != 0 { options.insert(.dotMatchesLineSeparators) }
        if f & 64 != 0 { options.insert(.allowCommentsAndWhitespace) }
        // ICU refuses an empty pattern; Python's matches the empty string everywhere.
        let translated = source.isEmpty ? "(?:)" : source
        do {
            regex = try NSRegularExpression(pattern: translated, options: options)
            whole = try NSRegularExpression(pattern: "(?:" + translated + ")\\z", options: options)
        } catch {
            throw ReSyntaxError(message: "invalid pattern \(Repr.quote(pattern)) (the regular expression engine refused it)")
        }
        groupCount = regex.numberOfCaptureGroups
        groupIndex = names
    }

    /// Python syntax to ICU's: named groups and references, `\Z`, `[` inside a class, `{` that is
    /// not a repeat count, ASCII classes for re.A; returns the group names and the inline flags.
    static func translate(_ p: String, ascii: Bool) throws -> (String, [String: Int], Int) {
        let c = Array(p)
        var out = "", names: [String: Int] = [:], group = 0, inClass = false, inline = 0
        var i = 0
        func isRepeat(_ j: Int) -> Bool {
            // `{m}`, `{m,}`, `{,n}`, `{m,n}` after `{` at j.
            var k = j + 1, digits = 0, comma = false
            while k < c.count, c[k].isASCII, c[k].isNumber || (c[k] == "," && !comma) {
                if c[k] == "," { comma = true } else { digits += 1 }
                k += 1
            }
            return k < c.count && c[k] == "}" && (digits > 0)
        }
        while i < c.count {
            let ch = c[i]
            if ch == "\\", i + 1 < c.count {
                let n = c[i + 1]
                if n == "Z" { out += "\\z" }
                else if ascii && !inClass, let cls = ["w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]", "d": "[0-9]", "D": "[^0-9]",
                                                      "s": "[ \\t\\n\\r\\f\\x0B]", "S": "[^ \\t\\n\\r\\f\\x0B]"][n] {
                    out += cls
                } else { out.append(ch); out.append(n) }
                i += 2
                continue
            }
            if inClass {
                if ch == "]" && !(out.hasSuffix("[") || out.hasSuffix("[^")) { inClass = false; out.append(ch) }
                else if ch == "[" { out += "\\[" }
                else if ch == "&" && i + 1 < c.count && c[i + 1] == "&" { out += "\\&" }
                else { out.append(ch) }
                i += 1
                continue
            }
            switch ch {
            case "[":
                inClass = true
                out.append(ch)
                if i + 1 < c.count && c[i + 1] == "^" { out.append("^"); i += 1 }
                // A `]` first in a class is a literal in Python.
                if i + 1 < c.count && c[i + 1] == "]" { out += "\\]"; i += 1 }
            case "{":
                out += isRepeat(i) ? "{" : "\\{"
            case "}":
                // A `}` that closes no repeat count is a literal.
                var k = out.count - 1, chars = Array(out), closes = false
                while k >= 0, chars[k].isASCII, chars[k].isNumber || chars[k] == "," { k -= 1 }
                if k >= 0 && chars[k] == "{" && (k == 0 || chars[k - 1] != "\\") { closes = true }
                out += closes ? "}" : "\\}"
            case "(":
                if i + 1 < c.count && c[i + 1] == "?" {
                    let rest = String(c[(i + 2)...])
                    if rest.hasPrefix("P<"), let close = rest.firstIndex(of: ">") {
                        let name = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                        group += 1
                        names[name] = group
                        out += "(?<\(name)>"
                        i += 2 + rest.distance(from: rest.startIndex, to: close) + 1
                        continue
                    }
                    if rest.hasPrefix("P="), let close = rest.firstIndex(of: ")") {
                        let name = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                        guard names[name] != nil else { throw ReSyntaxError(message: "unknown group name '\(name)' at position \(i + 4)") }
                        out += "\\k<\(name)>"
                        i += 2 + rest.distance(from: rest.startIndex, to: close) + 1
                        continue
                    }
                    if rest.hasPrefix("<"), !rest.hasPrefix("<="), !rest.hasPrefix("<!"), let close = rest.firstIndex(of: ">") {
                        let name = String(rest[rest.index(after: rest.startIndex)..<close])
                        group += 1
                        names[name] = group
                    }
                    // Inline flags at the start, `(?aiLmsux)`: the ASCII one is ours to apply.
                    if let close = rest.firstIndex(of: ")"), !rest.isEmpty, rest[rest.startIndex..<close].allSatisfy({ "aiLmsux".contains($0) }) {
                        let letters = rest[rest.startIndex..<close]
                        for l in letters {
                            inline |= ["a": 256, "i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64][l] ?? 0
                        }
                        let kept = letters.filter { "imsx".contains($0) }
                        if !kept.isEmpty { out += "(?\(kept))" }
                        i += 2 + letters.count + 1
                        continue
                    }
                } else {
                    group += 1
                }
                out.append(ch)
            default:
                out.append(ch)
            }
            i += 1
        }
        return (out, names, inline)
    }

    var typeName: String { "re.Pattern" }
    var attributeNames: [String] { ["findall", "finditer", "flags", "fullmatch", "groupindex", "groups", "match", "pattern", "search", "split", "sub", "subn"] }
    func repr() -> String {
        let shown = ReModule.flagValues.filter { self.flags & $0.2 != 0 && $0.1 != "UNICODE" }.map { "re." + $0.1 }
        return "re.compile(\(Repr.quote(pattern))\(shown.isEmpty ? "" : ", " + shown.joined(separator: "|")))"
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "pattern": return .string(pattern)
        case "flags": return .int(flags)
        case "groups": return .int(groupCount)
        case "groupindex": return .dict(DictBox(groupIndex.sorted { $0.value < $1.value }.map { (key: .string($0.key), value: .int($0.value)) }))
        case "match", "search", "fullmatch":
            return .builtin(Builtin(name) { a, _ in
                try self.method(name, string: try a.required(0, "string"), pos: try a.int(1, "pos", default: 0), endpos: try a.optionalInt(2, "endpos"))
            })
        case "findall":
            return .builtin(Builtin(name) { a, _ in try self.findall(try a.required(0, "string"), pos: try a.int(1, "pos", default: 0), endpos: try a.optionalInt(2, "endpos")) })
        case "finditer":
            return .builtin(Builtin(name) { a, _ in try self.finditer(try a.required(0, "string"), pos: try a.int(1, "pos", default: 0), endpos: try a.optionalInt(2, "endpos")) })
        case "split":
            return .builtin(Builtin(name) { a, _ in try self.split(try a.required(0, "string"), maxsplit: try a.int(1, "maxsplit", default: 0)) })
        case "sub", "subn":
            return .builtin(Builtin(name) { a, interp in
                try self.sub(try a.required(0, "repl"), try a.required(1, "string"), count: try a.int(2, "count", default: 0), counted: name == "subn", interp)
            })
        default: return nil
        }
    }

    private func text(_ v: Value) throws -> ReText {
        guard case .string(let s) = v else { throw PyError(.type, "expected string or bytes-like object, got '\(v.typeName)'") }
        return ReText(s)
    }

    /// Python's clamping of pos/endpos, as UTF-16 bounds.
    private func bounds(_ t: ReText, _ pos: Int, _ endpos: Int?) -> NSRange {
        let start = min(max(pos, 0), t.length)
        let end = max(min(endpos ?? t.length, t.length), start)
        let a = t.unit(start), b = t.unit(end)
        return NSRange(location: a, length: b - a)
    }

    func method(_ name: String, string: Value, pos: Int, endpos: Int?) throws -> Value {
        let t = try text(string)
        let range = bounds(t, pos, endpos)
        let result: NSTextCheckingResult?
        switch name {
        case "match":
            result = regex.firstMatch(in: t.string, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: range)
        case "fullmatch":
            result = whole.firstMatch(in: t.string, options: [.anchored, .withTransparentBounds], range: range)
        default:
            result = regex.firstMatch(in: t.string, options: [.withTransparentBounds, .withoutAnchoringBounds], range: range)
        }
        guard let result else { return .none }
        return .object(ReMatch(result, text: t, pattern: self, pos: t.point(range.location), endpos: t.point(range.location + range.length)))
    }

    func matches(_ t: ReText, pos: Int, endpos: Int?) -> [NSTextCheckingResult] {
        regex.matches(in: t.string, options: [.withTransparentBounds, .withoutAnchoringBounds], range: bounds(t, pos, endpos))
    }

    func findall(_ string: Value, pos: Int, endpos: Int?) throws -> Value {
        let t = try text(string)
        return .list(ListBox(matches(t, pos: pos, endpos: endpos).map { r in
            let m = ReMatch(r, text: t, pattern: self, pos: pos, endpos: endpos ?? t.length)
            switch groupCount {
            case 0: return m.group(0) ?? .string("")
            case 1: return m.group(1) ?? .string("")
            default: return .tuple((1...groupCount).map { m.group($0) ?? .string("") })
            }
        }))
    }

    func finditer(_ string: Value, pos: Int, endpos: Int?) throws -> Value {
        let t = try text(string)
        let ms = matches(t, pos: pos, endpos: endpos).map { Value.object(ReMatch($0, text: t, pattern: self, pos: pos, endpos: endpos ?? t.length)) }
        return .object(ClosureIterator("callable_iterator", items: ms))
    }

    func split(_ string: Value, maxsplit: Int) throws -> Value {
        let t = try text(string)
        // A negative maxsplit splits nothing, as in CPython.
        if maxsplit < 0 { return .list(ListBox([.string(t.string)])) }
        var out = [Value](), last = 0, n = 0
        for r in matches(t, pos: 0, endpos: nil) {
            if maxsplit > 0 && n >= maxsplit { break }
            let m = ReMatch(r, text: t, pattern: self, pos: 0, endpos: t.length)
            out.append(.string(t.slice(last, m.start(0))))
            if groupCount > 0 { for g in 1...groupCount { out.append(m.group(g) ?? .none) } }
            last = m.end(0)
            n += 1
        }
        out.append(.string(t.slice(last, t.length)))
        return .list(ListBox(out))
    }

    func sub(_ repl: Value, _ string: Value, count: Int, counted: Bool, _ interp: Interpreter) throws -> Value {
        let t = try text(string)
        let template: [ReTemplatePart]?
        if case .string(let r) = repl {
            do { template = try ReTemplatePart.parse(r, self) } catch let e as ReSyntaxError { throw try ReModule.error(e, interp) }
        } else { template = nil }
        // A negative count replaces nothing, as in CPython.
        if count < 0 { return counted ? .tuple([.string(t.string), .int(0)]) : .string(t.string) }
        var out = "", last = 0, n = 0
        for r in matches(t, pos: 0, endpos: nil) {
            if count > 0 && n >= count { break }
            let m = ReMatch(r, text: t, pattern: self, pos: 0, endpos: t.length)
            out += t.slice(last, m.start(0))
            if let template {
                out += ReTemplatePart.expand(template, m)
            } else {
                var args = CallArgs([.object(m)], name: "repl")
                let v = try interp.call(repl, &args)
                guard case .string(let s) = v else { throw PyError(.type, "expected str instance, \(v.typeName) found") }
                out += s
            }
            last = m.end(0)
            n += 1
        }
        out += t.slice(last, t.length)
        return counted ? .tuple([.string(out), .int(n)]) : .string(out)
    }
}

/// One piece of a `sub` replacement template: text, or a group's match (`\1`, `\g<name>`).
enum ReTemplatePart {
    case literal(String)
    case group(Int)

    /// The template filled in from a match (a group that took no part gives "").
    static func expand(_ parts: [ReTemplatePart], _ m: ReMatch) -> String {
        parts.map { part in
            switch part {
            case .literal(let s): return s
            case .group(let g): if case .string(let s)? = m.group(g) { return s } else { return "" }
            }
        }.joined()
    }

    static func parse(_ r: String, _ p: RePattern) throws -> [ReTemplatePart] {
        var parts = [ReTemplatePart](), lit = ""
        let c = Array(r)
        var i = 0
        func flush() { if !lit.isEmpty { parts.append(.literal(lit)); lit = "" } }
        func checked(_ g: Int, at position: Int) throws -> Int {
            guard g <= p.groupCount else { throw ReSyntaxError(message: "invalid group reference \(g) at position \(position)") }
            return g
        }
        while i < c.count {
            guard c[i] == "\\", i + 1 < c.count else { lit.append(c[i]); i += 1; continue }
            let n = c[i + 1]
            if n == "g", i + 2 < c.count, c[i + 2] == "<", let close = c[(i + 3)...].firstIndex(of: ">") {
                let name = String(c[(i + 3)..<close])
                flush()
                if let g = Int(name) { parts.append(.group(try checked(g, at: i + 1))) } else if let g = p.groupIndex[name] { parts.append(.group(g)) } else {
                    throw PyError(.index, "unknown group name '\(name)'")
                }
                i = close + 1
            } else if n.isASCII, n.isNumber {
                var j = i + 1, digits = ""
                while j < c.count, c[j].isASCII, c[j].isNumber, digits.count < 2 { digits.append(c[j]); j += 1 }
                flush()
                parts.append(.group(try checked(Int(digits) ?? 0, at: i + 1)))
                i = j
            } else if let e = ["n": "\n", "t": "\t", "r": "\r", "f": "\u{0C}", "v": "\u{0B}", "a": "\u{07}", "b": "\u{08}", "\\": "\\"][n] {
                lit += e
                i += 2
            } else if n.isASCII && n.isLetter {
                throw ReSyntaxError(message: "bad escape \\\(n) at position \(i)")
            } else {
                lit.append("\\")
                lit.append(n)
                i += 2
            }
        }
        flush()
        return parts
    }
}

/// `re.Match`: one match, with groups by number or name.
final class ReMatch: PySubscriptable {
    let result: NSTextCheckingResult
    let text: ReText
    let pattern: RePattern
    let pos: Int
    let endpos: Int

    init(_ result: NSTextCheckingResult, text: ReText, pattern: RePattern, pos: Int, endpos: Int) {
        self.result = result
        self.text = text
        self.pattern = pattern
        self.pos = pos
        self.endpos = endpos
    }

    /// The code-point span of group `g`, (-1, -1) when it took no part.
    func span(_ g: Int) -> (Int, Int) {
        let r = result.range(at: g)
        if r.location == NSNotFound { return (-1, -1) }
        return (text.point(r.location), text.point(r.location + r.length))
    }
    func start(_ g: Int) -> Int { span(g).0 }
    func end(_ g: Int) -> Int { span(g).1 }
    func group(_ g: Int) -> Value? {
        let (a, b) = span(g)
        return a < 0 ? nil : .string(text.slice(a, b))
    }

    private func index(_ v: Value) throws -> Int {
        switch v {
        case .int(let i) where i >= 0 && i <= pattern.groupCount: return i
        case .bool(let b): return b ? 1 : 0
        case .string(let s): if let g = pattern.groupIndex[s] { return g }
        default: break
        }
        throw PyError(.index, "no such group")
    }

    /// `m[1]`, `m['name']`.
    func item(_ index: Value, _ interp: Interpreter) throws -> Value { group(try self.index(index)) ?? .none }

    var typeName: String { "re.Match" }
    var attributeNames: [String] { ["end", "endpos", "expand", "group", "groupdict", "groups", "lastgroup", "lastindex", "pos", "re", "span", "start", "string"] }
    func repr() -> String {
        let (a, b) = span(0)
        return "<re.Match object; span=(\(a), \(b)), match=\(Repr.quote(text.slice(a, b)))>"
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "string": return .string(text.string)
        case "re": return .object(pattern)
        case "pos": return .int(pos)
        case "endpos": return .int(endpos)
        case "lastindex":
            let groups = (0...pattern.groupCount).filter { $0 > 0 && span($0).0 >= 0 }
            // The last group to close: the one whose end is largest, the outer one on ties.
            guard let last = groups.max(by: { end($0) < end($1) || (end($0) == end($1) && $0 > $1) }) else { return Value.none }
            return .int(last)
        case "lastgroup":
            guard case .int(let g)? = try attribute("lastindex", interpreter: interpreter) else { return Value.none }
            return pattern.groupIndex.first { $0.value == g }.map { .string($0.key) } ?? Value.none
        case "group":
            return .builtin(Builtin("group") { a, _ in
                if a.positional.isEmpty { return self.group(0) ?? .none }
                let vs = try a.positional.map { self.group(try self.index($0)) ?? .none }
                return vs.count == 1 ? vs[0] : .tuple(vs)
            })
        case "groups":
            return .builtin(Builtin("groups") { a, _ in
                let d = a.value(0, "default") ?? .none
                return .tuple(self.pattern.groupCount == 0 ? [] : (1...self.pattern.groupCount).map { self.group($0) ?? d })
            })
        case "groupdict":
            return .builtin(Builtin("groupdict") { a, _ in
                let d = a.value(0, "default") ?? .none
                return .dict(DictBox(self.pattern.groupIndex.sorted { $0.value < $1.value }.map { (key: .string($0.key), value: self.group($0.value) ?? d) }))
            })
        case "start", "end", "span":
            return .builtin(Builtin(name) { a, _ in
                let g = try self.index(a.value(0, "group") ?? .int(0))
                let (s, e) = self.span(g)
                return name == "start" ? .int(s) : name == "end" ? .int(e) : .tuple([.int(s), .int(e)])
            })
        case "expand":
            return .builtin(Builtin("expand") { a, interp in
                guard case .string(let t) = try a.required(0, "template") else { throw PyError(.type, "expand() argument must be str") }
                do {
                    return .string(ReTemplatePart.expand(try ReTemplatePart.parse(t, self.pattern), self))
                } catch let e as ReSyntaxError { throw try ReModule.error(e, interp) }
            })
        default: return nil
        }
    }
}
