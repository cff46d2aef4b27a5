/// The conversion codes CPython's `PyOS_double_to_string` understands (lower-case forms).
enum FloatConversion: Sendable {
    /// Exponent notation with `precision` digits after the point.
    case exponent
    /// Fixed point with `precision` digits after the point.
    case fixed
    /// General: `precision` significant digits, exponent only when needed.
    case general
    /// Shortest round-trip (`repr`).
    case shortest
}

/// Lays out a double as CPython's `format_float_short` does: the sign, digits, decimal point
/// and exponent, with no padding. `inf`/`nan` come out as `inf`, `-inf`, `nan`.
enum FloatLayout {
    static func layout(
        _ value: Double,
        conversion: FloatConversion,
        precision requested: Int,
        addDotZero: Bool = false,
        alternate: Bool = false,
        upperCase: Bool = false,
        noNegativeZero: Bool = false
    ) -> String {
        var negative = value.sign == .minus
        if value.isNaN {
            return upperCase ? "NAN" : "nan"
        }
        if value.isInfinite {
            let text = upperCase ? "INF" : "inf"
            return negative ? "-" + text : text
        }
        var precision = requested
        let decimal: DecimalDigits
        switch conversion {
        case .exponent:
            precision += 1
            decimal = DecimalDigits.exact(value).roundedSignificant(precision)
        case .fixed:
            decimal = DecimalDigits.exact(value).roundedFixed(precision)
        case .general:
            if precision == 0 { precision = 1 }
            decimal = DecimalDigits.exact(value).roundedSignificant(precision)
        case .shortest:
            decimal = DecimalDigits.shortest(value)
        }
        let digits = decimal.digits
        let digitCount = digits.count
        var point = decimal.decimalPoint
        if noNegativeZero && negative && (digitCount == 0 || digits == [0]) {
            negative = false
        }

        var useExponent = false
        var end = digitCount
        switch conversion {
        case .exponent:
            useExponent = true
            end = precision
        case .fixed:
            end = point + precision
        case .general:
            if point <= -4 || point > (addDotZero ? precision - 1 : precision) {
                useExponent = true
            }
            if alternate { end = precision }
        case .shortest:
            if point <= -4 || point > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        let start = point <= 0 ? point - 1 : 0
        if !useExponent && addDotZero {
            end = Swift.max(end, point + 1)
        } else {
            end = Swift.max(end, point)
        }

        var out: [UInt8] = []
        if negative { out.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        func appendZeros(_ count: Int) {
            if count > 0 { out.append(contentsOf: repeatElement(zero, count: count)) }
        }
        func appendDigits(_ slice: ArraySlice<UInt8>) {
            out.append(contentsOf: slice.map { $0 + zero })
        }
        if point <= 0 {
            appendZeros(point - start)
            out.append(UInt8(ascii: "."))
            appendZeros(-point)
        } else {
            appendZeros(-start)
        }
        if point > 0 && point <= digitCount {
            appendDigits(digits[0..<point])
            out.append(UInt8(ascii: "."))
            appendDigits(digits[point...])
        } else {
            appendDigits(digits[...])
        }
        if digitCount < point {
            appendZeros(point - digitCount)
            out.append(UInt8(ascii: "."))
            appendZeros(end - point)
        } else {
            appendZeros(end - digitCount)
        }
        if out.last == UInt8(ascii: ".") && !alternate {
            out.removeLast()
        }
        if useExponent {
            out.append(upperCase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = exponent.magnitude
            if magnitude < 10 { out.append(zero) }
            out.append(contentsOf: String(magnitude).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
