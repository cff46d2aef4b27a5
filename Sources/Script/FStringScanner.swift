/// Splits an f-string body into literal text and replacement fields, parsing each field's expression.
struct FStringScanner {
    let s: [Unicode.Scalar]
    let isRaw: Bool
    let depth: Int
    var i = 0
    var line: Int
    var column: Int

    init(literal: StringLiteral, depth: Int) {
        s = Array(literal.value.unicodeScalars)
        isRaw = literal.isRaw
        self.depth = depth
        line = literal.bodyStart.line
        column = literal.bodyStart.column
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let j = i &+ offset
        return j < s.count ? s[j] : nil
    }

    mutating func step() {
        guard i < s.count else { return }
        if s[i] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        i += 1
    }

    /// Joins neighbouring literal parts and drops empty ones.
    static func merge(_ parts: [FStringPart]) -> [FStringPart] {
        var result: [FStringPart] = []
        for part in parts {
            if case .literal(let text) = part {
                if text.isEmpty { continue }
                if case .literal(let previous)? = result.last {
                    result[result.count - 1] = .literal(previous + text)
                    continue
                }
            }
            result.append(part)
        }
        return result
    }

    /// Parses literal text and fields; inside a format spec (`nesting > 0`) stops before the closing `}`.
    mutating func parseParts(nesting: Int) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty {
                parts.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }
        while let c = peek() {
            if c == "{" {
                if peek(1) == "{" {
                    literal.append("{")
                    step()
                    step()
                    continue
                }
                flush()
                parts.append(.field(try parseField(nesting: nesting)))
                continue
            }
            if c == "}" {
                if nesting > 0 { break }
                if peek(1) == "}" {
                    literal.append("}")
                    step()
                    step()
                    continue
                }
                throw SyntaxError(.syntaxError, "f-string: single '}' is not allowed", at: position)
            }
            if c == "\\" && !isRaw {
                if let next = peek(1), next == "\n" {
                    step()
                    step()
                    continue
                }
                switch Lexer.decodeEscape(s, at: i, allowUnicode: true) {
                case .decoded(let text, let next):
                    literal.append(contentsOf: text)
                    while i < next { step() }
                case .failure(let message):
                    throw SyntaxError(.syntaxError, message, at: position)
                }
                continue
            }
            literal.append(c)
            step()
        }
        flush()
        return FStringScanner.merge(parts)
    }

    /// Parses `{expression[=][!c][:spec]}` starting at `{`.
    mutating func parseField(nesting: Int) throws -> FStringField {
        step()
        if nesting >= 2 {
            throw SyntaxError(.syntaxError, "f-string: expressions nested too deeply", at: position)
        }
        let expressionStart = i
        let expressionPosition = position
        var bracketDepth = 0
        var quote: Unicode.Scalar?
        var tripleQuote = false
        scan: while let c = peek() {
            if let q = quote {
                if c == q {
                    if !tripleQuote {
                        quote = nil
                    } else if peek(1) == q && peek(2) == q {
                        step()
                        step()
                        quote = nil
                    }
                }
                step()
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                tripleQuote = peek(1) == c && peek(2) == c
                if tripleQuote {
                    step()
                    step()
                }
            case "(", "[", "{":
                bracketDepth += 1
            case ")", "]", "}":
                if bracketDepth == 0 {
                    if c == "}" { break scan }
                    throw SyntaxError(.syntaxError, "f-string: unmatched '\(Character(c))'", at: position)
                }
                bracketDepth -= 1
            case "\\":
                throw SyntaxError(.syntaxError, "f-string expression part cannot include a backslash", at: position)
            case "#":
                throw SyntaxError(.syntaxError, "f-string expression part cannot include '#'", at: position)
            case "!", "=", "<", ">":
                if bracketDepth == 0 {
                    if peek(1) == "=" {
                        step()
                    } else if c == "!" || c == "=" {
                        break scan
                    }
                }
            case ":":
                if bracketDepth == 0 { break scan }
            default:
                break
            }
            step()
        }
        guard peek() != nil, quote == nil else {
            throw SyntaxError(.syntaxError, "f-string: expecting '}'", at: position)
        }
        var textView = String.UnicodeScalarView()
        textView.append(contentsOf: s[expressionStart..<i])
        let text = String(textView)
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            throw SyntaxError(.syntaxError, "f-string: empty expression not allowed", at: position)
        }
        var debugText: String?
        if peek() == "=" {
            step()
            var debug = text + "="
            while let c = peek(), c == " " || c == "\t" || c == "\n" {
                debug.unicodeScalars.append(c)
                step()
            }
            debugText = debug
        }
        var conversion: Character?
        if peek() == "!" {
            step()
            guard let c = peek(), c == "s" || c == "r" || c == "a" else {
                throw SyntaxError(.syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                                  at: position)
            }
            conversion = Character(c)
            step()
        }
        var spec: [FStringPart]?
        if peek() == ":" {
            step()
            spec = try parseParts(nesting: nesting + 1)
        }
        guard peek() == "}" else {
            throw SyntaxError(.syntaxError, "f-string: expecting '}'", at: position)
        }
        step()
        if debugText != nil && conversion == nil && spec == nil { conversion = "r" }
        let expression = try FStringScanner.parseExpression(text, at: expressionPosition, depth: depth)
        return FStringField(expression: expression, debugText: debugText, conversion: conversion, formatSpec: spec)
    }

    /// Lexes and parses the text of a replacement field as an expression (a tuple if it has commas).
    static func parseExpression(_ text: String, at position: SourcePosition, depth: Int) throws -> Expr {
        do {
            var lexer = Lexer(text, mode: .fStringExpression, startLine: position.line, startColumn: position.column)
            var parser = Parser(tokens: try lexer.run(), depth: depth + 1, inFString: true)
            let expression = try parser.parseStarExpressions()
            guard parser.isEnd else { throw parser.invalidSyntax(at: parser.current) }
            return expression
        } catch var error as SyntaxError {
            if !error.message.hasPrefix("f-string") { error.message = "f-string: " + error.message }
            throw error
        }
    }
}
