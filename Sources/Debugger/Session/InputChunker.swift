import Script

/// Splits a script into the inputs the REPL would have received: one top-level statement (with its
/// indented block and bracket continuation lines) or one command line at a time.
///
/// The work is linear in the script's length: a line is parsed as part of its statement only when
/// that statement may have ended (a simple statement, or the line that closes a bracket), never
/// again for each line added to an open block or bracket. Re-parsing the growing buffer at every line
/// made a long block or literal quadratic. `WorkTally.parsedCharacters` counts what was parsed.
enum InputChunker {
    static func chunks(_ source: String) -> [String] {
        var tally = WorkTally()
        return numberedChunks(source, tally: &tally)?.map(\.text) ?? []
    }

    /// The chunks with the line (1-based) each starts on in `source`; nil when `interrupted` turned
    /// true (polled every few hundred lines: a long file takes a while to split).
    static func numberedChunks(_ source: String, tally: inout WorkTally,
                               interrupted: () -> Bool = { false }) -> [(text: String, line: Int)]? {
        let open = LogicalLines(source)
        tally.parsedCharacters += source.utf8.count  // tokenized once, whole
        var out: [(text: String, line: Int)] = []
        var buffer: [String] = []
        var bufferLine = 1
        // The buffer is a compound statement (a block): it stays open until a line that does not
        // continue it, so the lines added to it need no parse.
        var isBlock = false
        var lineNumber = 0
        func incomplete(_ text: String) -> Bool {
            tally.parsedCharacters += text.utf8.count
            return isIncompleteInput(text)
        }
        // Whether the buffer, ending at line `last`, is inside an open bracket or string.
        func insideBracket(endingAt last: Int) -> Bool {
            if let open { return open.isOpen(after: last) }
            return incomplete(buffer.joined(separator: "\n") + "\n\n")
        }
        func flush() {
            while let last = buffer.last, isBlank(last) { buffer.removeLast() }
            if !buffer.isEmpty { out.append((buffer.joined(separator: "\n"), bufferLine)) }
            buffer.removeAll()
            isBlock = false
        }
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber % 512 == 0, interrupted() { return nil }
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if !buffer.isEmpty {
                if continues(line, after: buffer, insideBracket: { insideBracket(endingAt: lineNumber - 1) }) {
                    buffer.append(line)
                } else {
                    flush()
                }
            }
            if buffer.isEmpty {
                if isBlank(line) || isComment(line) { continue }
                buffer = [line]
                bufferLine = lineNumber
            }
            if isBlock { continue }
            if let open {
                // Inside a bracket or string the statement cannot have ended.
                if open.isOpen(after: lineNumber) { continue }
                // A simple statement that is complete runs at once; a block header waits for its block.
                if let opens = open.endsStatement(at: lineNumber) {
                    if opens { isBlock = true } else { flush() }
                    continue
                }
            }
            if !incomplete(buffer.joined(separator: "\n")) {
                flush()
            } else if !insideBracket(endingAt: lineNumber) {
                isBlock = true
            }
        }
        flush()
        return out
    }

    /// Whether `line` belongs to the statement in the buffer (`insideBracket` tells whether the
    /// buffer ends inside an open bracket or string; asked last, as it may parse the buffer).
    private static func continues(_ line: String, after buffer: [String], insideBracket: () -> Bool) -> Bool {
        if isBlank(line) || line.first == " " || line.first == "\t" { return true }
        if isComment(line) { return true }
        let word = line.prefix { $0.isLetter }
        if ["else", "elif", "except", "finally"].contains(String(word)) { return true }
        // A decorator's function or class (or the next decorator) follows it.
        if let last = buffer.last(where: { !isBlank($0) && !isComment($0) }), last.first == "@" { return true }
        return insideBracket()
    }

    /// Whether CPython's REPL would compile `buffer` now, though a block is open, because it already
    /// cannot compile: a first line that is indented (`unexpected indent`), or a line at column 0
    /// right after a block header with no body (`expected an indented block`). The learner sees
    /// the error at once, with its caret, instead of typing on into a block that will fail.
    static func failsAtOnce(_ buffer: String) -> Bool {
        var lines = buffer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, isBlank(last) { lines.removeLast() }
        guard let last = lines.last else { return false }
        if lines.count == 1 { return last.first == " " || last.first == "\t" }
        guard last.first != " ", last.first != "\t", !isComment(last) else { return false }
        let before = Array(lines.dropLast())
        guard let header = before.last(where: { !isBlank($0) && !isComment($0) }) else { return false }
        var trimmed = Substring(header)
        while let c = trimmed.last, c == " " || c == "\t" { trimmed.removeLast() }
        // The header's block is open (not a bracket or a string) and still has no line of its own.
        return trimmed.hasSuffix(":") && opensBlock(before)
    }

    private static func opensBlock(_ buffer: [String]) -> Bool {
        let text = buffer.joined(separator: "\n")
        return isIncompleteInput(text) && !isIncompleteInput(text + "\n\n")
    }

    private static func isBlank(_ s: String) -> Bool { s.allSatisfy { $0 == " " || $0 == "\t" } }
    private static func isComment(_ s: String) -> Bool {
        s.drop { $0 == " " || $0 == "\t" }.first == "#"
    }
}

/// For each line of a source that tokenizes as a whole: whether it ends inside an open bracket, a
/// string or a backslash continuation (the last token begun by then is not the end of a logical
/// line), and whether a logical line that ends on it opens a block. One tokenization answers for
/// every line what `isIncompleteInput` answers for one statement (by the same token rules), where
/// asking the parser about the growing statement at each line would be quadratic in a long bracket.
///
/// Nil when the source does not tokenize (command lines the tokenizer refuses) or when a line break
/// is a lone carriage return, which the tokenizer counts as a line and the chunker does not.
struct LogicalLines {
    private var open: [Bool] = [false]
    /// For the lines a logical line ends on: whether that logical line opens a block.
    private var ends: [Int: Bool] = [:]

    init?(_ source: String) {
        var previous: Unicode.Scalar?
        for c in source.unicodeScalars {
            if previous == "\r" && c != "\n" { return nil }
            previous = c
        }
        if previous == "\r" { return nil }
        guard let tokens = try? Lexer.tokenize(source) else { return nil }
        // The kind of the last token that starts on each line.
        var lastOnLine: [Int: TokenKind] = [:]
        var lines = 1
        // isIncompleteInput's rules: an indent, a compound keyword or a decorator starting a
        // statement, or a colon ending a line.
        var opensBlock = false
        var atStatementStart = true
        for (index, t) in tokens.enumerated() where t.kind != .endMarker {
            lastOnLine[t.start.line] = t.kind
            lines = max(lines, t.start.line)
            switch t.kind {
            case .indent:
                opensBlock = true
            case .keyword(let k) where atStatementStart:
                if ["if", "for", "while", "def", "class", "with", "try"].contains(k) { opensBlock = true }
            case .op("@") where atStatementStart:
                opensBlock = true
            case .op(":"):
                if index + 1 < tokens.count, tokens[index + 1].kind == .newline { opensBlock = true }
            case .newline:
                ends[t.start.line] = opensBlock
                opensBlock = false
            default:
                break
            }
            atStatementStart = t.kind == .newline || t.kind == .indent || t.kind == .dedent
        }
        var carried: TokenKind?
        open = [false]
        for line in 1...lines {
            if let k = lastOnLine[line] { carried = k }
            switch carried {
            case nil, .newline?, .indent?, .dedent?: open.append(false)
            default: open.append(true)
            }
        }
    }

    /// Whether line `line` (1-based) ends inside a bracket, string or continuation.
    func isOpen(after line: Int) -> Bool { line < open.count ? open[line] : false }

    /// Whether the logical line ending on line `line` opens a block; nil when none ends there.
    func endsStatement(at line: Int) -> Bool? { ends[line] }
}
