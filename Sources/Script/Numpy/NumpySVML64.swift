import Foundation

/// Intel SVML's AVX-512 float64 kernels as numpy 2 calls them on x86-64 with AVX-512
/// (`__svml_<f>8_ha`, numpy's SVML submodule linux/avx512/svml_z0_<f>_d_ha.s), one lane at a
/// time, instruction for instruction as in `NumpySVML` (its float32 counterpart).
enum NumpySVML64 {
    @inline(__always) static func fma(_ a: Double, _ b: Double, _ c: Double) -> Double { c.addingProduct(a, b) }
    @inline(__always) static func d(_ bits: UInt64) -> Double { Double(bitPattern: bits) }

    /// `vfmadd {rz-sae}`: a·b + c rounded toward zero (from the round-to-nearest result and its
    /// exact error, Boldo and Muller's ErrFma).
    static func fmaTowardZero(_ a: Double, _ b: Double, _ c: Double) -> Double {
        let r1 = fma(a, b, c)
        guard r1.isFinite, r1 != 0 else { return r1 }
        let u1 = a * b, u2 = fma(a, b, -u1)
        let (alpha1, z) = twoSum(c, u2)
        let (beta1, beta2) = twoSum(u1, alpha1)
        let gamma = (beta1 - r1) + beta2
        let r2 = gamma + z, r3 = z - (r2 - gamma)
        let err = r2 != 0 ? r2 : r3
        // The exact value lies beyond r1 toward zero: step one ulp toward zero.
        if err != 0 && (err < 0) != (r1 < 0) { return r1 < 0 ? r1.nextUp : r1.nextDown }
        return r1
    }

    @inline(__always) static func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b, bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    /// `vscalefpd`: a · 2^floor(b) with one rounding.
    static func scalef(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        let k = b.isInfinite ? (b > 0 ? 3000 : -3000) : Int(Swift.max(Swift.min(b.rounded(.down), 3000), -3000))
        // Two steps keep the one rounding exact: the first scale is exact unless the result is subnormal.
        if k < -1000 { return Foundation.scalbn(Foundation.scalbn(a, -1000), k + 1000) }
        return Foundation.scalbn(a, k)
    }

    // MARK: - exp

    private static let expTh: [UInt64] = [0x3ff0000000000000, 0x3ff0b5586cf9890f, 0x3ff172b83c7d517b, 0x3ff2387a6e756238, 0x3ff306fe0a31b715, 0x3ff3dea64c123422, 0x3ff4bfdad5362a27, 0x3ff5ab07dd485429, 0x3ff6a09e667f3bcd, 0x3ff7a11473eb0187, 0x3ff8ace5422aa0db, 0x3ff9c49182a3f090, 0x3ffae89f995ad3ad, 0x3ffc199bdd85529c, 0x3ffd5818dcfba487, 0x3ffea4afa2a490da]
    private static let expTl: [UInt64] = [0x0000000000000000, 0x3c979aa65d837b6d, 0xbc801b15eaa59348, 0x3c968efde3a8a894, 0x3c834d754db0abb6, 0x3c859f48a72a4c6d, 0x3c7690cebb7aafb0, 0x3c9063e1e21c5409, 0xbc93b3efbf5e2228, 0xbc7b32dcb94da51d, 0x3c8db72fc1f0eab4, 0x3c71affc2b91ce27, 0x3c8c1a7792cb3387, 0x3c736eae30af0cb3, 0x3c74a385a63d07a7, 0xbc8ff7128fd391f0]

    /// `__svml_exp8_ha`: x·log2(e) rounded toward zero to 1/16 (N); 2^N · Th·(1 + Tlr + p(R)),
    /// R = x − N ln 2 in two parts. |x| ≥ 707.7 (results near overflow or underflow) is the rare
    /// path's, not ported: glibc there.
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if !(Swift.abs(x) < d(0x40861da04cbafe44)) { return Foundation.exp(x) }
        let shifted = fmaTowardZero(x, d(0x3ff71547652b82fe), d(0x42f8000000003ff0))
        let n = shifted - d(0x42f8000000003ff0)
        let j = Int(shifted.bitPattern & 15)
        var r = fma(-n, d(0x3fe62e42fefa39ef), x)
        r = fma(-d(0x3c7abc9e3b39803f), n, r)
        r = d(r.bitPattern & 0xbfff_ffff_ffff_ffff)
        let r2 = r * r
        var p56 = fma(r, d(0x3f57411836940c04), d(0x3f81101cbbc265c0))
        let p34 = fma(r, d(0x3fa55557242d68fe), d(0x3fc5555553939732))
        let p12 = fma(r, d(0x3fe000000000d008), d(0x3fefffffffffff70))
        p56 = fma(r2, p56, p34)
        p56 = fma(r2, p56, p12)
        let th = d(expTh[j])
        let p = fma(p56, r, d(expTl[j]))
        return scalef(fma(p, th, th), n)
    }

    // MARK: - log

    /// `vrcp14pd` for a significand m in [1, 2): as `vrcp14ps`, a function of the top 16 fraction
    /// bits (checked on 2·10^6 significands), exact only for m = 1 itself.
    static func rcp14(_ m: Double) -> Double {
        if m == 1 { return 1 }
        return Double(NumpySVML.rcp14Significand(UInt32(truncatingIfNeeded: (m.bitPattern >> 36) & 0xffff)))
    }

    private static let logTh: [UInt64] = [0x0000000000000000, 0xbfaf0a30c0120000, 0xbfbe27076e2b0000, 0xbfc5ff3070a78000, 0xbfcc8ff7c79a8000, 0xbfd1675cababc000, 0xbfd4618bc21c4000, 0xbfd739d7f6bbc000, 0x3fd269621134c000, 0x3fcf991c6cb38000, 0x3fca93ed3c8b0000, 0x3fc5bf406b540000, 0x3fc1178e82280000, 0x3fb9335e5d590000, 0x3fb08598b59e0000, 0x3fa0415d89e80000]
    private static let logTl: [UInt64] = [0x0000000000000000, 0x3d53ab33d066d1d2, 0x3d2a342c2af0003c, 0xbd43d3c873e20a07, 0xbd4a21ac25d81ef3, 0x3d59f1fc63382a8f, 0xbd5ec27d0b7b37b3, 0xbd50069ce24c53fb, 0x3d5b92783beb7677, 0x3d59bcbecca0cdf3, 0xbd530e486a0ac42d, 0x3d5ed8fdc149767e, 0xbd4b8421cc74be04, 0x3d52622b8757a8fb, 0x3d4d034451fecdfb, 0xbd577771fd187145]

    /// `__svml_log8_ha`: x = 2^e·m; with r = m·rcp14(m) rounded to 1/32 − 1,
    /// log x = e·ln 2 + Th[rcp] + log1p(r) in high and low parts. Zeros, negatives, infinities and
    /// NaN are the rare path's (the C library's values there).
    static func log(_ x: Double) -> Double {
        if x.isNaN || x <= 0 || x.isInfinite { return Foundation.log(x) }
        let m = x.significand
        var e = Double(x.exponent)
        let rcp = (rcp14(m) * 32).rounded(.toNearestOrEven) / 32
        let r = fma(rcp, m, -1)
        let c7 = fma(r, d(0x3fc249229cee81ef), d(0xbfc55553fb28db06))
        var c9 = fma(r, d(0x3fbc81cd309d7c70), d(0xbfc007357e93af62))
        let r2 = r * r
        var c5 = fma(r, d(0x3fc9999999cc9f5c), d(0xbfd00000000c05bd))
        let j = Int((rcp.bitPattern >> 48) & 15)
        c9 = fma(r2, c9, c7)
        let r4 = r2 * r2
        let c3 = fma(r, d(0x3fd5555555555466), d(0xbfdfffffffffffc6))
        if rcp < 0.75 { e += 1 }
        c5 = fma(r2, c5, c3)
        let high0 = fma(e, d(0x3fe62e42fefa0000), d(logTh[j]))
        var p = fma(r4, c9, c5)
        let high = high0 + r
        let rh = high - high0
        let rl = r - rh
        p = fma(r2, p, rl)
        let low = fma(e, d(0x3d7cf79abc9e0000), d(logTl[j]))
        return high + (p + low)
    }
}
