/// PyTorch's process-wide settings that change what programs compute and print: the default
/// floating dtype (`torch.set_default_dtype`) and the print options (`torch.set_printoptions`).
///
/// gradstep keeps one per interpreter (a session may run several): the interpreter binds its own
/// settings to `TorchSettings.current` while it runs, and ops read them from there. Outside any
/// binding the defaults apply (float32, PyTorch's default print options).
public final class TorchSettings: @unchecked Sendable {
    /// The dtype Python floats and float factories produce: float32 or float64.
    public var defaultDType: DType = .float32
    /// PyTorch's print options.
    public var printOptions = TensorPrintOptions()
    /// numpy's print options (`np.set_printoptions`).
    public var arrayPrintOptions = ArrayPrintOptions()
    /// Element arrays of big tensors that went away, for the next ones of the same size.
    public let floatPool = FloatBufferPool()

    public init() {}

    /// The settings of the running interpreter (nil outside one: the defaults).
    @TaskLocal public static var bound: TorchSettings?

    /// The default floating dtype in effect.
    public static var defaultDType: DType { bound?.defaultDType ?? .float32 }
    /// The print options in effect.
    public static var printOptions: TensorPrintOptions { bound?.printOptions ?? TensorPrintOptions() }
    /// numpy's print options in effect.
    public static var arrayPrintOptions: ArrayPrintOptions { bound?.arrayPrintOptions ?? ArrayPrintOptions() }

    /// Runs `body` with these settings in effect (re-entrant: an inner binding of the same object is a no-op).
    public func withBound<R>(_ body: () throws -> R) rethrows -> R {
        if TorchSettings.bound === self { return try body() }
        return try TorchSettings.$bound.withValue(self) { try body() }
    }
}
