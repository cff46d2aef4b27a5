/// `pow(base, exp, mod)` for ints, as CPython computes it (the result has the sign of `mod`; a
/// negative exponent uses the modular inverse).
extension Builtins {
    static func modularPower(_ base: Value, _ exp: Value, _ mod: Value) throws -> Value {
        guard case .int(let b) = Convert.unwrapBool(base), case .int(let e) = Convert.unwrapBool(exp), case .int(let m) = Convert.unwrapBool(mod) else {
            if case .bigInt = base { throw PyError(.notImplemented, "pow() with a modulus on integers above 2**63-1 is not supported by gradstep") }
            if case .bigInt = exp { throw PyError(.notImplemented, "pow() with a modulus on integers above 2**63-1 is not supported by gradstep") }
            if case .bigInt = mod { throw PyError(.notImplemented, "pow() with a modulus on integers above 2**63-1 is not supported by gradstep") }
            throw PyError(.type, "pow() 3rd argument not allowed unless all arguments are integers")
        }
        if m == 0 { throw PyError(.value, "pow() 3rd argument cannot be 0") }
        if m == Int.min { throw PyError(.notImplemented, "pow() with a modulus of -2**63 is not supported by gradstep") }
        let mi = Swift.abs(m), um = UInt(mi)
        func mulmod(_ x: UInt, _ y: UInt) -> UInt { um.dividingFullWidth(x.multipliedFullWidth(by: y)).remainder }
        let r = b % mi
        var x = UInt(r < 0 ? r + mi : r)
        if e < 0 { x = try inverse(x, um) }
        var result: UInt = um == 1 ? 0 : 1
        var k = e.magnitude
        while k > 0 {
            if k & 1 == 1 { result = mulmod(result, x) }
            x = mulmod(x, x)
            k >>= 1
        }
        // CPython: the result has the sign of the modulus.
        if m < 0 && result != 0 { return .int(Int(bitPattern: result &- um)) }
        return .int(Int(bitPattern: result))
    }

    /// The inverse of `x` modulo `m` (extended Euclid), or CPython's ValueError.
    private static func inverse(_ x: UInt, _ m: UInt) throws -> UInt {
        var (r0, r1) = (Int(m), Int(x))
        var (t0, t1) = (0, 1)
        while r1 != 0 {
            let q = r0 / r1
            (r0, r1) = (r1, r0 - q * r1)
            (t0, t1) = (t1, t0 - q * t1)
        }
        if r0 != 1 { throw PyError(.value, "base is not invertible for the given modulus") }
        return UInt(t0 < 0 ? t0 + Int(m) : t0)
    }
}
