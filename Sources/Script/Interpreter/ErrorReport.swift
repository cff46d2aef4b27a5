/// Renders errors as CPython 3.11 prints them: a traceback (with the `^^^^`/`~~^~~` markers under
/// the failing part of each line), then `Kind: message` as the last line. Used for uncaught errors
/// and by the `traceback` module.
public enum ErrorReport {
    /// Identical consecutive frames shown before the rest are summarised (CPython's `_RECURSIVE_CUTOFF`).
    static let recursiveCutoff = 3

    /// The traceback text for a runtime error raised while running `source` from `filename`.
    public static func traceback(_ e: PyError, source: String, filename: String) -> String {
        traceback(e, locate: locator(source: source, filename: filename))
    }

    /// Names a line of the program `source` run from `filename`: its place and its text.
    public static func locator(source: String, filename: String) -> (Int) -> (place: String, code: String?) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return { n in
            let code = n >= 1 && n <= lines.count ? String(lines[n - 1]) : nil
            return ("File \"\(filename)\", line \(n)", code)
        }
    }

    /// The traceback text where `locate` names the place of a line (`File "x.py", line 3`, or a notebook's
    /// `Cell In[2], line 3`) and gives its source text. `markers: false` leaves out CPython's `^^^^`
    /// lines (IPython's notebook tracebacks have none).
    public static func traceback(_ e: PyError, markers: Bool = true, locate: (Int) -> (place: String, code: String?)) -> String {
        // Chained exceptions first, oldest first, each with CPython's separating sentence.
        var chained = ""
        for c in e.chain {
            chained += frames(c.frames, markers: markers, locate: locate)
            chained += c.description + "\n\n"
            chained += c.isCause ? "The above exception was the direct cause of the following exception:\n\n"
                : "During handling of the above exception, another exception occurred:\n\n"
        }
        return chained + frames([TraceFrame(function: "<module>", line: e.line, span: e.span)] + e.frames, markers: markers, locate: locate)
    }

    /// `Traceback (most recent call last):` and one `File … line … in …` entry per frame.
    static func frames(_ frameList: [TraceFrame], markers drawn: Bool = true, locate: (Int) -> (place: String, code: String?)) -> String {
        func frameText(_ frame: TraceFrame) -> String {
            let place: String, code: String?
            if let file = frame.file {
                place = "File \"\(file)\", line \(frame.line)"
                code = Interpreter.bundledSourceLine(file, frame.line)
            } else {
                (place, code) = locate(frame.line)
            }
            guard let code else { return "  \(place), in \(frame.function)\n" }
            var out = "  \(place), in \(frame.function)\n    \(trimmed(code))\n"
            if drawn, let span = frame.span, let marks = markers(code, span, line: frame.line) { out += marks + "\n" }
            return out
        }
        var out = "Traceback (most recent call last):\n"
        // The outermost frame is the module (its line is the error's); each function frame carries the
        // line it was running, innermost last. As CPython: after three identical frames in a row, one
        // "[Previous line repeated N more times]".
        var previous: (String, Int, String?)?
        var repeats = 0
        func flushRepeats() {
            if repeats > recursiveCutoff {
                let n = repeats - recursiveCutoff
                out += "  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]\n"
            }
        }
        for frame in frameList {
            let key = (frame.function, frame.line, frame.file)
            if let p = previous, p == key {
                repeats += 1
                if repeats > recursiveCutoff { continue }
            } else {
                flushRepeats()
                previous = key
                repeats = 1
            }
            out += frameText(frame)
        }
        flushRepeats()
        return out
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\u{0C}" }

    private static func trimmed(_ code: String) -> String {
        var s = Substring(code)
        while let f = s.first, f == " " || f == "\t" || f == "\u{0C}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\u{0C}" { s = s.dropLast() }
        return String(s)
    }

    /// CPython 3.11's marker line under `code` (Python/traceback.c, tb_displayline): `^` under the
    /// failing expression, or `~` with `^` under the operator / `[index]` of a binary operation or
    /// subscript; nothing when the expression is the whole line and has no such part. An expression
    /// running past the line is marked to the line's end.
    static func markers(_ code: String, _ span: ErrorSpan, line: Int) -> String? {
        guard span.start.line == line else { return nil }
        let chars = Array(code.unicodeScalars)
        var leading = 0
        while leading < chars.count, chars[leading] == " " || chars[leading] == "\t" || chars[leading] == "\u{0C}" { leading += 1 }
        var strippedEnd = chars.count
        while strippedEnd > leading, isBlank(chars[strippedEnd - 1]) { strippedEnd -= 1 }
        let start = span.start.column - 1
        let sameLine = span.end.line == line
        let end = sameLine ? span.end.column - 1 : strippedEnd
        guard start >= leading, end > start, end <= chars.count else { return nil }
        // The secondary range, relative to `start`.
        var anchors: (left: Int, right: Int)?
        if sameLine, let a = span.anchors {
            switch a {
            case .binary(let leftEnd, let rightStart):
                var i = leftEnd - 1
                while i < rightStart - 1, i < chars.count {
                    if !isBlank(chars[i]) {
                        var right = i + 1
                        if right < rightStart - 1, !isBlank(chars[right]) { right += 1 }
                        anchors = (i - start, right - start)
                        break
                    }
                    i += 1
                }
            case .item(let valueEnd, let indexEnd):
                anchors = (valueEnd - 1 - start, indexEnd - start)
            }
        }
        if let a = anchors, a.left < 0 || a.right > end - start || a.left > a.right { anchors = nil }
        if anchors == nil && end - start == strippedEnd - leading { return nil }
        var out = "    " + String(repeating: " ", count: start - leading)
        if let a = anchors {
            out += String(repeating: "~", count: a.left) + String(repeating: "^", count: a.right - a.left)
                + String(repeating: "~", count: end - start - a.right)
        } else {
            out += String(repeating: "^", count: end - start)
        }
        return out
    }
}
