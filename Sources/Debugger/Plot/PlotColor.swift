/// An RGB colour for a plot series, with the name it was given and its nearest xterm-256 colour.
public struct PlotColor: Sendable, Equatable, Hashable {
    /// The name the colour was asked for by (`"red"`, `"C1"`, `"#ff0000"`), lower-cased.
    public var name: String
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(name: String, red: UInt8, green: UInt8, blue: UInt8) {
        self.name = name
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`, for SVG.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var s = "#"
        for v in [red, green, blue] {
            s.append(digits[Int(v >> 4)])
            s.append(digits[Int(v & 15)])
        }
        return s
    }

    /// The nearest colour of the xterm 256-colour palette (6×6×6 cube or grey ramp).
    public var ansi256: Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ v: Int) -> Int {
            var best = 0
            for i in 1..<levels.count where abs(levels[i] - v) < abs(levels[best] - v) { best = i }
            return best
        }
        let r = Int(red), g = Int(green), b = Int(blue)
        let (ri, gi, bi) = (nearestLevel(r), nearestLevel(g), nearestLevel(b))
        func dist(_ a: (Int, Int, Int)) -> Int {
            (a.0 - r) * (a.0 - r) + (a.1 - g) * (a.1 - g) + (a.2 - b) * (a.2 - b)
        }
        var bestIndex = 16 + 36 * ri + 6 * gi + bi
        var bestDist = dist((levels[ri], levels[gi], levels[bi]))
        for k in 0..<24 {
            let v = 8 + 10 * k
            let d = dist((v, v, v))
            if d < bestDist { bestDist = d; bestIndex = 232 + k }
        }
        return bestIndex
    }

    /// The SGR sequence that sets this colour as the foreground.
    public var ansiForeground: String { "\u{1B}[38;5;\(ansi256)m" }

    /// matplotlib's default colour cycle (tab10): C0 blue, C1 orange, C2 green, C3 red, …
    public static let palette: [PlotColor] = [
        ("C0", 0x1f, 0x77, 0xb4), ("C1", 0xff, 0x7f, 0x0e), ("C2", 0x2c, 0xa0, 0x2c),
        ("C3", 0xd6, 0x27, 0x28), ("C4", 0x94, 0x67, 0xbd), ("C5", 0x8c, 0x56, 0x4b),
        ("C6", 0xe3, 0x77, 0xc2), ("C7", 0x7f, 0x7f, 0x7f), ("C8", 0xbc, 0xbd, 0x22),
        ("C9", 0x17, 0xbe, 0xcf),
    ].map { PlotColor(name: $0.0, red: UInt8($0.1), green: UInt8($0.2), blue: UInt8($0.3)) }

    /// The `index`-th colour of the cycle (wraps around; negative indices count as 0).
    public static func cycle(_ index: Int) -> PlotColor {
        palette[max(0, index) % palette.count]
    }

    /// A colour by matplotlib name: single letters (`r`, `b`, …), CSS names (`red`, `orange`, …),
    /// `tab:blue`, `C0`…`C9`, `#rrggbb`, `#rgb`, or a grey level string such as `"0.5"`. Nil if unknown.
    public static func named(_ raw: String) -> PlotColor? {
        let name = raw.lowercased()
        if name.count == 2, name.first == "c", let last = name.last, last.isASCII, let d = last.wholeNumberValue, d < palette.count {
            var c = palette[d]
            c.name = name
            return c
        }
        if name.hasPrefix("tab:"), let i = tabNames.firstIndex(of: String(name.dropFirst(4))) {
            var c = palette[i]
            c.name = name
            return c
        }
        if name.hasPrefix("#") { return hexColor(name) }
        if let rgb = namedRGB[name] {
            return PlotColor(name: name, red: UInt8(rgb >> 16), green: UInt8((rgb >> 8) & 0xff), blue: UInt8(rgb & 0xff))
        }
        if let grey = Double(name), grey >= 0, grey <= 1, name.first?.isNumber == true || name.first == "." {
            let v = UInt8((grey * 255).rounded())
            return PlotColor(name: name, red: v, green: v, blue: v)
        }
        return nil
    }

    private static func hexColor(_ name: String) -> PlotColor? {
        let digits = Array(name.dropFirst())
        guard digits.allSatisfy({ $0.isHexDigit }) else { return nil }
        var values: [UInt8] = []
        switch digits.count {
        case 6, 8:
            for i in stride(from: 0, to: 6, by: 2) {
                guard let v = UInt8(String(digits[i...i + 1]), radix: 16) else { return nil }
                values.append(v)
            }
        case 3, 4:
            for i in 0..<3 {
                guard let v = UInt8(String(digits[i]), radix: 16) else { return nil }
                values.append(v &* 17)
            }
        default:
            return nil
        }
        return PlotColor(name: name, red: values[0], green: values[1], blue: values[2])
    }

    private static let tabNames = ["blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"]

    /// matplotlib's base colours (single letters) and the CSS4 names learners use most.
    private static let namedRGB: [String: Int] = [
        "b": 0x0000ff, "g": 0x008000, "r": 0xff0000, "c": 0x00bfbf, "m": 0xbf00bf,
        "y": 0xbfbf00, "k": 0x000000, "w": 0xffffff,
        "red": 0xff0000, "orange": 0xffa500, "green": 0x008000, "blue": 0x0000ff,
        "black": 0x000000, "white": 0xffffff, "gray": 0x808080, "grey": 0x808080,
        "purple": 0x800080, "brown": 0xa52a2a, "pink": 0xffc0cb, "olive": 0x808000,
        "cyan": 0x00ffff, "magenta": 0xff00ff, "yellow": 0xffff00, "navy": 0x000080,
        "teal": 0x008080, "gold": 0xffd700, "darkorange": 0xff8c00, "lime": 0x00ff00,
        "maroon": 0x800000, "darkgreen": 0x006400, "darkblue": 0x00008b, "darkred": 0x8b0000,
        "lightblue": 0xadd8e6, "skyblue": 0x87ceeb, "salmon": 0xfa8072, "violet": 0xee82ee,
        "indigo": 0x4b0082, "crimson": 0xdc143c, "coral": 0xff7f50, "tomato": 0xff6347,
        "turquoise": 0x40e0d0, "silver": 0xc0c0c0, "lightgray": 0xd3d3d3, "lightgrey": 0xd3d3d3,
        "darkgray": 0xa9a9a9, "darkgrey": 0xa9a9a9, "steelblue": 0x4682b4, "royalblue": 0x4169e1,
        "limegreen": 0x32cd32, "forestgreen": 0x228b22, "orangered": 0xff4500, "firebrick": 0xb22222,
        "aqua": 0x00ffff, "fuchsia": 0xff00ff, "chocolate": 0xd2691e, "tan": 0xd2b48c,
    ]
}
