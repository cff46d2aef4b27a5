/// An error raised by a tensor operation, with Python's exception kind and PyTorch's message text.
public struct TorchError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The Python exception class the error surfaces as.
    public enum Kind: String, Sendable {
        case runtime = "RuntimeError"
        case index = "IndexError"
        case value = "ValueError"
        case type = "TypeError"
        case notImplemented = "NotImplementedError"
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A RuntimeError, the kind most tensor errors are.
    public static func runtime(_ message: String) -> TorchError { TorchError(.runtime, message) }

    public var description: String { "\(kind.rawValue): \(message)" }
}
