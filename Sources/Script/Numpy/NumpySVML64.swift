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

    // MARK: - power

    /// a + b rounded toward zero (`{rz-sae}`) or down (`{rd-sae}`).
    static func add(_ a: Double, _ b: Double, _ rule: FloatingPointRoundingRule) -> Double {
        let (s, e) = twoSum(a, b)
        return directed(s, e, rule)
    }

    /// a · b rounded toward zero.
    static func mulTowardZero(_ a: Double, _ b: Double) -> Double {
        let p = a * b
        guard p.isFinite else { return p }
        return directed(p, fma(a, b, -p), .towardZero)
    }

    /// `s` (the round-to-nearest value of s + e, e its exact error) rounded by `rule` instead.
    private static func directed(_ s: Double, _ e: Double, _ rule: FloatingPointRoundingRule) -> Double {
        guard e != 0, s.isFinite else { return s }
        switch rule {
        case .down: return e < 0 ? s.nextDown : s
        default: return (e < 0) != (s < 0) ? (s < 0 ? s.nextUp : s.nextDown) : s
        }
    }

    private static let powThA: [UInt64] = [0x0000000000000000, 0xbfa6bad3758e0000, 0xbfb663f6fac90000, 0xbfc08c588cda8000, 0xbfc5c01a39fc0000, 0xbfcacf5e2db50000, 0xbfcfbc16b9028000, 0xbfd24407ab0e0000, 0xbfd49a784bcd0000, 0xbfd6e221cd9d0000, 0xbfd91bba891f0000, 0xbfdb47ebf7388000, 0xbfdd6753e0330000, 0xbfdf7a8568cb0000, 0xbfe0c10500d64000, 0xbfe1bf311e95e000]
    private static let powThB: [UInt64] = [0x3fda8ff971810000, 0x3fd8a8980abfc000, 0x3fd6cb0f6865c000, 0x3fd4f6fbb2cec000, 0x3fd32bfee3710000, 0x3fd169c053640000, 0x3fcf5fd8a9060000, 0x3fcbfc67a8000000, 0x3fc8a8980abf8000, 0x3fc563dc29ff8000, 0x3fc22dadc2ab0000, 0x3fbe0b1ae8f30000, 0x3fb7d60496d00000, 0x3fb1bb32a6000000, 0x3fa77394c9da0000, 0x3f9743ee86200000]
    private static let powTlA: [UInt64] = [0x0000000000000000, 0xbd5fb0e626c0de13, 0xbd33167ccc538261, 0x3d2871a7610e40bd, 0x3d54bc302ffa76fb, 0x3d436c101ee13440, 0x3d47f5dc57266758, 0xbd3ce60916e52e91, 0xbd5b8afe492bf6ff, 0xbd49bcaf1aa4168a, 0xbd5708b4b2b5056c, 0xbd250520a377c7ec, 0x3d55f101c141e670, 0xbd3b3b3864c60011, 0x3d45669df6a2b592, 0x3d5fe43895d8ac46]
    private static let powTlB: [UInt64] = [0x3d44bc302ffa76fb, 0xbd266cccab240e90, 0x3d41d406db502403, 0x3d3661e393a16b95, 0xbd51979a5db68722, 0xbd4d4f1b95e0ff45, 0x3d5f1a4847f7b278, 0xbd3667f21fa8423f, 0x3d5e9933354dbf17, 0x3d56590643906f2a, 0x3d5a4b69691d7994, 0xbd054cda62d3926e, 0xbd512ce6312ebb82, 0x3d552743318a8a57, 0xbd54e55443478fe0, 0xbd495539356f93dc]
    private static let powThe: [UInt64] = [0x3ff0000000000000, 0x3ff0b5586cf9890f, 0x3ff172b83c7d517b, 0x3ff2387a6e756238, 0x3ff306fe0a31b715, 0x3ff3dea64c123422, 0x3ff4bfdad5362a27, 0x3ff5ab07dd485429, 0x3ff6a09e667f3bcd, 0x3ff7a11473eb0187, 0x3ff8ace5422aa0db, 0x3ff9c49182a3f090, 0x3ffae89f995ad3ad, 0x3ffc199bdd85529c, 0x3ffd5818dcfba487, 0x3ffea4afa2a490da]
    private static let powTle: [UInt64] = [0x0000000000000000, 0x3c979aa65d837b6d, 0xbc801b15eaa59348, 0x3c968efde3a8a894, 0x3c834d754db0abb6, 0x3c859f48a72a4c6d, 0x3c7690cebb7aafb0, 0x3c9063e1e21c5409, 0xbc93b3efbf5e2228, 0xbc7b32dcb94da51d, 0x3c8db72fc1f0eab4, 0x3c71affc2b91ce27, 0x3c8c1a7792cb3387, 0x3c736eae30af0cb3, 0x3c74a385a63d07a7, 0xbc8ff7128fd391f0]

    /// `__svml_pow8_ha`: log2 x = Expon + Th + log2(1 + R) in high and low parts (R from
    /// `vrcp14pd` rounded to 1/32, Th and Tl from 32-entry tables), Z = y · log2 x with
    /// round-toward-zero products, 2^Z = 2^floor(Z) · The[j/16] · (1 + Re·poly). x ≤ 0,
    /// infinities, NaN, y infinite or NaN and |Z| > 1021.5 are the rare path's: glibc's pow there.
    static func pow(_ x: Double, _ y: Double) -> Double {
        if !(x > 0) || !x.isFinite || !y.isFinite { return Foundation.pow(x, y) }
        let m = x.significand / 2
        var expon = Double(x.exponent)
        let rcp = (rcp14(m * 2) * 2 * 32).rounded(.toNearestOrEven) / 32
        let idx = Int((rcp.bitPattern >> 47) & 31)
        if rcp < 1.5 { expon += 1 }
        let th = d(idx < 16 ? powThA[idx] : powThB[idx - 16])
        let tl = d(idx < 16 ? powTlA[idx] : powTlB[idx - 16])
        let r = fma(m * 0.5, rcp, -0.5)
        let r2 = r * r
        var p910 = fma(d(0xc0627a394386376f), r, d(0x4054873cf87141d1))
        let p78 = fma(d(0xc04715473528efc1), r, d(0x403a617607e55815))
        let et = th + expon
        p910 = fma(r2, p910, p78)
        let p12 = fma(d(0xbc8778d9c7190437), r, d(0x3c8777df70b75d10))
        var p56 = fma(d(0xc02ec709dc3b71a1), r, d(0x4022776c50effbde))
        let p34 = fma(d(0xc0171547652b82fc), r, d(0x400ec709dc3a03fd))
        let r4 = r2 * r2
        p56 = fma(r2, p56, p34)
        var poly = fma(r4, p910, p56)
        poly = fma(r2, poly, p12)
        poly = fma(r, poly, tl)
        let c1h = d(0x40071547652b82fe)
        let hi5 = fma(c1h, r, et)
        let rh = hi5 - et
        let hi4 = fma(-r, rh, hi5)
        let rl = fma(r, c1h, -rh)
        let rrhHigh = hi5 - hi4
        let rl2 = fma(-rl, r, rl)
        let rrhLow = fma(rh, r, -rrhHigh)
        let low = poly + (rl2 - rrhLow)
        let high = hi4 + low
        let yHigh = mulTowardZero(y, high)
        let tlh = high - hi4
        let zl0 = fmaTowardZero(y, high, -yHigh)
        let tll = low - tlh
        let zl = fmaTowardZero(y, tll, zl0)
        let z = add(yHigh, zl, .towardZero)
        if !(Swift.abs(z) <= 1021.5) { return Foundation.pow(x, y) }
        let zHigh = z - yHigh
        let shifted = add(z, d(0x42f8000000003ff0), .down)
        let (fs, fe) = twoSum(z, -((z * 16).rounded(.down) / 16))
        let frac = directed(fs, fe, .down)
        let re = d((frac + (zl - zHigh)).bitPattern & 0xbfff_ffff_ffff_ffff)
        let j = Int(shifted.bitPattern & 15)
        let re2 = re * re
        var q = fma(d(0x3f24a1d7f58c2d59), re, d(0x3f55d7472783d279))
        let q2 = fma(d(0x3f83b2ad1b14ebaa), re, d(0x3fac6b08d4ad8eb9))
        let q3 = fma(d(0x3fcebfbdff84554d), re, d(0x3fe62e42fefa398b))
        let scale = d((shifted.bitPattern << 48) & 0x7ff0_0000_0000_0000)
        q = fma(re2, q, q2)
        q = fma(re2, q, q3)
        q = fma(re, q, d(powTle[j]))
        let the = d(powThe[j])
        return fma(the, q, the) * scale
    }

    // MARK: - log10, log2

    /// The reduction `log10` and `log2` share with `log`: m = x's significand, rcp = vrcp14(m)
    /// rounded to 1/32, R = rcp·m − 1, the exponent (plus one when rcp < 0.75), the table index.
    private static func reduce(_ x: Double) -> (r: Double, e: Double, j: Int) {
        let m = x.significand
        let rcp = (rcp14(m) * 32).rounded(.toNearestOrEven) / 32
        return (fma(rcp, m, -1), Double(x.exponent) + (rcp < 0.75 ? 1 : 0), Int((rcp.bitPattern >> 48) & 15))
    }

    private static let log10Th: [UInt64] = [0x0000000000000000, 0xbf9af5f92b000000, 0xbfaa30a9d60a0000, 0xbfb31b3055c40000, 0xbfb8cf1838860000, 0xbfbe3bc1ab0e0000, 0xbfc1b3e71ec98000, 0xbfc42c7e7fe40000, 0x3fbffbfc2bbc0000, 0x3fbb721cd1710000, 0x3fb715d0ce360000, 0x3fb2e3a740b80000, 0x3fadb11ed7660000, 0x3fa5e3966b7e0000, 0x3f9cb38fccd80000, 0x3f8c3d0837780000]
    private static let log10Tl: [UInt64] = [0x0000000000000000, 0xbd4cc1f4dbc14db5, 0x3d20163d7e67d282, 0xbd5c46006d082e6d, 0xbd520326ca2c7e5f, 0xbd39fe3d562a53f0, 0x3d5842a222666db0, 0x3d1ff1d22abd8abe, 0x3d5e00dd60df12c3, 0x3d55f8a57d982e77, 0x3d5ebeeb67bf155a, 0xbd5ffc5aef53f2ed, 0x3d557e865b878377, 0x3d5252a37739a5f7, 0x3d47fb6d2d6528c7, 0x3d2310272fe17537]

    /// `__svml_log108_ha`: e·log10(2) + Th + R/ln 10 + R²·p(R) in high and low parts. Zeros,
    /// negatives and infinities are the rare path's (the C library's values there).
    static func log10(_ x: Double) -> Double {
        if x <= 0 || x.isInfinite { return Foundation.log10(x) }
        if x.isNaN { return x }
        let (r, e, j) = reduce(x)
        let r2 = r * r, r4 = r2 * r2
        let p6 = fma(r, d(0x3fafc3f6f38b58a2), d(0xbfb287a63464dc80))
        var p = fma(r, d(0x3fa8c2d828480370), d(0xbfabd80d96029814))
        p = fma(r2, p, p6)
        let high0 = fma(e, d(0x3fd34413509f0000), d(log10Th[j]))
        let low0 = fma(d(0x3d7e7fbcc47c4acd), e, d(log10Tl[j]))
        let p2 = fma(r, d(0x3fc287a7636f428c), d(0xbfcbcb7b1526e4db))
        var p4 = fma(r, d(0x3fb63c62777f27d9), d(0xbfbbcb7b153c06a3))
        let c0h = d(0x3fdbcb7b1526e50e)
        let high = fma(r, c0h, high0)
        p4 = fma(r2, p4, p2)
        let rh = high - high0
        p = fma(r4, p, p4)
        p = fma(r, p, d(0x3c69a5fdaaf11825))
        let low = low0 + fma(r, c0h, -rh)
        return high + fma(r, p, low)
    }

    private static let log2Th: [UInt64] = [0x0000000000000000, 0xbfb663f6fac90000, 0xbfc5c01a39fc0000, 0xbfcfbc16b9028000, 0xbfd49a784bcd0000, 0xbfd91bba891f0000, 0xbfdd6753e0330000, 0xbfe0c10500d64000, 0x3fda8ff971810000, 0x3fd6cb0f6865c000, 0x3fd32bfee3710000, 0x3fcf5fd8a9060000, 0x3fc8a8980abf8000, 0x3fc22dadc2ab0000, 0x3fb7d60496d00000, 0x3fa77394c9da0000]
    private static let log2Tl: [UInt64] = [0x0000000000000000, 0xbd33167ccc538261, 0x3d54bc302ffa76fb, 0x3d47f5dc57266758, 0xbd5b8afe492bf6ff, 0xbd5708b4b2b5056c, 0x3d55f101c141e670, 0x3d45669df6a2b592, 0x3d44bc302ffa76fb, 0x3d41d406db502403, 0xbd51979a5db68722, 0x3d5f1a4847f7b278, 0x3d5e9933354dbf17, 0x3d5a4b69691d7994, 0xbd512ce6312ebb82, 0xbd54e55443478fe0]

    /// `__svml_log28_ha`: e + Th + R/ln 2 + R²·p(R) in high and low parts, as `log10`.
    static func log2(_ x: Double) -> Double {
        if x <= 0 || x.isInfinite { return Foundation.log2(x) }
        if x.isNaN { return x }
        let (r, e, j) = reduce(x)
        let r2 = r * r, r4 = r2 * r2
        var p = fma(r, d(0xbfc283074b6385ed), d(0x3fc48f3d7961ddc4))
        let p6 = fma(r, d(0xbfc715442d67f111), d(0x3fca6173d9393468))
        var p4 = fma(r, d(0xbfcec709dc9f7735), d(0x3fd2776c510a3422))
        p = fma(r2, p, p6)
        let p2 = fma(r, d(0xbfd71547652b8064), d(0x3fdec709dc3a0328))
        let k = e + d(log2Th[j])
        p4 = fma(r2, p4, p2)
        let p0 = fma(r, d(0xbfe71547652b82fe), d(0x3c77bc726bb4732e))
        p = fma(r4, p, p4)
        let c0h = d(0x3ff71547652b82fe)
        let high = fma(r, c0h, k)
        p = fma(r2, p, p0)
        let rh = high - k
        let low = fma(r, c0h, -rh) + d(log2Tl[j])
        return high + fma(r, p, low)
    }

    // MARK: - expm1

    private static let expm1Th: [UInt64] = [0x3ff0000000000000, 0x3ff0b5586cf9890f, 0x3ff172b83c7d517b, 0x3ff2387a6e756238, 0x3ff306fe0a31b715, 0x3ff3dea64c123422, 0x3ff4bfdad5362a27, 0x3ff5ab07dd485429, 0x3ff6a09e667f3bcd, 0x3ff7a11473eb0187, 0x3ff8ace5422aa0db, 0x3ff9c49182a3f090, 0x3ffae89f995ad3ad, 0x3ffc199bdd85529c, 0x3ffd5818dcfba487, 0x3ffea4afa2a490da]
    private static let expm1Tl: [UInt64] = [0x0000000000000000, 0x3c979aa65d837b6d, 0xbc801b15eaa59348, 0x3c968efde3a8a894, 0x3c834d754db0abb6, 0x3c859f48a72a4c6d, 0x3c7690cebb7aafb0, 0x3c9063e1e21c5409, 0xbc93b3efbf5e2228, 0xbc7b32dcb94da51d, 0x3c8db72fc1f0eab4, 0x3c71affc2b91ce27, 0x3c8c1a7792cb3387, 0x3c736eae30af0cb3, 0x3c74a385a63d07a7, 0xbc8ff7128fd391f0]

    /// `__svml_expm18_ha`: x = (N + j/16) ln 2 + R (R in two parts); Th = 2^N·2^(j/16);
    /// (Th − 1) + Th·R + Th·(R²·p(R) + Tlr·(1 + R)) with the low parts of Th − 1 and Th·R kept,
    /// the sign of x or-ed in. x ≥ 707.7 and NaN are the rare path's.
    static func expm1(_ x: Double) -> Double {
        if !(x < d(0x40861da04cbafe44)) { return Foundation.expm1(x) }
        let shifted = fma(x, d(0x3ff71547652b82fe), d(0x42f8000000003ff0))
        let z0 = shifted - d(0x42f8000000003ff0)
        let j = Int(shifted.bitPattern & 15)
        let tlr = d(expm1Tl[j])
        let r0 = fma(-z0, d(0x3fe62e42fefa39ef), x)
        let th = scalef(d(expm1Th[j]), Swift.max(z0, -128))
        let rFull = fma(-z0, d(0x3c7abc9e3b39803f), r0)
        let below1 = th < 1
        var rl = r0 - rFull
        let r = d(rFull.bitPattern & 0xbfff_ffff_ffff_ffff)
        rl = fma(-d(0x3c7abc9e3b39803f), z0, rl)
        var c = fma(r, d(0x3f56c16c16304601), d(0x3f81111110a65711))
        let c2 = fma(r, d(0x3fa555555555560a), d(0x3fc55555555555f9))
        let rlm = d(rl.bitPattern & 0xbfff_ffff_ffff_ffff)
        let r2 = r * r
        var p = fma(r, d(0x3efa01f8f4be0bb2), d(0x3f2a01f8f4b129c3))
        let tail = fma(r, tlr, rlm + tlr)
        p = fma(r2, p, c)
        let a = below1 ? -1 : th, b = below1 ? th : -1
        p = fma(r2, p, c2)
        let thm1 = th - 1
        p = fma(r, p, 0.5)
        c = a - thm1
        p = fma(r2, p, tail)
        let tl1 = c + b
        let hi = fma(r, th, thm1)
        let thrLow = fma(r, th, -(hi - thm1))
        let lo = fma(p, th, tl1) + thrLow
        let y = hi + lo
        return d(y.bitPattern | (x.bitPattern & 0x8000_0000_0000_0000))
    }

    // MARK: - log1p

    private static let l1pTh: [UInt64] = [0x0000000000000000, 0xbfaf0a30c0120000, 0xbfbe27076e2b0000, 0xbfc5ff3070a78000, 0xbfcc8ff7c79a8000, 0xbfd1675cababc000, 0xbfd4618bc21c4000, 0xbfd739d7f6bbc000, 0x3fd269621134c000, 0x3fcf991c6cb38000, 0x3fca93ed3c8b0000, 0x3fc5bf406b540000, 0x3fc1178e82280000, 0x3fb9335e5d590000, 0x3fb08598b59e0000, 0x3fa0415d89e80000]
    private static let l1pTl: [UInt64] = [0x0000000000000000, 0x3d53ab33d066d1d2, 0x3d2a342c2af0003c, 0xbd43d3c873e20a07, 0xbd4a21ac25d81ef3, 0x3d59f1fc63382a8f, 0xbd5ec27d0b7b37b3, 0xbd50069ce24c53fb, 0x3d5b92783beb7677, 0x3d59bcbecca0cdf3, 0xbd530e486a0ac42d, 0x3d5ed8fdc149767e, 0xbd4b8421cc74be04, 0x3d52622b8757a8fb, 0x3d4d034451fecdfb, 0xbd577771fd187145]

    /// `__svml_log1p8_ha`: 1 + x as a sum (hi = fl(1 + x), the lost part scaled by 2^−e), then
    /// as `log` with the low part carried into R; the sign of x or-ed in. Where the low part of
    /// the result is NaN (x ≤ −1, infinities, NaN) the rare path's value is the C library's.
    static func log1p(_ x: Double) -> Double {
        if x.isNaN || x <= -1 || x.isInfinite { return Foundation.log1p(x) }
        let hiPart = Swift.max(1, x), loPart = Swift.min(1, x)
        let s = 1 + x
        let m = s.significand
        var e = Double(s.exponent)
        let xl = loPart - (s - hiPart)
        let rcp = (rcp14(m) * 32).rounded(.toNearestOrEven) / 32
        let xls = scalef(xl, -e)
        if rcp < 0.75 { e += 1 }
        let r0 = fma(rcp, m, -1)
        let lo = xls * rcp
        let r = r0 + lo
        let r2 = r * r
        var p = fma(r, d(0x3fbc81cd309d7c70), d(0xbfc007357e93af62))
        let rl = lo - (r - r0)
        let j = Int((rcp.bitPattern >> 48) & 15)
        let k = fma(e, d(0x3fe62e42fefa0000), d(l1pTh[j]))
        let rlTl = rl + d(l1pTl[j])
        let p4 = fma(r, d(0x3fc249229cee81ef), d(0xbfc55553fb28db06))
        let p8 = fma(r, d(0x3fd5555555555466), d(0xbfdfffffffffffc6))
        let high = k + r
        p = fma(r2, p, p4)
        var p6 = fma(r, d(0x3fc9999999cc9f5c), d(0xbfd00000000c05bd))
        p6 = fma(r2, p6, p8)
        p = fma(r2 * r2, p, p6)
        let rLow = r - (high - k)
        p = fma(r2, p, rLow)
        let low = fma(d(0x3d7cf79abc9e0000), e, rlTl)
        let y = high + (p + low)
        return d(y.bitPattern | (x.bitPattern & 0x8000_0000_0000_0000))
    }
}
