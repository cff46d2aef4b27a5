/// The session's cells as `save-notebook` writes them: the opened notebook's cells (as edited), each
/// with the outputs of its last run, and the learner's own inputs with their outputs, each placed before
/// the notebook cell the walk stood at when it was typed (at a plain `gradstep>` prompt there is no
/// opened notebook and the inputs are the whole notebook).
public struct SessionNotebook: Sendable {
    /// One cell that ran: the source as saved, its `In [n]`, outputs, and whether it ended in an error.
    public struct Ran: Sendable, Equatable {
        public var source: String
        public var count: Int
        public var outputs: [CellOutput]
        public var failed: Bool
    }

    /// One cell of the saved notebook.
    public struct Entry: Sendable, Equatable {
        public var kind: Notebook.CellKind
        public var source: String
        /// Its last run, nil for a cell that did not run (or is not code).
        public var ran: Ran?
    }

    /// The opened notebook's cells, with the learner's edits.
    public private(set) var opened: [Notebook.Cell] = []
    /// The last run of each opened cell, by index.
    private var runs: [Int: Ran] = [:]
    /// The learner's inputs, in order, each with the opened cell it comes before.
    private var typed: [(before: Int, cell: Ran)] = []
    /// Jupyter's execution counter: the `In [n]` of the last cell that ran.
    public private(set) var executionCount = 0
    /// The opened cell before which the learner's next input goes (the walk's position).
    var position = 0
    /// Inputs past this many are not kept (one long session must not grow without bound).
    static let maximumTyped = 10_000
    /// Whether inputs were left out because there were too many.
    public private(set) var droppedInputs = false
    /// Characters of output kept over all cells; past `maximumOutput` a cell keeps a note instead of
    /// its outputs (each cell is bounded by `CellCapture.limit`, the session by this).
    private var keptOutput = 0
    static let maximumOutput = 64_000_000

    public init() {}

    /// The `In [n]` the next cell runs as.
    var upcomingCount: Int { executionCount &+ 1 }

    /// Starts from `cells` (a notebook opened for a walk).
    mutating func open(_ cells: [Notebook.Cell]) {
        opened = cells
        runs = [:]
        position = 0
    }

    /// Cell `index` of the opened notebook now holds `source` (`edit N`).
    mutating func edit(_ index: Int, source: String) {
        guard opened.indices.contains(index) else { return }
        opened[index].source = source
    }

    /// Jupyter's counter starts again at 1 (`restart`); what ran stays shown, as after a kernel restart.
    mutating func restartCount() { executionCount = 0 }

    /// `ran` with its outputs, or a note instead of them once the session's output budget is spent.
    private mutating func budgeted(_ ran: Ran) -> Ran {
        let size = ran.outputs.reduce(0) { n, o in
            switch o {
            case .stream(_, let t), .result(_, let t), .figure(let t, _): return n + t.utf8.count
            case .error(_, let v, let tb): return n + v.utf8.count + tb.reduce(0) { $0 + $1.utf8.count }
            }
        }
        keptOutput += size
        guard keptOutput > Self.maximumOutput else { return ran }
        var r = ran
        r.outputs = [.stream(name: "stderr", text: "[gradstep: this cell's output was not kept: the session's notebook holds \(Self.maximumOutput / 1_000_000) MB of output already]\n")]
        return r
    }

    /// Cell `index` of the opened notebook ran.
    mutating func recordOpened(_ index: Int, _ ran: Ran) {
        guard opened.indices.contains(index) else { return }
        runs[index] = budgeted(ran)
        executionCount = max(executionCount, ran.count)
    }

    /// The last run of cell `index` of the opened notebook.
    func lastRun(ofOpened index: Int) -> Ran? { runs[index] }

    /// The learner typed an input that ran.
    mutating func recordTyped(_ ran: Ran) {
        executionCount = max(executionCount, ran.count)
        guard typed.count < Self.maximumTyped else {
            droppedInputs = true
            return
        }
        typed.append((min(position, opened.count), budgeted(ran)))
    }

    /// A stepping verb typed after the input that started the stepper: its line and outputs go on
    /// that input's cell (a stepped backward pass is one cell of the notebook).
    mutating func extendLastTyped(lines: [String], outputs: [CellOutput], failed: Bool) {
        guard !typed.isEmpty else { return }
        var cell = typed[typed.count - 1].cell
        if !lines.isEmpty { cell.source += "\n" + lines.joined(separator: "\n") }
        for output in outputs {
            // One verb's text runs on from the previous one's, as one stream in Jupyter.
            if case .stream(let name, let text) = output, case .stream(let last, let before)? = cell.outputs.last, last == name {
                cell.outputs[cell.outputs.count - 1] = .stream(name: name, text: before + text)
            } else {
                cell.outputs.append(output)
            }
        }
        cell.failed = cell.failed || failed
        typed[typed.count - 1].cell = cell
    }

    /// Whether the learner typed any cell (which may use the names the prompt starts with).
    public var hasTyped: Bool { !typed.isEmpty }

    /// Every cell in the order the notebook shows them.
    public var entries: [Entry] {
        var out: [Entry] = []
        var pending = typed[...]
        for (i, cell) in opened.enumerated() {
            while let t = pending.first, t.before <= i {
                out.append(Entry(kind: .code, source: t.cell.source, ran: t.cell))
                pending = pending.dropFirst()
            }
            out.append(Entry(kind: cell.kind, source: cell.source, ran: cell.kind == .code ? runs[i] : nil))
        }
        for t in pending { out.append(Entry(kind: .code, source: t.cell.source, ran: t.cell)) }
        return out
    }
}
