/// Decides whether a console may colour its output.
///
/// Colour is on only when the stream is a terminal, `NO_COLOR` is unset or empty (no-color.org),
/// `TERM` is not `dumb`, and colour was not switched off by a flag (`--no-color`).
public struct ColorPolicy: Sendable, Equatable {
    public var streamIsTTY: Bool
    public var noColorEnv: String?
    public var termEnv: String?
    public var disabledByFlag: Bool

    public init(streamIsTTY: Bool, noColorEnv: String?, termEnv: String?, disabledByFlag: Bool) {
        self.streamIsTTY = streamIsTTY
        self.noColorEnv = noColorEnv
        self.termEnv = termEnv
        self.disabledByFlag = disabledByFlag
    }

    /// The decision.
    public var usesColor: Bool {
        if disabledByFlag || !streamIsTTY { return false }
        if let noColor = noColorEnv, !noColor.isEmpty { return false }
        if termEnv == "dumb" { return false }
        return true
    }
}

/// The ANSI SGR escapes used for each `TextStyle`.
public enum AnsiStyle {
    /// The SGR parameters for `style`, or nil when the style is drawn as plain text.
    public static func sgr(_ style: TextStyle) -> String? {
        switch style {
        case .plain: return nil
        case .error: return "1;31"
        case .warning: return "33"
        case .name: return "36"
        case .value: return "35"
        case .dim: return "2"
        case .heading: return "1"
        case .good: return "32"
        case .prompt: return "1;34"
        }
    }

    /// `text` wrapped in the escapes for `style`, line by line (newlines stay outside the escapes,
    /// so a colour never bleeds into the next line or the prompt).
    public static func apply(_ style: TextStyle, to text: String) -> String {
        guard let code = sgr(style) else { return text }
        let open = "\u{1B}[" + code + "m"
        let close = "\u{1B}[0m"
        var result = ""
        var first = true
        for segment in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { result += "\n" }
            first = false
            if !segment.isEmpty { result += open + segment + close }
        }
        return result
    }
}
