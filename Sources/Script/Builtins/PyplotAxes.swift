/// `plt.subplots(…)`'s Figure and Axes: `fig, axs = plt.subplots(1, 3)` then `axs[j].scatter(x, y)`,
/// `ax.set_title(…)` — the seeds draw this way. Each Axes method selects its panel of the grid and
/// forwards the call to the session's plotter (nothing happens when there is none, as headless Python).
final class AxesObject: PyObject {
    let rows: Int, columns: Int, index: Int
    init(rows: Int, columns: Int, index: Int) { self.rows = rows; self.columns = columns; self.index = index }
    var typeName: String { "Axes" }
    var attributeNames: [String] { ["scatter", "plot", "set_title", "set_xlabel", "set_ylabel", "set_yscale", "legend", "grid"] }

    /// pyplot's name for each Axes method.
    private static let pyplotName = ["scatter": "scatter", "plot": "plot", "set_title": "title", "set_xlabel": "xlabel",
                                     "set_ylabel": "ylabel", "set_yscale": "yscale", "legend": "legend", "grid": "grid"]

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        guard let call = Self.pyplotName[name] else { return nil }
        return .builtin(Builtin(name) { [self] a, interp in
            interp.loopWatch?.impure("plotting")
            try Modules.checkPlotData(a)
            if let plotter = interp.plotter {
                if rows * columns > 1 {
                    try plotter.plotCall("subplot", CallArgs([.int(rows), .int(columns), .int(index)], name: "subplot"), interp)
                }
                try plotter.plotCall(call, a, interp)
            }
            return call == "plot" ? .list(ListBox([.object(Line2DObject(line: interp.plotter?.lastLine))])) : .none
        })
    }
    func repr() -> String { "<Axes: >" }
}

/// `plt.subplots(…)`'s Figure.
final class FigureObject: PyObject {
    let axesCount: Int
    init(axesCount: Int) { self.axesCount = axesCount }
    var typeName: String { "Figure" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        ["tight_layout", "savefig", "suptitle", "show"].contains(name) ? .builtin(Builtin(name) { _, _ in .none }) : nil
    }
    func repr() -> String { "<Figure size 640x480 with \(axesCount) Axes>" }
}

extension Modules {
    /// `plt.subplots(nrows=1, ncols=1, …)`: a Figure and one Axes, a list of them (one row or column),
    /// or a list of rows.
    static func subplots(_ a: CallArgs) throws -> Value {
        let rows = try a.int(0, "nrows", default: 1), columns = try a.int(1, "ncols", default: 1)
        guard rows >= 1, columns >= 1, rows * columns <= 64 else {
            throw PyError(.value, "Number of rows and columns must be positive integers (at most 64 panels here), not (\(rows), \(columns))")
        }
        let axes = (0..<rows).map { r in (0..<columns).map { c in Value.object(AxesObject(rows: rows, columns: columns, index: r * columns + c + 1)) } }
        let fig = Value.object(FigureObject(axesCount: rows * columns))
        if rows == 1 && columns == 1 { return .tuple([fig, axes[0][0]]) }
        if rows == 1 || columns == 1 { return .tuple([fig, .list(ListBox(axes.flatMap { $0 }))]) }
        return .tuple([fig, .list(ListBox(axes.map { .list(ListBox($0)) }))])
    }
}
