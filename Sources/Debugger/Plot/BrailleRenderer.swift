/// Draws plots as text for a terminal: braille dots (2×4 per character cell) in a frame with tick
/// labels, a title line and a legend line.
///
/// Sizes are the whole block's: `width` columns (20…1000) and `height` lines (5…500; the
/// plot area keeps at least 2 rows, so a block with a title, axis labels and a legend can be taller).
/// With `color`, every series is drawn in braille in its colour (SGR codes, xterm-256 palette).
/// Without it, the first series is drawn in braille and each later series with a marker glyph per
/// cell — its format's marker if that is `o`, `x`, `+` or `*`, else `•`, `x`, `o`, `+`, `*`, `#` in
/// turn — so the plot still reads when piped. Later series draw over earlier ones.
public enum BrailleRenderer {
    /// The size to use when the caller knows no terminal size.
    public static let defaultWidth = 72
    public static let defaultHeight = 20
    /// The smallest block drawn; smaller requests are raised to this.
    public static let minimumWidth = 20
    public static let minimumHeight = 5
    /// The largest block drawn; larger requests are lowered to this.
    public static let maximumWidth = 1000
    public static let maximumHeight = 500

    /// The glyphs of series 2, 3, … in plain-text mode.
    public static let plainGlyphs: [Character] = ["•", "x", "o", "+", "*", "#"]

    /// One plot, as lines joined by "\n" (no trailing newline, no trailing spaces).
    public static func render(_ spec: PlotSpec, width: Int = defaultWidth, height: Int = defaultHeight,
                              color: Bool) -> String {
        let lines = renderCells(spec, width: width, height: height, color: color)
        return join(lines, color: color)
    }

    /// A figure's panels: side by side in their grid when each panel gets at least 24 columns,
    /// otherwise stacked one below the other at full width. `height` is each panel's height.
    public static func render(_ figure: PlotFigure, width: Int = defaultWidth, height: Int = defaultHeight,
                              color: Bool) -> String {
        let width = min(maximumWidth, max(minimumWidth, width))
        let gap = 2
        let columns = min(figure.columns, max(1, figure.panels.count))
        let panelWidth = (width - gap * (columns - 1)) / max(1, columns)
        var out: [[TextCell]] = []
        if columns > 1 && panelWidth >= 24 {
            var index = 0
            while index < figure.panels.count {
                let row = figure.panels[index..<min(figure.panels.count, index + columns)]
                let blocks = row.map { renderCells($0, width: panelWidth, height: height, color: color) }
                let lineCount = blocks.map(\.count).max() ?? 0
                if !out.isEmpty { out.append([]) }
                for l in 0..<lineCount {
                    var line: [TextCell] = []
                    for (k, block) in blocks.enumerated() {
                        if k > 0 { line += TextCell.spaces(gap) }
                        let cells = l < block.count ? block[l] : []
                        line += cells + TextCell.spaces(panelWidth - cells.count)
                    }
                    out.append(line)
                }
                index += columns
            }
        } else {
            for (k, panel) in figure.panels.enumerated() {
                if k > 0 { out.append([]) }
                out += renderCells(panel, width: width, height: height, color: color)
            }
        }
        return join(out, color: color)
    }

    static func join(_ lines: [[TextCell]], color: Bool) -> String {
        lines.map { cells in
            var cells = cells
            while cells.last?.character == " " { cells.removeLast() }
            return TextCell.serialize(cells, color: color)
        }.joined(separator: "\n")
    }

    // MARK: - One panel

    static func renderCells(_ spec: PlotSpec, width: Int, height: Int, color: Bool) -> [[TextCell]] {
        let width = min(maximumWidth, max(minimumWidth, width))
        let height = min(maximumHeight, max(minimumHeight, height))
        let data = PlotData(spec)
        let colors = spec.resolvedColors
        let legend = legendLines(spec, data: data, colors: colors, color: color, width: width)
        let title = spec.title.map(PlotData.sanitized).flatMap { $0.isEmpty ? nil : $0 }
        let yLabel = spec.yLabel.map(PlotData.sanitized).flatMap { $0.isEmpty ? nil : $0 }
        let xLabel = spec.xLabel.map(PlotData.sanitized).flatMap { $0.isEmpty ? nil : $0 }
        let fixed = (title == nil ? 0 : 1) + (yLabel == nil ? 0 : 1) + 3 + (xLabel == nil ? 0 : 1) + legend.count
        let rows = max(2, height - fixed)

        // y ticks: about one every three rows, never two on one row.
        var yTicks: [Double] = []
        var yTickRows: [Int] = []
        var maxY = max(2, rows / 3 + 1)
        while maxY >= 1 {
            yTicks = data.yTicks(maxCount: maxY)
            yTickRows = yTicks.map { row(of: data.yFraction(data.yAxis($0)), rows: rows) }
            if Set(yTickRows).count == yTickRows.count { break }
            maxY -= 1
        }
        let yLabels = data.yLabels(yTicks)
        let labelWidth = yLabels.map(\.count).max() ?? 0
        let columns = max(4, width - labelWidth - 2)
        let left = labelWidth + 1  // column of the canvas's first cell

        // x ticks: as many as fit with two spaces between labels.
        var xTicks: [Double] = []
        var xPlaced: [(column: Int, label: String)] = []
        var maxX = max(2, columns / 6)
        while maxX >= 1 {
            xTicks = data.xTicks(maxCount: maxX)
            if let placed = placeLabels(xTicks, data: data, columns: columns, left: left, width: width) {
                xPlaced = placed
                break
            }
            maxX -= 1
        }

        var canvas = BrailleCanvas(columns: columns, rows: rows)
        for (k, series) in spec.series.enumerated() {
            let glyph: Character? = color || k == 0 ? nil : plainGlyph(series, index: k)
            draw(series, points: data.points[k], index: k, data: data, glyph: glyph, on: &canvas)
        }

        var lines: [[TextCell]] = []
        if let title {
            let t = TextCell.fitted(title, width: width)
            let start = max(0, min(width - t.count, left + (columns - t.count) / 2))
            lines.append(TextCell.spaces(start) + TextCell.text(t))
        }
        if let yLabel { lines.append(TextCell.text(TextCell.fitted(yLabel, width: width))) }
        lines.append(TextCell.spaces(labelWidth) + TextCell.text("┌" + String(repeating: "─", count: columns) + "┐"))
        for r in 0..<rows {
            var line: [TextCell]
            if let t = yTickRows.firstIndex(of: r) {
                let label = yLabels[t]
                line = TextCell.spaces(labelWidth - label.count) + TextCell.text(label + "┤")
            } else {
                line = TextCell.spaces(labelWidth) + TextCell.text("│")
            }
            for c in 0..<columns {
                let owner = canvas.owner(column: c, row: r)
                line.append(TextCell(character: canvas.character(column: c, row: r),
                                     color: owner >= 0 && owner < colors.count ? colors[owner] : nil))
            }
            line += TextCell.text("│")
            lines.append(line)
        }
        var bottom = Array("└" + String(repeating: "─", count: columns) + "┘")
        for p in xPlaced { bottom[p.column - left + 1] = "┬" }
        lines.append(TextCell.spaces(labelWidth) + TextCell.text(String(bottom)))
        var tickLine = TextCell.spaces(width)
        for p in xPlaced {
            TextCell.put(TextCell.text(p.label), into: &tickLine, at: labelStart(p.label, column: p.column, width: width))
        }
        lines.append(tickLine)
        if let xLabel {
            let t = TextCell.fitted(xLabel, width: width)
            let start = max(0, min(width - t.count, left + (columns - t.count) / 2))
            lines.append(TextCell.spaces(start) + TextCell.text(t))
        }
        lines += legend
        return lines
    }

    /// The canvas row (0 = top) of a vertical fraction (0 = bottom, 1 = top).
    static func row(of fraction: Double, rows: Int) -> Int {
        dot(fraction: 1 - fraction, count: rows * 4) / 4
    }

    /// The dot index of a fraction along `count` dots, clamped to the grid.
    static func dot(fraction: Double, count: Int) -> Int {
        guard fraction.isFinite else { return 0 }
        let v = (fraction * Double(count - 1)).rounded()
        return Int(min(Double(count - 1), max(0, v)))
    }

    /// Where a label centred under `column` starts, kept inside the line.
    static func labelStart(_ label: String, column: Int, width: Int) -> Int {
        max(0, min(width - label.count, column - (label.count - 1) / 2))
    }

    /// The x tick labels with the line column of each tick, or nil if neighbours would be closer
    /// than two spaces.
    static func placeLabels(_ ticks: [Double], data: PlotData, columns: Int, left: Int,
                            width: Int) -> [(column: Int, label: String)]? {
        let labels = PlotTicks.labels(ticks)
        var placed: [(column: Int, label: String)] = []
        var end = -2
        for (t, label) in zip(ticks, labels) {
            let column = left + dot(fraction: data.xFraction(t), count: columns * 2) / 2
            let start = labelStart(label, column: column, width: width)
            if start < end + 2 { return nil }
            end = start + label.count
            placed.append((column, label))
        }
        return placed
    }

    static func plainGlyph(_ series: PlotSeries, index: Int) -> Character {
        if let m = series.marker, "ox+*".contains(m) { return m }
        return plainGlyphs[(index - 1) % plainGlyphs.count]
    }

    static func draw(_ series: PlotSeries, points: [(x: Double, y: Double)?], index: Int, data: PlotData,
                     glyph: Character?, on canvas: inout BrailleCanvas) {
        let dots: [(Int, Int)?] = points.map { p in
            guard let p else { return nil }
            // Under fixed limits (xlim/ylim, an animation) points outside are not drawn (not piled on the edge).
            let fx = data.xFraction(p.x), fy = data.yFraction(p.y)
            if !(-1e-9...(1 + 1e-9)).contains(fx) || !(-1e-9...(1 + 1e-9)).contains(fy) { return nil }
            return (dot(fraction: data.xFraction(p.x), count: canvas.dotWidth),
                    dot(fraction: 1 - data.yFraction(p.y), count: canvas.dotHeight))
        }
        if series.kind != .scatter {
            var previous: (Int, Int)?
            for d in dots {
                if let d, let p = previous {
                    canvas.line(from: p, to: d, dash: series.dash, series: index, glyph: glyph)
                }
                previous = d
            }
        }
        // Scatter points and markers are 2×2 dot blobs (one dot is too faint to find); a line's
        // points get one dot each, so a lone point (e.g. one loss value) stays visible.
        let blob = series.kind != .line && glyph == nil
        for case let d? in dots {
            if blob {
                let x0 = min(d.0, canvas.dotWidth - 2), y0 = min(d.1, canvas.dotHeight - 2)
                for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
                    canvas.set(x: x0 + dx, y: y0 + dy, series: index, glyph: nil)
                }
            } else {
                canvas.set(x: d.0, y: d.1, series: index, glyph: glyph)
            }
        }
    }

    /// The legend (series glyphs and names, then notes about dropped values) wrapped to `width`;
    /// no lines when there is one unnamed series and nothing to note.
    static func legendLines(_ spec: PlotSpec, data: PlotData, colors: [PlotColor], color: Bool,
                            width: Int) -> [[TextCell]] {
        let named = spec.series.contains { !PlotData.sanitized($0.name).isEmpty }
        var items: [[TextCell]] = []
        if named || spec.series.count > 1 {
            for (k, s) in spec.series.enumerated() {
                let glyph: Character = color || k == 0 ? "⣿" : plainGlyph(s, index: k)
                items.append([TextCell(character: glyph, color: colors[k])] + TextCell.text(" " + PlotData.label(s, index: k)))
            }
        }
        items += data.notes.map { TextCell.text($0) }
        var lines: [[TextCell]] = []
        var current: [TextCell] = []
        for item in items {
            let item = item.count > width ? Array(item.prefix(width - 1)) + TextCell.text("…") : item
            if !current.isEmpty && current.count + 3 + item.count > width {
                lines.append(current)
                current = []
            }
            if !current.isEmpty { current += TextCell.spaces(3) }
            current += item
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
