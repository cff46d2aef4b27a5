import Autograd

/// `torch.autograd.grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
/// only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False)`.
enum AutogradGradBinding {
    static func grad(_ a: CallArgs, _ interp: Interpreter) throws -> Value {
        func tensors(_ v: Value, _ what: String) throws -> [Tensor] {
            if case .tensor(let t) = v { return [t] }
            return try interp.iterate(v).map { item in
                guard case .tensor(let t) = item else {
                    throw PyError(.type, "\(what) must be a Tensor or a sequence of Tensors, not \(item.typeName)")
                }
                return t
            }
        }
        let outputs = try tensors(try a.required(0, "outputs"), "outputs")
        let inputs = try tensors(try a.required(1, "inputs"), "inputs")
        var gradOutputs = [Tensor?](repeating: nil, count: outputs.count)
        if let g = a.value(2, "grad_outputs"), !g.isNone {
            let items: [Value]
            if case .tensor = g { items = [g] } else { items = try interp.iterate(g) }
            guard items.count == outputs.count else {
                throw PyError(.runtime, "grad requires one grad_output per output: got \(items.count) grad_outputs for \(outputs.count) outputs")
            }
            gradOutputs = try items.map { v -> Tensor? in
                if v.isNone { return nil }
                guard case .tensor(let t) = v else { throw PyError(.type, "grad_outputs must contain Tensors or None, not \(v.typeName)") }
                return t
            }
        }
        let createGraph = try a.bool(4, "create_graph", default: false)
        let retain = a.value(3, "retain_graph").flatMap { $0.isNone ? nil : $0 }
        let retainGraph = try retain.map { try $0.truthy() } ?? createGraph
        _ = a.value(5, "only_inputs")
        let allowUnused = try a.value(6, "allow_unused").flatMap { $0.isNone ? nil : try $0.truthy() }
        if try a.bool(7, "is_grads_batched", default: false) {
            throw PyError(.notImplemented, "torch.autograd.grad(is_grads_batched=True) is not supported by gradstep")
        }
        let materialize = try a.bool(8, "materialize_grads", default: false)
        if materialize && allowUnused == false {
            throw PyError(.value, "Expected allow_unused to be True or not passed when materialize_grads=True, but got: allow_unused=False.")
        }
        let grads = try Tensor.autogradGrad(outputs: outputs, gradOutputs: gradOutputs, inputs: inputs, retainGraph: retainGraph,
                                            createGraph: createGraph, allowUnused: allowUnused ?? materialize, materialize: materialize)
        return .tuple(grads.map { $0.map(Value.tensor) ?? .none })
    }
}
