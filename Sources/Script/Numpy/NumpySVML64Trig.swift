import Foundation

/// `NumpySVML64`'s inverse trigonometric, tangent and hyperbolic kernels (SVML's `_ha` float64
/// kernels as numpy 2 calls them on AVX-512), ported as the exponential and logarithm ones are.
extension NumpySVML64 {
    // MARK: - arctan

    private static let atanTh: [UInt64] = [0x0000000000000000, 0x3fcf5b75f92c80dd, 0x3fddac670561bb4f, 0x3fe4978fa3269ee1, 0x3fe921fb54442d18, 0x3fecac7c57846f9e, 0x3fef730bd281f69b, 0x3ff0d38f2c5ba09f, 0x3ff1b6e192ebbe44, 0x3ff270ef55a53a25, 0x3ff30b6d796a4da8, 0x3ff38d6a6ce13353, 0x3ff3fc176b7a8560, 0x3ff45b54837351a0, 0x3ff4ae10fc6589a5, 0x3ff4f68dea672617, 0x3ff5368c951e9cfd, 0x3ff56f6f33a3e6a7, 0x3ff5a25052114e60, 0x3ff5d013c41adabd, 0x3ff5f97315254857, 0x3ff61f06c6a92b89, 0x3ff6414d44094c7c, 0x3ff660b02c736a06, 0x3ff67d8863bc99bd, 0x3ff698213a9d5053, 0x3ff6b0bae830c070, 0x3ff6c78c7edeb195, 0x3ff6dcc57bb565fd, 0x3ff6f08f07435fec, 0x3ff7030cf9403197, 0x3ff7145eac2088a4]
    private static let atanTl: [UInt64] = [0x0000000000000000, 0x3c68ab6e3cf7afbd, 0x3c7a2b7f222f65e2, 0x3c72419a87f2a458, 0x3c81a62633145c07, 0x3c80dae13ad18a6b, 0x3c7007887af0cbbd, 0xbc9bd0dc231bfd70, 0x3c9b1b466a88828e, 0xbc9a66b1af5f84fb, 0x3c96254cb03bb199, 0xbc812c77e8a80f5c, 0xbc4441a3bd3f1084, 0x3c79e4a72eedacc4, 0xbc93b03e8a27f555, 0x3c9934f9f2b0020e, 0xbc996f47948a99f1, 0xbc7df6edd6f1ec3b, 0x3c78c2d0c89de218, 0x3c9f82bba194dd5d, 0xbc831151a43b51ca, 0xbc8487d50bceb1a5, 0xbc9c5f60a65c7397, 0xbc7acb6afb332a0f, 0xbc99b7bd2e1e8c9c, 0xbc9b9839085189e3, 0xbc97d1ab82ffb70b, 0x3c99239ad620ffe2, 0xbc929c86447928e7, 0xbc8957a7170df016, 0xbc7cbe1896221608, 0xbc9fda5797b32a0b]

    /// `__svml_atan8_ha`: |x| = X0 + d with X0 a multiple of 1/4 below 7.875 (else d = −1,
    /// Y = |x|); atan|x| = T[X0] + atan(R), R = d/(1 + X0·|x|) from `vrcp14pd` with two Newton
    /// steps and a low part; the sign of x restored.
    static func atan(_ x: Double) -> Double {
        if x.isNaN { return x }
        let sign = x.bitPattern & 0x8000_0000_0000_0000
        let ax = d(x.bitPattern ^ sign)
        let small = ax < 7.875
        let shifted = ax + d(0x4318000000000000)
        let x0 = shifted - d(0x4318000000000000)
        let diff = small ? ax - (ax * 4).rounded(.toNearestOrEven) / 4 : -1
        let y = small ? fma(x0, ax, 1) : Swift.min(d(0x47f0000000000000), ax)
        let j = Int(shifted.bitPattern & 31)
        let rc0 = Double(sign: .plus, exponent: -y.exponent, significand: rcp14(y.significand))
        let xx0Low = fma(x0, ax, -(y - 1))
        let eps = fma(-y, rc0, 1)
        var rc = fma(eps, rc0, rc0)
        rc = fma(eps * eps, rc, rc)
        let r = rc * diff
        let xx0R = xx0Low * rc
        let eps1 = fma(-rc, y, 1)
        var rLow = fma(r, eps1, fma(rc, diff, -r))
        if small { rLow = fma(-r, xx0R, rLow) }
        let th = small ? d(atanTh[j]) : d(0x3ff921fb54442d18)
        let tl = small ? d(atanTl[j]) : d(0x3c91a62633145c07)
        let r2 = r * r, r4 = r2 * r2, r3 = r * r2
        var p = fma(r2, d(0x3fb2e9b9f5c4fe97), d(0xbfb74257c46790cc))
        let p2 = fma(r2, d(0x3fbc71bfeff916a0), d(0xbfc249248eef04da))
        let low = rLow + tl
        let high = th + r
        p = fma(r4, p, p2)
        let p3 = fma(d(0x3fc999999998741e), r2, d(0xbfd555555555554d))
        let rl2 = r - (high - th)
        p = fma(r4, p, p3)
        p = fma(r3, p, low + rl2)
        return d((p + high).bitPattern ^ sign)
    }

    // MARK: - cosh

    private static let coshTp: [UInt64] = [0x3fe0000000000000, 0x3fe0b5586cf9890f, 0x3fe172b83c7d517b, 0x3fe2387a6e756238, 0x3fe306fe0a31b715, 0x3fe3dea64c123422, 0x3fe4bfdad5362a27, 0x3fe5ab07dd485429, 0x3fe6a09e667f3bcd, 0x3fe7a11473eb0187, 0x3fe8ace5422aa0db, 0x3fe9c49182a3f090, 0x3feae89f995ad3ad, 0x3fec199bdd85529c, 0x3fed5818dcfba487, 0x3feea4afa2a490da]
    private static let coshTlp: [UInt64] = [0x0000000000000000, 0x3c88a62e4adc610b, 0xbc719041b9d78a76, 0x3c89b07eb6c70573, 0x3c76f46ad23182e4, 0x3c7ada0911f09ebc, 0x3c6d4397afec42e2, 0x3c86324c054647ad, 0xbc8bdd3413b26456, 0xbc741577ee04992f, 0x3c86e9f156864b27, 0x3c6c7c46b071f2be, 0x3c87a1cd345dcc81, 0x3c711065895048dd, 0x3c72ed02d75b3707, 0xbc8e9c23179c2893]
    private static let coshTn: [UInt64] = [0x3fe0000000000000, 0x3fdea4afa2a490da, 0x3fdd5818dcfba487, 0x3fdc199bdd85529c, 0x3fdae89f995ad3ad, 0x3fd9c49182a3f090, 0x3fd8ace5422aa0db, 0x3fd7a11473eb0187, 0x3fd6a09e667f3bcd, 0x3fd5ab07dd485429, 0x3fd4bfdad5362a27, 0x3fd3dea64c123422, 0x3fd306fe0a31b715, 0x3fd2387a6e756238, 0x3fd172b83c7d517b, 0x3fd0b5586cf9890f]

    /// `__svml_cosh8_ha`: |x| = (N + j/16) ln 2 + r; with G± = 2^(N−1)·2^(j/16) ± 2^(−N−1)·2^(−j/16)
    /// (exponents added to the tables' bits), cosh = G+ + G+·r²·p(r²) + G−·(r + r³·q(r²)).
    /// |x| > 707.7, infinities and NaN are the rare path's (the C library's values).
    static func cosh(_ x: Double) -> Double {
        let ax = Swift.abs(x)
        if !(ax.bitPattern >> 32 <= 0x4086_1d99) { return Foundation.cosh(x) }
        let m = fma(ax, d(0x3ff71547652b82fe), d(0x42f8000000000000))
        let n = m - d(0x42f8000000000000)
        let j = Int(m.bitPattern & 15)
        var r = fma(-n, d(0x3fe62e42fefa0000), ax)
        r = fma(-n, d(0x3d7cf79abc9e3b3a), r)
        let e = (m.bitPattern << 48) & 0x7ff0_0000_0000_0000
        let r2 = r * r
        let low = d(coshTlp[j] &+ e), hp = d(coshTp[j] &+ e), hn = d(coshTn[j] &- e)
        let gp = hp + hn, gm = hp - hn
        var a = fma(r2, d(0x3f2a018d76da03da), d(0x3f81111111286a0c))
        a = fma(r2, a, d(0x3fc5555555555543))
        var b = fma(r2, d(0x3f56c183da08f116), d(0x3fa5555555484f37))
        let s = fma(r, r2 * a, r)
        b = fma(r2, b, d(0x3fe0000000000004))
        let c = fma(gp, r2 * b, low)
        return (fma(gm, s, c) + hn) + hp
    }

    // MARK: - sinh

    private static let sinhTp: [UInt64] = [0x3fe0000000000000, 0x3fe0b5586cf9890f, 0x3fe172b83c7d517b, 0x3fe2387a6e756238, 0x3fe306fe0a31b715, 0x3fe3dea64c123422, 0x3fe4bfdad5362a27, 0x3fe5ab07dd485429, 0x3fe6a09e667f3bcd, 0x3fe7a11473eb0187, 0x3fe8ace5422aa0db, 0x3fe9c49182a3f090, 0x3feae89f995ad3ad, 0x3fec199bdd85529c, 0x3fed5818dcfba487, 0x3feea4afa2a490da]
    private static let sinhTlp: [UInt64] = [0x0000000000000000, 0x3c88a62e4adc610b, 0xbc719041b9d78a76, 0x3c89b07eb6c70573, 0x3c76f46ad23182e4, 0x3c7ada0911f09ebc, 0x3c6d4397afec42e2, 0x3c86324c054647ad, 0xbc8bdd3413b26456, 0xbc741577ee04992f, 0x3c86e9f156864b27, 0x3c6c7c46b071f2be, 0x3c87a1cd345dcc81, 0x3c711065895048dd, 0x3c72ed02d75b3707, 0xbc8e9c23179c2893]
    private static let sinhTn: [UInt64] = [0x3fe0000000000000, 0x3fdea4afa2a490da, 0x3fdd5818dcfba487, 0x3fdc199bdd85529c, 0x3fdae89f995ad3ad, 0x3fd9c49182a3f090, 0x3fd8ace5422aa0db, 0x3fd7a11473eb0187, 0x3fd6a09e667f3bcd, 0x3fd5ab07dd485429, 0x3fd4bfdad5362a27, 0x3fd3dea64c123422, 0x3fd306fe0a31b715, 0x3fd2387a6e756238, 0x3fd172b83c7d517b, 0x3fd0b5586cf9890f]
    private static let sinhTln: [UInt64] = [0x0000000000000000, 0xbc7e9c23179c2893, 0x3c62ed02d75b3707, 0x3c611065895048dd, 0x3c77a1cd345dcc81, 0x3c5c7c46b071f2be, 0x3c76e9f156864b27, 0xbc641577ee04992f, 0xbc7bdd3413b26456, 0x3c76324c054647ad, 0x3c5d4397afec42e2, 0x3c6ada0911f09ebc, 0x3c66f46ad23182e4, 0x3c79b07eb6c70573, 0xbc619041b9d78a76, 0x3c78a62e4adc610b]

    /// `__svml_sinh8_ha`: as `cosh` with the roles of G+ and G− exchanged and their low parts
    /// carried; the sign of x or-ed in. |x| > 669.8, infinities and NaN are the rare path's.
    static func sinh(_ x: Double) -> Double {
        let sign = x.bitPattern & 0x8000_0000_0000_0000
        let ax = d(x.bitPattern ^ sign)
        if !(ax.bitPattern >> 32 <= 0x4084_ee33) { return Foundation.sinh(x) }
        var m = fma(ax, d(0x3ff71547652b82fe), d(0x42f8000000000000))
        // One step above the shifter counts as the shifter itself (the kernel's special case).
        if m == d(0x42f8000000000001) { m = d(0x42f8000000000000) }
        let j = Int(m.bitPattern & 15)
        let dn = m - d(0x42f8000000000000)
        var r = fma(-dn, d(0x3fe62e42fefa0000), ax)
        r = fma(-dn, d(0x3d7cf79abc9e3b3a), r)
        let e = (m.bitPattern ^ UInt64(j)) << 48
        let r2 = r * r
        let tln = d(sinhTln[j])
        let gph = d(sinhTp[j] &+ e), gn = d(sinhTn[j] &- e), gpl = d(sinhTlp[j] &+ e)
        let gnl = Swift.abs(tln) < d(e) ? 0 : d(sinhTln[j] &- e)
        let g2 = gph - gn, g1 = gph + gn
        let g2Low = (gpl - (gn + (g2 - gph))) - gnl
        var a = fma(r2, d(0x3f2a026d06015ec6), d(0x3f8111110edc6eda))
        a = fma(r2, a, d(0x3fc5555555555ca6))
        var b = fma(r2, d(0x3efa01ac1b806259), d(0x3f56c16c1902580b))
        let sr = fma(r, r2 * a, r)
        b = fma(r2, b, d(0x3fa5555555554b4c))
        b = fma(r2, b, 0.5)
        let c = fma(g2, r2 * b, g2Low)
        let y = fma(g1, sr, c) + g2
        return d(y.bitPattern | sign)
    }

    // MARK: - arcsin, arccos

    /// `vrsqrt14pd` for a positive normal x: the float instruction at x's top 23 fraction bits
    /// (checked on 2·10^6 values of [1, 4)).
    static func rsqrt14(_ x: Double) -> Double {
        let e = x.exponent, even = e & 1 == 0
        let t = UInt32(truncatingIfNeeded: (x.significand.bitPattern >> 29) & 0x7f_ffff)
        let f = Float(sign: .plus, exponent: even ? 0 : 1, significand: Float(bitPattern: 0x3f80_0000 | t))
        let r = Double(NumpySVML.rsqrt14(f))
        return Double(sign: .plus, exponent: -(even ? e : e - 1) / 2, significand: 1) * r
    }

    /// `__svml_asin8_ha`: |x| < 0.5: |x| + |x|·w·p(w) (w = x²); |x| ≥ 0.5: π/2 − 2·asin(√Y),
    /// Y = (1 − |x|)/2, √(2Y) from `vrsqrt14pd` with a cubic correction and low parts.
    static func asin(_ x: Double) -> Double {
        if x.isNaN { return x }
        let sign = x.bitPattern & 0x8000_0000_0000_0000
        let ax = d(x.bitPattern ^ sign)
        if ax > 1 { return .nan }
        let big = ax >= 0.5
        let x2 = ax * ax
        let y = fma(-0.5, ax, 0.5)
        let rs = y < d(0x3000000000000000) ? 0 : rsqrt14(y)
        let w = Swift.min(x2, y)
        let y2 = y + y
        let s0 = rs * y2
        let dd = fma(rs * rs, y2, -2)
        let s0Low = fma(rs, y2, -s0)
        var c = fma(dd, d(0xbf918000993b24c3), d(0x3fa400006f70d42d))
        let ds0 = dd * s0
        c = fma(dd, c, d(0xbfb7fffffffffe97))
        c = fma(dd, c, d(0x3fcfffffffffff9d))
        let corr = fma(ds0, c, -s0Low)
        let w2 = w * w, w4 = w2 * w2
        var p = fma(w, d(0x3fa07520c70eb909), d(0xbf90fb17f7dbb0ed))
        let p2 = fma(w, d(0x3f943f44bfbc3bae), d(0x3f7a583395d45ed5))
        let p3 = fma(w, d(0x3f9f1c72e13ad8be), d(0x3fa6db6db3b445f8))
        var p4 = fma(w, d(0x3f88f8dc2afccad6), d(0x3f8c6dbbcb88bd57))
        let p5 = fma(w, d(0x3f91c6dcf538ad2e), d(0x3f96e89cebdefadd))
        let mult = big ? corr - s0 : ax
        p = fma(w2, p, p2)
        p4 = fma(w2, p4, p5)
        p = fma(w4, p, p4)
        p = fma(w2, p, p3)
        p = fma(w, p, d(0x3fb333333337e0de))
        p = fma(w, p, d(0x3fc555555555529c))
        let q = w * p
        let pi2h = d(0x3ff921fb54442d18)
        let base = pi2h - s0
        let low1 = d(0x3c91a62633145c07) + corr
        let s0h = s0 - (pi2h - base)
        let low = big ? low1 - s0h : 0
        let r = fma(mult, q, low)
        return d(((big ? base : ax) + r).bitPattern ^ sign)
    }

    /// `__svml_acos8_ha`: |x| < 0.5: π/2 − x·(1 + w·p(w)); |x| ≥ 0.5: 2·asin(√Y) (as in `asin`)
    /// plus π for negative x, the π/2 and π constants in high and low parts.
    static func acos(_ x: Double) -> Double {
        if x.isNaN { return x }
        let sign = x.bitPattern & 0x8000_0000_0000_0000
        let nx = d(x.bitPattern | 0x8000_0000_0000_0000)
        if nx < -1 { return .nan }
        let y = fma(nx, 0.5, 0.5)
        let x2 = nx * nx
        let rs = y < d(0x3000000000000000) ? 0 : rsqrt14(y)
        let w = Swift.min(x2, y)
        let y2 = y + y
        let big = w >= y
        let negative = w >= x
        let s0 = rs * y2
        let dd = fma(rs * rs, y2, -2)
        let s0Low = fma(rs, y2, -s0)
        var c = fma(dd, d(0xbf918000993b24c3), d(0x3fa400006f70d42d))
        let ds0 = dd * s0
        c = fma(dd, c, d(0xbfb7fffffffffe97))
        c = fma(dd, c, d(0x3fcfffffffffff9d))
        let corr = big ? fma(ds0, c, -s0Low) : 0
        let w2 = w * w, w4 = w2 * w2
        let p2 = fma(w, d(0x3f943f44bfbc3bae), d(0x3f7a583395d45ed5))
        var p = fma(w, d(0x3fa07520c70eb909), d(0xbf90fb17f7dbb0ed))
        let p3 = fma(w, d(0x3f9f1c72e13ad8be), d(0x3fa6db6db3b445f8))
        var p4 = fma(w, d(0x3f88f8dc2afccad6), d(0x3f8c6dbbcb88bd57))
        p = fma(w2, p, p2)
        let p5 = fma(w, d(0x3f91c6dcf538ad2e), d(0x3f96e89cebdefadd))
        p4 = fma(w2, p4, p5)
        p = fma(w4, p, p4)
        p = fma(w2, p, p3)
        p = fma(w, p, d(0x3fb333333337e0de))
        p = fma(w, p, d(0x3fc555555555529c))
        let q = w * p
        let (hiC, loC): (Double, Double) = big ? (negative ? (d(0x400921fb54442d18), d(0x3ca1a62633145c07)) : (0, 0))
            : (d(0x3ff921fb54442d18), d(0x3c91a62633145c07))
        let lowS = d(loC.bitPattern ^ sign) - corr
        let base = big ? s0 : nx
        let r = fma(base - corr, q, lowS) + base
        return d(r.bitPattern ^ sign) + hiC
    }

    // MARK: - tan

    private static let tanTh: [UInt64] = [0x8000000000000000, 0x3fc975f5e0553158, 0x3fda827999fcef32, 0x3fe561b82ab7f990, 0x3ff0000000000000, 0x3ff7f218e25a7461, 0x4003504f333f9de6, 0x40141bfee2424771, 0xffefffffffffffff, 0xc0141bfee2424771, 0xc003504f333f9de6, 0xbff7f218e25a7461, 0xbff0000000000000, 0xbfe561b82ab7f990, 0xbfda827999fcef32, 0xbfc975f5e0553158]
    private static let tanTl: [UInt64] = [0x8000000000000000, 0x3c2ef5d367441946, 0x3c708b2fb1366ea9, 0x3c87a8c52172b675, 0x0000000000000000, 0x3c9419fa6954928f, 0x3ca21165f626cdd5, 0x3c810706fed37f0e, 0xfca0000000000000, 0xbc810706fed37f0e, 0xbca21165f626cdd5, 0xbc9419fa6954928f, 0x0000000000000000, 0xbc87a8c52172b675, 0xbc708b2fb1366ea9, 0xbc2ef5d367441946]

    /// `__svml_tan8_ha`: x = N·π/16 + R (three-part π/16, R with a low part); tan x =
    /// (Th + P)/(1 − Th·P) with P ≈ tan R, numerator and denominator in high and low parts, the
    /// quotient from `vrcp14pd` and Newton steps. |x| > 65536 takes the assembly's large-argument
    /// reduction, not ported: glibc there.
    static func tan(_ x: Double) -> Double {
        if x.isNaN { return x }
        if !(Swift.abs(x) <= d(0x40f000000e4db24c)) { return Foundation.tan(x) }
        let m = fma(x, d(0x40145f306dc9c883), d(0x4338000000000000))
        let n = m - d(0x4338000000000000)
        let r1 = fma(-n, d(0x3fc921fb54442d18), x)
        let r2 = fma(-n, d(0x3c61a62633000000), r1)
        let r = fma(-n, d(0x3a645c06e0e68948), r2)
        let rl = fma(-d(0x3c61a62633000000), n, r1 - r2) - fma(d(0x3a645c06e0e68948), n, r - r2)
        let j = Int(m.bitPattern & 15)
        let th = d(tanTh[j]), tl = d(tanTl[j])
        let rr = r * r
        var c = fma(rr, d(0x3f825cccc7c9fa5d), d(0x3f9664ab664efba9))
        c = fma(rr, c, d(0x3faba1ba489d25ca))
        c = fma(rr, c, d(0x3fc11111110b0802))
        c = fma(rr, c, d(0x3fd55555555555dc))
        let q = fma(-rr, r * c, -rl)
        let p = r - q
        let pLow = (r - p) - q
        let num = p + th
        let numLow = ((p - (num - th)) + tl) + pLow
        let den = fma(-th, p, 1)
        var denLow = fma(th, p, den - 1)
        denLow = fma(pLow, th, denLow)
        denLow = fma(p, tl, denLow)
        let rc0 = den == 0 || !den.isFinite ? 1 / den
            : Double(sign: den.sign, exponent: -den.exponent, significand: rcp14(den.significand))
        var e = fma(-rc0, den, 1)
        e = fma(rc0, denLow, e)
        let rc = fma(e, rc0, rc0)
        let qt = num * rc
        let err = fma(-qt, denLow, fma(qt, den, -num))
        return fma(-rc, err - numLow, qt)
    }

    // MARK: - arctan2

    /// `__svml_atan28_ha`: |y|/|x| is placed among 0.4375, 0.6875, 1.1875, 2.4375 to pick
    /// atan(c) ∈ {0, atan ½, π/4, atan 1.5, π/2} and R = (|y| − c|x|)/(|x| + c|y|) (reciprocal from
    /// `vrcp14pd` and two Newton steps, with a low part); atan R by an odd polynomial, π added for
    /// negative x, the signs restored. Arguments whose magnitude is below 2^-1020 or from 2^993
    /// take the special branches: zeros as the vector branch does, the rest glibc's atan2.
    static func atan2(_ y: Double, _ x: Double) -> Double {
        let ax = Swift.abs(x), ay = Swift.abs(y)
        let signX = x.bitPattern & 0x8000_0000_0000_0000, signY = y.bitPattern & 0x8000_0000_0000_0000
        let inRange: (Double) -> Bool = { $0.bitPattern >> 32 >= 0x0030_0000 && $0.bitPattern >> 32 < 0x7e00_0000 }
        guard inRange(ax), inRange(ay) else {
            guard (ax == 0 || ay == 0) && !x.isNaN && !y.isNaN else { return Foundation.atan2(y, x) }
            var v = d((ay != 0 && ax == 0 ? d(0x3ff921fb54442d18) : 0).bitPattern | signX)
            if signX != 0 { v = v + d(0x400921fb54442d18) }
            return d(v.bitPattern | signY)
        }
        let k1 = ax * 0.6875 < ay, k5 = ax * 0.4375 < ay, k2 = ax * 1.1875 < ay, k3 = ax * 2.4375 < ay
        var th = k1 ? d(0x3fe921fb54442d18) : d(0x3fddac670561bb4f)
        var tl = k1 ? d(0x3c81a62633145c07) : d(0x3c7a2b7f222f65e2)
        var c: Double = k1 ? 1 : 0.5
        if k2 {
            c = k3 ? 1 : 1.5
            th = k3 ? d(0x3ff921fb54442d18) : d(0x3fef730bd281f69b)
            tl = k3 ? d(0x3c91a62633145c07) : d(0x3c7007887af0cbbd)
        }
        var b = k3 ? 0 : ax
        if k5 { b = fma(ay, c, b) }
        let rc0 = Double(sign: .plus, exponent: -b.exponent, significand: rcp14(b.significand))
        let e = fma(-b, rc0, 1)
        var r0 = fma(e, rc0, rc0)
        let e2 = fma(-b, r0, 1)
        var a = k3 ? 0 : ay
        r0 = fma(e2, r0, r0)
        if k5 { a = fma(-ax, c, a) }
        let r = a * r0
        let r2 = r * r
        let res = fma(-r, b, a)
        let r4 = r2 * r2
        var low = r0 * res
        if k5 { low = low + tl }
        var p = fma(r4, d(0x3f8be4fbe6733718), d(0x3fa6ad5558fe19c9))
        var q = fma(r4, d(0xbfa04cd71f92185e), d(0xbfaa9e755ca13d23))
        p = fma(r4, p, d(0x3fae12f1edf7c393))
        q = fma(r4, q, d(0xbfb1108d326c68ed))
        p = fma(r4, p, d(0x3fb3b132b731e73a))
        q = fma(r4, q, d(0xbfb745d119677a4f))
        p = fma(r4, p, d(0x3fbc71c719f99f96))
        q = fma(r4, q, d(0xbfc2492492441a21))
        p = fma(r4, p, d(0x3fc9999999998f43))
        q = fma(r4, q, d(0xbfd5555555555552))
        p = fma(r2, p, q)
        let pr = r2 * p
        if x < 0 { low = low + d(d(0x3ca1a64000000000).bitPattern ^ signX) }
        var v = r + fma(r, pr, low)
        if k5 { v = v + th }
        v = d(v.bitPattern ^ signX)
        if x < 0 { v = v + d(0x400921fb54442d18) }
        return d(v.bitPattern | signY)
    }
}
