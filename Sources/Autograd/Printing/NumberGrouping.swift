/// Digit grouping and padding for numbers, as CPython's `_PyUnicode_InsertThousandsGrouping`
/// and `fill_number` do it.
enum NumberGrouping {
    /// Inserts `separator` every `size` digits (from the right) into `digits`, zero-padding
    /// on the left until the result is at least `minWidth` characters long.
    static func group(_ digits: [Character], separator: Character?, size: Int, minWidth: Int) -> [Character] {
        guard let separator else {
            let zeros = Swift.max(0, minWidth - digits.count)
            return Array(repeating: "0", count: zeros) + digits
        }
        var groups: [[Character]] = []
        var remaining = digits.count
        var width = minWidth
        // Each pass takes one group from the right end.
        while true {
            let length = Swift.min(size, Swift.max(Swift.max(remaining, width), 1))
            let zeros = Swift.max(0, length - remaining)
            let taken = Swift.max(0, Swift.min(remaining, length))
            let group = Array(repeating: Character("0"), count: zeros) + digits[(remaining - taken)..<remaining]
            groups.append(group)
            remaining -= taken
            width -= size
            if remaining <= 0 && width <= 0 {
                break
            }
            width -= 1
        }
        var result: [Character] = []
        for (index, group) in groups.reversed().enumerated() {
            if index > 0 { result.append(separator) }
            result.append(contentsOf: group)
        }
        return result
    }

    /// Pads `body` to `width` with `fill` according to `align` (`<`, `>`, `^`).
    static func pad(_ body: [Character], width: Int?, fill: Character, align: Character) -> String {
        let total = width ?? 0
        let padding = total - body.count
        if padding <= 0 { return String(body) }
        let left: Int
        switch align {
        case ">": left = padding
        case "^": left = padding / 2
        default: left = 0
        }
        let right = padding - left
        return String(repeating: fill, count: left) + String(body) + String(repeating: fill, count: right)
    }

    /// Assembles a number from its sign, prefix (`0x`), integer digits and the rest
    /// (fraction, exponent, `%`), grouping the digits and padding to the spec's width.
    static func assemble(
        sign: String, prefix: String, digits: [Character], rest: [Character],
        spec: FormatSpec, groupSize: Int
    ) -> String {
        let align = spec.align ?? ">"
        let head = Array(sign) + Array(prefix)
        var grouped = digits
        if !digits.isEmpty {
            var minWidth = 0
            if spec.fill == "0" && align == "=", let width = spec.width {
                minWidth = width - head.count - rest.count
            }
            grouped = group(digits, separator: spec.grouping, size: groupSize, minWidth: minWidth)
        }
        let bodyCount = head.count + grouped.count + rest.count
        if align == "=" {
            let padding = Swift.max(0, (spec.width ?? 0) - bodyCount)
            return String(head) + String(repeating: spec.fill, count: padding) + String(grouped) + String(rest)
        }
        return pad(head + grouped + rest, width: spec.width, fill: spec.fill, align: align)
    }
}
