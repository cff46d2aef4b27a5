/// Parses Python source into a `Module`. Throws `SyntaxError` (with `sourceLine` filled in).
public func parseModule(_ source: String, filename: String = "<stdin>") throws(SyntaxError) -> Module {
    try Parser.parse(source, filename: filename)
}

/// Recursive-descent parser for gradstep's Python subset, over tokens from `Lexer`.
public struct Parser {
    /// Limit on expression tree depth (nested expressions, unary chains, `**`, operator and trailer chains),
    /// so that neither parsing nor walking the tree can exhaust the stack.
    static let maxDepth = 1000

    var tokens: [Token]
    var p = 0
    var depth: Int
    var functionDepth = 0
    var loopDepth = 0
    /// How many (, [, { enclose the current position (for the "forgot a comma" hint).
    var bracketLevel = 0
    let inFString: Bool
    /// Asked past a few dozen levels: on a small native stack (an embedding thread, a sanitizer's
    /// large frames) 1,000 levels of descent do not fit, and running out must be an error, not a crash.
    var stackGuard = StackGuard()

    init(tokens: [Token], depth: Int = 0, inFString: Bool = false) {
        self.tokens = tokens.isEmpty ? [Token(kind: .endMarker, start: SourcePosition(line: 1, column: 1),
                                              end: SourcePosition(line: 1, column: 1))] : tokens
        self.depth = depth
        self.inFString = inFString
    }

    /// Parses a whole file or REPL input; `startLine` numbers the first line (a statement of a longer
    /// script keeps its line numbers without being preceded by blank lines).
    public static func parse(_ source: String, filename: String = "<stdin>", startLine: Int = 1) throws(SyntaxError) -> Module {
        do {
            var lexer = Lexer(source, mode: .file, startLine: startLine, startColumn: 1)
            let tokens: [Token]
            do {
                tokens = try lexer.run()
            } catch let lexError as SyntaxError {
                // CPython parses while it tokenizes: a syntax error before the lexical one wins.
                let marker = SourcePosition(line: lexer.line &+ 1, column: 1)
                var parser = Parser(tokens: lexer.tokens + [Token(kind: .endMarker, start: marker, end: marker)])
                do {
                    _ = try parser.parseFile()
                } catch let parseError as SyntaxError where parser.p < parser.tokens.count - 1 {
                    // The parser failed on a real token, before it reached the lexical error.
                    if !Self.tokenizerErrorWins(lexError, over: parseError) { throw parseError }
                } catch {}
                throw lexError
            }
            var parser = Parser(tokens: tokens)
            return try parser.parseFile()
        } catch let error as SyntaxError {
            throw error.attaching(source: source, filename: filename)
        } catch {
            throw SyntaxError(message: "invalid syntax", line: 1, column: 1, filename: filename)
        }
    }

    /// CPython 3.11, after a syntax error in a file, tokenizes the rest of it and reports the first
    /// tokenizer error found there instead (`_PyPegen_tokenize_full_source_to_check_for_errors`):
    /// `impo torch` then `x = (1 ]` is the mismatched bracket. Not after an unexpected indent (raised
    /// without that check), not for an ASCII character its tokenizer passes on as an operator (`$`,
    /// which the parser then refuses) or the errors it only flags, and a bracket left open only when
    /// it opened before the error.
    static func tokenizerErrorWins(_ lexError: SyntaxError, over parseError: SyntaxError) -> Bool {
        if parseError.kind == .indentationError && parseError.message == "unexpected indent" { return false }
        // Errors CPython's tokenizer only flags (an ERRORTOKEN, the parser raises them) never win:
        // indentation, a character after a line continuation, end of file in one.
        if lexError.kind != .syntaxError || lexError.message == "invalid syntax" { return false }
        if lexError.message.hasPrefix("unexpected character after line continuation")
            || lexError.message == "unexpected EOF while parsing" { return false }
        if lexError.message.hasSuffix("was never closed") { return lexError.line < parseError.line }
        return true
    }

    // MARK: token helpers

    var current: Token { tokens[min(p, tokens.count - 1)] }

    func peekToken(_ offset: Int) -> Token { tokens[min(p &+ offset, tokens.count - 1)] }

    /// End of the last consumed token.
    var lastEnd: SourcePosition { p > 0 ? tokens[min(p - 1, tokens.count - 1)].end : current.start }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if p < tokens.count - 1 { p += 1 }
        return token
    }

    func isOp(_ text: String) -> Bool {
        if case .op(let o) = current.kind { return o == text }
        return false
    }

    func isKeyword(_ word: String) -> Bool {
        if case .keyword(let k) = current.kind { return k == word }
        return false
    }

    mutating func acceptOp(_ text: String) -> Bool {
        guard isOp(text) else { return false }
        advance()
        return true
    }

    mutating func acceptKeyword(_ word: String) -> Bool {
        guard isKeyword(word) else { return false }
        advance()
        return true
    }

    var isNewline: Bool { current.kind == .newline }
    var isEnd: Bool { current.kind == .endMarker }

    func invalidSyntax(at token: Token, _ message: String = "invalid syntax") -> SyntaxError {
        SyntaxError(.syntaxError, message, at: token.start, to: token.end)
    }

    mutating func expectOp(_ text: String, message: String = "invalid syntax") throws {
        guard acceptOp(text) else { throw invalidSyntax(at: current, message) }
    }

    mutating func expectColon() throws {
        guard acceptOp(":") else {
            throw SyntaxError(.syntaxError, "expected ':'", at: current.start)
        }
    }

    mutating func expectName() throws -> String {
        guard case .name(let name) = current.kind else { throw invalidSyntax(at: current) }
        advance()
        return name
    }

    mutating func descend() throws {
        depth += 1
        if depth > Parser.maxDepth || (depth > 48 && stackGuard.isNearlyExhausted()) {
            throw SyntaxError(.syntaxError, "expression too long or too deeply nested", at: current.start)
        }
    }

    /// Whether `token` can begin an expression.
    static func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .name, .integer, .bigInteger, .float, .imaginary, .string: return true
        case .keyword(let k): return ["True", "False", "None", "not", "lambda", "await"].contains(k)
        case .op(let o): return ["(", "[", "{", "-", "+", "~", "..."].contains(o)
        default: return false
        }
    }
}
