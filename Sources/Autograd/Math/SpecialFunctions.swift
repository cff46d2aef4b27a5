import Foundation

/// The scalar special functions PyTorch's CPU kernels compute themselves rather than through libm:
/// ATen's `calc_digamma` and `trigamma` (aten/src/ATen/native/Math.h, derived from Cephes), each in
/// float arithmetic for float32 and double for float64 as ATen writes them, and SLEEF's exp2
/// (`Sleef_exp2f16_u10`, `Sleef_exp2d8_u10`) that Vectorized<T>::exp2 calls in the vector loop.
enum SpecialFunctions {
    /// ATen's `calc_digamma(float)`: reflection for negative x, recurrence up to 10, then the
    /// asymptotic series; float arithmetic throughout except the reflection term (in double).
    static func digamma(_ xIn: Float) -> Float {
        var x = xIn
        if x == 0 { return Foundation.copysign(Float.infinity, -x) }
        if x < 0 {
            if x == x.rounded(.towardZero) { return .nan }
            let r = Double(x) - Double(x).rounded(.towardZero)
            let piOverTan = Float(Double.pi / Foundation.tan(Double.pi * r))
            return digamma(1 - x) - piOverTan
        }
        var result: Float = 0
        while x < 10 {
            result -= 1 / x
            x += 1
        }
        if x == 10 { return result + 2.25175258906672110764 }
        let a: [Float] = [8.33333333333333333333e-2, -2.10927960927960927961e-2, 7.57575757575757575758e-3,
                          -4.16666666666666666667e-3, 3.96825396825396825397e-3, -8.33333333333333333333e-3,
                          8.33333333333333333333e-2]
        var y: Float = 0
        if x < 1.0e17 {
            let z = 1 / (x * x)
            var p: Float = 0
            for c in a { p = p * z + c }
            y = z * p
        }
        return result + Foundation.log(x) - (0.5 / x) - y
    }

    /// ATen's `calc_digamma(double)`.
    static func digamma(_ xIn: Double) -> Double {
        var x = xIn
        if x == 0 { return Foundation.copysign(Double.infinity, -x) }
        if x < 0 {
            if x == x.rounded(.towardZero) { return .nan }
            let r = x - x.rounded(.towardZero)
            return digamma(1 - x) - Double.pi / Foundation.tan(Double.pi * r)
        }
        var result = 0.0
        while x < 10 {
            result -= 1 / x
            x += 1
        }
        if x == 10 { return result + 2.25175258906672110764 }
        let a = [8.33333333333333333333e-2, -2.10927960927960927961e-2, 7.57575757575757575758e-3,
                 -4.16666666666666666667e-3, 3.96825396825396825397e-3, -8.33333333333333333333e-3,
                 8.33333333333333333333e-2]
        var y = 0.0
        if x < 1.0e17 {
            let z = 1 / (x * x)
            var p = 0.0
            for c in a { p = p * z + c }
            y = z * p
        }
        return result + Foundation.log(x) - (0.5 / x) - y
    }

    /// ATen's `trigamma(float)` (polygamma(1, x), digamma's derivative).
    static func trigamma(_ xIn: Float) -> Float {
        var x = xIn, sign: Float = 1, result: Float = 0
        if x < 0.5 {
            sign = -1
            // c10::pi<float> is rounded to nearest; Swift's Float.pi is rounded toward zero.
            let pi = Float(Double.pi)
            let s = Foundation.sin(pi * x)
            result -= (pi * pi) / (s * s)
            x = 1 - x
        }
        for _ in 0..<6 {
            result += 1 / (x * x)
            x += 1
        }
        let ixx = 1 / (x * x)
        result += (1 + 1 / (2 * x) + ixx * (Float(1.0 / 6) - ixx * (Float(1.0 / 30) - ixx * Float(1.0 / 42)))) / x
        return sign * result
    }

    /// ATen's `trigamma(double)`.
    static func trigamma(_ xIn: Double) -> Double {
        var x = xIn, sign = 1.0, result = 0.0
        if x < 0.5 {
            sign = -1
            let s = Foundation.sin(Double.pi * x)
            result -= (Double.pi * Double.pi) / (s * s)
            x = 1 - x
        }
        for _ in 0..<6 {
            result += 1 / (x * x)
            x += 1
        }
        let ixx = 1 / (x * x)
        result += (1 + 1 / (2 * x) + ixx * (1.0 / 6 - ixx * (1.0 / 30 - ixx * (1.0 / 42)))) / x
        return sign * result
    }

    /// xexp2f (Sleef_exp2f16_u10): split off the nearest integer, a degree-6 polynomial in the rest.
    static func exp2(_ d: Float) -> Float {
        let u0 = d.rounded(.toNearestOrEven)
        let q = SleefParts.rintInt(d)
        let s = d - u0
        var u: Float = 0.1535920892e-3
        u = SleefParts.fma(u, s, 0.1339262701e-2)
        u = SleefParts.fma(u, s, 0.9618384764e-2)
        u = SleefParts.fma(u, s, 0.5550347269e-1)
        u = SleefParts.fma(u, s, 0.2402264476e+0)
        u = SleefParts.fma(u, s, 0.6931471825e+0)
        u = SleefParts.fma(u, s, 1)
        u = SleefParts.ldexp2(u, q)
        if d >= 128 { u = .infinity }
        if d < -150 { u = 0 }
        return d.isNaN ? .nan : u
    }

    /// xexp2 (Sleef_exp2d8_u10): the same scheme with a degree-11 polynomial (Estrin's POLY10, then Horner).
    static func exp2(_ d: Double) -> Double {
        typealias S = SleefDouble
        let u0 = d.rounded(.toNearestOrEven)
        // Out of range (and NaN) q only feeds lanes the selects below overwrite.
        let q = Swift.abs(u0) < 1e5 ? Int(u0) : 0
        let s = d - u0
        let s2 = s * s, s4 = s2 * s2, s8 = s4 * s4
        let poly2 = S.fma(s, 0.4434359082926529454e-9, 0.7073164598085707425e-8)
        let poly4a = S.fma(s2, S.fma(s, 0.1017819260921760451e-6, 0.1321543872511327615e-5),
                           S.fma(s, 0.1525273353517584730e-4, 0.1540353045101147808e-3))
        let poly4b = S.fma(s2, S.fma(s, 0.1333355814670499073e-2, 0.9618129107597600536e-2),
                           S.fma(s, 0.5550410866482046596e-1, 0.2402265069591012214e+0))
        var u = S.fma(s8, poly2, S.fma(s4, poly4a, poly4b))
        u = S.fma(u, s, 0.6931471805599452862e+0)
        u = S.fma(u, s, 1)
        u = S.ldexp2(u, q)
        if d >= 1024 { u = .infinity }
        if d < -2000 { u = 0 }
        return d.isNaN ? .nan : u
    }
}
