/// One differentiable operation in the op table: PyTorch's grad_fn name, how the debugger writes it,
/// its plain-language meaning, the local derivative in symbols, and the backward formula itself.
/// Forward code lives beside each `Op` in `Ops/`; `OpTable.all` lists the ops declared through a
/// definition (Ops/UnaryDefinition.swift), from which their forward, backward and loop kernel derive.
public final class Op: Sendable {
    /// PyTorch's grad_fn class name, e.g. `MulBackward0`.
    public let name: String
    /// The operation as the graph view writes it, with `a`, `b` for the inputs: `a * b`.
    public let symbol: String
    /// One sentence a learner can read: what the op computes.
    public let explanation: String
    /// The local derivative for each input, in symbols: `["b", "a"]` for `a * b`.
    public let derivatives: [String]
    /// What kind of op this is, for the debugger's explanations and PyTorch's view rules.
    public let kind: OpKind
    /// Whether the op keeps tensors for backward (so a second backward fails once they are freed).
    public let savesTensors: Bool
    /// Turns the gradient(s) of the output(s) into one gradient per input (nil: no gradient).
    let backward: @Sendable (BackwardContext) throws -> [Tensor?]
    /// The same gradients as differentiable tensor ops that record graph nodes (PyTorch's
    /// derivatives.yaml formula, in its order of operations), run by `create_graph=True`; nil: double
    /// backward through this op is not supported (Graph/DifferentiableBackward.swift).
    let graphBackward: (@Sendable (BackwardContext) throws -> [Tensor?])?
    /// The backward reads tensors the node does not save (a custom Function's `ctx`), so create_graph
    /// always runs `graphBackward`, even when no incoming gradient requires grad.
    let graphAlways: Bool
    /// How the op runs inside a compiled training plan (nil: plans containing it fall back to tensors).
    let plan: PlanKernel?
    /// Inputs where the op gives inf/nan, read by the non-finite diagnosis on the saved tensors.
    public let hazards: [DomainHazard]

    /// `kind` has no default: an elementwise op left as `.other` loses the stepper's local derivative numbers.
    init(_ name: String, symbol: String, explanation: String, derivatives: [String], kind: OpKind, savesTensors: Bool,
         plan: PlanKernel? = nil, hazards: [DomainHazard] = [],
         differentiable: (@Sendable (BackwardContext) throws -> [Tensor?])? = nil, graphAlways: Bool = false,
         backward: @escaping @Sendable (BackwardContext) throws -> [Tensor?]) {
        self.graphBackward = differentiable
        self.graphAlways = graphAlways
        self.plan = plan
        self.hazards = hazards
        self.kind = kind
        self.name = name
        self.symbol = symbol
        self.explanation = explanation
        self.derivatives = derivatives
        self.savesTensors = savesTensors
        self.backward = backward
    }
}

extension Op {
    /// Ops whose output is a view of the input (PyTorch regenerates such a grad_fn as
    /// `AsStridedBackward0` once the data changes in place, and names it so in errors).
    var isView: Bool { kind == .view }
    /// Whether compiled loops can run the op.
    public var hasPlanKernel: Bool { plan != nil }
    /// Ops returning several views (their outputs may not be modified in place).
    var isMultiOutputView: Bool { ["UnbindBackward0", "SplitBackward0", "SplitWithSizesBackward0"].contains(name) }

    /// Whether one of the op's hazards holds for the saved tensors of `node` (its first that does).
    public func hazard(in node: Node) -> DomainHazard? {
        let saved = node.saved
        return hazards.first { h in
            h.savedIndex < saved.count && saved[h.savedIndex].dtype.isFloatingPoint
                && saved[h.savedIndex].doubleValues().contains { h.test($0, node.args) }
        }
    }
}

/// The op tables: every elementwise op declared through a definition, in one list.
public enum OpTable {
    /// The unary elementwise ops (Ops/Unary.swift, Ops/UnaryMore.swift, Ops/UnarySpecial.swift).
    public static let unary: [UnaryOpEntry] = basicUnary + moreUnary + specialUnary
    /// Every op declared through a definition; the tests check each has a gradcheck case and a loop kernel.
    public static var all: [Op] { unary.map(\.op) }
    /// The unary entry bound under a Python name.
    public static func unary(named name: String) -> UnaryOpEntry? { unaryByName[name] }
    private static let unaryByName = Dictionary(unary.flatMap { e in e.python.names.map { ($0, e) } }, uniquingKeysWith: { a, _ in a })
}

/// What a backward formula sees: the incoming gradient(s) and the node with its saved values.
public struct BackwardContext {
    /// Gradients of each output (nil where an output received none).
    public let grads: [Tensor?]
    public let node: Node

    /// The gradient of the (first) output, as a tensor of the output's shape.
    var grad: Tensor { grads[0] ?? Tensor.zeros(node.outputShape, dtype: gradDType) }
    /// The floating dtype gradients flowing through this node have: the incoming gradient's, else
    /// the first floating input's (float32 when none is floating).
    var gradDType: DType {
        if let g = grads.lazy.compactMap({ $0 }).first { return g.dtype }
        return node.inputDTypes.first(where: \.isFloatingPoint) ?? .float32
    }
    /// The saved tensors, in the order the forward saved them.
    var saved: [Tensor] { node.saved }
    var args: OpArgs { node.args }
    var inputShapes: [[Int]] { node.inputShapes }
}

/// Non-tensor values an op keeps for backward: exponents, dims, flags, shapes.
public struct OpArgs: Sendable {
    public var scalars: [Double] = []
    public var ints: [Int] = []
    public var flag: Bool = false
    /// For window ops (pooling, padding): the input elements each output element read, with their factor.
    var gather: [[(Int, Float)]]? = nil
    public init(scalars: [Double] = [], ints: [Int] = [], flag: Bool = false) {
        self.scalars = scalars
        self.ints = ints
        self.flag = flag
    }
}

/// The kinds of op the debugger and the view rules need to tell apart.
public enum OpKind: Sendable {
    /// Each output element depends only on the same element of each input (broadcast): `a * b`, `sin(a)`.
    case elementwise
    /// The output shares the input's storage: `view`, `t()`, `x[i]`, unbind.
    case view
    /// Everything else: reductions, products, losses, copies.
    case other
}
