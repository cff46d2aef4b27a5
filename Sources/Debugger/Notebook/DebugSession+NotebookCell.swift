/// Running a walked notebook's cell in the session (`NotebookPart` keeps its outputs).
extension DebugSession {
    /// Runs cell `index` of the opened notebook (`code`: its source with IPython's lines made Python),
    /// keeping its outputs for `save-notebook` under its own source.
    func runNotebookCell(_ index: Int, source: String, code: String, console: Console) -> RunOutcome {
        notebook.recordingOpened(index, source: source) {
            // Jupyter's inline backend shows the figures a cell drew when the cell ends (a subplot grid
            // too, without plt.show()), even when the cell fails.
            plotting.plotter.holdsPendingFigure = true
            let outcome = runCell(code, console: console)
            plotting.plotter.holdsPendingFigure = false
            self.console = console
            plotting.drawFiguresAtScriptEnd()
            self.console = nil
            return outcome
        }
    }
}
