/// A string literal as written: prefix flags, decoded value (or raw body for f-strings) and body position.
public struct StringLiteral: Sendable, Equatable {
    /// Decoded text for plain strings and bytes; the undecoded body between the quotes for f-strings.
    public var value: String
    public var isRaw: Bool
    public var isBytes: Bool
    public var isFString: Bool
    public var isTripleQuoted: Bool
    /// Position of the first character after the opening quote(s).
    public var bodyStart: SourcePosition

    public init(value: String, isRaw: Bool = false, isBytes: Bool = false, isFString: Bool = false,
                isTripleQuoted: Bool = false, bodyStart: SourcePosition) {
        self.value = value
        self.isRaw = isRaw
        self.isBytes = isBytes
        self.isFString = isFString
        self.isTripleQuoted = isTripleQuoted
        self.bodyStart = bodyStart
    }
}

/// The kind of a lexical token.
public enum TokenKind: Sendable, Equatable {
    case name(String)
    case keyword(String)
    case integer(Int)
    /// An integer literal too large for `Int`, as written without underscores (e.g. `"0xFFFFFFFFFFFFFFFFFF"`).
    case bigInteger(String)
    case float(Double)
    case imaginary(Double)
    case string(StringLiteral)
    /// Operators and delimiters: `+`, `**=`, `(`, `->`, `...` and so on.
    case op(String)
    case newline
    case indent
    case dedent
    case endMarker
}

/// A token with its source range (end is exclusive).
public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    public var start: SourcePosition
    public var end: SourcePosition

    public init(kind: TokenKind, start: SourcePosition, end: SourcePosition) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// Python's reserved words.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
