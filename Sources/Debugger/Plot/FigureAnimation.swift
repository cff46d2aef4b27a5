#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Script

/// Where `FuncAnimation`'s frames go: on a terminal each frame replaces the last in place (braille);
/// off a terminal the last frame is drawn once; `anim.save('x.svg')` collects them into an animated SVG.
struct FigureAnimationProgress {
    var frame = AnimationFrame()
    var recorded: [PlotFigure] = []

    /// The most frames kept for an SVG (a longer animation keeps every k-th frame).
    static let maximumFrames = 1000

    /// Records `figure` as frame `index` of `count`, thinning evenly past `maximumFrames`.
    mutating func record(_ figure: PlotFigure, index: Int, count: Int) {
        if index == 0 { recorded = [] }
        let every = max(1, (count + Self.maximumFrames - 1) / Self.maximumFrames)
        if index % every == 0 || index == count - 1 { recorded.append(figure) }
    }

    /// The frames recorded, and the seconds each stands for after thinning.
    mutating func take(count: Int, interval: Double) -> ([PlotFigure], Double) {
        defer { recorded = [] }
        let every = max(1, (count + Self.maximumFrames - 1) / Self.maximumFrames)
        return (recorded, interval / 1000 * Double(every))
    }
}

extension PlotPart {
    /// Connects the plotter's shown figures and animation frames to this session's console.
    func installAnimationSink() {
        plotter.figureSink = { [unowned self] figure in self.draw(figure, kind: "plt") }
        plotter.animationSink = { [unowned self] figure, index, count, interval, savePath in
            try self.showAnimationFrame(figure, index: index, count: count, interval: interval, savePath: savePath)
        }
    }

    /// One frame of a `FuncAnimation` (the animation function has just run).
    func showAnimationFrame(_ figure: PlotFigure, index: Int, count: Int, interval: Double, savePath: String?) throws {
        let last = index == count - 1
        plotter.animationProgress.record(figure, index: index, count: count)
        if let savePath {
            guard last else { return }
            let (frames, seconds) = plotter.animationProgress.take(count: count, interval: interval)
            do {
                try SafeFile.write(SVGRenderer.renderAnimation(frames, interval: seconds), to: savePath)
            } catch {
                throw PyError(.os, "\(error.description): '\(savePath)'")
            }
            host.emit(.info("wrote \(savePath) (an animated SVG of \(frames.count) frame\(frames.count == 1 ? "" : "s"))"))
            return
        }
        guard host.activeConsole?.isTerminal ?? false else {
            if last {
                host.emit(.hint("FuncAnimation: output is not a terminal, so its last frame is drawn once (`plot --svg FILE` saves the animation)"))
                let (frames, seconds) = plotter.animationProgress.take(count: count, interval: interval)
                draw(figure, kind: "anim", frames: frames, interval: seconds)
            }
            return
        }
        let (size, color) = plotStyle()
        let text = figure.panels.count == 1
            ? BrailleRenderer.render(figure.panels[0], width: size.width, height: size.height, color: color)
            : BrailleRenderer.render(figure, width: size.width, height: size.height, color: color)
        if index == 0 { plotter.animationProgress.frame = AnimationFrame() }
        host.activeConsole?.out(plotter.animationProgress.frame.next("frame \(index + 1)/\(count)\n" + text + "\n"), .plain)
        if last {
            let (frames, seconds) = plotter.animationProgress.take(count: count, interval: interval)
            record.remember(DrawnPlot(kind: "anim", figure: figure, frames: frames, interval: seconds))
            host.notebook.keepFigure(figure)
        } else if record.frameDelay > 0 {
            // The animation's own interval, within reason, so the fit visibly moves.
            usleep(UInt32(min(max(interval / 1000, 0.01), 0.5) * 1_000_000))
        }
    }
}
