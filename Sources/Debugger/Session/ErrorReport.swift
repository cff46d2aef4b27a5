import Script

/// Renders errors as Python prints them: a traceback, then `Kind: message` as the last line.
public enum ErrorReport {
    /// The traceback text for a runtime error raised while running `source` from `filename`.
    public static func traceback(_ e: PyError, source: String, filename: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        func codeLine(_ n: Int) -> String {
            guard n >= 1 && n <= lines.count else { return "" }
            return "    " + lines[n - 1].trimmingCharacters(in: .whitespaces) + "\n"
        }
        var out = "Traceback (most recent call last):\n"
        // The outermost frame is the module; function frames follow, innermost last.
        var frameLines: [(String, Int)] = []
        if let first = e.frames.first {
            frameLines.append(("<module>", first.line))
            for (i, f) in e.frames.enumerated() {
                let line = i + 1 < e.frames.count ? e.frames[i + 1].line : e.line
                frameLines.append((f.function, line))
            }
        } else {
            frameLines.append(("<module>", e.line))
        }
        for (fn, line) in frameLines {
            out += "  File \"\(filename)\", line \(line), in \(fn)\n" + codeLine(line)
        }
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
