import Script

/// Splits a script into the inputs the REPL would have received: one top-level statement (with its
/// indented block and bracket continuation lines) or one command line at a time.
enum InputChunker {
    static func chunks(_ source: String) -> [String] {
        numberedChunks(source).map(\.text)
    }

    /// The chunks with the line (1-based) each starts on in `source`.
    static func numberedChunks(_ source: String) -> [(text: String, line: Int)] {
        var out: [(text: String, line: Int)] = []
        var buffer: [String] = []
        var bufferLine = 1
        var lineNumber = 0
        func flush() {
            while let last = buffer.last, isBlank(last) { buffer.removeLast() }
            if !buffer.isEmpty { out.append((buffer.joined(separator: "\n"), bufferLine)) }
            buffer.removeAll()
        }
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if buffer.isEmpty {
                if isBlank(line) || isComment(line) { continue }
                buffer = [line]
                bufferLine = lineNumber
            } else if continues(buffer, with: line) {
                buffer.append(line)
            } else {
                flush()
                if isBlank(line) || isComment(line) { continue }
                buffer = [line]
                bufferLine = lineNumber
            }
            // A simple statement that is complete runs at once.
            let text = buffer.joined(separator: "\n")
            if !opensBlock(buffer) && !isIncompleteInput(text) { flush() }
        }
        flush()
        return out
    }

    /// Whether `line` belongs to the statement in `buffer`.
    private static func continues(_ buffer: [String], with line: String) -> Bool {
        let text = buffer.joined(separator: "\n")
        if isIncompleteInput(text + "\n\n") { return true }   // open bracket or string
        if isBlank(line) || line.first == " " || line.first == "\t" { return true }
        if isComment(line) { return true }
        let word = line.prefix { $0.isLetter }
        return ["else", "elif", "except", "finally"].contains(String(word))
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
        guard let first = buffer.first else { return false }
        let text = buffer.joined(separator: "\n")
        _ = first
        return isIncompleteInput(text) && !isIncompleteInput(text + "\n\n")
    }

    private static func isBlank(_ s: String) -> Bool { s.allSatisfy { $0 == " " || $0 == "\t" } }
    private static func isComment(_ s: String) -> Bool {
        s.drop { $0 == " " || $0 == "\t" }.first == "#"
    }
}
