/// numpy's print options (`np.set_printoptions`), kept beside PyTorch's in `TorchSettings` because
/// they are process-wide in the same way: one set per interpreter.
public struct ArrayPrintOptions: Sendable, Equatable {
    public var precision = 8
    public var threshold = 1000
    public var edgeItems = 3
    public var lineWidth = 75
    public var suppress = false
    /// `'-'`, `'+'` or `' '`.
    public var sign: Character = "-"
    /// `maxprec` (numpy's default), `fixed`, `unique` or `maxprec_equal`.
    public var floatMode = "maxprec"
    /// numpy's `legacy` as a number (`Int.max` when off, 113 for '1.13', …).
    public var legacy = Int.max
    public init() {}
}
