import Script

/// Jupyter's "Run All" for `gradstep --plain NB.ipynb`: the code cells run in order in one namespace;
/// each shows its printed output, then its value as Jupyter's `Out[n]` text; the first uncaught error
/// stops the run with a traceback naming the cell (`Cell In[3], line 2`).
///
/// Lines of every executed cell are numbered as one file (each cell padded by the lines before it), so a
/// traceback through a function defined in an earlier cell still names that cell and line.
public struct NotebookRun {
    let notebook: Notebook
    /// Where each executed cell's lines start in the shared numbering, with its execution count.
    private var placed: [(count: Int, firstLine: Int, lines: [Substring])] = []

    public init(_ notebook: Notebook) { self.notebook = notebook }

    /// Runs every code cell through `session`, writing to `console`; stops at the first failure.
    public mutating func run(_ session: ScriptSession, console: Console) -> RunOutcome {
        var nextLine = 1
        var count = 0
        for cell in notebook.cells where cell.kind == .code {
            // IPython does not count (or run) a cell that is only whitespace.
            if cell.source.allSatisfy(\.isWhitespace) { continue }
            count += 1
            let magics = CellMagics(cell.source)
            for s in magics.skipped {
                console.err("gradstep: Cell In[\(count)], line \(s.line): IPython's `\(s.text)` is not run by gradstep (skipped)\n", .warning)
            }
            let lines = magics.code.split(separator: "\n", omittingEmptySubsequences: false)
            placed.append((count, nextLine, lines))
            let padded = String(repeating: "\n", count: nextLine - 1) + magics.code
            nextLine += lines.count
            let outcome = session.runCell(padded, console: console,
                                          locate: { locate($0) }, syntaxPlace: { syntaxPlace($0) })
            if outcome != .ok { return outcome }
        }
        return .ok
    }

    /// `Cell In[n], line k` and the source text of a line in the shared numbering.
    func locate(_ line: Int) -> (place: String, code: String?) {
        guard let cell = placed.last(where: { $0.firstLine <= line }) else { return ("Cell In[?], line \(line)", nil) }
        let k = line - cell.firstLine
        let code = k < cell.lines.count ? String(cell.lines[k]) : nil
        return ("Cell In[\(cell.count)], line \(k + 1)", code)
    }

    /// The header IPython prints above a syntax error: `  Cell In[n], line k`.
    func syntaxPlace(_ line: Int) -> String { "  " + locate(line).place }
}

extension ScriptSession {
    /// Runs one notebook cell (`source`, padded to its place in the shared numbering) as IPython does:
    /// compiled whole, its last expression's value displayed unless the cell ends in `;`.
    func runCell(_ source: String, console: Console,
                 locate: (Int) -> (place: String, code: String?), syntaxPlace: (Int) -> String) -> RunOutcome {
        attach(console)
        defer { attach(nil) }
        do {
            if let value = try interpreter.runCell(source) {
                console.out(try interpreter.displayText(value) + "\n", .plain)
            }
            return .ok
        } catch {
            return reportFailure(error, console: console, syntaxText: { e in
                // IPython names the cell instead of a file; the rest is CPython's rendering.
                let body = e.rendered.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
                return syntaxPlace(e.line) + "\n" + (body.count > 1 ? String(body[1]) : "")
            }, traceback: { ErrorReport.traceback($0, markers: false, locate: locate) })
        }
    }
}
