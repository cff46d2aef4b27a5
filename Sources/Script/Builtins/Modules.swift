import Autograd

/// The importable namespaces: torch (with nn, nn.functional, linalg, optim), numpy and matplotlib
/// stand-ins, and fastai's star imports.
enum Modules {
    static func builtin(_ name: String, _ f: @escaping TorchFunctions.Fn) -> Value { .builtin(Builtin(name, f)) }

    static func torch(_ interp: Interpreter) -> NamespaceObject {
        var m: [String: Value] = [:]
        for (k, f) in TorchFunctions.functions { m[k] = builtin(k, f) }
        for (k, f) in DTypeBindings.functions { m[k] = builtin(k, f) }
        for (k, f) in LibraryPrimitives.functions where m[k] == nil { m[k] = builtin(k, f) }
        for (k, d) in DTypeBindings.names { m[k] = .object(DTypeObject(d)) }
        m["dtype"] = .object(TypeObject(name: "dtype"))
        for k in MemoryFormatObject.names { m[k] = .object(MemoryFormatObject(k)) }
        for (k, f) in NNKernelBindings.torch where m[k] == nil {
            m[k] = builtin(k, NNKernelBindings.dtypeAgnostic.contains(k) ? f : NNKernelBindings.float32Only("torch." + k, f))
        }
        for (k, f) in NNKernelBindings.torchWindows where m[k] == nil { m[k] = builtin(k, NNKernelBindings.float32Only("torch." + k, f)) }
        m["Tensor"] = .object(TypeObject(name: "Tensor"))
        m["Size"] = .object(TypeObject(name: "Size"))
        m["linalg"] = .object(linalg())
        for (k, v) in DeviceBindings.torchMembers() where m[k] == nil { m[k] = v }
        let autograd = NamespaceObject("torch.autograd", ["set_detect_anomaly": builtin("set_detect_anomaly") { _, _ in .none }])
        // torch.autograd.Function and friends are the bundled torch/autograd/function.py.
        autograd.lazyMember = { name, interp in
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

    static func functional() -> NamespaceObject {
        NamespaceObject("torch.nn.functional", [
            "mse_loss": builtin("mse_loss") { a, interp in
                let reduction = a.value(2, "reduction").map(Repr.str) ?? "mean"
                guard let r = LossReduction(name: reduction) else { throw PyError(.value, "\(reduction) is not a valid value for reduction") }
                let (out, warning) = try a.tensor(0, "input").mseLoss(try a.tensor(1, "target"), reduction: r)
                if let w = warning { interp.warnOnce("UserWarning", w) }
                return .tensor(out)
            },
            "relu": builtin("relu") { a, _ in .tensor(try a.tensor(0, "input").relu()) },
            "sigmoid": builtin("sigmoid") { a, _ in .tensor(try a.tensor(0, "input").sigmoid()) },
            "tanh": builtin("tanh") { a, _ in .tensor(try a.tensor(0, "input").tanh()) },
        ])
    }

    static func nn(_ interp: Interpreter) -> NamespaceObject {
        NamespaceObject("torch.nn", [
            "Parameter": builtin("Parameter") { a, _ in
                let data = try a.value(0, "data").map { v -> Tensor in
                    guard case .tensor(let t) = v else { throw PyError(.type, "Parameter(): argument 'data' must be Tensor, not \(v.typeName)") }
                    return t
                } ?? Tensor(floats: [], shape: [0])
                return .tensor(try Tensor.parameter(data, requiresGrad: try a.bool(1, "requires_grad", default: true)))
            },
            "MSELoss": builtin("MSELoss") { a, _ in
                let reduction = a.value(nil, "reduction").map(Repr.str) ?? "mean"
                guard let r = LossReduction(name: reduction) else { throw PyError(.value, "\(reduction) is not a valid value for reduction") }
                return .object(MSELossObject(r))
            },
            "functional": .object(functional()),
            "Module": builtin("Module") { _, _ in
                throw PyError(.notImplemented, "nn.Module classes are not supported by gradstep yet",
                              hint: "write the model as a function of parameter tensors instead")
            },
        ])
    }

    static func linalg() -> NamespaceObject {
        let norm: TorchFunctions.Fn = { a, _ in
            var p = 2.0
            if let o = a.value(1, "ord"), !o.isNone { p = try Convert.double(o) }
            let dims = try TensorAttributes.dims(CallArgs(a.value(2, "dim").map { [$0] } ?? [], name: "vector_norm"))
            return .tensor(try a.tensor(0, "input").vectorNorm(ord: p, dims: dims, keepdim: try a.bool(3, "keepdim", default: false)))
        }
        return NamespaceObject("torch.linalg", ["vector_norm": builtin("vector_norm", norm), "norm": builtin("norm", norm)])
    }

    static func numpy() -> NamespaceObject {
        NamespaceObject("numpy", [
            "zeros": builtin("zeros") { a, interp in try TorchFunctions.functions["zeros"]!(&a, interp) },
            "ones": builtin("ones") { a, interp in try TorchFunctions.functions["ones"]!(&a, interp) },
            "arange": builtin("arange") { a, interp in try TorchFunctions.functions["arange"]!(&a, interp) },
            "linspace": builtin("linspace") { a, interp in try TorchFunctions.functions["linspace"]!(&a, interp) },
            "pi": .float(Double.pi),
            "e": .float(2.718281828459045),
        ])
    }

    /// matplotlib.pyplot: each call goes to the interpreter's plot receiver (nothing when headless).
    static func pyplot() -> NamespaceObject {
        var m: [String: Value] = [:]
        for name in ["scatter", "plot", "title", "xlabel", "ylabel", "legend", "show", "subplot", "figure", "close",
                     "tight_layout", "grid", "xlim", "ylim", "yscale", "savefig", "clf"] {
            m[name] = builtin(name) { a, interp in
                interp.loopWatch?.impure("plotting")
                try checkPlotData(a)
                try interp.plotter?.plotCall(name, a, interp)
                switch name {
                case "plot": return .list(ListBox([.object(Line2DObject())]))
                case "scatter": return .object(PathCollectionObject())
                case "legend": return .object(LegendObject())
                case "title":
                    guard case .string(let text)? = a.positional.first ?? a.value(nil, "label") else { return .none }
                    return .object(TextObject(x: 0.5, y: 1.0, text: text))
                default: return .none
                }
            }
        }
        m["subplots"] = builtin("subplots") { a, _ in try subplots(a) }
        m["style"] = .object(NamespaceObject("matplotlib.style", ["use": builtin("use") { _, _ in .none }]))
        return NamespaceObject("matplotlib.pyplot", m)
    }

    /// What `from fastai.basics import *` (and friends) brings: torch, nn, F, np, plt, fastai's `tensor`.
    static func fastaiNamespace(_ interp: Interpreter) -> [String: Value] {
        [
            "torch": .object(torch(interp)),
            "nn": .object(nn(interp)),
            "F": .object(functional()),
            "np": .object(numpy()),
            "plt": .object(pyplot()),
            "tensor": builtin("tensor") { a, interp in
                // fastai's tensor(1., 2) builds a tensor from several values.
                if a.positional.count > 1 {
                    var b = CallArgs([.list(ListBox(a.positional))], keywords: a.keywords, name: "tensor")
                    return try TorchFunctions.functions["tensor"]!(&b, interp)
                }
                return try TorchFunctions.functions["tensor"]!(&a, interp)
            },
            "to_np": builtin("to_np") { a, _ in .tensor(try a.tensor(0, "x").detach()) },
        ]
    }

    /// Torch functions by their bare names (`sin(x)`, `zeros(3)`), for the REPL.
    static func torchBareNames(_ interp: Interpreter) -> [String: Value] {
        var m: [String: Value] = [:]
        // Python's own builtins (round, max, abs, sum, …) keep their Python meaning at the prompt.
        for (k, f) in TorchFunctions.functions where Builtins.python[k] == nil { m[k] = builtin(k, f) }
        return m
    }
}

/// What `plt.plot` returns: a line whose data can be replaced (`line.set_ydata(...)`); drawing is the session's.
final class Line2DObject: DefaultReprObject {
    var typeName: String { "Line2D" }
    var qualifiedClassName: String { "matplotlib.lines.Line2D" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        // The data is converted only when the figure is drawn (never, headless).
        name == "set_ydata" || name == "set_data" || name == "set_xdata" ? .builtin(Builtin(name) { _, _ in .none }) : nil
    }
}
