import Autograd

/// The importable namespaces: torch (with nn, nn.functional, linalg, optim), numpy and matplotlib
/// stand-ins, and fastai's star imports.
enum Modules {
    static func builtin(_ name: String, _ f: @escaping TorchFunctions.Fn) -> Value { .builtin(Builtin(name, f)) }
    /// A `torch.` function: its body inside TorchCall (`out=`, unexpected keywords).
    static func torchBuiltin(_ name: String, _ f: @escaping TorchFunctions.Fn) -> Value {
        .builtin(Builtin(name) { a, interp in try TorchCall.run(name, &a, interp, acceptsOut: true) { try f(&$0, interp) } })
    }

    static func torch(_ interp: Interpreter) -> NamespaceObject {
        var m: [String: Value] = [:]
        for (k, f) in TorchFunctions.functions { m[k] = torchBuiltin(k, f) }
        for (k, f) in DTypeBindings.functions { m[k] = torchBuiltin(k, f) }
        for (k, f) in LibraryPrimitives.functions where m[k] == nil { m[k] = torchBuiltin(k, f) }
        for (k, d) in DTypeBindings.names { m[k] = .object(DTypeObject(d)) }
        m["dtype"] = .object(TypeObject(name: "dtype"))
        for k in MemoryFormatObject.names { m[k] = .object(MemoryFormatObject(k)) }
        for (k, f) in NNKernelBindings.torch where m[k] == nil {
            m[k] = torchBuiltin(k, NNKernelBindings.dtypeAgnostic.contains(k) ? f : NNKernelBindings.float32Only("torch." + k, f))
        }
        for (k, f) in NNKernelBindings.torchWindows where m[k] == nil { m[k] = torchBuiltin(k, NNKernelBindings.float32Only("torch." + k, f)) }
        for (k, f) in TorchSerialization.functions { m[k] = torchBuiltin(k, f) }
        m["Tensor"] = .object(TypeObject(name: "Tensor"))
        // The legacy typed classes course code still uses (d2l's `torch.FloatTensor([1, 2, 3])`):
        // constructors of one dtype, and `isinstance` tests of a CPU tensor's dtype.
        for d in [DType.float32, .float64, .int64, .int32, .bool] {
            m[String(d.tensorTypeName.dropFirst("torch.".count))] = .object(TypeObject(name: d.tensorTypeName))
        }
        m["Size"] = .object(TypeObject(name: "Size"))
        m["linalg"] = .object(linalg())
        m["special"] = .object(MathBindings.special())
        for (k, v) in DeviceBindings.torchMembers() where m[k] == nil { m[k] = v }
        let autograd = NamespaceObject("torch.autograd", [
            "set_detect_anomaly": builtin("set_detect_anomaly") { _, _ in .none },
            "grad": builtin("grad") { a, interp in try AutogradGradBinding.grad(a, interp) },
        ])
        // torch.autograd.Function and friends are the bundled torch/autograd/function.py;
        // torch.autograd.functional (jacobian, hessian, vjp, jvp) is bundled Python over grad.
        autograd.lazyMember = { name, interp in
            if name == "functional" { return try interp.library.load("torch.autograd.functional", interp).map { .object($0) } }
            guard let fn = try interp.library.load("torch.autograd.function", interp) else { return nil }
            if name == "function" { return .object(fn) }
            return ["Function", "FunctionCtx", "once_differentiable"].contains(name) ? fn.members[name] : nil
        }
        m["autograd"] = .object(autograd)
        m["__version__"] = .string("2.15.0")
        let ns = NamespaceObject("torch", m)
        ns.lazyMember = { name, interp in try torchSubmodule(name, interp) }
        return ns
    }

    static func linalg() -> NamespaceObject {
        let norm: TorchFunctions.Fn = { a, _ in
            var p = 2.0
            if let o = a.value(1, "ord"), !o.isNone { p = try Convert.double(o) }
            let dims = try TensorAttributes.dims(CallArgs(a.value(2, "dim").map { [$0] } ?? [], name: "vector_norm"))
            return .tensor(try a.tensor(0, "input").vectorNorm(ord: p, dims: dims, keepdim: try a.bool(3, "keepdim", default: false)))
        }
        var members: [String: Value] = [
            "vector_norm": builtin("vector_norm", norm),
            "qr": builtin("qr") { a, _ in
                let (q, r) = try a.tensor(0, "A").linalgQR(mode: a.value(1, "mode").map { Repr.str($0) } ?? "reduced")
                return .object(ReturnTypesObject("linalg_qr", [("Q", .tensor(q)), ("R", .tensor(r))]))
            },
            "lstsq": builtin("lstsq") { a, _ in
                if let d = a.value(nil, "driver"), !d.isNone, Repr.str(d) != "gelsy" {
                    throw PyError(.notImplemented, "torch.linalg.lstsq driver='\(Repr.str(d))' is not supported by gradstep (the CPU default, gelsy, is)")
                }
                let r = try a.tensor(0, "A").linalgLstsq(try a.tensor(1, "B"))
                return .object(ReturnTypesObject("linalg_lstsq", [("solution", .tensor(r.solution)), ("residuals", .tensor(r.residuals)),
                                                                  ("rank", .tensor(r.rank)), ("singular_values", .tensor(r.singularValues))]))
            },
        ]
        for (name, f) in LinalgBindings.linalgFunctions { members[name] = builtin(name, f) }
        for (name, f) in ReductionBindings.linalgFunctions { members[name] = builtin(name, f) }
        let ns = NamespaceObject("torch.linalg", members)
        ns.lazyMember = { name, interp in
            name == "LinAlgError" ? interp.classes.libraryException("torch._C._LinAlgError").map { .object($0) } : nil
        }
        return ns
    }

    static func numpy() -> NamespaceObject { NumpyModule.namespace() }

    /// `plt.savefig` / `fig.savefig`: the session's plotter writes the figure (SVG); a run without one
    /// (`--plain`, which draws nothing) says on stderr that no file was written rather than pretend.
    static func savefig(_ a: CallArgs, _ interp: Interpreter) throws {
        if let plotter = interp.plotter { return try plotter.plotCall("savefig", a, interp) }
        let path = (a.positional.first ?? a.value(nil, "fname")).map(Repr.str) ?? ""
        interp.warnOnce("gradstep", "savefig('\(path)'): --plain runs draw no figures, so no file was written (run without --plain to save figures as SVG)")
    }

    /// matplotlib.pyplot: each call goes to the interpreter's plot receiver (nothing when headless).
    static func pyplot() -> NamespaceObject {
        var m: [String: Value] = [:]
        for name in ["scatter", "plot", "title", "xlabel", "ylabel", "legend", "show", "subplot", "figure", "close",
                     "tight_layout", "grid", "xlim", "ylim", "yscale", "savefig", "clf", "text"] {
            m[name] = builtin(name) { a, interp in
                interp.loopWatch?.impure("plotting")
                try checkPlotData(a)
                if name == "savefig" { try savefig(a, interp); return .none }
                try interp.plotter?.plotCall(name, a, interp)
                switch name {
                case "plot": return .list(ListBox([.object(Line2DObject(interp.plotter?.lastLine))]))
                case "figure": return .object(try FigureObject.make(a, axesCount: 0, number: interp.plotter?.currentFigureNumber))
                case "text": return try textResult(a)
                case "xlim", "ylim": return try limitsResult(a, x: name == "xlim")
                case "subplot": return subplotResult(a)
                case "scatter": return .object(PathCollectionObject())
                case "legend": return .object(LegendObject())
                case "title", "xlabel", "ylabel":
                    guard case .string(let text)? = a.positional.first ?? a.value(nil, name == "title" ? "label" : name) else { return .none }
                    return labelResult(name, text)
                default: return .none
                }
            }
        }
        m["subplots"] = builtin("subplots") { a, interp in try subplots(a, interp) }
        m["style"] = .object(NamespaceObject("matplotlib.style", ["use": builtin("use") { _, _ in .none }]))
        for (k, v) in PyplotOtherNames.pyplotMembers() where m[k] == nil { m[k] = v }
        return NamespaceObject("matplotlib.pyplot", m)
    }

    /// What the REPL binds before the first line: torch, np, plt, fastai's `tensor` and `to_np`
    /// (`nn` and `F` come from `preloadedLazyModules`). The modules are the ones `import` gives, so
    /// `np.random.seed` and `import numpy` share one generator and pyplot one current figure.
    static func preloadedNames(_ interp: Interpreter) throws -> [String: Value] {
        [
            "torch": .object(try ModuleRegistry.load("torch", interp)),
            "np": .object(try ModuleRegistry.load("numpy", interp)),
            "plt": .object(try ModuleRegistry.load("matplotlib.pyplot", interp)),
            "Tensor": .object(TypeObject(name: "Tensor")),
            "tensor": builtin("tensor") { a, interp in
                guard let torchTensor = TorchFunctions.functions["tensor"] else { throw PyError(.notImplemented, "torch.tensor") }
                // fastai's tensor(1., 2) builds a tensor from several values.
                if a.positional.count > 1 {
                    var b = CallArgs([.list(ListBox(a.positional))], keywords: a.keywords, name: "tensor")
                    return try torchTensor(&b, interp)
                }
                return try torchTensor(&a, interp)
            },
            // fastai's to_np: `apply(lambda o: o.data.cpu().numpy(), x)` over lists, tuples and dicts
            // (no grad check: `.data` never requires grad).
            "to_np": builtin("to_np") { a, _ in
                func toNumpy(_ v: Value) throws -> Value {
                    switch v {
                    case .tensor(let t): return NDArray.wrap(t)
                    case .list(let l): return .list(ListBox(try l.items.map(toNumpy)))
                    case .tuple(let items): return .tuple(try items.map(toNumpy))
                    case .dict(let d): return .dict(DictBox(try d.entries.map { ($0.key, try toNumpy($0.value)) }))
                    default: throw PyError(.attribute, "'\(v.typeName)' object has no attribute 'data'")
                    }
                }
                return try toNumpy(try a.required(0, "x"))
            },
        ]
    }

    /// Preloaded names that are whole bundled-Python modules, imported when a line first uses them.
    static let preloadedLazyModules = ["nn": "torch.nn", "F": "torch.nn.functional"]

    /// The standard modules fastai's star imports re-export (fastai.imports imports them).
    static let fastaiStandardModules = ["math", "random", "sys", "operator", "collections", "itertools",
                                        "functools", "warnings", "time", "json", "copy", "re"]

    /// What `from fastai.basics import *` (and fastbook's, fastai.vision.all's, fastai.torch_core's)
    /// brings in gradstep: the names the seed notebooks and fastbook chapter 4 use, as the real modules.
    /// Nothing else pretends to be fastai; `fastaiHint` names this list when a program reaches for more.
    static func fastaiNamespace(_ interp: Interpreter) throws -> [String: Value] {
        var names = try preloadedNames(interp)
        for (k, module) in preloadedLazyModules { names[k] = .object(try ModuleRegistry.load(module, interp)) }
        for module in fastaiStandardModules { names[module] = .object(try ModuleRegistry.load(module, interp)) }
        names["partial"] = try ModuleRegistry.load("functools", interp).members["partial"]
        return names
    }

    /// The hint of a NameError after a fastai star import: which fastai names gradstep provides.
    static let fastaiHint = "gradstep stands in for fastai with tensor, to_np, Tensor, torch, nn, F, np, plt, partial and " +
        "the standard modules fastai re-exports (\(fastaiStandardModules.joined(separator: ", "))); other fastai names " +
        "(Learner, DataLoaders, L, ...) are not supported"

    /// Torch functions by their bare names (`sin(x)`, `zeros(3)`), for the REPL.
    static func torchBareNames(_ interp: Interpreter) -> [String: Value] {
        var m: [String: Value] = [:]
        // Python's own builtins (round, max, abs, sum, …) keep their Python meaning at the prompt.
        for (k, f) in TorchFunctions.functions where Builtins.python[k] == nil { m[k] = builtin(k, f) }
        return m
    }
}

/// What `plt.plot` returns: a line whose data can be replaced (`line.set_ydata(...)`, as an animation
/// does); the session redraws its figure with the new data.
final class Line2DObject: DefaultReprObject {
    /// The line in the session's figures (nil headless, where nothing is drawn).
    let handle: PlotLineHandle?
    init(_ handle: PlotLineHandle? = nil) { self.handle = handle }
    var typeName: String { "Line2D" }
    var qualifiedClassName: String { "matplotlib.lines.Line2D" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        guard ["set_ydata", "set_data", "set_xdata"].contains(name) else { return nil }
        return .builtin(Builtin(name) { [handle] a, interp in
            // The data is converted only when the figure is drawn (never, headless).
            guard let handle, let plotter = interp.plotter else { return .none }
            switch name {
            case "set_data": try plotter.setLineData(handle, x: try a.required(0, "x"), y: try a.required(1, "y"), interp)
            case "set_xdata": try plotter.setLineData(handle, x: try a.required(0, "x"), y: nil, interp)
            default: try plotter.setLineData(handle, x: nil, y: try a.required(0, "y"), interp)
            }
            return .none
        })
    }
}
