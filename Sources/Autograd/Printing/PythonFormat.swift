/// Python's `format(value, spec)` (the format-spec mini-language) for floats, ints, strings
/// and bools, byte-for-byte as CPython 3.11 prints them.
public enum PythonFormat {
    /// Formats `value` with `spec` (the part after `:` in `"{:spec}"`).
    /// Throws `PythonFormatError.valueError` with CPython's message for invalid specs.
    public static func format(_ value: FormatValue, spec: String) throws -> String {
        switch value {
        case .string(let text):
            return try formatString(text, spec: spec)
        case .int(let number):
            if spec.isEmpty { return String(number) }
            return try formatInt(number, spec: spec, typeName: "int")
        case .bool(let flag):
            if spec.isEmpty { return flag ? "True" : "False" }
            return try formatInt(flag ? 1 : 0, spec: spec, typeName: "bool")
        case .float(let number):
            if spec.isEmpty { return PythonFloat.repr(number) }
            let parsed = try FormatSpec.parse(spec, typeName: "float", defaultAlign: ">")
            return try formatFloat(number, spec: parsed, typeName: "float")
        }
    }

    /// Largest width or precision accepted, so that no spec can exhaust memory.
    static let sizeLimit = 1_000_000

    private static func checkSizes(_ spec: FormatSpec) throws {
        if (spec.width ?? 0) > sizeLimit || (spec.precision ?? 0) > sizeLimit {
            throw PythonFormatError.valueError("Too many decimal digits in format string")
        }
    }

    private static func formatString(_ text: String, spec specText: String) throws -> String {
        if specText.isEmpty { return text }
        var spec = try FormatSpec.parse(specText, typeName: "str", defaultAlign: "<")
        try checkSizes(spec)
        if spec.type == nil { spec.type = "s" }
        if spec.type != "s" {
            throw unknownCode(spec.type, typeName: "str")
        }
        if let grouping = spec.grouping {
            throw PythonFormatError.valueError("Cannot specify '\(grouping)' with 's'.")
        }
        if spec.sign != nil {
            throw PythonFormatError.valueError("Sign not allowed in string format specifier")
        }
        if spec.noNegativeZero {
            throw PythonFormatError.valueError(
                "Negative zero coercion (z) not allowed in format specifier")
        }
        if spec.alternate {
            throw PythonFormatError.valueError("Alternate form (#) not allowed in string format specifier")
        }
        if spec.align == "=" {
            throw PythonFormatError.valueError("'=' alignment not allowed in string format specifier")
        }
        var scalars = Array(text.unicodeScalars)
        if let precision = spec.precision, precision < scalars.count {
            scalars = Array(scalars[0..<precision])
        }
        let padding = (spec.width ?? 0) - scalars.count
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars)
        if padding <= 0 { return String(body) }
        let left: Int
        switch spec.align ?? "<" {
        case ">": left = padding
        case "^": left = padding / 2
        default: left = 0
        }
        return String(repeating: spec.fill, count: left) + String(body)
            + String(repeating: spec.fill, count: padding - left)
    }

    private static func formatInt(_ number: Int, spec specText: String, typeName: String) throws -> String {
        var spec = try FormatSpec.parse(specText, typeName: typeName, defaultAlign: ">")
        try checkSizes(spec)
        let type = spec.type ?? "d"
        switch type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(Double(number), spec: spec, typeName: typeName)
        case "d", "n", "b", "o", "x", "X", "c":
            break
        default:
            throw unknownCode(type, typeName: typeName)
        }
        if spec.precision != nil {
            throw PythonFormatError.valueError("Precision not allowed in integer format specifier")
        }
        if spec.noNegativeZero {
            throw PythonFormatError.valueError(
                "Negative zero coercion (z) not allowed in integer format specifier")
        }
        if type == "n" && spec.grouping != nil {
            throw PythonFormatError.valueError("Cannot specify '\(spec.grouping ?? ",")' with 'n'.")
        }
        if type == "c" {
            if spec.sign != nil {
                throw PythonFormatError.valueError("Sign not allowed with integer format specifier 'c'")
            }
            if spec.alternate {
                throw PythonFormatError.valueError(
                    "Alternate form (#) not allowed with integer format specifier 'c'")
            }
            guard number >= 0, number <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(number)) else {
                throw PythonFormatError.valueError("%c arg not in range(0x110000)")
            }
            spec.grouping = nil
            return NumberGrouping.assemble(
                sign: "", prefix: "", digits: [], rest: [Character(scalar)], spec: spec, groupSize: 3)
        }
        let radix: Int
        var prefix = ""
        switch type {
        case "b": radix = 2; prefix = "0b"
        case "o": radix = 8; prefix = "0o"
        case "x": radix = 16; prefix = "0x"
        case "X": radix = 16; prefix = "0X"
        default: radix = 10
        }
        if !spec.alternate { prefix = "" }
        var digitText = String(number.magnitude, radix: radix)
        if type == "X" { digitText = digitText.uppercased() }
        let sign = number < 0 ? "-" : signText(spec.sign)
        let groupSize = radix == 10 ? 3 : 4
        return NumberGrouping.assemble(
            sign: sign, prefix: prefix, digits: Array(digitText), rest: [], spec: spec, groupSize: groupSize)
    }

    private static func formatFloat(_ number: Double, spec: FormatSpec, typeName: String) throws -> String {
        try checkSizes(spec)
        var value = number
        var conversion: FloatConversion
        var precision = spec.precision ?? 6
        var addDotZero = false
        var upperCase = false
        var percent = false
        switch spec.type {
        case nil:
            addDotZero = true
            if spec.precision == nil {
                conversion = .shortest
                precision = 0
            } else {
                conversion = .general
            }
        case "e": conversion = .exponent
        case "E": conversion = .exponent; upperCase = true
        case "f": conversion = .fixed
        case "F": conversion = .fixed; upperCase = true
        case "g", "n": conversion = .general
        case "G": conversion = .general; upperCase = true
        case "%":
            conversion = .fixed
            value *= 100
            percent = true
        default:
            throw unknownCode(spec.type, typeName: typeName)
        }
        if spec.type == "n" && spec.grouping != nil {
            throw PythonFormatError.valueError("Cannot specify '\(spec.grouping ?? ",")' with 'n'.")
        }
        var text = Array(FloatLayout.layout(
            value, conversion: conversion, precision: precision, addDotZero: addDotZero,
            alternate: spec.alternate, upperCase: upperCase, noNegativeZero: spec.noNegativeZero))
        if percent { text.append("%") }
        var sign = signText(spec.sign)
        if text.first == "-" {
            sign = "-"
            text.removeFirst()
        }
        let digitCount = text.prefix { $0.isASCII && $0.isNumber }.count
        return NumberGrouping.assemble(
            sign: sign, prefix: "", digits: Array(text[0..<digitCount]), rest: Array(text[digitCount...]),
            spec: spec, groupSize: 3)
    }

    private static func signText(_ sign: Character?) -> String {
        switch sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    private static func unknownCode(_ type: Character?, typeName: String) -> PythonFormatError {
        let code = type ?? " "
        if let scalar = code.unicodeScalars.first, code.unicodeScalars.count == 1,
           scalar.value > 32 && scalar.value < 128 {
            return .valueError("Unknown format code '\(code)' for object of type '\(typeName)'")
        }
        let hex = String(code.unicodeScalars.first?.value ?? 0, radix: 16)
        return .valueError("Unknown format code '\\x\(hex)' for object of type '\(typeName)'")
    }
}
