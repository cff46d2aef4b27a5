import Foundation
import Autograd

/// The state behind Python's `random` module: CPython's Mersenne Twister and `gauss`'s spare value.
final class PythonRandomState {
    var mt: MT19937
    var gaussNext: Double?

    init() {
        mt = MT19937(key: PythonRandomState.entropy())
    }

    static func entropy() -> [UInt32] {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in UInt32.random(in: .min ... .max, using: &g) }
    }

    /// `random.seed(a)`: ints by their magnitude's 32-bit words; other hashable numbers by their hash.
    func seed(_ v: Value) throws {
        gaussNext = nil
        switch v {
        case .none: mt = MT19937(key: PythonRandomState.entropy())
        case .int(let i): mt = MT19937(key: PythonRandomState.words(i.magnitude))
        case .bigInt(let s): mt = MT19937(key: PythonRandomState.words(decimal: s.hasPrefix("-") ? String(s.dropFirst()) : s))
        case .bool, .float:
            guard let h = PySetTable.hash(v) else { throw PyError(.notImplemented, "random.seed() of an infinite or NaN float is not supported by gradstep") }
            mt = MT19937(key: PythonRandomState.words(UInt(bitPattern: h)))
        case .string: throw PyError(.notImplemented, "random.seed() with a str seed is not supported by gradstep (use an int)")
        default: throw PyError(.type, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
    }

    static func words(_ n: UInt) -> [UInt32] {
        if n == 0 { return [0] }
        var out: [UInt32] = []
        var x = n
        while x > 0 { out.append(UInt32(truncatingIfNeeded: x)); x >>= 32 }
        return out
    }

    /// The base-2³² digits of a non-negative decimal, least significant first.
    static func words(decimal: String) -> [UInt32] {
        var digits = decimal.compactMap { $0.wholeNumberValue }
        var out: [UInt32] = []
        while !digits.isEmpty {
            var rem: UInt64 = 0
            var q: [Int] = []
            for d in digits {
                let cur = rem * 10 + UInt64(d)
                let qd = cur >> 32
                rem = cur & 0xffff_ffff
                if !q.isEmpty || qd != 0 { q.append(Int(qd)) }
            }
            out.append(UInt32(rem))
            digits = q
        }
        return out.isEmpty ? [0] : out
    }

    /// `random()`: 53 random bits (genrand_res53).
    func random() -> Double {
        let a = Double(mt.next32() >> 5), b = Double(mt.next32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k ≤ 64.
    func bits(_ k: Int) -> UInt64 {
        if k <= 0 { return 0 }
        if k <= 32 { return UInt64(mt.next32() >> (32 - UInt32(k))) }
        var r: UInt64 = 0
        var left = k
        var shift: UInt64 = 0
        while left > 0 {
            var w = mt.next32()
            if left < 32 { w >>= UInt32(32 - left) }
            r |= UInt64(w) << shift
            shift += 32
            left -= 32
        }
        return r
    }

    /// `_randbelow(n)` for n > 0: rejection sampling on n.bit_length() bits.
    func below(_ n: Int) -> Int {
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = bits(k)
        while r >= UInt64(n) { r = bits(k) }
        return Int(r)
    }
}

/// Python's `random` module with CPython's exact sequences (Lib/random.py over _randommodule.c).
enum RandomModule {
    static func make() -> NamespaceObject {
        var m = functions(PythonRandomState())
        m["Random"] = .builtin(Builtin("Random") { a, _ in
            let state = PythonRandomState()
            try state.seed(a.value(0, "x") ?? .none)
            return .object(NamespaceObject("Random", functions(state)))
        })
        return NamespaceObject("random", m)
    }

    static func functions(_ st: PythonRandomState) -> [String: Value] {
        var m: [String: Value] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { m[name] = .builtin(Builtin(name, f)) }
        def("seed") { a, _ in try st.seed(a.value(0, "a") ?? .none); return .none }
        def("random") { _, _ in .float(st.random()) }
        def("getstate") { _, _ in .object(RandomStateSnapshot(mt: st.mt, gaussNext: st.gaussNext)) }
        def("setstate") { a, _ in
            guard case .object(let s as RandomStateSnapshot) = try a.required(0, "state") else {
                throw PyError(.type, "state vector must be a tuple")
            }
            st.mt = s.mt
            st.gaussNext = s.gaussNext
            return .none
        }
        def("getrandbits") { a, _ in
            let k = try MathModule.index(try a.required(0, "k"))
            if k < 0 { throw PyError(.value, "number of bits must be non-negative") }
            if k > 63 { throw PyError(.notImplemented, "getrandbits() of more than 63 bits is not supported by gradstep") }
            return .int(Int(st.bits(k)))
        }
        def("uniform") { a, _ in
            let lo = try MathModule.real(try a.required(0, "a")), hi = try MathModule.real(try a.required(1, "b"))
            return .float(lo + (hi - lo) * st.random())
        }
        def("randrange") { a, _ in .int(try randrange(st, a)) }
        def("randint") { a, _ in
            let lo = try MathModule.index(try a.required(0, "a")), hi = try MathModule.index(try a.required(1, "b"))
            return .int(try randrange(st, CallArgs([.int(lo), .int(hi + 1)], name: "randrange")))
        }
        def("choice") { a, interp in
            let seq = try sequence(try a.required(0, "seq"), interp)
            if seq.isEmpty { throw PyError(.index, "Cannot choose from an empty sequence") }
            return seq[st.below(seq.count)]
        }
        def("choices") { a, interp in
            let pop = try sequence(try a.required(0, "population"), interp)
            let k = try MathModule.index(a.value(nil, "k") ?? .int(1))
            let n = pop.count
            var cum: [Double]
            let weights = a.value(1, "weights").flatMap { $0.isNone ? nil : $0 }
            let cumWeights = a.value(nil, "cum_weights").flatMap { $0.isNone ? nil : $0 }
            if let cw = cumWeights {
                if weights != nil { throw PyError(.type, "Cannot specify both weights and cumulative weights") }
                cum = try interp.iterate(cw).map(MathModule.real)
            } else if let w = weights {
                if case .int(let kk) = w { throw PyError(.type, "The number of choices must be a keyword argument: k=\(kk)") }
                var total = 0.0
                cum = try interp.iterate(w).map { total += try MathModule.real($0); return total }
            } else {
                let nf = Double(n)
                if n == 0 && k > 0 { throw PyError(.index, "list index out of range") }
                return .list(ListBox((0..<max(k, 0)).map { _ in pop[Int((st.random() * nf).rounded(.down))] }))
            }
            if cum.count != n { throw PyError(.value, "The number of weights does not match the population") }
            guard let total = cum.last else { throw PyError(.index, "list index out of range") }
            if total <= 0 { throw PyError(.value, "Total of weights must be greater than zero") }
            if !total.isFinite { throw PyError(.value, "Total of weights must be finite") }
            return .list(ListBox((0..<max(k, 0)).map { _ in pop[bisectRight(cum, st.random() * total, hi: n - 1)] }))
        }
        def("shuffle") { a, _ in
            let v = try a.required(0, "x")
            guard case .list(let l) = v else { throw PyError(.type, "'\(v.typeName)' object does not support item assignment") }
            var i = l.items.count - 1
            while i >= 1 {
                let j = st.below(i + 1)
                l.items.swapAt(i, j)
                i -= 1
            }
            return .none
        }
        def("sample") { a, interp in
            let popValue = try a.required(0, "population")
            switch popValue {
            case .list, .tuple, .string, .range, .size: break
            default: throw PyError(.type, "Population must be a sequence.  For dicts or sets, use sorted(d).")
            }
            let k = try MathModule.index(try a.required(1, "k"))
            if let counts = a.value(nil, "counts"), !counts.isNone {
                let pop = try interp.iterate(popValue)
                var total = 0
                let cum = try interp.iterate(counts).map { c -> Int in total += try MathModule.index(c); return total }
                if cum.count != pop.count { throw PyError(.value, "The number of counts does not match the population") }
                if total <= 0 { throw PyError(.value, "Total of counts must be greater than zero") }
                let picks = try sample(st, n: total, k: k) { .int($0) }
                let bounds = cum.dropLast().map(Double.init)
                return .list(ListBox(picks.map { s in
                    guard case .int(let x) = s else { return .none }
                    return pop[bisectRight(Array(bounds), Double(x), hi: bounds.count)]
                }))
            }
            if case .range(let lo, let hi, let step) = popValue {
                let n = Builtins.rangeCount(lo, hi, step)
                return .list(ListBox(try sample(st, n: n, k: k) { .int(lo &+ $0 &* step) }))
            }
            let pop = try interp.iterate(popValue)
            return .list(ListBox(try sample(st, n: pop.count, k: k) { pop[$0] }))
        }
        def("gauss") { a, _ in
            let mu = try MathModule.real(a.value(0, "mu") ?? .float(0)), sigma = try MathModule.real(a.value(1, "sigma") ?? .float(1))
            var z: Double
            if let g = st.gaussNext {
                z = g
                st.gaussNext = nil
            } else {
                let x2pi = st.random() * 2 * Double.pi
                let g2rad = (-2.0 * Foundation.log(1.0 - st.random())).squareRoot()
                z = Foundation.cos(x2pi) * g2rad
                st.gaussNext = Foundation.sin(x2pi) * g2rad
            }
            return .float(mu + z * sigma)
        }
        def("normalvariate") { a, _ in
            let mu = try MathModule.real(a.value(0, "mu") ?? .float(0)), sigma = try MathModule.real(a.value(1, "sigma") ?? .float(1))
            let magic = 4 * Foundation.exp(-0.5) / 2.0.squareRoot()
            var z = 0.0
            while true {
                let u1 = st.random()
                let u2 = 1.0 - st.random()
                z = magic * (u1 - 0.5) / u2
                if z * z / 4.0 <= -Foundation.log(u2) { break }
            }
            return .float(mu + z * sigma)
        }
        def("lognormvariate") { a, interp in
            var b = CallArgs([try a.required(0, "mu"), try a.required(1, "sigma")], name: "normalvariate")
            guard case .builtin(let normal)? = m["normalvariate"] else { return .none }
            return .float(Foundation.exp(try MathModule.real(try normal.call(&b, interp))))
        }
        // CPython's gammavariate (Marsaglia-Tsang for alpha > 1, Ahrens-Dieter GS for alpha < 1).
        func gamma(_ alpha: Double, _ beta: Double) throws -> Double {
            if alpha <= 0 || beta <= 0 { throw PyError(.value, "gammavariate: alpha and beta must be > 0.0") }
            if alpha > 1 {
                let ainv = (2.0 * alpha - 1.0).squareRoot(), bbb = alpha - Foundation.log(4.0), ccc = alpha + ainv
                let sgMagic = 1.0 + Foundation.log(4.5)
                while true {
                    let u1 = st.random()
                    if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                    let u2 = 1.0 - st.random()
                    let v = Foundation.log(u1 / (1.0 - u1)) / ainv
                    let x = alpha * Foundation.exp(v)
                    let z = u1 * u1 * u2
                    let r = bbb + ccc * v - x
                    if r + sgMagic - 4.5 * z >= 0.0 || r >= Foundation.log(z) { return x * beta }
                }
            }
            if alpha == 1 { return -Foundation.log(1.0 - st.random()) * beta }
            var x = 0.0
            while true {
                let u = st.random()
                let b = (M_E + alpha) / M_E
                let p = b * u
                x = p <= 1.0 ? Foundation.pow(p, 1.0 / alpha) : -Foundation.log((b - p) / alpha)
                let u1 = st.random()
                if p > 1.0 {
                    if u1 <= Foundation.pow(x, alpha - 1.0) { break }
                } else if u1 <= Foundation.exp(-x) { break }
            }
            return x * beta
        }
        def("gammavariate") { a, _ in
            .float(try gamma(try MathModule.real(try a.required(0, "alpha")), try MathModule.real(try a.required(1, "beta"))))
        }
        def("betavariate") { a, _ in
            let alpha = try MathModule.real(try a.required(0, "alpha")), beta = try MathModule.real(try a.required(1, "beta"))
            let y = try gamma(alpha, 1.0)
            return .float(y == 0 ? 0.0 : y / (y + (try gamma(beta, 1.0))))
        }
        def("paretovariate") { a, _ in
            let alpha = try MathModule.real(try a.required(0, "alpha"))
            return .float(Foundation.pow(1.0 - st.random(), -1.0 / alpha))
        }
        def("weibullvariate") { a, _ in
            let alpha = try MathModule.real(try a.required(0, "alpha")), beta = try MathModule.real(try a.required(1, "beta"))
            return .float(alpha * Foundation.pow(-Foundation.log(1.0 - st.random()), 1.0 / beta))
        }
        def("expovariate") { a, _ in
            let lambd = try MathModule.real(a.value(0, "lambd") ?? .float(1))
            if lambd == 0 { throw PyError(.zeroDivision, "float division by zero") }
            return .float(-Foundation.log(1.0 - st.random()) / lambd)
        }
        def("triangular") { a, _ in
            let low = try MathModule.real(a.value(0, "low") ?? .float(0)), high = try MathModule.real(a.value(1, "high") ?? .float(1))
            let mode = try a.value(2, "mode").flatMap { $0.isNone ? nil : $0 }.map(MathModule.real)
            var u = st.random()
            var c = 0.5
            if let mode {
                if high == low { return .float(low) }
                c = (mode - low) / (high - low)
            }
            var (lo, hi) = (low, high)
            if u > c {
                u = 1.0 - u
                c = 1.0 - c
                (lo, hi) = (hi, lo)
            }
            return .float(lo + (hi - lo) * (u * c).squareRoot())
        }
        return m
    }

    static func sequence(_ v: Value, _ interp: Interpreter) throws -> [Value] {
        switch v {
        case .list, .tuple, .string, .range, .size: return try interp.iterate(v)
        case .object(let o as PySequenceObject): return o.items
        default: throw PyError(.type, "object of type '\(v.typeName)' has no len()")
        }
    }

    static func bisectRight(_ a: [Double], _ x: Double, hi: Int) -> Int {
        var lo = 0, hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if x < a[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// `sample`'s two strategies (a pool for small populations, a set of picks otherwise), as random.py.
    static func sample(_ st: PythonRandomState, n: Int, k: Int, _ item: (Int) -> Value) throws -> [Value] {
        if k < 0 || k > n { throw PyError(.value, "Sample larger than population or is negative") }
        if k > Shape.defaultMaxElements { throw PyError(.memory, "sample of \(k) items is too large for gradstep") }
        var setsize = 21
        if k > 5 {
            let e = Foundation.ceil(Foundation.log(Double(k) * 3) / Foundation.log(4.0))
            setsize += Int(Foundation.pow(4.0, e))
        }
        var result: [Value] = []
        result.reserveCapacity(k)
        if n <= setsize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = st.below(n - i)
                result.append(item(pool[j]))
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = st.below(n)
                while selected.contains(j) { j = st.below(n) }
                selected.insert(j)
                result.append(item(j))
            }
        }
        return result
    }

    static func floorDiv(_ x: Int, _ y: Int) -> Int {
        let q = x / y
        return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
    }

    /// `randrange(start, stop=None, step=1)` as random.py computes it.
    static func randrange(_ st: PythonRandomState, _ a: CallArgs) throws -> Int {
        func integer(_ v: Value, _ what: String) throws -> Int {
            if case .float(let d) = v {
                if d != d.rounded() { throw PyError(.value, "non-integer \(what) for randrange()") }
                return Int(d)
            }
            return try MathModule.index(v)
        }
        let istart = try integer(try a.required(0, "start"), "arg 1")
        guard let stopValue = a.value(1, "stop"), !stopValue.isNone else {
            if a.value(2, "step") != nil { throw PyError(.type, "Missing a non-None stop argument") }
            if istart > 0 { return st.below(istart) }
            throw PyError(.value, "empty range for randrange()")
        }
        let istop = try integer(stopValue, "stop")
        let width = istop - istart
        let istep = try integer(a.value(2, "step") ?? .int(1), "step")
        if istep == 1 {
            if width > 0 { return istart + st.below(width) }
            throw PyError(.value, "empty range for randrange() (\(istart), \(istop), \(width))")
        }
        let n: Int
        if istep > 0 {
            n = floorDiv(width + istep - 1, istep)
        } else if istep < 0 {
            n = floorDiv(width + istep + 1, istep)
        } else {
            throw PyError(.value, "zero step for randrange()")
        }
        if n <= 0 { throw PyError(.value, "empty range for randrange()") }
        return istart + istep * st.below(n)
    }
}

/// What `random.getstate()` returns and `setstate` takes back. CPython's is a tuple of the 625
/// state words; gradstep keeps the generator itself (printing it is not CPython's text).
final class RandomStateSnapshot: PyObject {
    let mt: MT19937
    let gaussNext: Double?
    init(mt: MT19937, gaussNext: Double?) {
        self.mt = mt
        self.gaussNext = gaussNext
    }
    var typeName: String { "random_state" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { nil }
    func repr() -> String { "<random state at \(Repr.address(self))>" }
}
