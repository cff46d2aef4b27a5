/// A parsed Python format specification:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
struct FormatSpec: Equatable, Sendable {
    var fill: Character = " "
    var fillSpecified = false
    /// One of `<`, `>`, `^`, `=`, or nil for the type's default.
    var align: Character?
    /// One of `+`, `-`, ` `, or nil.
    var sign: Character?
    var noNegativeZero = false
    var alternate = false
    var width: Int?
    /// `,` or `_`, or nil.
    var grouping: Character?
    var precision: Int?
    /// The type character, or nil when omitted.
    var type: Character?

    /// Parses `spec` for an object of Python type `typeName` (used in error messages).
    /// `defaultAlign` is `<` for strings and `>` for numbers, as in CPython.
    static func parse(_ spec: String, typeName: String, defaultAlign: Character) throws -> FormatSpec {
        let chars = Array(spec)
        var result = FormatSpec()
        var pos = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        var alignSpecified = false
        if chars.count >= 2 && isAlign(chars[1]) {
            result.fill = chars[0]
            result.fillSpecified = true
            result.align = chars[1]
            alignSpecified = true
            pos = 2
        } else if chars.count >= 1 && isAlign(chars[0]) {
            result.align = chars[0]
            alignSpecified = true
            pos = 1
        }
        if pos < chars.count && (chars[pos] == "+" || chars[pos] == "-" || chars[pos] == " ") {
            result.sign = chars[pos]
            pos += 1
        }
        if pos < chars.count && chars[pos] == "z" {
            result.noNegativeZero = true
            pos += 1
        }
        if pos < chars.count && chars[pos] == "#" {
            result.alternate = true
            pos += 1
        }
        if pos < chars.count && chars[pos] == "0" && !result.fillSpecified {
            result.fill = "0"
            result.fillSpecified = true
            if !alignSpecified && defaultAlign == ">" {
                result.align = "="
            }
            pos += 1
        }
        result.width = try readNumber(chars, &pos)
        if pos < chars.count && (chars[pos] == "," || chars[pos] == "_") {
            result.grouping = chars[pos]
            pos += 1
            if pos < chars.count && (chars[pos] == "," || chars[pos] == "_") {
                if chars[pos] == result.grouping {
                    throw PythonFormatError.valueError("Cannot specify '\(chars[pos])' with '\(chars[pos])'.")
                }
                throw PythonFormatError.valueError("Cannot specify both ',' and '_'.")
            }
        }
        if pos < chars.count && chars[pos] == "." {
            pos += 1
            guard let precision = try readNumber(chars, &pos) else {
                throw PythonFormatError.valueError("Format specifier missing precision")
            }
            result.precision = precision
        }
        if chars.count - pos > 1 {
            throw PythonFormatError.valueError(
                "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if pos < chars.count {
            result.type = chars[pos]
        }
        if let grouping = result.grouping, let type = result.type {
            let allowed: String
            switch type {
            case "d", "e", "f", "g", "E", "G", "%", "F": allowed = ",_"
            case "b", "o", "x", "X": allowed = "_"
            default: allowed = ""
            }
            if !allowed.contains(grouping) {
                throw PythonFormatError.valueError("Cannot specify '\(grouping)' with '\(type)'.")
            }
        }
        return result
    }

    private static func readNumber(_ chars: [Character], _ pos: inout Int) throws -> Int? {
        var value = 0
        var any = false
        while pos < chars.count, let digit = chars[pos].wholeNumberValue, chars[pos].isASCII {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            if overflow1 || overflow2 || sum > Int(Int32.max) {
                throw PythonFormatError.valueError("Too many decimal digits in format string")
            }
            value = sum
            any = true
            pos += 1
        }
        return any ? value : nil
    }
}
