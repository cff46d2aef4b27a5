/// An error raised by a tensor operation, with Python's exception kind and PyTorch's message text.
public struct TorchError: CodedError, Equatable, CustomStringConvertible, Sendable {
    /// The Python exception class the error surfaces as.
    public enum Kind: String, Sendable {
        case runtime = "RuntimeError"
        case index = "IndexError"
        case value = "ValueError"
        case type = "TypeError"
        case notImplemented = "NotImplementedError"
        /// `torch.linalg.LinAlgError` (a RuntimeError): a singular matrix where an inverse is needed.
        case linAlg = "torch._C._LinAlgError"
    }

    public let kind: Kind
    public let message: String
    /// What kind of mistake it reports, for explain mode; nil for errors nothing explains specially.
    public var code: ErrorCode?

    public init(_ kind: Kind, _ message: String, code: ErrorCode? = nil) {
        self.kind = kind
        self.message = message
        self.code = code
    }

    /// A RuntimeError, the kind most tensor errors are.
    public static func runtime(_ message: String, code: ErrorCode? = nil) -> TorchError { TorchError(.runtime, message, code: code) }

    public var description: String { "\(kind.rawValue): \(message)" }
}
