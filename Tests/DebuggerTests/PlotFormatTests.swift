import XCTest
@testable import Debugger

final class PlotFormatTests: XCTestCase {
    func parse(_ s: String) throws(PlotError) -> PlotFormat { try PlotSeries.parseFormat(s) }

    func testLineStylesMarkersAndColours() throws {
        XCTAssertEqual(try parse("-"), PlotFormat(kind: .line, dash: .solid))
        XCTAssertEqual(try parse("--"), PlotFormat(kind: .line, dash: .dashed))
        XCTAssertEqual(try parse(":"), PlotFormat(kind: .line, dash: .dotted))
        XCTAssertEqual(try parse("-."), PlotFormat(kind: .line, dash: .dashDot))
        XCTAssertEqual(try parse("o"), PlotFormat(kind: .scatter, marker: "o"))
        XCTAssertEqual(try parse("--o"), PlotFormat(kind: .lineAndMarkers, dash: .dashed, marker: "o"))
        XCTAssertEqual(try parse("o--"), PlotFormat(kind: .lineAndMarkers, dash: .dashed, marker: "o"))
        let red = try parse("r-")
        XCTAssertEqual(red.kind, .line)
        XCTAssertEqual(red.color?.hex, "#ff0000")
        let blueDots = try parse("b.")
        XCTAssertEqual(blueDots.kind, .scatter)
        XCTAssertEqual(blueDots.marker, ".")
        XCTAssertEqual(blueDots.color?.hex, "#0000ff")
        XCTAssertEqual(try parse("g").kind, .line)            // colour only: default solid line
        XCTAssertEqual(try parse("g").color?.hex, "#008000")
        XCTAssertEqual(try parse("C1o").color?.hex, "#ff7f0e")
        XCTAssertEqual(try parse("C1o").kind, .scatter)
        XCTAssertEqual(try parse("1").kind, .scatter)          // tri_down marker, not grey 1.0
    }

    func testWholeColourNamesAreSolidLines() throws {
        XCTAssertEqual(try parse("red"), PlotFormat(kind: .line, color: PlotColor.named("red")))
        XCTAssertEqual(try parse("orange").color?.hex, "#ffa500")
        XCTAssertEqual(try parse("C2").color?.hex, "#2ca02c")
        XCTAssertEqual(try parse("#123456").color?.hex, "#123456")
    }

    func testMatplotlibErrorMessages() {
        func message(_ s: String) -> String? {
            do { _ = try parse(s); return nil } catch { return error.message }
        }
        XCTAssertEqual(message("q"), "Unrecognized character q in format string 'q'")
        XCTAssertEqual(message("--o-"), "Illegal format string '--o-'; two linestyle symbols")
        XCTAssertEqual(message("ox"), "Illegal format string 'ox'; two marker symbols")
        XCTAssertEqual(message("rg"), "Illegal format string 'rg'; two color symbols")
        XCTAssertEqual(message("Cx"), "invalid literal for int() with base 10: 'x'")
    }

    func testNamedColoursAndTheCycle() {
        XCTAssertEqual(PlotColor.named("Red")?.hex, "#ff0000")
        XCTAssertEqual(PlotColor.named("tab:orange")?.hex, "#ff7f0e")
        XCTAssertEqual(PlotColor.named("#abc")?.hex, "#aabbcc")
        XCTAssertEqual(PlotColor.named("0.5")?.hex, "#808080")
        XCTAssertNil(PlotColor.named("notacolour"))
        XCTAssertNil(PlotColor.named("#12345"))
        XCTAssertNil(PlotColor.named("2"))
        XCTAssertNil(PlotColor.named("c⑫"))  // a digit-like character whose value is 12
        XCTAssertNil(PlotColor.named("c٣"))
        XCTAssertEqual(PlotColor.cycle(0).hex, "#1f77b4")
        XCTAssertEqual(PlotColor.cycle(11).hex, "#ff7f0e")
        XCTAssertEqual(PlotColor.named("red")?.ansi256, 196)
        XCTAssertEqual(PlotColor.named("blue")?.ansi256, 21)
        XCTAssertEqual(PlotColor.named("white")?.ansi256, 231)
    }

    func testOnlySeriesWithoutAColourAdvanceTheCycle() {
        let spec = PlotSpec(series: [
            PlotSeries(xs: [], ys: [1]),
            PlotSeries(xs: [], ys: [1], color: PlotColor.named("red")),
            PlotSeries(xs: [], ys: [1]),
        ])
        XCTAssertEqual(spec.resolvedColors.map(\.hex), ["#1f77b4", "#ff0000", "#ff7f0e"])
    }

    func testPointsUseIndicesWhenXsIsEmptyAndTruncateToTheShorter() {
        XCTAssertEqual(PlotSeries(xs: [], ys: [5, 6]).points.map(\.x), [0, 1])
        XCTAssertEqual(PlotSeries(xs: [1, 2, 3], ys: [5, 6]).points.map(\.x), [1, 2])
    }
}
