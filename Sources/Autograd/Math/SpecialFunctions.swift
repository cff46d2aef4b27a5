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

    /// Cephes' Chebyshev series evaluation (ATen's `chbevl`), in the type of its arguments; GCC contracts
    /// `x * b1 - b2` into one fused multiply-subtract.
    @inline(__always) static func chbevl<T: BinaryFloatingPoint>(_ x: T, _ a: [T]) -> T {
        var b0 = a[0], b1: T = 0, b2: T = 0
        for c in a.dropFirst() {
            b2 = b1
            b1 = b0
            b0 = (-b2).addingProduct(x, b1) + c
        }
        return 0.5 * (b0 - b2)
    }

    static let i0eA: [Double] = [
        -4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16, 1.71539128555513303061E-15,
        -1.16853328779934516808E-14, 7.67618549860493561688E-14, -4.85644678311192946090E-13, 2.95505266312963983461E-12,
        -1.72682629144155570723E-11, 9.67580903537323691224E-11, -5.18979560163526290666E-10, 2.65982372468238665035E-9,
        -1.30002500998624804212E-8, 6.04699502254191894932E-8, -2.67079385394061173391E-7, 1.11738753912010371815E-6,
        -4.41673835845875056359E-6, 1.64484480707288970893E-5, -5.75419501008210370398E-5, 1.88502885095841655729E-4,
        -5.76375574538582365885E-4, 1.63947561694133579842E-3, -4.32430999505057594430E-3, 1.05464603945949983183E-2,
        -2.37374148058994688156E-2, 4.93052842396707084878E-2, -9.49010970480476444210E-2, 1.71620901522208775349E-1,
        -3.04682672343198398683E-1, 6.76795274409476084995E-1]
    static let i0eB: [Double] = [
        -7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17, 3.46122286769746109310E-17,
        -2.82762398051658348494E-16, -3.42548561967721913462E-16, 1.77256013305652638360E-15, 3.81168066935262242075E-15,
        -9.55484669882830764870E-15, -4.15056934728722208663E-14, 1.54008621752140982691E-14, 3.85277838274214270114E-13,
        7.18012445138366623367E-13, -1.79417853150680611778E-12, -1.32158118404477131188E-11, -3.14991652796324136454E-11,
        1.18891471078464383424E-11, 4.94060238822496958910E-10, 3.39623202570838634515E-9, 2.26666899049817806459E-8,
        2.04891858946906374183E-7, 2.89137052083475648297E-6, 6.88975834691682398426E-5, 3.36911647825569408990E-3,
        8.04490411014108831608E-1]
    static let i1eA: [Double] = [
        2.77791411276104639959E-18, -2.11142121435816608115E-17, 1.55363195773620046921E-16, -1.10559694773538630805E-15,
        7.60068429473540693410E-15, -5.04218550472791168711E-14, 3.22379336594557470981E-13, -1.98397439776494371520E-12,
        1.17361862988909016308E-11, -6.66348972350202774223E-11, 3.62559028155211703701E-10, -1.88724975172282928790E-9,
        9.38153738649577178388E-9, -4.44505912879632808065E-8, 2.00329475355213526229E-7, -8.56872026469545474066E-7,
        3.47025130813767847674E-6, -1.32731636560394358279E-5, 4.78156510755005422638E-5, -1.61760815825896745588E-4,
        5.12285956168575772895E-4, -1.51357245063125314899E-3, 4.15642294431288815669E-3, -1.05640848946261981558E-2,
        2.47264490306265168283E-2, -5.29459812080949914269E-2, 1.02643658689847095384E-1, -1.76416518357834055153E-1,
        2.52587186443633654823E-1]
    static let i1eB: [Double] = [
        7.51729631084210481353E-18, 4.41434832307170791151E-18, -4.65030536848935832153E-17, -3.20952592199342395980E-17,
        2.96262899764595013876E-16, 3.30820231092092828324E-16, -1.88035477551078244854E-15, -3.81440307243700780478E-15,
        1.04202769841288027642E-14, 4.27244001671195135429E-14, -2.10154184277266431302E-14, -4.08355111109219731823E-13,
        -7.19855177624590851209E-13, 2.03562854414708950722E-12, 1.41258074366137813316E-11, 3.25260358301548823856E-11,
        -1.89749581235054123450E-11, -5.58974346219658380687E-10, -3.83538038596423702205E-9, -2.63146884688951950684E-8,
        -2.51223623787020892529E-7, -3.88256480887769039346E-6, -1.10588938762623716291E-4, -9.76109749136146840777E-3,
        7.78576235018280120474E-1]
    // float32 uses every i0 coefficient rounded to float, but only the last 17 (i1, [0, 8]) and 7 (i1,
    // beyond 8) of i1's, as ATen's float specialisations list them.
    static let i0eAFloat = i0eA.map { Float($0) }, i0eBFloat = i0eB.map { Float($0) }
    static let i1eAFloat = i1eA.suffix(17).map { Float($0) }, i1eBFloat = i1eB.suffix(7).map { Float($0) }

    /// ATen's `calc_i0`: the modified Bessel function of the first kind, order 0 (Cephes' i0).
    static func i0(_ v: Float) -> Float {
        let x = Swift.abs(v)
        if x <= 8 { return Foundation.exp(x) * chbevl(x / 2 - 2, i0eAFloat) }
        return Foundation.exp(x) * chbevl(32 / x - 2, i0eBFloat) / x.squareRoot()
    }
    static func i0(_ v: Double) -> Double {
        let x = Swift.abs(v)
        if x <= 8 { return Foundation.exp(x) * chbevl(x / 2 - 2, i0eA) }
        return Foundation.exp(x) * chbevl(32 / x - 2, i0eB) / x.squareRoot()
    }

    /// ATen's `calc_i1` (order 1, i0's derivative), odd in x.
    static func i1(_ v: Float) -> Float {
        let x = Swift.abs(v)
        let out = x <= 8 ? Foundation.exp(x) * x * chbevl(x / 2 - 2, i1eAFloat)
                         : (Foundation.exp(x) * chbevl(32 / x - 2, i1eBFloat)) / x.squareRoot()
        return v < 0 ? -out : out
    }
    static func i1(_ v: Double) -> Double {
        let x = Swift.abs(v)
        let out = x <= 8 ? Foundation.exp(x) * x * chbevl(x / 2 - 2, i1eA)
                         : (Foundation.exp(x) * chbevl(32 / x - 2, i1eB)) / x.squareRoot()
        return v < 0 ? -out : out
    }
}
