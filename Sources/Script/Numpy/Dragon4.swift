import Autograd

/// numpy's `dragon4_positional` / `dragon4_scientific` (numpy/_core/src/multiarray/dragon4.c) for
/// float32 and float64 values: the shortest digits that identify the value in its own type, cut at
/// `precision` digits and then rounded half-to-even on the exact binary value, laid out with
/// numpy's trim and padding rules.
struct Dragon4 {
    /// numpy's trim modes: `k` keeps trailing zeros, `.` trims them but keeps the point,
    /// `0` trims them but leaves one zero, `-` trims them and the point.
    enum Trim { case keep, point, zero, dptZeros }

    /// The value being formatted, and whether its own type is float32 or float16 (uniqueness is judged there).
    let value: Double
    let isFloat32: Bool
    var isHalf = false

    /// The shortest digits that identify the value in its own type.
    private var shortest: DecimalDigits {
        if isHalf { return DecimalDigits.shortest(half: Float16(value)) }
        return isFloat32 ? DecimalDigits.shortest(float: Float(value)) : DecimalDigits.shortest(value)
    }

    /// Shortest unique digits, rounded to `places` fractional digits (positional) when longer.
    private func digits(fractional places: Int?) -> DecimalDigits {
        let shortest = self.shortest
        guard let places, shortest.digits != [0] else { return shortest }
        let fractionDigits = shortest.digits.count - shortest.decimalPoint
        if fractionDigits <= places { return shortest }
        var r = DecimalDigits.exact(value).roundedFixed(places)
        if r.digits.isEmpty { r = DecimalDigits.exact(0) }
        return r
    }

    /// Shortest unique digits, rounded to `significant` digits when longer.
    private func digits(significant: Int?) -> DecimalDigits {
        let shortest = self.shortest
        guard let significant, shortest.digits != [0] else { return shortest }
        if shortest.digits.count <= significant { return shortest }
        return DecimalDigits.exact(value).roundedSignificant(significant)
    }

    /// `dragon4_positional(x, precision=, min_digits=, unique=True, fractional=True, trim=, sign=, pad_left=, pad_right=)`.
    func positional(precision: Int?, minDigits: Int = 0, unique: Bool = true, trim: Trim, sign: Bool = false,
                    padLeft: Int = 0, padRight: Int = 0) -> String {
        var d = digits(fractional: precision)
        var minDigits = minDigits
        if !unique, let precision {
            // Non-unique mode: exactly `precision` digits of the exact value (floatmode 'fixed').
            d = DecimalDigits.exact(value).roundedFixed(precision)
            if d.digits.isEmpty { d = DecimalDigits.exact(0) }
            minDigits = max(minDigits, precision)
        }
        // Asked for more digits than identify the value, Dragon4 goes on with the exact value's
        // digits (rounded), not zeros: float32's 0.1 shows as 0.10000000149 with 11 digits.
        if minDigits > 0, d.digits != [0], d.digits.count - d.decimalPoint < minDigits {
            let r = DecimalDigits.exact(value).roundedFixed(minDigits)
            if !r.digits.isEmpty { d = r }
        }
        let negative = value.sign == .minus
        var whole = "", fraction = ""
        if d.digits == [0] {
            whole = "0"
        } else if d.decimalPoint <= 0 {
            whole = "0"
            fraction = String(repeating: "0", count: -d.decimalPoint) + d.digits.map(String.init).joined()
        } else {
            for i in 0..<d.decimalPoint { whole += i < d.digits.count ? String(d.digits[i]) : "0" }
            if d.digits.count > d.decimalPoint { fraction = d.digits[d.decimalPoint...].map(String.init).joined() }
        }
        if fraction.count < minDigits { fraction += String(repeating: "0", count: minDigits - fraction.count) }
        var text = (negative ? "-" : (sign ? "+" : "")) + whole
        var fractionCount = fraction.count
        switch trim {
        case .dptZeros:
            if !fraction.isEmpty { text += "." + fraction }
        case .zero:
            text += "." + (fraction.isEmpty ? "0" : fraction)
            if fraction.isEmpty { fractionCount = 1 }
        case .keep, .point:
            text += "." + fraction
        }
        if padRight > fractionCount {
            if trim == .dptZeros && fractionCount == 0 { text += " " }
            text += String(repeating: " ", count: padRight - fractionCount)
        }
        let wholeCount = whole.count + (negative || sign ? 1 : 0)
        if padLeft > wholeCount { text = String(repeating: " ", count: padLeft - wholeCount) + text }
        return text
    }

    /// `dragon4_scientific(x, precision=, min_digits=, unique=True, trim=, sign=, pad_left=, exp_digits=)`.
    func scientific(precision: Int?, minDigits: Int = 0, unique: Bool = true, trim: Trim, sign: Bool = false,
                    padLeft: Int = 0, expDigits: Int = -1) -> String {
        var d = digits(significant: precision.map { $0 + 1 })
        var minDigits = minDigits
        if !unique, let precision {
            d = DecimalDigits.exact(value).roundedSignificant(precision + 1)
            minDigits = max(minDigits, precision)
        }
        if minDigits > 0, d.digits != [0], d.digits.count - 1 < minDigits {
            d = DecimalDigits.exact(value).roundedSignificant(minDigits + 1)
        }
        let negative = value.sign == .minus
        let exponent = d.digits == [0] ? 0 : d.decimalPoint - 1
        var fraction = d.digits.count > 1 ? d.digits[1...].map(String.init).joined() : ""
        if fraction.count < minDigits { fraction += String(repeating: "0", count: minDigits - fraction.count) }
        var text = (negative ? "-" : (sign ? "+" : "")) + String(d.digits[0])
        switch trim {
        case .dptZeros: if !fraction.isEmpty { text += "." + fraction }
        case .zero: text += "." + (fraction.isEmpty ? "0" : fraction)
        case .keep, .point: text += "." + fraction
        }
        let wholeCount = 1 + (negative || sign ? 1 : 0)
        if padLeft > wholeCount { text = String(repeating: " ", count: padLeft - wholeCount) + text }
        var expText = String(Swift.abs(exponent))
        let minExp = expDigits < 0 ? 2 : expDigits
        if expText.count < minExp { expText = String(repeating: "0", count: minExp - expText.count) + expText }
        return text + "e" + (exponent < 0 ? "-" : "+") + expText
    }

    /// `str()` of a numpy float scalar (scalartypes.c): positional from 1e-4 up to 1e16 (1e6 for
    /// float32), else scientific.
    static func scalarString(_ value: Double, isFloat32: Bool, isHalf: Bool = false) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let magnitude = Swift.abs(value)
        let d = Dragon4(value: value, isFloat32: isFloat32, isHalf: isHalf)
        // numpy 2 switches float16 to scientific from 1e3, float32 from 1e6 (their reliable digits),
        // float64 from 1e16.
        if magnitude < (isHalf ? 1e3 : isFloat32 ? 1e6 : 1e16) && (magnitude >= 1e-4 || magnitude == 0) {
            return d.positional(precision: nil, trim: .zero)
        }
        return d.scientific(precision: nil, trim: .dptZeros)
    }
}
