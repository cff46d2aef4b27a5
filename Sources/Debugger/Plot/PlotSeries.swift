/// One data series of a plot: points, how they are drawn (scatter or line) and an optional colour.
public struct PlotSeries: Sendable, Equatable {
    /// How a series is drawn.
    public enum Kind: Sendable, Equatable {
        /// Unconnected points (`plt.scatter`, or a format such as `"o"`).
        case scatter
        /// Consecutive points joined by segments (`plt.plot`).
        case line
        /// Joined points with a marker on each (a format such as `"--o"`).
        case lineAndMarkers
    }

    /// The legend label; empty means "series N" in the legend.
    public var name: String
    /// X values; when empty, the indices 0, 1, 2, … of `ys` are used (as `plt.plot(ys)` does).
    public var xs: [Double]
    public var ys: [Double]
    public var kind: Kind
    /// Nil takes the next colour of matplotlib's cycle (C0 blue, C1 orange, …).
    public var color: PlotColor?
    /// The line's dash pattern (ignored for scatter).
    public var dash: LineDash
    /// The matplotlib marker character from a format string (`o`, `x`, `.`), if any.
    public var marker: Character?

    public init(name: String = "", xs: [Double], ys: [Double], kind: Kind = .line,
                color: PlotColor? = nil, dash: LineDash = .solid, marker: Character? = nil) {
        self.name = name
        self.xs = xs
        self.ys = ys
        self.kind = kind
        self.color = color
        self.dash = dash
        self.marker = marker
    }

    /// A series styled by a matplotlib format string such as `"r-"`, `"--o"` or `"b."`.
    public init(name: String = "", xs: [Double], ys: [Double], format: String) throws(PlotError) {
        let f = try PlotSeries.parseFormat(format)
        self.init(name: name, xs: xs, ys: ys, kind: f.kind, color: f.color, dash: f.dash, marker: f.marker)
    }

    /// The (x, y) pairs to draw: `ys` against `xs` (or indices), truncated to the shorter of the two.
    public var points: [(x: Double, y: Double)] {
        if xs.isEmpty { return ys.enumerated().map { (Double($0.offset), $0.element) } }
        return zip(xs, ys).map { ($0, $1) }
    }
}

/// What one `plt.subplot` panel shows: series, labels, title, and whether y is on a log scale.
public struct PlotSpec: Sendable, Equatable {
    public var title: String?
    public var series: [PlotSeries]
    public var xLabel: String?
    public var yLabel: String?
    /// `plt.yscale('log')`: only positive y values are drawn; the legend says how many were dropped.
    public var logY: Bool
    /// x counts something (iterations): ticks only at whole numbers.
    public var integerX: Bool
    /// Fixed axis limits (`plt.xlim`, `ax.set_ylim`, an animation's first frame); nil fits the data.
    public var xLimits: PlotLimits?
    public var yLimits: PlotLimits?

    public init(title: String? = nil, series: [PlotSeries] = [], xLabel: String? = nil,
                yLabel: String? = nil, logY: Bool = false, integerX: Bool = false) {
        self.title = title
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logY = logY
        self.integerX = integerX
    }

    /// Each series' colour, resolving nil ones through the cycle in order (as matplotlib does:
    /// only series without an explicit colour advance the cycle).
    public var resolvedColors: [PlotColor] {
        var next = 0
        return series.map { s in
            if let c = s.color { return c }
            defer { next += 1 }
            return PlotColor.cycle(next)
        }
    }
}

/// An axis range given by the program (`plt.xlim(lo, hi)`); `lo > hi` flips the axis in matplotlib,
/// which the terminal renderer does not, so it is drawn as the sorted range.
public struct PlotLimits: Sendable, Equatable {
    public var lo: Double
    public var hi: Double
    public init(_ lo: Double, _ hi: Double) {
        self.lo = min(lo, hi)
        self.hi = max(lo, hi)
    }
}

/// A grid of panels, as made by `plt.subplot(rows, columns, i)` or `plt.subplots(rows, columns)`.
public struct PlotFigure: Sendable, Equatable {
    /// Panels in row-major order; panel `i` (0-based) is `plt.subplot(rows, columns, i + 1)`.
    public var panels: [PlotSpec]
    public var rows: Int
    public var columns: Int

    public init(panels: [PlotSpec], rows: Int = 1, columns: Int = 1) {
        self.panels = panels
        self.rows = max(1, rows)
        self.columns = max(1, columns)
    }
}
