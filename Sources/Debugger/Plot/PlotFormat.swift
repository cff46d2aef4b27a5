import Foundation

/// A line's dash pattern, as matplotlib's line styles `-`, `--`, `-.` and `:`.
public enum LineDash: Sendable, Equatable {
    case solid, dashed, dashDot, dotted
}

/// A plotting error with matplotlib's wording (e.g. a bad format string).
public struct PlotError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The style a matplotlib format string asks for.
public struct PlotFormat: Sendable, Equatable {
    public var kind: PlotSeries.Kind
    public var dash: LineDash
    public var marker: Character?
    public var color: PlotColor?

    public init(kind: PlotSeries.Kind, dash: LineDash = .solid, marker: Character? = nil, color: PlotColor? = nil) {
        self.kind = kind
        self.dash = dash
        self.marker = marker
        self.color = color
    }
}

extension PlotSeries {
    /// matplotlib's marker characters.
    static let markerCharacters: Set<Character> = [
        ".", ",", "o", "v", "^", "<", ">", "1", "2", "3", "4", "8", "s", "p", "P", "*",
        "h", "H", "+", "x", "X", "D", "d", "|", "_",
    ]

    /// Parses a matplotlib format string (`[marker][line][color]` in any order), following
    /// `matplotlib.axes._base._process_plot_format`: a whole colour name (`"red"`, `"C2"`) is a
    /// solid line of that colour; a marker without a line style is a scatter; no marker and no
    /// line style is a solid line. Throws matplotlib's `ValueError` messages for bad strings.
    public static func parseFormat(_ fmt: String) throws(PlotError) -> PlotFormat {
        // Is fmt just a colour? (but a bare digit like "1" is the tri_down marker, not grey 1.0)
        if let color = PlotColor.named(fmt), Int(fmt) == nil {
            return PlotFormat(kind: .line, color: color)
        }
        var rest = fmt
        var dash: LineDash?
        var noLine = false
        if rest.contains("--") { dash = .dashed; rest = rest.replacingOccurrences(of: "--", with: "") }
        if rest.contains("-.") { dash = .dashDot; rest = rest.replacingOccurrences(of: "-.", with: "") }
        if rest.contains(" ") { noLine = true; rest = rest.replacingOccurrences(of: " ", with: "") }
        var marker: Character?
        var color: PlotColor?
        let chars = Array(rest)
        let quoted = pythonRepr(fmt)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "-" || c == ":" {
                if dash != nil || noLine {
                    throw PlotError("Illegal format string \(quoted); two linestyle symbols")
                }
                dash = c == "-" ? .solid : .dotted
            } else if markerCharacters.contains(c) {
                if marker != nil { throw PlotError("Illegal format string \(quoted); two marker symbols") }
                marker = c
            } else if "bgrcmykw".contains(c) {
                if color != nil { throw PlotError("Illegal format string \(quoted); two color symbols") }
                color = PlotColor.named(String(c))
            } else if c == "C", i + 1 < chars.count {
                guard let d = chars[i + 1].wholeNumberValue, chars[i + 1].isASCII else {
                    throw PlotError("invalid literal for int() with base 10: \(pythonRepr(String(chars[i + 1])))")
                }
                if color != nil { throw PlotError("Illegal format string \(quoted); two color symbols") }
                color = PlotColor.named("C\(d)")
                i += 1
            } else {
                throw PlotError("Unrecognized character \(c) in format string \(quoted)")
            }
            i += 1
        }
        let kind: PlotSeries.Kind
        switch (dash, marker) {
        case (nil, nil): kind = noLine ? .scatter : .line
        case (nil, _): kind = .scatter
        case (_, nil): kind = .line
        default: kind = .lineAndMarkers
        }
        return PlotFormat(kind: kind, dash: dash ?? .solid, marker: marker, color: color)
    }

    /// Python's `repr` of a simple string: single quotes unless it holds one.
    static func pythonRepr(_ s: String) -> String {
        if s.contains("'") && !s.contains("\"") { return "\"\(s)\"" }
        return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
