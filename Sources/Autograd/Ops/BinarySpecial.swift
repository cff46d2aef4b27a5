import Foundation

// Elementwise functions of two tensors with a derivative: atan2 hypot logaddexp logaddexp2 xlogy copysign fmax
// fmin, each declared once. The eager forward (with broadcasting and PyTorch's dtype rules), the backward
// (`binaryGradients`), the loop kernel and the `torch.f` / `Tensor.f` / `Tensor.f_` bindings derive from
// the declaration. Gradient formulas are derivatives.yaml's, each tensor op rounded in its order.

/// One elementwise binary op, declared once (the binary counterpart of `UnaryOpDefinition`).
protocol BinaryOpDefinition: BinaryOpMath {
    /// PyTorch's grad_fn class name, e.g. `Atan2Backward0`.
    static var gradFn: String { get }
    /// The grad_fn of the overload taking a Python number as `other` (`xlogy(t, 3)`: XlogyBackward2);
    /// nil: `other` must be a tensor (PyTorch's TypeError otherwise).
    static var numberOtherGradFn: String? { get }
    /// The grad_fn of the overload taking a Python number as `self` (`xlogy(2, t)`: XlogyBackward1).
    static var numberSelfGradFn: String? { get }
    /// How the graph view writes the op, with `a`, `b` for the inputs: `atan2(a, b)`.
    static var symbol: String { get }
    /// One sentence a learner can read: what the op computes.
    static var explanation: String { get }
    /// The local derivative for each input, in symbols.
    static var derivativeSymbols: [String] { get }
    /// What kind of op this is (no default).
    static var kind: OpKind { get }
    /// The op's Python name and the forms it is bound under.
    static var python: PythonBinding { get }
    /// The kernel name of PyTorch's error for integer inputs (`hypot_cpu`); nil: integers give the
    /// default floating dtype.
    static var integerKernel: String? { get }
    /// Where gradcheck samples both inputs.
    static var gradcheckDomain: ClosedRange<Double> { get }
    /// Whether integer inputs give an integer result through `int` (fmax), rather than the default
    /// floating dtype.
    static var keepsIntegers: Bool { get }
    /// Whether PyTorch's float32 vector loop rounds differently from its scalar tail (then `fVector`).
    static var hasVectorPath: Bool { get }
    /// The derivatives as recorded tensor ops, from the upstream gradient and the two inputs, over the
    /// broadcast shape (derivatives.yaml's formulas), run by create_graph; nil: not supported.
    static var graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? { get }
    /// The vector loop's value for one float32 element pair.
    static func fVector(_ a: Float, _ b: Float) -> Float
}

extension BinaryOpDefinition {
    static var numberOtherGradFn: String? { nil }
    static var numberSelfGradFn: String? { nil }
    static var integerKernel: String? { nil }
    static var gradcheckDomain: ClosedRange<Double> { -2...2 }
    static var keepsIntegers: Bool { false }
    static var hasVectorPath: Bool { false }
    static var graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? { nil }
    static func fVector(_ a: Float, _ b: Float) -> Float { f(a, b) }
}

extension BinaryOpDefinition where Self: FloatingResultOp {
    // Computes in floating point: the integer form is never reached.
    static func int(_ a: Int64, _ b: Int64) -> Int64 { a }
}

/// A binary definition whose integer inputs compute in the default floating dtype.
protocol FloatingResultOp {}

extension Op {
    /// The op a binary definition declares: both inputs saved, its `da` / `db` as backward.
    convenience init<D: BinaryOpDefinition>(binary d: D.Type, name: String? = nil) {
        let differentiable = D.graphDerivative.map { f in
            { @Sendable (c: BackwardContext) throws -> [Tensor?] in
                let (da, db) = try f(c.grad, c.live(0), c.live(1))
                return [try da.reduced(to: c, 0), try db.reduced(to: c, 1)]
            }
        }
        self.init(name ?? D.gradFn, symbol: D.symbol, explanation: D.explanation, derivatives: D.derivativeSymbols,
                  kind: D.kind, savesTensors: true, plan: D.hasVectorPath ? nil : .binary(D.self), differentiable: differentiable) { c in
            try c.binaryGradients(D.self, a: c.saved[0], b: c.saved[1])
        }
    }
}

/// An elementwise binary op as the bindings and tables see it, without its generic type.
public struct BinaryOpEntry: Sendable {
    public let op: Op
    public let python: PythonBinding
    /// Whether a Python number may stand for `self` / for `other` (else PyTorch's TypeError).
    public let acceptsNumberSelf: Bool, acceptsNumberOther: Bool
    /// Where gradcheck samples this op's inputs.
    public let gradcheckDomain: ClosedRange<Double>
    /// The eager forward: dtype checks, broadcasting, the value, and the node.
    public let apply: @Sendable (Tensor, Tensor) throws -> Tensor

    init<D: BinaryOpDefinition>(_ d: D.Type) {
        let op = Op(binary: D.self)
        let numberSelf = D.numberSelfGradFn.map { Op(binary: D.self, name: $0) }
        let numberOther = D.numberOtherGradFn.map { Op(binary: D.self, name: $0) }
        self.op = op
        self.python = D.python
        self.acceptsNumberSelf = numberSelf != nil
        self.acceptsNumberOther = numberOther != nil
        self.gradcheckDomain = D.gradcheckDomain
        self.apply = { a, b in
            let recorded = a.isWrappedNumber ? (numberSelf ?? op) : (b.isWrappedNumber ? (numberOther ?? op) : op)
            return try a.applyBinary(D.self, b, recorded)
        }
    }
}

extension Tensor {
    /// The eager forward of a binary definition: integer inputs fail or compute in the default dtype.
    func applyBinary<D: BinaryOpDefinition>(_ d: D.Type, _ other: Tensor, _ op: Op) throws -> Tensor {
        let promoted = Kernels.promote(self, other)
        if let kernel = D.integerKernel, promoted.isIntegral {
            throw TorchError(.notImplemented, "\"\(kernel)\" not implemented for '\(promoted.scalarTypeName)'")
        }
        let rt = D.keepsIntegers ? promoted : Kernels.floatingResult(self, other)
        let out = D.hasVectorPath && rt == .float32
            ? try Kernels.binaryVectorized(self, other, vector: D.fVector, scalar: D.f, double: D.f)
            : try Kernels.binary(self, other, resultType: rt, float: D.f, double: D.f, int: D.int)
        return record(op, out, inputs: [self, other], saving: [self, other])
    }
}

enum Atan2Def: BinaryOpDefinition, FloatingResultOp {
    static let gradFn = "Atan2Backward0", symbol = "atan2(a, b)", kind = OpKind.elementwise
    static let explanation = "takes the angle of the point (b, a) at every element: the arctangent of a/b in the right quadrant"
    static let derivativeSymbols = ["b/(a² + b²)", "-a/(a² + b²)"]
    static let python = PythonBinding("atan2", aliases: ["arctan2"])
    static let graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? = { g, a, b in
        let recip = try a.mul(a).add(b.mul(b)).reciprocal()
        return (try g.mul(b).mul(recip), try g.mul(a.neg()).mul(recip))
    }
    // The vector loop is SLEEF's atan2f (u1), the scalar tail glibc's atan2f.
    static let hasVectorPath = true
    @inline(__always) static func fVector(_ a: Float, _ b: Float) -> Float { SleefFloat.atan2(a, b) }
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { Foundation.atan2(a, b) }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { Foundation.atan2(a, b) }
    // atan2_backward: recip = (self * self + other * other).reciprocal(); grad * other * recip, grad * -self * recip.
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { (g * b) * (1 / (a * a + b * b)) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { (g * -a) * (1 / (a * a + b * b)) }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { (g * b) * (1 / (a * a + b * b)) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { (g * -a) * (1 / (a * a + b * b)) }
}

enum HypotDef: BinaryOpDefinition, FloatingResultOp {
    static let gradFn = "HypotBackward0", symbol = "hypot(a, b)", kind = OpKind.elementwise
    static let explanation = "takes sqrt(a² + b²) at every element without overflow"
    static let derivativeSymbols = ["a/hypot(a, b)", "b/hypot(a, b)"]
    static let python = PythonBinding("hypot")
    static let graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? = { g, a, b in
        let r = try OpTable.binary(named: "hypot", a, b)
        return (try g.mul(a).div(r), try g.mul(b).div(r))
    }
    static let integerKernel: String? = "hypot_cpu"
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { Foundation.hypot(a, b) }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { Foundation.hypot(a, b) }
    // grad * self / result, grad * other / result.
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { (g * a) / Foundation.hypot(a, b) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { (g * b) / Foundation.hypot(a, b) }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { (g * a) / Foundation.hypot(a, b) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { (g * b) / Foundation.hypot(a, b) }
}

enum LogaddexpDef: BinaryOpDefinition, FloatingResultOp {
    static let gradFn = "LogaddexpBackward0", symbol = "logaddexp(a, b)", kind = OpKind.elementwise
    static let explanation = "takes log(e^a + e^b) at every element, computed without overflow"
    static let derivativeSymbols = ["1/(1 + e^(b-a))", "1/(1 + e^(a-b))"]
    static let python = PythonBinding("logaddexp", [.method, .function])
    static let graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? = { g, a, b in
        (try g.div(b.sub(a).exp().add(Tensor.wrapped(.int(1)))), try g.div(a.sub(b).exp().add(Tensor.wrapped(.int(1)))))
    }
    static let integerKernel: String? = "logaddexp_cpu"
    // The vector loop uses SLEEF's expf and log1pf, the scalar tail glibc's.
    static let hasVectorPath = true
    @inline(__always) static func fVector(_ a: Float, _ b: Float) -> Float {
        if a.isInfinite && a == b { return a }
        return Swift.max(a, b) + SleefFloat.log1p(SleefFloat.exp(-Swift.abs(a - b)))
    }
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float {
        if a.isInfinite && a == b { return a }
        return Swift.max(a, b) + Foundation.log1p(Foundation.exp(-Swift.abs(a - b)))
    }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double {
        if a.isInfinite && a == b { return a }
        return Swift.max(a, b) + Foundation.log1p(Foundation.exp(-Swift.abs(a - b)))
    }
    // grad / (1 + exp(other - self)), grad / (1 + exp(self - other)).
    // `exp` as the exp op computes it (ExpDef).
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { g / (1 + ExpDef.value(b - a)) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { g / (1 + ExpDef.value(a - b)) }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { g / (1 + Foundation.exp(b - a)) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { g / (1 + Foundation.exp(a - b)) }
}

enum Logaddexp2Def: BinaryOpDefinition, FloatingResultOp {
    static let gradFn = "Logaddexp2Backward0", symbol = "logaddexp2(a, b)", kind = OpKind.elementwise
    static let explanation = "takes log2(2^a + 2^b) at every element, computed without overflow"
    static let derivativeSymbols = ["1/(1 + 2^(b-a))", "1/(1 + 2^(a-b))"]
    static let python = PythonBinding("logaddexp2", [.method, .function])
    static let graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? = { g, a, b in
        (try g.div(b.sub(a).rpow(.int(2)).add(Tensor.wrapped(.int(1)))), try g.div(a.sub(b).rpow(.int(2)).add(Tensor.wrapped(.int(1)))))
    }
    static let integerKernel: String? = "logaddexp2_cpu"
    static let hasVectorPath = true
    static let invLn2 = 1 / M_LN2
    // `m + log1p(exp2(-|a - b|)) * inv_log_2`: GCC contracts the multiply-add into one fma.
    @inline(__always) static func fVector(_ a: Float, _ b: Float) -> Float {
        if a.isInfinite && a == b { return a }
        return Swift.max(a, b).addingProduct(SleefFloat.log1p(SpecialFunctions.exp2(-Swift.abs(a - b))), Float(invLn2))
    }
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float {
        if a.isInfinite && a == b { return a }
        return Swift.max(a, b).addingProduct(Foundation.log1p(Foundation.exp2(-Swift.abs(a - b))), Float(invLn2))
    }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double {
        if a.isInfinite && a == b { return a }
        return Swift.max(a, b).addingProduct(Foundation.log1p(Foundation.exp2(-Swift.abs(a - b))), invLn2)
    }
    // grad / (1 + pow(2, other - self)), grad / (1 + pow(2, self - other)).
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { g / (1 + Foundation.pow(Float(2), b - a)) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { g / (1 + Foundation.pow(Float(2), a - b)) }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { g / (1 + Foundation.pow(2, b - a)) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { g / (1 + Foundation.pow(2, a - b)) }
}

enum XlogyDef: BinaryOpDefinition, FloatingResultOp {
    static let gradFn = "XlogyBackward0", symbol = "xlogy(a, b)", kind = OpKind.elementwise
    static let numberSelfGradFn: String? = "XlogyBackward1", numberOtherGradFn: String? = "XlogyBackward2"
    static let explanation = "takes a·log(b) at every element, 0 where a is 0 (nan where b is nan)"
    static let derivativeSymbols = ["log(b), 0 where a = 0 and b ≤ 0", "a/b"]
    static let python = PythonBinding("xlogy")
    static let graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? = { g, a, b in
        let zero = Tensor.wrapped(.int(0))
        let mask = try a.compare("==", zero).logicalBinary(b.compare("<=", zero), "&") { $0 & $1 }
        return (try OpTable.binary(named: "xlogy", g, b).maskedFill(mask, value: Tensor.wrapped(.float(0))), try g.mul(a).div(b))
    }
    static let gradcheckDomain = 0.2...2.0
    @inline(__always) static func xlogy<T: BinaryFloatingPoint>(_ x: T, _ y: T, log: (T) -> T) -> T {
        if y.isNaN { return .nan }
        if x == 0 { return 0 }
        return x * log(y)
    }
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { xlogy(a, b, log: Foundation.log) }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { xlogy(a, b, log: Foundation.log) }
    // at::xlogy(grad, other).masked_fill((self == 0.) & (other <= 0.), 0.), grad * self / other.
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { a == 0 && b <= 0 ? 0 : f(g, b) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { (g * a) / b }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { a == 0 && b <= 0 ? 0 : f(g, b) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { (g * a) / b }
}

enum CopysignDef: BinaryOpDefinition, FloatingResultOp {
    static let gradFn = "CopysignBackward0", symbol = "copysign(a, b)", kind = OpKind.elementwise
    static let numberOtherGradFn: String? = "CopysignBackward1"
    static let explanation = "takes the magnitude of a with the sign of b at every element"
    static let derivativeSymbols = ["sign(a)·sign(b), 0 where a = 0", "0"]
    static let python = PythonBinding("copysign")
    static let graphDerivative: (@Sendable (Tensor, Tensor, Tensor) throws -> (Tensor, Tensor))? = { g, a, b in
        let ratio = try OpTable.binary(named: "copysign", a, b).div(a).maskedFill(a.compare("==", Tensor.wrapped(.int(0))), value: Tensor.wrapped(.float(0)))
        return (try g.mul(ratio), Tensor.zeros(try Shape.broadcast(g.shape, b.shape), dtype: g.dtype))
    }
    static let gradcheckDomain = 0.2...2.0
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { Foundation.copysign(a, b) }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { Foundation.copysign(a, b) }
    // copysign_tensor_self_backward: ratio = result / self, masked to 0 where self == 0, times grad
    // (so a negative grad gives -0 there); other: zeros_like(other).
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { g * (a == 0 ? 0 : Foundation.copysign(a, b) / a) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { 0 }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { g * (a == 0 ? 0 : Foundation.copysign(a, b) / a) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { 0 }
}

enum FmaxDef: BinaryOpDefinition {
    static let gradFn = "FmaxBackward0", symbol = "fmax(a, b)", kind = OpKind.elementwise
    static let explanation = "takes the larger of a and b at every element, ignoring nan"
    static let derivativeSymbols = ["1 where a > b or b is nan, ½ at ties", "1 where b > a or a is nan, ½ at ties"]
    static let python = PythonBinding("fmax", [.method, .function])
    static let keepsIntegers = true
    // glibc's fmax: a nan loses to a number, except a signaling nan, which PyTorch's kernel propagates.
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { a.isSignalingNaN || b.isSignalingNaN ? .nan : Foundation.fmax(a, b) }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { a.isSignalingNaN || b.isSignalingNaN ? .nan : Foundation.fmax(a, b) }
    @inline(__always) static func int(_ a: Int64, _ b: Int64) -> Int64 { Swift.max(a, b) }
    // As maximum's, with nan losing: ties split the gradient in half (measured with torch 2.15); an
    // input that is nan, or smaller, gets 0.
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { a == b ? g / 2 : (a < b || a.isNaN ? 0 : g) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { a == b ? g / 2 : (a > b || b.isNaN ? 0 : g) }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { a == b ? g / 2 : (a < b || a.isNaN ? 0 : g) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { a == b ? g / 2 : (a > b || b.isNaN ? 0 : g) }
}

enum FminDef: BinaryOpDefinition {
    static let gradFn = "FminBackward0", symbol = "fmin(a, b)", kind = OpKind.elementwise
    static let explanation = "takes the smaller of a and b at every element, ignoring nan"
    static let derivativeSymbols = ["1 where a < b or b is nan, ½ at ties", "1 where b < a or a is nan, ½ at ties"]
    static let python = PythonBinding("fmin", [.method, .function])
    static let keepsIntegers = true
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { a.isSignalingNaN || b.isSignalingNaN ? .nan : Foundation.fmin(a, b) }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { a.isSignalingNaN || b.isSignalingNaN ? .nan : Foundation.fmin(a, b) }
    @inline(__always) static func int(_ a: Int64, _ b: Int64) -> Int64 { Swift.min(a, b) }
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { a == b ? g / 2 : (a > b || a.isNaN ? 0 : g) }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { a == b ? g / 2 : (a < b || b.isNaN ? 0 : g) }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { a == b ? g / 2 : (a > b || a.isNaN ? 0 : g) }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { a == b ? g / 2 : (a < b || b.isNaN ? 0 : g) }
}

extension OpTable {
    /// `name(a, b)` through its declared binary op, recorded (for the formulas that call the op itself).
    static func binary(named name: String, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard let e = binary.first(where: { $0.python.name == name }) else { throw TorchError.runtime("no binary op \(name)") }
        return try e.apply(a, b)
    }

    /// The binary elementwise ops declared through a definition (this file).
    public static let binary: [BinaryOpEntry] = [
        BinaryOpEntry(Atan2Def.self), BinaryOpEntry(HypotDef.self), BinaryOpEntry(LogaddexpDef.self),
        BinaryOpEntry(Logaddexp2Def.self), BinaryOpEntry(XlogyDef.self), BinaryOpEntry(CopysignDef.self),
        BinaryOpEntry(FmaxDef.self), BinaryOpEntry(FminDef.self),
    ]
}
