// The scans along one dim — cumsum cumprod logcumsumexp cummax cummin — each declared once: its Python
// name and forms, whether `dtype=` casts its result, and its forward (values, and for cummax / cummin the
// indices PyTorch returns beside them). `Tensor.f` and `torch.f` derive from the declaration (Script's
// ReductionBindings); the math, backward and grad_fn stay with each op's kernel.

/// One scan along a dim, declared once (the counterpart of `ReductionOpDefinition`).
protocol ScanOpDefinition: SendableMetatype {
    /// The op's Python name and the forms it is bound under.
    static var python: PythonBinding { get }
    /// Whether `dtype=` casts the result (cumprod).
    static var takesDType: Bool { get }
    /// The forward along `dim`: the values, and the indices of cummax / cummin (nil for the others).
    static func scan(_ t: Tensor, dim: Int) throws -> (values: Tensor, indices: Tensor?)
}

extension ScanOpDefinition {
    static var takesDType: Bool { false }
}

/// A scan as the bindings see it, without its generic type.
public struct ScanOpEntry: Sendable {
    public let python: PythonBinding
    /// Whether `dtype=` casts the result.
    public let takesDType: Bool
    /// The forward along a dim: values, and indices where the op returns `(values, indices)`.
    public let scan: @Sendable (Tensor, Int) throws -> (values: Tensor, indices: Tensor?)

    init<D: ScanOpDefinition>(_ d: D.Type) {
        python = D.python
        takesDType = D.takesDType
        scan = { t, dim in try D.scan(t, dim: dim) }
    }
}

enum CumsumDef: ScanOpDefinition {
    static let python = PythonBinding("cumsum", [.method, .function])
    static func scan(_ t: Tensor, dim: Int) throws -> (values: Tensor, indices: Tensor?) { (try t.cumsum(dim), nil) }
}

enum CumprodDef: ScanOpDefinition {
    static let python = PythonBinding("cumprod", [.method, .function])
    static let takesDType = true
    static func scan(_ t: Tensor, dim: Int) throws -> (values: Tensor, indices: Tensor?) { (try t.cumprod(dim), nil) }
}

enum LogcumsumexpDef: ScanOpDefinition {
    static let python = PythonBinding("logcumsumexp", [.method, .function])
    static func scan(_ t: Tensor, dim: Int) throws -> (values: Tensor, indices: Tensor?) { (try t.logcumsumexp(dim), nil) }
}

enum CummaxDef: ScanOpDefinition {
    static let python = PythonBinding("cummax", [.method, .function])
    static func scan(_ t: Tensor, dim: Int) throws -> (values: Tensor, indices: Tensor?) {
        let r = try t.cumulativeExtreme(dim: dim, max: true)
        return (r.values, r.indices)
    }
}

enum CumminDef: ScanOpDefinition {
    static let python = PythonBinding("cummin", [.method, .function])
    static func scan(_ t: Tensor, dim: Int) throws -> (values: Tensor, indices: Tensor?) {
        let r = try t.cumulativeExtreme(dim: dim, max: false)
        return (r.values, r.indices)
    }
}

extension OpTable {
    /// The scans along a dim, each bound as `Tensor.f` and `torch.f` from its declaration.
    public static let scans: [ScanOpEntry] = [
        ScanOpEntry(CumsumDef.self), ScanOpEntry(CumprodDef.self), ScanOpEntry(LogcumsumexpDef.self),
        ScanOpEntry(CummaxDef.self), ScanOpEntry(CumminDef.self),
    ]
}
