import Foundation

/// Intel SVML's AVX-512 float32 kernels as numpy 2 calls them on x86-64 with AVX-512
/// (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src → `__svml_<f>f16`, the "la" variants in
/// numpy's SVML submodule, linux/avx512/svml_z0_<f>_s_la.s), one lane at a time. Each function
/// follows the assembly's main path instruction for instruction (every `fma` is one vfmadd, every
/// table a vpermps/vpermt2ps lookup, the constants the data section's words); lanes the assembly
/// sends to its scalar "rare" path (overflow, zeros, infinities, negative logs) take the C
/// library's result there, which is what that path computes for them.
enum NumpySVML {
    @inline(__always) static func fma(_ a: Float, _ b: Float, _ c: Float) -> Float { c.addingProduct(a, b) }
    @inline(__always) static func f(_ bits: UInt32) -> Float { Float(bitPattern: bits) }

    /// `vgetexpps`: floor(log2|x|) as a float, subnormals normalised.
    static func getexp(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x == 0 { return -.infinity }
        if x.isInfinite { return .infinity }
        return Float(x.exponent)
    }

    /// `vscalefps`: a · 2^floor(b) with one rounding.
    static func scalef(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        let k = b.isInfinite ? (b > 0 ? 400 : -400) : Int(Swift.max(Swift.min(b.rounded(.down), 400), -400))
        return Float(Foundation.scalbn(Double(a), k))
    }

    // MARK: - log10, log2

    /// `vgetmantps $11`: the significand in [0.75, 1.5) (the exponent moved into `getexp`).
    private static func mantissa075(_ x: Float) -> (m: Float, e: Float) {
        let s = x.significand   // [1, 2), subnormals normalised
        return s >= 1.5 ? (s / 2, Float(x.exponent) + 1) : (s, Float(x.exponent))
    }

    private static let log10C0: [UInt32] = [0xbdc9ae9b, 0xbda6fcf4, 0xbd8bac76, 0xbd6bca30, 0xbd48a99b, 0xbd2c0a9f, 0xbd1480db, 0xbd00faf2, 0xbe823aa9, 0xbe656348, 0xbe4afbb9, 0xbe346895, 0xbe20ffff, 0xbe103a0b, 0xbe01a91c, 0xbde9e84e]
    private static let log10C1: [UInt32] = [0x3e13d888, 0x3e10a87c, 0x3e0b95c3, 0x3e057f0b, 0x3dfde038, 0x3df080d9, 0x3de34c1e, 0x3dd68333, 0x3dac6e8e, 0x3dd54a51, 0x3df30f40, 0x3e04235d, 0x3e0b7033, 0x3e102c90, 0x3e12ebad, 0x3e141ff8]
    private static let log10C2: [UInt32] = [0xbe5e5a9b, 0xbe5e2677, 0xbe5d83f5, 0xbe5c6016, 0xbe5abd0b, 0xbe58a6fd, 0xbe562e02, 0xbe5362f8, 0xbe68e27c, 0xbe646747, 0xbe619a73, 0xbe5ff05a, 0xbe5f0570, 0xbe5e92d0, 0xbe5e662b, 0xbe5e5c08]
    private static let log10C3: [UInt32] = [0x3ede5bd8, 0x3ede5b45, 0x3ede57d8, 0x3ede4eb1, 0x3ede3d37, 0x3ede2166, 0x3eddf9d9, 0x3eddc5bb, 0x3ede08ed, 0x3ede32e7, 0x3ede4967, 0x3ede5490, 0x3ede597f, 0x3ede5b50, 0x3ede5bca, 0x3ede5bd9]

    /// `__svml_log10f16`: log10(m) by a cubic on one of 16 intervals of m − 1, plus e · log10(2).
    static func log10(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x == 0 { return -.infinity }
        if x < 0 { return .nan }
        if x == .infinity { return x }
        let (m, e) = mantissa075(x)
        let i = Int((m.bitPattern >> 19) & 15)
        let r = m - 1
        var p = fma(r, f(log10C0[i]), f(log10C1[i]))
        p = fma(r, p, f(log10C2[i]))
        p = fma(r, p, f(log10C3[i]))
        return fma(r, p, e * f(0x3e9a209b))
    }

    private static let log2C0: [UInt32] = [0xbea77e4a, 0xbe8aae3d, 0xbe67fe32, 0xbe43d1b6, 0xbe26a589, 0xbe0ee09b, 0xbdf6a8a1, 0xbdd63b49, 0xbf584e51, 0xbf3e80a1, 0xbf2892f0, 0xbf15d377, 0xbf05b525, 0xbeef8e30, 0xbed75c8f, 0xbec24184]
    private static let log2C1: [UInt32] = [0x3ef5910c, 0x3ef045a1, 0x3ee7d87e, 0x3eddbb84, 0x3ed2d6df, 0x3ec7bbd2, 0x3ebcc42f, 0x3eb22616, 0x3e8f3399, 0x3eb1223e, 0x3ec9db4a, 0x3edb7a09, 0x3ee79a1a, 0x3eef77cb, 0x3ef407a4, 0x3ef607b4]
    private static let log2C2: [UInt32] = [0xbf38a934, 0xbf387de6, 0xbf37f6f0, 0xbf37048b, 0xbf35a88a, 0xbf33ed04, 0xbf31df56, 0xbf2f8d82, 0xbf416814, 0xbf3daf58, 0xbf3b5c08, 0xbf39fa2a, 0xbf393713, 0xbf38d7e1, 0xbf38b2cd, 0xbf38aa62]
    private static let log2C3: [UInt32] = [0x3fb8aa3b, 0x3fb8a9c0, 0x3fb8a6e8, 0x3fb89f4e, 0x3fb890cb, 0x3fb879b1, 0x3fb858d8, 0x3fb82d90, 0x3fb8655e, 0x3fb8883a, 0x3fb89aea, 0x3fb8a42f, 0x3fb8a848, 0x3fb8a9c9, 0x3fb8aa2f, 0x3fb8aa3b]

    /// `__svml_log2f16`: as `log10` with log2 coefficients and e added as it is.
    static func log2(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x == 0 { return -.infinity }
        if x < 0 { return .nan }
        if x == .infinity { return x }
        let (m, e) = mantissa075(x)
        let i = Int((m.bitPattern >> 19) & 15)
        let r = m - 1
        var p = fma(r, f(log2C0[i]), f(log2C1[i]))
        p = fma(r, p, f(log2C2[i]))
        p = fma(r, p, f(log2C3[i]))
        return fma(r, p, e)
    }

    // MARK: - expm1

    /// 2^(j/32) for j in 0..<32, high and low parts.
    static let exp2Th: [UInt32] = [0x3f800000, 0x3f82cd87, 0x3f85aac3, 0x3f88980f, 0x3f8b95c2, 0x3f8ea43a, 0x3f91c3d3, 0x3f94f4f0, 0x3f9837f0, 0x3f9b8d3a, 0x3f9ef532, 0x3fa27043, 0x3fa5fed7, 0x3fa9a15b, 0x3fad583f, 0x3fb123f6, 0x3fb504f3, 0x3fb8fbaf, 0x3fbd08a4, 0x3fc12c4d, 0x3fc5672a, 0x3fc9b9be, 0x3fce248c, 0x3fd2a81e, 0x3fd744fd, 0x3fdbfbb8, 0x3fe0ccdf, 0x3fe5b907, 0x3feac0c7, 0x3fefe4ba, 0x3ff5257d, 0x3ffa83b3]
    static let exp2Tl: [UInt32] = [0x00000000, 0xb34a3a0a, 0x3346cb6a, 0xb36ed17e, 0xb24e0611, 0xb3517dd9, 0x334b2482, 0xb31586de, 0x33092801, 0xb2e6f467, 0x331b85f2, 0x3099b6f1, 0xb3051aa8, 0xb2e2a0da, 0xb2006c56, 0xb3365942, 0x329302ae, 0x32c595dc, 0xb302e5a2, 0xb28e10a1, 0x31b3d0e5, 0xb31a472b, 0x31d1daf2, 0xb305bf64, 0xb27ce182, 0xb2f26443, 0xb1b4b0da, 0xb1da8a8f, 0xb1d290be, 0xb2d5b899, 0x31b0a147, 0xb2156afc]

    /// `__svml_expm1f16`: x = (k + j/32) ln 2 + R; (2^k·Th − 1) + 2^k·Th·(Tl + R + R²·(c2 + c3·R)),
    /// the sign of x or-ed in.
    static func expm1(_ x: Float) -> Float {
        if x >= f(0x42ad496b) { return expm1Rare(x) }
        let shifted = fma(x, f(0x3fb8aa3b), f(0x48c00000))
        let z0 = shifted - f(0x48c00000)
        let j = Int(shifted.bitPattern & 31)
        var r = fma(-z0, f(0x3f317218), x)
        let th = scalef(f(exp2Th[j]), z0)
        r = fma(-f(0xb102e308), z0, r)
        r = f(r.bitPattern & 0xbfff_ffff)
        let thm1 = th - 1
        let r2 = r * r
        var p = fma(f(0x3e2aabf3), r, f(0x3f0000f6))
        p = fma(r2, p, f(exp2Tl[j]))
        let s = r + p
        let y = fma(s, th, thm1)
        return f(y.bitPattern | (x.bitPattern & 0x8000_0000))
    }

    /// `__svml_sexpm1_cout_rare_internal` for x ≥ 86.64: exp(x) by a scalar polynomial of its own
    /// (separate multiplies and adds), the exponent added to the result's bits.
    private static func expm1Rare(_ x: Float) -> Float {
        if x > f(0x42b17217) { return .infinity }
        let s = x * f(0x3fb8aa3b) + f(0x4b400000)
        let n = s - f(0x4b400000)
        var r = x - n * f(0x3f317200)
        r = r - n * f(0x35bfbe8e)
        var p = f(0x3c0950ef) * r + f(0x3d2bb1b6)
        p = p * r + f(0x3e2aa9c6)
        p = p * r + f(0x3efffe85)
        p = p * r + f(0x3f800001)
        p = p * r
        let y = f(0x3f800001) + p
        return f(y.bitPattern &+ (s.bitPattern << 23))
    }

    // MARK: - sinh, cosh

    /// `__svml_sinhf16`: |x| = N ln 2 + r; 2^(N−1) ± 2^(−N−1) times polynomials for sinh r and
    /// cosh r − 1, the sign of x or-ed in. |x| > 87.34 (overflow) is the rare path's.
    static func sinh(_ x: Float) -> Float {
        let sign = x.bitPattern & 0x8000_0000
        let ax = f(x.bitPattern ^ sign)
        if !(ax.bitPattern <= 0x42ae_ac4e) { return Float(Foundation.sinh(Double(x))) }
        let m = fma(ax, f(0x3fb8aa3b), f(0x4b400000))
        let e = m.bitPattern << 23
        let n = m - f(0x4b400000)
        let gp = f(f(0x3f000000).bitPattern &+ e), gn = f(f(0x3f000000).bitPattern &- e)
        let g1 = gp + gn
        var r = fma(-n, f(0x3f317000), ax)
        let g2 = gp - gn
        r = fma(-n, f(0x3805fdf4), r)
        let r2 = r * r
        var sr = fma(f(0x3c091461), r2, f(0x3e2aaa57))
        sr = r2 * sr
        sr = fma(r, sr, r)
        var c = fma(f(0x3ab6a8a3), r2, f(0x3d2aaa72))
        c = fma(r2, c, f(0x3f000000))
        c = r2 * c
        c = c * g2
        let y = fma(sr, g1, c) + g2
        return f(y.bitPattern | sign)
    }

    private static let coshThPos: [UInt32] = [0x3f000000, 0x3f02cd87, 0x3f05aac3, 0x3f08980f, 0x3f0b95c2, 0x3f0ea43a, 0x3f11c3d3, 0x3f14f4f0, 0x3f1837f0, 0x3f1b8d3a, 0x3f1ef532, 0x3f227043, 0x3f25fed7, 0x3f29a15b, 0x3f2d583f, 0x3f3123f6, 0x3f3504f3, 0x3f38fbaf, 0x3f3d08a4, 0x3f412c4d, 0x3f45672a, 0x3f49b9be, 0x3f4e248c, 0x3f52a81e, 0x3f5744fd, 0x3f5bfbb8, 0x3f60ccdf, 0x3f65b907, 0x3f6ac0c7, 0x3f6fe4ba, 0x3f75257d, 0x3f7a83b3]
    private static let coshThNeg: [UInt32] = [0x3f000000, 0x3efa83b3, 0x3ef5257d, 0x3eefe4ba, 0x3eeac0c7, 0x3ee5b907, 0x3ee0ccdf, 0x3edbfbb8, 0x3ed744fd, 0x3ed2a81e, 0x3ece248c, 0x3ec9b9be, 0x3ec5672a, 0x3ec12c4d, 0x3ebd08a4, 0x3eb8fbaf, 0x3eb504f3, 0x3eb123f6, 0x3ead583f, 0x3ea9a15b, 0x3ea5fed7, 0x3ea27043, 0x3e9ef532, 0x3e9b8d3a, 0x3e9837f0, 0x3e94f4f0, 0x3e91c3d3, 0x3e8ea43a, 0x3e8b95c2, 0x3e88980f, 0x3e85aac3, 0x3e82cd87]

    /// `__svml_coshf16`: |x| = (N + j/32) ln 2 + r; 2^N·Th ± 2^(−N)·Th⁻ times polynomials in r.
    /// |x| ≥ 87.34 (overflow), infinities and NaN are the rare path's.
    static func cosh(_ x: Float) -> Float {
        let ax = f(x.bitPattern & 0x7fff_ffff)
        if !(ax.bitPattern < 0x42ae_ac4e) { return Float(Foundation.cosh(Double(x))) }
        let m = fma(ax, f(0x3fb8aa3b), f(0x48c00000))
        let e = (m.bitPattern << 18) & 0x7f80_0000
        let n = m - f(0x48c00000)
        let j = Int(m.bitPattern & 31)
        var r = fma(-n, f(0x3f317000), ax)
        r = fma(-n, f(0x3805fdf4), r)
        let r2 = r * r
        let a3 = r2 * f(0x3e2aaacd)
        let sr = fma(r, a3, r)
        let out = r2 * f(0x3f00010f)
        let gp = f(coshThPos[j] &+ e), gn = f(coshThNeg[j] &- e)
        let g2 = gp + gn, g1 = gp - gn
        return fma(sr, g1, fma(out, g2, g2))
    }

    // MARK: - vrcp14ps

    /// `vrcp14ps`'s result for a significand in (1, 2): it depends on the top 16 fraction bits only,
    /// linearly on 64 intervals of them: fraction bits = (A − B·j) >> 9 with j the low 10 of the 16.
    /// (Fitted to, and checked against, the instruction on all 2^23 significands on this machine.)
    private static let rcp14A: [UInt32] = [33552640, 32519680, 31519232, 30547968, 29604608, 28690176, 27800320, 26936832, 26096128, 25279488, 24483840, 23710208, 22957056, 22223616, 21508352, 20810752, 20131584, 19468544, 18822656, 18191104, 17575168, 16973568, 16386560, 15811840, 15250944, 14702592, 14167296, 13642240, 13129472, 12627200, 12135936, 11654912, 11184640, 10723072, 10271744, 9828352, 9394688, 8969472, 8552448, 8143616, 7743488, 7349504, 6963456, 6585088, 6213888, 5848320, 5490176, 5138432, 4793088, 4453632, 4120064, 3793408, 3470848, 3154176, 2843648, 2537216, 2236928, 1941248, 1649920, 1364736, 1083648, 806656, 533760, 264960]
    private static let rcp14B: [UInt32] = [1009, 977, 949, 921, 893, 869, 843, 821, 797, 777, 755, 735, 717, 699, 681, 663, 647, 631, 617, 601, 587, 573, 561, 547, 535, 523, 513, 501, 491, 479, 469, 459, 451, 441, 433, 423, 415, 407, 399, 391, 385, 377, 369, 363, 357, 349, 343, 337, 331, 325, 319, 315, 309, 303, 299, 293, 289, 285, 279, 275, 271, 267, 263, 259]

    /// `vrcp14ps` (relative error below 2^-14), for finite nonzero x whose reciprocal is normal.
    static func rcp14(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x == 0 { return Float(sign: x.sign, exponent: 0, significand: .infinity) }
        if x.isInfinite { return Float(sign: x.sign, exponent: 0, significand: 0) }
        let s = x.significand
        let base = s == 1 ? 1 : rcp14Significand((s.bitPattern & 0x7f_ffff) >> 7)
        return Float(sign: x.sign, exponent: -x.exponent, significand: base)
    }

    /// `vrcp14`'s value in (0.5, 1) for a significand in (1, 2) whose top 16 fraction bits are `t`.
    static func rcp14Significand(_ t: UInt32) -> Float {
        let i = Int(t >> 10), j = t & 1023
        return f(0x3f00_0000 | ((rcp14A[i] &- rcp14B[i] &* j) >> 9) << 7)
    }

    // MARK: - arctan

    private static let atanT: [UInt32] = [0x00000000, 0x3e7adbb0, 0x3eed6338, 0x3f24bc7d, 0x3f490fdb, 0x3f6563e3, 0x3f7b985f, 0x3f869c79, 0x3f8db70d, 0x3f93877b, 0x3f985b6c, 0x3f9c6b53, 0x3f9fe0bb, 0x3fa2daa4, 0x3fa57088, 0x3fa7b46f, 0x3fa9b465, 0x3fab7b7a, 0x3fad1283, 0x3fae809e, 0x3fafcb99, 0x3fb0f836, 0x3fb20a6a, 0x3fb30581, 0x3fb3ec43, 0x3fb4c10a, 0x3fb585d7, 0x3fb63c64, 0x3fb6e62c, 0x3fb78478, 0x3fb81868, 0x3fb8a2f5]

    /// `__svml_atanf16`: |x| = X0 + d with X0 a multiple of 1/4 (or |x| ≥ 7.75: d = −1, Y = |x|);
    /// atan|x| = T[X0] + atan(R) with R = d / (1 + X0·|x|) from `vrcp14ps` and one Newton step.
    static func atan(_ x: Float) -> Float {
        if x.isNaN { return x }
        let sign = x.bitPattern & 0x8000_0000
        let ax = f(x.bitPattern ^ sign)
        let large = ax >= 7.75
        let x0 = (ax * 4).rounded(.toNearestOrEven) / 4
        let d = ax - x0
        let j = Int((ax + 0x1p21).bitPattern & 31)
        var y = fma(ax, x0, 1)
        let diff = large ? -1 : d
        if large { y = Swift.min(0x1p32, ax) }
        let t = large ? f(0x3fc90fdb) : f(atanT[j])
        let r: Float
        if diff == 0 {
            r = diff
        } else {
            let md = diff.significand * (diff < 0 ? -1 : 1), my = y.significand
            let e = Float(diff.exponent - y.exponent)
            let rc = rcp14(my)
            let q = md * rc
            let q1 = fma(rc, fma(-q, my, md), q)
            r = scalef(q1, e)
        }
        let r2 = r * r
        let r3 = r * r2
        var p = fma(r2, f(0xbe0fa8de), f(0x3e4cc8e2))
        p = fma(p, r2, f(0xbeaaaaaa))
        p = fma(r3, p, r)
        return f((t + p).bitPattern ^ sign)
    }

    // MARK: - log1p

    /// `__svml_log1pf16`: 1 + x as a sum hi + lo, hi = 2^n · m with m in [2/3, 4/3);
    /// n ln 2 + log1p(m − 1 + lo·2^−n) by a degree-9 polynomial, the sign of x or-ed in.
    /// Sums that are not positive normal numbers below 2^127 are the rare path's.
    static func log1p(_ x: Float) -> Float {
        if x.isNaN { return x }
        let hi = Swift.max(1, x), lo = Swift.min(1, x)
        let s = hi + lo
        guard s.isNormal, s > 0, s.bitPattern < 0x7f00_0000 else { return Float(Foundation.log1p(Double(x))) }
        let k = Int32(bitPattern: s.bitPattern &- 0x3f2a_aaab)
        let n = k >> 23
        let low = (hi - s) + lo
        let scale = f(0x3f80_0000 &- UInt32(bitPattern: n << 23))
        let m = f((UInt32(bitPattern: k) & 0x007f_ffff) &+ 0x3f2a_aaab)
        let r = (m - 1) + low * scale
        var p = fma(r, f(0x3e0d84ed), f(0xbe1ad9e3))
        p = fma(r, p, f(0x3e0fcb12))
        p = fma(r, p, f(0xbe28ad37))
        p = fma(r, p, f(0x3e4ce190))
        p = fma(r, p, f(0xbe80058e))
        p = fma(r, p, f(0x3eaaaa94))
        p = fma(r, p, -0.5)
        let q = fma(r, r * p, r)
        let y = fma(f(0x3f317218), Float(n), q)
        return f(y.bitPattern | (x.bitPattern & 0x8000_0000))
    }

    // MARK: - tan

    private static let tanTh: [UInt32] = [0x80000000, 0x3dc9b5dc, 0x3e4bafaf, 0x3e9b5042, 0x3ed413cd, 0x3f08d5b9, 0x3f2b0dc1, 0x3f521801, 0x3f800000, 0x3f9bf7ec, 0x3fbf90c7, 0x3fef789e, 0x401a827a, 0x4052facf, 0x40a0dff7, 0x41227363, 0xff7fffff, 0xc1227363, 0xc0a0dff7, 0xc052facf, 0xc01a827a, 0xbfef789e, 0xbfbf90c7, 0xbf9bf7ec, 0xbf800000, 0xbf521801, 0xbf2b0dc1, 0xbf08d5b9, 0xbed413cd, 0xbe9b5042, 0xbe4bafaf, 0xbdc9b5dc]

    /// `__svml_tanf16`: x = N·π/32 + R (three-part π/32); tan x = (Th + P)/(1 − Th·P) with
    /// P ≈ tan R, the quotient from `vrcp14ps` and one Newton step on a two-part numerator and
    /// denominator. |x| > 8256 takes the assembly's Payne-Hanek path, not ported: libm there.
    static func tan(_ x: Float) -> Float {
        if x.isNaN { return x }
        if !(Swift.abs(x) <= 8256) { return Foundation.tan(x) }
        let shifted = fma(x, f(0x4122f983), f(0x4b400000))
        let n = shifted - f(0x4b400000)
        var r = fma(-n, f(0x3dc90fda), x)
        r = fma(-n, f(0x31a22168), r)
        r = fma(-f(0x25c234c5), n, r)
        let th = f(tanTh[Int(shifted.bitPattern & 31)])
        let r2 = r * r
        let c = fma(r2, f(0x3e08b888), f(0x3eaaaaa6))
        let p = fma(r2, r * c, r)
        let thp = th * p
        let num = p + th
        let den = 1 - thp
        let numLow = p - (num - th)
        let rc = rcp14(den)
        let denLow = (den - 1) + thp
        let q = num * rc
        let e = fma(-q, denLow, fma(q, den, -num))
        return fma(-rc, e - numLow, q)
    }

    // MARK: - power

    /// The float nearest `hi + lo` in the direction `rule` (`.towardZero` or `.down`): the
    /// directed-rounding (`{rz-sae}`, `{rd-sae}`) results of numpy's SVML pow from exact sums.
    static func rounded(_ hi: Double, _ lo: Double = 0, _ rule: FloatingPointRoundingRule) -> Float {
        var f = Float(hi)
        guard f.isFinite else { return f }
        let diff = (hi - Double(f)) + lo   // exact value − f
        switch rule {
        case .down: if diff < 0 { f = f.nextDown }
        default:
            if f > 0 && diff < 0 { f = f.nextDown }
            if f < 0 && diff > 0 { f = f.nextUp }
        }
        return f
    }

    private static func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b, bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    /// a·b + c exactly, as a double and its error.
    private static func exactFma(_ a: Float, _ b: Float, _ c: Float) -> (Double, Double) {
        let p = Double(a) * Double(b)   // exact: 48 bits
        let s = p + Double(c), bb = s - p
        return (s, (p - (s - bb)) + (Double(c) - bb))
    }

    private static let powTh: [UInt32] = [0x00000000, 0xbd35d000, 0xbdb32000, 0xbe046400, 0xbe2e0000, 0xbe567c00, 0xbe7de000, 0xbe922000, 0xbea4d400, 0xbeb71200, 0xbec8de00, 0xbeda4000, 0xbeeb3a00, 0xbefbd400, 0xbf060800, 0xbf0dfa00, 0x3ed48000, 0x3ec54400, 0x3eb65800, 0x3ea7b800, 0x3e996000, 0x3e8b4e00, 0x3e7b0000, 0x3e5fe400, 0x3e454400, 0x3e2b2000, 0x3e116c00, 0x3df05800, 0x3dbeb000, 0x3d8dd800, 0x3d3ba000, 0x3cba2000]
    private static let powTl: [UInt32] = [0x00000000, 0xb6d3758f, 0x3510536f, 0x369dcc96, 0xb651cfdf, 0x3687492c, 0xb635c813, 0xb5f561c1, 0x35f6865d, 0x36f19318, 0x35aedc1d, 0x36a0463c, 0xb69f0197, 0xb5ad1961, 0xb6201ac7, 0x36ee16a3, 0xb5d1cfdf, 0x36c055fe, 0x3676865d, 0xb589a627, 0xb48e4789, 0x33a6c7e3, 0xb69d5be7, 0xb642c000, 0x364055fe, 0xb68f5801, 0x36b70aad, 0x35d74798, 0x3492d9f7, 0x364a9801, 0xb6566c4d, 0xb48bcf06]
    private static let powE: [UInt32] = [0x3f800000, 0x3f85aac3, 0x3f8b95c2, 0x3f91c3d3, 0x3f9837f0, 0x3f9ef532, 0x3fa5fed7, 0x3fad583f, 0x3fb504f3, 0x3fbd08a4, 0x3fc5672a, 0x3fce248c, 0x3fd744fd, 0x3fe0ccdf, 0x3feac0c7, 0x3ff5257d]

    /// `__svml_powf16`: log2 x = Expon + Th + R·poly with R = m·rcp14(m) − 1 (rcp rounded to 1/32),
    /// carried in high and low parts; Z = y·log2 x with round-toward-zero products; then
    /// 2^Z = 2^floor(Z) · E[j/16] · (1 + r·poly). x ≤ 0, infinities, NaN, y infinite or NaN and
    /// |Z| > 125.5 (overflow, underflow) are the rare path's: the C library's powf there.
    static func pow(_ x: Float, _ y: Float) -> Float {
        if !(x > 0) || !x.isFinite || !y.isFinite { return Foundation.powf(x, y) }
        let m = x.significand / 2
        var expon = Float(x.exponent)
        let rcp = (rcp14(m) * 32).rounded(.toNearestOrEven) / 32
        let r = fma(rcp, m, -1)
        let idx = Int((rcp.bitPattern >> 18) & 31)
        if rcp < 1.5 { expon = expon + 1 }
        var q = fma(r, f(0x3e93c705), f(0xbeb8b3ed))
        q = fma(r, q, f(0x3ef6384f))
        q = fma(r, q, f(0xbf38aa3b))
        let polyLow = fma(r, q, f(0x32a570cc))
        let th = f(powTh[idx]) + expon
        let high1 = fma(r, f(0x3fb8aa3b), th)
        let tl = fma(r, polyLow, f(powTl[idx]))
        let rc1hHigh = high1 - th
        let high = high1 + tl
        let rc1hLow = fma(f(0x3fb8aa3b), r, -rc1hHigh)
        let yHigh = rounded(Double(y) * Double(high), 0, .towardZero)
        let tlh = high - high1
        let (e1, e2) = exactFma(y, high, -yHigh)
        let yHighLow = rounded(e1, e2, .towardZero)
        let tll = (tl - tlh) + rc1hLow
        let (z1, z2) = exactFma(y, tll, yHighLow)
        let zl = rounded(z1, z2, .towardZero)
        let (zs, ze) = twoSum(Double(yHigh), Double(zl))
        let z = rounded(zs, ze, .towardZero)
        if !(Swift.abs(z) <= 125.5) { return Foundation.powf(x, y) }
        let zHighPart = z - yHigh
        let (ss, se) = twoSum(Double(z), Double(f(0x494007f0)))
        let shifted = rounded(ss, se, .down)
        // vreduceps rounds its (inexact) difference in its own direction, down.
        let frac = rounded(Double(z) - Double((z * 16).rounded(.down) / 16), 0, .down)
        let zlow = zl - zHighPart
        let e = f(powE[Int(shifted.bitPattern & 15)])
        let rr = f((frac + zlow).bitPattern & 0xbfff_ffff)
        let scale = f((shifted.bitPattern << 19) & 0x7f80_0000)
        var p = fma(rr, f(0x3d6854cb), f(0x3e75f16c))
        p = fma(rr, p, f(0x3f317222))
        p = fma(rr * e, p, e)
        return scale * p
    }

    // MARK: - vrsqrt14ps

    /// `vrsqrt14ps`'s result for x = m·2^e: it depends on e's parity and the top 15 fraction bits
    /// of m, linearly on 64 intervals of them per parity: fraction bits = (A − B·j) >> 9 with j
    /// the low 9 of the 15. (Fitted to, and checked against, the instruction on all of [1, 4).)
    private static let rsqrt14A: [[UInt32]] = [[33551488, 33038976, 32526464, 32037504, 31548032, 31079552, 30611712, 30162688, 29714176, 29283584, 28853120, 28439936, 28026496, 27629696, 27232384, 26849920, 26467584, 26099456, 25731200, 25376384, 25021312, 24678784, 24336896, 24005632, 23675136, 23355136, 23035136, 22726400, 22417280, 22117760, 21818752, 21528448, 21238656, 20957568, 20676992, 20404096, 20131712, 19867008, 19602432, 19345920, 19089024, 18839680, 18590080, 18347904, 18105344, 17869312, 17633664, 17403776, 17174400, 16950656, 16727424, 16509824, 16292608, 16080128, 15867648, 15661312, 15454080, 15252864, 15051520, 14854400, 14657408, 14465408, 14273792, 14085888],
                                               [13896320, 13534336, 13171840, 12826240, 12480000, 12148736, 11817472, 11500544, 11183616, 10878976, 10574720, 10282368, 9990272, 9709184, 9428096, 9158272, 8887936, 8627328, 8367488, 8116096, 7864960, 7622784, 7380608, 7146624, 6912640, 6686848, 6460672, 6242048, 6023296, 5811840, 5600640, 5395328, 5190528, 4991360, 4792704, 4599680, 4407168, 4220288, 4033664, 3851904, 3670400, 3493760, 3317504, 3145984, 2974208, 2807808, 2640896, 2478592, 2316544, 2158336, 2000512, 1846400, 1692544, 1542528, 1392384, 1246464, 1100416, 957568, 814720, 675968, 536576, 400896, 264960, 132352]]
    private static let rsqrt14B: [[UInt32]] = [[1001, 1001, 955, 955, 915, 915, 877, 877, 841, 841, 807, 807, 775, 775, 747, 747, 719, 719, 693, 693, 669, 669, 647, 647, 625, 625, 603, 603, 585, 585, 567, 567, 549, 549, 533, 533, 517, 517, 501, 501, 487, 487, 473, 473, 461, 461, 449, 449, 437, 437, 425, 425, 415, 415, 403, 403, 393, 393, 385, 385, 375, 375, 367, 367],
                                               [707, 707, 675, 675, 647, 647, 619, 619, 595, 595, 571, 571, 549, 549, 527, 527, 509, 509, 491, 491, 473, 473, 457, 457, 441, 441, 427, 427, 413, 413, 401, 401, 389, 389, 377, 377, 365, 365, 355, 355, 345, 345, 335, 335, 325, 325, 317, 317, 309, 309, 301, 301, 293, 293, 285, 285, 279, 279, 271, 271, 265, 265, 259, 259]]

    /// `vrsqrt14ps` for a positive normal x.
    static func rsqrt14(_ x: Float) -> Float {
        let s = x.significand, e = x.exponent
        if s == 1 && e % 2 == 0 { return Float(sign: .plus, exponent: -e / 2, significand: 1) }
        let odd = e & 1 == 1
        let t = (s.bitPattern & 0x7f_ffff) >> 8
        let i = Int(t >> 9), j = t & 511, h = odd ? 1 : 0
        let base = f(0x3f00_0000 | ((rsqrt14A[h][i] &- rsqrt14B[h][i] &* j) >> 9) << 7)
        // x = m·2^e with e even, or (2m)·2^(e−1): the result is base · 2^(−e/2), e even.
        let half = odd ? (e - 1) / 2 : e / 2
        return Float(sign: .plus, exponent: -half, significand: base)
    }

    // MARK: - arcsin, arccos

    /// `__svml_asinf16`: |x| < 0.5: |x| + |x|·x²·p(x²); |x| ≥ 0.5: π/2 − 2·asin(√Y) with
    /// Y = (1 − |x|)/2, √(2Y) from `vrsqrt14ps` and a correction; the sign of x restored.
    static func asin(_ x: Float) -> Float {
        if x.isNaN { return x }
        let sign = x.bitPattern & 0x8000_0000
        let ax = f(x.bitPattern & 0x7fff_ffff)
        if ax > 1 { return .nan }
        let x2 = ax * ax
        let big = ax >= 0.5
        let y = fma(-0.5, ax, 0.5)
        let rs = y < f(0x2f800000) ? 0 : rsqrt14(y)
        let w = Swift.min(x2, y)
        let y2 = y + y
        let rs2 = rs * rs
        let sq0 = rs * y2
        let d = fma(rs2, y2, -2)
        let sqd = sq0 * d
        var c = fma(d, f(0xbdc00004), f(0x3e800001))
        c = fma(sqd, c, -sq0)
        let base = big ? c : ax
        let p5 = fma(w, f(0x3d3a9ab4), f(0x3d997c12))
        var p = fma(w, f(0x3d2edc07), f(0x3cc32a6b))
        p = fma(w * w, p, p5)
        p = fma(w, p, f(0x3e2aaaff))
        var r = fma(base, w * p, base)
        if big { r = r + f(0x3fc90fdb) }
        return f(r.bitPattern ^ sign)
    }

    /// `__svml_acosf16`: |x| < 0.5: π/2 − x(1 + x²·p(x²)); |x| ≥ 0.5: 2·asin(√Y) with
    /// Y = (1 − |x|)/2 (from `vrsqrt14ps` as in `asin`), plus π for negative x.
    static func acos(_ x: Float) -> Float {
        if x.isNaN { return x }
        let sign = x.bitPattern & 0x8000_0000
        let nx = f(x.bitPattern | 0x8000_0000)
        if nx < -1 { return .nan }
        let y = fma(nx, 0.5, 0.5)
        let x2 = nx * nx
        let rs = y < f(0x2f800000) ? 0 : rsqrt14(y)
        let w = Swift.min(x2, y)
        let y2 = y + y
        let rs2 = rs * rs
        let sq0 = rs * y2
        let big = w >= y
        let negative = x < w
        let d = fma(rs2, y2, -2)
        let p5 = fma(w, f(0x3d3a9ab4), f(0x3d997c12))
        var c = fma(d, f(0xbdc00004), f(0x3e800001))
        var p = fma(w, f(0x3d2edc07), f(0x3cc32a6b))
        let sqd = sq0 * d
        p = fma(w * w, p, p5)
        c = fma(-sqd, c, sq0)
        p = fma(w, p, f(0x3e2aaaff))
        let q = w * p
        let base = f((big ? c : nx).bitPattern ^ sign)
        let offset: Float = big ? (negative ? f(0x40490fdb) : 0) : f(0x3fc90fdb)
        return offset + fma(base, q, base)
    }

    // MARK: - arctan2

    /// `__svml_atan2f16`: R = min(|y|, |x|)/max(|y|, |x|) (negated when |y| ≥ |x|) from
    /// `vrcp14ps` and two Newton steps, atan R by an odd polynomial plus π/2 when |y| ≥ |x|,
    /// plus π when x ≤ 0, the signs of x and y or-ed in. Arguments outside [2^-125, 2^123)
    /// (zeros, subnormals, huge, infinities, NaN) are the special branches': glibc there.
    static func atan2(_ y: Float, _ x: Float) -> Float {
        let ax = f(x.bitPattern & 0x7fff_ffff), ay = f(y.bitPattern & 0x7fff_ffff)
        let inRange: (Float) -> Bool = { $0.bitPattern >= 0x0100_0000 && $0.bitPattern < 0x7d00_0000 }
        let signX = x.bitPattern & 0x8000_0000, signY = y.bitPattern & 0x8000_0000
        let yBelow = ay < ax
        guard inRange(ax), inRange(ay) else {
            guard (ax == 0 || ay == 0) && !x.isNaN && !y.isNaN else {
                // The scalar rare path: the double-precision arctan2, rounded.
                return Float(Foundation.atan2(Double(y), Double(x)))
            }
            // The vector branch for zero arguments: 0 or π/2 (0 when both are zero), plus π for
            // a negative x (−0 too), the signs or-ed in.
            let offset: Float = yBelow || ay == 0 && ax == 0 ? 0 : f(0x3fc90fdb)
            var v = f(offset.bitPattern | signX)
            if signX != 0 { v = v + f(0x40490fdb) }
            return f(v.bitPattern | signY)
        }
        var num = yBelow ? ay : f(ax.bitPattern | 0x8000_0000)
        let den = yBelow ? ax : ay
        let offset: Float = yBelow ? 0 : f(0x3fc90fdb)
        var rc = rcp14(den)
        let eps = fma(-den, rc, 1)
        rc = fma(eps, rc, rc)
        let q = num * rc
        num = fma(-q, den, num)
        let r = fma(num, rc, q)
        let r2 = r * r, r4 = r2 * r2
        var a = fma(r4, f(0x3b322cc0), f(0x3d2bc384))
        var b = fma(r4, f(0xbc7f2631), f(0xbd987629))
        a = fma(r4, a, f(0x3dd96474))
        b = fma(r4, b, f(0xbe1161f8))
        a = fma(r4, a, f(0x3e4cb79f))
        b = fma(r4, b, f(0xbeaaaa49))
        a = fma(r4, a, 1)
        b = fma(r2, b, a)
        var v = f(fma(r, b, offset).bitPattern | signX)
        if x <= 0 { v = v + f(0x40490fdb) }
        return f(v.bitPattern | signY)
    }
}
