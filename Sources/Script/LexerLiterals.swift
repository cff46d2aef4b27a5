/// Number and string literal scanning.
extension Lexer {
    // MARK: numbers

    /// Reads digits accepted by `isValid`, allowing single underscores between digits.
    /// Returns the digits without underscores, or nil when an underscore is misplaced.
    mutating func readDigits(_ isValid: (Unicode.Scalar) -> Bool) -> String? {
        var digits = String.UnicodeScalarView()
        while let c = peek() {
            if isValid(c) {
                digits.append(c)
                i += 1
            } else if c == "_" {
                guard let next = peek(1), isValid(next), !digits.isEmpty else { return nil }
                i += 1
            } else {
                break
            }
        }
        return String(digits)
    }

    static let keywordsAfterNumber: Set<String> = ["and", "else", "for", "if", "in", "is", "not", "or"]

    /// True when an identifier character follows that is not one of the keywords Python tolerates there.
    func identifierFollows() -> Bool {
        guard let c = peek(), Lexer.isIdentifierContinue(c) else { return false }
        var j = i
        var view = String.UnicodeScalarView()
        while j < s.count, Lexer.isIdentifierContinue(s[j]) {
            view.append(s[j])
            j += 1
        }
        return !Lexer.keywordsAfterNumber.contains(String(view))
    }

    mutating func lexNumber() throws {
        let start = here
        let startIndex = i
        if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            let radix: Int
            let name: String
            let valid: (Unicode.Scalar) -> Bool
            switch p {
            case "x", "X":
                radix = 16
                name = "hexadecimal"
                valid = { $0.properties.isASCIIHexDigit }
            case "o", "O":
                radix = 8
                name = "octal"
                valid = { $0.value >= 48 && $0.value <= 55 }
            default:
                radix = 2
                name = "binary"
                valid = { $0 == "0" || $0 == "1" }
            }
            i += 2
            if peek() == "_" { i += 1 }
            guard let digits = readDigits(valid), !digits.isEmpty, !identifierFollows(), !Lexer.isDigit(peek()) else {
                throw SyntaxError(.syntaxError, "invalid \(name) literal", at: here)
            }
            if let value = Int(digits, radix: radix) {
                emit(.integer(value), from: start)
            } else {
                emit(.bigInteger(Lexer.decimalDigits(digits, radix: radix)), from: start)
            }
            return
        }
        let isDecimal: (Unicode.Scalar) -> Bool = { $0.value >= 48 && $0.value <= 57 }
        guard let intPart = readDigits(isDecimal) else {
            throw SyntaxError(.syntaxError, "invalid decimal literal", at: here)
        }
        var isFloat = false
        var text = intPart
        if peek() == ".", !(peek(1) == "." && peek(2) == ".") {
            isFloat = true
            i += 1
            guard let fraction = readDigits(isDecimal) else {
                throw SyntaxError(.syntaxError, "invalid decimal literal", at: here)
            }
            text = (intPart.isEmpty ? "0" : intPart) + "." + (fraction.isEmpty ? "0" : fraction)
        }
        if let e = peek(), e == "e" || e == "E" {
            var j = 1
            if let sign = peek(1), sign == "+" || sign == "-" { j = 2 }
            if Lexer.isDigit(peek(j)) {
                let sign = j == 2 ? String(Character(peek(1) ?? "+")) : ""
                i += j
                guard let exponent = readDigits(isDecimal) else {
                    throw SyntaxError(.syntaxError, "invalid decimal literal", at: here)
                }
                isFloat = true
                text += "e" + sign + exponent
            } else if identifierFollows() {
                throw SyntaxError(.syntaxError, "invalid decimal literal", at: start)
            }
        }
        if let j = peek(), j == "j" || j == "J" {
            i += 1
            if identifierFollows() { throw SyntaxError(.syntaxError, "invalid imaginary literal", at: start) }
            emit(.imaginary(Double(text) ?? .infinity), from: start)
            return
        }
        if identifierFollows() {
            throw SyntaxError(.syntaxError, "invalid decimal literal", at: start)
        }
        if isFloat {
            emit(.float(Double(text) ?? .infinity), from: start)
            return
        }
        if intPart.count > 1, intPart.hasPrefix("0"), intPart.contains(where: { $0 != "0" }) {
            // CPython marks the leading zeros (and underscores among them), not the whole literal.
            var zerosEnd = startIndex
            while zerosEnd < s.count, s[zerosEnd] == "0" || s[zerosEnd] == "_" { zerosEnd += 1 }
            throw SyntaxError(.syntaxError,
                              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                              at: start, to: position(zerosEnd))
        }
        if let value = Int(intPart) {
            emit(.integer(value), from: start)
        } else {
            emit(.bigInteger(intPart), from: start)
        }
    }

    // MARK: strings

    /// Scans a string literal whose quote is at `i`; `prefix` is lowercased.
    mutating func lexString(prefix: String, start: SourcePosition) throws {
        guard let quote = peek() else { return }
        let isRaw = prefix.contains("r")
        let isBytes = prefix.contains("b")
        let isFString = prefix.contains("f")
        let triple = peek(1) == quote && peek(2) == quote
        i += triple ? 3 : 1
        let bodyStart = here
        var value = String.UnicodeScalarView()
        while true {
            guard let c = peek() else {
                // At the very end, CPython counts the last line that has text.
                let detected = Lexer.isNewline(s.last) ? line - 1 : line
                if triple {
                    throw SyntaxError(.syntaxError, "unterminated triple-quoted string literal (detected at line \(detected))", at: start)
                }
                throw SyntaxError(.syntaxError, "unterminated string literal (detected at line \(detected))", at: start)
            }
            if c == quote {
                if !triple {
                    i += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    i += 3
                    break
                }
                value.append(c)
                i += 1
                continue
            }
            if Lexer.isNewline(c) {
                if !triple {
                    throw SyntaxError(.syntaxError, "unterminated string literal (detected at line \(line))", at: start)
                }
                if c == "\r" && peek(1) == "\n" { i += 1 }
                value.append("\n")
                i += 1
                line += 1
                lineStart = i
                continue
            }
            if c == "\\" {
                guard let next = peek(1) else {
                    i += 1
                    continue
                }
                if isRaw || isFString {
                    // Keep both characters; the escaped one never ends the literal.
                    value.append(c)
                    i += 1
                    if Lexer.isNewline(next) {
                        if next == "\r" && peek(1) == "\n" { i += 1 }
                        value.append("\n")
                        i += 1
                        line += 1
                        lineStart = i
                    } else {
                        value.append(next)
                        i += 1
                    }
                    continue
                }
                if Lexer.isNewline(next) {
                    i += 1
                    consumeNewline()
                    continue
                }
                switch Lexer.decodeEscape(s, at: i, allowUnicode: !isBytes) {
                case .decoded(let text, let next):
                    value.append(contentsOf: text)
                    i = next
                case .failure(let message):
                    throw SyntaxError(.syntaxError, message, at: start)
                }
                continue
            }
            if isBytes && !c.isASCII {
                throw SyntaxError(.syntaxError, "bytes can only contain ASCII literal characters", at: start)
            }
            value.append(c)
            i += 1
        }
        let literal = StringLiteral(value: String(value), isRaw: isRaw, isBytes: isBytes, isFString: isFString,
                                    isTripleQuoted: triple, bodyStart: bodyStart)
        emit(.string(literal), from: start)
    }

    /// The result of decoding one backslash escape.
    enum EscapeResult {
        case decoded(String.UnicodeScalarView, next: Int)
        case failure(String)
    }

    /// Decodes the escape whose backslash is at `s[at]` (a newline does not follow it).
    static func decodeEscape(_ s: [Unicode.Scalar], at start: Int, allowUnicode: Bool) -> EscapeResult {
        var out = String.UnicodeScalarView()
        guard start + 1 < s.count else {
            out.append("\\")
            return .decoded(out, next: start + 1)
        }
        let c = s[start + 1]
        func simple(_ value: Unicode.Scalar) -> EscapeResult {
            out.append(value)
            return .decoded(out, next: start + 2)
        }
        func hex(_ count: Int, _ label: String) -> EscapeResult {
            var value: UInt32 = 0
            for k in 0..<count {
                let j = start + 2 + k
                guard j < s.count, let digit = Int(String(Character(s[j])), radix: 16) else {
                    let codec = allowUnicode ? "unicodeescape" : "bytes"
                    return .failure("(unicode error) '\(codec)' codec can't decode bytes in position 0-\(k + 1): truncated \(label) escape")
                }
                value = value &* 16 &+ UInt32(digit)
            }
            guard let scalar = Unicode.Scalar(value) else {
                return .failure("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-\(count + 1): illegal Unicode character")
            }
            out.append(scalar)
            return .decoded(out, next: start + 2 + count)
        }
        switch c {
        case "\\": return simple("\\")
        case "'": return simple("'")
        case "\"": return simple("\"")
        case "a": return simple("\u{07}")
        case "b": return simple("\u{08}")
        case "f": return simple("\u{0C}")
        case "n": return simple("\n")
        case "r": return simple("\r")
        case "t": return simple("\t")
        case "v": return simple("\u{0B}")
        case "x": return hex(2, "\\xXX")
        case "u" where allowUnicode: return hex(4, "\\uXXXX")
        case "U" where allowUnicode: return hex(8, "\\UXXXXXXXX")
        case "N" where allowUnicode:
            return .failure("(unicode error) \\N{...} escapes are not supported")
        case "0"..."7":
            var value: UInt32 = 0
            var j = start + 1
            while j < s.count, j < start + 4, s[j].value >= 48, s[j].value <= 55 {
                value = value * 8 + (s[j].value - 48)
                j += 1
            }
            out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            return .decoded(out, next: j)
        default:
            out.append("\\")
            return .decoded(out, next: start + 1)
        }
    }
}

extension Lexer {
    /// The decimal digits of a non-negative integer written in `radix` (big ints are decimal text:
    /// `0xFFFFFFFFFFFFFFFF` is 18446744073709551615, as Python computes with it).
    static func decimalDigits(_ digits: String, radix: Int) -> String {
        // Little-endian limbs of 10^9.
        var limbs: [UInt64] = [0]
        for c in digits {
            guard let d = c.hexDigitValue else { continue }
            var carry = UInt64(d)
            for k in limbs.indices {
                let v = limbs[k] * UInt64(radix) + carry
                limbs[k] = v % 1_000_000_000
                carry = v / 1_000_000_000
            }
            while carry > 0 { limbs.append(carry % 1_000_000_000); carry /= 1_000_000_000 }
        }
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }
}
