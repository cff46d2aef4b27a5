/// One frame of a traceback: the function, the line it was running, where in that line the error
/// passed (for CPython 3.11's `^^^^` markers) and, for bundled library code, its file.
public struct TraceFrame: Sendable {
    public var function: String
    public var line: Int
    public var span: ErrorSpan?
    /// `<gradstep>/enum.py` for a frame in bundled library code; nil for the learner's program.
    public var file: String?

    public init(function: String, line: Int, span: ErrorSpan? = nil, file: String? = nil) {
        self.function = function
        self.line = line
        self.span = span
        self.file = file
    }
}

/// The source range of the expression an error passed through last in a frame (CPython's
/// instruction position), with the operator or index inside it that 3.11 marks with `^`.
public struct ErrorSpan: Sendable, Equatable {
    public var start: SourcePosition
    /// Exclusive.
    public var end: SourcePosition
    public var anchors: Anchors?

    /// The secondary range CPython draws with `^` among `~`: a binary operator (found between the
    /// operands' columns) or a subscript's `[index]`. Columns are 1-based, ends exclusive.
    public enum Anchors: Sendable, Equatable {
        case binary(leftEnd: Int, rightStart: Int)
        case item(valueEnd: Int, indexEnd: Int)
    }

    public init(start: SourcePosition, end: SourcePosition, anchors: Anchors? = nil) {
        self.start = start
        self.end = end
        self.anchors = anchors
    }

    /// The span of `e`, with anchors for the expressions CPython anchors (binary operations, subscripts).
    init(_ e: Expr) {
        start = e.start
        end = e.end
        switch e.kind {
        case .binary(_, let left, let right) where left.end.line == right.start.line:
            anchors = .binary(leftEnd: left.end.column, rightStart: right.start.column)
        case .subscript(let value, index: let index) where value.end.line == index.end.line:
            anchors = .item(valueEnd: value.end.column, indexEnd: index.end.column)
        default:
            anchors = nil
        }
    }
}
