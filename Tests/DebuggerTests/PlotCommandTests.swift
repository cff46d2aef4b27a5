import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Debugger
import Script

/// The plotting commands on a session: `plot` (data against predictions), `plot x y [pred]`,
/// `plot loss [--log]`, `--svg`, `save plots`, `train --animate`, plt.subplot grids.
/// The model is SessionDebugTests' quadratic on exactly representable data:
/// yhat = 0.5x² - x + 2 = [2, 1.5, 2, 3.5] for x = [0, 1, 2, 3], y = [1, 2, 5, 10].
final class PlotCommandTests: XCTestCase {
    func makeSession(_ model: String = SessionDebugTests.model) -> DebugSession {
        let s = DebugSession()
        s.plots.frameDelay = 0
        let c = BufferConsole()
        XCTAssertEqual(s.run(model, console: c), .ok, c.errText)
        return s
    }

    func run(_ s: DebugSession, _ input: String, terminal: Bool = false, width: Int = 80) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole(width: width, isTerminal: terminal)
        return (s.run(input, console: c), c)
    }

    static func golden(_ name: String) -> String { PlotCommandGoldens.all[name] ?? "<missing golden \(name)>" }

    // MARK: - plot

    func testPlotDrawsDataAndPredictionsFoundFromTheLoss() {
        let s = makeSession()
        let (outcome, c) = run(s, "plot")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertEqual(c.outText, Self.golden("fit") + "\n")
        XCTAssertEqual(s.plots.last?.kind, "fit")
        let spec = s.plots.last?.figure.panels.first
        XCTAssertEqual(spec?.series.map(\.name), ["y", "yhat"])
        XCTAssertEqual(spec?.series[0].ys, [1, 2, 5, 10])
        XCTAssertEqual(spec?.series[1].ys, [2, 1.5, 2, 3.5])
        XCTAssertEqual(spec?.series[1].xs, [0, 1, 2, 3])
        XCTAssertEqual(spec?.xLabel, "x")
    }

    func testPlotNamesTheSeriesExplicitly() {
        let s = makeSession()
        let (outcome, c) = run(s, "plot x y yhat")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertEqual(c.outText, Self.golden("explicit") + "\n")
        let (o2, c2) = run(s, "plot x y")
        XCTAssertEqual(o2, .ok)
        XCTAssertEqual(s.plots.last?.figure.panels.first?.series.count, 1)
        XCTAssertFalse(c2.outText.contains("yhat"))
    }

    func testPlotFindsPredictionOperandOfAnMseCallWithTargetFirst() {
        // Seed 001: x is n×2 with a column of ones; mse(y, y_hat) puts the target first.
        let s = makeSession("""
        x = torch.tensor([[-1., 1.], [0., 1.], [0.5, 1.], [1., 1.]])
        y = torch.tensor([-1., 2., 3.5, 5.])
        def mse(y, y_hat): return ((y-y_hat)**2).mean()
        a = torch.tensor([1., 1.], requires_grad=True)
        y_hat = x@a
        loss = mse(y, y_hat)
        """)
        let (outcome, c) = run(s, "plot")
        XCTAssertEqual(outcome, .ok, c.errText)
        let spec = s.plots.last?.figure.panels.first
        XCTAssertEqual(spec?.xLabel, "x[:,0]")
        XCTAssertEqual(spec?.series.map(\.name), ["y", "y_hat"])
        XCTAssertEqual(spec?.series[1].ys, [0, 1, 1.5, 2])
        XCTAssertEqual(spec?.series[1].kind, .line)
    }

    func testPlotFindsOperandsOfFunctionalMseLossAndCallExpressions() {
        let s = makeSession("""
        x = torch.tensor([3., 1., 2.])
        y = torch.tensor([6., 2., 4.])
        w = torch.tensor(1.5, requires_grad=True)
        loss = F.mse_loss(w * x, y)
        """)
        let (outcome, c) = run(s, "plot")
        XCTAssertEqual(outcome, .ok, c.errText)
        let spec = s.plots.last?.figure.panels.first
        XCTAssertEqual(spec?.series.map(\.name), ["y", "w * x"])
        // The prediction line runs through the points sorted by x.
        XCTAssertEqual(spec?.series[1].xs, [1, 2, 3])
        XCTAssertEqual(spec?.series[1].ys, [1.5, 3, 4.5])
    }

    func testPlotWithoutALossExplains() {
        let s = makeSession("z = torch.tensor([1., 2.])")
        let (outcome, c) = run(s, "plot")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("cannot tell which tensors are the data and the predictions"), c.errText)
        XCTAssertTrue(c.errText.contains("plot x y yhat"), c.errText)
    }

    func testPlotRejectsMismatchedLengthsAndUnknownNames() {
        let s = makeSession()
        var (outcome, c) = run(s, "plot x y torch.ones(3)")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("torch.ones(3) has 3 values but y has 4"), c.errText)
        (outcome, c) = run(s, "plot x nope")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("NameError"), c.errText)
        (outcome, c) = run(s, "plot a b c d")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("usage: plot"), c.errText)
    }

    // MARK: - plot loss

    func testPlotLossShowsEveryForwardAndTrainingStep() {
        let s = makeSession()
        XCTAssertEqual(run(s, "forward").0, .ok)
        XCTAssertEqual(run(s, "train 3 0.01").0, .ok)
        // loss = ... (13.125), forward (same graph value, new tensor), 3 training steps.
        XCTAssertEqual(s.plots.losses.count, 5)
        XCTAssertEqual(s.plots.losses[0], 13.125)
        XCTAssertEqual(s.plots.losses[1], 13.125)
        XCTAssertEqual(s.plots.losses[2], 13.125)  // train's first forward is before its first step
        XCTAssertLessThan(s.plots.losses[4], s.plots.losses[3])
        let (outcome, c) = run(s, "plot loss --log")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertEqual(c.outText, Self.golden("loss-log") + "\n")
        XCTAssertEqual(s.plots.last?.figure.panels.first?.logY, true)
    }

    func testPlotLossBeforeAnyLossExplains() {
        let s = makeSession("z = 1")
        let (outcome, c) = run(s, "plot loss")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("no loss recorded yet"), c.errText)
    }

    func testResetForgetsTheLossHistory() {
        let s = makeSession()
        XCTAssertFalse(s.plots.losses.isEmpty)
        XCTAssertEqual(run(s, "reset").0, .ok)
        XCTAssertTrue(s.plots.losses.isEmpty)
        XCTAssertTrue(s.plots.plots.isEmpty)
    }

    // MARK: - terminal size and colour

    func testOnATerminalThePlotFollowsTheWidthAndIsColoured() {
        let s = makeSession()
        let (_, c) = run(s, "plot", terminal: true, width: 100)
        XCTAssertTrue(c.outText.contains("\u{1B}[38;5;"), "colours on a terminal")
        let plain = c.outText.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        let widths = plain.split(separator: "\n").map(\.count)
        XCTAssertEqual(widths.max(), 99)
        XCTAssertEqual(widths.count, 20)
        // Both series in braille on a terminal (colours tell them apart).
        XCTAssertFalse(plain.contains("•"))
    }

    func testOffATerminalThePlotIsStandardSizeWithDistinctGlyphs() {
        let s = makeSession()
        let (_, c) = run(s, "plot", terminal: false, width: 200)
        XCTAssertFalse(c.outText.contains("\u{1B}"))
        let lines = c.outText.split(separator: "\n")
        XCTAssertEqual(lines.count, 20)
        XCTAssertLessThanOrEqual(lines.map(\.count).max() ?? 0, 72)
        XCTAssertTrue(c.outText.contains("•"))
    }

    func testPlotSizeRule() {
        XCTAssertEqual(PlotSize.forConsole(columns: 120, isTerminal: true), PlotSize(width: 119, height: 20))
        XCTAssertEqual(PlotSize.forConsole(columns: 20, isTerminal: true), PlotSize(width: 40, height: 20))
        XCTAssertEqual(PlotSize.forConsole(columns: 500, isTerminal: true), PlotSize(width: 160, height: 20))
        XCTAssertEqual(PlotSize.forConsole(columns: 120, isTerminal: false), PlotSize(width: 72, height: 20))
    }

    // MARK: - matplotlib figures

    func testSubplotGridIsDrawnAtShowWithBothPanels() {
        let s = makeSession()
        var (outcome, c) = run(s, "plt.subplot(1, 2, 1); _ = plt.scatter(x, y); _ = plt.title('data')")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertFalse(c.outText.contains("┌"), "held until show")
        XCTAssertTrue(c.outText.contains("drawn together at plt.show()"), c.outText)
        (outcome, c) = run(s, "plt.subplot(1, 2, 2); _ = plt.plot(x, yhat.detach(), 'r-'); _ = plt.title('model'); plt.show()")
        XCTAssertEqual(outcome, .ok, c.errText)
        // plt.subplot returns the panel's Axes, which the prompt echoes as Python's REPL does.
        XCTAssertEqual(c.outText, "<Axes: >\n" + Self.golden("subplots") + "\n")
        XCTAssertEqual(s.plots.last?.figure.panels.count, 2)
        XCTAssertEqual(s.plots.last?.figure.columns, 2)
    }

    func testClosedFigureIsNotDrawnAndSubplotErrorsAreMatplotlibs() {
        let s = makeSession()
        var (outcome, c) = run(s, "fig = plt.figure(); dots = plt.scatter(x, y); plt.close()")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertEqual(c.outText, "")
        (outcome, c) = run(s, "plt.subplot(1, 2, 3)")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("ValueError: num must be an integer with 1 <= num <= 2, not 3"), c.errText)
    }

    func testPlainScriptSessionDrawsNothing() {
        let s = ScriptSession()
        let c = BufferConsole()
        _ = s.run("import matplotlib.pyplot as plt\nplt.scatter([1, 2], [3, 4])\nplt.show()\n", console: c)
        XCTAssertEqual(c.outText, "")
    }

    // MARK: - compare

    func testLossComparisonDrawsBothSeriesOnOnePlot() {
        let s = makeSession()
        let c = BufferConsole()
        _ = s.run("vars", console: c)  // binds the console
        let spec = PlotBuilders.lossComparison(LossSeries(name: "with zero_grad", losses: [4, 2, 1]),
                                               LossSeries(name: "without", losses: [4, 3, 5]))
        XCTAssertEqual(spec.series.map(\.name), ["with zero_grad", "without"])
        XCTAssertEqual(spec.series[1].xs, [1, 2, 3])
        XCTAssertEqual(spec.xLabel, "iteration")
        let text = BrailleRenderer.render(spec, width: 72, height: 20, color: false)
        XCTAssertTrue(text.hasSuffix("⣿ with zero_grad   • without"), text)
    }

    // MARK: - SVG

    func testPlotSvgWritesValidXMLThatRsvgRenders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plotcmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = makeSession()
        let svg = dir.appendingPathComponent("fit.svg").path
        var (outcome, c) = run(s, "plot --svg \(svg)")
        XCTAssertEqual(outcome, .failed, "no plot yet")
        XCTAssertTrue(c.errText.contains("no plot yet"), c.errText)
        (outcome, c) = run(s, "plot")
        (outcome, c) = run(s, "plot --svg \(svg)")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertEqual(c.outText, "wrote \(svg)\n")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        XCTAssertTrue(text.contains(">data and predictions</text>"), text)
        XCTAssertTrue(text.contains(">yhat</text>"))
        try assertValidXMLAndRenders(svg, dir: dir)

        let loss = dir.appendingPathComponent("loss.svg").path
        (outcome, c) = run(s, "plot loss --svg \(loss)")
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.hasSuffix("wrote \(loss)\n"))
        try assertValidXMLAndRenders(loss, dir: dir)

        (outcome, c) = run(s, "plot --svg /nonexistent-dir/x.svg")
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.errText.contains("cannot write '/nonexistent-dir/x.svg': [Errno 2] No such file or directory"), c.errText)
    }

    func testSavePlotsWritesEveryPlotNumbered() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plotcmd-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = makeSession()
        XCTAssertEqual(run(s, "save plots \(dir.path)").0, .failed)
        _ = run(s, "plot")
        _ = run(s, "plot loss")
        _ = run(s, "plt.subplot(1, 2, 1); _ = plt.scatter(x, y); plt.subplot(1, 2, 2); _ = plt.plot(x, yhat.detach()); plt.show()")
        let (outcome, c) = run(s, "save plots \(dir.path)")
        XCTAssertEqual(outcome, .ok, c.errText)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(files, ["plot-01-fit.svg", "plot-02-loss.svg", "plot-03-plt.svg"])
        XCTAssertTrue(c.outText.contains("wrote 3 plots to"), c.outText)
        for f in files { try assertValidXMLAndRenders(dir.appendingPathComponent(f).path, dir: dir) }
    }

    func assertValidXMLAndRenders(_ path: String, dir: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parser = XMLParser(data: data)
        XCTAssertTrue(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")", file: file, line: line)
        guard let rsvg = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first(where: FileManager.default.isExecutableFile) else {
            return  // rsvg-convert absent: XML validity is all we can check here
        }
        let png = dir.appendingPathComponent(UUID().uuidString + ".png")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: rsvg)
        p.arguments = [path, "-o", png.path]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, file: file, line: line)
        let bytes = try Data(contentsOf: png)
        XCTAssertEqual(Array(bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG", file: file, line: line)
        XCTAssertGreaterThan(bytes.count, 2000, file: file, line: line)
    }

    // MARK: - train --animate

    func testTrainAnimateRedrawsInPlaceOnATerminal() {
        let s = makeSession()
        let (outcome, c) = run(s, "train 4 0.01 every 2 --animate", terminal: true, width: 80)
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertTrue(c.outText.contains("\u{1B}[21A"), "moves back up over the 21-line frame")
        var term = PlotFakeTerminal()
        term.write(c.outText.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression))
        let lines = term.lines
        // One frame on screen (header + 20 plot lines), then the end line: frames 1, 2 and 4 overwrote each other.
        XCTAssertEqual(lines.count, 22, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[0].hasPrefix("iter 4/4  loss "), lines[0])
        XCTAssertTrue(lines[21].hasPrefix("trained 4 iterations"), lines[21])
        XCTAssertEqual(lines.filter { $0.hasPrefix("iter ") }.count, 1)
        XCTAssertEqual(c.outText.components(separatedBy: "iter ").count - 1, 3, "frames at 1, 2 and 4")
        XCTAssertEqual(s.plots.last?.kind, "fit")
    }

    func testTrainAnimateNeverAnimatesOffATerminal() {
        let s = makeSession()
        let (outcome, c) = run(s, "train 4 0.01 every 2 --animate", terminal: false)
        XCTAssertEqual(outcome, .ok, c.errText)
        XCTAssertFalse(c.outText.contains("\u{1B}"))
        XCTAssertTrue(c.outText.contains("output is not a terminal"), c.outText)
        XCTAssertTrue(c.outText.contains("iter 1/4  loss"), c.outText)
        XCTAssertTrue(c.outText.contains("iter 4/4  loss"), c.outText)
        XCTAssertEqual(c.outText.components(separatedBy: "┌").count - 1, 1, "the final fit, once")
    }

    // MARK: - the rule

    func testModelFitRuleOperands() throws {
        func operands(_ source: String, functions: Set<String> = []) throws -> String? {
            let m = try Parser.parse(source)
            guard case .expression(let e) = m.body[0].kind else { return nil }
            return ModelFitRule.operands(in: e, userFunctions: functions).map { ModelFitRule.label($0.0) + " | " + ModelFitRule.label($0.1) }
        }
        XCTAssertEqual(try operands("((yhat - y)**2).mean()"), "yhat | y")
        XCTAssertEqual(try operands("F.mse_loss(x @ w, y)"), "x @ w | y")
        XCTAssertEqual(try operands("nn.MSELoss()(out, target)"), "out | target")
        XCTAssertEqual(try operands("loss_fn(preds, y) + 0.1 * (w - 1).abs().sum()"), "preds | y")
        XCTAssertEqual(try operands("torch.abs(f(x, params) - y).mean()"), "f(x, params) | y")
        XCTAssertEqual(try operands("rmse(y, p)", functions: ["rmse"]), "y | p")
        XCTAssertNil(try operands("w.sum()"))
    }
}

extension PlotCommandTests {
    /// The seeds' `_, axs = plt.subplots(1, n)` / `axs[j].scatter(...)` / `ax.set_title(...)` draw a grid.
    func testSubplotsAxesDrawTheirPanels() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("""
        x = torch.arange(0, 5).float()
        _, axs = plt.subplots(1, 2, figsize=(24, 3))
        axs[0].scatter(x, x)
        axs[1].scatter(x, x * 2, color='red')
        axs[1].set_title('second panel')
        plt.show()
        ax = plt.subplots()[1]
        ax.set_title('alone')
        ax.scatter(x, x)

        """, console: c)
        XCTAssertTrue(c.errText.isEmpty, c.errText)
        XCTAssertTrue(c.outText.contains("second panel"), c.outText)
        XCTAssertTrue(c.outText.contains("alone"), c.outText)
        XCTAssertGreaterThanOrEqual(c.outText.components(separatedBy: "┌").count - 1, 3, "three panels drawn:\n" + c.outText)
    }
}
