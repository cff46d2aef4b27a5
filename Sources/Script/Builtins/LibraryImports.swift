import Autograd
import Foundation

/// The import hook for the bundled Python library and the Swift modules it imports:
/// `torch.nn.parameter` (Parameter is a flagged tensor, kept in Swift), `torch._C._nn` (the nn
/// kernels), and `warnings`. Everything else bundled (torch.nn, torch.optim, torch.utils.data,
/// collections) is Python run by `LibraryLoader` on first import.
extension Modules {
    /// The module `name` when it is bundled or one of the Swift modules the library imports; nil otherwise.
    static func libraryModule(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "torch.nn.parameter": return .object(parameterModule())
        case "torch._C": return .object(NamespaceObject("torch._C", ["_nn": .object(nnKernels())]))
        case "torch._C._nn": return .object(nnKernels())
        case "warnings": return .object(warningsModule())
        case "torch.optim":
            guard let m = try interp.library.load(name, interp) else { return nil }
            // The loop compiler turns the Swift SGD's steps into buffer updates (LoopTape.SGDStep);
            // it cannot see the bundled Python SGD yet, so plain parameter lists keep the Swift one.
            if case .builtin(let swiftSGD)? = optim().members["SGD"], case let pythonSGD? = m.members["SGD"], m.members["_PythonSGD"] == nil {
                m.members["_PythonSGD"] = pythonSGD
                m.members["SGD"] = builtin("SGD") { a, interp in
                    if a.keywords.allSatisfy({ ["lr", "momentum", "dampening", "weight_decay", "nesterov"].contains($0.0) }),
                       let params = a.value(0, "params"), case .list(let l) = params, l.items.allSatisfy({ if case .tensor = $0 { return true } else { return false } }) {
                        return try swiftSGD.call(&a, interp)
                    }
                    return try interp.call(pythonSGD, &a)
                }
            }
            return .object(m)
        default: return try interp.library.load(name, interp).map { .object($0) }
        }
    }

    /// What `torch.<name>` is when the Swift torch namespace has no such member: a bundled
    /// submodule (`torch.nn`, `torch.optim`, `torch.utils`), loaded on first access.
    static func torchSubmodule(_ name: String, _ interp: Interpreter) throws -> Value? {
        if name == "_C" { return try libraryModule("torch._C", interp) }
        guard BundledLibrary.source("torch." + name) != nil else { return nil }
        return try libraryModule("torch." + name, interp)
    }

    /// `math`: what course code and the bundled library (init, schedulers, random_split) use.
    static func mathModule() -> NamespaceObject {
        func unary(_ name: String, _ f: @escaping (Double) -> Double) -> Value {
            builtin(name) { a, _ in .float(f(try a.double(0, "x"))) }
        }
        return NamespaceObject("math", [
            "pi": .float(Double.pi), "e": .float(2.718281828459045), "inf": .float(.infinity), "nan": .float(.nan),
            "sqrt": builtin("sqrt") { a, _ in
                let x = try a.double(0, "x")
                if x < 0 { throw PyError(.value, "math domain error") }
                return .float(x.squareRoot())
            },
            "erf": unary("erf", Foundation.erf), "exp": unary("exp", Foundation.exp), "cos": unary("cos", Foundation.cos),
            "sin": unary("sin", Foundation.sin), "tanh": unary("tanh", Foundation.tanh),
            "log": builtin("log") { a, _ in
                let x = try a.double(0, "x")
                if x <= 0 { throw PyError(.value, "math domain error") }
                if let b = a.value(1, "base") { return .float(Foundation.log(x) / Foundation.log(try Convert.double(b))) }
                return .float(Foundation.log(x))
            },
            "floor": builtin("floor") { a, _ in
                let x = try a.double(0, "x")
                guard x.isFinite else { throw PyError(x.isNaN ? .value : .overflow, x.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer") }
                return .int(Int(x.rounded(.down)))
            },
            "ceil": builtin("ceil") { a, _ in
                let x = try a.double(0, "x")
                guard x.isFinite else { throw PyError(x.isNaN ? .value : .overflow, x.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer") }
                return .int(Int(x.rounded(.up)))
            },
            "isclose": builtin("isclose") { a, _ in
                let x = try a.double(0, "a"), y = try a.double(1, "b")
                let rel = try a.double(nil, "rel_tol", default: 1e-9), abs = try a.double(nil, "abs_tol", default: 0)
                if x == y { return .bool(true) }
                if x.isInfinite || y.isInfinite { return .bool(false) }
                let diff = Swift.abs(y - x)
                return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abs)
            },
        ])
    }

    static func parameterModule() -> NamespaceObject {
        NamespaceObject("torch.nn.parameter", [
            "Parameter": .object(TypeObject(name: "Parameter")),
            // nn.Buffer is not supported yet: a class no tensor is an instance of.
            "Buffer": .object(TypeObject(name: "Buffer")),
        ])
    }

    /// `Parameter(data=None, requires_grad=True)`: a leaf sharing `data`'s storage, flagged as a parameter.
    static func makeParameter(_ a: CallArgs) throws -> Value {
        let data = try a.value(0, "data").map { v -> Tensor in
            if v.isNone { return Tensor(floats: [], shape: [0]) }
            guard case .tensor(let t) = v else { throw PyError(.type, "Parameter(): argument 'data' must be Tensor, not \(v.typeName)") }
            return t
        } ?? Tensor(floats: [], shape: [0])
        return .tensor(try Tensor.parameter(data, requiresGrad: try a.bool(1, "requires_grad", default: true)))
    }

    static func warningsModule() -> NamespaceObject {
        NamespaceObject("warnings", [
            "warn": builtin("warn") { a, interp in
                let message = Repr.str(try a.required(0, "message"))
                var category = "UserWarning"
                if let c = a.value(1, "category"), !c.isNone {
                    if case .object(let cls as ClassObject) = c { category = cls.name } else { category = Interpreter.describeCallee(c) }
                }
                interp.warnOnce(category, message)
                return .none
            },
        ])
    }

    /// `torch._C._nn`: the nn kernels torch/nn/functional.py calls. A kernel gradstep lacks raises
    /// NotImplementedError naming it when called.
    static func nnKernels() -> NamespaceObject {
        let ns = NamespaceObject("torch._C._nn", [
            "linear": builtin("linear") { a, _ in
                let input = try a.tensor(0, "input"), weight = try a.tensor(1, "weight")
                let bias = try a.value(2, "bias").flatMap { v -> Tensor? in
                    if v.isNone { return nil }
                    guard case .tensor(let t) = v else { throw PyError(.type, "linear(): argument 'bias' must be Tensor, not \(v.typeName)") }
                    return t
                }
                return .tensor(try Tensor.linear(input, weight, bias))
            },
            "mse_loss": builtin("mse_loss") { a, _ in
                let r = try a.int(2, "reduction", default: 1)
                guard let reduction = LossReduction(rawValue: r) else { throw PyError(.value, "\(r) is not a valid value for reduction") }
                return .tensor(try a.tensor(0, "input").mseLoss(try a.tensor(1, "target"), reduction: reduction).0)
            },
        ])
        ns.lazyMember = { name, _ in
            .builtin(Builtin(name) { _, _ in throw PyError(.notImplemented, "torch._C._nn.\(name) (a torch.nn kernel) is not supported by gradstep yet") })
        }
        return ns
    }
}
