/// Arbitrary-size integer arithmetic on decimal strings, for Python ints past 64 bits (`10 ** 20`).
/// Only what gradstep needs: add, negate, multiply. Strings are `-?[0-9]+` without leading zeros.
enum BigDecimal {
    static func negate(_ s: String) -> String {
        if s == "0" { return s }
        return s.hasPrefix("-") ? String(s.dropFirst()) : "-" + s
    }

    private static func digits(_ s: String) -> (negative: Bool, digits: [Int]) {
        let neg = s.hasPrefix("-")
        let body = neg ? s.dropFirst() : Substring(s)
        return (neg, body.reversed().compactMap { $0.wholeNumberValue })
    }

    private static func render(_ negative: Bool, _ d: [Int]) -> String {
        var d = d
        while d.count > 1 && d.last == 0 { d.removeLast() }
        let body = d.reversed().map(String.init).joined()
        return (negative && body != "0") ? "-" + body : (body.isEmpty ? "0" : body)
    }

    private static func compareMagnitude(_ a: [Int], _ b: [Int]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return 0
    }

    static func add(_ x: String, _ y: String) -> String {
        let (na, a) = digits(x), (nb, b) = digits(y)
        if na == nb {
            var out = [Int](), carry = 0
            for i in 0..<max(a.count, b.count) {
                let s = (i < a.count ? a[i] : 0) + (i < b.count ? b[i] : 0) + carry
                out.append(s % 10)
                carry = s / 10
            }
            if carry > 0 { out.append(carry) }
            return render(na, out)
        }
        let c = compareMagnitude(a, b)
        if c == 0 { return "0" }
        let (big, small, neg) = c > 0 ? (a, b, na) : (b, a, nb)
        var out = [Int](), borrow = 0
        for i in 0..<big.count {
            var s = big[i] - (i < small.count ? small[i] : 0) - borrow
            borrow = s < 0 ? 1 : 0
            if s < 0 { s += 10 }
            out.append(s)
        }
        return render(neg, out)
    }

    static func multiply(_ x: String, _ y: String) -> String {
        let (na, a) = digits(x), (nb, b) = digits(y)
        var out = [Int](repeating: 0, count: a.count + b.count + 1)
        for i in 0..<a.count {
            var carry = 0
            for j in 0..<b.count {
                let s = out[i + j] + a[i] * b[j] + carry
                out[i + j] = s % 10
                carry = s / 10
            }
            var k = i + b.count
            while carry > 0 {
                let s = out[k] + carry
                out[k] = s % 10
                carry = s / 10
                k += 1
            }
        }
        return render(na != nb, out)
    }
}

extension BigDecimal {
    /// `base ** exponent` (exponent ≥ 0) by repeated squaring, or nil once the result would pass
    /// `maxCharacters` (sign included). Squaring keeps `x ** 9000` and `x << 9000` to a few dozen
    /// multiplications; one multiplication per unit of the exponent made them take seconds.
    static func power(_ base: String, _ exponent: Int, maxCharacters: Int) -> String? {
        var result = "1", square = base, e = exponent
        while e > 0 {
            if e & 1 == 1 {
                result = multiply(result, square)
                if result.count > maxCharacters { return nil }
            }
            e >>= 1
            guard e > 0 else { break }
            // The square is a factor of the result from here on, so a square past the cap is an
            // overflow whenever |base| > 1 (callers answer the bases -1, 0 and 1 themselves).
            square = multiply(square, square)
            if square.count > maxCharacters + 1 { return nil }
        }
        return result
    }
}

extension BigDecimal {
    /// -1, 0 or 1 as `x` is less than, equal to or greater than `y` (both decimal integer strings).
    static func compare(_ x: String, _ y: String) -> Int {
        let nx = x.hasPrefix("-"), ny = y.hasPrefix("-")
        if nx != ny { return nx ? -1 : 1 }
        let mx = nx ? String(x.dropFirst()) : x, my = ny ? String(y.dropFirst()) : y
        var c = 0
        if mx.count != my.count { c = mx.count < my.count ? -1 : 1 } else if mx != my { c = mx < my ? -1 : 1 }
        return nx ? -c : c
    }

    /// Python's floor division and modulo (`divmod`): the quotient rounds toward negative infinity
    /// and the remainder takes the divisor's sign. Nil when `y` is zero.
    static func floorDivMod(_ x: String, _ y: String) -> (quotient: String, remainder: String)? {
        let nx = x.hasPrefix("-"), ny = y.hasPrefix("-")
        let mx = nx ? String(x.dropFirst()) : x, my = ny ? String(y.dropFirst()) : y
        if my == "0" { return nil }
        // Schoolbook long division on magnitudes, one decimal digit at a time.
        var q = "", r = "0"
        for ch in mx {
            r = r == "0" ? String(ch) : r + String(ch)
            var d = 0
            while compare(r, my) >= 0 {
                r = add(r, negate(my))
                d += 1
            }
            if !(q.isEmpty && d == 0) { q += String(d) }
        }
        if q.isEmpty { q = "0" }
        if nx == ny { return (q, nx ? negate(r) : r) }
        // Signs differ: truncated quotient is -q; floor it when there is a remainder.
        if r == "0" { return (negate(q), "0") }
        let fq = negate(add(q, "1"))
        // remainder = x - y * fq, which has y's sign: |y| - |r| with y's sign.
        let fr = add(my, negate(r))
        return (fq, ny ? negate(fr) : fr)
    }
}

extension BigDecimal {
    /// The exact decimal digits of an integral, finite double (`int(1e20)`).
    static func integral(_ d: Double) -> String {
        if Swift.abs(d) < 9e18 { return String(Int(d)) }
        var digits = String(d.significandBitPattern | (1 << 52))
        for _ in 0..<(Int(d.exponent) - 52) { digits = multiply(digits, "2") }
        return d < 0 ? negate(digits) : digits
    }
}
