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
}
