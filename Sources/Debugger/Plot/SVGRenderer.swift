import Foundation

/// Draws plots as standalone SVG documents (matplotlib-like: white background, axes box, outward
/// ticks with labels, title, axis labels, legend box in the upper right; scatter points as circles,
/// lines as polylines clipped to the axes).
public enum SVGRenderer {
    /// One plot as a complete `<svg>` document.
    public static func render(_ spec: PlotSpec, width: Double = 640, height: Double = 400) -> String {
        let (w, h) = (sane(width, 640), sane(height, 400))
        return document(width: w, height: h, body: panel(spec, width: w, height: h, id: 0))
    }

    /// A figure's panels in their grid (row-major), each `panelWidth` × `panelHeight`.
    public static func render(_ figure: PlotFigure, panelWidth: Double = 480, panelHeight: Double = 320) -> String {
        let (pw, ph) = (sane(panelWidth, 480), sane(panelHeight, 320))
        let columns = max(1, min(figure.columns, figure.panels.count))
        let rows = max(1, min(figure.rows, 64), (figure.panels.count + columns - 1) / columns)
        var body = ""
        for (k, spec) in figure.panels.enumerated() {
            let x = Double(k % columns) * pw, y = Double(k / columns) * ph
            body += "<g transform=\"translate(\(num(x)),\(num(y)))\">\n"
            body += panel(spec, width: pw, height: ph, id: k)
            body += "</g>\n"
        }
        return document(width: pw * Double(columns), height: ph * Double(rows), body: body)
    }

    static func sane(_ v: Double, _ fallback: Double) -> Double {
        v.isFinite && v >= 100 ? min(v, 20000) : (v.isFinite && v > 0 ? 100 : fallback)
    }

    static func document(width: Double, height: Double, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(num(width))" height="\(num(height))" \
        viewBox="0 0 \(num(width)) \(num(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
        <rect x="0" y="0" width="\(num(width))" height="\(num(height))" fill="#ffffff"/>
        \(body)</svg>

        """
    }

    // MARK: - One panel

    static let charWidth = 6.5  // approximate width of an 11px character

    static func panel(_ spec: PlotSpec, width: Double, height: Double, id: Int) -> String {
        let data = PlotData(spec)
        let colors = spec.resolvedColors
        let title = spec.title.map(PlotData.sanitized).flatMap { $0.isEmpty ? nil : $0 }
        let xLabel = spec.xLabel.map(PlotData.sanitized).flatMap { $0.isEmpty ? nil : $0 }
        let yLabel = spec.yLabel.map(PlotData.sanitized).flatMap { $0.isEmpty ? nil : $0 }

        let top = title == nil ? 16.0 : 36.0
        let bottom = xLabel == nil ? 36.0 : 54.0
        let yTicks = data.yTicks(maxCount: max(2, Int((height - top - bottom) / 45)))
        let yLabels = data.yLabels(yTicks)
        let labelWidth = Double(yLabels.map(\.count).max() ?? 1) * charWidth
        let left = 16 + labelWidth + (yLabel == nil ? 0 : 20)
        let right = 20.0
        let plotW = max(10, width - left - right), plotH = max(10, height - top - bottom)

        func px(_ x: Double) -> Double { left + data.xFraction(x) * plotW }
        func py(_ y: Double) -> Double { top + (1 - data.yFraction(y)) * plotH }

        var s = ""
        let clip = "axes\(id)"
        s += "<clipPath id=\"\(clip)\"><rect x=\"\(num(left))\" y=\"\(num(top))\" width=\"\(num(plotW))\" height=\"\(num(plotH))\"/></clipPath>\n"

        // Ticks and labels.
        var maxX = max(2, Int(plotW / 70))
        var xTicks = data.xTicks(maxCount: maxX)
        while maxX > 1 {
            let labels = PlotTicks.labels(xTicks)
            let widest = Double(labels.map(\.count).max() ?? 0) * charWidth
            let spacing = xTicks.count > 1 ? plotW * data.xFraction(xTicks[1]) - plotW * data.xFraction(xTicks[0]) : plotW
            if widest + 8 <= spacing { break }
            maxX -= 1
            xTicks = data.xTicks(maxCount: maxX)
        }
        s += "<g stroke=\"#000000\" stroke-width=\"0.8\">\n"
        for t in xTicks {
            let x = px(t)
            s += "<line x1=\"\(num(x))\" y1=\"\(num(top + plotH))\" x2=\"\(num(x))\" y2=\"\(num(top + plotH + 4))\"/>\n"
        }
        for t in yTicks {
            let y = py(data.yAxis(t))
            s += "<line x1=\"\(num(left - 4))\" y1=\"\(num(y))\" x2=\"\(num(left))\" y2=\"\(num(y))\"/>\n"
        }
        s += "</g>\n<g font-size=\"11\" fill=\"#000000\">\n"
        for (t, label) in zip(xTicks, PlotTicks.labels(xTicks)) {
            s += "<text x=\"\(num(px(t)))\" y=\"\(num(top + plotH + 17))\" text-anchor=\"middle\">\(escape(label))</text>\n"
        }
        for (t, label) in zip(yTicks, yLabels) {
            s += "<text x=\"\(num(left - 7))\" y=\"\(num(py(data.yAxis(t)) + 4))\" text-anchor=\"end\">\(escape(label))</text>\n"
        }
        s += "</g>\n"

        // Data, clipped to the axes.
        s += "<g clip-path=\"url(#\(clip))\">\n"
        for (k, series) in spec.series.enumerated() {
            let color = colors[k].hex
            let points = data.points[k]
            if series.kind != .scatter {
                var runs: [[(Double, Double)]] = [[]]
                for p in points {
                    if let p { runs[runs.count - 1].append((px(p.x), py(p.y))) } else if !(runs.last?.isEmpty ?? true) { runs.append([]) }
                }
                for run in runs where run.count >= 2 {
                    let coords = run.map { "\(num($0.0)),\(num($0.1))" }.joined(separator: " ")
                    s += "<polyline points=\"\(coords)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"\(dashAttribute(series.dash))/>\n"
                }
                // A lone point of a line would be invisible: give it a dot.
                for run in runs where run.count == 1 {
                    s += "<circle cx=\"\(num(run[0].0))\" cy=\"\(num(run[0].1))\" r=\"1.5\" fill=\"\(color)\"/>\n"
                }
            }
            if series.kind != .line {
                for case let p? in points {
                    s += "<circle cx=\"\(num(px(p.x)))\" cy=\"\(num(py(p.y)))\" r=\"3\" fill=\"\(color)\"/>\n"
                }
            }
        }
        s += "</g>\n"

        // Frame, title, axis labels, legend.
        s += "<rect x=\"\(num(left))\" y=\"\(num(top))\" width=\"\(num(plotW))\" height=\"\(num(plotH))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"0.8\"/>\n"
        if let title {
            s += "<text x=\"\(num(left + plotW / 2))\" y=\"\(num(top - 12))\" font-size=\"14\" text-anchor=\"middle\">\(escape(title))</text>\n"
        }
        if let xLabel {
            s += "<text x=\"\(num(left + plotW / 2))\" y=\"\(num(top + plotH + 36))\" font-size=\"12\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
        }
        if let yLabel {
            let x = 14.0, y = top + plotH / 2
            s += "<text x=\"\(num(x))\" y=\"\(num(y))\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 \(num(x)) \(num(y)))\">\(escape(yLabel))</text>\n"
        }
        var pixels: [(Double, Double)] = []
        for points in data.points { for case let p? in points { pixels.append((px(p.x), py(p.y))) } }
        s += legend(spec, data: data, colors: colors, axes: (left, top, plotW, plotH), pixels: pixels)
        return s
    }

    /// The legend box, in whichever corner of the axes covers the fewest data points (upper right
    /// first on ties, like matplotlib's `loc='best'`).
    static func legend(_ spec: PlotSpec, data: PlotData, colors: [PlotColor],
                       axes: (left: Double, top: Double, width: Double, height: Double),
                       pixels: [(Double, Double)]) -> String {
        let named = spec.series.contains { !PlotData.sanitized($0.name).isEmpty }
        var entries: [(series: Int?, text: String)] = []
        if named || spec.series.count > 1 {
            entries = spec.series.indices.map { ($0, PlotData.label(spec.series[$0], index: $0)) }
        }
        entries += data.notes.map { (nil, $0) }
        guard !entries.isEmpty else { return "" }
        let rowH = 17.0
        let textW = Double(entries.map(\.text.count).max() ?? 0) * charWidth
        let boxW = textW + 40, boxH = Double(entries.count) * rowH + 8
        let corners = [
            (axes.left + axes.width - boxW - 8, axes.top + 8), (axes.left + 8, axes.top + 8),
            (axes.left + 8, axes.top + axes.height - boxH - 8), (axes.left + axes.width - boxW - 8, axes.top + axes.height - boxH - 8),
        ]
        func covered(_ c: (Double, Double)) -> Int {
            pixels.filter { $0.0 >= c.0 - 4 && $0.0 <= c.0 + boxW + 4 && $0.1 >= c.1 - 4 && $0.1 <= c.1 + boxH + 4 }.count
        }
        var best = corners[0]
        var bestCount = covered(best)
        for c in corners.dropFirst() {
            let n = covered(c)
            if n < bestCount { best = c; bestCount = n }
        }
        let (x0, y0) = best
        var s = "<g font-size=\"11\">\n"
        s += "<rect x=\"\(num(x0))\" y=\"\(num(y0))\" width=\"\(num(boxW))\" height=\"\(num(boxH))\" fill=\"#ffffff\" fill-opacity=\"0.8\" stroke=\"#cccccc\" rx=\"3\"/>\n"
        for (row, entry) in entries.enumerated() {
            let y = y0 + 4 + rowH * Double(row) + rowH / 2
            if let k = entry.series {
                let color = colors[k].hex
                let series = spec.series[k]
                if series.kind != .scatter {
                    s += "<line x1=\"\(num(x0 + 6))\" y1=\"\(num(y))\" x2=\"\(num(x0 + 26))\" y2=\"\(num(y))\" stroke=\"\(color)\" stroke-width=\"1.5\"\(dashAttribute(series.dash))/>\n"
                }
                if series.kind != .line {
                    s += "<circle cx=\"\(num(x0 + 16))\" cy=\"\(num(y))\" r=\"3\" fill=\"\(color)\"/>\n"
                }
            }
            s += "<text x=\"\(num(x0 + 32))\" y=\"\(num(y + 4))\">\(escape(entry.text))</text>\n"
        }
        return s + "</g>\n"
    }

    static func dashAttribute(_ dash: LineDash) -> String {
        switch dash {
        case .solid: return ""
        case .dashed: return " stroke-dasharray=\"6,4\""
        case .dotted: return " stroke-dasharray=\"1.5,3\""
        case .dashDot: return " stroke-dasharray=\"6,3,1.5,3\""
        }
    }

    /// A coordinate with at most two decimals and no trailing zeros.
    static func num(_ v: Double) -> String {
        PlotTicks.fixed(v.isFinite ? v : 0, decimals: 2)
    }

    /// Text escaped for XML content and attributes; characters XML 1.0 forbids are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF)
                    || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
