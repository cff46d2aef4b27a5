/// The building blocks of SLEEF's single-precision routines (src/libm/sleefsimdsp.c, src/common/df.h),
/// one lane at a time, as SLEEF's AVX2 build computes them: that build defines ENABLE_FMA_SP, so every
/// `vmla`/`vfma` is a fused multiply-add, and plain `vmul`/`vadd` round on their own.
enum SleefParts {
    /// A float with a second float holding the rounding error (SLEEF's `vfloat2`).
    struct DF {
        var x: Float
        var y: Float
        init(_ x: Float, _ y: Float) { self.x = x; self.y = y }
    }

    /// `x * y + z` rounded once.
    @inline(__always) static func fma(_ x: Float, _ y: Float, _ z: Float) -> Float { z.addingProduct(x, y) }
    /// `x * y - z` rounded once (vfmapn).
    @inline(__always) static func fmapn(_ x: Float, _ y: Float, _ z: Float) -> Float { (-z).addingProduct(x, y) }
    /// `-(x * y) + z` rounded once (vfmanp).
    @inline(__always) static func fmanp(_ x: Float, _ y: Float, _ z: Float) -> Float { z.addingProduct(-x, y) }

    /// `_mm256_cvtps_epi32`: round to nearest even; 0x80000000 when out of range or NaN.
    @inline(__always) static func rintInt(_ v: Float) -> Int32 {
        let r = v.rounded(.toNearestOrEven)
        if r.isNaN || r >= 2_147_483_648 || r < -2_147_483_648 { return Int32.min }
        return Int32(r)
    }

    /// `_mm256_cvttps_epi32`: truncation; 0x80000000 when out of range or NaN.
    @inline(__always) static func truncInt(_ v: Float) -> Int32 {
        if v.isNaN || v >= 2_147_483_648 || v < -2_147_483_648 { return Int32.min }
        return Int32(v)
    }

    @inline(__always) static func pow2i(_ q: Int32) -> Float {
        Float(bitPattern: UInt32(bitPattern: (q &+ 0x7f) &<< 23))
    }

    /// `vldexp2_vf_vf_vi2`: d · 2^e in two steps.
    @inline(__always) static func ldexp2(_ d: Float, _ e: Int32) -> Float {
        (d * pow2i(e &>> 1)) * pow2i(e &- (e &>> 1))
    }

    /// `vldexp3_vf_vf_vi2`: adds q to the exponent field.
    @inline(__always) static func ldexp3(_ d: Float, _ q: Int32) -> Float {
        Float(bitPattern: UInt32(bitPattern: Int32(bitPattern: d.bitPattern) &+ (q &<< 23)))
    }

    /// `vldexp_vf_vf_vi2`: d · 2^q with the exponent split so no intermediate overflows.
    static func ldexp(_ x: Float, _ qIn: Int32) -> Float {
        var q = qIn
        var m = q &>> 31
        m = (((m &+ q) &>> 6) &- m) &<< 4
        q = q &- (m &<< 2)
        m = m &+ 0x7f
        m = m > 0 ? m : 0
        m = m > 0xff ? 0xff : m
        var u = Float(bitPattern: UInt32(bitPattern: m &<< 23))
        let r = ((x * u) * u) * u * u
        u = Float(bitPattern: UInt32(bitPattern: (q &+ 0x7f) &<< 23))
        return r * u
    }

    /// `vilogb2k_vi2_vf`: the unbiased exponent field.
    @inline(__always) static func ilogb2k(_ d: Float) -> Int32 {
        Int32(bitPattern: (d.bitPattern >> 23) & 0xff) &- 0x7f
    }

    /// `vmulsign_vf_vf_vf`: x with its sign flipped where y is negative.
    @inline(__always) static func mulsign(_ x: Float, _ y: Float) -> Float {
        Float(bitPattern: x.bitPattern ^ (y.bitPattern & 0x8000_0000))
    }

    @inline(__always) static func isNegZero(_ d: Float) -> Bool { d.bitPattern == 0x8000_0000 }

    /// All bits set where `mask` (a NaN), as SLEEF's `vor_vm_vo32_vm`.
    @inline(__always) static func orNaN(_ mask: Bool, _ v: Float) -> Float {
        mask ? Float(bitPattern: 0xffff_ffff) : v
    }

    // MARK: double-float arithmetic (df.h, FMA variants)

    @inline(__always) static func normalize(_ t: DF) -> DF {
        let s = t.x + t.y
        return DF(s, (t.x - s) + t.y)
    }
    @inline(__always) static func scale(_ d: DF, _ s: Float) -> DF { DF(d.x * s, d.y * s) }

    /// dfadd_vf2_vf_vf
    @inline(__always) static func add(_ x: Float, _ y: Float) -> DF {
        let s = x + y
        return DF(s, (x - s) + y)
    }
    /// dfadd2_vf2_vf_vf
    @inline(__always) static func add2(_ x: Float, _ y: Float) -> DF {
        let s = x + y, v = s - x
        return DF(s, (x - (s - v)) + (y - v))
    }
    /// dfadd_vf2_vf2_vf
    @inline(__always) static func add(_ x: DF, _ y: Float) -> DF {
        let s = x.x + y
        return DF(s, ((x.x - s) + y) + x.y)
    }
    /// dfadd2_vf2_vf2_vf
    @inline(__always) static func add2(_ x: DF, _ y: Float) -> DF {
        let s = x.x + y, v = s - x.x
        let t = (x.x - (s - v)) + (y - v)
        return DF(s, t + x.y)
    }
    /// dfadd_vf2_vf_vf2
    @inline(__always) static func add(_ x: Float, _ y: DF) -> DF {
        let s = x + y.x
        return DF(s, ((x - s) + y.x) + y.y)
    }
    /// dfadd2_vf2_vf_vf2
    @inline(__always) static func add2(_ x: Float, _ y: DF) -> DF {
        let s = x + y.x, v = s - x
        return DF(s, ((x - (s - v)) + (y.x - v)) + y.y)
    }
    /// dfadd_vf2_vf2_vf2 (|x| >= |y|)
    @inline(__always) static func add(_ x: DF, _ y: DF) -> DF {
        let s = x.x + y.x
        return DF(s, (((x.x - s) + y.x) + x.y) + y.y)
    }
    /// dfadd2_vf2_vf2_vf2
    @inline(__always) static func add2(_ x: DF, _ y: DF) -> DF {
        let s = x.x + y.x, v = s - x.x
        let t = (x.x - (s - v)) + (y.x - v)
        return DF(s, t + (x.y + y.y))
    }
    /// dfneg_vf2_vf2
    @inline(__always) static func neg(_ d: DF) -> DF { DF(-d.x, -d.y) }
    /// dfrec_vf2_vf2: 1 / d as a double-float.
    @inline(__always) static func rec(_ d: DF) -> DF {
        let s = 1 / d.x
        return DF(s, s * fmanp(d.y, s, fmanp(d.x, s, 1)))
    }
    /// dfdiv_vf2_vf2_vf2
    @inline(__always) static func div(_ n: DF, _ d: DF) -> DF {
        let t = 1 / d.x
        let s = n.x * t
        let u = fmapn(t, n.x, s)
        let v = fmanp(d.y, t, fmanp(d.x, t, 1))
        return DF(s, fma(s, v, fma(n.y, t, u)))
    }
    /// dfmul_vf2_vf_vf
    @inline(__always) static func mul(_ x: Float, _ y: Float) -> DF {
        let s = x * y
        return DF(s, fmapn(x, y, s))
    }
    /// dfsqu_vf2_vf2
    @inline(__always) static func squ(_ x: DF) -> DF {
        let s = x.x * x.x
        return DF(s, fma(x.x + x.x, x.y, fmapn(x.x, x.x, s)))
    }
    /// dfmul_vf2_vf2_vf2
    @inline(__always) static func mul(_ x: DF, _ y: DF) -> DF {
        let s = x.x * y.x
        return DF(s, fma(x.x, y.y, fma(x.y, y.x, fmapn(x.x, y.x, s))))
    }
    /// dfmul_vf2_vf2_vf
    @inline(__always) static func mul(_ x: DF, _ y: Float) -> DF {
        let s = x.x * y
        return DF(s, fma(x.y, y, fmapn(x.x, y, s)))
    }
}
