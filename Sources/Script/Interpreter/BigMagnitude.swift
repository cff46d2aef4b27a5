/// A non-negative integer as little-endian base-2**32 limbs: the binary arithmetic that `pow(a, b, m)`
/// needs on Python ints past 64 bits (a product reduced modulo m at every step, the extended Euclid of
/// a modular inverse). `BigDecimal`'s digit strings stay the ints' representation; they are converted
/// here once per call, because a remainder on digit strings costs ten subtractions per digit.
struct BigMagnitude: Equatable {
    /// No trailing zero limbs: zero is the empty array.
    private(set) var limbs: [UInt32]

    init(limbs: [UInt32]) {
        var l = limbs
        while l.last == 0 { l.removeLast() }
        self.limbs = l
    }

    static let zero = BigMagnitude(limbs: [])
    static let one = BigMagnitude(limbs: [1])

    /// From decimal digits without a sign (`BigDecimal`'s form with the sign dropped).
    init(decimal: some StringProtocol) {
        var l: [UInt32] = []
        var chunk: UInt64 = 0, scale: UInt64 = 1
        func push(_ value: UInt64, _ scale: UInt64) {
            // l = l * scale + value
            var carry = value
            for i in l.indices {
                let t = UInt64(l[i]) * scale + carry
                l[i] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            if carry > 0 { l.append(UInt32(carry)) }
        }
        for c in decimal.utf8 where c >= 48 && c <= 57 {
            chunk = chunk * 10 + UInt64(c - 48)
            scale *= 10
            if scale == 1_000_000_000 {
                push(chunk, scale)
                chunk = 0
                scale = 1
            }
        }
        if scale > 1 { push(chunk, scale) }
        self.init(limbs: l)
    }

    var isZero: Bool { limbs.isEmpty }

    /// Decimal digits (`"0"` for zero).
    var decimal: String {
        if isZero { return "0" }
        var l = limbs
        var groups: [UInt32] = []
        while !l.isEmpty {
            var rem: UInt64 = 0
            for i in l.indices.reversed() {
                let cur = (rem << 32) | UInt64(l[i])
                l[i] = UInt32(cur / 1_000_000_000)
                rem = cur % 1_000_000_000
            }
            while l.last == 0 { l.removeLast() }
            groups.append(UInt32(rem))
        }
        var s = String(groups.removeLast())
        for g in groups.reversed() {
            let part = String(g)
            s += String(repeating: "0", count: 9 - part.count) + part
        }
        return s
    }

    var bitWidth: Int { limbs.isEmpty ? 0 : limbs.count * 32 - limbs[limbs.count - 1].leadingZeroBitCount }

    func bit(_ i: Int) -> Bool { (limbs[i / 32] >> UInt32(i % 32)) & 1 == 1 }

    static func < (a: BigMagnitude, b: BigMagnitude) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in a.limbs.indices.reversed() where a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] }
        return false
    }

    static func + (a: BigMagnitude, b: BigMagnitude) -> BigMagnitude {
        var out: [UInt32] = []
        out.reserveCapacity(max(a.limbs.count, b.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(a.limbs.count, b.limbs.count) {
            let t = UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
            out.append(UInt32(truncatingIfNeeded: t))
            carry = t >> 32
        }
        if carry > 0 { out.append(UInt32(carry)) }
        return BigMagnitude(limbs: out)
    }

    /// `a - b` for `b <= a`.
    static func - (a: BigMagnitude, b: BigMagnitude) -> BigMagnitude {
        var out = a.limbs
        var borrow: Int64 = 0
        for i in out.indices {
            let t = Int64(out[i]) - Int64(i < b.limbs.count ? b.limbs[i] : 0) - borrow
            out[i] = UInt32(truncatingIfNeeded: t)
            borrow = t < 0 ? 1 : 0
        }
        return BigMagnitude(limbs: out)
    }

    static func * (a: BigMagnitude, b: BigMagnitude) -> BigMagnitude {
        if a.isZero || b.isZero { return .zero }
        var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in a.limbs.indices {
            var carry: UInt64 = 0
            let x = UInt64(a.limbs[i])
            for j in b.limbs.indices {
                let t = x * UInt64(b.limbs[j]) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            out[i + b.limbs.count] = UInt32(carry)
        }
        return BigMagnitude(limbs: out)
    }

    /// Quotient and remainder by a non-zero `d` (Knuth's algorithm D, as in Hacker's Delight's divmnu).
    func quotientAndRemainder(dividingBy d: BigMagnitude) -> (quotient: BigMagnitude, remainder: BigMagnitude) {
        let n = d.limbs.count, m = limbs.count
        // Callers never divide by zero (Python's ZeroDivisionError / ValueError come first).
        if n == 0 || self < d { return (.zero, self) }
        if n == 1 {
            let v = UInt64(d.limbs[0])
            var q = [UInt32](repeating: 0, count: m)
            var rem: UInt64 = 0
            for i in limbs.indices.reversed() {
                let cur = (rem << 32) | UInt64(limbs[i])
                q[i] = UInt32(cur / v)
                rem = cur % v
            }
            return (BigMagnitude(limbs: q), BigMagnitude(limbs: [UInt32(rem)]))
        }
        let b: UInt64 = 1 << 32
        let s = UInt32(d.limbs[n - 1].leadingZeroBitCount)
        // Normalised divisor and dividend: the divisor's top limb has its high bit set.
        var vn = [UInt32](repeating: 0, count: n)
        for i in stride(from: n - 1, to: 0, by: -1) {
            vn[i] = s == 0 ? d.limbs[i] : (d.limbs[i] << s) | (d.limbs[i - 1] >> (32 - s))
        }
        vn[0] = d.limbs[0] << s
        var un = [UInt32](repeating: 0, count: m + 1)
        un[m] = s == 0 ? 0 : limbs[m - 1] >> (32 - s)
        for i in stride(from: m - 1, to: 0, by: -1) {
            un[i] = s == 0 ? limbs[i] : (limbs[i] << s) | (limbs[i - 1] >> (32 - s))
        }
        un[0] = limbs[0] << s
        var q = [UInt32](repeating: 0, count: m - n + 1)
        for j in stride(from: m - n, through: 0, by: -1) {
            let num = (UInt64(un[j + n]) << 32) | UInt64(un[j + n - 1])
            var qhat = num / UInt64(vn[n - 1])
            var rhat = num % UInt64(vn[n - 1])
            while qhat >= b || qhat * UInt64(vn[n - 2]) > (rhat << 32) + UInt64(un[j + n - 2]) {
                qhat -= 1
                rhat += UInt64(vn[n - 1])
                if rhat >= b { break }
            }
            // un[j...j+n] -= qhat * vn
            var borrow: Int64 = 0
            for i in 0..<n {
                let p = qhat * UInt64(vn[i])
                let t = Int64(un[i + j]) - borrow - Int64(p & 0xFFFF_FFFF)
                un[i + j] = UInt32(truncatingIfNeeded: t)
                borrow = Int64(p >> 32) - (t >> 32)
            }
            let t = Int64(un[j + n]) - borrow
            un[j + n] = UInt32(truncatingIfNeeded: t)
            q[j] = UInt32(truncatingIfNeeded: qhat)
            if t < 0 {
                // qhat was one too large: add the divisor back.
                q[j] &-= 1
                var carry: UInt64 = 0
                for i in 0..<n {
                    let t2 = UInt64(un[i + j]) + UInt64(vn[i]) + carry
                    un[i + j] = UInt32(truncatingIfNeeded: t2)
                    carry = t2 >> 32
                }
                un[j + n] &+= UInt32(truncatingIfNeeded: carry)
            }
        }
        var r = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            r[i] = s == 0 ? un[i] : (un[i] >> s) | (un[i + 1] << (32 - s))
        }
        return (BigMagnitude(limbs: q), BigMagnitude(limbs: r))
    }

    static func % (a: BigMagnitude, d: BigMagnitude) -> BigMagnitude { a.quotientAndRemainder(dividingBy: d).remainder }

    /// `self * 2**k`.
    func shiftedLeft(_ k: Int) -> BigMagnitude {
        if isZero || k <= 0 { return self }
        let words = k / 32, bits = UInt32(k % 32)
        var out = [UInt32](repeating: 0, count: words) + limbs + [0]
        if bits > 0 {
            for i in stride(from: out.count - 1, to: words, by: -1) {
                out[i] = (out[i] << bits) | (out[i - 1] >> (32 - bits))
            }
            out[words] = limbs[0] << bits
        }
        return BigMagnitude(limbs: out)
    }

    /// `x / y` for ints as CPython's true division computes it when one is past 64 bits: correctly
    /// rounded (a quotient of 55 bits or more, with a sticky bit for the remainder, rounded once),
    /// OverflowError past the float range. Not through floats: `10**400 / 10**399` is 10.0.
    static func trueDivide(_ x: String, _ y: String) throws -> Double {
        let a = BigMagnitude(decimal: x), b = BigMagnitude(decimal: y)
        if b.isZero { throw PyError(.zeroDivision, "division by zero") }
        let negative = x.hasPrefix("-") != y.hasPrefix("-")
        if a.isZero { return negative ? -0.0 : 0.0 }
        let shift = 55 - (a.bitWidth - b.bitWidth)
        let (q, r) = shift >= 0 ? a.shiftedLeft(shift).quotientAndRemainder(dividingBy: b)
                                : a.quotientAndRemainder(dividingBy: b.shiftedLeft(-shift))
        var m: UInt64 = 0
        for (i, limb) in q.limbs.prefix(2).enumerated() { m |= UInt64(limb) << UInt64(32 * i) }
        if !r.isZero { m |= 1 }
        let d = Double(sign: .plus, exponent: -shift, significand: Double(m))
        if d.isInfinite { throw PyError(.overflow, "integer division result too large for a float") }
        return negative ? -d : d
    }
}
