/// The element types gradstep's tensors can hold, as in PyTorch.
public enum DType: String, Sendable, Equatable {
    case float32 = "torch.float32"
    case int64 = "torch.int64"
    case bool = "torch.bool"

    /// Whether values of this type are floating point.
    public var isFloatingPoint: Bool { self == .float32 }
}
