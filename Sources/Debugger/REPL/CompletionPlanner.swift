/// What TAB should do with the line being edited.
public enum CompletionAction: Sendable, Equatable {
    /// Nothing to do: the word is already complete.
    case none
    /// Insert this text at the cursor.
    case insert(String)
    /// Ring the bell (no candidates, or several with nothing in common left to add).
    case beep
    /// Show these candidates (the second TAB in a row with several candidates).
    case list([String])
}

/// Turns a session's completion candidates into a TAB action, independently of the line editor.
///
/// Candidates may be whole words (`grad` for `x.gr`), whole dotted paths (`x.grad`) or the missing
/// suffix (`ad`): the text to insert is the part of their common prefix not already typed, found as the
/// longest overlap between the end of the typed word and the start of that prefix.
public enum CompletionPlanner {
    /// The action for TAB with `textBeforeCursor` typed; `repeatedTab` is true when the previous key
    /// was a TAB at the same place that added nothing.
    public static func plan(textBeforeCursor: String, candidates: [String], repeatedTab: Bool) -> CompletionAction {
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard let first = unique.first else { return .beep }
        let common = unique.dropFirst().reduce(first) { commonPrefix($0, $1) }
        let word = trailingWord(textBeforeCursor)
        let overlap = longestOverlap(word: word, prefix: common)
        let rest = String(common.dropFirst(overlap))
        if !rest.isEmpty { return .insert(rest) }
        if unique.count == 1 { return .none }
        return repeatedTab ? .list(unique.sorted()) : .beep
    }

    /// The candidates laid out in columns that fit `width`, one row per line, each line ending in "\n".
    public static func columns(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let widest = items.map(\.count).max() ?? 0
        let cell = widest + 2
        let perRow = max(1, min(items.count, max(width, 1) / max(cell, 1)))
        let rows = (items.count + perRow - 1) / perRow
        var out = ""
        for row in 0..<rows {
            var line = ""
            for col in 0..<perRow {
                let index = col * rows + row
                guard index < items.count else { continue }
                let item = items[index]
                let isLast = (col + 1) * rows + row >= items.count
                line += isLast ? item : item + String(repeating: " ", count: cell - item.count)
            }
            out += line + "\n"
        }
        return out
    }

    static func trailingWord(_ text: String) -> Substring {
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            let c = text[before]
            if c == " " || c == "\t" || c == "\n" { break }
            start = before
        }
        return text[start...]
    }

    static func longestOverlap(word: Substring, prefix: String) -> Int {
        let wordChars = Array(word)
        let prefixChars = Array(prefix)
        var k = min(wordChars.count, prefixChars.count)
        while k > 0 {
            if wordChars[(wordChars.count - k)...].elementsEqual(prefixChars[..<k]) { return k }
            k -= 1
        }
        return 0
    }

    static func commonPrefix(_ a: String, _ b: String) -> String {
        var result = ""
        for (x, y) in zip(a, b) {
            guard x == y else { break }
            result.append(x)
        }
        return result
    }
}
