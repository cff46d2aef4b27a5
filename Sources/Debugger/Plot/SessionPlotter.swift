import Autograd
import Script

/// Turns the notebook's matplotlib calls (`plt.scatter(x, y)`, `plt.plot(x, yhat, 'r-')`,
/// `plt.subplot(1, 2, 1)`, `plt.title(…)`, `plt.show()`) into figures the session draws in the
/// terminal. Calls accumulate into one figure; `plt.show()` and `plt.figure()` finish it and start a
/// new one, `plt.close()` / `plt.clf()` discard it (as in a notebook, where a closed figure is never
/// shown). The session draws the finished figures and the unfinished one after the input that made
/// them, as a notebook cell does — except a `plt.subplot` grid, which waits for `plt.show()`.
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

    /// The largest subplot grid accepted (rows × columns).
    static let maximumPanels = 64

    /// Where each numbered line (`plt.plot`'s Line2D) is: its figure's serial, panel and series.
    private var lineSlots: [Int: (figure: Int, panel: Int, series: Int)] = [:]
    private(set) var lastLine: Int?
    private var linesMade = 0
    /// The serial of the figure being built (each new figure gets the next one).
    private var serial = 0
    /// Finished or closed figures that hold numbered lines (an animation redraws them), by serial.
    private var figuresWithLines: [Int: PlotFigure] = [:]
    /// The figure whose line changed last (the one an animation frame shows).
    private var lastChangedFigure: Int?
    /// At most this many figures with lines are kept for animations; older ones are forgotten.
    static let keptFiguresWithLines = 8
    /// Shows an animation's frame (set by the session): the figure, the frame's index and the count.
    var onAnimationFrame: ((PlotFigure, Int, Int) -> Void)?

    private static func numbers(_ v: Value, _ interp: Interpreter) throws -> [Double] {
        switch v {
        case .tensor(let t): return t.doubleValues()
        case .list, .tuple:
            return try interp.iterate(v).map { item -> Double in
                switch item {
                case .int(let i): return Double(i)
                case .float(let d): return d
                case .bool(let b): return b ? 1 : 0
                case .tensor(let t) where t.numel == 1: return t.doubleValues()[0]
                default: throw PyError(.type, "plot data must be numbers, not \(item.typeName)")
                }
            }
        case .int(let i): return [Double(i)]
        case .float(let d): return [d]
        default: throw PyError(.type, "plot data must be a tensor or a list of numbers, not \(v.typeName)")
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
                linesMade += 1
                lineSlots[linesMade] = (serial, panelIndex, current.panels[panelIndex].series.count - 1)
                lastLine = linesMade
                if lineSlots.count > 1000, let oldest = lineSlots.keys.min() { lineSlots[oldest] = nil }
            }
        case "title": let t = args.positional.first.map(Repr.str); editPanel { $0.title = t }
        case "xlabel": let t = args.positional.first.map(Repr.str); editPanel { $0.xLabel = t }
        case "ylabel": let t = args.positional.first.map(Repr.str); editPanel { $0.yLabel = t }
        case "yscale": let log = args.positional.first.map(Repr.str) == "log"; editPanel { $0.logY = log }
        case "subplot": try subplot(args)
        case "show", "figure": finishCurrent()
        case "close", "clf": startNewFigure()
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
        if lineSlots.values.contains(where: { $0.figure == serial }) {
            figuresWithLines[serial] = current
            while figuresWithLines.count > Self.keptFiguresWithLines, let oldest = figuresWithLines.keys.min() {
                figuresWithLines[oldest] = nil
            }
        }
        serial += 1
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

    func setLineData(_ line: Int, xs: [Double]?, ys: [Double]?) {
        guard let slot = lineSlots[line] else { return }
        func update(_ figure: inout PlotFigure) {
            guard figure.panels.indices.contains(slot.panel), figure.panels[slot.panel].series.indices.contains(slot.series) else { return }
            var s = figure.panels[slot.panel].series[slot.series]
            if let xs { s.xs = xs }
            if let ys { s.ys = ys }
            // matplotlib fails at drawing when the lengths differ; the frame shows the common part.
            let n = min(s.xs.count, s.ys.count)
            s.xs = Array(s.xs.prefix(n))
            s.ys = Array(s.ys.prefix(n))
            figure.panels[slot.panel].series[slot.series] = s
        }
        if slot.figure == serial {
            update(&current)
        } else if var f = figuresWithLines[slot.figure] {
            update(&f)
            figuresWithLines[slot.figure] = f
        } else {
            return
        }
        lastChangedFigure = slot.figure
    }

    func animationFrame(_ index: Int, of count: Int) {
        guard let s = lastChangedFigure, let figure = s == serial ? current : figuresWithLines[s] else { return }
        onAnimationFrame?(trimmed(figure), index, count)
    }

    /// Whether the figure being built is a subplot grid, which is drawn only at `plt.show()` (or
    /// `plt.figure()`), so its panels appear together.
    var isHoldingGrid: Bool { hasPending && current.panels.count > 1 }

    /// Every figure made since the last call (finished ones, then the one being built unless it is a
    /// held subplot grid); the figure being built starts afresh when it was taken. At the end of a
    /// notebook cell (`endOfCell`) a grid is taken too: Jupyter shows every open figure after the cell.
    func takeFigures(endOfCell: Bool = false) -> [PlotFigure] {
        var out = finished
        finished = []
        if hasPending && (endOfCell || !isHoldingGrid) {
            out.append(trimmed(current))
            startNewFigure()
        }
        return out
    }
}
