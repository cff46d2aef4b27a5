/// A named loss series, e.g. one run of `compare`.
public struct LossSeries: Sendable, Equatable {
    public var name: String
    /// The loss after each iteration (iteration 1 first).
    public var losses: [Double]

    public init(name: String, losses: [Double]) {
        self.name = name
        self.losses = losses
    }
}

/// The plots the debugger's commands draw, as specs (no I/O): the model's fit, the loss history and
/// two loss series compared.
public enum PlotBuilders {
    /// Data as a scatter and the model's predictions in red: a line through the predictions sorted by
    /// x when `predictionsAsLine`, else a red scatter.
    public static func fit(x: [Double], y: [Double], predictions: [Double]?, xName: String, yName: String,
                           predictionName: String, predictionsAsLine: Bool, title: String? = nil) -> PlotSpec {
        var series = [PlotSeries(name: yName, xs: x, ys: y, kind: .scatter)]
        if let predictions {
            let red = PlotColor.named("C3")
            if predictionsAsLine {
                let sorted = zip(x, predictions).sorted { $0.0 < $1.0 }
                series.append(PlotSeries(name: predictionName, xs: sorted.map(\.0), ys: sorted.map(\.1), kind: .line, color: red))
            } else {
                series.append(PlotSeries(name: predictionName, xs: x, ys: predictions, kind: .scatter, color: red))
            }
        }
        return PlotSpec(title: title, series: series, xLabel: xName, yLabel: nil, logY: false)
    }

    /// The loss against the step number; `log` puts y on a log scale.
    public static func lossCurve(steps: [Double], losses: [Double], name: String = "loss", log: Bool) -> PlotSpec {
        PlotSpec(title: log ? "\(name) (log scale)" : name,
                 series: [PlotSeries(name: "", xs: steps, ys: losses, kind: .line)],
                 xLabel: "step", yLabel: nil, logY: log, integerX: true)
    }

    /// Two loss series on one plot, against the iteration number (1, 2, …), in the cycle's first two
    /// colours; for `compare`.
    public static func lossComparison(_ first: LossSeries, _ second: LossSeries, title: String? = nil,
                                      log: Bool = false) -> PlotSpec {
        func series(_ s: LossSeries) -> PlotSeries {
            PlotSeries(name: s.name, xs: s.losses.indices.map { Double($0 + 1) }, ys: s.losses, kind: .line)
        }
        return PlotSpec(title: title ?? (log ? "loss (log scale)" : "loss"), series: [series(first), series(second)],
                        xLabel: "iteration", yLabel: nil, logY: log, integerX: true)
    }
}
