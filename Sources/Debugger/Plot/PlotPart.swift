import Foundation
import Autograd
import Script

/// The session's plots: the figures the learner's plt.* calls make, `plot` and `save plots`, the
/// training animation, loss comparisons, and the loss history with every plot drawn. Owns the
/// matplotlib plotter and that record; reads the model and the console through its host.
final class PlotPart {
    unowned let host: any SessionHost
    /// Collects matplotlib calls; drawn after the input that made them. Kept across `reset`.
    let plotter = SessionPlotter()
    /// The loss history and the plots drawn (`plot`, `save plots`).
    var record = SessionPlots()

    init(host: any SessionHost) {
        self.host = host
        installAnimationSink()
    }

    /// Forgets the losses and plots (the `reset` command); settings and the plotter stay.
    func reset() { record.reset() }

    // MARK: - Drawing

    /// The size and colouring for plots on the active console: 72×20 and no colour off a terminal.
    func plotStyle() -> (size: PlotSize, color: Bool) {
        guard let console = host.activeConsole else { return (.standard, false) }
        let size = PlotSize.forConsole(columns: console.width, isTerminal: console.isTerminal)
        let color: Bool
        if let terminal = console as? TerminalConsole { color = terminal.colorsOut && console.isTerminal } else { color = console.isTerminal }
        return (size, color)
    }

    /// Draws `figure` on the console and remembers it for `plot --svg` and `save plots` (with an
    /// animation's `frames`, which those write as an animated SVG).
    func draw(_ figure: PlotFigure, kind: String, frames: [PlotFigure] = [], interval: Double = 0.2) {
        let (size, color) = plotStyle()
        let text: String
        if figure.panels.count == 1, let only = figure.panels.first {
            text = BrailleRenderer.render(only, width: size.width, height: size.height, color: color)
        } else {
            text = BrailleRenderer.render(figure, width: size.width, height: size.height, color: color)
        }
        host.emit(.plot(text))
        record.remember(DrawnPlot(kind: kind, figure: figure, frames: frames, interval: interval))
        host.notebook.keepFigure(figure)
    }

    func draw(_ spec: PlotSpec, kind: String) { draw(PlotFigure(panels: [spec]), kind: kind) }

    /// Draws two loss series on one plot (for `compare`), remembered like every plot.
    func drawLossComparison(_ first: LossSeries, _ second: LossSeries, title: String? = nil, log: Bool = false) {
        draw(PlotBuilders.lossComparison(first, second, title: title, log: log), kind: "compare")
    }

    /// After each Python input: record the loss if a statement made a new one, and draw the figures
    /// its plt.* calls made.
    func afterPythonInput() {
        if let name = try? host.currentLossName(), let t = try? host.lossTensor(name) { record.recordLoss(tensor: t) }
        for figure in plotter.takeFigures() { draw(figure, kind: "plt") }
        if plotter.isHoldingGrid && !plotter.gridHintShown && !plotter.holdsPendingFigure {
            plotter.gridHintShown = true
            host.emit(.hint("subplot grid: its panels are drawn together at plt.show()"))
        }
    }

    /// When a script ends (or stops at an error): the figures it left unshown, as Python's
    /// interactive backends show them at exit.
    func drawFiguresAtScriptEnd() {
        for figure in plotter.takeFigures(all: true) { draw(figure, kind: "plt") }
    }

    // MARK: - plot

    func plotCommand(_ args: Arguments) throws {
        let words = ["X", "Y", "PRED"].compactMap { args.string($0) }
        let svgPath = args.string("--svg")
        let log = args.flag("--log")
        if words.isEmpty, let svgPath, !log {
            // `plot --svg FILE`: the last plot.
            guard let last = record.last else {
                throw CommandError("no plot yet", hint: "draw one first (`plot`, `plot loss`, plt.scatter(x, y)), then `plot --svg FILE`")
            }
            try writeFile(last.svg, to: svgPath)
            host.emit(.info("wrote \(svgPath)"))
            return
        }
        var (spec, kind) = try plotSpec(words, log: log)
        if log { spec.logY = true }
        draw(spec, kind: kind)
        if let svgPath { try writeSVG(PlotFigure(panels: [spec]), to: svgPath) }
    }

    /// The plot `plot WORDS` asks for.
    private func plotSpec(_ words: [String], log: Bool) throws -> (PlotSpec, String) {
        switch words.count {
        case 0:
            return (try modelFitSpec(try modelFitSources(), title: "data and predictions"), "fit")
        case 1 where words[0] == "loss":
            guard !record.losses.isEmpty else {
                throw CommandError("no loss recorded yet", hint: "run `forward` or `train N`: every loss they compute is recorded")
            }
            return (PlotBuilders.lossCurve(steps: record.lossSteps, losses: record.losses, log: log), "loss")
        case 1:
            let y = try parseExpression(words[0])
            return (try modelFitSpec(ModelFitSources(x: nil, y: y, prediction: nil)), "data")
        case 2, 3:
            let sources = ModelFitSources(x: try parseExpression(words[0]), y: try parseExpression(words[1]),
                                          prediction: try words.count == 3 ? parseExpression(words[2]) : nil)
            return (try modelFitSpec(sources), words.count == 3 ? "fit" : "data")
        default:
            throw CommandError.usage(of: "plot")
        }
    }

    // MARK: - SVG files

    /// A figure as one SVG document.
    static func svg(_ figure: PlotFigure) -> String { DrawnPlot(kind: "", figure: figure).svg }

    func writeSVG(_ figure: PlotFigure, to path: String) throws {
        try writeFile(Self.svg(figure), to: path)
        host.emit(.info("wrote \(path)"))
    }

    private func writeFile(_ text: String, to path: String) throws {
        do {
            try SafeFile.write(text, to: path)
        } catch {
            throw CommandError(error.description, kind: "OSError", hint: "check that the directory exists and is writable")
        }
    }

    // MARK: - save plots

    func savePlotsCommand(_ dir: String) throws {
        guard !record.plots.isEmpty else {
            throw CommandError("no plots yet", hint: "draw some first: `plot`, `plot loss`, plt.scatter(x, y)")
        }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw CommandError("cannot create \(dir): \(error.localizedDescription)")
        }
        let first = record.drawnCount - record.plots.count + 1
        let digits = max(2, String(record.drawnCount).count)
        var written: [String] = []
        for (k, plot) in record.plots.enumerated() {
            let number = String(first + k)
            let padded = String(repeating: "0", count: max(0, digits - number.count)) + number
            let path = (dir as NSString).appendingPathComponent("plot-\(padded)-\(plot.kind).svg")
            try writeFile(plot.svg, to: path)
            written.append(path)
        }
        host.emit(.info("wrote \(written.count) plot\(written.count == 1 ? "" : "s") to \(dir): " +
                   (written.map { ($0 as NSString).lastPathComponent }).joined(separator: ", ")))
    }

    // MARK: - train N --animate

    /// Starts the animation of `train` (`every`: frame period, nil for the default).
    func startTrainAnimation(total: Int, every: Int?) -> TrainAnimation {
        let (size, color) = plotStyle()
        let live = host.activeConsole?.isTerminal ?? false
        if !live {
            host.emit(.hint("--animate: output is not a terminal, so the fit is drawn once at the end"))
        }
        let sources = try? modelFitSources()
        return TrainAnimation(live: live, every: every ?? TrainAnimation.defaultEvery(total: total), size: size,
                              color: color, frameDelay: record.frameDelay, sources: sources)
    }

    /// One training iteration under `--animate`: a redrawn frame when due (on a terminal), else the
    /// usual progress line; the last iteration's plot is drawn (off a terminal) and remembered.
    func animateTrainStep(_ anim: inout TrainAnimation, iteration i: Int, total n: Int, loss: Double, every: Int) {
        anim.losses.append(loss)
        let sources = anim.sources, losses = anim.losses
        func spec() -> PlotSpec {
            if let sources, let spec = try? modelFitSpec(sources) { return spec }
            return PlotBuilders.lossCurve(steps: losses.indices.map { Double($0 + 1) }, losses: losses, log: false)
        }
        if anim.live {
            guard anim.isFrame(i, total: n) else { return }
            let plot = spec()
            let text = BrailleRenderer.render(plot, width: anim.size.width, height: anim.size.height, color: anim.color)
            host.activeConsole?.out(anim.redraw(header: TrainAnimation.header(iteration: i, total: n, loss: PythonFloat.repr(loss)), plot: text), .plain)
            if i == n {
                record.remember(DrawnPlot(kind: anim.sources == nil ? "loss" : "fit", figure: PlotFigure(panels: [plot])))
                host.notebook.keepFigure(PlotFigure(panels: [plot]))
            } else {
                anim.pause()
            }
        } else {
            if i == 1 || i % every == 0 || i == n { host.emit(.trainProgress(iteration: i, total: n, loss: loss)) }
            if i == n { draw(spec(), kind: anim.sources == nil ? "loss" : "fit") }
        }
    }
}
