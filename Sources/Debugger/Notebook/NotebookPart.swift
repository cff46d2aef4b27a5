import Autograd
import Script

/// The session as a notebook: every input the learner typed and every cell of a walked notebook,
/// each with the outputs of its last run, for `save-notebook`. Owns the cells (kept across `reset`:
/// they are the record of the session) and the capture of the input being run.
final class NotebookPart {
    unowned let host: any SessionHost
    /// The session's cells with their outputs: what the learner typed and, in a notebook walk, the
    /// notebook's cells.
    private(set) var cells = SessionNotebook()
    /// Collects the outputs of the input being run.
    private(set) var capture: CellCapture?
    /// The input being run as its notebook cell holds it: Python as typed, debugger commands as comments.
    private var capturedSource: [String] = []
    /// Set by a command that is not a cell of the saved notebook (`save-notebook` itself, `help`, `quit`).
    private var captureSkipped = false

    init(host: any SessionHost) {
        self.host = host
    }

    /// A line of the input being run, as its cell holds it.
    func note(_ source: String) { capturedSource.append(source) }

    /// A line that is not Python, kept as a comment so that Jupyter can run the cell.
    func noteCommandLine(_ line: String) { capturedSource.append("# gradstep> " + line.trimmingSpaces()) }

    /// The input being run is no cell of the saved notebook (`save-notebook`, `help`, `quit`).
    func skipCell() { captureSkipped = true }

    /// `save-notebook FILE`: the session's cells with their outputs as an nbformat 4 notebook.
    func save(to path: String) throws {
        guard Notebook.isNotebookPath(path) else {
            throw CommandError("a notebook's file name ends in .ipynb, not '\(path)'",
                               hint: "save-notebook my_session.ipynb (`save FILE` writes a session file)")
        }
        var entries = cells.entries
        guard !entries.isEmpty else {
            throw CommandError("nothing to save yet", hint: "type a line or run a cell first")
        }
        if cells.hasTyped { entries.insert(.init(kind: .code, source: Self.promptNames, ran: nil), at: 0) }
        do {
            try SafeFile.write(NotebookDocument.json(entries), to: path)
        } catch {
            throw CommandError(error.description, kind: "OSError", hint: "check that the directory exists and is writable")
        }
        let ran = entries.filter { $0.ran != nil }.count
        let figures = entries.reduce(0) { n, e in
            n + (e.ran?.outputs.filter { if case .figure = $0 { return true } else { return false } }.count ?? 0)
        }
        var text = "wrote \(path): \(entries.count) cell\(entries.count == 1 ? "" : "s"), \(ran) of them run"
        if figures > 0 { text += ", \(figures) plot\(figures == 1 ? "" : "s")" }
        host.emit(.info(text))
        if cells.droppedInputs {
            host.emit(.warning("only the first \(SessionNotebook.maximumTyped) inputs of this session were kept"))
        }
    }

    /// The first cell of a saved notebook with the learner's own lines: the names the gradstep prompt
    /// starts with (`Modules.fastaiNamespace` and the bare torch functions), defined for Jupyter.
    /// `from torch import *` would also replace Python's own `range`, `float`, `max`, …, which the
    /// prompt keeps, so those are taken back.
    static let promptNames = """
        # The gradstep prompt starts with these names defined; this cell defines them for Jupyter.
        import torch
        from torch import nn
        import torch.nn.functional as F
        import numpy as np
        import matplotlib.pyplot as plt
        from torch import *
        from builtins import abs, all, any, bool, compile, complex, float, int, max, min, pow, range, round, sum

        def tensor(x, *rest, **kwargs):
            # fastai's tensor: tensor(3., 2) is torch.tensor([3., 2.])
            return torch.tensor([x, *rest] if rest else x, **kwargs)

        def to_np(x):
            return x.detach().cpu().numpy()
        """

    /// Runs an input the learner typed, keeping it and its outputs as a cell of the session's notebook.
    /// A stepping verb goes on the cell of the input that started the stepper; a blank line, `help`,
    /// `quit` and `save-notebook` are not cells.
    func recordingTyped(_ input: String, stepping: Bool, _ body: () -> RunOutcome) -> RunOutcome {
        if capture != nil { return body() }
        if !stepping && input.allSatisfy(\.isWhitespace) { return body() }
        let cell = CellCapture(count: stepping ? cells.executionCount : cells.upcomingCount)
        capture = cell
        capturedSource = []
        captureSkipped = false
        defer { capture = nil }
        let outcome = body()
        if stepping {
            cells.extendLastTyped(lines: capturedSource, outputs: cell.outputs, failed: outcome == .failed)
        } else if !captureSkipped {
            cells.recordTyped(.init(source: capturedSource.joined(separator: "\n"), count: cell.count,
                                            outputs: cell.outputs, failed: outcome == .failed))
        }
        return outcome
    }

    /// Runs cell `index` of the opened notebook, keeping its outputs for `save-notebook` under its own
    /// source.
    func recordingOpened(_ index: Int, source: String, _ body: () -> RunOutcome) -> RunOutcome {
        let cell = CellCapture(count: cells.upcomingCount)
        capture = cell
        defer { capture = nil }
        let outcome = body()
        cells.recordOpened(index, .init(source: source, count: cell.count, outputs: cell.outputs, failed: outcome == .failed))
        return outcome
    }

    /// A walked notebook's cells become the saved notebook's (`NotebookWalk`).
    func open(_ notebookCells: [Notebook.Cell]) { cells.open(notebookCells) }

    /// Cell `index` of the walked notebook was edited.
    func edit(_ index: Int, source: String) { cells.edit(index, source: source) }

    /// Where the learner's next input goes among the walked notebook's cells.
    func placeTypedCells(before index: Int) { cells.position = index }

    /// The walk restarted: Jupyter counts from 1 again.
    func restartExecutionCount() { cells.restartCount() }

    /// A figure drawn by the input being run, for its cell.
    func keepFigure(_ figure: PlotFigure) {
        capture?.figure(svg: PlotPart.svg(figure), axes: figure.panels.count)
    }

    /// Keeps a report among the outputs of the cell being run: a value as `Out[n]`, an error as an
    /// error output, a braille plot not at all (its figure is kept as SVG), the rest as the text it
    /// renders to at a plain console.
    func keep(_ report: Report, renderer: ReportRenderer) {
        guard let capture else { return }
        switch report {
        case .value(let text):
            capture.result(text)
        case .plot, .echoInput:
            break
        case .error(let kind, let message, let hint, let traceback):
            var lines = traceback.map { $0.split(separator: "\n").map(String.init) } ?? []
            lines.append(message.isEmpty ? kind : "\(kind): \(message)")
            if let hint { lines.append("hint: \(hint)") }
            capture.error(name: kind, value: message, traceback: lines)
        case .syntaxError(let text):
            let lines = text.split(separator: "\n").map(String.init)
            let last = lines.last ?? "SyntaxError"
            let value = last.hasPrefix("SyntaxError: ") ? String(last.dropFirst("SyntaxError: ".count)) : last
            capture.error(name: "SyntaxError", value: value, traceback: lines)
        default:
            renderer.render(report, to: capture)
        }
    }
}
