/// The elements of a tensor in row-major order, in the tensor's own element type.
public enum TensorValues: Equatable, Sendable {
    case float([Float])
    case double([Double])
    case int([Int64])
    case bool([Bool])

    /// The number of elements.
    public var count: Int {
        switch self {
        case .float(let values): return values.count
        case .double(let values): return values.count
        case .int(let values): return values.count
        case .bool(let values): return values.count
        }
    }

    /// The PyTorch dtype these elements have (int64 for integers: the formatter's caller names int32).
    public var dtype: DType {
        switch self {
        case .float: return .float32
        case .double: return .float64
        case .int: return .int64
        case .bool: return .bool
        }
    }
}

/// PyTorch's print options (`torch.set_printoptions`); the defaults are PyTorch's defaults.
public struct TensorPrintOptions: Equatable, Sendable {
    /// Digits after the decimal point (`precision`, default 4).
    public var precision: Int
    /// Element count above which the output is summarized with `...` (default 1000).
    public var threshold: Int
    /// Items kept at each end of a summarized dimension (default 3).
    public var edgeItems: Int
    /// Characters per line for wrapping (default 80).
    public var lineWidth: Int
    /// Forces (true) or forbids (false) scientific notation; nil lets PyTorch decide.
    public var sciMode: Bool?

    public init(precision: Int = 4, threshold: Int = 1000, edgeItems: Int = 3, lineWidth: Int = 80, sciMode: Bool? = nil) {
        self.precision = precision
        self.threshold = threshold
        self.edgeItems = edgeItems
        self.lineWidth = lineWidth
        self.sciMode = sciMode
    }
}
