import XCTest
@testable import Debugger

final class PlotBrailleTests: XCTestCase {
    /// Lines of a rendering, for comparing against goldens with readable failure output.
    func lines(_ s: String) -> [String] { s.components(separatedBy: "\n") }

    func testStraightLineGolden() {
        // Hand check: x, y in -0.2…4.2 on a 54×28 dot grid. (0,0) is dot (2, 26): cell (1, 6), left
        // column, third dot = ⠄ (0x04), joined by Bresenham to dot (3, 25) = ⠐ (0x10) → ⠔.
        // (4,4) is dot (51, 1): cell (25, 0), right column, second dot ⠐; with (50, 1) → ⠒.
        let spec = PlotSpec(series: [PlotSeries(xs: [0, 1, 2, 3, 4], ys: [0, 1, 2, 3, 4])])
        let expected = """
             ┌───────────────────────────┐
            4┤                       ⣀⠤⠒ │
             │                   ⢀⠤⠒⠉    │
             │                ⡠⠔⠊⠁       │
            2┤            ⣀⠤⠒⠉           │
             │        ⣀⠤⠒⠉               │
             │   ⢀⡠⠔⠊⠉                   │
            0┤ ⠔⠊⠁                       │
             └─┬───────────┬───────────┬─┘
               0           2           4
            """
        XCTAssertEqual(lines(BrailleRenderer.render(spec, width: 30, height: 10, color: false)), lines(expected))
    }

    func testScatterAndSecondSeriesInPlainTextGolden() {
        // Without colour the second series is drawn with `•` cells. The data point (1, 3) is a 2×2
        // blob at dots (20…21, 9…10): cell (10, 2), dots 2, 5, 3, 6 = ⠶.
        let spec = PlotSpec(title: "fit", series: [
            PlotSeries(name: "data", xs: [0, 1, 2, 3], ys: [1, 3, 2, 4], kind: .scatter),
            PlotSeries(name: "pred", xs: [0, 3], ys: [1, 4], color: PlotColor.named("red")),
        ])
        let expected = """
                           fit
             ┌─────────────────────────────┐
            4┤                        •••• │
             │                    •••••    │
             │          ⠶     •••••        │
             │            •••••            │
            2┤        •••••     ⢠⡄         │
             │    •••••                    │
             │ ••••                        │
             └─┬────────┬───────┬────────┬─┘
               0        1       2        3
            ⣿ data   • pred
            """
        XCTAssertEqual(lines(BrailleRenderer.render(spec, width: 32, height: 12, color: false)), lines(expected))
    }

    func testColourModeUsesSGRCodesAndBrailleForEverySeries() {
        let spec = PlotSpec(series: [
            PlotSeries(name: "data", xs: [0, 1, 2, 3], ys: [1, 3, 2, 4], kind: .scatter),
            PlotSeries(name: "pred", xs: [0, 3], ys: [1, 4], color: PlotColor.named("red")),
        ])
        let coloured = BrailleRenderer.render(spec, width: 32, height: 12, color: true)
        XCTAssertTrue(coloured.contains("\u{1B}[38;5;196m"))  // red
        XCTAssertTrue(coloured.contains("\u{1B}[38;5;31m"))   // C0 blue
        XCTAssertFalse(coloured.contains("•"))
        XCTAssertTrue(coloured.contains("\u{1B}[38;5;31m⠘⠃\u{1B}[0m"))  // the (2, 2) blob, in blue
        XCTAssertTrue(lines(coloured).last?.hasPrefix("\u{1B}[38;5;31m⣿\u{1B}[0m data") ?? false)
        let plain = BrailleRenderer.render(spec, width: 32, height: 12, color: false)
        XCTAssertFalse(plain.contains("\u{1B}"))
    }

    func testLogScaleDropsNonPositiveValuesAndSaysSo() {
        let spec = PlotSpec(series: [PlotSeries(xs: [0, 1, 2, 3], ys: [-1, 0.01, 1, 100])], logY: true)
        let expected = """
                ┌────────────────────────┐
             100┤                   ⣀⡠⠤⠒ │
                │             ⣀⡠⠤⠒⠊⠉     │
                │      ⣀⡠⠤⠔⠒⠊⠉           │
            0.01┤ ⠤⠒⠒⠉⠉                  │
                └─┬──────────┬─────────┬─┘
                  1          2         3
            (1 value ≤ 0 dropped: log y)
            """
        XCTAssertEqual(lines(BrailleRenderer.render(spec, width: 30, height: 8, color: false)), lines(expected))
    }

    func testNonFiniteValuesAreSkippedAndEqualValuesPadded() {
        let spec = PlotSpec(series: [PlotSeries(xs: [], ys: [3, 3, 3, .nan, .infinity])])
        let expected = """
             ┌───────────────────────────┐
             │                           │
             │                           │
            3┤ ⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉ │
             │                           │
             └─┬───────────┬───────────┬─┘
               0           1           2
            (2 nan/inf dropped)
            """
        XCTAssertEqual(lines(BrailleRenderer.render(spec, width: 30, height: 8, color: false)), lines(expected))
    }

    func testSinglePointAtMinimumSize() {
        // Asked for 1×1: clamped to 20×5. y = 5 is padded to 4.75…5.25 (+5% margins); the point is
        // mid-grid: dot (17, 4) → cell (8, 1), right column, top dot = ⠈.
        let spec = PlotSpec(series: [PlotSeries(xs: [], ys: [5])])
        let expected = """
             ┌─────────────────┐
             │                 │
            5┤        ⠈        │
             └────────┬────────┘
                      0
            """
        XCTAssertEqual(lines(BrailleRenderer.render(spec, width: 1, height: 1, color: false)), lines(expected))
    }

    func testEmptySeriesDrawsEmptyAxes() {
        let out = BrailleRenderer.render(PlotSpec(series: [PlotSeries(xs: [], ys: [])]), width: 30, height: 8, color: false)
        XCTAssertFalse(out.unicodeScalars.contains { $0.value > 0x2800 && $0.value <= 0x28FF })
        XCTAssertEqual(lines(out).last, "  0           0.5           1")
        XCTAssertEqual(lines(out).count, 8)
        let none = BrailleRenderer.render(PlotSpec(), width: 30, height: 8, color: false)
        XCTAssertEqual(lines(none).count, 8)
    }

    func testLargeValuesUseExponentLabels() {
        let spec = PlotSpec(series: [PlotSeries(xs: [0, 50000], ys: [20000, 60000])])
        let out = lines(BrailleRenderer.render(spec, width: 40, height: 8, color: false))
        XCTAssertEqual(out[2], "5e+04┤                    ⣀⡠⠤⠔⠒⠉⠉      │")
        XCTAssertEqual(out.last, "       0         2e+04       4e+04")
    }

    func testEveryLineFitsTheWidthAndTheHeightIsKept() {
        let xs = (0..<30).map { Double($0) }
        let spec = PlotSpec(title: String(repeating: "long title ", count: 20), series: [
            PlotSeries(name: "data", xs: xs, ys: xs.map { $0 * $0 - 1e5 }, kind: .scatter),
            PlotSeries(name: "prediction", xs: xs, ys: xs.map { 3 * $0 }, kind: .line, dash: .dashed),
        ], xLabel: "epoch", yLabel: "loss")
        for width in [20, 33, 50, 72, 120] {
            for height in [5, 9, 20, 40] {
                let out = lines(BrailleRenderer.render(spec, width: width, height: height, color: false))
                for line in out { XCTAssertLessThanOrEqual(line.count, width, "\(width)×\(height): \(line)") }
                // Title, y label, 2 borders, tick labels, x label, legend (2 lines at width 20) and at
                // least 2 plot rows.
                XCTAssertEqual(out.count, max(height, width == 20 ? 10 : 9), "\(width)×\(height)")
            }
        }
    }

    func testHugeRequestsAreClampedAndHugeGridsDoNotTrap() {
        let spec = PlotSpec(series: [PlotSeries(xs: [], ys: [1, 2])])
        let out = lines(BrailleRenderer.render(spec, width: Int.max, height: Int.max, color: false))
        XCTAssertEqual(out.count, BrailleRenderer.maximumHeight)
        XCTAssertEqual(out[0].count, BrailleRenderer.maximumWidth)
        let figure = PlotFigure(panels: [spec, spec], rows: Int.max, columns: Int.max)
        XCTAssertFalse(BrailleRenderer.render(figure, width: 72, height: 8, color: false).isEmpty)
        XCTAssertFalse(SVGRenderer.render(figure).isEmpty)
    }

    func testDefaultSizeIs72By20() {
        let spec = PlotSpec(series: [PlotSeries(xs: [], ys: [1, 4, 9, 16])])
        let out = lines(BrailleRenderer.render(spec, color: false))
        XCTAssertEqual(out.count, 20)
        XCTAssertEqual(out[0].count, 72)  // the top border spans the whole width
    }

    func testBrailleDotNumbering() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        canvas.set(x: 0, y: 0, series: 0, glyph: nil)
        XCTAssertEqual(canvas.character(column: 0, row: 0), "⠁")
        canvas.set(x: 1, y: 3, series: 0, glyph: nil)
        XCTAssertEqual(canvas.character(column: 0, row: 0), "⢁")
        canvas.set(x: 2, y: 3, series: 0, glyph: nil)
        XCTAssertEqual(canvas.character(column: 1, row: 0), "⡀")
        canvas.set(x: 9, y: 9, series: 0, glyph: nil)  // off the grid: ignored
        canvas.set(x: -1, y: 0, series: 0, glyph: nil)
        XCTAssertEqual(canvas.character(column: 1, row: 0), "⡀")
        canvas.set(x: 3, y: 0, series: 1, glyph: "•")
        XCTAssertEqual(canvas.character(column: 1, row: 0), "•")
        XCTAssertEqual(canvas.owner(column: 1, row: 0), 1)
    }

    func testDashedLinesLeaveGaps() {
        var solid = BrailleCanvas(columns: 10, rows: 1)
        solid.line(from: (0, 0), to: (19, 0), dash: .solid, series: 0, glyph: nil)
        var dashed = BrailleCanvas(columns: 10, rows: 1)
        dashed.line(from: (0, 0), to: (19, 0), dash: .dashed, series: 0, glyph: nil)
        let row = { (c: BrailleCanvas) in String((0..<10).map { c.character(column: $0, row: 0) }) }
        XCTAssertEqual(row(solid), "⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉")
        XCTAssertEqual(row(dashed), "⠉⠉ ⠉⠉ ⠉⠉ ⠉")  // dots 0-3 on, 4-5 off, 6-9 on, …
    }

    func testFigurePanelsSideBySideOrStacked() {
        let a = PlotSpec(title: "a", series: [PlotSeries(xs: [], ys: [1, 2, 3])])
        let b = PlotSpec(title: "b", series: [PlotSeries(xs: [], ys: [3, 2, 1])])
        let figure = PlotFigure(panels: [a, b], rows: 1, columns: 2)
        let expected = """
                          a                              b
             ┌──────────────────────────┐   ┌──────────────────────────┐
             │                    ⢀⣀⡠⠤⠒ │   │ ⠒⠤⠤⣀⡀                    │
             │              ⣀⡠⠤⠔⠒⠉⠁     │   │     ⠈⠉⠒⠒⠤⢄⣀⡀             │
            2┤      ⣀⣀⠤⠤⠒⠒⠉⠉            │  2┤            ⠈⠉⠒⠒⠤⠤⣀⣀      │
             │ ⠤⠒⠒⠉⠉                    │   │                    ⠉⠉⠒⠒⠤ │
             └─┬───────────┬──────────┬─┘   └─┬───────────┬──────────┬─┘
               0           1          2       0           1          2
            """
        XCTAssertEqual(lines(BrailleRenderer.render(figure, width: 60, height: 8, color: false)), lines(expected))
        // Too narrow for two panels: stacked, with a blank line between.
        let stacked = lines(BrailleRenderer.render(figure, width: 40, height: 8, color: false))
        XCTAssertEqual(stacked.count, 8 + 1 + 8)
        XCTAssertEqual(stacked[8], "")
        XCTAssertEqual(lines(BrailleRenderer.render(a, width: 40, height: 8, color: false)), Array(stacked[0..<8]))
    }

    func testNamesAreSanitisedForTheTerminal() {
        let spec = PlotSpec(title: "a\u{1B}[31mb\nc", series: [PlotSeries(name: "x\ty", xs: [], ys: [1, 2])])
        let out = BrailleRenderer.render(spec, width: 30, height: 8, color: false)
        XCTAssertFalse(out.contains("\u{1B}"))
        XCTAssertTrue(out.contains("a[31mb c"))
        XCTAssertTrue(out.contains("⣿ x y"))
    }
}
