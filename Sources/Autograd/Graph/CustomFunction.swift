// The engine hook behind torch.autograd.Function: a node whose backward is supplied at run time
// (the learner's `backward`, called back through the script layer).

/// Boxes a non-Sendable backward callback for an `Op` (the graph runs on one thread at a time).
private final class CustomBackward: @unchecked Sendable {
    let run: ([Tensor?]) throws -> [Tensor?]
    init(_ run: @escaping ([Tensor?]) throws -> [Tensor?]) { self.run = run }
}

extension Tensor {
    /// Attaches a node named `name` (PyTorch: the Function's class name + `Backward`) to `outputs`,
    /// with `inputs` (the tensor arguments, in order) as its next functions. `backward` receives one
    /// gradient per output (nil where none arrived) and returns one per input. An output that is
    /// one of the inputs is replaced by an alias first (PyTorch returns a view of it).
    /// Outputs with `differentiable[i] == false` get no node. `saved` are the tensors ctx saved: the
    /// node keeps them as any node does, so a second backward after they were freed fails as in
    /// PyTorch (a Function that saved nothing can run backward again). Returns the (possibly aliased) outputs.
    public static func customFunction(name: String, inputs: [Tensor], outputs: [Tensor], differentiable: [Bool], saved: [Tensor] = [],
                                      backward: @escaping ([Tensor?]) throws -> [Tensor?]) -> [Tensor] {
        let outs = outputs.map { o -> Tensor in
            guard inputs.contains(where: { $0 === o }) else { return o }
            return Tensor(storage: o.storage, shape: o.shape, strides: o.strides, offset: o.offset, dtype: o.dtype, version: o.version)
        }
        guard GradMode.isEnabled, inputs.contains(where: { $0.requiresGrad }),
              outs.indices.contains(where: { $0 >= differentiable.count || differentiable[$0] }) else { return outs }
        // A non-differentiable output keeps its slot in the node (its gradient arrives as nil) through
        // a stand-in, so the output itself stays without grad_fn.
        let slots = outs.enumerated().map { i, o -> Tensor in
            i < differentiable.count && !differentiable[i]
                ? Tensor(storage: o.storage, shape: o.shape, strides: o.strides, offset: o.offset, dtype: o.dtype, version: o.version) : o
        }
        let box = CustomBackward(backward)
        let op = Op(name, symbol: "\(name.replacingOccurrences(of: "Backward", with: ""))(…)",
                    explanation: "a custom autograd.Function: its backward is the learner's own code",
                    derivatives: ["the learner's backward"], kind: .other, savesTensors: !saved.isEmpty,
                    // Under create_graph the learner's backward runs in grad mode, recording its ops
                    // on the tensors ctx saved (which keep their graph), as in PyTorch.
                    differentiable: { c in try box.run(c.grads) }, graphAlways: true) { c in try box.run(c.grads) }
        record(op, slots, inputs: inputs, saving: saved)
        return outs
    }
}
