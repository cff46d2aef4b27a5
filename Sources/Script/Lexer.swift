/// Turns Python source into tokens, including NEWLINE / INDENT / DEDENT.
public struct Lexer {
    /// Whether the text is a whole file or the expression inside an f-string replacement field.
    enum Mode { case file, fStringExpression }

    /// Maximum bracket nesting, as CPython's tokenizer (MAXLEVEL).
    static let maxBracketDepth = 200
    /// Maximum indentation depth, as CPython's tokenizer (MAXINDENT).
    static let maxIndentDepth = 100

    let s: [Unicode.Scalar]
    let mode: Mode
    var i = 0
    var line: Int
    var lineStart = 0
    let firstLine: Int
    let firstLineColumnOffset: Int
    var tokens: [Token] = []
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var brackets: [(char: Unicode.Scalar, position: SourcePosition)] = []
    var atLineStart = true

    /// Creates a lexer for a whole file.
    public init(_ source: String) {
        self.init(source, mode: .file, startLine: 1, startColumn: 1)
    }

    init(_ source: String, mode: Mode, startLine: Int, startColumn: Int) {
        // A UTF-8 byte-order mark opening a file is not part of the program (python3 skips it).
        let scalars = Array(source.unicodeScalars)
        s = mode == .file && startLine == 1 && scalars.first == "\u{FEFF}" ? Array(scalars.dropFirst()) : scalars
        self.mode = mode
        line = startLine
        firstLine = startLine
        firstLineColumnOffset = startColumn - 1
    }

    /// Tokenizes the whole input. Throws `SyntaxError`.
    public static func tokenize(_ source: String) throws -> [Token] {
        var lexer = Lexer(source)
        return try lexer.run()
    }

    // MARK: positions

    func position(_ index: Int) -> SourcePosition {
        SourcePosition(line: line, column: index - lineStart + 1 + (line == firstLine ? firstLineColumnOffset : 0))
    }

    var here: SourcePosition { position(i) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let j = i &+ offset
        return j >= 0 && j < s.count ? s[j] : nil
    }

    static func isNewline(_ c: Unicode.Scalar?) -> Bool { c == "\n" || c == "\r" }

    /// Consumes a newline sequence at `i` and starts a new line.
    mutating func consumeNewline() {
        if peek() == "\r", peek(1) == "\n" { i += 2 } else { i += 1 }
        line += 1
        lineStart = i
    }

    mutating func emit(_ kind: TokenKind, from start: SourcePosition) {
        tokens.append(Token(kind: kind, start: start, end: here))
    }

    // MARK: main loop

    mutating func run() throws -> [Token] {
        while true {
            if atLineStart && brackets.isEmpty && mode == .file {
                if try !handleIndentation() { break }
            }
            skipBlanks()
            guard let c = peek() else { break }
            if c == "#" {
                if mode == .fStringExpression {
                    throw SyntaxError(.syntaxError, "f-string expression part cannot include '#'", at: here)
                }
                while let d = peek(), !Lexer.isNewline(d) { i += 1 }
                continue
            }
            if Lexer.isNewline(c) {
                if !brackets.isEmpty || mode == .fStringExpression {
                    consumeNewline()
                } else {
                    tokens.append(Token(kind: .newline, start: here, end: position(i + 1)))
                    consumeNewline()
                    atLineStart = true
                }
                continue
            }
            if c == "\\" {
                if mode == .fStringExpression {
                    throw SyntaxError(.syntaxError, "f-string expression part cannot include a backslash", at: here)
                }
                let next = peek(1)
                if next == nil {
                    throw SyntaxError(.syntaxError, "unexpected EOF while parsing", at: here)
                }
                if Lexer.isNewline(next) {
                    i += 1
                    consumeNewline()
                    if peek() == nil {
                        throw SyntaxError(.syntaxError, "unexpected EOF while parsing", at: here)
                    }
                    continue
                }
                throw SyntaxError(.syntaxError, "unexpected character after line continuation character", at: position(i + 1))
            }
            if Lexer.isIdentifierStart(c) {
                try lexNameOrPrefixedString()
                continue
            }
            if Lexer.isDigit(c) || (c == "." && Lexer.isDigit(peek(1))) {
                try lexNumber()
                continue
            }
            if c == "'" || c == "\"" {
                try lexString(prefix: "", start: here)
                continue
            }
            try lexOperator(c)
        }
        if let open = brackets.last {
            throw SyntaxError(.syntaxError, "'\(Character(open.char))' was never closed", at: open.position)
        }
        if mode == .file {
            if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
                tokens.append(Token(kind: .newline, start: here, end: here))
            }
            for _ in 1..<indents.count {
                tokens.append(Token(kind: .dedent, start: here, end: here))
            }
        }
        tokens.append(Token(kind: .endMarker, start: here, end: here))
        return tokens
    }

    mutating func skipBlanks() {
        while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" { i += 1 }
    }

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT.
    /// Returns false at the end of the input.
    mutating func handleIndentation() throws -> Bool {
        while true {
            var col = 0
            var alt = 0
            var j = i
            while j < s.count {
                let c = s[j]
                if c == " " {
                    col += 1
                    alt += 1
                } else if c == "\t" {
                    col = (col / 8 + 1) * 8
                    alt += 1
                } else if c == "\u{0C}" {
                    col = 0
                    alt = 0
                } else {
                    break
                }
                j += 1
            }
            guard j < s.count else {
                i = j
                return false
            }
            let c = s[j]
            if c == "#" || Lexer.isNewline(c) {
                i = j
                while let d = peek(), !Lexer.isNewline(d) { i += 1 }
                if peek() == nil { return false }
                consumeNewline()
                continue
            }
            if c == "\\" && Lexer.isNewline(j + 1 < s.count ? s[j + 1] : nil) {
                // A continuation at the start of a line: Python treats the joined line normally.
                i = j
                atLineStart = false
                return true
            }
            i = j
            atLineStart = false
            let start = here
            let current = indents[indents.count - 1]
            let currentAlt = altIndents[altIndents.count - 1]
            if col == current {
                if alt != currentAlt { throw tabError() }
            } else if col > current {
                if alt <= currentAlt { throw tabError() }
                if indents.count >= Lexer.maxIndentDepth {
                    throw SyntaxError(.indentationError, "too many levels of indentation", at: start)
                }
                indents.append(col)
                altIndents.append(alt)
                tokens.append(Token(kind: .indent, start: SourcePosition(line: line, column: 1), end: start))
            } else {
                while indents.count > 1, col < indents[indents.count - 1] {
                    indents.removeLast()
                    altIndents.removeLast()
                    tokens.append(Token(kind: .dedent, start: start, end: start))
                }
                if col != indents[indents.count - 1] {
                    var end = i
                    while end < s.count, !Lexer.isNewline(s[end]) { end += 1 }
                    throw SyntaxError(.indentationError, "unindent does not match any outer indentation level",
                                      at: position(end))
                }
                if alt != altIndents[altIndents.count - 1] { throw tabError() }
            }
            return true
        }
    }

    func tabError() -> SyntaxError {
        SyntaxError(.tabError, "inconsistent use of tabs and spaces in indentation",
                    at: SourcePosition(line: line, column: 1))
    }

    // MARK: names

    static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.value >= 48 && c.value <= 57
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
        }
        return c.properties.isXIDStart
    }

    static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c >= "0" && c <= "9")
        }
        return c.properties.isXIDContinue
    }

    static let stringPrefixes: Set<String> = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]

    mutating func lexNameOrPrefixedString() throws {
        let start = here
        let begin = i
        while let c = peek(), Lexer.isIdentifierContinue(c) { i += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[begin..<i])
        let word = String(view)
        if let q = peek(), q == "'" || q == "\"", Lexer.stringPrefixes.contains(word.lowercased()) {
            try lexString(prefix: word.lowercased(), start: start)
            return
        }
        emit(pythonKeywords.contains(word) ? .keyword(word) : .name(word), from: start)
    }

    // MARK: operators

    static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    static let twoCharOps: Set<String> = [
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", "@=",
    ]
    static let oneCharOps: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",",
        ":", ";", ".", "=",
    ]

    mutating func lexOperator(_ c: Unicode.Scalar) throws {
        let start = here
        func text(_ n: Int) -> String? {
            guard i + n <= s.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[i..<(i + n)])
            return String(view)
        }
        if let t = text(3), Lexer.threeCharOps.contains(t) {
            i += 3
            emit(.op(t), from: start)
            return
        }
        if let t = text(2), Lexer.twoCharOps.contains(t) {
            i += 2
            emit(.op(t), from: start)
            return
        }
        if Lexer.oneCharOps.contains(c) {
            i += 1
            switch c {
            case "(", "[", "{":
                if brackets.count >= Lexer.maxBracketDepth {
                    throw SyntaxError(.syntaxError, "too many nested parentheses", at: start)
                }
                brackets.append((c, start))
            case ")", "]", "}":
                guard let open = brackets.popLast() else {
                    throw SyntaxError(.syntaxError, "unmatched '\(Character(c))'", at: start)
                }
                let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
                if c != expected {
                    var message = "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.char))'"
                    if open.position.line != start.line { message += " on line \(open.position.line)" }
                    throw SyntaxError(.syntaxError, message, at: start)
                }
            default:
                break
            }
            emit(.op(String(Character(c))), from: start)
            return
        }
        if c == "\0" {
            throw SyntaxError(.syntaxError, "source code cannot contain null bytes", at: start)
        }
        if c.isASCII {
            if c.value < 32 || c.value == 127 {
                throw SyntaxError(.syntaxError, "invalid non-printable character \(Lexer.codePoint(c))", at: start)
            }
            throw SyntaxError(.syntaxError, "invalid syntax", at: start)
        }
        if c.properties.generalCategory == .control || c.properties.generalCategory == .format
            || c.properties.isWhitespace || c.properties.generalCategory == .surrogate
            || c.properties.generalCategory == .unassigned || c.properties.generalCategory == .privateUse {
            throw SyntaxError(.syntaxError, "invalid non-printable character \(Lexer.codePoint(c))", at: start)
        }
        throw SyntaxError(.syntaxError, "invalid character '\(Character(c))' (\(Lexer.codePoint(c)))", at: start)
    }

    static func codePoint(_ c: Unicode.Scalar) -> String {
        var hex = String(c.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        return "U+" + hex
    }
}
