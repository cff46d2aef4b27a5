/// An error raised by Python's `format()`, carrying the Python exception type and message.
public enum PythonFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ValueError: message`.
    case valueError(String)

    /// The Python exception class name.
    public var pythonType: String {
        switch self {
        case .valueError: return "ValueError"
        }
    }

    /// The message Python prints after the type.
    public var message: String {
        switch self {
        case .valueError(let message): return message
        }
    }

    /// `ValueError: message`, as the last line of a Python traceback.
    public var description: String { "\(pythonType): \(message)" }
}

/// A value Python's `format(value, spec)` can be applied to.
public enum FormatValue: Equatable, Sendable {
    case float(Double)
    case int(Int)
    case string(String)
    case bool(Bool)
}
