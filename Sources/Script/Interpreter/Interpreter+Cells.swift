/// Running a notebook cell as IPython does (`ast_node_interactivity = 'last_expr'`): the whole cell is
/// compiled first, its statements run, and the value of a final expression statement is returned to
/// be displayed (and bound to `_`), unless the cell's last code ends in `;`.
extension Interpreter {
    /// Runs one cell; returns the value Jupyter would show as `Out[n]`, or nil.
    public func runCell(_ source: String) throws -> Value? {
        let module = try Parser.parse(source, filename: filename)
        guard let last = module.body.last, case .expression(let e) = last.kind else {
            try run(module)
            return nil
        }
        let value = try torchSettings.withBound {
            _ = try exec(Array(module.body.dropLast()), globals)
            currentLine = e.line
            return try eval(e, globals)
        }
        if value.isNone || Self.endsQuietly(source) { return nil }
        globals.vars["_"] = value
        return value
    }

    /// IPython's `DisplayHook.quiet`: the cell's last code token is `;` (comments and blank lines
    /// after it do not count).
    public static func endsQuietly(_ source: String) -> Bool {
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false).reversed() {
            var line = Substring(raw)
            if let hash = Self.commentStart(line) { line = line[..<hash] }
            let isBlank = { (c: Character) in c == " " || c == "\t" || c == "\r" }
            guard let last = line.last(where: { !isBlank($0) }) else { continue }
            return last == ";"
        }
        return false
    }

    /// Where a `#` comment starts on a line, outside string literals.
    private static func commentStart(_ line: Substring) -> Substring.Index? {
        var quote: Character?
        var escaped = false
        var i = line.startIndex
        while i < line.endIndex {
            let ch = line[i]
            if let q = quote {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == q { quote = nil }
            } else if ch == "'" || ch == "\"" {
                quote = ch
            } else if ch == "#" {
                return i
            }
            i = line.index(after: i)
        }
        return nil
    }
}
