/// The console for an interactive terminal: writes to stdout/stderr, colours text per `TextStyle`
/// when its `ColorPolicy` allows, and reports the live terminal width.
public final class TerminalConsole: Console {
    private let stdout = FileDescriptorWriter.standardOutput
    private let stderr = FileDescriptorWriter.standardError
    /// Whether standard output gets ANSI colours.
    public let colorsOut: Bool
    /// Whether standard error gets ANSI colours.
    public let colorsErr: Bool

    /// Decides colours from the streams, `NO_COLOR`, `TERM` and the `--no-color` flag.
    public init(colorDisabledByFlag: Bool) {
        let noColor = Environment.get("NO_COLOR")
        let term = Environment.get("TERM")
        colorsOut = ColorPolicy(streamIsTTY: FileDescriptorWriter.standardOutput.isTTY, noColorEnv: noColor,
                                termEnv: term, disabledByFlag: colorDisabledByFlag).usesColor
        colorsErr = ColorPolicy(streamIsTTY: FileDescriptorWriter.standardError.isTTY, noColorEnv: noColor,
                                termEnv: term, disabledByFlag: colorDisabledByFlag).usesColor
    }

    public func out(_ text: String, _ style: TextStyle) {
        stdout.write(colorsOut ? AnsiStyle.apply(style, to: text) : text)
    }

    public func err(_ text: String, _ style: TextStyle) {
        stderr.write(colorsErr ? AnsiStyle.apply(style, to: text) : text)
    }

    public var width: Int { TerminalWidth.current(fd: 1) }

    public var isTerminal: Bool { stdout.isTTY }
}
