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
