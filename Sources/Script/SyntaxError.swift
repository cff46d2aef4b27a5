/// A Python compile-time error (`SyntaxError`, `IndentationError`, `TabError`) with its position,
/// the offending source line and the text Python prints for it.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception class name.
    public enum Kind: String, Sendable, Equatable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    /// The message, in CPython 3.11 wording where one exists.
    public var message: String
    /// 1-based line of the error.
    public var line: Int
    /// 1-based column of the error (Unicode scalars).
    public var column: Int
    /// 1-based exclusive end column of the highlighted range on `line`, if it spans more than one character.
    public var endColumn: Int?
    /// Whether Python draws a caret line under the source (it does not for some indentation errors).
    public var showsCaret: Bool
    /// The text of the offending line (without its newline); empty past the end of the input.
    public var sourceLine: String
    /// The file name shown in the rendering.
    public var filename: String
    /// An optional plain-language explanation for learners.
    public var hint: String?

    public init(
        kind: Kind = .syntaxError, message: String, line: Int, column: Int, endColumn: Int? = nil,
        showsCaret: Bool = true, sourceLine: String = "", filename: String = "<stdin>", hint: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.showsCaret = showsCaret
        self.sourceLine = sourceLine
        self.filename = filename
        self.hint = hint
    }

    init(_ kind: Kind = .syntaxError, _ message: String, at position: SourcePosition, to end: SourcePosition? = nil,
         caret: Bool = true, hint: String? = nil) {
        var endColumn: Int?
        if let end, end.line == position.line, end.column > position.column + 1 { endColumn = end.column }
        self.init(kind: kind, message: message, line: position.line, column: position.column,
                  endColumn: endColumn, showsCaret: caret, hint: hint)
    }

    /// The position of the error.
    public var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// The error as Python prints it (without a trailing newline):
    /// ```
    ///   File "<stdin>", line 1
    ///     x = (1 +
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    public var rendered: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        var text = Array(sourceLine.unicodeScalars)
        while let last = text.last, last == "\n" || last == "\r" { text.removeLast() }
        if !text.isEmpty {
            var stripped = 0
            while stripped < text.count, text[stripped] == " " || text[stripped] == "\t" || text[stripped] == "\u{0C}" {
                stripped += 1
            }
            var shown = String.UnicodeScalarView()
            shown.append(contentsOf: text[stripped...])
            out += "    " + String(shown) + "\n"
            let start = column - 1 - stripped
            if showsCaret, start >= 0 {
                let end = max((endColumn ?? column + 1) - 1 - stripped, start + 1)
                out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: end - start) + "\n"
            }
        }
        out += "\(kind.rawValue): \(message)"
        return out
    }

    public var description: String { rendered }

    /// Fills `sourceLine` and `filename` from the full source text.
    func attaching(source: String, filename: String) -> SyntaxError {
        var copy = self
        copy.filename = filename
        copy.sourceLine = SyntaxError.line(line, of: source)
        return copy
    }

    static func line(_ number: Int, of source: String) -> String {
        guard number >= 1 else { return "" }
        var current = 1
        var lineStart = source.unicodeScalars.startIndex
        var index = lineStart
        let scalars = source.unicodeScalars
        while index < scalars.endIndex {
            let c = scalars[index]
            if c == "\n" || c == "\r" {
                if current == number { return String(scalars[lineStart..<index]) }
                var next = scalars.index(after: index)
                if c == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                current += 1
                index = next
                lineStart = next
            } else {
                index = scalars.index(after: index)
            }
        }
        return current == number ? String(scalars[lineStart..<scalars.endIndex]) : ""
    }
}
