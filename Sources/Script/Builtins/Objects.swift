import Autograd

/// `torch.float32`, `torch.int64`, `torch.bool`.
final class DTypeObject: PyObject {
    let dtype: DType
    init(_ d: DType) { dtype = d }
    var typeName: String { "dtype" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "is_floating_point": return .bool(dtype.isFloatingPoint)
        case "is_complex": return .bool(false)
        case "is_signed": return .bool(dtype != .bool && !dtype.isUnsigned)
        case "itemsize": return .int(dtype.itemSize)
        default: return nil
        }
    }
    func repr() -> String { dtype.rawValue }
}

/// `torch.no_grad()`, `torch.enable_grad()`, `torch.set_grad_enabled(b)`: a `with` context.
final class GradModeContext: PyObject {
    let enabled: Bool
    let label: String
    init(enabled: Bool, label: String) { self.enabled = enabled; self.label = label }
    var typeName: String { label }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { nil }
    func repr() -> String { "<torch.autograd.grad_mode.\(label) object at \(Repr.address(self))>" }
    /// `@torch.no_grad()` on a function: the function, run with grad mode set for each call.
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        guard args.positional.count == 1, args.keywords.isEmpty, ObjectBuiltins.isCallable(args.positional[0]) else {
            throw PyError(.type, "'\(label)' object is not callable")
        }
        let enabled = self.enabled, label = self.label
        guard let module = try interpreter.library.load("torch.autograd.grad_mode", interpreter), let decorate = module.members["_decorate"] else {
            throw PyError(.notImplemented, "@torch.\(label)() as a decorator needs the bundled torch.autograd.grad_mode")
        }
        let make = Value.builtin(Builtin(label) { _, _ in .object(GradModeContext(enabled: enabled, label: label)) })
        var call = CallArgs([make, args.positional[0]], name: "_decorate")
        return try interpreter.call(decorate, &call)
    }
}

/// A grad_fn as Python sees it: `name()`, `next_functions`, `variable`.
final class GradFnObject: PyObject {
    let node: Node
    init(_ n: Node) { node = n }
    var typeName: String { node.name }
    var attributeNames: [String] { ["name", "next_functions", "variable"] }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "name":
            // PyTorch's hand-written C++ nodes name themselves by their C++ path.
            let n = ["NotImplemented", "CopySlices", "AccumulateGrad"].contains(node.name) ? "torch::autograd::" + node.name : node.name
            return .builtin(Builtin("name") { _, _ in .string(n) })
        case "next_functions":
            return .tuple(node.inputs.map { e in
                .tuple([e.node.map { .object(GradFnObject($0)) } ?? .none, .int(e.inputNr)])
            })
        case "variable":
            if let v = node.variable { return .tensor(v) }
            return nil
        default: return nil
        }
    }
    func repr() -> String { "<\(node.name) object at \(Repr.address(node))>" }
}

/// A module-like namespace (`torch`, `torch.nn`, `F`, `np`, `plt`): named members.
final class NamespaceObject: PyObject {
    let name: String
    var members: [String: Value]
    /// Supplies members on first access (bundled submodules of `torch`), cached in `members`.
    var lazyMember: ((String, Interpreter) throws -> Value?)?
    init(_ name: String, _ members: [String: Value] = [:]) { self.name = name; self.members = members }
    var typeName: String { "module" }
    var attributeNames: [String] { members.keys.sorted() }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        if let v = members[n] { return v }
        if n == "__name__" { return .string(name) }
        if let lazy = lazyMember, let v = try lazy(n, interpreter) { members[n] = v; return v }
        if name == "torch", let dt = DTypeSupport.unsupportedNames[n] { throw DTypeSupport.unsupported(dt, via: "torch.\(n)") }
        return nil
    }
    func repr() -> String { "<module '\(name)'>" }
}

/// Receives matplotlib-style calls (`plt.scatter`, `plt.plot`, …) so a session can draw them.
public protocol PlotReceiver: AnyObject {
    /// A pyplot call by name with its evaluated arguments.
    func plotCall(_ name: String, _ args: CallArgs, _ interpreter: Interpreter) throws
    /// The number of the figure calls draw into (what `plt.figure()` returns stands for it).
    var currentFigureNumber: Int { get }
    /// The line the last `plot` call added, for its `Line2D` (`line.set_ydata(…)`).
    var lastLine: PlotLineHandle? { get }
    /// `line.set_data(x, y)` / `set_xdata` / `set_ydata`: new data for a line already drawn.
    func setLineData(_ line: PlotLineHandle, x: Value?, y: Value?, _ interpreter: Interpreter) throws
    /// One frame of `FuncAnimation` over figure `figure` is ready (the animation function ran);
    /// `interval` is the animation's delay between frames in milliseconds; `savePath` is set while
    /// `anim.save(path)` records the frames.
    func animationFrame(figure: Int, index: Int, count: Int, interval: Double, savePath: String?) throws
}

/// A Python object standing for one of the receiver's figures (`plt.figure()`'s Figure), so
/// `plt.close(fig)` can tell which figure it names.
public protocol PlotFigureHandle: AnyObject {
    /// The receiver's number for the figure (nil headless).
    var figureNumber: Int? { get }
}

/// Where a matplotlib line lives in the receiver's figures.
public struct PlotLineHandle: Sendable, Equatable {
    public let figure: Int, panel: Int, series: Int
    public init(figure: Int, panel: Int, series: Int) {
        self.figure = figure
        self.panel = panel
        self.series = series
    }
}

/// What `torch.manual_seed` returns: the default generator (its repr as PyTorch prints it).
final class GeneratorHandle: PyObject {
    var typeName: String { "Generator" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "initial_seed": return .builtin(Builtin("initial_seed") { _, i in .unsigned(i.generator.initialSeed) })
        default: return nil
        }
    }
    func repr() -> String { "<torch._C.Generator object at \(Repr.address(self))>" }
}

/// `torch.return_types.max(values=…, indices=…)`: a named tuple a reduction returns.
final class ReturnTypesObject: PySequenceObject {
    let name: String
    let fields: [(String, Value)]
    init(_ name: String, _ fields: [(String, Value)]) { self.name = name; self.fields = fields }
    var items: [Value] { fields.map(\.1) }
    var typeName: String { "torch.return_types." + name }
    var attributeNames: [String] { fields.map(\.0) }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? { fields.first { $0.0 == n }?.1 }
    func repr() -> String {
        "torch.return_types.\(name)(\n" + fields.map { "\($0.0)=\(Repr.repr($0.1))" }.joined(separator: ",\n") + ")"
    }
}
