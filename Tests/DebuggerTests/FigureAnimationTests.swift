import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Debugger
import Script

/// `FuncAnimation` as the seed notebooks build it (a figure drawn, closed, then animated through
/// `line.set_ydata`), `anim.save('x.svg')`, axis limits, and `plt.subplots` grids of Axes.
final class FigureAnimationTests: XCTestCase {
    static let setup = """
    import numpy as np
    import matplotlib.pyplot as plt
    from matplotlib import animation, rc
    rc('animation', html='jshtml')
    x = torch.tensor([[-1., 1.], [0., 1.], [1., 1.]])
    y = torch.tensor([-1., 1., 3.])
    a = torch.tensor([0., 0.])
    calls = 0
    def update():
        global a, calls
        calls += 1
        a = a + torch.tensor([0.5, 0.25])
    fig = plt.figure()
    plt.scatter(x[:,0], y, c='orange')
    line, = plt.plot(x[:,0], x@a)
    plt.close()
    def animate(i):
        update()
        line.set_ydata(x@a)
        return line,
    """

    func makeSession() -> DebugSession {
        let s = DebugSession()
        s.plots.frameDelay = 0
        let c = BufferConsole()
        XCTAssertEqual(s.runCell(Self.setup, console: c), .ok, c.errText)
        XCTAssertEqual(c.outText, "", "a closed figure is not shown")
        return s
    }

    /// Runs `input` as one notebook cell (`prompt`: as a line typed at the prompt).
    func run(_ s: DebugSession, _ input: String, terminal: Bool = false, prompt: Bool = false) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole(width: 80, isTerminal: terminal)
        return (prompt ? s.run(input, console: c) : s.runCell(input, console: c), c)
    }

    func testAnimationOffATerminalDrawsItsLastFrameOnceWithTheFirstLimits() throws {
        let s = makeSession()
        let (outcome, c) = run(s, "animation.FuncAnimation(fig, animate, np.arange(0, 4), interval=20)")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("<matplotlib.animation.FuncAnimation at 0x"), c.outText)
        let plot = try XCTUnwrap(s.plots.last)
        XCTAssertEqual(plot.kind, "anim")
        let panel = try XCTUnwrap(plot.figure.panels.first)
        XCTAssertEqual(panel.series.count, 2)
        guard panel.series.count == 2 else { return }
        // The first frame runs twice (matplotlib's setup draw), then the four frames: five updates.
        XCTAssertEqual(panel.series[1].ys, [-1.25, 1.25, 3.75])
        XCTAssertEqual(panel.series[0].ys, [-1, 1, 3])
        // The axes keep the limits the figure had before set_ydata (data -1…3 with 5% margins).
        XCTAssertEqual(panel.yLimits, PlotLimits(-1.2, 3.2))
        XCTAssertEqual(panel.xLimits, PlotLimits(-1.1, 1.1))
        let (_, calls) = run(s, "print(calls)")
        XCTAssertEqual(calls.outText, "5\n")
    }

    func testAnimationOnATerminalRedrawsEachFrameInPlace() {
        let s = makeSession()
        let (_, made) = run(s, "anim = animation.FuncAnimation(fig, animate, frames=3)", prompt: true)
        XCTAssertFalse(made.outText.contains("frame"), "assigning does not play")
        // At the prompt, echoing the animation plays it (each input is the prompt's notebook cell).
        let (outcome, c) = run(s, "anim", terminal: true, prompt: true)
        XCTAssertEqual(outcome, .ok, c.errText)
        for k in 1...3 { XCTAssertTrue(c.outText.contains("frame \(k)/3\n"), "frame \(k)") }
        // Frames after the first move the cursor back up over the previous one.
        XCTAssertEqual(c.outText.components(separatedBy: "\u{1B}[").count > 3, true)
        XCTAssertEqual(s.plots.last?.kind, "anim")
    }

    func testSaveWritesAnAnimatedSVG() throws {
        let s = makeSession()
        let path = NSTemporaryDirectory() + "gradstep-anim-\(UUID().uuidString).svg"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (outcome, c) = run(s, "anim = animation.FuncAnimation(fig, animate, np.arange(0, 4), interval=50)\nanim.save('\(path)')")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("wrote \(path) (an animated SVG of 4 frames)"), c.outText)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(svg.components(separatedBy: "<animate ").count - 1, 4)
        XCTAssertTrue(svg.contains("dur=\"0.2s\""), "4 frames of 50 ms")
        XCTAssertTrue(svg.contains("keyTimes=\"0;0.75;1\""))
        _ = try XMLDocument(xmlString: svg)
    }

    func testSaveRefusesFormatsOtherThanSVGBeforeRunningFrames() {
        let s = makeSession()
        let (outcome, c) = run(s, "anim = animation.FuncAnimation(fig, animate, frames=3)\nanim.save('movie.gif')")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("gradstep saves animations as animated SVG only ('movie.svg'), not .gif"), c.errText)
        let (_, calls) = run(s, "print(calls)")
        XCTAssertEqual(calls.outText, "0\n")
    }

    func testPlotSvgAfterAnAnimationWritesItAnimated() throws {
        let s = makeSession()
        let (outcome, c) = run(s, "animation.FuncAnimation(fig, animate, np.arange(0, 3), interval=100)")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("plot --svg FILE"), c.outText)
        let path = NSTemporaryDirectory() + "gradstep-anim-\(UUID().uuidString).svg"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (o2, c2) = run(s, "plot --svg \(path)", prompt: true)
        XCTAssertEqual(o2, .ok, c2.errText)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(svg.components(separatedBy: "<animate ").count - 1, 3)
        XCTAssertTrue(svg.contains("dur=\"0.3s\""))
    }

    func testAScriptShowsFiguresAtShowAndWhenItEnds() {
        let s = DebugSession()
        s.plots.frameDelay = 0
        let c = BufferConsole(width: 80)
        let outcome = s.runFile("""
        import matplotlib.pyplot as plt
        plt.plot([1, 2, 3], [1, 4, 9], 'r--o', label='sq')
        print("between")
        plt.title('one')
        plt.show()
        fig, axs = plt.subplots(1, 2)
        axs[0].plot([1, 2])
        axs[1].scatter([1, 2], [2, 1])
        print("end")
        """, console: c)
        XCTAssertEqual(outcome, .ok, c.errText)
        // The first figure appears at plt.show() with its title (not after the plot line), the grid at the end.
        XCTAssertEqual(s.plots.plots.count, 2)
        XCTAssertEqual(s.plots.plots.first?.figure.panels.first?.title, "one")
        XCTAssertEqual(s.plots.last?.figure.panels.count, 2)
        let between = c.outText.range(of: "between\n"), title = c.outText.range(of: "one\n")
        XCTAssertNotNil(between)
        XCTAssertNotNil(title)
        if let between, let title { XCTAssertLessThan(between.lowerBound, title.lowerBound) }
        XCTAssertFalse(c.outText.contains("drawn together at plt.show()"))
    }

    func testClosingAnotherFigureKeepsTheOneBeingBuilt() throws {
        let s = makeSession()
        let (outcome, c) = run(s, "f2 = plt.figure()\nplt.plot([1, 2, 3])\nplt.close(fig)\nprint(plt.gcf())")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.hasPrefix("Figure(640x480)\n"), c.outText)
        XCTAssertEqual(s.plots.last?.figure.panels.first?.series.first?.ys, [1, 2, 3])
    }

    func testShowInALoopDrawsBetweenThePrints() {
        let s = makeSession()
        let (outcome, c) = run(s, "for i in range(2):\n    print('step', i)\n    plt.plot([0, i + 1])\n    plt.show()\nprint('done')")
        XCTAssertEqual(outcome, .ok, c.errText)
        let parts = c.outText.components(separatedBy: "step 1\n")
        XCTAssertEqual(parts.count, 2)
        XCTAssertTrue(parts.first?.contains("┌") ?? false, "the first figure is drawn before step 1 prints")
        XCTAssertTrue(parts.last?.contains("┌") ?? false)
        XCTAssertTrue(c.outText.hasSuffix("done\n"), c.outText)
    }

    func testSetYDataRefusesATensorThatRequiresGrad() {
        let s = makeSession()
        let (outcome, c) = run(s, "line.set_ydata(x@a.requires_grad_())")
        XCTAssertNotEqual(outcome, .ok)
        XCTAssertTrue(c.errText.contains("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead."), c.errText)
    }

    func testAxisLimitsFixTheDrawnRange() throws {
        let s = makeSession()
        let (outcome, c) = run(s, "plt.plot([0, 1, 2], [0, 1, 4])\nplt.xlim(-1, 3)\nplt.ylim((0, 10))")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("(0.0, 10.0)"), c.outText)
        let panel = try XCTUnwrap(s.plots.last?.figure.panels.first)
        XCTAssertEqual(panel.xLimits, PlotLimits(-1, 3))
        XCTAssertEqual(panel.yLimits, PlotLimits(0, 10))
    }

    func testSubplotsGridOfAxesIndexedLikeNumpy() throws {
        let s = makeSession()
        let (outcome, c) = run(s, """
        fig, axs = plt.subplots(2, 2, figsize=(8, 6))
        axs[0, 0].plot([1, 2, 3])
        axs[0][1].scatter([1, 2], [3, 4])
        axs[1, 1].set_title('four')
        axs[1, 1].set_ylim(0, 5)
        print(axs.shape, len(axs), len(list(axs.flat)), axs.ndim)
        for ax in axs.flatten():
            ax.grid(True)
        plt.show()
        """)
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.hasPrefix("(2, 2) 2 4 2\n"), c.outText)
        let figure = try XCTUnwrap(s.plots.last?.figure)
        XCTAssertEqual(figure.panels.count, 4)
        XCTAssertEqual(figure.panels[0].series.first?.ys, [1, 2, 3])
        XCTAssertEqual(figure.panels[1].series.first?.kind, .scatter)
        XCTAssertEqual(figure.panels[3].title, "four")
        XCTAssertEqual(figure.panels[3].yLimits, PlotLimits(0, 5))
    }
}
