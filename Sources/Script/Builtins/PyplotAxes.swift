import Foundation

/// `plt.subplots(…)`'s Figure and Axes: `fig, axs = plt.subplots(1, 3)` then `axs[j].scatter(x, y)`,
/// `ax.set_title(…)` — the seeds draw this way. Each Axes method selects its panel of the grid and
/// forwards the call to the session's plotter (nothing happens when there is none, as headless Python).
final class AxesObject: PyObject {
    let rows: Int, columns: Int, index: Int
    /// What this Axes' own setters set, for its repr (`<Axes: title={'center': 'loss'}, xlabel='step'>`).
    private var title: String?, xLabel: String?, yLabel: String?
    init(rows: Int, columns: Int, index: Int) { self.rows = rows; self.columns = columns; self.index = index }
    var typeName: String { "Axes" }
    var attributeNames: [String] { Self.pyplotName.keys.sorted() }

    /// pyplot's name for each Axes method.
    private static let pyplotName = ["scatter": "scatter", "plot": "plot", "set_title": "title", "set_xlabel": "xlabel",
                                     "set_ylabel": "ylabel", "set_yscale": "yscale", "legend": "legend", "grid": "grid",
                                     "set_xlim": "xlim", "set_ylim": "ylim", "text": "text"]

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        guard let call = Self.pyplotName[name] else { return PyplotOtherNames.member(name, owner: "Axes") }
        return .builtin(Builtin(name) { [self] a, interp in
            interp.loopWatch?.impure("plotting")
            try Modules.checkPlotData(a)
            if let plotter = interp.plotter {
                if rows * columns > 1 {
                    try plotter.plotCall("subplot", CallArgs([.int(rows), .int(columns), .int(index)], name: "subplot"), interp)
                }
                try plotter.plotCall(call, a, interp)
            }
            let text = (a.positional.first ?? a.value(nil, call == "title" ? "label" : call)).map(Repr.str)
            switch call {
            case "title": title = text
            case "xlabel": xLabel = text
            case "ylabel": yLabel = text
            default: break
            }
            switch call {
            case "title", "xlabel", "ylabel": return Modules.labelResult(call, text ?? "")
            case "plot": return .list(ListBox([.object(Line2DObject(interp.plotter?.lastLine))]))
            case "scatter": return .object(PathCollectionObject())
            case "legend": return .object(LegendObject())
            case "text": return try Modules.textResult(a)
            case "xlim", "ylim": return try Modules.limitsResult(a, x: call == "xlim")
            default: return .none
            }
        })
    }
    func repr() -> String {
        var fields: [String] = []
        if let title, !title.isEmpty { fields.append("title={'center': \(Repr.repr(.string(title)))}") }
        if let xLabel, !xLabel.isEmpty { fields.append("xlabel=\(Repr.repr(.string(xLabel)))") }
        if let yLabel, !yLabel.isEmpty { fields.append("ylabel=\(Repr.repr(.string(yLabel)))") }
        return "<Axes: " + fields.joined(separator: ", ") + ">"
    }
}

/// `plt.subplots(r, c)`'s `axs` when r or c is above one: numpy's object array of Axes, indexed
/// `axs[i]`, `axs[i, j]` (or `axs[i][j]`), iterated by rows, and flattened by `axs.flat`/`flatten()`.
final class AxesArrayObject: PySubscriptable, PyCollection {
    /// Rows of Axes (one row for a 1-d array).
    let grid: [[Value]]
    let twoDimensional: Bool
    init(grid: [[Value]], twoDimensional: Bool) { self.grid = grid; self.twoDimensional = twoDimensional }

    var typeName: String { "ndarray" }
    var items: [Value] { twoDimensional ? grid.map { .object(AxesArrayObject(grid: [$0], twoDimensional: false)) } : grid[0] }
    var all: [Value] { grid.flatMap { $0 } }
    var shape: [Int] { twoDimensional ? [grid.count, grid.first?.count ?? 0] : [grid.first?.count ?? 0] }
    var attributeNames: [String] { ["flat", "flatten", "ravel", "shape", "ndim", "size"] }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "flat": return .object(ClosureIterator("flatiter", items: all))
        case "flatten", "ravel":
            return .builtin(Builtin(name) { [all] _, _ in .object(AxesArrayObject(grid: [all], twoDimensional: false)) })
        case "shape": return .tuple(shape.map { .int($0) })
        case "ndim": return .int(shape.count)
        case "size": return .int(all.count)
        default: return nil
        }
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        if case .tuple(let parts) = index {
            guard parts.count <= shape.count else {
                throw PyError(.index, "too many indices for array: array is \(shape.count)-dimensional, but \(parts.count) were indexed")
            }
            var v: Value = .object(self)
            for p in parts {
                guard case .object(let a as AxesArrayObject) = v else { break }
                v = try a.item(p, interp)
            }
            return v
        }
        guard case .int(let i) = Convert.unwrapBool(index) else {
            throw PyError(.index, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        }
        let n = items.count
        guard i >= -n, i < n else { throw PyError(.index, "index \(i) is out of bounds for axis 0 with size \(n)") }
        return items[i < 0 ? i + n : i]
    }

    func repr() -> String {
        let inner = twoDimensional
            ? "[" + grid.map { "[" + $0.map { _ in "<Axes: >" }.joined(separator: ", ") + "]" }.joined(separator: ",\n       ") + "]"
            : "[" + all.map { _ in "<Axes: >" }.joined(separator: ", ") + "]"
        return "array(\(inner), dtype=object)"
    }
}

/// `plt.figure()`'s and `plt.subplots(…)`'s Figure; `number` is the session's figure it stands for.
final class FigureObject: PyStrConvertible, PlotFigureHandle {
    let axesCount: Int
    let number: Int?
    /// `figsize` in pixels at matplotlib's 100 dpi, as its repr prints it (`640x480`).
    let size: String
    init(axesCount: Int, number: Int? = nil, size: String = "640x480") {
        self.axesCount = axesCount
        self.number = number
        self.size = size
    }

    /// A Figure for a call's `figsize=(w, h)` (inches; matplotlib's default 6.4×4.8).
    static func make(_ a: CallArgs, axesCount: Int, number: Int?) throws -> FigureObject {
        var size = "640x480"
        if let v = a.value(nil, "figsize"), !v.isNone {
            let items: [Value]
            switch v {
            case .tuple(let t): items = t
            case .list(let l): items = l.items
            default: throw PyError(.type, "figsize must be a (width, height) pair, not \(v.typeName)")
            }
            guard items.count == 2 else { throw PyError(.value, "figure size must be positive finite not \(Repr.repr(v))") }
            let inches = try items.map { try Convert.double($0) }
            guard inches.allSatisfy({ $0.isFinite && $0 > 0 }) else { throw PyError(.value, "figure size must be positive finite not \(Repr.repr(v))") }
            size = inches.map { String(format: "%g", $0 * 100) }.joined(separator: "x")
        }
        return FigureObject(axesCount: axesCount, number: number, size: size)
    }

    var figureNumber: Int? { number }
    var typeName: String { "Figure" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        if name == "savefig" {
            // fig.savefig saves the figure being built, as plt.savefig does.
            return .builtin(Builtin(name) { a, interp in try Modules.savefig(a, interp); return .none })
        }
        return ["tight_layout", "suptitle", "show"].contains(name) ? .builtin(Builtin(name) { _, _ in .none }) : nil
    }
    func repr() -> String { "<Figure size \(size) with \(axesCount) Axes>" }
    func str() -> String { "Figure(\(size))" }
}

extension Modules {
    /// `plt.subplots(nrows=1, ncols=1, …)`: a new Figure and one Axes, or numpy's array of them
    /// (1-d for one row or column, else 2-d).
    static func subplots(_ a: CallArgs, _ interp: Interpreter) throws -> Value {
        let rows = try a.int(0, "nrows", default: 1), columns = try a.int(1, "ncols", default: 1)
        guard rows >= 1, columns >= 1, rows <= 64, columns <= 64, rows * columns <= 64 else {
            throw PyError(.value, "Number of rows and columns must be positive integers (at most 64 panels here), not (\(rows), \(columns))")
        }
        // subplots makes a new figure, as plt.figure() does.
        try interp.plotter?.plotCall("figure", CallArgs(name: "figure"), interp)
        let axes = (0..<rows).map { r in (0..<columns).map { c in Value.object(AxesObject(rows: rows, columns: columns, index: r * columns + c + 1)) } }
        let fig = Value.object(try FigureObject.make(a, axesCount: rows * columns, number: interp.plotter?.currentFigureNumber))
        if rows == 1 && columns == 1 { return .tuple([fig, axes[0][0]]) }
        if rows == 1 || columns == 1 { return .tuple([fig, .object(AxesArrayObject(grid: [axes.flatMap { $0 }], twoDimensional: false))]) }
        return .tuple([fig, .object(AxesArrayObject(grid: axes, twoDimensional: true))])
    }

    /// `plt.subplot(2, 1, 1)` / `plt.subplot(211)`: the Axes of that panel (the session checked the
    /// numbers already when there is one).
    static func subplotResult(_ a: CallArgs) -> Value {
        let p = a.positional.map { v -> Int? in if case .int(let i) = Convert.unwrapBool(v) { return i }; return nil }
        var spec = (rows: 1, columns: 1, index: 1)
        if p.count == 3, let r = p[0], let c = p[1], let i = p[2] {
            spec = (r, c, i)
        } else if p.count == 1, let code = p[0], (111...999).contains(code) {
            spec = (code / 100, code / 10 % 10, code % 10)
        }
        return .object(AxesObject(rows: max(1, spec.rows), columns: max(1, spec.columns), index: max(1, spec.index)))
    }

    /// The `Text` that `title`/`xlabel`/`ylabel` return, placed as matplotlib places each.
    static func labelResult(_ call: String, _ text: String) -> Value {
        switch call {
        case "xlabel": return .object(TextObject(xRepr: "0.5", yRepr: "0", text: text))
        case "ylabel": return .object(TextObject(xRepr: "0", yRepr: "0.5", text: text))
        default: return .object(TextObject(x: 0.5, y: 1.0, text: text))
        }
    }

    /// `plt.text(x, y, s)` / `ax.text(…)`: the `Text` artist.
    static func textResult(_ a: CallArgs) throws -> Value {
        // Text keeps the coordinates as given: its repr shows `Text(1, 2, 'hi')` for ints.
        let x = try a.required(0, "x"), y = try a.required(1, "y")
        _ = try Convert.double(x)
        _ = try Convert.double(y)
        return .object(TextObject(xRepr: Repr.repr(x), yRepr: Repr.repr(y), text: Repr.str(try a.required(2, "s"))))
    }

    /// `ax.set_xlim(lo, hi)` returns the new limits as a tuple of floats.
    static func limitsResult(_ a: CallArgs, x: Bool) throws -> Value {
        var lo: Value? = a.value(0, x ? "left" : "bottom"), hi: Value? = a.value(1, x ? "right" : "top")
        if case .tuple(let pair)? = lo, pair.count == 2 { lo = pair[0]; hi = pair[1] }
        if case .list(let pair)? = lo, pair.items.count == 2 { lo = pair.items[0]; hi = pair.items[1] }
        guard let lo, let hi else { return .none }
        return .tuple([.float(try Convert.double(lo)), .float(try Convert.double(hi))])
    }
}
