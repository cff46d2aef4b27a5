/// A notebook's markdown cell as terminal text: headings stand out, `**bold**`/`*emphasis*`/`` `code` ``
/// lose their markers and keep a style, list items get a bullet, LaTeX stays as its source (a terminal
/// cannot typeset it, and the source is what the learner would type).
public enum MarkdownText {
    /// One run of text with its style; a line is a list of spans.
    public struct Span: Equatable, Sendable {
        public var text: String
        public var style: TextStyle
    }

    /// The cell's lines, each as styled spans.
    public static func render(_ source: String) -> [[Span]] {
        var lines: [[Span]] = []
        var inFence = false
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { lines.append([Span(text: "    " + line, style: .value)]); continue }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix { $0 == "#" }.count
                let title = trimmed.dropFirst(level).drop { $0 == " " }
                if level <= 6, !title.isEmpty || trimmed.count == level {
                    lines.append([Span(text: String(title), style: .heading)])
                    continue
                }
            }
            var prefix = String(line.prefix(line.count - trimmed.count))
            var body = Substring(trimmed)
            if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("+ ") {
                prefix += "• "
                body = body.dropFirst(2)
            }
            lines.append((prefix.isEmpty ? [] : [Span(text: prefix, style: .plain)]) + inline(body))
        }
        while lines.last?.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) == true { lines.removeLast() }
        return lines
    }

    /// Emphasis and code spans within a line; unmatched markers stay as typed.
    static func inline(_ text: Substring) -> [Span] {
        var spans: [Span] = []
        var plain = ""
        var i = text.startIndex
        func flush() {
            if !plain.isEmpty { spans.append(Span(text: plain, style: .plain)); plain = "" }
        }
        while i < text.endIndex {
            let rest = text[i...]
            // LaTeX (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) is kept as typed: its `*` and `_` are not emphasis.
            if let end = latexEnd(rest) {
                plain += rest[..<end]
                i = end
                continue
            }
            if let (inner, end, style) = delimited(rest, "`", .value) ?? delimited(rest, "**", .heading)
                ?? delimited(rest, "__", .heading) ?? delimited(rest, "*", .name) {
                flush()
                spans.append(Span(text: inner, style: style))
                i = end
                continue
            }
            plain.append(text[i])
            i = text.index(after: i)
        }
        flush()
        return spans
    }

    private static func latexEnd(_ s: Substring) -> Substring.Index? {
        for (open, close) in [("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]")] where s.hasPrefix(open) {
            let after = s.dropFirst(open.count)
            if let r = after.range(of: close) { return r.upperBound }
        }
        return nil
    }

    /// `marker text marker` at the start of `s`: the text, where it ends, and its style.
    private static func delimited(_ s: Substring, _ marker: String, _ style: TextStyle) -> (String, Substring.Index, TextStyle)? {
        guard s.hasPrefix(marker) else { return nil }
        let after = s.dropFirst(marker.count)
        guard let first = after.first, first != " ", let close = after.range(of: marker) else { return nil }
        let inner = after[..<close.lowerBound]
        guard !inner.isEmpty, inner.last != " " else { return nil }
        return (String(inner), close.upperBound, style)
    }
}
