import Foundation

// Elementwise functions: sin cos exp log tanh sigmoid relu sqrt abs, each declared once
// (see UnaryDefinition.swift for what derives from a declaration).

enum SinDef: UnaryOpDefinition {
    static let gradFn = "SinBackward0", symbol = "sin(a)", explanation = "takes the sine of every element"
    static let derivativeSymbol = "cos(a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("sin")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in try g.mul(x.cos()) }
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.sin(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.sin(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * Foundation.cos(x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * Foundation.cos(x) }
}

enum CosDef: UnaryOpDefinition {
    static let gradFn = "CosBackward0", symbol = "cos(a)", explanation = "takes the cosine of every element"
    static let derivativeSymbol = "-sin(a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("cos")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in try g.mul(x.sin().neg()) }
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.cos(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.cos(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * -Foundation.sin(x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * -Foundation.sin(x) }
}

enum ExpDef: UnaryOpDefinition {
    static let gradFn = "ExpBackward0", symbol = "exp(a)", explanation = "raises e to the power of every element"
    static let derivativeSymbol = "exp(a)", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("exp")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, y in try g.mul(y) }
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.exp(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.exp(x) }
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { g * y }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { g * y }
}

enum LogDef: UnaryOpDefinition {
    static let gradFn = "LogBackward0", symbol = "log(a)", explanation = "takes the natural logarithm of every element"
    static let derivativeSymbol = "1/a", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("log")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in try g.div(x) }
    static let gradcheckDomain = 0.2...3.0
    static let hazards = [DomainHazard(cause: "log of a non-positive number (log(0) is -inf, log of a negative number is nan); keep its argument positive, e.g. add a small epsilon or clamp it") { $0 <= 0 }]
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.log(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.log(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g / x }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g / x }
}

enum TanhDef: UnaryOpDefinition {
    static let gradFn = "TanhBackward0", symbol = "tanh(a)", explanation = "squashes every element into (-1, 1) with tanh"
    static let derivativeSymbol = "1 - tanh(a)²", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("tanh")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, y in try Tensor.tanhBackward(g, y) }
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.tanh(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.tanh(x) }
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { KernelMath.tanhBackward(g, y) }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { g * (1 as Double).addingProduct(-y, y) }
}

enum SigmoidDef: UnaryOpDefinition {
    static let gradFn = "SigmoidBackward0", symbol = "sigmoid(a)", explanation = "squashes every element into (0, 1) with 1/(1+e^-a)"
    static let derivativeSymbol = "σ(a)·(1 - σ(a))", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("sigmoid")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, y in try Tensor.sigmoidBackward(g, y) }
    // PyTorch's vector lambda uses SLEEF's exp, its scalar one glibc's (KernelMath), in float64 too.
    static let hasVectorPath = true, hasDoubleVectorPath = true
    @inline(__always) static func fVector(_ x: Float) -> Float { KernelMath.sigmoidVector(x) }
    @inline(__always) static func value(_ x: Float) -> Float { KernelMath.sigmoidScalar(x) }
    @inline(__always) static func value(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }
    @inline(__always) static func valueVector(_ x: Double) -> Double { 1 / (1 + SleefDouble.exp(-x)) }
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { KernelMath.sigmoidBackward(g, y) }
    // sigmoid_backward_kernel: `g * (1 - y) * y`, left to right, as in float32.
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { (g * (1 - y)) * y }
}

enum ReluDef: UnaryOpDefinition {
    static let gradFn = "ReluBackward0", symbol = "relu(a)", explanation = "keeps positive elements and sets the rest to 0"
    static let derivativeSymbol = "1 if a > 0 else 0", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("relu")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, y in try Tensor.thresholdBackward(g, y) }
    // Integers stay integers, as in PyTorch.
    static let integerValue: (@Sendable (Int64) -> Int64)? = { Swift.max($0, 0) }
    // Away from the kink at 0.
    static let gradcheckDomain = 0.1...2.0
    @inline(__always) static func value(_ x: Float) -> Float { x > 0 ? x : (x.isNaN ? x : 0) }
    @inline(__always) static func value(_ x: Double) -> Double { x > 0 ? x : (x.isNaN ? x : 0) }
    // threshold_backward selects (grad or 0), so a negative gradient masked out is +0, not -0.
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { y > 0 ? g : 0 }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { y > 0 ? g : 0 }
}

enum SqrtDef: UnaryOpDefinition {
    static let gradFn = "SqrtBackward0", symbol = "sqrt(a)", explanation = "takes the square root of every element"
    static let derivativeSymbol = "1/(2·sqrt(a))", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("sqrt")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, y in try g.div(y.scaled(2)) }
    static let gradcheckDomain = 0.2...3.0
    // Read on the saved output: nan where the input was negative, 0 where it was 0.
    static let hazards = [
        DomainHazard(cause: "sqrt of a negative number gives nan; clamp its argument to be >= 0") { $0.isNaN },
        DomainHazard(cause: "sqrt at 0 has an infinite gradient (1 / (2 * sqrt(0))); add a small epsilon inside the sqrt") { $0 == 0 },
    ]
    @inline(__always) static func value(_ x: Float) -> Float { x.squareRoot() }
    @inline(__always) static func value(_ x: Double) -> Double { x.squareRoot() }
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { g / (2 * y) }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { g / (2 * y) }
}

enum AbsDef: UnaryOpDefinition {
    static let gradFn = "AbsBackward0", symbol = "abs(a)", explanation = "takes the absolute value of every element"
    static let derivativeSymbol = "sign(a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("abs", aliases: ["absolute"])
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in try g.mul(x.sign()) }
    // Integers stay integers; abs(Int64.min) wraps to itself as in C.
    static let integerValue: (@Sendable (Int64) -> Int64)? = { $0 == Int64.min ? $0 : Swift.abs($0) }
    static let gradcheckDomain = 0.1...2.0
    @inline(__always) static func value(_ x: Float) -> Float { Swift.abs(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Swift.abs(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * (x > 0 ? 1 : (x < 0 ? -1 : 0)) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * (x > 0 ? 1 : (x < 0 ? -1 : 0)) }
}

extension Op {
    static let sin = Op(unary: SinDef.self)
    static let cos = Op(unary: CosDef.self)
    static let exp = Op(unary: ExpDef.self)
    static let log = Op(unary: LogDef.self)
    static let tanh = Op(unary: TanhDef.self)
    static let sigmoid = Op(unary: SigmoidDef.self)
    static let relu = Op(unary: ReluDef.self)
    static let sqrt = Op(unary: SqrtDef.self)
    static let abs = Op(unary: AbsDef.self)
}

extension OpTable {
    /// This file's ops, for the tables and bindings.
    static let basicUnary = [
        UnaryOpEntry(SinDef.self, op: .sin), UnaryOpEntry(CosDef.self, op: .cos), UnaryOpEntry(ExpDef.self, op: .exp),
        UnaryOpEntry(LogDef.self, op: .log), UnaryOpEntry(TanhDef.self, op: .tanh), UnaryOpEntry(SigmoidDef.self, op: .sigmoid),
        UnaryOpEntry(ReluDef.self, op: .relu), UnaryOpEntry(SqrtDef.self, op: .sqrt), UnaryOpEntry(AbsDef.self, op: .abs),
    ]
}

extension Tensor {
    public func sin() -> Tensor { apply(SinDef.self, .sin) }
    public func cos() -> Tensor { apply(CosDef.self, .cos) }
    public func exp() -> Tensor { apply(ExpDef.self, .exp) }
    public func log() -> Tensor { apply(LogDef.self, .log) }
    public func tanh() -> Tensor { apply(TanhDef.self, .tanh) }
    public func sigmoid() -> Tensor { apply(SigmoidDef.self, .sigmoid) }
    public func relu() -> Tensor { apply(ReluDef.self, .relu) }
    public func sqrt() -> Tensor { apply(SqrtDef.self, .sqrt) }
    public func abs() -> Tensor { apply(AbsDef.self, .abs) }
}

// The backward kernels PyTorch's formulas for tanh, sigmoid and relu call (`tanh_backward`, …): as ops
// of their own under create_graph, with their derivatives.yaml entries as backward.
extension Op {
    static let tanhBackward = Op.backwardKernel("TanhBackwardBackward0", symbol: "g·(1 - y²)", explanation: "tanh's backward: the gradient times 1 - tanh²",
                                                derivatives: ["1 - y²", "-2·y·g"]) { c in
        let gradOutput = c.live(0), output = c.live(1)
        return [c.wants(0) ? try Tensor.tanhBackward(c.grad, output) : nil,
                c.wants(1) ? try c.grad.mul(output.scaled(-2).mul(gradOutput)) : nil]
    }
    static let sigmoidBackward = Op.backwardKernel("SigmoidBackwardBackward0", symbol: "g·y·(1 - y)", explanation: "sigmoid's backward: the gradient times σ(1 - σ)",
                                                   derivatives: ["y·(1 - y)", "g·(1 - 2y)"]) { c in
        let gradOutput = c.live(0), output = c.live(1)
        return [c.wants(0) ? try Tensor.sigmoidBackward(c.grad, output) : nil,
                c.wants(1) ? try c.grad.mul(gradOutput).mul(output.scaled(-2).add(Tensor.wrapped(.int(1)))) : nil]
    }
    static let thresholdBackward = Op.backwardKernel("ThresholdBackwardBackward0", symbol: "g if y > 0 else 0", explanation: "relu's backward: the gradient where the output is positive",
                                                     derivatives: ["1 if y > 0 else 0", "0"]) { c in
        [c.wants(0) ? try Tensor.thresholdBackward(c.grad, c.live(1)) : nil,
         c.wants(1) ? Tensor.zeros(c.grad.shape, dtype: c.grad.dtype) : nil]
    }
}

extension Tensor {
    /// `tanh_backward(grad, output)`.
    static func tanhBackward(_ g: Tensor, _ y: Tensor) throws -> Tensor {
        recordKernel(.tanhBackward, try TanhDef.rawGradient(g, y), inputs: [g, y])
    }
    /// `sigmoid_backward(grad, output)`.
    static func sigmoidBackward(_ g: Tensor, _ y: Tensor) throws -> Tensor {
        recordKernel(.sigmoidBackward, try SigmoidDef.rawGradient(g, y), inputs: [g, y])
    }
    /// `threshold_backward(grad, self, 0)` (relu saves its output as `self`).
    static func thresholdBackward(_ g: Tensor, _ y: Tensor) throws -> Tensor {
        recordKernel(.thresholdBackward, try ReluDef.rawGradient(g, y), inputs: [g, y])
    }
}
