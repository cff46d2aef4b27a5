import Foundation

/// numpy 2's float32 kernels for exp, log, sin, cos and tanh on x86-64 with AVX2/AVX-512
/// (numpy/_core/src/umath/loops_exponent_log.dispatch.c.src, loops_trigonometric.dispatch.cpp,
/// loops_hyperbolic.dispatch.cpp.src), one lane at a time: every lane is computed on its own, so
/// the results are bit-equal to numpy's on such machines (where glibc's correctly rounded `expf`
/// differs from numpy in about 4 of 10 elements). Each `fma` below is one of numpy's fused
/// multiply-adds.
enum NumpyFloat32Kernels {
    /// The kernel for ufunc `name`, if numpy uses its own for float32.
    static func kernel(_ name: String) -> ((Float) -> Float)? {
        switch name {
        case "exp": return exp
        case "log": return log
        case "sin": return sin
        case "cos": return cos
        case "tanh": return tanh
        default: return nil
        }
    }

    @inline(__always) private static func fma(_ a: Float, _ b: Float, _ c: Float) -> Float {
        c.addingProduct(a, b)
    }

    /// `_mm512_scalef_ps(v, q)`: v · 2^q with one rounding (q is a whole number).
    private static func scalef(_ v: Float, _ q: Float) -> Float {
        let k = Int(max(min(q, 400), -400))
        return Float(Foundation.scalbn(Double(v), k))
    }

    /// `simd_exp_FLOAT`: Cody-Waite reduction by ln 2, then a 5/2 rational approximation.
    static func exp(_ xIn: Float) -> Float {
        if xIn.isNaN { return .nan }
        let xmax: Float = 88.72283935546875, xmin: Float = -103.97208404541015625
        if xIn >= xmax { return .infinity }
        if xIn <= xmin { return 0 }
        let magic: Float = 0x1.800000p+23
        var quadrant = xIn * (1.442695040888963407359924681001892137 as Float)
        quadrant = (quadrant + magic) - magic
        var x = fma(quadrant, -6.93145752e-1, xIn)
        x = fma(quadrant, -1.42860677e-6, x)
        x = fma(quadrant, 0, x)
        var num = fma(5.082762527590693718096e-04, x, 6.757896990527504603057e-03)
        num = fma(num, x, 5.114512081637298353406e-02)
        num = fma(num, x, 2.473615434895520810817e-01)
        num = fma(num, x, 7.257664613233124478488e-01)
        num = fma(num, x, 9.999999999980870924916e-01)
        var den = fma(2.159509375685829852307e-02, x, -2.742335390411667452936e-01)
        den = fma(den, x, 1.000000000000000000000e+00)
        return scalef(num / den, quadrant)
    }

    /// `simd_log_FLOAT`: x = m · 2^k with m in [√½, √2), then a 5/5 rational approximation of log1p.
    static func log(_ xIn: Float) -> Float {
        if xIn.isNaN { return .nan }
        if xIn < 0 { return -Float.nan }
        if xIn == 0 { return -.infinity }
        if xIn == .infinity { return .infinity }
        // getexp + 1 and getmant in [0.5, 1) (subnormals normalised, as the instructions do).
        var exponent = Float(xIn.exponent) + 1
        var x = xIn.significand / 2
        if x <= (0.707106781186547524400844362104849039 as Float) {
            x = x + x
            exponent = exponent - 1
        }
        x = x - 1
        var num = fma(2.589979117907922693523e-02, x, 3.808837741388407920751e-01)
        num = fma(num, x, 1.480000633576506585156e+00)
        num = fma(num, x, 2.112677543073053063722e+00)
        num = fma(num, x, 9.999999999999998702752e-01)
        num = fma(num, x, 0)
        var den = fma(5.875095403124574342950e-03, x, 1.546476374983906719538e-01)
        den = fma(den, x, 9.864942958519418960339e-01)
        den = fma(den, x, 2.453006071784736363091e+00)
        den = fma(den, x, 2.612677543073109236779e+00)
        den = fma(den, x, 1.000000000000000000000e+00)
        return fma(exponent, 0.693147180559945309417232121458176568, num / den)
    }

    static func sin(_ x: Float) -> Float { sincos(x, cosine: false) }
    static func cos(_ x: Float) -> Float { sincos(x, cosine: true) }

    /// `simd_sincos_f32`: Cody-Waite reduction by π/2 and minimax polynomials; arguments beyond
    /// the reduction's range go to libm (glibc's `sinf`/`cosf`), as numpy does.
    private static func sincos(_ xIn: Float, cosine: Bool) -> Float {
        if xIn.isNaN { return .nan }
        let maxCody: Float = cosine ? 71476.0625 : 117435.992
        if Swift.abs(xIn) > maxCody { return cosine ? Foundation.cos(xIn) : Foundation.sin(xIn) }
        let magic: Float = 0x1.800000p+23
        // GCC contracts numpy's multiply and add into one fused multiply-add here.
        let quadrant = fma(xIn, 0x1.45f306p-1, magic) - magic
        var r = fma(quadrant, -0x1.921fb0p+00, xIn)
        r = fma(quadrant, -0x1.5110b4p-22, r)
        r = fma(quadrant, -0x1.846988p-48, r)
        let r2 = r * r
        var c = fma(0x1.98e616p-16, r2, -0x1.6c06dcp-10)
        c = fma(c, r2, 0x1.55553cp-05)
        c = fma(c, r2, -0x1.000000p-01)
        c = fma(c, r2, 0x1.000000p+00)
        var s = fma(0x1.7d3bbcp-19, r2, -0x1.a06bbap-13)
        s = fma(s, r2, 0x1.11119ap-07)
        s = fma(s, r2, -0x1.555556p-03)
        s = fma(s, r2, 0)
        s = fma(s, r, r)
        var q = Int32(quadrant)
        if cosine { q &+= 1 }
        let v = q & 1 == 0 ? s : c
        return q & 2 == 2 ? 0 - v : v
    }

    /// `simd_tanh_f32`: a degree-6 polynomial in |x| − b on one of 32 subintervals, sign restored.
    static func tanh(_ x: Float) -> Float {
        if x.isNaN { return .nan }
        let bits = Int32(bitPattern: x.bitPattern & 0x7fe0_0000)
        var r: Float = 1
        if bits <= 0x7f00_0000 {
            let i = Int(UInt32(max(min(bits - 0x3d40_0000, 0x3e0_0000), 0)) >> 21) * 8
            func c(_ k: Int) -> Float { Float(bitPattern: tanhTable[i + k]) }
            let y = Swift.abs(x) - c(7)
            r = fma(c(0), y, c(1))
            r = fma(r, y, c(2))
            r = fma(r, y, c(3))
            r = fma(r, y, c(4))
            r = fma(r, y, c(5))
            r = fma(r, y, c(6))
        }
        return Float(bitPattern: r.bitPattern | (x.bitPattern & 0x8000_0000))
    }

    /// numpy's tanh table (loops_hyperbolic.dispatch.cpp.src `lut8x32`, from Intel SVML): per
    /// subinterval of |x|, the coefficients c6…c0 and the offset b, as float bits.
    static let tanhTable: [UInt32] = [
        0xbc0e2f66, 0x3e0910e9, 0xb76dd6b9, 0xbeaaaaa5, 0xb0343c7b, 0x3f800000, 0x0, 0x0,
        0x460bda12, 0x43761143, 0xbe1c276d, 0xbeab0612, 0xbd6ee69d, 0x3f7f1f84, 0x3d6fb9c9, 0x3d700000,
        0x43d638ef, 0x4165ecdc, 0x3c1dcf2f, 0xbea7f01f, 0xbd8f0da7, 0x3f7ebd11, 0x3d8fc35f, 0x3d900000,
        0xc3e11c3e, 0xc190f756, 0x3dc1a78d, 0xbea4e120, 0xbdae477d, 0x3f7e1e5f, 0x3daf9169, 0x3db00000,
        0xc2baa4e9, 0xc08c097d, 0x3d96f985, 0xbea387b7, 0xbdcd2a1f, 0x3f7d609f, 0x3dcf49ab, 0x3dd00000,
        0xc249da2d, 0xc02ba813, 0x3da2b61b, 0xbea15962, 0xbdeba80d, 0x3f7c842d, 0x3deee849, 0x3df00000,
        0xc1859b82, 0xbf7f6bda, 0x3dc13397, 0xbe9d57f7, 0xbe0c443b, 0x3f7b00e5, 0x3e0f0ee8, 0x3e100000,
        0x40dd5b57, 0x3f2b1dc0, 0x3dd2f670, 0xbe976b5a, 0xbe293cf3, 0x3f789580, 0x3e2e4984, 0x3e300000,
        0x40494640, 0x3ece105d, 0x3df48a0a, 0xbe90230d, 0xbe44f282, 0x3f75b8ad, 0x3e4d2f8e, 0x3e500000,
        0x40c730a8, 0x3f426a94, 0x3e06c5a8, 0xbe880dff, 0xbe5f3651, 0x3f726fd9, 0x3e6bb32e, 0x3e700000,
        0xbf0f160e, 0xbadb0dc4, 0x3e1a3aba, 0xbe7479b3, 0xbe81c7c0, 0x3f6cc59b, 0x3e8c51cd, 0x3e900000,
        0x3e30e76f, 0x3da43b17, 0x3e27c405, 0xbe4c3d88, 0xbe96d7ca, 0x3f63fb92, 0x3ea96163, 0x3eb00000,
        0xbea81387, 0xbd51ab88, 0x3e2e78d0, 0xbe212482, 0xbea7fb8e, 0x3f59ff97, 0x3ec543f1, 0x3ed00000,
        0xbdb26a1c, 0xbcaea23d, 0x3e2c3e44, 0xbdeb8cba, 0xbeb50e9e, 0x3f4f11d7, 0x3edfd735, 0x3ef00000,
        0xbd351e57, 0xbd3b6d8d, 0x3e1d3097, 0xbd5e78ad, 0xbec12efe, 0x3f3d7573, 0x3f028438, 0x3f100000,
        0xbb4c01a0, 0xbd6caaad, 0x3df4a8f4, 0x3c6b5e6e, 0xbec4be92, 0x3f24f360, 0x3f18abf0, 0x3f300000,
        0x3c1d7bfb, 0xbd795bed, 0x3da38508, 0x3d839143, 0xbebce070, 0x3f0cbfe7, 0x3f2bc480, 0x3f500000,
        0x3c722cd1, 0xbd5fddda, 0x3d31416a, 0x3dc21ee1, 0xbead510e, 0x3eec1a69, 0x3f3bec1c, 0x3f700000,
        0x3c973f1c, 0xbd038f3b, 0x3b562657, 0x3de347af, 0xbe8ef7d6, 0x3eb0a801, 0x3f4f2e5b, 0x3f900000,
        0x3c33a31b, 0xbc1cad63, 0xbcaeeac9, 0x3dcbec96, 0xbe4b8704, 0x3e6753a2, 0x3f613c53, 0x3fb00000,
        0x3b862ef4, 0x3abb4766, 0xbcce9419, 0x3d99ef2d, 0xbe083237, 0x3e132f1a, 0x3f6ce37d, 0x3fd00000,
        0x3a27b3d0, 0x3b95f10b, 0xbcaaeac4, 0x3d542ea1, 0xbdaf7449, 0x3db7e7d3, 0x3f743c4f, 0x3ff00000,
        0xba3b5907, 0x3b825873, 0xbc49e7d0, 0x3cdde701, 0xbd2e1ec4, 0x3d320845, 0x3f7a5feb, 0x40100000,
        0xba0efc22, 0x3afaea66, 0xbba71ddd, 0x3c2cca67, 0xbc83bf06, 0x3c84d3d4, 0x3f7dea85, 0x40300000,
        0xb97f9f0f, 0x3a49f878, 0xbb003b0e, 0x3b81cb27, 0xbbc3e0b5, 0x3bc477b7, 0x3f7f3b3d, 0x40500000,
        0xb8c8af50, 0x39996bf3, 0xba3f9a05, 0x3ac073a1, 0xbb10aadc, 0x3b10d3da, 0x3f7fb78c, 0x40700000,
        0xb7bdddfb, 0x388f3e6c, 0xb92c08a7, 0x39ac3032, 0xba0157db, 0x3a01601e, 0x3f7fefd4, 0x40900000,
        0xb64f2950, 0x371bb0e3, 0xb7ba9232, 0x383a94d9, 0xb88c18f2, 0x388c1a3b, 0x3f7ffdd0, 0x40b00000,
        0xb4e085b1, 0x35a8a5e6, 0xb64a0b0f, 0x36ca081d, 0xb717b096, 0x3717b0da, 0x3f7fffb4, 0x40d00000,
        0xb3731dfa, 0x34369b17, 0xb4dac169, 0x355abd4c, 0xb5a43bae, 0x35a43bce, 0x3f7ffff6, 0x40f00000,
        0xb15a1f04, 0x322487b0, 0xb2ab78ac, 0x332b3cb6, 0xb383012c, 0x338306c6, 0x3f7fffff, 0x41100000,
        0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x3f800000, 0x0,
    ]
}
