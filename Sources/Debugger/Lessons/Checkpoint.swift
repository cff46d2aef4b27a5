/// A checkpoint line (`expect loss < 0.2`, `expect W.grad ≈ [-0.171, -0.305]`, `expect a.shape == (2,)`,
/// `expect W.grad is None`, `expect error RuntimeError`): the left side is evaluated by the session's
/// interpreter after the step's action, then compared.
public struct Checkpoint: Sendable, Equatable {
    /// How the two sides are compared.
    public enum Comparison: String, Sendable, Equatable {
        case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
        /// Every number within a tolerance (explicit `± TOL`, else one unit in the last written decimal).
        case approx = "≈"
        case isNone = "is None", isNotNone = "is not None"
        /// `expect EXPR`: EXPR is true.
        case truthy = ""
        /// `expect error [TEXT]`: the step's command failed, and its message contains TEXT.
        case error = "error"
    }

    /// The text after `expect`, as written.
    public var text: String
    public var lhs: String
    public var comparison: Comparison
    /// The right side (an expression), or the error text for `.error`.
    public var rhs: String
    /// The `± TOL` given for `≈`.
    public var tolerance: Double?
    /// The 1-based line in the lesson file.
    public var line: Int

    public init(text: String, lhs: String, comparison: Comparison, rhs: String, tolerance: Double?, line: Int) {
        self.text = text
        self.lhs = lhs
        self.comparison = comparison
        self.rhs = rhs
        self.tolerance = tolerance
        self.line = line
    }

    /// Parses the text after `expect`; the error is a message for the lesson's author.
    public static func parse(_ raw: String, line: Int) -> Result<Checkpoint, LessonSyntaxMessage> {
        let text = raw.trimmed
        if text.isEmpty { return .failure(LessonSyntaxMessage("`expect` needs something to check, e.g. `expect loss < 0.2`")) }
        if text == "error" || text.hasPrefix("error ") {
            var message = String(text.dropFirst(5)).trimmed
            if message.count >= 2, let q = message.first, q == "\"" || q == "'", message.last == q {
                message = String(message.dropFirst().dropLast())
            }
            return .success(Checkpoint(text: text, lhs: "", comparison: .error, rhs: message, tolerance: nil, line: line))
        }
        for (suffix, comparison) in [(" is not None", Comparison.isNotNone), (" is None", .isNone)] where text.hasSuffix(suffix) {
            let lhs = String(text.dropLast(suffix.count)).trimmed
            if lhs.isEmpty { return .failure(LessonSyntaxMessage("nothing to check before `\(suffix.trimmed)`")) }
            return .success(Checkpoint(text: text, lhs: lhs, comparison: comparison, rhs: "None", tolerance: nil, line: line))
        }
        guard let (range, comparison) = topLevelOperator(text) else {
            return .success(Checkpoint(text: text, lhs: text, comparison: .truthy, rhs: "", tolerance: nil, line: line))
        }
        let lhs = String(text[..<range.lowerBound]).trimmed
        var rhs = String(text[range.upperBound...]).trimmed
        var tolerance: Double?
        if let plusMinus = topLevelRange(of: ["±", "+-"], in: rhs) {
            let tolText = String(rhs[plusMinus.upperBound...]).trimmed
            guard comparison == .approx else { return .failure(LessonSyntaxMessage("`± TOLERANCE` only goes with ≈")) }
            guard let tol = Double(tolText), tol.isFinite, tol >= 0 else {
                return .failure(LessonSyntaxMessage("the tolerance after ± must be a number, not `\(tolText)`"))
            }
            tolerance = tol
            rhs = String(rhs[..<plusMinus.lowerBound]).trimmed
        }
        if lhs.isEmpty || rhs.isEmpty {
            return .failure(LessonSyntaxMessage("`expect \(text)` needs an expression on both sides of \(comparison.rawValue)"))
        }
        return .success(Checkpoint(text: text, lhs: lhs, comparison: comparison, rhs: rhs, tolerance: tolerance, line: line))
    }

    /// The first comparison operator outside brackets and strings.
    static func topLevelOperator(_ text: String) -> (Range<String.Index>, Comparison)? {
        let table: [(String, Comparison)] = [("≈", .approx), ("~=", .approx), ("==", .equal), ("!=", .notEqual),
                                             ("<=", .lessEqual), (">=", .greaterEqual), ("<", .less), (">", .greater)]
        guard let range = topLevelRange(of: table.map(\.0), in: text) else { return nil }
        let token = String(text[range])
        guard let comparison = table.first(where: { $0.0 == token })?.1 else { return nil }
        return (range, comparison)
    }

    /// The first occurrence of one of `tokens` (longest first at a position) outside brackets and quotes.
    static func topLevelRange(of tokens: [String], in text: String) -> Range<String.Index>? {
        var depth = 0
        var quote: Character?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if let q = quote {
                if c == "\\" { i = text.index(after: i); if i < text.endIndex { i = text.index(after: i) }; continue }
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                let rest = text[i...]
                if let token = tokens.sorted(by: { $0.count > $1.count }).first(where: { rest.hasPrefix($0) }) {
                    return i..<text.index(i, offsetBy: token.count)
                }
            }
            i = text.index(after: i)
        }
        return nil
    }
}

/// A message about a lesson file's syntax (wrapped in `LessonParseError` with its file and line).
public struct LessonSyntaxMessage: Error, Equatable, Sendable {
    public var text: String
    public init(_ text: String) { self.text = text }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
