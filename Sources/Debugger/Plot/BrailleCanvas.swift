/// A grid of terminal cells, each a 2×4 block of braille dots, that series draw dots into.
/// A cell may instead hold a marker glyph (plain-text mode's way to tell series apart).
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private(set) var masks: [UInt8]
    /// The index of the series that last drew in each cell, or -1.
    private(set) var owners: [Int]
    private(set) var glyphs: [Character?]

    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        let n = self.columns * self.rows
        masks = Array(repeating: 0, count: n)
        owners = Array(repeating: -1, count: n)
        glyphs = Array(repeating: nil, count: n)
    }

    /// Dot columns (2 per cell) and dot rows (4 per cell).
    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    /// The bit of dot (dx, dy) within its cell, by the Unicode braille numbering:
    /// dots 1-2-3-7 down the left column, 4-5-6-8 down the right.
    static func bit(dx: Int, dy: Int) -> UInt8 {
        let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
        let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
        return dx == 0 ? left[dy] : right[dy]
    }

    /// Sets dot (x, y) — x from the left, y from the top — for `series`; a `glyph` marks the whole
    /// cell instead. Dots outside the grid are ignored.
    mutating func set(x: Int, y: Int, series: Int, glyph: Character?) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let i = (y / 4) * columns + x / 2
        if let glyph {
            glyphs[i] = glyph
        } else {
            masks[i] |= BrailleCanvas.bit(dx: x % 2, dy: y % 4)
        }
        owners[i] = series
    }

    /// Draws the dots of a Bresenham line from (x0, y0) to (x1, y1), skipping those the dash
    /// pattern leaves out.
    mutating func line(from p0: (Int, Int), to p1: (Int, Int), dash: LineDash, series: Int, glyph: Character?) {
        var (x, y) = p0
        let (x1, y1) = p1
        let dx = abs(x1 - x), dy = -abs(y1 - y)
        let sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1
        var err = dx + dy
        var step = 0
        while true {
            if BrailleCanvas.dashOn(dash, step) { set(x: x, y: y, series: series, glyph: glyph) }
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
            step += 1
        }
    }

    /// Whether the `step`-th dot of a line is drawn: dashed 4 on / 2 off, dotted 1 on / 2 off,
    /// dash-dot 4 on, 2 off, 1 on, 2 off.
    static func dashOn(_ dash: LineDash, _ step: Int) -> Bool {
        switch dash {
        case .solid: return true
        case .dashed: return step % 6 < 4
        case .dotted: return step % 3 == 0
        case .dashDot:
            let k = step % 9
            return k < 4 || k == 6
        }
    }

    /// The character of cell (column, row): its glyph, its braille pattern, or a space.
    func character(column: Int, row: Int) -> Character {
        let i = row * columns + column
        if let g = glyphs[i] { return g }
        let m = masks[i]
        if m == 0 { return " " }
        return Character(Unicode.Scalar(0x2800 + UInt32(m)) ?? " ")
    }

    func owner(column: Int, row: Int) -> Int { owners[row * columns + column] }
}
