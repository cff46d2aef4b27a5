/// The element types gradstep's tensors can hold, as in PyTorch.
///
/// Float32 elements live in `Storage.floats`, float64 in `Storage.doubles`, and the integer types and
/// bool in `Storage.ints` (int32 values are kept in range by the ops that make them; bool as 0/1).
public enum DType: String, Sendable, Equatable, CaseIterable {
    case float32 = "torch.float32"
    case float64 = "torch.float64"
    case int64 = "torch.int64"
    case int32 = "torch.int32"
    case bool = "torch.bool"

    /// Whether values of this type are floating point.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }
    /// Whether the elements are stored in `Storage.ints` (the integer types and bool).
    public var isIntegral: Bool { !isFloatingPoint }

    /// PyTorch's promotion category: bool < integer < floating.
    public var category: Int {
        switch self {
        case .bool: return 0
        case .int32, .int64: return 1
        case .float32, .float64: return 2
        }
    }

    /// Position in the promotion lattice of these five types (a chain: bool < int32 < int64 < float32 < float64).
    var rank: Int {
        switch self {
        case .bool: return 0
        case .int32: return 1
        case .int64: return 2
        case .float32: return 3
        case .float64: return 4
        }
    }

    /// `torch.promote_types(a, b)`.
    public static func promote(_ a: DType, _ b: DType) -> DType { a.rank >= b.rank ? a : b }

    /// `torch.can_cast(from, to)`: no cast to a lower category (float → int, int → bool).
    public static func canCast(from: DType, to: DType) -> Bool { from.category <= to.category }

    /// The C++ scalar type name PyTorch's messages use: `Float`, `Double`, `Long`, `Int`, `Bool`.
    public var scalarTypeName: String {
        switch self {
        case .float32: return "Float"
        case .float64: return "Double"
        case .int64: return "Long"
        case .int32: return "Int"
        case .bool: return "Bool"
        }
    }

    /// The legacy tensor type name (`x.type()`): `torch.FloatTensor`, `torch.DoubleTensor`, …
    public var tensorTypeName: String { "torch.\(scalarTypeName)Tensor" }

    /// The C type name some messages use (`float`, `double`, `long int`, `int`, `bool`).
    public var cTypeName: String {
        switch self {
        case .float32: return "float"
        case .float64: return "double"
        case .int64: return "long int"
        case .int32: return "int"
        case .bool: return "bool"
        }
    }

    /// The dtype's attribute name (`float32`, `float64`, …).
    public var shortName: String { String(rawValue.dropFirst("torch.".count)) }
}
