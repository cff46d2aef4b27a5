/// Whether REPL input is unfinished and the prompt should show `...` and wait for more:
/// unclosed brackets, an unterminated triple-quoted string, a trailing backslash, or a compound
/// statement (a block) that has not yet been ended by an empty line.
public func isIncompleteInput(_ source: String) -> Bool {
    do {
        _ = try Parser.parse(source)
    } catch {
        let message = error.message
        if message.hasSuffix("was never closed")
            || message.hasPrefix("unterminated triple-quoted string literal")
            || message == "unexpected EOF while parsing" {
            return true
        }
    }
    guard let tokens = try? Lexer.tokenize(source) else { return false }
    // A compound statement (or a header ending in ':') waits for an empty line.
    var opensBlock = false
    var atStatementStart = true
    for (index, token) in tokens.enumerated() {
        switch token.kind {
        case .indent:
            opensBlock = true
        case .keyword(let k) where atStatementStart:
            if ["if", "for", "while", "def", "class", "with", "try"].contains(k) { opensBlock = true }
        case .op("@") where atStatementStart:
            opensBlock = true
        case .op(":"):
            if index + 1 < tokens.count, tokens[index + 1].kind == .newline { opensBlock = true }
        default:
            break
        }
        atStatementStart = token.kind == .newline || token.kind == .indent || token.kind == .dedent
    }
    guard opensBlock else { return false }
    // Ended by an empty (or whitespace-only) last line?
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailingCR() }
    if lines.last == "" { lines.removeLast() }
    guard let last = lines.last else { return false }
    return !last.allSatisfy { $0 == " " || $0 == "\t" }
}

extension Substring {
    fileprivate func trimmingTrailingCR() -> Substring {
        hasSuffix("\r") ? dropLast() : self
    }
}
