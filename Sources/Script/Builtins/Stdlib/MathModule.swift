import Foundation
import Autograd

/// Python's `math` module: libm's functions with CPython's argument checks and its
/// `math domain error` / `math range error` rules (mathmodule.c's `math_1`).
enum MathModule {
    static func make() -> NamespaceObject {
        var m: [String: Value] = [
            "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi),
            "inf": .float(.infinity), "nan": .float(.nan),
        ]
        // Every argument reaches CPython's PyFloat_AsDouble, so a tensor's __float__ (and its warning).
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) {
            m[name] = .builtin(Builtin(name) { a, interp in
                for v in a.positional { interp.noteFloatConversion(v) }
                return try f(&a, interp)
            })
        }
        // One-argument functions: (name, libm function, whether an infinite result is an overflow).
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("sqrt", { $0.squareRoot() }, false), ("exp", Foundation.exp, true), ("exp2", Foundation.exp2, true),
            ("expm1", Foundation.expm1, true), ("log1p", Foundation.log1p, false), ("log2", Foundation.log2, false),
            ("log10", Foundation.log10, false), ("sin", Foundation.sin, false), ("cos", Foundation.cos, false),
            ("tan", Foundation.tan, false), ("asin", Foundation.asin, false), ("acos", Foundation.acos, false),
            ("atan", Foundation.atan, false), ("sinh", Foundation.sinh, true), ("cosh", Foundation.cosh, true),
            ("tanh", Foundation.tanh, false), ("asinh", Foundation.asinh, false), ("acosh", Foundation.acosh, false),
            ("atanh", Foundation.atanh, false), ("erf", Foundation.erf, false), ("erfc", Foundation.erfc, false),
            ("fabs", Swift.abs, false), ("cbrt", Foundation.cbrt, false),
            ("degrees", { $0 * (180.0 / Double.pi) }, true), ("radians", { $0 * (Double.pi / 180.0) }, false),
            ("gamma", gamma, true), ("lgamma", lgamma, true),
        ]
        for (name, f, canOverflow) in unary {
            def(name) { a, _ in
                guard a.positional.count == 1, a.keywords.isEmpty else {
                    throw PyError(.type, "math.\(name)() takes exactly one argument (\(a.positional.count + a.keywords.count) given)")
                }
                return .float(try apply(f, try real(a.positional[0]), canOverflow: canOverflow))
            }
        }
        def("log") { a, _ in
            guard (1...2).contains(a.positional.count) else {
                throw PyError(.type, a.positional.isEmpty ? "log expected at least 1 argument, got 0" : "log expected at most 2 arguments, got \(a.positional.count)")
            }
            let x = try logOf(a.positional[0])
            guard a.positional.count == 2 else { return .float(x) }
            let b = try logOf(a.positional[1])
            if b == 0 { throw PyError(.zeroDivision, "float division by zero") }
            return .float(x / b)
        }
        for (name, up) in [("floor", false), ("ceil", true)] {
            def(name) { a, _ in
                let v = try a.required(0, "x")
                switch Convert.unwrapBool(v) {
                case .int, .bigInt: return Convert.unwrapBool(v)
                default: return try integral(try real(v), up ? .up : .down)
                }
            }
        }
        def("trunc") { a, _ in
            let v = try a.required(0, "x")
            switch Convert.unwrapBool(v) {
            case .int, .bigInt: return Convert.unwrapBool(v)
            case .float(let d): return try integral(d, .towardZero)
            default: throw PyError(.type, "type \(v.typeName) doesn't define __trunc__ method")
            }
        }
        def("atan2") { a, _ in
            let (y, x) = try two(a, "atan2")
            return .float(Foundation.atan2(y, x))
        }
        def("pow") { a, _ in
            let (x, y) = try two(a, "pow")
            if x == 0 && y < 0 && y.isFinite { throw PyError(.value, "math domain error") }
            if x < 0 && x.isFinite && y.isFinite && y != y.rounded() { throw PyError(.value, "math domain error") }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PyError(.overflow, "math range error") }
            return .float(r)
        }
        def("fmod") { a, _ in
            let (x, y) = try two(a, "fmod")
            if y == 0 && !x.isNaN || x.isInfinite && !y.isNaN { throw PyError(.value, "math domain error") }
            return .float(Foundation.fmod(x, y))
        }
        def("remainder") { a, _ in
            let (x, y) = try two(a, "remainder")
            if (y == 0 && !x.isNaN) || (x.isInfinite && !y.isNaN) { throw PyError(.value, "math domain error") }
            return .float(Foundation.remainder(x, y))
        }
        def("copysign") { a, _ in let (x, y) = try two(a, "copysign"); return .float(Foundation.copysign(x, y)) }
        def("nextafter") { a, _ in let (x, y) = try two(a, "nextafter"); return .float(Foundation.nextafter(x, y)) }
        def("ldexp") { a, _ in
            let x = try real(try a.required(0, "x"))
            let e = try index(try a.required(1, "i"))
            let r = Foundation.scalbn(x, max(min(e, 100_000), -100_000))
            if r.isInfinite && x.isFinite { throw PyError(.overflow, "math range error") }
            return .float(r)
        }
        def("frexp") { a, _ in
            let x = try real(try a.required(0, "x"))
            if x == 0 || !x.isFinite { return .tuple([.float(x), .int(0)]) }
            let f = Foundation.frexp(x)
            return .tuple([.float(f.0), .int(f.1)])
        }
        def("modf") { a, _ in
            let x = try real(try a.required(0, "x"))
            if x.isInfinite { return .tuple([.float(Foundation.copysign(0, x)), .float(x)]) }
            let i = x.rounded(.towardZero)
            return .tuple([.float(Foundation.copysign(x - i, x)), .float(i)])
        }
        def("ulp") { a, _ in
            let x = Swift.abs(try real(try a.required(0, "x")))
            if x.isNaN || x.isInfinite { return .float(x) }
            if x == .greatestFiniteMagnitude { return .float(x - x.nextDown) }
            return .float(x.nextUp - x)
        }
        def("isnan") { a, _ in .bool(try real(try a.required(0, "x")).isNaN) }
        def("isinf") { a, _ in .bool(try real(try a.required(0, "x")).isInfinite) }
        def("isfinite") { a, _ in .bool(try real(try a.required(0, "x")).isFinite) }
        def("isclose") { a, _ in
            let x = try real(try a.required(0, "a")), y = try real(try a.required(1, "b"))
            let rel = try a.value(nil, "rel_tol").map { try real($0) } ?? 1e-9
            let abs = try a.value(nil, "abs_tol").map { try real($0) } ?? 0
            if rel < 0 || abs < 0 { throw PyError(.value, "tolerances must be non-negative") }
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = Swift.abs(y - x)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abs)
        }
        def("hypot") { a, _ in .float(try norm(a.positional.map(real))) }
        def("dist") { a, interp in
            let p = try interp.iterate(try a.required(0, "p")).map(real), q = try interp.iterate(try a.required(1, "q")).map(real)
            guard p.count == q.count else { throw PyError(.value, "both points must have the same number of dimensions") }
            return .float(try norm(zip(p, q).map { $0 - $1 }))
        }
        def("fsum") { a, interp in .float(try fsum(try interp.iterate(try a.required(0, "seq")).map(real))) }
        def("prod") { a, interp in
            var acc = a.value(nil, "start") ?? .int(1)
            try interp.forEach(try a.required(0, "iterable")) { v in
                acc = try Arithmetic.binary(.multiply, acc, v, interp)
                return true
            }
            return acc
        }
        def("factorial") { a, _ in
            let n = try index(try a.required(0, "n"))
            if n < 0 { throw PyError(.value, "factorial() not defined for negative values") }
            if n > 3000 { throw PyError(.overflow, "factorial() result too large for gradstep") }
            var r = "1"
            for k in stride(from: 2, through: n, by: 1) { r = BigDecimal.multiply(r, String(k)) }
            return Arithmetic.normalizeBig(r)
        }
        def("comb") { a, _ in
            let n = try index(try a.required(0, "n")), k = try index(try a.required(1, "k"))
            if n < 0 { throw PyError(.value, "n must be a non-negative integer") }
            if k < 0 { throw PyError(.value, "k must be a non-negative integer") }
            return try combinations(n, k, ordered: false)
        }
        def("perm") { a, _ in
            let n = try index(try a.required(0, "n"))
            let k = try a.value(1, "k").flatMap { $0.isNone ? nil : $0 }.map(index) ?? n
            if n < 0 { throw PyError(.value, "n must be a non-negative integer") }
            if k < 0 { throw PyError(.value, "k must be a non-negative integer") }
            return try combinations(n, k, ordered: true)
        }
        def("gcd") { a, _ in
            var g = 0
            for v in a.positional { g = gcd(g, Swift.abs(try index(v))) }
            return .int(g)
        }
        def("lcm") { a, _ in
            var l = a.positional.isEmpty ? 1 : Swift.abs(try index(a.positional[0]))
            for v in a.positional.dropFirst() {
                let x = Swift.abs(try index(v))
                if l == 0 || x == 0 { l = 0; continue }
                let (r, o) = (l / gcd(l, x)).multipliedReportingOverflow(by: x)
                if o { throw PyError(.overflow, "lcm() result too large for gradstep") }
                l = r
            }
            return .int(l)
        }
        def("isqrt") { a, _ in
            let n = try index(try a.required(0, "n"))
            if n < 0 { throw PyError(.value, "isqrt() argument must be nonnegative") }
            var r = Int(Double(n).squareRoot())
            while r * r > n { r -= 1 }
            while (r + 1).multipliedReportingOverflow(by: r + 1).partialValue <= n && !(r + 1).multipliedReportingOverflow(by: r + 1).overflow { r += 1 }
            return .int(r)
        }
        return NamespaceObject("math", m)
    }

    /// A float argument: CPython's `PyFloat_AsDouble` with its TypeError.
    static func real(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .bigInt(let s):
            guard let d = Double(s), d.isFinite else { throw PyError(.overflow, "int too large to convert to float") }
            return d
        case .tensor(let t) where t.numel == 1: return try t.item().doubleValue
        case .object(let n as PyNumeric): return try n.number().doubleValue
        default: throw PyError(.type, "must be real number, not \(v.typeName)")
        }
    }

    /// An integer argument (`'float' object cannot be interpreted as an integer`).
    static func index(_ v: Value) throws -> Int {
        switch Convert.unwrapBool(v) {
        case .int(let i): return i
        case .bigInt: throw PyError(.overflow, "Python int too large to convert to C long")
        case .tensor(let t) where t.numel == 1 && !t.dtype.isFloatingPoint: return Int(t.intValues()[0])
        case .object(let s as NumpyScalar) where !s.dtype.isFloatingPoint: return Int(s.tensor.intValues()[0])
        default: throw PyError(.type, "'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    static func isIntegral(_ v: Value) -> Bool {
        switch v {
        case .int, .bigInt, .bool: return true
        default: return false
        }
    }

    /// `math_1`: NaN from a non-NaN is a domain error; an infinity from a finite argument is a range
    /// error when the function can overflow, a domain error otherwise.
    static func apply(_ f: (Double) -> Double, _ x: Double, canOverflow: Bool) throws -> Double {
        let r = f(x)
        if r.isNaN && !x.isNaN { throw PyError(.value, "math domain error") }
        if r.isInfinite && x.isFinite { throw PyError(canOverflow ? .overflow : .value, canOverflow ? "math range error" : "math domain error") }
        return r
    }

    static func logOf(_ v: Value) throws -> Double {
        if case .bigInt(let s) = v, !s.hasPrefix("-") {
            // log of a huge int: digits × log(10) plus the log of the leading digits.
            let lead = Double(s.prefix(17)) ?? 1
            return Foundation.log(lead) + Double(s.count - min(s.count, 17)) * Foundation.log(10.0)
        }
        let x = try real(v)
        if x <= 0 { throw PyError(.value, "math domain error") }
        return Foundation.log(x)
    }

    static func two(_ a: CallArgs, _ name: String) throws -> (Double, Double) {
        guard a.positional.count == 2 else { throw PyError(.type, "\(name) expected 2 arguments, got \(a.positional.count)") }
        return (try real(a.positional[0]), try real(a.positional[1]))
    }

    static func integral(_ d: Double, _ rule: FloatingPointRoundingRule) throws -> Value {
        if d.isNaN { throw PyError(.value, "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError(.overflow, "cannot convert float infinity to integer") }
        let r = d.rounded(rule)
        if Swift.abs(r) >= 9.2e18 { return Arithmetic.normalizeBig(BigDecimal.integral(r)) }
        return .int(Int(r))
    }

    static func gamma(_ x: Double) -> Double {
        if x <= 0 && x == x.rounded() { return .nan }
        return Foundation.tgamma(x)
    }

    /// CPython's m_lgamma (Lanczos approximation, reflection for negative x), not libm's: the
    /// last digits differ between the two.
    static func lgamma(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2.0 { return x <= 0 ? .infinity : 0.0 }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return -Foundation.log(absx) }
        var r = Foundation.log(lanczosSum(absx)) - lanczosG
        r += (absx - 0.5) * (Foundation.log(absx + lanczosG - 0.5) - 1)
        if x < 0.0 {
            r = 1.144729885849400174143427351353058711647 - Foundation.log(Swift.abs(sinpi(absx))) - Foundation.log(absx) - r
        }
        return r
    }

    private static let lanczosG = 6.024680040776729583740234375
    private static let lanczosNum: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    private static let lanczosDen: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                               13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]

    private static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5.0 {
            for i in stride(from: lanczosNum.count - 1, through: 0, by: -1) {
                num = num * x + lanczosNum[i]
                den = den * x + lanczosDen[i]
            }
        } else {
            for i in 0..<lanczosNum.count {
                num = num / x + lanczosNum[i]
                den = den / x + lanczosDen[i]
            }
        }
        return num / den
    }

    /// sin(pi * x), exact at the multiples of 1/2 (CPython's m_sinpi).
    private static func sinpi(_ x: Double) -> Double {
        let y = Foundation.fmod(Swift.abs(x), 2.0)
        let r: Double
        switch Int((2.0 * y).rounded()) {
        case 0: r = Foundation.sin(Double.pi * y)
        case 1: r = Foundation.cos(Double.pi * (y - 0.5))
        case 2: r = Foundation.sin(Double.pi * (1.0 - y))
        case 3: r = -Foundation.cos(Double.pi * (y - 1.5))
        default: r = Foundation.sin(Double.pi * (y - 2.0))
        }
        return x.sign == .minus ? -r : r
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    static func norm(_ xs: [Double]) throws -> Double {
        if xs.contains(where: { $0.isInfinite }) { return .infinity }
        if xs.contains(where: { $0.isNaN }) { return .nan }
        if xs.count == 2 { return Foundation.hypot(xs[0], xs[1]) }
        let m = xs.map { Swift.abs($0) }.max() ?? 0
        if m == 0 { return 0 }
        return m * xs.map { ($0 / m) * ($0 / m) }.reduce(0, +).squareRoot()
    }

    /// Shewchuk's exact summation, as CPython's `math.fsum`.
    static func fsum(_ xs: [Double]) throws -> Double {
        var partials: [Double] = []
        var specialSum = 0.0
        var infSum = 0.0
        for var x in xs {
            if !x.isFinite {
                if x.isInfinite { infSum += x }
                specialSum += x
                continue
            }
            var i = 0
            for var y in partials {
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 { partials[i] = lo; i += 1 }
                x = hi
            }
            partials.removeSubrange(i...)
            partials.append(x)
        }
        if specialSum != 0 {
            if infSum.isNaN { throw PyError(.value, "-inf + inf in fsum") }
            return specialSum
        }
        guard var n = partials.indices.last else { return 0 }
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
        }
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
        return hi
    }

    /// `comb(n, k)` / `perm(n, k)` in exact integers.
    static func combinations(_ n: Int, _ k: Int, ordered: Bool) throws -> Value {
        if k > n { return .int(0) }
        let kk = ordered ? k : min(k, n - k)
        if kk > 5000 { throw PyError(.overflow, "result too large for gradstep") }
        var r = "1"
        for i in 0..<kk {
            r = BigDecimal.multiply(r, String(n - i))
            if !ordered { r = BigDecimal.floorDivMod(r, String(i + 1))?.0 ?? r }
        }
        return Arithmetic.normalizeBig(r)
    }
}
