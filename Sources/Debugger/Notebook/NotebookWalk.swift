import Script

/// `gradstep NB.ipynb`: a guided walk through the learner's own notebook. Markdown cells are shown as
/// text, each code cell is shown and Enter runs it (its value displayed as Jupyter's `Out[n]`), and between
/// cells the learner has the whole debugger prompt: commands, their own lines, the stepper.
///
/// Verbs (a learner's variable of the same name wins, `%verb` always reaches the verb):
/// Enter or `next`, `back`, `cell N`, `list`, `run all`, `run to N`, `edit N`, `restart`.
/// Where the walk stands is remembered per notebook, as lesson progress is.
public final class NotebookWalk: InteractiveSession {
    public let session: DebugSession
    public private(set) var notebook: Notebook
    /// The key of this notebook's progress (its path).
    let name: String
    let progress: LessonProgressStore?
    /// The cell whose code was last shown as "Next" (running it then shows only its `In [n]` line).
    private var previewed: Int?
    /// Index in `notebook.cells` of the next cell Enter shows or runs; the learner's own lines go before
    /// it in a saved notebook.
    public private(set) var position = 0 {
        didSet { session.notebook.placeTypedCells(before: position) }
    }
    /// The `In [n]` each cell last ran as.
    private var ran: [Int: Int] = [:]
    /// The cell whose new code the next input is (`edit N`).
    private var editing: Int? {
        didSet { editedLines = editing.map { notebook.cells[$0].source.components(separatedBy: "\n") } ?? [] }
    }
    /// The lines of the edited cell's old code, offered one by one at the line editor.
    private var editedLines: [String] = []

    static let verbs: Set<String> = ["next", "back", "cell", "list", "run", "edit", "restart"]

    static let help = """
        Walking a notebook (a variable of the same name wins; `%next`, `%list`, … always reach the verb):
          Enter, next   run the next code cell (showing the text cells before it)
          back          step back one code cell, so Enter runs it again
          cell N        show cell N; Enter then runs from there
          list          every cell: [n] = run as In [n], ▶ = next
          run all       run the remaining cells
          run to N      run the cells up to and including cell N
          edit N        edit cell N line by line (each old line comes back to edit; Enter keeps it),
                        type more lines, end with a blank line; the cell then runs again
          restart       forget every variable and start from the first cell
          save-notebook FILE.ipynb   write the cells with their outputs, and your own lines, for Jupyter
        Between cells, every debugger command works (`help`), and so do your own Python lines.

        """

    public init(_ notebook: Notebook, name: String, session: DebugSession, progress: LessonProgressStore? = LessonProgressStore.standard()) {
        self.notebook = notebook
        self.name = name
        self.session = session
        self.progress = progress
        session.notebook.open(notebook.cells)
    }

    private var progressKey: String { "notebook:" + name }

    /// The first lines: what the notebook holds, how to walk it, where the learner stopped last time.
    public func start(console: Console) {
        let code = notebook.cells.filter { $0.kind == .code }.count
        console.line("notebook \(name): \(notebook.cells.count) cells, \(code) of them code.")
        console.out(ReportRenderer.wrapped("Enter runs the next cell; `help notebook` lists the other verbs. Debugger commands and your own lines work between cells.", for: console) + "\n", .dim)
        if let entry = progress?.entry(progressKey), entry.steps == notebook.cells.count, entry.step > 0 {
            // A walk that reached the end is remembered too (saying nothing would look like a first visit).
            let text = entry.step < notebook.cells.count
                ? "Last time you stopped before cell \(entry.step + 1): `run to \(entry.step)` runs the cells before it."
                : "Last time you reached the end of the notebook: `run all` runs every cell again."
            console.out(ReportRenderer.wrapped(text, for: console) + "\n", .dim)
        }
        showUpToNextCode(console)
    }

    // MARK: - InteractiveSession

    public var prompt: String {
        if let e = editing { return "edit \(e + 1)> " }
        if session.stepping.isStepping { return session.prompt }
        return "[\(min(position + 1, notebook.cells.count))/\(notebook.cells.count)] " + session.prompt
    }

    public var acceptsBlankLine: Bool { true }

    public var interpreter: Interpreter { session.interpreter }

    public var compilesLoops: Bool {
        get { session.compilesLoops }
        set { session.compilesLoops = newValue }
    }

    public func needsMoreInput(_ buffer: String) -> Bool {
        // New code for a cell ends with a blank line typed after its old lines, as a block at Python's
        // prompt (an old line left blank is a blank line of the code).
        if editing != nil { return true }
        if verb(buffer) != nil { return false }
        return session.needsMoreInput(buffer)
    }

    public func run(_ input: String, console: Console) -> RunOutcome {
        if let cell = editing {
            editing = nil
            var code = input
            while code.hasSuffix("\n") { code.removeLast() }
            notebook.cells[cell].source = code
            session.notebook.edit(cell, source: code)
            console.out("cell \(cell + 1) changed; running it again\n", .dim)
            position = cell
            return runCells(through: max(cell, (ran.keys.max() ?? cell)), console: console)
        }
        if session.stepping.isStepping { return session.run(input, console: console) }
        if input.allSatisfy(\.isWhitespace) { return next(console) }
        if ["help notebook", "%help notebook"].contains(input.trimmingCharacters(in: .whitespaces)) {
            console.out(Self.help, .plain)
            return .ok
        }
        guard let (word, args) = verb(input) else { return session.run(input, console: console) }
        switch (word, args.count) {
        case ("next", 0): return next(console)
        case ("back", 0): return back(console)
        case ("list", 0): list(console); return .ok
        case ("restart", 0): return restart(console)
        case ("cell", 1):
            guard let n = cellNumber(args[0], console) else { return .failed }
            position = n
            show(n, console)
            previewed = n
            return .ok
        case ("edit", 1):
            guard let n = cellNumber(args[0], console), notebook.cells[n].kind == .code else {
                if let n = Int(args[0]), n >= 1, n <= notebook.cells.count { console.err("cell \(n) is not a code cell\n", .error) }
                return .failed
            }
            show(n, console)
            console.out(ReportRenderer.wrapped("Each line of cell \(n + 1) comes back to edit: Enter keeps it, Ctrl-U empties it. After the last one, type more lines or a blank line to run the cell. Ctrl-C keeps the old code.", for: console) + "\n", .dim)
            editing = n
            return .ok
        case ("run", 1) where args[0] == "all":
            return runCells(through: notebook.cells.count - 1, console: console)
        case ("run", 2) where args[0] == "to":
            guard let n = cellNumber(args[1], console) else { return .failed }
            return runCells(through: n, console: console)
        default:
            console.err("usage: next | back | cell N | list | run all | run to N | edit N | restart\n", .error)
            return .failed
        }
    }

    public func runFile(_ source: String, console: Console) -> RunOutcome { session.runFile(source, console: console) }

    public func leaveNestedPrompt(console: Console, byEndOfInput: Bool) -> Bool {
        if editing != nil {
            editing = nil
            console.out("the cell keeps its code\n", .dim)
            return true
        }
        return session.leaveNestedPrompt(console: console, byEndOfInput: byEndOfInput)
    }

    public func initialText(forLine index: Int) -> String? {
        guard editing != nil, editedLines.indices.contains(index) else { return nil }
        return editedLines[index]
    }

    public func completions(line: String, cursor: Int) -> [String] {
        let words = Self.verbs.filter { $0.hasPrefix(line) }.sorted()
        return (line.contains(" ") ? [] : words) + session.completions(line: line, cursor: cursor)
    }

    // MARK: - Verbs

    /// The walk verb `input` invokes, with its arguments; nil when the line is the learner's Python or a
    /// debugger command. Only the verbs' own forms count (`next = 3`, `list(x)` are Python), and a
    /// learner's variable named like a verb wins unless the verb has `%`.
    func verb(_ input: String) -> (String, [String])? {
        guard !input.contains("\n") else { return nil }
        var words = input.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard var first = words.first else { return nil }
        let forced = first.hasPrefix("%")
        if forced { first.removeFirst() }
        words.removeFirst()
        let isNumber = { (w: String) in !w.isEmpty && w.allSatisfy { $0.isASCII && $0.isNumber } }
        let valid: Bool
        switch first {
        case "next", "back", "list", "restart": valid = words.isEmpty
        case "cell", "edit": valid = words.count == 1 && isNumber(words[0])
        case "run": valid = words == ["all"] || (words.count == 2 && words[0] == "to" && isNumber(words[1]))
        default: valid = false
        }
        guard valid else { return nil }
        if !forced && session.isLearnerName(first) { return nil }
        return (first, words)
    }

    private func cellNumber(_ text: String, _ console: Console) -> Int? {
        guard let n = Int(text), n >= 1, n <= notebook.cells.count else {
            console.err("there is no cell \(text): the notebook has cells 1 to \(notebook.cells.count)\n", .error)
            return nil
        }
        return n - 1
    }

    /// Runs the code cell at the walk's position (showing the markdown before it), then shows what follows
    /// up to the next code cell.
    private func next(_ console: Console) -> RunOutcome {
        while position < notebook.cells.count, notebook.cells[position].kind != .code {
            show(position, console)
            position += 1
        }
        guard position < notebook.cells.count else {
            console.out("That was the last cell. `list` shows them all, `restart` starts again.\n", .dim)
            return .ok
        }
        let outcome = runCell(position, console)
        if outcome == .ok { showUpToNextCode(console) }
        return outcome
    }

    private func back(_ console: Console) -> RunOutcome {
        guard let previous = notebook.cells.indices.last(where: { $0 < position && notebook.cells[$0].kind == .code }) else {
            console.err("this is the first code cell\n", .error)
            return .failed
        }
        position = previous
        show(previous, console)
        // Its code is on the screen now: running it shows only its `In [n]` line, as after "Next".
        previewed = previous
        console.out("Enter runs it again (its variables keep their current values until then).\n", .dim)
        return .ok
    }

    private func list(_ console: Console) {
        // The `[n]` column is as wide as its widest entry, so the kinds and first lines stay in columns.
        let stateWidth = max(3, (ran.values.max() ?? 0).description.count + 2)
        for (i, cell) in notebook.cells.enumerated() {
            let mark = i == position ? "▶" : " "
            let state = (ran[i].map { "[\($0)]" } ?? (cell.kind == .code ? "[ ]" : "")).padding(stateWidth)
            let first = cell.source.split(separator: "\n").first.map(String.init) ?? ""
            let shown = first.count > 60 ? String(first.prefix(59)) + "…" : first
            console.out("\(mark) \(String(i + 1).leftPadded(3)) \(state) \(cell.kind.rawValue.padding(8)) \(shown)\n", i == position ? .heading : .plain)
        }
    }

    private func restart(_ console: Console) -> RunOutcome {
        session.resetState()
        position = 0
        session.notebook.restartExecutionCount()
        ran = [:]
        console.out("Restarted: every variable is gone.\n", .dim)
        showUpToNextCode(console)
        return .ok
    }

    /// Runs the code cells from the position through cell `last`, stopping at the first failure.
    private func runCells(through last: Int, console: Console) -> RunOutcome {
        while position <= last, position < notebook.cells.count {
            if notebook.cells[position].kind != .code {
                position += 1
                continue
            }
            let outcome = runCell(position, console)
            if outcome != .ok { return outcome }
        }
        showUpToNextCode(console)
        return .ok
    }

    private func runCell(_ index: Int, _ console: Console) -> RunOutcome {
        let cell = notebook.cells[index]
        if cell.source.allSatisfy(\.isWhitespace) {
            position = index + 1
            return .ok
        }
        let count = session.notebook.cells.upcomingCount
        ran[index] = count
        console.out("In [\(count)]: (cell \(index + 1))\n", .dim)
        if previewed != index {
            for line in cell.source.split(separator: "\n", omittingEmptySubsequences: false) { console.out("    \(line)\n", .value) }
        }
        previewed = nil
        let magics = CellMagics(cell.source)
        for s in magics.skipped {
            console.err("gradstep: cell \(index + 1), line \(s.line): IPython's `\(s.text)` is not run by gradstep (skipped)\n", .warning)
        }
        let outcome = session.runNotebookCell(index, source: cell.source, code: magics.code, console: console)
        if outcome == .ok { position = index + 1 }
        if outcome == .failed {
            // The walk stays at the cell; say how to go on (the learner may not know the verbs yet).
            if freedGraph(index) {
                // Between cells the learner may have run `backward` (or a cell twice): the graph this
                // cell walks back through is gone, and PyTorch's message does not say who used it.
                console.out(ReportRenderer.wrapped("The graph was used up by an earlier backward (your `backward` between cells, or this cell's last run). Run the cells that compute the loss again first (`back`, `run to N`), or `forward` rebuilds it.", for: console) + "\n", .dim)
            }
            let after = notebook.cells.indices.first { $0 > index && notebook.cells[$0].kind == .code }
            console.out(ReportRenderer.wrapped("cell \(index + 1) failed: `edit \(index + 1)` changes its code and runs it again, Enter runs it as it is"
                + (after.map { ", `cell \($0 + 1)` goes on to the next code cell without it" } ?? "") + ".", for: console) + "\n", .dim)
        }
        saveProgress()
        return outcome
    }

    /// Whether cell `index` last failed with PyTorch's "backward through the graph a second time".
    private func freedGraph(_ index: Int) -> Bool {
        session.notebook.cells.lastRun(ofOpened: index)?.outputs.contains { output in
            if case .error(_, let value, _) = output { return value.contains("backward through the graph a second time") }
            return false
        } ?? false
    }

    /// Shows the cell at the position if it is markdown, and the markdown after it, up to the next code
    /// cell, whose code is shown as what Enter runs next.
    private func showUpToNextCode(_ console: Console) {
        while position < notebook.cells.count, notebook.cells[position].kind != .code {
            show(position, console)
            position += 1
        }
        if position < notebook.cells.count {
            console.out("Next, cell \(position + 1) (Enter runs it):\n", .dim)
            for line in notebook.cells[position].source.split(separator: "\n", omittingEmptySubsequences: false) {
                console.out("    \(line)\n", .value)
            }
            previewed = position
        } else {
            console.out("End of the notebook.\n", .dim)
        }
        saveProgress()
    }

    private func show(_ index: Int, _ console: Console) {
        let cell = notebook.cells[index]
        switch cell.kind {
        case .markdown:
            for spans in MarkdownText.render(cell.source) {
                let text = spans.map(\.text).joined()
                // A line too long for the terminal wraps at spaces (never inside a word); it loses its
                // emphasis styles then, its words are kept.
                if console.isTerminal && text.count >= console.width {
                    // A list item's continuation lines start under its text, not under the bullet.
                    let lead = text.prefix { $0 == " " || $0 == "•" }.count
                    let body = String(text.dropFirst(lead))
                    console.out(String(text.prefix(lead)) + ReportRenderer.wrapHanging(body, width: console.width - 1, indent: lead) + "\n",
                                spans.first?.style == .heading ? .heading : .plain)
                    continue
                }
                for s in spans { console.out(s.text, s.style) }
                console.out("\n", .plain)
            }
        case .code, .raw:
            console.out("cell \(index + 1) (\(cell.kind.rawValue)):\n", .dim)
            for line in cell.source.split(separator: "\n", omittingEmptySubsequences: false) { console.out("    \(line)\n", .value) }
        }
    }

    private func saveProgress() {
        progress?.set(progressKey, LessonProgressStore.Entry(step: position, steps: notebook.cells.count))
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
