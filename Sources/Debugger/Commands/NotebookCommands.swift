/// `save-notebook FILE.ipynb`, and the recording of every cell's outputs that it writes.
extension DebugSession {
    /// `save-notebook FILE`: the session's cells with their outputs as an nbformat 4 notebook.
    func saveNotebookCommand(_ path: String) throws {
        guard Notebook.isNotebookPath(path) else {
            throw CommandError("a notebook's file name ends in .ipynb, not '\(path)'",
                               hint: "save-notebook my_session.ipynb (`save FILE` writes a session file)")
        }
        var entries = notebookCells.entries
        guard !entries.isEmpty else {
            throw CommandError("nothing to save yet", hint: "type a line or run a cell first")
        }
        if notebookCells.hasTyped { entries.insert(.init(kind: .code, source: Self.promptNames, ran: nil), at: 0) }
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
        emit(.info(text))
        if notebookCells.droppedInputs {
            emit(.warning("only the first \(SessionNotebook.maximumTyped) inputs of this session were kept"))
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
    func recordingTyped(_ input: String, _ body: () -> RunOutcome) -> RunOutcome {
        if capture != nil { return body() }
        let stepping = self.stepping.isStepping
        if !stepping && input.allSatisfy(\.isWhitespace) { return body() }
        let cell = CellCapture(count: stepping ? notebookCells.executionCount : notebookCells.upcomingCount)
        capture = cell
        capturedSource = []
        captureSkipped = false
        defer { capture = nil }
        let outcome = body()
        if stepping {
            notebookCells.extendLastTyped(lines: capturedSource, outputs: cell.outputs, failed: outcome == .failed)
        } else if !captureSkipped {
            notebookCells.recordTyped(.init(source: capturedSource.joined(separator: "\n"), count: cell.count,
                                            outputs: cell.outputs, failed: outcome == .failed))
        }
        return outcome
    }

    /// Runs cell `index` of the opened notebook (`code`: its source with IPython's lines made Python),
    /// keeping its outputs for `save-notebook` under its own source.
    func runNotebookCell(_ index: Int, source: String, code: String, console: Console) -> RunOutcome {
        let cell = CellCapture(count: notebookCells.upcomingCount)
        capture = cell
        defer { capture = nil }
        // Jupyter's inline backend shows the figures a cell drew when the cell ends (a subplot grid
        // too, without plt.show()), even when the cell fails.
        plotting.plotter.holdsPendingFigure = true
        let outcome = runCell(code, console: console)
        plotting.plotter.holdsPendingFigure = false
        self.console = console
        plotting.drawFiguresAtScriptEnd()
        self.console = nil
        notebookCells.recordOpened(index, .init(source: source, count: cell.count, outputs: cell.outputs, failed: outcome == .failed))
        return outcome
    }

    /// A walked notebook's cells become the saved notebook's (`NotebookWalk`).
    func openNotebookCells(_ cells: [Notebook.Cell]) { notebookCells.open(cells) }

    /// Cell `index` of the walked notebook was edited.
    func editNotebookCell(_ index: Int, source: String) { notebookCells.edit(index, source: source) }

    /// Where the learner's next input goes among the walked notebook's cells.
    func placeTypedCells(before index: Int) { notebookCells.position = index }

    /// The walk restarted: Jupyter counts from 1 again.
    func restartExecutionCount() { notebookCells.restartCount() }

    /// A figure drawn by the input being run, for its cell.
    func keepFigure(_ figure: PlotFigure) {
        capture?.figure(svg: PlotPart.svg(figure), axes: figure.panels.count)
    }

    /// Keeps a report among the outputs of the cell being run: a value as `Out[n]`, an error as an
    /// error output, a braille plot not at all (its figure is kept as SVG), the rest as the text it
    /// renders to at a plain console.
    static func keep(_ report: Report, in capture: CellCapture, renderer: ReportRenderer) {
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
