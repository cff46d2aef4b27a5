/// A console that never colours: writes text as is to stdout/stderr. Used for `--plain` (where
/// stdout must match what python prints) and when output goes to a pipe or file.
public final class PlainConsole: Console {
    private let stdout = FileDescriptorWriter.standardOutput
    private let stderr = FileDescriptorWriter.standardError

    public init() {}

    public func out(_ text: String, _ style: TextStyle) { stdout.write(text) }

    public func err(_ text: String, _ style: TextStyle) { stderr.write(text) }

    public var width: Int { TerminalWidth.current(fd: 1) }

    /// Always false: no animations or colours.
    public var isTerminal: Bool { false }
}
