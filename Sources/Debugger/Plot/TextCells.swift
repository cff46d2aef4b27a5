/// One terminal column of a rendered line: a character and the colour it is drawn in, if any.
struct TextCell {
    var character: Character
    var color: PlotColor?

    static let blank = TextCell(character: " ", color: nil)

    /// The cells of plain text.
    static func text(_ s: String, color: PlotColor? = nil) -> [TextCell] {
        s.map { TextCell(character: $0, color: color) }
    }

    /// `count` blanks.
    static func spaces(_ count: Int) -> [TextCell] {
        Array(repeating: blank, count: max(0, count))
    }

    /// A line of cells as a string: runs of one colour wrapped in SGR codes when `color` is true.
    static func serialize(_ cells: [TextCell], color: Bool) -> String {
        var out = ""
        var current: PlotColor?
        for cell in cells {
            let wanted = color && cell.character != " " ? cell.color : nil
            if wanted != current {
                if current != nil { out += "\u{1B}[0m" }
                if let wanted { out += wanted.ansiForeground }
                current = wanted
            }
            out.append(cell.character)
        }
        if current != nil { out += "\u{1B}[0m" }
        return out
    }

    /// `text` fitted into `width` columns: cut with `…` when too long.
    static func fitted(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if text.count <= width { return text }
        return String(text.prefix(max(0, width - 1))) + "…"
    }

    /// Writes `text` into `line` starting at `column`, clipping at the line's end.
    static func put(_ text: [TextCell], into line: inout [TextCell], at column: Int) {
        for (k, cell) in text.enumerated() {
            let c = column + k
            if c >= 0 && c < line.count { line[c] = cell }
        }
    }
}
