// The reductions over dims — sum mean nansum nanmean prod amax amin logsumexp std var any all — each declared
// once: its Python name and forms, how its signature takes `dim`, `keepdim`, `dtype` and `correction`
// (native_functions.yaml's overloads), and its forward. The `Tensor.f` method and the `torch.f` function derive from the
// declaration (Script's ReductionBindings); the math, backward and grad_fn stay with each op's kernel.

/// How a reduction's Python signature takes its arguments, as PyTorch declares its overloads.
public struct ReductionSignature: Sendable {
    /// How `dim` is taken.
    public enum Dim: Sendable {
        /// Two overloads, `f()` and `f(dim, keepdim=False)` (sum, mean, prod): `keepdim` exists only
        /// with a dim.
        case overloaded
        /// One signature `f(dim=None, keepdim=False)` (nansum, amax: `dim=()`): `keepdim` is read either way.
        case optional
        /// `f(dim, keepdim=False)` (logsumexp): the dim must be given.
        case required
        /// `f(dim=None, *, correction=1, keepdim=False)` with the older `unbiased` (std, var): a bool
        /// where the dim goes is `unbiased`, and `keepdim` may also come third positionally.
        case corrected
    }
    public let dim: Dim
    /// Whether `dim` is one int (prod) rather than an int or a sequence of ints.
    public let singleDim: Bool
    /// Whether the op takes `dtype=` (sum, mean, prod, nansum): the input is converted to it first, so the
    /// reduction computes in that dtype and records its own grad_fn, as PyTorch does.
    public let dtype: Bool

    init(_ dim: Dim, singleDim: Bool = false, dtype: Bool = false) {
        self.dim = dim
        self.singleDim = singleDim
        self.dtype = dtype
    }
}

/// The arguments a reduction's binding parsed.
public struct ReductionArguments: Sendable {
    /// The dims to reduce; nil when no dim was given.
    public var dims: [Int]?
    public var keepdim: Bool
    /// std / var: the divisor is N - correction.
    public var correction: Int
    public init(dims: [Int]?, keepdim: Bool, correction: Int = 1) {
        self.dims = dims
        self.keepdim = keepdim
        self.correction = correction
    }
}

/// One reduction over dims, declared once (the reduction counterpart of `BinaryOpDefinition`).
protocol ReductionOpDefinition: SendableMetatype {
    /// The op's Python name and the forms it is bound under.
    static var python: PythonBinding { get }
    /// How the Python signature takes `dim`, `keepdim` and `dtype`.
    static var signature: ReductionSignature { get }
    /// The forward: over `dims`, or with no dim given (nil) as the op defines it (every element).
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor
}

/// A reduction as the bindings see it, without its generic type.
public struct ReductionOpEntry: Sendable {
    public let python: PythonBinding
    public let signature: ReductionSignature
    /// The forward: `dims` nil when no dim was given.
    public let reduce: @Sendable (Tensor, ReductionArguments) throws -> Tensor

    init<D: ReductionOpDefinition>(_ d: D.Type) {
        python = D.python
        signature = D.signature
        reduce = { t, a in try D.reduce(t, a) }
    }
}

enum SumDef: ReductionOpDefinition {
    static let python = PythonBinding("sum", [.method, .function])
    static let signature = ReductionSignature(.overloaded, dtype: true)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        guard let dims = a.dims else { return t.sum() }
        return try t.sum(dims: dims, keepdim: a.keepdim)
    }
}

enum MeanDef: ReductionOpDefinition {
    static let python = PythonBinding("mean", [.method, .function])
    static let signature = ReductionSignature(.overloaded, dtype: true)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        guard let dims = a.dims else { return try t.mean() }
        return try t.mean(dims: dims, keepdim: a.keepdim)
    }
}

enum NansumDef: ReductionOpDefinition {
    static let python = PythonBinding("nansum", [.method, .function])
    static let signature = ReductionSignature(.optional, dtype: true)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.nansum(dims: a.dims, keepdim: a.keepdim)
    }
}

enum NanmeanDef: ReductionOpDefinition {
    static let python = PythonBinding("nanmean", [.method, .function])
    static let signature = ReductionSignature(.optional)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.nanmean(dims: a.dims, keepdim: a.keepdim)
    }
}

enum ProdDef: ReductionOpDefinition {
    static let python = PythonBinding("prod", [.method, .function])
    static let signature = ReductionSignature(.overloaded, singleDim: true, dtype: true)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        guard let d = a.dims?.first else { return t.prod() }
        return try t.prod(dim: d, keepdim: a.keepdim)
    }
}

enum AmaxDef: ReductionOpDefinition {
    static let python = PythonBinding("amax", [.method, .function])
    static let signature = ReductionSignature(.optional)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.amaxAmin(dims: a.dims ?? [], keepdim: a.keepdim, max: true)
    }
}

enum AminDef: ReductionOpDefinition {
    static let python = PythonBinding("amin", [.method, .function])
    static let signature = ReductionSignature(.optional)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.amaxAmin(dims: a.dims ?? [], keepdim: a.keepdim, max: false)
    }
}

enum LogsumexpDef: ReductionOpDefinition {
    static let python = PythonBinding("logsumexp", [.method, .function])
    static let signature = ReductionSignature(.required)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.logsumexp(dims: a.dims ?? [], keepdim: a.keepdim)
    }
}

enum StdDef: ReductionOpDefinition {
    static let python = PythonBinding("std", [.method, .function])
    static let signature = ReductionSignature(.corrected)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.standardDeviation(dims: a.dims, correction: a.correction, keepdim: a.keepdim)
    }
}

enum VarDef: ReductionOpDefinition {
    static let python = PythonBinding("var", [.method, .function])
    static let signature = ReductionSignature(.corrected)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.variance(dims: a.dims, correction: a.correction, keepdim: a.keepdim)
    }
}

enum AnyDef: ReductionOpDefinition {
    static let python = PythonBinding("any", [.method, .function])
    static let signature = ReductionSignature(.overloaded)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.anyAll(dims: a.dims, keepdim: a.keepdim, any: true)
    }
}

enum AllDef: ReductionOpDefinition {
    static let python = PythonBinding("all", [.method, .function])
    static let signature = ReductionSignature(.overloaded)
    static func reduce(_ t: Tensor, _ a: ReductionArguments) throws -> Tensor {
        try t.anyAll(dims: a.dims, keepdim: a.keepdim, any: false)
    }
}

extension Tensor {
    /// `any()` / `all()`: whether some (every) element is nonzero — NaN is — over every element (nil
    /// `dims`) or along `dims`; a bool tensor, as PyTorch's `any` / `all` return.
    func anyAll(dims: [Int]?, keepdim: Bool, any wantAny: Bool) throws -> Tensor {
        let truth = contiguousCopy().doubleValues().map { $0 != 0 }
        guard let dims else {
            let r = wantAny ? truth.contains(true) : !truth.contains(false)
            return Tensor(ints: [r ? 1 : 0], shape: [], dtype: .bool)
        }
        let reduced = try Set(dims.map { try Shape.wrapDim($0, rank: dim) })
        var outShape = [Int](), kept = [Int]()
        for (k, s) in shape.enumerated() {
            if reduced.contains(k) { if keepdim { outShape.append(1) } } else { outShape.append(s); kept.append(k) }
        }
        let keptSizes = kept.map { shape[$0] }
        var result = [Int64](repeating: wantAny ? 0 : 1, count: Shape.numel(keptSizes))
        Tensor.forEachCoordinate(shape) { flat, coord in
            var g = 0
            for (j, k) in kept.enumerated() { g = g * keptSizes[j] + coord[k] }
            if truth[flat] == wantAny { result[g] = wantAny ? 1 : 0 }
        }
        return Tensor(ints: result, shape: outShape, dtype: .bool)
    }
}

extension OpTable {
    /// The reductions over dims, each bound as `Tensor.f` and `torch.f` from its declaration.
    public static let reductions: [ReductionOpEntry] = [
        ReductionOpEntry(SumDef.self), ReductionOpEntry(MeanDef.self), ReductionOpEntry(NansumDef.self),
        ReductionOpEntry(NanmeanDef.self), ReductionOpEntry(ProdDef.self), ReductionOpEntry(AmaxDef.self),
        ReductionOpEntry(AminDef.self), ReductionOpEntry(LogsumexpDef.self), ReductionOpEntry(StdDef.self),
        ReductionOpEntry(VarDef.self), ReductionOpEntry(AnyDef.self), ReductionOpEntry(AllDef.self),
    ]
}
