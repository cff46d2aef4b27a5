import Foundation
import Autograd
import Script

/// Turns the notebook's matplotlib calls (`plt.scatter(x, y)`, `plt.plot(x, yhat, 'r-')`,
/// `plt.subplot(1, 2, 1)`, `plt.title(…)`, `plt.show()`) into figures the session draws in the
/// terminal. Calls accumulate into one figure; `plt.show()` draws it at once (and the figures
/// `plt.figure()` finished before it), `plt.close()` / `plt.clf()` set it aside undrawn (as in a
/// notebook, where a closed figure is never shown, though an animation may still redraw it). The
/// session draws the rest after the input that made them, as a notebook cell does — except a
/// `plt.subplot` grid, which waits for `plt.show()`, and a running script's figures, which wait for
/// `plt.show()` or its end. Lines keep handles so `Line2D.set_ydata` can move them, and axes limits
/// (`xlim`, `ylim`) are kept per panel.
final class SessionPlotter: PlotReceiver {
    /// The figure being built.
    private(set) var current = PlotFigure(panels: [PlotSpec()])
    /// The panel of `current` that calls draw into (`plt.subplot`'s index, 0-based).
    private(set) var panelIndex = 0
    /// Whether `current` has any series.
    private(set) var hasPending = false
    /// Whether the session said that the grid being built waits for `plt.show()`.
    var gridHintShown = false
    /// Figures finished by `plt.show()` / `plt.figure()` and not yet drawn.
    private(set) var finished: [PlotFigure] = []
    /// The number of the figure being built (each new figure gets the next).
    private(set) var currentFigureNumber = 1
    /// Recently finished or closed figures by number, which an animation may still redraw
    /// (`plt.close()` before `FuncAnimation(fig, …)`, as the seed notebooks do).
    private(set) var kept: [Int: PlotFigure] = [:]
    /// The line the last `plot` call added.
    private(set) var lastLine: PlotLineHandle?
    /// Draws a figure at once (set by the session, for plt.show()); without it figures wait for `takeFigures`.
    var figureSink: ((PlotFigure) -> Void)?
    /// What the session does with each frame of an animation (set by the session).
    var animationSink: ((_ figure: PlotFigure, _ index: Int, _ count: Int, _ interval: Double, _ savePath: String?) throws -> Void)?

    /// The animation being shown or saved (its in-place redraw and recorded frames).
    var animationProgress = FigureAnimationProgress()

    /// How many finished figures stay reachable for animations.
    static let keptFigures = 8

    /// The largest subplot grid accepted (rows × columns).
    static let maximumPanels = 64

    private static func numbers(_ v: Value, _ interp: Interpreter?) throws -> [Double] {
        switch v {
        case .tensor(let t): return t.doubleValues()
        case .list(let l):
            return try l.items.map(number)
        case .tuple(let items):
            return try items.map(number)
        case .int(let i): return [Double(i)]
        case .float(let d): return [d]
        case .object where v.numpyDoubles != nil: return v.numpyDoubles ?? []
        default:
            guard let interp else { throw PyError(.type, "plot data must be a tensor or a list of numbers, not \(v.typeName)") }
            return try interp.iterate(v).map(number)
        }
    }

    /// `plt.savefig(fname)`: an .svg file is the figure being built, drawn as `plot --svg` draws it;
    /// other formats (PNG, PDF) are not written, and the run says so on stderr instead of pretending.
    private func saveFigure(_ args: CallArgs, _ interp: Interpreter) throws {
        guard let target = args.positional.first ?? args.value(nil, "fname") else {
            throw PyError(.type, "savefig() missing 1 required positional argument: 'fname'")
        }
        guard case .string(let path) = target else {
            throw PyError(.notImplemented, "savefig to a \(target.typeName) is not supported by gradstep (give a file name)")
        }
        let ext = (path as NSString).pathExtension.lowercased()
        let format = args.value(nil, "format").map { Repr.str($0).lowercased() } ?? (ext.isEmpty ? "png" : ext)
        guard format == "svg" else {
            interp.warnOnce("gradstep", "savefig('\(path)'): gradstep draws figures as SVG only, so no \(format.uppercased()) file was written (name the file .svg to save the figure)")
            return
        }
        do {
            try SafeFile.write(DrawnPlot(kind: "", figure: current).svg, to: path)
        } catch {
            throw PyError(.os, error.description)
        }
    }

    private static func number(_ item: Value) throws -> Double {
        switch item {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.numel == 1: return t.doubleValues()[0]
        case .object where item.numpyDoubles?.count == 1: return item.numpyDoubles?[0] ?? 0
        default: throw PyError(.type, "plot data must be numbers, not \(item.typeName)")
        }
    }

    private static func integer(_ v: Value?, _ what: String) throws -> Int {
        switch v {
        case .int(let i)?: return i
        case .bool(let b)?: return b ? 1 : 0
        default: throw PyError(.type, "subplot() \(what) must be an integer")
        }
    }

    /// Mutates the panel calls draw into.
    private func editPanel(_ body: (inout PlotSpec) -> Void) {
        if !current.panels.indices.contains(panelIndex) { return }
        body(&current.panels[panelIndex])
    }

    func plotCall(_ name: String, _ args: CallArgs, _ interp: Interpreter) throws {
        switch name {
        case "scatter", "plot":
            var positional = args.positional
            var format: String? = nil
            if case .string(let f)? = positional.last { format = f; positional.removeLast() }
            let (xs, ys): ([Double], [Double])
            if positional.count >= 2 {
                xs = try Self.numbers(positional[0], interp)
                ys = try Self.numbers(positional[1], interp)
            } else if let only = positional.first {
                ys = try Self.numbers(only, interp)
                xs = (0..<ys.count).map(Double.init)
            } else {
                throw PyError(.type, "\(name)() needs data: \(name)(x, y)")
            }
            let label = args.value(nil, "label").map(Repr.str) ?? ""
            var series: PlotSeries
            if let format {
                do { series = try PlotSeries(name: label, xs: xs, ys: ys, format: format) } catch { throw PyError(.value, error.message) }
            } else {
                series = PlotSeries(name: label, xs: xs, ys: ys, kind: name == "scatter" ? .scatter : .line)
            }
            if let c = args.value(nil, "color") ?? args.value(nil, "c"), case .string(let cs) = c {
                series.color = PlotColor.named(cs)
            }
            editPanel { $0.series.append(series) }
            hasPending = true
            if name == "plot", current.panels.indices.contains(panelIndex) {
                lastLine = PlotLineHandle(figure: currentFigureNumber, panel: panelIndex, series: current.panels[panelIndex].series.count - 1)
            }
        case "title": let t = args.positional.first.map(Repr.str); editPanel { $0.title = t }
        case "xlabel": let t = args.positional.first.map(Repr.str); editPanel { $0.xLabel = t }
        case "ylabel": let t = args.positional.first.map(Repr.str); editPanel { $0.yLabel = t }
        case "yscale": let log = args.positional.first.map(Repr.str) == "log"; editPanel { $0.logY = log }
        case "xlim", "ylim":
            guard let limits = try Self.limits(args, x: name == "xlim") else { break }
            editPanel { if name == "xlim" { $0.xLimits = limits } else { $0.yLimits = limits } }
        case "subplot": try subplot(args)
        case "savefig": try saveFigure(args, interp)
        case "show":
            finishCurrent()
            // As Jupyter's inline backend: plt.show() shows the open figures now, between the prints around it.
            if let sink = figureSink {
                let shown = finished
                finished = []
                for figure in shown { sink(figure) }
            }
        case "figure": finishCurrent()
        case "close":
            // plt.close(fig) of another figure leaves the one being built alone.
            if case .object(let f as PlotFigureHandle)? = args.positional.first, let n = f.figureNumber, n != currentFigureNumber { break }
            startNewFigure()
        case "clf": startNewFigure()
        default: break
        }
    }

    /// `plt.subplot(rows, columns, index)` or `plt.subplot(221)`.
    private func subplot(_ args: CallArgs) throws {
        let p = args.positional
        let (rows, columns, index): (Int, Int, Int)
        if p.count == 3 {
            (rows, columns, index) = (try Self.integer(p[0], "rows"), try Self.integer(p[1], "columns"), try Self.integer(p[2], "index"))
        } else if p.count == 1 {
            let code = try Self.integer(p[0], "argument")
            guard code >= 111, code <= 999 else {
                throw PyError(.value, "Integer subplot specification must be a three-digit number, not \(code)")
            }
            (rows, columns, index) = (code / 100, code / 10 % 10, code % 10)
        } else {
            throw PyError(.type, "subplot() takes 1 or 3 positional arguments but \(p.count) were given")
        }
        guard rows >= 1, columns >= 1, rows <= Self.maximumPanels, columns <= Self.maximumPanels,
              rows * columns <= Self.maximumPanels else {
            throw PyError(.value, "Number of rows and columns must be positive integers (at most \(Self.maximumPanels) panels here), not (\(rows), \(columns))")
        }
        guard index >= 1, index <= rows * columns else {
            throw PyError(.value, "num must be an integer with 1 <= num <= \(rows * columns), not \(index)")
        }
        if current.rows != rows || current.columns != columns {
            // A new grid: panels drawn so far keep their places when they fit.
            var panels = Array(repeating: PlotSpec(), count: rows * columns)
            if current.rows * current.columns == 1, let only = current.panels.first, !only.series.isEmpty || only.title != nil {
                panels[0] = only
            }
            current = PlotFigure(panels: panels, rows: rows, columns: columns)
        }
        panelIndex = index - 1
    }

    private func finishCurrent() {
        if hasPending { finished.append(trimmed(current)) }
        startNewFigure()
    }

    private func startNewFigure() {
        if hasPending {
            kept[currentFigureNumber] = trimmed(current)
            if kept.count > Self.keptFigures, let oldest = kept.keys.min() { kept[oldest] = nil }
        }
        currentFigureNumber += 1
        current = PlotFigure(panels: [PlotSpec()])
        panelIndex = 0
        hasPending = false
        gridHintShown = false
    }

    /// A figure without the empty panels at the end of its grid (an unfinished 2×2 with two panels
    /// drawn shows those two).
    private func trimmed(_ figure: PlotFigure) -> PlotFigure {
        var f = figure
        while f.panels.count > 1, let last = f.panels.last, last.series.isEmpty, last.title == nil { f.panels.removeLast() }
        return f
    }

    /// `plt.xlim(lo, hi)`, `xlim((lo, hi))`, `set_xlim(left=…, right=…)` (`bottom`/`top` for y).
    private static func limits(_ args: CallArgs, x: Bool) throws -> PlotLimits? {
        var lo = args.value(0, x ? "left" : "bottom"), hi = args.value(1, x ? "right" : "top")
        if case .tuple(let pair)? = lo, pair.count == 2 { lo = pair[0]; hi = pair[1] }
        if case .list(let pair)? = lo, pair.items.count == 2 { lo = pair.items[0]; hi = pair.items[1] }
        guard let lo, let hi, let l = try numbers(lo, nil).first, let h = try numbers(hi, nil).first else { return nil }
        return PlotLimits(l, h)
    }

    /// The figure numbered `number`: the one being built or a kept one.
    func figure(_ number: Int) -> PlotFigure? {
        number == currentFigureNumber ? (hasPending ? trimmed(current) : nil) : kept[number]
    }

    /// `line.set_data/set_xdata/set_ydata`: the axes keep the limits they had (matplotlib does not
    /// rescale on new data), then the line's points change.
    func setLineData(_ line: PlotLineHandle, x: Value?, y: Value?, _ interpreter: Interpreter) throws {
        for v in [x, y].compactMap({ $0 }) {
            if case .tensor(let t) = v, t.requiresGrad {
                throw PyError(.runtime, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
            }
        }
        let xs = try x.map { try Self.numbers($0, interpreter) }
        let ys = try y.map { try Self.numbers($0, interpreter) }
        func update(_ figure: inout PlotFigure) {
            guard figure.panels.indices.contains(line.panel), figure.panels[line.panel].series.indices.contains(line.series) else { return }
            var panel = figure.panels[line.panel]
            let data = PlotData(panel)
            if panel.xLimits == nil { panel.xLimits = PlotLimits(data.xLo, data.xHi) }
            if panel.yLimits == nil {
                panel.yLimits = panel.logY ? PlotLimits(pow(10, data.yLo), pow(10, data.yHi)) : PlotLimits(data.yLo, data.yHi)
            }
            if let xs { panel.series[line.series].xs = xs }
            if let ys { panel.series[line.series].ys = ys }
            figure.panels[line.panel] = panel
        }
        if line.figure == currentFigureNumber {
            update(&current)
        } else if var f = kept[line.figure] {
            update(&f)
            kept[line.figure] = f
        }
    }

    func animationFrame(figure number: Int, index: Int, count: Int, interval: Double, savePath: String?) throws {
        guard let figure = figure(number) else { return }
        try animationSink?(figure, index, count, interval, savePath)
    }

    /// Whether the figure being built is a subplot grid, which is drawn only at `plt.show()` (or
    /// `plt.figure()`), so its panels appear together.
    var isHoldingGrid: Bool { hasPending && current.panels.count > 1 }

    /// While a script runs: the figure being built waits for plt.show() or the script's end.
    var holdsPendingFigure = false

    /// Every figure made since the last call (finished ones, then the one being built unless it is a
    /// held subplot grid or a running script's); the figure being built starts afresh when it was
    /// taken. `all` takes the figure being built whatever it is (a script has ended).
    func takeFigures(all: Bool = false) -> [PlotFigure] {
        var out = finished
        finished = []
        if hasPending && (all || (!isHoldingGrid && !holdsPendingFigure)) {
            out.append(trimmed(current))
            startNewFigure()
        }
        return out
    }
}
