/// A `LineReader` for input that is not a terminal (a pipe or a file): reads with Swift's
/// `readLine()`, shows no prompt, writes no escapes, keeps no history.
public final class StdinLineReader: LineReader {
    public init() {}

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .eof }
        return .line(line)
    }

    public func addHistory(_ line: String) {}
}
