/// The IPython-only lines of a code cell (`%matplotlib inline`, `!pip install …`, `%%time`), turned
/// into Python with the same line numbers: what gradstep can honour runs (`%time stmt` runs `stmt`),
/// the rest becomes `pass` and is named in a note, so a notebook written for Jupyter still runs.
public struct CellMagics: Sendable, Equatable {
    /// The cell as Python, line for line.
    public var code: String
    /// One note per line that was not run as written: `(line, what was skipped)`.
    public var skipped: [(line: Int, text: String)]

    public static func == (a: CellMagics, b: CellMagics) -> Bool {
        a.code == b.code && a.skipped.map(\.line) == b.skipped.map(\.line) && a.skipped.map(\.text) == b.skipped.map(\.text)
    }

    /// Line magics whose argument is a statement gradstep runs as it is (the timing is not shown).
    static let statementMagics: Set<String> = ["time", "timeit", "prun"]
    /// Cell magics whose body is Python that runs as it is.
    static let pythonCellMagics: Set<String> = ["time", "timeit", "capture", "prun"]

    public init(_ source: String) {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var skipped: [(Int, String)] = []
        var start = 0
        if let first = lines.first, first.hasPrefix("%%") {
            let name = Self.magicName(first.dropFirst(2))
            skipped.append((1, first.trimmingCharacters(in: .whitespaces)))
            lines[0] = ""
            start = 1
            if !Self.pythonCellMagics.contains(name) {
                // `%%bash`, `%%writefile f`, `%%html`: the body is not Python; nothing of it runs.
                for i in 1..<lines.count { lines[i] = "" }
                start = lines.count
            }
        }
        var continued = false
        for i in start..<lines.count {
            let line = lines[i]
            let body = line.drop { $0 == " " || $0 == "\t" }
            let indent = String(line.prefix(line.count - body.count))
            defer { continued = line.hasSuffix("\\") }
            if continued { continue }
            if body.hasPrefix("%") && !body.hasPrefix("%%") {
                let name = Self.magicName(body.dropFirst())
                let argument = body.dropFirst(1 + name.count).drop { $0 == " " }
                if Self.statementMagics.contains(name) && !argument.isEmpty {
                    lines[i] = indent + argument
                } else {
                    lines[i] = indent + "pass"
                }
                skipped.append((i + 1, String(body).trimmingCharacters(in: .whitespaces)))
            } else if body.hasPrefix("!") && !body.hasPrefix("!=") {
                lines[i] = indent + "pass"
                skipped.append((i + 1, String(body).trimmingCharacters(in: .whitespaces)))
            }
        }
        code = lines.joined(separator: "\n")
        self.skipped = skipped
    }

    private static func magicName(_ s: Substring) -> String {
        String(s.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}
