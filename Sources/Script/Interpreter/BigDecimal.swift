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
