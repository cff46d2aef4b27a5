/// A saved debugger session: the learner's variables (tensors bit for bit, with requires_grad,
/// grads and the parameter flag), the recorded model statements as source text, the learning rate,
/// the chosen loss and the pinned names. Encoded as JSON by `SessionArchive`.
public struct SessionFile: Codable, Equatable, Sendable {
    /// The first key of every session file; `isSessionFile` looks for it.
    public static let magic = "gradstep-session"
    public static let currentVersion = 1

    public var format = SessionFile.magic
    public var version = SessionFile.currentVersion
    /// The learning rate as the hex bit pattern of its Double (exact).
    public var learningRate: String
    public var selectedLoss: String?
    public var pinned: [String]
    /// The recorded top-level assignments and `def`s, as Python source, in order.
    public var statements: [String]
    /// Every tensor reachable from a variable, once each (shared tensors stay shared).
    public var tensors: [TensorRecord]
    public var variables: [VariableRecord]
    /// Names whose values could not be saved (modules, builtins, objects), for the load message.
    public var skipped: [String]
    /// The loss history (`plot loss`): step numbers and losses as hex bit patterns of Doubles.
    /// Optional so that files written before it existed still load.
    public var lossSteps: [String]? = nil
    public var losses: [String]? = nil
}

/// One tensor: dtype, shape and elements (float32 as 8-digit hex bit patterns, ints in decimal).
public struct TensorRecord: Codable, Equatable, Sendable {
    public var dtype: String
    public var shape: [Int]
    public var values: [String]
    public var requiresGrad: Bool
    public var isParameter: Bool
    public var retainsGrad: Bool
    /// Index of the grad tensor in `SessionFile.tensors`.
    public var grad: Int?
    /// True when the tensor had a grad_fn (it is rebuilt by re-running the recorded model on load).
    public var hadGraph: Bool
}

/// A variable and its value.
public struct VariableRecord: Codable, Equatable, Sendable {
    public var name: String
    public var value: ValueRecord
}

/// A Python value a session file can hold.
public indirect enum ValueRecord: Codable, Equatable, Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    /// The Double's bit pattern in hex.
    case float(String)
    case string(String)
    case list([ValueRecord])
    case tuple([ValueRecord])
    case dict([[ValueRecord]])
    /// Index into `SessionFile.tensors`.
    case tensor(Int)
    /// A `def`: restored by re-running its recorded statement.
    case function(String)
}

/// Exact text forms of floating-point bit patterns.
enum BitText {
    static func float(_ x: Float) -> String { String(x.bitPattern, radix: 16) }
    static func double(_ x: Double) -> String { String(x.bitPattern, radix: 16) }

    static func float(_ s: String) throws -> Float {
        guard let bits = UInt32(s, radix: 16) else { throw SessionFileError("bad float32 bits '\(s)'") }
        return Float(bitPattern: bits)
    }

    static func double(_ s: String) throws -> Double {
        guard let bits = UInt64(s, radix: 16) else { throw SessionFileError("bad float64 bits '\(s)'") }
        return Double(bitPattern: bits)
    }
}

/// A session file that cannot be read or written.
public struct SessionFileError: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
