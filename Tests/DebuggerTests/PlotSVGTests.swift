import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Debugger

final class PlotSVGTests: XCTestCase {
    /// Counts elements by name and collects text content; records the first parse error.
    final class Collector: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var texts: [String] = []
        var rootAttributes: [String: String]?
        var current = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            if rootAttributes == nil { rootAttributes = attributes }
            current = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { texts.append(current) }
            current = ""
        }
    }

    func parse(_ svg: String) -> Collector? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            XCTFail("not well-formed XML: \(String(describing: parser.parserError))")
            return nil
        }
        return collector
    }

    var quadratic: PlotSpec {
        let xs = (0..<20).map { Double($0) }
        return PlotSpec(title: "a <b> & \"c\" 'd'\u{1}", series: [
            PlotSeries(name: "y", xs: xs, ys: xs.map { 0.3 * $0 * $0 - 2 * $0 + 3 + 4 * sin($0) }, kind: .scatter),
            PlotSeries(name: "preds", xs: xs, ys: xs.map { 0.25 * $0 * $0 - 1.5 * $0 + 2 }, color: PlotColor.named("red")),
        ], xLabel: "x", yLabel: "y")
    }

    func testSVGIsWellFormedWithEscapedTextAndTheExpectedShapes() throws {
        let svg = SVGRenderer.render(quadratic)
        XCTAssertTrue(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(svg.contains("<rect x=\"0\" y=\"0\" width=\"640\" height=\"400\" fill=\"#ffffff\"/>"))
        let c = try XCTUnwrap(parse(svg))
        XCTAssertEqual(c.rootAttributes?["width"], "640")
        XCTAssertEqual(c.counts["circle"], 20 + 1)      // 20 scatter points + the legend's marker
        XCTAssertEqual(c.counts["polyline"], 1)
        XCTAssertTrue(c.texts.contains("a <b> & \"c\" 'd'"))  // unescaped back; the control char dropped
        XCTAssertTrue(svg.contains("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;</text>"))
        for label in ["0", "5", "10", "15", "20", "40", "60", "y", "preds", "x"] {
            XCTAssertTrue(c.texts.contains(label), "missing text \(label)")
        }
        XCTAssertTrue(svg.contains("fill=\"#1f77b4\""))  // C0 for the scatter
        XCTAssertTrue(svg.contains("stroke=\"#ff0000\""))
    }

    func testBrokenLinesLogScaleNotesAndFigures() throws {
        let loss = PlotSpec(title: "loss", series: [
            PlotSeries(name: "train", xs: [], ys: [10, 5, .nan, 2, 1, 0, 0.5], kind: .line, dash: .dashed),
        ], logY: true)
        let svg = SVGRenderer.render(loss)
        let c = try XCTUnwrap(parse(svg))
        XCTAssertEqual(c.counts["polyline"], 2)  // the NaN and the 0 split the line: [10, 5], [2, 1], [0.5]
        XCTAssertEqual(c.counts["circle"], 1)    // the lone 0.5 gets a dot
        XCTAssertTrue(svg.contains("stroke-dasharray=\"6,4\""))
        XCTAssertTrue(c.texts.contains("(1 nan/inf dropped)"))
        XCTAssertTrue(c.texts.contains("(1 value ≤ 0 dropped: log y)"))
        XCTAssertTrue(c.texts.contains("1") && c.texts.contains("10"))

        let figure = PlotFigure(panels: [quadratic, loss, PlotSpec()], rows: 2, columns: 2)
        let fsvg = SVGRenderer.render(figure)
        let f = try XCTUnwrap(parse(fsvg))
        XCTAssertEqual(f.rootAttributes?["width"], "960")
        XCTAssertEqual(f.rootAttributes?["height"], "640")
        XCTAssertEqual(f.counts["clipPath"], 3)
        XCTAssertTrue(fsvg.contains("<g transform=\"translate(480,0)\">"))
        XCTAssertTrue(fsvg.contains("<g transform=\"translate(0,320)\">"))
        XCTAssertTrue(fsvg.contains("clip-path=\"url(#axes2)\""))
    }

    func testDegenerateInputsStillGiveValidSVG() throws {
        let specs = [
            PlotSpec(),
            PlotSpec(series: [PlotSeries(xs: [], ys: [])]),
            PlotSpec(series: [PlotSeries(xs: [], ys: [.nan, .infinity])], logY: true),
            PlotSpec(series: [PlotSeries(xs: [1], ys: [1])]),
            PlotSpec(series: [PlotSeries(xs: [-1e308, 1e308], ys: [1e308, -1e308])]),
        ]
        for spec in specs {
            let svg = SVGRenderer.render(spec, width: .nan, height: -5)
            XCTAssertNotNil(parse(svg))
            // No attribute (coordinate) holds a non-finite number.
            XCTAssertNil(svg.range(of: "\"[^\"<>]*(nan|inf)[^\"<>]*\"", options: .regularExpression), svg)
        }
    }

    func testRsvgConvertRendersAPNG() throws {
        let tool = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let tool else { throw XCTSkip("rsvg-convert is not installed") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plot-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let svgURL = dir.appendingPathComponent("plot.svg"), pngURL = dir.appendingPathComponent("plot.png")
        let figure = PlotFigure(panels: [quadratic, PlotSpec(title: "loss", series: [
            PlotSeries(xs: [], ys: (0..<50).map { 100 * exp(-Double($0) / 8) + 0.5 }, kind: .lineAndMarkers, dash: .dashed),
        ], logY: true)], rows: 1, columns: 2)
        try SVGRenderer.render(figure).write(to: svgURL, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [svgURL.path, "-o", pngURL.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let png = try Data(contentsOf: pngURL)
        XCTAssertGreaterThan(png.count, 1000)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }
}
