/// SLEEF's single-precision routines that PyTorch's CPU kernels call for gradstep's ops
/// (`Sleef_expf16_u10` with AVX-512, `Sleef_expf8_u10` with AVX2; expm1, log1p, pow, log, tanh),
/// one lane at a time. Both builds run the same algorithm with FMA, so one port serves both.
/// The lanes of a SLEEF vector never interact, so computing each element alone gives the same bits.
/// Written from the algorithms in SLEEF's src/libm/sleefsimdsp.c (Boost licence).
enum SleefFloat {
    typealias P = SleefParts
    typealias DF = SleefParts.DF

    static let rLn2 = Float(1.442695040888963407359924681001892137426645954152985934135449406931 as Double)
    static let l2U: Float = 0.693145751953125
    static let l2L: Float = 1.428606765330187045e-06
    static let fltMin = Float(bitPattern: 0x0080_0000)
    static let two64: Float = 0x1p64
    static let ln2DF = DF(0.69314718246459960938, -1.904654323148236017e-09)

    /// xexpf (Sleef_expf8_u10).
    static func exp(_ d: Float) -> Float {
        let q = P.rintInt(d * rLn2)
        let qf = Float(q)
        var s = P.fma(qf, -l2U, d)
        s = P.fma(qf, -l2L, s)
        var u = Float(0.000198527617612853646278381 as Double)
        u = P.fma(u, s, Float(0.00139304355252534151077271 as Double))
        u = P.fma(u, s, Float(0.00833336077630519866943359 as Double))
        u = P.fma(u, s, Float(0.0416664853692054748535156 as Double))
        u = P.fma(u, s, Float(0.166666671633720397949219 as Double))
        u = P.fma(u, s, 0.5)
        u = 1 + P.fma(s * s, u, s)
        u = P.ldexp2(u, q)
        if d < -104 { u = Float(bitPattern: 0) }
        if 100 < d { u = .infinity }
        return u
    }

    /// expk2f: e^d as a double-float.
    static func expk2(_ d: DF) -> DF {
        let u0 = (d.x + d.y) * rLn2
        let q = P.rintInt(u0)
        let qf = Float(q)
        var s = P.add2(d, qf * -l2U)
        s = P.add2(s, qf * -l2L)
        var u: Float = 0.1980960224e-3
        u = P.fma(u, s.x, 0.1394256484e-2)
        u = P.fma(u, s.x, 0.8333456703e-2)
        u = P.fma(u, s.x, 0.4166637361e-1)
        var t = P.add2(P.mul(s, u), 0.166666659414234244790680580464e+0)
        t = P.add2(P.mul(s, t), 0.5)
        t = P.add2(s, P.mul(P.squ(s), t))
        t = P.add(1, t)
        t = DF(P.ldexp2(t.x, q), P.ldexp2(t.y, q))
        if d.x < -104 { t = DF(Float(bitPattern: 0), Float(bitPattern: 0)) }
        return t
    }

    /// expkf: e^d for a double-float argument, rounded to a float.
    static func expk(_ d: DF) -> Float {
        let u0 = (d.x + d.y) * rLn2
        let q = P.rintInt(u0)
        let qf = Float(q)
        var s = P.add2(d, qf * -l2U)
        s = P.add2(s, qf * -l2L)
        s = P.normalize(s)
        var u: Float = 0.00136324646882712841033936
        u = P.fma(u, s.x, 0.00836596917361021041870117)
        u = P.fma(u, s.x, 0.0416710823774337768554688)
        u = P.fma(u, s.x, 0.166665524244308471679688)
        u = P.fma(u, s.x, 0.499999850988388061523438)
        var t = P.add(s, P.mul(P.squ(s), u))
        t = P.add(1, t)
        var r = t.x + t.y
        r = P.ldexp(r, q)
        if d.x < -104 { r = Float(bitPattern: 0) }
        return r
    }

    /// logkf: log(d) as a double-float.
    static func logk(_ dIn: Float) -> DF {
        var d = dIn
        let o = d < fltMin
        if o { d = d * two64 }
        var e = P.ilogb2k(d * (1.0 / 0.75))
        let m = P.ldexp3(d, 0 &- e)
        if o { e = e &- 64 }
        let x = P.div(P.add2(-1, m), P.add2(1, m))
        let x2 = P.squ(x)
        var t: Float = 0.240320354700088500976562
        t = P.fma(t, x2.x, 0.285112679004669189453125)
        t = P.fma(t, x2.x, 0.400007992982864379882812)
        let c = DF(0.66666662693023681640625, 3.69183861259614332084311e-09)
        var s = P.mul(ln2DF, Float(e))
        s = P.add(s, P.scale(x, 2))
        s = P.add(s, P.mul(P.mul(x2, x), P.add2(P.mul(x2, t), c)))
        return s
    }

    /// xlogf_u1 (Sleef_logf8_u10).
    static func log(_ dIn: Float) -> Float {
        var d = dIn
        let o = d < fltMin
        if o { d = d * two64 }
        var e = P.ilogb2k(d * (1.0 / 0.75))
        let m = P.ldexp3(d, 0 &- e)
        if o { e = e &- 64 }
        var s = P.mul(ln2DF, Float(e))
        let x = P.div(P.add2(-1, m), P.add2(1, m))
        let x2 = x.x * x.x
        var t: Float = 0.3027294874
        t = P.fma(t, x2, 0.3996108174)
        t = P.fma(t, x2, 0.6666694880)
        s = P.add(s, P.scale(x, 2))
        s = P.add(s, (x2 * x.x) * t)
        var r = s.x + s.y
        if dIn == .infinity { r = .infinity }
        if dIn < 0 || dIn.isNaN { r = .nan }
        if dIn == 0 { r = -.infinity }
        return r
    }

    /// xexpm1f (Sleef_expm1f8_u10).
    static func expm1(_ a: Float) -> Float {
        let d = P.add2(expk2(DF(a, 0)), -1)
        var x = d.x + d.y
        if a > 88.72283172607421875 { x = .infinity }
        if a < -16.635532333438687426013570 { x = -1 }
        if P.isNegZero(a) { x = -0.0 }
        return x
    }

    /// xlog1pf (Sleef_log1pf8_u10).
    static func log1p(_ d: Float) -> Float {
        var dp1 = d + 1
        let o = dp1 < fltMin
        if o { dp1 = dp1 * two64 }
        var e = P.ilogb2k(dp1 * (1.0 / 0.75))
        var t = P.ldexp3(1, 0 &- e)
        let m = P.fma(d, t, t - 1)
        if o { e = e &- 64 }
        var s = P.mul(ln2DF, Float(e))
        let x = P.div(DF(m, 0), P.add(2, m))
        let x2 = x.x * x.x
        t = 0.3027294874
        t = P.fma(t, x2, 0.3996108174)
        t = P.fma(t, x2, 0.6666694880)
        s = P.add(s, P.scale(x, 2))
        s = P.add(s, (x2 * x.x) * t)
        var r = s.x + s.y
        // Beyond 1e38 SLEEF switches to log(d).
        if !(d <= 0x1.2ced32p+126) { r = log(d) }
        r = P.orNaN(-1 > d, r)
        if d == -1 { r = -.infinity }
        if P.isNegZero(d) { r = -0.0 }
        return r
    }

    /// xtanhf (Sleef_tanhf16_u10): what Vectorized<float>::tanh computes inside the activation
    /// kernels (gelu's tanh form, mish); torch.tanh itself goes through MKL.
    static func tanh(_ x: Float) -> Float {
        var d = expk2(DF(Swift.abs(x), 0))
        let e = P.rec(d)
        d = P.div(P.add2(d, P.neg(e)), P.add2(d, e))
        var y = d.x + d.y
        if Swift.abs(x) > 8.664339742 || y.isNaN { y = 1 }
        y = P.mulsign(y, x)
        return x.isNaN ? .nan : y
    }

    /// xpowf (Sleef_powf8_u10).
    static func pow(_ x: Float, _ y: Float) -> Float {
        let yIsInt = y.rounded(.towardZero) == y || Swift.abs(y) > Float(1 << 24)
        let yIsOdd = (P.truncInt(y) & 1) == 1 && yIsInt && Swift.abs(y) < Float(1 << 24)
        var result = expk(P.mul(logk(Swift.abs(x)), y))
        if result.isNaN { result = .infinity }
        result = result * (x > 0 ? 1 : (yIsInt ? (yIsOdd ? -1 : 1) : .nan))
        let efx = P.mulsign(Swift.abs(x) - 1, y)
        if y.isInfinite {
            result = efx < 0 ? Float(bitPattern: 0) : (efx == 0 ? 1 : .infinity)
        }
        if x.isInfinite || x == 0 {
            let signY = y.sign == .minus
            result = P.mulsign((signY != (x == 0)) ? 0 : .infinity, yIsOdd ? x : 1)
        }
        result = P.orNaN(x.isNaN || y.isNaN, result)
        if y == 0 || x == 1 { result = 1 }
        return result
    }
}
