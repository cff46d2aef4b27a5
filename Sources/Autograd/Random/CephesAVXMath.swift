/// Lane-by-lane replicas of `log256_ps` and `sincos256_ps` from PyTorch's
/// aten/src/ATen/native/cpu/avx_mathfun.h (Cephes polynomials, float arithmetic). PyTorch's AVX2
/// `normal_fill_16_AVX2` uses them instead of libm, so `torch.randn` of 16 or more elements
/// depends on their exact rounding.
///
/// PyTorch's x86-64 wheels are built by GCC with `-mfma` and floating-point contraction on, so every
/// multiply whose only use is an add or subtract becomes a fused multiply-add (when both operands
/// of an add are products, the first product in program order is the fused one). `madd` marks
/// those sites; the results were checked bit-for-bit against PyTorch 2.x on 100,000 samples.
enum CephesAVXMath {
    // Constants, converted as C does: decimal literal -> double -> float.
    static let sqrtHalf = Float(0.707106781186547524 as Double)
    static let logP: [Float] = [
        7.0376836292E-2, -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1, 1.4249322787E-1,
        -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1, 3.3333331174E-1,
    ].map { (d: Double) in Float(d) }
    static let logQ1 = Float(-2.12194440e-4 as Double)
    static let logQ2 = Float(0.693359375 as Double)

    static let minusDP1 = Float(-0.78515625 as Double)
    static let minusDP2 = Float(-2.4187564849853515625e-4 as Double)
    static let minusDP3 = Float(-3.77489497744594108e-8 as Double)
    static let sinP0 = Float(-1.9515295891E-4 as Double)
    static let sinP1 = Float(8.3321608736E-3 as Double)
    static let sinP2 = Float(-1.6666654611E-1 as Double)
    static let cosP0 = Float(2.443315711809948E-005 as Double)
    static let cosP1 = Float(-1.388731625493765E-003 as Double)
    static let cosP2 = Float(4.166664568298827E-002 as Double)
    static let fourOverPi = Float(1.27323954473516 as Double)

    /// `a * b + c` with a single rounding (a contracted multiply-add).
    @inline(__always)
    static func madd(_ a: Float, _ b: Float, _ c: Float) -> Float {
        c.addingProduct(a, b)
    }

    /// `log256_ps` for one lane.
    static func log(_ input: Float) -> Float {
        let invalid = input <= 0
        var x = input.isNaN ? Float(bitPattern: 0x0080_0000) : max(input, Float(bitPattern: 0x0080_0000))
        var imm0 = Int32(bitPattern: x.bitPattern >> 23)
        x = Float(bitPattern: (x.bitPattern & ~UInt32(0x7f80_0000)) | Float(0.5).bitPattern)
        imm0 = imm0 &- 0x7f
        var e = Float(imm0)
        e = e + 1
        let lessThanSqrtHalf = x < sqrtHalf
        let tmpMasked: Float = lessThanSqrtHalf ? x : 0
        x = x - 1
        e = e - (lessThanSqrtHalf ? 1 : 0)
        x = x + tmpMasked

        let z = x * x
        var y = logP[0]
        for k in 1..<logP.count {
            y = madd(y, x, logP[k])
        }
        y = y * x
        // `y * z + e * q1`: GCC fuses the first multiply it meets (y * z), so e * q1 is rounded.
        y = madd(y, z, e * logQ1)
        y = madd(z, -0.5, y)  // y - z * 0.5 (exact negation, so same rounding as fnmadd / sub)
        x = x + y
        x = madd(e, logQ2, x)
        return invalid ? Float(bitPattern: x.bitPattern | 0xffff_ffff) : x
    }

    /// `sincos256_ps` for one lane: (sin, cos).
    static func sincos(_ input: Float) -> (sin: Float, cos: Float) {
        var signSin = input.bitPattern & 0x8000_0000
        var x = Float(bitPattern: input.bitPattern & 0x7fff_ffff)
        var y = x * fourOverPi
        var j = cvtt(y)
        j = (j &+ 1) & ~1
        y = Float(j)
        let swapSignSin = UInt32(bitPattern: (j & 4) << 29)
        let polyMask = (j & 2) == 0

        x = madd(y, minusDP1, x)
        x = madd(y, minusDP2, x)
        x = madd(y, minusDP3, x)

        let j4 = j &- 2
        let signCos = UInt32(bitPattern: (~j4 & 4) << 29)
        signSin ^= swapSignSin

        let z = x * x
        var yc = cosP0
        yc = madd(yc, z, cosP1)
        yc = madd(yc, z, cosP2)
        yc = yc * z
        // `yc * z - z * 0.5`: the first multiply (yc * z) is the fused one.
        yc = madd(yc, z, -(z * 0.5))
        yc = yc + 1

        var ys = sinP0
        ys = madd(ys, z, sinP1)
        ys = madd(ys, z, sinP2)
        ys = ys * z
        ys = madd(ys, x, x)

        let ysin2: Float = polyMask ? ys : 0
        let ysin1: Float = polyMask ? 0 : yc
        let restSin = ys - ysin2
        let restCos = yc - ysin1
        let s = ysin1 + ysin2
        let c = restCos + restSin
        return (Float(bitPattern: s.bitPattern ^ signSin), Float(bitPattern: c.bitPattern ^ signCos))
    }

    /// `_mm256_cvttps_epi32`: truncation, 0x80000000 when out of range or NaN.
    @inline(__always)
    static func cvtt(_ v: Float) -> Int32 {
        if v.isNaN || v >= 2_147_483_648 || v < -2_147_483_648 { return Int32.min }
        return Int32(v)
    }
}
