/// SLEEF's double-precision routines that PyTorch's float64 CPU kernels call through
/// Vectorized<double> (`Sleef_expd8_u10` with AVX-512), one lane at a time, as its FMA build
/// computes them (src/libm/sleefsimddp.c; every `vmla` is a fused multiply-add).
enum SleefDouble {
    @inline(__always) static func fma(_ a: Double, _ b: Double, _ c: Double) -> Double { c.addingProduct(a, b) }

    /// 2^q for q in the normal exponent range (vpow2i_vd_vi).
    @inline(__always) static func pow2i(_ q: Int) -> Double {
        Double(bitPattern: UInt64(truncatingIfNeeded: q &+ 0x3ff) << 52)
    }

    /// d · 2^e in two steps, so e may reach ±2100 (vldexp2_vd_vd_vi).
    @inline(__always) static func ldexp2(_ d: Double, _ e: Int) -> Double {
        d * pow2i(e >> 1) * pow2i(e - (e >> 1))
    }

    /// xexp (Sleef_expd8_u10): Cody–Waite reduction by ln 2, then a degree-12 polynomial whose
    /// first ten terms go by Estrin's scheme (POLY10) and the last three by Horner.
    static func exp(_ d: Double) -> Double {
        let rLn2 = 1.442695040888963407359924681001892137426645954152985934135449406931
        let l2U = 0.69314718055966295651160180568695068359375
        let l2L = 0.28235290563031577122588448175013436025525412068e-12
        var u = (d * rLn2).rounded(.toNearestOrEven)
        // Out of range (and NaN) q only feeds lanes the selects below overwrite.
        let q = Swift.abs(u) < 1e5 ? Int(u) : 0
        var s = fma(u, -l2U, d)
        s = fma(u, -l2L, s)
        let s2 = s * s, s4 = s2 * s2, s8 = s4 * s4
        let poly2 = fma(s, 0.2081276378237164457e-8, 0.2511210703042288022e-7)
        let poly4a = fma(s2, fma(s, 0.2755762628169491192e-6, 0.2755723402025388239e-5),
                         fma(s, 0.2480158687479686264e-4, 0.1984126989855865850e-3))
        let poly4b = fma(s2, fma(s, 0.1388888888914497797e-2, 0.8333333333314938210e-2),
                         fma(s, 0.4166666666666602598e-1, 0.1666666666666669072e+0))
        u = fma(s8, poly2, fma(s4, poly4a, poly4b))
        u = fma(u, s, 0.5)
        u = fma(u, s, 1)
        u = fma(u, s, 1)
        u = ldexp2(u, q)
        if d < -1000 { u = 0 }
        if d > 709.78271114955742909217217426 { u = .infinity }
        return u
    }
}
