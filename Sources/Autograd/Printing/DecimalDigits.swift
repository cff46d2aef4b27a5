/// The decimal digits of a finite double, as CPython's `_Py_dg_dtoa` reports them:
/// the value is `0.d1d2d3... × 10^decimalPoint`, `digits` holds no leading or trailing zeros,
/// and zero is the single digit `0` with `decimalPoint == 1`. An empty `digits` means a value
/// that rounded to zero in fixed-point mode.
public struct DecimalDigits: Equatable, Sendable {
    public var digits: [UInt8]
    public var decimalPoint: Int

    /// The exact decimal expansion of `|x|` (every binary double has a finite one).
    public static func exact(_ x: Double) -> DecimalDigits {
        let magnitude = Swift.abs(x)
        if magnitude == 0 || !magnitude.isFinite {
            return DecimalDigits(digits: [0], decimalPoint: 1)
        }
        // magnitude = significand × 2^exponent with an integral significand.
        // Subnormals have no implicit bit and the fixed exponent of the smallest normal.
        let exponent = magnitude.isNormal
            ? Int(magnitude.exponent) - Double.significandBitCount
            : Int(Double.leastNormalMagnitude.exponent) - Double.significandBitCount
        var significand = magnitude.significandBitPattern
        if magnitude.isNormal {
            significand |= (1 as UInt64) << UInt64(Double.significandBitCount)
        }
        var big = BigDecimalInteger(significand)
        let decimalDigits: [UInt8]
        var point: Int
        if exponent >= 0 {
            big.multiply(byPowerOf: 2, exponent)
            decimalDigits = big.decimalDigits()
            point = decimalDigits.count
        } else {
            // x = significand × 5^k / 10^k with k = -exponent.
            big.multiply(byPowerOf: 5, -exponent)
            decimalDigits = big.decimalDigits()
            point = decimalDigits.count + exponent
        }
        var result = DecimalDigits(digits: decimalDigits, decimalPoint: point)
        result.normalize()
        return result
    }

    /// The shortest digits that round-trip to `x` (CPython's mode 0, as `repr` uses).
    public static func shortest(_ x: Double) -> DecimalDigits {
        let magnitude = Swift.abs(x)
        if magnitude == 0 || !magnitude.isFinite {
            return DecimalDigits(digits: [0], decimalPoint: 1)
        }
        return parse(magnitude.description)
    }

    /// The shortest digits that round-trip to the float32 `x` (numpy's Dragon4 unique mode for float32).
    public static func shortest(float x: Float) -> DecimalDigits {
        let magnitude = Swift.abs(x)
        if magnitude == 0 || !magnitude.isFinite {
            return DecimalDigits(digits: [0], decimalPoint: 1)
        }
        return parse(magnitude.description)
    }

    /// The shortest digits that round-trip to the float16 `x` (numpy's Dragon4 unique mode for half):
    /// the nearest decimal of 1, 2, … significant digits that converts back to `x` (Swift's own
    /// `Float16.description` prints integral values in full, 65504 where numpy shows 6.55e+04).
    public static func shortest(half x: Float16) -> DecimalDigits {
        let magnitude = Swift.abs(x)
        if magnitude == 0 || !magnitude.isFinite {
            return DecimalDigits(digits: [0], decimalPoint: 1)
        }
        let exactDigits = exact(Double(magnitude))
        for significant in 1...5 {
            let candidate = exactDigits.roundedSignificant(significant)
            let text = "0." + candidate.digits.map(String.init).joined() + "e\(candidate.decimalPoint)"
            if let d = Double(text), Float16(d) == magnitude { return candidate }
        }
        return exactDigits
    }

    /// Digits and exponent of Swift's shortest round-trip `description` (the string closest to the
    /// value); only its digits and exponent are used, not its layout.
    private static func parse(_ text: String) -> DecimalDigits {
        var mantissa = Substring(text)
        var exponent = 0
        if let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[text.startIndex..<eIndex]
            exponent = Int(text[text.index(after: eIndex)...]) ?? 0
        }
        var digits: [UInt8] = []
        var integerCount = 0
        var seenPoint = false
        for byte in mantissa.utf8 {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if !seenPoint { integerCount += 1 }
            }
        }
        var result = DecimalDigits(digits: digits, decimalPoint: integerCount + exponent)
        result.normalize()
        return result
    }

    /// Removes leading zeros (moving the point) and trailing zeros; zero becomes `0` at 1.
    mutating func normalize() {
        var leading = 0
        while leading < digits.count && digits[leading] == 0 { leading += 1 }
        if leading == digits.count {
            digits = [0]
            decimalPoint = 1
            return
        }
        if leading > 0 {
            digits.removeFirst(leading)
            decimalPoint -= leading
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
    }

    /// Rounds (half to even, on these exact digits) keeping `count >= 0` leading digits.
    /// Keeping none gives either zero (empty digits) or a single `1` one place up.
    public func rounded(keeping count: Int) -> DecimalDigits {
        if digits == [0] || count >= digits.count { return self }
        let keep = Swift.max(count, 0)
        let first = digits[keep]
        var roundUp = first > 5
        if first == 5 {
            if digits[(keep + 1)...].contains(where: { $0 != 0 }) {
                roundUp = true
            } else {
                let lastKept = keep > 0 ? digits[keep - 1] : 0
                roundUp = lastKept % 2 == 1
            }
        }
        var kept = Array(digits[0..<keep])
        var point = decimalPoint
        if roundUp {
            var index = kept.count - 1
            var carry = true
            while carry && index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    carry = false
                }
            }
            if carry {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        while let last = kept.last, last == 0 { kept.removeLast() }
        return DecimalDigits(digits: kept, decimalPoint: point)
    }

    /// Rounds to `significant` significant digits (CPython's mode 2).
    public func roundedSignificant(_ significant: Int) -> DecimalDigits {
        rounded(keeping: Swift.max(significant, 1))
    }

    /// Rounds to `places` digits after the decimal point (CPython's mode 3).
    public func roundedFixed(_ places: Int) -> DecimalDigits {
        if digits == [0] { return self }
        let count = decimalPoint + places
        if count < 0 {
            return DecimalDigits(digits: [], decimalPoint: -places)
        }
        return rounded(keeping: count)
    }
}

/// A non-negative integer in base 10^9 limbs, enough to expand a double exactly.
struct BigDecimalInteger: Sendable {
    private static let base: UInt64 = 1_000_000_000
    private var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = []
        var rest = value
        repeat {
            limbs.append(rest % Self.base)
            rest /= Self.base
        } while rest > 0
    }

    private mutating func multiply(bySmall factor: UInt64) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = limbs[index] * factor + carry
            limbs[index] = product % Self.base
            carry = product / Self.base
        }
        while carry > 0 {
            limbs.append(carry % Self.base)
            carry /= Self.base
        }
    }

    /// Multiplies by `base^power` for base 2 or 5.
    mutating func multiply(byPowerOf radix: UInt64, _ power: Int) {
        // Chunks whose product with a limb stays far below 2^64.
        let chunkPower = radix == 2 ? 30 : 13
        var remaining = power
        while remaining > 0 {
            let step = Swift.min(remaining, chunkPower)
            var factor: UInt64 = 1
            for _ in 0..<step { factor *= radix }
            multiply(bySmall: factor)
            remaining -= step
        }
    }

    /// The decimal digits, most significant first, without leading zeros.
    func decimalDigits() -> [UInt8] {
        var result: [UInt8] = []
        for (position, limb) in limbs.reversed().enumerated() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var rest = limb
            for index in stride(from: 8, through: 0, by: -1) {
                chunk[index] = UInt8(rest % 10)
                rest /= 10
            }
            if position == 0 {
                let firstNonZero = chunk.firstIndex { $0 != 0 } ?? 8
                result.append(contentsOf: chunk[firstNonZero...])
            } else {
                result.append(contentsOf: chunk)
            }
        }
        return result
    }
}
