extension String {
    /// The text without leading spaces/tabs and trailing spaces/tabs/carriage returns.
    func trimmingCharacters(in set: CharacterSetLite) -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

/// The only character set the debugger trims with.
public enum CharacterSetLite { case whitespaces }
