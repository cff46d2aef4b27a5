import Foundation

/// One elementwise unary op, declared once (as PyTorch's derivatives.yaml + native_functions.yaml
/// entry, or a micrograd op): its element math for float32 and float64, grad_fn name, symbols,
/// explanation, kind, domain hazards and Python names. Everything else derives from it:
/// the `Op` (backward, stepper texts, non-finite diagnosis), the eager forward `Tensor.apply(_:)`,
/// the compiled loop kernel, and the `torch.f` / `Tensor.f` / `Tensor.f_` bindings.
/// A new op is a new conforming enum plus one line in its file's `OpTable` list.
protocol UnaryOpDefinition: PlanUnaryMath {
    /// PyTorch's grad_fn class name, e.g. `SinBackward0`.
    static var gradFn: String { get }
    /// How the graph view writes the op, with `a` for the input: `sin(a)`.
    static var symbol: String { get }
    /// One sentence a learner can read: what the op computes.
    static var explanation: String { get }
    /// The local derivative in symbols: `cos(a)`.
    static var derivativeSymbol: String { get }
    /// What kind of op this is (no default: the stepper prints local derivative numbers for elementwise ops only).
    static var kind: OpKind { get }
    /// Which value backward reads: the input or the output (what PyTorch saves).
    static var saves: SavedValue { get }
    /// Inputs where the op gives inf/nan, tested on the saved value, for the non-finite diagnosis.
    static var hazards: [DomainHazard] { get }
    /// The op's Python name and the forms it is bound under.
    static var python: PythonBinding { get }
    /// Where gradcheck samples inputs (an open interval inside the op's smooth domain).
    static var gradcheckDomain: ClosedRange<Double> { get }

    /// The value for one float32 element (the scalar lambda when `hasVectorPath`).
    static func value(_ x: Float) -> Float
    /// The value for one float64 element (the scalar lambda when `hasDoubleVectorPath`).
    static func value(_ x: Double) -> Double
    /// Whether the float64 kernel's vector lambda rounds differently from its scalar one.
    static var hasDoubleVectorPath: Bool { get }
    /// The float64 vector lambda's value for one element.
    static func valueVector(_ x: Double) -> Double
    /// The gradient contribution from the upstream gradient `g` and the saved value `s`.
    static func derivative(_ g: Float, _ s: Float) -> Float
    /// The float64 form of `derivative`.
    static func derivative(_ g: Double, _ s: Double) -> Double
    /// The value of an integer element when the op keeps integers integral (relu, abs); nil: the
    /// result is floating, as for sin.
    static var integerValue: (@Sendable (Int64) -> Int64)? { get }
    /// The derivative as recorded tensor ops, from the upstream gradient and the saved value (PyTorch's
    /// derivatives.yaml formula, e.g. `grad * self.cos()`), run by create_graph; nil: double backward
    /// through this op is not supported.
    static var graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? { get }
    /// The kernel name PyTorch's error gives when the op has no integer kernel (`frac_cpu`); nil: integer
    /// inputs compute in the default floating dtype (or stay integral through `integerValue`).
    static var integerKernel: String? { get }
}

extension UnaryOpDefinition {
    static var hazards: [DomainHazard] { [] }
    static var integerValue: (@Sendable (Int64) -> Int64)? { nil }
    static var graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? { nil }
    static var integerKernel: String? { nil }
    /// The first-order gradient on raw buffers: `derivative` applied elementwise.
    static func rawGradient(_ g: Tensor, _ s: Tensor) throws -> Tensor {
        try Kernels.binary(g, s, float: derivative, double: derivative, int: { g, _ in g })
    }
    static var gradcheckDomain: ClosedRange<Double> { -2...2 }
    static var hasDoubleVectorPath: Bool { false }
    static func valueVector(_ x: Double) -> Double { value(x) }
    // The plan kernel's math is the definition's (PlanUnaryMath).
    @inline(__always) static func f(_ x: Float) -> Float { value(x) }
    @inline(__always) static func d(_ g: Float, _ x: Float, _ y: Float) -> Float {
        derivative(g, saves == .output ? y : x)
    }
}

/// Which value an elementwise op's backward reads.
enum SavedValue: Sendable { case input, output }

/// An input where an op gives inf or nan, and the sentence naming the cause for a learner.
public struct DomainHazard: Sendable {
    /// Which saved tensor the test reads (the order the forward saved them).
    let savedIndex: Int
    /// Whether one element of that tensor (as a double) is hazardous, given the op's arguments.
    let test: @Sendable (Double, OpArgs) -> Bool
    /// What the non-finite diagnosis says.
    public let cause: String

    init(saved: Int = 0, cause: String, _ test: @escaping @Sendable (Double, OpArgs) -> Bool) {
        self.savedIndex = saved
        self.cause = cause
        self.test = test
    }
    init(saved: Int = 0, cause: String, _ test: @escaping @Sendable (Double) -> Bool) {
        self.init(saved: saved, cause: cause) { x, _ in test(x) }
    }
}

/// An op's Python name and the forms it is bound under (native_functions.yaml's `variants:`).
public struct PythonBinding: Sendable {
    /// The forms a Python name can take.
    public struct Variants: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// `x.f()`
        public static let method = Variants(rawValue: 1)
        /// `torch.f(x)`
        public static let function = Variants(rawValue: 2)
        /// `x.f_()`
        public static let inPlace = Variants(rawValue: 4)
        public static let all: Variants = [.method, .function, .inPlace]
    }
    public let name: String
    public let variants: Variants
    /// The grad_fn name PyTorch gives the in-place form when it differs (`asinh_` records AsinhBackward1).
    public let inPlaceGradFn: String?
    /// Other names PyTorch binds the same op under, in every variant (`arcsin` for `asin`).
    public let aliases: [String]
    init(_ name: String, _ variants: Variants = .all, aliases: [String] = [], inPlaceGradFn: String? = nil) {
        self.name = name
        self.variants = variants
        self.aliases = aliases
        self.inPlaceGradFn = inPlaceGradFn
    }
    /// The name and its aliases.
    public var names: [String] { [name] + aliases }
}

extension Op {
    /// The op a unary definition declares: its backward is the definition's derivative times the gradient.
    convenience init<D: UnaryOpDefinition>(unary d: D.Type, name: String? = nil) {
        self.init(name ?? D.gradFn, symbol: D.symbol, explanation: D.explanation, derivatives: [D.derivativeSymbol],
                  kind: D.kind, savesTensors: true, plan: .unary(D.self), hazards: D.hazards,
                  differentiable: Op.unaryGraphBackward(D.graphDerivative)) { c in
            [try D.rawGradient(c.grad, c.saved[0])]
        }
    }
}

extension Op {
    /// A unary definition's differentiable backward: its tensor-op derivative of the gradient and the
    /// saved value with its graph.
    static func unaryGraphBackward(_ f: (@Sendable (Tensor, Tensor) throws -> Tensor)?) -> (@Sendable (BackwardContext) throws -> [Tensor?])? {
        guard let f else { return nil }
        return { c in [try f(c.grad, c.live(0))] }
    }
}

/// An elementwise unary op as the bindings and tables see it, without its generic type.
public struct UnaryOpEntry: Sendable {
    public let op: Op
    public let python: PythonBinding
    /// Where gradcheck samples this op's inputs.
    public let gradcheckDomain: ClosedRange<Double>
    /// Runs the op's eager forward on a tensor.
    public let apply: @Sendable (Tensor) -> Tensor
    /// The forward as the Python bindings call it: PyTorch's error first for an input dtype the op has no
    /// kernel for (`frac` of an integer tensor).
    public let call: @Sendable (Tensor) throws -> Tensor
    /// The forward the in-place form `f_` records (its own grad_fn name where PyTorch has one).
    public let applyInPlaceForm: @Sendable (Tensor) -> Tensor
    /// The float32 value, for tests.
    let value: @Sendable (Float) -> Float

    init<D: UnaryOpDefinition>(_ d: D.Type, op: Op) {
        self.op = op
        self.python = D.python
        self.gradcheckDomain = D.gradcheckDomain
        self.apply = { $0.apply(D.self, op) }
        self.call = { t in
            if let kernel = D.integerKernel, t.dtype.isIntegral {
                throw TorchError(.notImplemented, "\"\(kernel)\" not implemented for '\(t.dtype.scalarTypeName)'")
            }
            return t.apply(D.self, op)
        }
        if let name = D.python.inPlaceGradFn {
            let inPlaceOp = Op(unary: D.self, name: name)
            self.applyInPlaceForm = { $0.apply(D.self, inPlaceOp) }
        } else {
            self.applyInPlaceForm = self.apply
        }
        self.value = { D.value($0) }
    }
}

extension Tensor {
    /// The eager forward of a unary definition: float32 through `value` (or PyTorch's vector/scalar
    /// split when the op has one), float64 through the double `value`, integers through
    /// `integerValue` when the op keeps them integral; records `op`, saving what backward reads.
    func apply<D: UnaryOpDefinition>(_ d: D.Type, _ op: Op) -> Tensor {
        let out: Tensor
        if dtype.isIntegral, let integer = D.integerValue {
            out = Tensor(ints: intValues().map(integer), shape: shape, dtype: dtype)
        } else if D.hasVectorPath {
            out = Kernels.unaryVectorized(self, vector: D.fVector, scalar: D.value, double: D.value,
                                          vectorDouble: D.hasDoubleVectorPath ? { D.valueVector($0) } : nil)
        } else {
            out = Kernels.unary(self, float: D.value, double: D.value)
        }
        return record(op, out, inputs: [self], saving: [D.saves == .output ? out : self])
    }
}
