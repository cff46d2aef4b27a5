import Foundation
import Autograd

/// The methods of `str`, with CPython's arguments, defaults and errors.
enum StringMethods {
    static let names = [
        "capitalize", "casefold", "center", "count", "endswith", "expandtabs", "find", "format", "format_map", "index",
        "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
        "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix",
        "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
        "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
    ]

    static func get(_ s: String, _ name: String) -> Value? {
        func method(_ f: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value { .builtin(Builtin(name, f)) }
        func str(_ a: CallArgs, _ i: Int, _ key: String) throws -> String {
            let v = try a.required(i, key)
            guard case .string(let x) = v else { throw PyError(.type, "must be str, not \(v.typeName)") }
            return x
        }
        /// The characters `strip` removes: whitespace, or the given set.
        func stripSet(_ a: CallArgs) throws -> ((Character) -> Bool) {
            guard let v = a.value(0, "chars"), !v.isNone else { return { $0.isWhitespace } }
            guard case .string(let cs) = v else { throw PyError(.type, "\(name) arg must be None or str") }
            let set = Set(cs)
            return { set.contains($0) }
        }
        func bounds(_ a: CallArgs, from i: Int) throws -> (Int, Int) {
            let n = s.count
            func clamp(_ v: Value?, _ d: Int) throws -> Int {
                guard let v, !v.isNone else { return d }
                var x = try MathModule.index(v)
                if x < 0 { x += n }
                return min(max(x, 0), n)
            }
            return (try clamp(a.value(i, "start"), 0), try clamp(a.value(i + 1, "end"), n))
        }
        func slice(_ lo: Int, _ hi: Int) -> String {
            guard lo < hi else { return "" }
            let start = s.index(s.startIndex, offsetBy: lo), end = s.index(s.startIndex, offsetBy: hi)
            return String(s[start..<end])
        }
        func find(_ a: CallArgs, reverse: Bool) throws -> Int {
            let sub = try str(a, 0, "sub")
            let (lo, hi) = try bounds(a, from: 1)
            if lo > hi { return -1 }
            let hay = Array(slice(lo, hi)), needle = Array(sub)
            if needle.count > hay.count { return -1 }
            let range = 0...(hay.count - needle.count)
            let candidates: [Int] = reverse ? range.reversed() : Array(range)
            for i in candidates where Array(hay[i..<(i + needle.count)]) == needle { return lo + i }
            return -1
        }
        func affix(_ a: CallArgs, suffix: Bool) throws -> Bool {
            let v = try a.required(0, suffix ? "suffix" : "prefix")
            let (lo, hi) = try bounds(a, from: 1)
            let part = slice(lo, hi)
            let options: [Value]
            if case .tuple(let t) = v { options = t } else { options = [v] }
            for o in options {
                guard case .string(let x) = o else {
                    throw PyError(.type, "\(name) first arg must be str or a tuple of str, not \(o.typeName)")
                }
                if suffix ? part.hasSuffix(x) : part.hasPrefix(x) { return true }
            }
            return false
        }
        func pad(_ a: CallArgs, _ i: Interpreter, _ place: (String, Int, Character) -> String) throws -> String {
            let width = try MathModule.index(try a.required(0, "width"))
            if width > s.count { try i.checkGrowth(s.utf8.count, adding: width - s.count, "string") }
            var fill: Character = " "
            if let f = a.value(1, "fillchar") {
                guard case .string(let fs) = f, fs.count == 1, let c = fs.first else {
                    throw PyError(.type, "The fill character must be exactly one character long")
                }
                fill = c
            }
            return width <= s.count ? s : place(s, width - s.count, fill)
        }
        switch name {
        case "upper": return method { _, _ in .string(s.uppercased()) }
        case "lower": return method { _, _ in .string(s.lowercased()) }
        case "casefold": return method { _, _ in .string(s.lowercased().replacingOccurrences(of: "ß", with: "ss")) }
        case "swapcase":
            return method { _, _ in .string(String(s.map { c in c.isUppercase ? Character(c.lowercased()) : c.isLowercase ? Character(c.uppercased()) : c })) }
        case "capitalize": return method { _, _ in .string(s.prefix(1).uppercased() + s.dropFirst().lowercased()) }
        case "title":
            return method { _, _ in
                var out = "", previousCased = false
                for c in s {
                    out += previousCased ? c.lowercased() : c.uppercased()
                    previousCased = c.isLetter
                }
                return .string(out)
            }
        case "strip": return method { a, _ in let f = try stripSet(a); return .string(String(s.drop(while: f).reversed().drop(while: f).reversed())) }
        case "lstrip": return method { a, _ in let f = try stripSet(a); return .string(String(s.drop(while: f))) }
        case "rstrip": return method { a, _ in let f = try stripSet(a); return .string(String(String(s.reversed().drop(while: f)).reversed())) }
        case "split", "rsplit":
            return method { a, _ in
                let maxsplit = try a.value(1, "maxsplit").map(MathModule.index) ?? -1
                let sepValue = a.value(0, "sep")
                if let sv = sepValue, !sv.isNone {
                    guard case .string(let sep) = sv else { throw PyError(.type, "must be str or None, not \(sv.typeName)") }
                    if sep.isEmpty { throw PyError(.value, "empty separator") }
                    var parts = s.components(separatedBy: sep)
                    if maxsplit >= 0 && parts.count > maxsplit + 1 {
                        if name == "split" {
                            parts = Array(parts[..<maxsplit]) + [parts[maxsplit...].joined(separator: sep)]
                        } else {
                            let keep = parts.count - maxsplit
                            parts = [parts[..<keep].joined(separator: sep)] + Array(parts[keep...])
                        }
                    }
                    return .list(ListBox(parts.map { .string($0) }))
                }
                return .list(ListBox(whitespaceSplit(s, maxsplit: maxsplit, fromRight: name == "rsplit").map { .string($0) }))
            }
        case "splitlines":
            return method { a, _ in
                let keep = try a.bool(0, "keepends", default: false)
                var lines: [Value] = [], cur = ""
                for c in s {
                    if c.isNewline {
                        lines.append(.string(keep ? cur + String(c) : cur))
                        cur = ""
                    } else {
                        cur.append(c)
                    }
                }
                if !cur.isEmpty { lines.append(.string(cur)) }
                return .list(ListBox(lines))
            }
        case "join":
            return method { a, i in
                let parts = try i.iterate(try a.required(0, "iterable")).enumerated().map { k, v -> String in
                    guard case .string(let x) = v else { throw PyError(.type, "sequence item \(k): expected str instance, \(v.typeName) found") }
                    return x
                }
                // The joined string is sized by the input: held to the same limit as `+`.
                var bytes = 0
                for p in parts { try i.checkGrowth(bytes, adding: p.utf8.count + s.utf8.count, "string"); bytes += p.utf8.count + s.utf8.count }
                return .string(parts.joined(separator: s))
            }
        case "replace":
            return method { a, i in
                let old = try str(a, 0, "old"), new = try str(a, 1, "new")
                let count = try a.value(2, "count").map(MathModule.index) ?? -1
                if new.utf8.count > old.utf8.count {
                    // Replacing grows the string by a multiple of the matches: held to the limit `+` keeps.
                    var matches = old.isEmpty ? s.count + 1 : s.components(separatedBy: old).count - 1
                    if count >= 0 { matches = min(matches, count) }
                    let (extra, overflow) = matches.multipliedReportingOverflow(by: new.utf8.count - old.utf8.count)
                    try i.checkGrowth(s.utf8.count, adding: overflow ? Int.max : extra, "string")
                }
                if count < 0 {
                    if old.isEmpty { return .string(new + s.map { String($0) + new }.joined()) }
                    return .string(s.replacingOccurrences(of: old, with: new))
                }
                var out = "", rest = Substring(s), n = 0
                while n < count, !old.isEmpty, let r = rest.range(of: old) {
                    out += rest[..<r.lowerBound] + new
                    rest = rest[r.upperBound...]
                    n += 1
                }
                return .string(out + rest)
            }
        case "find": return method { a, _ in .int(try find(a, reverse: false)) }
        case "rfind": return method { a, _ in .int(try find(a, reverse: true)) }
        case "index", "rindex":
            return method { a, _ in
                let i = try find(a, reverse: name == "rindex")
                if i < 0 { throw PyError(.value, "substring not found") }
                return .int(i)
            }
        case "count":
            return method { a, _ in
                let sub = try str(a, 0, "x")
                let (lo, hi) = try bounds(a, from: 1)
                let part = slice(lo, hi)
                if sub.isEmpty { return .int(part.count + 1) }
                return .int(part.components(separatedBy: sub).count - 1)
            }
        case "startswith": return method { a, _ in .bool(try affix(a, suffix: false)) }
        case "endswith": return method { a, _ in .bool(try affix(a, suffix: true)) }
        case "center":
            return method { a, i in
                .string(try pad(a, i) { s, n, f in
                    // CPython puts the extra pad character on the left when the string's length is odd.
                    let left = n / 2 + (n & (s.count + n) & 1)
                    return String(repeating: f, count: left) + s + String(repeating: f, count: n - left)
                })
            }
        case "ljust": return method { a, i in .string(try pad(a, i) { s, n, f in s + String(repeating: f, count: n) }) }
        case "rjust": return method { a, i in .string(try pad(a, i) { s, n, f in String(repeating: f, count: n) + s }) }
        case "zfill":
            return method { a, i in
                let width = try MathModule.index(try a.required(0, "width"))
                guard width > s.count else { return .string(s) }
                let n = width - s.count
                try i.checkGrowth(s.utf8.count, adding: n, "string")
                if let c = s.first, c == "+" || c == "-" { return .string(String(c) + String(repeating: "0", count: n) + s.dropFirst()) }
                return .string(String(repeating: "0", count: n) + s)
            }
        case "expandtabs":
            return method { a, i in
                let size = try a.value(0, "tabsize").map(MathModule.index) ?? 8
                var out = "", col = 0
                for c in s {
                    if c == "\t" {
                        let n = size > 0 ? size - col % size : 0
                        try i.checkGrowth(out.utf8.count, adding: n, "string")
                        out += String(repeating: " ", count: n)
                        col += n
                    } else {
                        out.append(c)
                        col = c.isNewline ? 0 : col + 1
                    }
                }
                return .string(out)
            }
        case "partition", "rpartition":
            return method { a, _ in
                let sep = try str(a, 0, "sep")
                if sep.isEmpty { throw PyError(.value, "empty separator") }
                let r = name == "partition" ? s.range(of: sep) : s.range(of: sep, options: .backwards)
                guard let r else {
                    return name == "partition" ? .tuple([.string(s), .string(""), .string("")]) : .tuple([.string(""), .string(""), .string(s)])
                }
                return .tuple([.string(String(s[..<r.lowerBound])), .string(sep), .string(String(s[r.upperBound...]))])
            }
        case "removeprefix": return method { a, _ in let p = try str(a, 0, "prefix"); return .string(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s) }
        case "removesuffix": return method { a, _ in let p = try str(a, 0, "suffix"); return .string(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s) }
        case "isalpha": return method { _, _ in .bool(!s.isEmpty && s.allSatisfy(\.isLetter)) }
        case "isdigit", "isdecimal", "isnumeric": return method { _, _ in .bool(!s.isEmpty && s.allSatisfy(\.isNumber)) }
        case "isalnum": return method { _, _ in .bool(!s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber }) }
        case "isspace": return method { _, _ in .bool(!s.isEmpty && s.allSatisfy(\.isWhitespace)) }
        case "isascii": return method { _, _ in .bool(s.allSatisfy(\.isASCII)) }
        case "isupper": return method { _, _ in .bool(s.contains(where: \.isCased) && !s.contains(where: \.isLowercase)) }
        case "islower": return method { _, _ in .bool(s.contains(where: \.isCased) && !s.contains(where: \.isUppercase)) }
        case "istitle":
            return method { _, _ in
                var previousCased = false, any = false
                for c in s {
                    if c.isUppercase { if previousCased { return .bool(false) }; previousCased = true; any = true } else if c.isLowercase {
                        if !previousCased { return .bool(false) }
                        previousCased = true
                    } else {
                        previousCased = false
                    }
                }
                return .bool(any)
            }
        case "isidentifier":
            return method { _, _ in
                guard let f = s.first, f == "_" || f.isLetter else { return .bool(false) }
                return .bool(s.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber })
            }
        case "isprintable": return method { _, _ in .bool(s.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7f }) }
        case "format": return method { a, interp in .string(try StringFormatting.strFormat(s, a, interp)) }
        case "format_map":
            return method { a, interp in
                guard case .dict(let d) = try a.required(0, "mapping") else { throw PyError(.type, "format_map() argument must be a mapping") }
                var args = CallArgs(name: "format_map")
                for e in d.entries { if case .string(let k) = e.key { args.keywords.append((k, e.value)) } }
                return .string(try StringFormatting.strFormat(s, args, interp))
            }
        case "translate":
            return method { a, i in
                let table = try a.required(0, "table")
                var out = ""
                for u in s.unicodeScalars {
                    guard let m = try? i.getItem(table, .int(Int(u.value))) else { out.unicodeScalars.append(u); continue }
                    switch m {
                    case .none: continue
                    case .string(let r): out += r
                    case .int(let c): if let x = Unicode.Scalar(c) { out.unicodeScalars.append(x) }
                    default: throw PyError(.type, "character mapping must return integer, None or str")
                    }
                }
                return .string(out)
            }
        case "maketrans": return maketrans
        case "encode": return method { _, _ in throw PyError(.notImplemented, "bytes are not supported by gradstep (str.encode)") }
        default: return nil
        }
    }

    /// `str.maketrans(x, y, z)` / `str.maketrans(dict)`.
    static var maketrans: Value { .builtin(Builtin("maketrans") { a, _ in
        let d = DictBox()
        if a.positional.count == 1, case .dict(let m) = a.positional[0] {
            for e in m.entries {
                if case .string(let k) = e.key, let u = k.unicodeScalars.first { try d.set(.int(Int(u.value)), e.value) } else { try d.set(e.key, e.value) }
            }
            return .dict(d)
        }
        guard case .string(let x) = try a.required(0, "x"), case .string(let y) = try a.required(1, "y") else {
            throw PyError(.type, "maketrans() arguments must be strings")
        }
        let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
        if xs.count != ys.count { throw PyError(.value, "the first two maketrans arguments must have equal length") }
        for (p, q) in zip(xs, ys) { try d.set(.int(Int(p.value)), .int(Int(q.value))) }
        if case .string(let z)? = a.value(2, "z") { for u in z.unicodeScalars { try d.set(.int(Int(u.value)), .none) } }
        return .dict(d)
    }) }

    /// `s.split()` / `s.rsplit()` on runs of whitespace.
    static func whitespaceSplit(_ s: String, maxsplit: Int, fromRight: Bool) -> [String] {
        let chars = fromRight ? Array(s.reversed()) : Array(s)
        var parts: [String] = [], i = 0
        while i < chars.count {
            while i < chars.count, chars[i].isWhitespace { i += 1 }
            if i >= chars.count { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                var rest = chars[i...]
                while let l = rest.last, l.isWhitespace { rest = rest.dropLast() }
                parts.append(String(rest))
                break
            }
            var word = ""
            while i < chars.count, !chars[i].isWhitespace { word.append(chars[i]); i += 1 }
            parts.append(word)
        }
        if fromRight { return parts.reversed().map { String($0.reversed()) } }
        return parts
    }
}
