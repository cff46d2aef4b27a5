#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of one `train N --animate`: which iterations get a frame and the in-place redraw.
/// When `live` is false (output is not a terminal) nothing is redrawn: progress is printed as
/// usual and the final fit is drawn once.
struct TrainAnimation {
    /// Whether frames are redrawn in place.
    let live: Bool
    /// A frame every `every` iterations (and on the first and last).
    let every: Int
    let size: PlotSize
    let color: Bool
    /// The least time between frames, in seconds.
    let frameDelay: Double
    /// The expressions the fit plot is drawn from; nil draws the loss curve instead.
    let sources: ModelFitSources?
    var frame = AnimationFrame()
    /// The losses of this run (for the loss-curve frames).
    var losses: [Double] = []

    /// Frames for at most about 100 iterations unless `every` is given.
    static func defaultEvery(total: Int) -> Int { max(1, total / 100) }

    /// Whether iteration `i` of `total` gets a frame.
    func isFrame(_ i: Int, total: Int) -> Bool { i == 1 || i % every == 0 || i == total }

    /// The header line above the plot.
    static func header(iteration: Int, total: Int, loss: String) -> String {
        let width = String(total).count
        let it = String(repeating: " ", count: max(0, width - String(iteration).count)) + String(iteration)
        return "iter \(it)/\(total)  loss \(loss)"
    }

    /// The text that replaces the previous frame with `header` over `plot`.
    mutating func redraw(header: String, plot: String) -> String {
        frame.next(header + "\n" + plot + "\n")
    }

    /// Waits out the frame delay (so a fast loop stays watchable).
    func pause() {
        guard frameDelay > 0, frameDelay < 10 else { return }
        usleep(UInt32(frameDelay * 1_000_000))
    }
}
