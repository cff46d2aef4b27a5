import Autograd

/// A plot the session drew, remembered for `plot --svg FILE` and `save plots DIR`.
public struct DrawnPlot: Sendable, Equatable {
    /// A short file-name-safe word for what it shows (`fit`, `loss`, `plt`, `compare`, `data`).
    public var kind: String
    /// What the terminal showed (an animation's last frame).
    public var figure: PlotFigure
    /// An animation's frames, for `plot --svg` and `save plots` (empty for a still plot).
    public var frames: [PlotFigure]
    /// Seconds per animation frame.
    public var interval: Double

    public init(kind: String, figure: PlotFigure, frames: [PlotFigure] = [], interval: Double = 0.2) {
        self.kind = kind
        self.figure = figure
        self.frames = frames
        self.interval = interval
    }

    /// The plot as an SVG document: animated when it has frames.
    public var svg: String {
        if !frames.isEmpty { return SVGRenderer.renderAnimation(frames, interval: interval) }
        if figure.panels.count == 1, let only = figure.panels.first { return SVGRenderer.render(only) }
        return SVGRenderer.render(figure)
    }
}

/// The session's plotting state: the loss after every forward and training step, and every plot
/// drawn (newest last). Both are bounded so a long session cannot grow without limit.
public struct SessionPlots {
    /// Step numbers (1-based, counting every recorded loss) and the loss at each.
    public private(set) var lossSteps: [Double] = []
    public private(set) var losses: [Double] = []
    /// How many losses were recorded in all (more than `losses.count` once thinned).
    public private(set) var recordedCount = 0
    /// Every plot drawn, oldest first (at most `maximumPlots`; the oldest are dropped).
    public private(set) var plots: [DrawnPlot] = []
    /// How many plots were drawn in all (numbers `save plots` files even after old ones were dropped).
    public private(set) var drawnCount = 0
    /// The loss tensor last recorded, so the same value is not recorded twice.
    var lastLossTensor: Tensor?
    /// The least time between two frames of `train N --animate` and of a matplotlib animation, in
    /// seconds (0 in tests).
    public var frameDelay = 0.04
    /// The in-place redraw of the matplotlib animation being played (printed text in between starts a
    /// new block below it).
    var liveFrame = AnimationFrame()

    /// More losses than this are thinned by keeping every other one (the curve's shape stays).
    public static let maximumLosses = 100_000
    public static let maximumPlots = 500

    public init() {}

    /// Records one loss value.
    public mutating func recordLoss(_ value: Double) {
        recordedCount &+= 1
        lossSteps.append(Double(recordedCount))
        losses.append(value)
        if losses.count > Self.maximumLosses {
            lossSteps = stride(from: 0, to: lossSteps.count, by: 2).map { lossSteps[$0] }
            losses = stride(from: 0, to: losses.count, by: 2).map { losses[$0] }
        }
    }

    /// Puts back a saved loss history (`load`).
    public mutating func restoreLosses(steps: [Double], values: [Double]) {
        lossSteps = steps
        losses = values
        recordedCount = steps.last.map { Int(max(0, min($0, Double(Int.max / 2)))) } ?? 0
    }

    /// Records `tensor`'s value if it is a one-element tensor other than the one recorded last.
    public mutating func recordLoss(tensor: Tensor) {
        guard tensor.numel == 1, lastLossTensor.map({ $0 !== tensor }) ?? true else { return }
        lastLossTensor = tensor
        if let v = tensor.doubleValues().first { recordLoss(v) }
    }

    /// Remembers a drawn plot.
    public mutating func remember(_ plot: DrawnPlot) {
        drawnCount &+= 1
        plots.append(plot)
        if plots.count > Self.maximumPlots { plots.removeFirst(plots.count - Self.maximumPlots) }
    }

    /// Forgets the losses and plots (the `reset` command); settings stay.
    public mutating func reset() {
        var fresh = SessionPlots()
        fresh.frameDelay = frameDelay
        self = fresh
    }

    /// The plot drawn last.
    public var last: DrawnPlot? { plots.last }
}
