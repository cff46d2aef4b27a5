import Autograd
import Foundation

/// The import hook for the bundled Python library and the Swift modules it imports:
/// `torch.nn.parameter` (Parameter is a flagged tensor, kept in Swift), `torch._C._nn` (the nn
/// kernels). Everything else bundled (torch.nn, torch.optim, torch.utils.data) is Python run by
/// `LibraryLoader` on first import; the standard modules are ModuleRegistry's.
extension Modules {
    /// The module `name` when it is bundled or one of the Swift modules the library imports; nil otherwise.
    static func libraryModule(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "torch.nn.parameter": return .object(parameterModule())
        case "torch._C": return .object(NamespaceObject("torch._C", [
            "_nn": .object(nnKernels()),
            "_wrap_function_outputs": builtin("_wrap_function_outputs") { a, interp in try FunctionBindings.wrapOutputs(a, interp) },
            "_optimizer_step": builtin("_optimizer_step") { a, interp in try OptimizerStepHook.call(a, interp) },
            // Module.__call__ brackets its forward with these, so the graph can box each module's nodes.
            "_module_scope_begin": builtin("_module_scope_begin") { _, _ in .int(Node.sequenceMark()) },
            "_module_scope_end": builtin("_module_scope_end") { a, interp in
                if case .object(let m as Instance)? = a.value(0, "module"), case .int(let start)? = a.value(1, "start") {
                    interp.moduleScopes.record(m, start: start, end: Node.sequenceMark())
                }
                return .none
            },
            "_lr_scheduler_step": builtin("_lr_scheduler_step") { a, interp in try LRSchedulerStepHook.call(a, interp) },
            "_row_batches": builtin("_row_batches") { a, interp in try RowBatches.iterator(a, interp) },
            // Library code a loop plan cannot replay names itself, so `--loop-report` says what it is.
            "_loop_not_compiled": builtin("_loop_not_compiled") { a, interp in
                if case .string(let why)? = a.positional.first {
                    interp.loopWatch?.impure(why)
                    LoopTracing.reject(why)
                }
                return .none
            },
        ]))
        case "torch._C._nn": return .object(nnKernels())
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
        for (k, f) in NNKernelBindings.nn where ns.members[k] == nil {
            ns.members[k] = builtin(k, k == "one_hot" ? f : NNKernelBindings.float32Only("torch._C._nn." + k, f))
        }
        for (k, f) in NNKernelBindings.nnWindows where ns.members[k] == nil { ns.members[k] = builtin(k, NNKernelBindings.float32Only("torch._C._nn." + k, f)) }
        ns.lazyMember = { name, _ in
            .builtin(Builtin(name) { _, _ in throw PyError(.notImplemented, "torch._C._nn.\(name) (a torch.nn kernel) is not supported by gradstep yet") })
        }
        return ns
    }
}
