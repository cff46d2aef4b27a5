/// `pow(base, exp, mod)` for ints, as CPython computes it (the result has the sign of `mod`; a
/// negative exponent uses the modular inverse). Ints past 64 bits go through `BigMagnitude`.
extension Builtins {
    static func modularPower(_ base: Value, _ exp: Value, _ mod: Value, _ interp: Interpreter) throws -> Value {
        func digits(_ v: Value) -> String? {
            switch Convert.unwrapBool(v) {
            case .int(let i): return String(i)
            case .bigInt(let s): return s
            default: return nil
            }
        }
        guard let b = digits(base), let e = digits(exp), let m = digits(mod) else {
            throw PyError(.type, "pow() 3rd argument not allowed unless all arguments are integers")
        }
        if m == "0" { throw PyError(.value, "pow() 3rd argument cannot be 0") }
        let modulus = BigMagnitude(decimal: m)
        // base mod |m|, in [0, |m|).
        var x = BigMagnitude(decimal: b) % modulus
        if b.hasPrefix("-") && !x.isZero { x = modulus - x }
        if e.hasPrefix("-") { x = try inverse(x, modulus) }
        var result = BigMagnitude.one % modulus  // 0 when |m| is 1
        let exponent = BigMagnitude(decimal: e)
        for i in 0..<exponent.bitWidth {
            if exponent.bit(i) { result = (result * x) % modulus }
            if i + 1 < exponent.bitWidth { x = (x * x) % modulus }
            // A long exponent with a long modulus takes a while: Ctrl-C stops it.
            if i % 64 == 63 { try interp.checkInterrupt() }
        }
        // CPython: the result has the sign of the modulus.
        if m.hasPrefix("-") && !result.isZero { result = modulus - result; return Arithmetic.normalizeBig("-" + result.decimal) }
        return Arithmetic.normalizeBig(result.decimal)
    }

    /// The inverse of `x` modulo `m` (extended Euclid), or CPython's ValueError. The Bézout
    /// coefficients alternate in sign, so only their magnitudes are kept, with the sign of the last.
    private static func inverse(_ x: BigMagnitude, _ m: BigMagnitude) throws -> BigMagnitude {
        var (r0, r1) = (m, x)
        var (t0, t1) = (BigMagnitude.zero, BigMagnitude.one)
        var t1Positive = true
        while !r1.isZero {
            let (q, r) = r0.quotientAndRemainder(dividingBy: r1)
            (r0, r1) = (r1, r)
            (t0, t1) = (t1, t0 + q * t1)
            t1Positive.toggle()
        }
        if r0 != .one { throw PyError(.value, "base is not invertible for the given modulus") }
        let t = t0 % m
        // t0's sign is the opposite of t1's.
        return t1Positive && !t.isZero ? m - t : t
    }
}
