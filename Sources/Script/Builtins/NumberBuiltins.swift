import Foundation
import Autograd

/// Builtins about numbers and characters: `round`, `divmod`, `pow`, `int(s, base)`, `chr`, `ord`,
/// `bin`/`hex`/`oct`, `hash`, `callable`, `ascii`, `vars`.
enum NumberBuiltins {
    static func register(_ b: inout [String: Builtin]) {
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { b[name] = Builtin(name, f) }
        let plainRound = b["round"]
        def("round") { a, interp in
            var v = try a.required(0, "number")
            // A numpy scalar rounds as its Python number (numpy's __round__ gives the same digits).
            if case .object(let n as NumpyScalar) = v { v = n.pythonValue }
            guard let ndValue = a.value(1, "ndigits"), !ndValue.isNone else {
                guard let r = plainRound else { return v }
                var plain = CallArgs([v], name: "round")
                return try r.call(&plain, interp)
            }
            let nd = try MathModule.index(ndValue)
            switch Convert.unwrapBool(v) {
            case .int(let i):
                guard nd < 0 else { return .int(i) }
                if nd < -18 { return .int(0) }
                let p = Int(Foundation.pow(10.0, Double(-nd)))
                let q = RandomModule.floorDiv(i, p), r = i - q * p
                var n = q
                if r * 2 > p || (r * 2 == p && q % 2 != 0) { n += 1 }
                let (rounded, overflow) = n.multipliedReportingOverflow(by: p)
                return overflow ? Arithmetic.normalizeBig(BigDecimal.multiply(String(n), String(p))) : .int(rounded)
            case .float(let d):
                if !d.isFinite { return .float(d) }
                if nd >= 0 {
                    if nd > 308 { return .float(d) }
                    let s = try PythonFormat.format(.float(d), spec: ".\(nd)f")
                    return .float(Double(s) ?? d)
                }
                let p = Foundation.pow(10.0, -Double(nd))
                if !p.isFinite { return .float(0 * d) }
                return .float((d / p).rounded(.toNearestOrEven) * p)
            case .tensor:
                throw PyError(.notImplemented, "round(tensor, ndigits) is not supported by gradstep (use torch.round(t, decimals=n))")
            default:
                throw PyError(.type, "type \(v.typeName) doesn't define __round__ method")
            }
        }
        def("divmod") { a, interp in
            let x = try a.required(0, "x"), y = try a.required(1, "y")
            return .tuple([try Arithmetic.binary(.floorDivide, x, y, interp), try Arithmetic.binary(.modulo, x, y, interp)])
        }
        def("pow") { a, interp in
            let base = try a.required(0, "base"), exp = try a.required(1, "exp")
            guard let modValue = a.value(2, "mod"), !modValue.isNone else { return try Arithmetic.binary(.power, base, exp, interp) }
            return try Builtins.modularPower(base, exp, modValue, interp)
        }
        def("chr") { a, _ in
            let i = try MathModule.index(try a.required(0, "i"))
            guard i >= 0, i < 0x110000 else { throw PyError(.value, "chr() arg not in range(0x110000)") }
            guard let u = Unicode.Scalar(i) else { return .string("\u{FFFD}") }
            return .string(String(Character(u)))
        }
        def("ord") { a, _ in
            let v = try a.required(0, "c")
            guard case .string(let s) = v else { throw PyError(.type, "ord() expected string of length 1, but \(v.typeName) found") }
            guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else {
                throw PyError(.type, "ord() expected a character, but string of length \(s.count) found")
            }
            return .int(Int(u.value))
        }
        for (name, radix, prefix) in [("bin", 2, "0b"), ("oct", 8, "0o"), ("hex", 16, "0x")] {
            def(name) { a, _ in
                let v = try a.required(0, "number")
                guard case .int(let i) = Convert.unwrapBool(v) else {
                    throw PyError(.type, "'\(v.typeName)' object cannot be interpreted as an integer")
                }
                return .string((i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: radix))
            }
        }
        let plainInt = b["int"]
        def("int") { a, interp in
            guard let baseValue = a.value(1, "base") else {
                guard let f = plainInt else { return .int(0) }
                return Convert.unwrapBool(try f.call(&a, interp))
            }
            let base = try MathModule.index(baseValue)
            guard let v = a.value(0, "x") else { throw PyError(.type, "int() missing string argument") }
            guard case .string(let s) = v else { throw PyError(.type, "int() can't convert non-string with explicit base") }
            if base != 0 && (base < 2 || base > 36) { throw PyError(.value, "int() base must be >= 2 and <= 36, or 0") }
            guard let r = parseInt(s, base: base) else {
                throw PyError(.value, "invalid literal for int() with base \(base): \(Repr.quote(s))")
            }
            return r
        }
        def("ascii") { a, _ in .string(asciiRepr(try a.required(0, "obj"))) }
    }

    /// `ascii(v)` / `!a`: the repr with every non-ASCII character escaped.
    static func asciiRepr(_ v: Value) -> String {
        var out = ""
        for u in Repr.repr(v).unicodeScalars {
            if u.isASCII { out.unicodeScalars.append(u) } else if u.value <= 0xff {
                out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2)
            } else if u.value <= 0xffff {
                out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4)
            } else {
                out += "\\U" + String(u.value, radix: 16).leftPadded(to: 8)
            }
        }
        return out
    }

    /// `int(s, base)`: optional sign, a `0x`/`0o`/`0b` prefix matching the base (any, for base 0),
    /// digits with single underscores between them, surrounding whitespace.
    static func parseInt(_ text: String, base: Int) -> Value? {
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let c = s.first, c == "+" || c == "-" { negative = c == "-"; s = s.dropFirst() }
        var b = base
        let lower = s.lowercased()
        for (p, pb) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(p) && (b == 0 || b == pb) {
            b = pb
            s = s.dropFirst(2)
            if s.first == "_" { s = s.dropFirst() }
            break
        }
        if b == 0 {
            b = 10
            if s.count > 1, s.first == "0", s.contains(where: { $0 != "0" && $0 != "_" }) { return nil }
        }
        guard !s.isEmpty, s.first != "_", s.last != "_", !s.contains("__") else { return nil }
        let digits = s.replacingOccurrences(of: "_", with: "")
        func digit(_ ch: Character) -> Int {
            guard ch.isASCII, let u = ch.lowercased().unicodeScalars.first else { return 99 }
            if ch.isNumber { return Int(u.value) - 48 }
            return ch.isLetter ? Int(u.value) - 87 : 99
        }
        guard digits.allSatisfy({ digit($0) < b }) else { return nil }
        var acc = "0"
        for ch in digits {
            let d = digit(ch)
            acc = BigDecimal.add(BigDecimal.multiply(acc, String(b)), String(d))
            if acc.count > 5000 { return nil }
        }
        return Arithmetic.normalizeBig(negative && acc != "0" ? BigDecimal.negate(acc) : acc)
    }
}
