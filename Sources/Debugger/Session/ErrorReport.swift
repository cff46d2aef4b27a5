import Script

/// Renders errors as Python prints them: a traceback, then `Kind: message` as the last line.
public enum ErrorReport {
    /// Identical consecutive frames shown before the rest are summarised (CPython's `_RECURSIVE_CUTOFF`).
    static let recursiveCutoff = 3

    /// The traceback text for a runtime error raised while running `source` from `filename`.
    public static func traceback(_ e: PyError, source: String, filename: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return traceback(e) { n in
            let code = n >= 1 && n <= lines.count ? String(lines[n - 1]) : nil
            return ("File \"\(filename)\", line \(n)", code)
        }
    }

    /// The traceback text where `locate` names the place of a line (`File "x.py", line 3`, or a notebook's
    /// `Cell In[2], line 3`) and gives its source text.
    public static func traceback(_ e: PyError, locate: (Int) -> (place: String, code: String?)) -> String {
        // Chained exceptions first, oldest first, each with CPython's separating sentence.
        var chained = ""
        for c in e.chain {
            chained += frames(c.frames, locate: locate)
            chained += c.description + "\n\n"
            chained += c.isCause ? "The above exception was the direct cause of the following exception:\n\n"
                : "During handling of the above exception, another exception occurred:\n\n"
        }
        return chained + frames([TracebackFrame(function: "<module>", line: e.line)] + e.frames, locate: locate)
    }

    /// `Traceback (most recent call last):` and one `File … line … in …` entry per frame.
    static func frames(_ frameLines: [TracebackFrame], locate: (Int) -> (place: String, code: String?)) -> String {
        func frameText(_ frame: TracebackFrame) -> String {
            let (place, code) = frame.bundledPlace ?? locate(frame.line)
            let function = frame.function
            let shown = code.map { "    " + $0.trimmingCharacters(in: .whitespaces) + "\n" } ?? ""
            return "  \(place), in \(function)\n" + shown
        }
        var out = "Traceback (most recent call last):\n"
        // The outermost frame is the module (its line is the error's); each function frame carries the
        // line it was running, innermost last. As CPython: after three identical frames in a row, one
        // "[Previous line repeated N more times]".
        var previous: TracebackFrame?
        var repeats = 0
        func flushRepeats() {
            if repeats > recursiveCutoff {
                let n = repeats - recursiveCutoff
                out += "  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]\n"
            }
        }
        for frame in frameLines {
            if let p = previous, p == frame {
                repeats += 1
                if repeats > recursiveCutoff { continue }
            } else {
                flushRepeats()
                previous = frame
                repeats = 1
            }
            out += frameText(frame)
        }
        flushRepeats()
        return out
    }
}

extension String {
    func trimmingCharacters(in set: CharacterSetLite) -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

/// The only character set the error report trims.
public enum CharacterSetLite { case whitespaces }
