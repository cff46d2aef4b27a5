/// SLEEF's single-precision atan2 and atanh (`Sleef_atan2f16_u10`, `Sleef_atanhf16_u10`), which
/// PyTorch's float32 kernels call in their vector loop. Written lane by lane from xatan2f_u1,
/// atan2kf_u1 and xatanhf in SLEEF's src/libm/sleefsimdsp.c (Boost licence), FMA build.
extension SleefFloat {
    /// atan2kf_u1: atan2 of double-floats, before the quadrant fix-ups.
    static func atan2k(_ yIn: DF, _ xIn: DF) -> DF {
        var x = xIn
        var q: Int32 = x.x < 0 ? -2 : 0
        if x.x < 0 { x = DF(-x.x, -x.y) }
        let p = x.x < yIn.x
        if p { q += 1 }
        var s = p ? P.neg(x) : yIn
        var t = p ? yIn : x
        s = P.div(s, t)
        t = P.normalize(P.squ(s))
        var u: Float = -0.00176397908944636583328247
        u = P.fma(u, t.x, 0.0107900900766253471374512)
        u = P.fma(u, t.x, -0.0309564601629972457885742)
        u = P.fma(u, t.x, 0.0577365085482597351074219)
        u = P.fma(u, t.x, -0.0838950723409652709960938)
        u = P.fma(u, t.x, 0.109463557600975036621094)
        u = P.fma(u, t.x, -0.142626821994781494140625)
        u = P.fma(u, t.x, 0.199983194470405578613281)
        t = P.mul(t, P.add(-0.333332866430282592773438, u * t.x))
        t = P.mul(s, P.add(1, t))
        return P.add(P.mul(DF(1.5707963705062866211, -4.3711388286737928865e-08), Float(q)), t)
    }

    /// xatan2f_u1 (Sleef_atan2f16_u10).
    static func atan2(_ yIn: Float, _ xIn: Float) -> Float {
        var x = xIn, y = yIn
        // nexttowardf(1 / FLT_MAX, 1), a subnormal: tiny x and y are scaled up by 2^24 first.
        if Swift.abs(x) < Float(bitPattern: 0x0020_0001) {
            x *= Float(1 << 24)
            y *= Float(1 << 24)
        }
        let d = atan2k(DF(Swift.abs(y), 0), DF(x, 0))
        var r = P.mulsign(d.x + d.y, x)
        let halfPi = Float(Double.pi / 2), quarterPi = Float(Double.pi / 4)
        // visinf2(x, m): m with x's sign bit or-ed in where x is infinite, else 0.
        func inf2(_ m: Float) -> Float { x.isInfinite ? Float(bitPattern: m.bitPattern | (x.bitPattern & 0x8000_0000)) : 0 }
        if x.isInfinite || x == 0 { r = halfPi - inf2(P.mulsign(halfPi, x)) }
        if y.isInfinite { r = halfPi - inf2(P.mulsign(quarterPi, x)) }
        if y == 0 { r = x.sign == .minus ? Float(Double.pi) : 0 }
        return x.isNaN || y.isNaN ? .nan : P.mulsign(r, y)
    }

    /// xatanhf (Sleef_atanhf16_u10).
    static func atanh(_ x: Float) -> Float {
        var y = Swift.abs(x)
        let d = logk2(P.div(P.add2(1, y), P.add2(1, -y)))
        y = y > 1 ? .nan : (y == 1 ? .infinity : (d.x + d.y) * 0.5)
        if x.isInfinite || y.isNaN { y = .nan }
        y = P.mulsign(y, x)
        return x.isNaN ? .nan : y
    }
}
