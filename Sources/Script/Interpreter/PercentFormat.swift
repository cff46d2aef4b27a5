import Autograd

extension StringFormatting {
    /// `"%-8s %5.2f %(name)d" % args`: printf-style formatting with CPython's flags, `*` widths,
    /// mapping keys and errors, each conversion done through the format-spec language.
    static func percent(_ fmt: String, _ arg: Value, floatConversion: (Value) -> Void = { _ in }) throws -> String {
        var args: [Value]
        if case .tuple(let t) = arg { args = t } else { args = [arg] }
        let mapping: DictBox? = { if case .dict(let d) = arg { return d }; return nil }()
        var out = ""
        var chars = Array(fmt)[...]
        var used = 0
        var usedMapping = false
        func nextArg() throws -> Value {
            guard used < args.count else { throw PyError(.type, "not enough arguments for format string") }
            used += 1
            return args[used - 1]
        }
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "%" else { out.append(c); continue }
            var value: Value? = nil
            if chars.first == "(" {
                guard let d = mapping else { throw PyError(.type, "format requires a mapping") }
                var depth = 1, key = ""
                chars = chars.dropFirst()
                while let k = chars.first {
                    chars = chars.dropFirst()
                    if k == "(" { depth += 1 } else if k == ")" { depth -= 1; if depth == 0 { break } }
                    key.append(k)
                }
                if depth != 0 { throw PyError(.value, "incomplete format key") }
                guard let v = d.get(.string(key)) else { throw PyError(.key, Repr.quote(key)) }
                value = v
                usedMapping = true
            }
            var left = false, zero = false, sign = "", alternate = false
            while let f = chars.first, "-+ #0".contains(f) {
                switch f {
                case "-": left = true
                case "0": zero = true
                case "+": sign = "+"
                case " ": if sign.isEmpty { sign = " " }
                default: alternate = true
                }
                chars = chars.dropFirst()
            }
            var width = ""
            if chars.first == "*" {
                chars = chars.dropFirst()
                let w = try MathModule.index(try nextArg())
                if w < 0 { left = true }
                width = String(Swift.abs(w))
            } else {
                while let d = chars.first, d.isASCII, d.isNumber { width.append(d); chars = chars.dropFirst() }
            }
            var precision: String? = nil
            if chars.first == "." {
                chars = chars.dropFirst()
                if chars.first == "*" {
                    chars = chars.dropFirst()
                    precision = String(max(try MathModule.index(try nextArg()), 0))
                } else {
                    var p = ""
                    while let d = chars.first, d.isASCII, d.isNumber { p.append(d); chars = chars.dropFirst() }
                    precision = p.isEmpty ? "0" : p
                }
            }
            while let l = chars.first, "hlL".contains(l) { chars = chars.dropFirst() }
            guard let type = chars.first else { throw PyError(.value, "incomplete format") }
            chars = chars.dropFirst()
            if type == "%" { out.append("%"); continue }
            let v = try value ?? nextArg()
            let align = left ? "<" : ">"
            switch type {
            case "s", "r", "a":
                var text = type == "s" ? Repr.str(v) : (type == "a" ? NumberBuiltins.asciiRepr(v) : Repr.repr(v))
                if let p = precision, let n = Int(p) { text = String(text.prefix(n)) }
                out += try format(.string(text), align + width)
            case "c":
                var ch: String
                switch Convert.unwrapBool(v) {
                case .int(let i):
                    guard i >= 0, i < 0x110000, let u = Unicode.Scalar(i) else { throw PyError(.overflow, "%c arg not in range(0x110000)") }
                    ch = String(Character(u))
                case .string(let s) where s.count == 1: ch = s
                default: throw PyError(.type, "%c requires int or char")
                }
                if ch.isEmpty { ch = " " }
                out += try format(.string(ch), align + width)
            case "d", "i", "u", "o", "x", "X":
                let number: Value
                // A numpy scalar converts as its Python number does (numpy's __index__/__float__).
                let v: Value = { if case .object(let s as NumpyScalar) = v { return s.pythonValue }; return v }()
                switch Convert.unwrapBool(v) {
                case .int, .bigInt: number = Convert.unwrapBool(v)
                case .float(let d) where "diu".contains(type):
                    if d.isNaN { throw PyError(.value, "cannot convert float NaN to integer") }
                    if d.isInfinite { throw PyError(.overflow, "cannot convert float infinity to integer") }
                    number = try MathModule.integral(d, .towardZero)
                case .tensor(let t) where t.numel == 1:
                    number = try MathModule.integral(try t.item().doubleValue, .towardZero)
                default:
                    if "diu".contains(type) { throw PyError(.type, "%\(type) format: a real number is required, not \(v.typeName)") }
                    throw PyError(.type, "%\(type) format: an integer is required, not \(v.typeName)")
                }
                let t = type == "i" || type == "u" ? "d" : String(type)
                let zeroFlag = zero && !left ? "0" : ""
                var spec = align + sign + (alternate ? "#" : "") + zeroFlag + width + t
                if !zeroFlag.isEmpty { spec = sign + (alternate ? "#" : "") + "0" + width + t }
                if let p = precision, let n = Int(p), case .int(let i) = number {
                    // %.3d pads the digits with zeros to the precision.
                    var digits = String(i.magnitude, radix: t == "d" ? 10 : (t == "o" ? 8 : 16))
                    if t == "X" { digits = digits.uppercased() }
                    digits = digits.leftPadded(to: n)
                    let prefix = (i < 0 ? "-" : sign) + (alternate ? (t == "o" ? "0o" : t == "x" ? "0x" : t == "X" ? "0X" : "") : "")
                    out += try format(.string(prefix + digits), align + width)
                    continue
                }
                out += try format(number, spec)
            case "e", "E", "f", "F", "g", "G":
                let d: Double
                floatConversion(v)
                do { d = try MathModule.real(v) } catch { throw PyError(.type, "must be real number, not \(v.typeName)") }
                let zeroFlag = zero && !left
                let spec = (zeroFlag ? "" : align) + sign + (alternate ? "#" : "") + (zeroFlag ? "0" : "") + width + "." + (precision ?? "6") + String(type)
                out += try format(.float(d), spec)
            default:
                throw PyError(.value, "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first?.value ?? 0, radix: 16))) at index \(fmt.count - chars.count - 1)")
            }
        }
        if used < args.count && !usedMapping && mapping == nil { throw PyError(.type, "not all arguments converted during string formatting") }
        return out
    }
}
