#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A console that never colours: writes text as is to stdout/stderr. Used for `--plain` (where
/// stdout must match what python prints) and when output goes to a pipe or file.
public final class PlainConsole: Console {
    private let stdout = FileDescriptorWriter.standardOutput
    private let stderr = FileDescriptorWriter.standardError

    /// The errno of the first write to stdout that failed (`> /dev/full`, a closed stdout): the
    /// program must not end as if its output had been written.
    public private(set) var failedWrite: Int32?

    public init() {}

    public func out(_ text: String, _ style: TextStyle) {
        // A stdout closed at start is python3's `sys.stdout = None`: prints vanish without an error.
        if let e = stdout.write(text), e != EBADF, failedWrite == nil { failedWrite = e }
    }

    public func err(_ text: String, _ style: TextStyle) { stderr.write(text) }

    public var width: Int { TerminalWidth.current(fd: 1) }

    /// Always false: no animations or colours.
    public var isTerminal: Bool { false }
}
