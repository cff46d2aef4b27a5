/// A console that captures what is written, for tests. Never colours.
public final class BufferConsole: Console {
    /// One write, with its stream and style.
    public struct Write: Sendable, Equatable {
        public enum Stream: Sendable, Equatable { case out, err }
        public var stream: Stream
        public var text: String
        public var style: TextStyle
    }

    /// Everything written to standard output, concatenated.
    public private(set) var outText = ""
    /// Everything written to standard error, concatenated.
    public private(set) var errText = ""
    /// Every write, in order.
    public private(set) var writes: [Write] = []
    public var width: Int
    public var isTerminal: Bool

    public init(width: Int = 80, isTerminal: Bool = false) {
        self.width = width
        self.isTerminal = isTerminal
    }

    public func out(_ text: String, _ style: TextStyle) {
        outText += text
        writes.append(Write(stream: .out, text: text, style: style))
    }

    public func err(_ text: String, _ style: TextStyle) {
        errText += text
        writes.append(Write(stream: .err, text: text, style: style))
    }
}
