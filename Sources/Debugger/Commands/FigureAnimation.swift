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
}

extension DebugSession {
    /// Connects the plotter's animation frames to this session's console.
    func installAnimationSink() {
        plotter.animationSink = { [unowned self] figure, index, count, interval, savePath in
            try self.showAnimationFrame(figure, index: index, count: count, interval: interval, savePath: savePath)
        }
    }

    /// One frame of a `FuncAnimation` (the animation function has just run).
    func showAnimationFrame(_ figure: PlotFigure, index: Int, count: Int, interval: Double, savePath: String?) throws {
        let last = index == count - 1
        if let savePath {
            if index == 0 { plotter.animationProgress.recorded = [] }
            plotter.animationProgress.recorded.append(figure)
            guard last else { return }
            let frames = plotter.animationProgress.recorded
            plotter.animationProgress.recorded = []
            do {
                try SafeFile.write(SVGRenderer.renderAnimation(frames, interval: interval / 1000), to: savePath)
            } catch {
                throw PyError(.os, "\(error.description): '\(savePath)'")
            }
            emit(.info("wrote \(savePath) (an animated SVG of \(frames.count) frame\(frames.count == 1 ? "" : "s"))"))
            return
        }
        guard activeConsole?.isTerminal ?? false else {
            if last {
                emit(.hint("FuncAnimation: output is not a terminal, so its last frame is drawn once"))
                draw(figure, kind: "anim")
            }
            return
        }
        let (size, color) = plotStyle()
        let text = figure.panels.count == 1
            ? BrailleRenderer.render(figure.panels[0], width: size.width, height: size.height, color: color)
            : BrailleRenderer.render(figure, width: size.width, height: size.height, color: color)
        if index == 0 { plotter.animationProgress.frame = AnimationFrame() }
        activeConsole?.out(plotter.animationProgress.frame.next("frame \(index + 1)/\(count)\n" + text + "\n"), .plain)
        if last {
            plots.remember(DrawnPlot(kind: "anim", figure: figure))
        } else if plots.frameDelay > 0 {
            // The animation's own interval, within reason, so the fit visibly moves.
            usleep(UInt32(min(max(interval / 1000, 0.01), 0.5) * 1_000_000))
        }
    }
}
