/// SLEEF's single-precision log-gamma (`Sleef_lgammaf16_u10`), which PyTorch's float32 lgamma runs on
/// every element through Vectorized<float>::lgamma (vml, tail included). Written lane by lane from
/// xlgammaf_u1, gammafk, logk2f and sinpifk in SLEEF's src/libm/sleefsimdsp.c (Boost licence), as its
/// FMA build computes them (every `vmla` fused).
extension SleefFloat {
    /// `vcast_vf2_d`: a double as a double-float.
    @inline(__always) static func df(_ d: Double) -> DF { DF(Float(d), Float(d - Double(Float(d)))) }

    /// `dfabs_vf2_vf2`.
    @inline(__always) static func abs(_ d: DF) -> DF { DF(Swift.abs(d.x), d.x.sign == .minus ? -d.y : d.y) }

    /// logk2f: log of a double-float, as a double-float.
    static func logk2(_ d: DF) -> DF {
        let e = P.ilogb2k(d.x * (1.0 / 0.75))
        let m = P.scale(d, P.pow2i(0 &- e))
        let x = P.div(P.add2(m, -1), P.add2(m, 1))
        let x2 = P.squ(x)
        var t: Float = 0.2392828464508056640625
        t = P.fma(t, x2.x, 0.28518211841583251953125)
        t = P.fma(t, x2.x, 0.400005877017974853515625)
        t = P.fma(t, x2.x, 0.666666686534881591796875)
        var s = P.mul(ln2DF, Float(e))
        s = P.add(s, P.scale(x, 2))
        s = P.add(s, P.mul(P.mul(x2, x), t))
        return s
    }

    /// sinpifk: sin(πd) as a double-float.
    static func sinpik(_ d: Float) -> DF {
        let u0 = d * 4
        var q = P.truncInt(u0)
        q = (q &+ (Int32(bitPattern: UInt32(bitPattern: q) >> 31) ^ 1)) & ~1
        let o = q & 2 == 2
        var s = u0 - Float(q)
        let t = s
        s = s * s
        let s2 = P.mul(t, t)
        var u: Float = o ? -0.2430611801e-7 : 0.3093842054e-6
        u = P.fma(u, s, o ? 0.3590577080e-5 : -0.3657307388e-4)
        u = P.fma(u, s, o ? -0.3259917721e-3 : 0.2490393585e-2)
        var x = P.add2(u * s, o ? DF(0.015854343771934509277, 4.4940051354032242811e-10) : DF(-0.080745510756969451904, -1.3373665339076936258e-09))
        x = P.add2(P.mul(s2, x), o ? DF(-0.30842512845993041992, -9.0728339030733922277e-09) : DF(0.78539818525314331055, -2.1857338617566484855e-08))
        x = P.mul(x, o ? s2 : DF(t, 0))
        if o { x = P.add2(x, 1) }
        if q & 4 == 4 { x = DF(-x.x, -x.y) }
        return x
    }

    /// gammafk: (log of the gamma function's magnitude part, the rest as a ratio), both double-floats.
    static func gammak(_ a: Float) -> (DF, DF) {
        let otiny = Swift.abs(a) < 1e-30, oref = a < 0.5
        var x = otiny ? DF(0, 0) : (oref ? P.add2(1, -a) : DF(a, 0))
        let o0 = 0.5 <= x.x && x.x <= 1.2, o2 = 2.3 <= x.x
        var y = P.normalize(P.mul(P.add2(x, 1), x))
        y = P.normalize(P.mul(P.add2(x, 2), y))
        let o = o2 && x.x <= 7
        var clln = o ? y : DF(1, 0)
        if o { x = P.add2(x, 3) }
        let t = o2 ? 1 / x.x : P.normalize(P.add2(x, o0 ? -1 : -2)).x
        // Three polynomials chosen per element: o2 (large x), o0 (near 1), else (near 2).
        func pick(_ large: Double, _ nearOne: Float, _ nearTwo: Float) -> Float { o2 ? Float(large) : (o0 ? nearOne : nearTwo) }
        var u = pick(+0.000839498720672087279971000786, +0.9435157776e+0, +0.1102489550e-3)
        u = P.fma(u, t, pick(-5.17179090826059219329394422e-05, +0.8670063615e+0, +0.8160019934e-4))
        u = P.fma(u, t, pick(-0.000592166437353693882857342347, +0.4826702476e+0, +0.1528468856e-3))
        u = P.fma(u, t, pick(+6.97281375836585777403743539e-05, -0.8855129778e-1, -0.2355068718e-3))
        u = P.fma(u, t, pick(+0.000784039221720066627493314301, +0.1013825238e+0, +0.4962242092e-3))
        u = P.fma(u, t, pick(-0.000229472093621399176949318732, -0.1493408978e+0, -0.1193488017e-2))
        u = P.fma(u, t, pick(-0.002681327160493827160473958490, +0.1697509140e+0, +0.2891599433e-2))
        u = P.fma(u, t, pick(+0.003472222222222222222175164840, -0.2072454542e+0, -0.7385451812e-2))
        u = P.fma(u, t, pick(+0.083333333333333333335592087900, +0.2705872357e+0, +0.2058077045e-1))

        y = P.mul(P.add2(x, -0.5), logk2(x))
        y = P.add2(y, P.neg(x))
        y = P.add2(y, df(0.91893853320467278056))  // 0.5·log(2π)

        var z = P.add2(P.mul(u, t), o0 ? -0.400686534596170958447352690395e+0 : -0.673523028297382446749257758235e-1)
        z = P.add2(P.mul(z, t), o0 ? +0.822466960142643054450325495997e+0 : +0.322467033928981157743538726901e+0)
        z = P.add2(P.mul(z, t), o0 ? -0.577215665946766039837398973297e+0 : +0.422784335087484338986941629852e+0)
        z = P.mul(z, t)

        var clc = o2 ? y : z
        var clld = o2 ? P.add2(P.mul(u, t), 1) : DF(1, 0)
        y = clln
        clc = otiny ? df(41.58883083359671856503) : (oref ? P.add2(df(1.1447298858494001639), P.neg(clc)) : clc)  // log(2^60), log(π)
        clln = otiny ? DF(1, 0) : (oref ? clln : clld)
        var reflected = DF(0, 0)
        if oref {
            let k = Float(4096)
            let tr = a - k * Float(P.truncInt(a * (1.0 / 4096)))
            reflected = P.mul(clld, sinpik(tr))
        }
        clld = otiny ? DF(a * Float(Double(1 << 30) * Double(1 << 30)), 0) : (oref ? reflected : y)
        return (clc, P.div(clln, clld))
    }

    /// xlgammaf_u1 (Sleef_lgammaf16_u10).
    static func lgamma(_ a: Float) -> Float {
        let (ga, gb) = gammak(a)
        let y = P.add2(ga, logk2(abs(gb)))
        var r = y.x + y.y
        let isInt = a == a.rounded(.towardZero)
        if a.isInfinite || (a <= 0 && isInt) || (!a.isNaN && !a.isInfinite && r.isNaN) { r = .infinity }
        return r
    }
}
