import Autograd
import Script

/// Turns the notebook's matplotlib calls (`plt.scatter(x, y)`, `plt.plot(x, yhat, 'r-')`,
/// `plt.title(…)`, `plt.show()`) into a plot the session draws in the terminal. Calls accumulate
/// into one figure; the session draws it after the input that made it (as a notebook cell does).
final class SessionPlotter: PlotReceiver {
    private(set) var pending = PlotSpec(title: nil, series: [], xLabel: nil, yLabel: nil, logY: false)
    private(set) var hasPending = false

    private static func numbers(_ v: Value, _ interp: Interpreter) throws -> [Double] {
        switch v {
        case .tensor(let t): return t.doubleValues()
        case .list, .tuple:
            return try interp.iterate(v).map { item -> Double in
                switch item {
                case .int(let i): return Double(i)
                case .float(let d): return d
                case .tensor(let t) where t.numel == 1: return t.doubleValues()[0]
                default: throw PyError(.type, "plot data must be numbers, not \(item.typeName)")
                }
            }
        case .int(let i): return [Double(i)]
        case .float(let d): return [d]
        default: throw PyError(.type, "plot data must be a tensor or a list of numbers, not \(v.typeName)")
        }
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
            pending.series.append(series)
            hasPending = true
        case "title": pending.title = args.positional.first.map(Repr.str)
        case "xlabel": pending.xLabel = args.positional.first.map(Repr.str)
        case "ylabel": pending.yLabel = args.positional.first.map(Repr.str)
        case "yscale": pending.logY = args.positional.first.map(Repr.str) == "log"
        default: break
        }
    }

    /// The figure drawn so far, as braille text, and a fresh figure after it.
    func take(width: Int, height: Int, color: Bool) -> String? {
        guard hasPending else { return nil }
        let text = BrailleRenderer.render(pending, width: width, height: height, color: color)
        pending = PlotSpec(title: nil, series: [], xLabel: nil, yLabel: nil, logY: false)
        hasPending = false
        return text
    }
}
