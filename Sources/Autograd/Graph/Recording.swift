extension Tensor {
    /// Which output of its grad_fn this tensor is (unbind makes several).
    var outputNr: Int {
        get { _outputNr }
    }

    /// The edge a gradient for this tensor flows along: its grad_fn, its leaf's AccumulateGrad, or none.
    func gradientEdge() -> Edge {
        if let fn = gradFn { return Edge(node: fn, inputNr: _outputNr) }
        if leafRequiresGrad { return Edge(node: accumulateGradNode(), inputNr: 0) }
        return Edge(node: nil, inputNr: 0)
    }

    /// The AccumulateGrad node of this leaf, made on first use and shared while any graph holds it.
    public func accumulateGradNode() -> Node {
        if let n = accumulator { return n }
        let n = Node(accumulating: self)
        accumulator = n
        return n
    }

    /// A detached alias (same storage and version counter, no graph): what a node saves.
    func savedAlias() -> Tensor {
        let t = Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype, version: version)
        t.isWrappedNumber = isWrappedNumber
        return t
    }
}

/// Attaches a node for `op` to `outputs` when grad mode is on and an input requires grad.
/// Returns the first output, for the common single-output case.
/// `checking[i]` false marks a saved tensor PyTorch would not keep for these inputs (no version check).
@discardableResult
func record(_ op: Op, _ outputs: [Tensor], inputs: [Tensor], saving saved: [Tensor] = [], checking: [Bool]? = nil,
            args: OpArgs = OpArgs()) -> Tensor {
    Tensor.roundHalfResults(op, outputs, inputs: inputs)
    guard GradMode.isEnabled, inputs.contains(where: { $0.requiresGrad }) else {
        if let tape = LoopTracing.tape {
            if outputs.contains(where: { $0.dtype == .float64 }) { tape.reject("float64 tensors (\(op.name)): compiled loops run float32 only") }
            tape.append(op, inputs: inputs, outputs: outputs, args: args, node: nil)
        }
        return outputs[0]
    }
    let info = saved.enumerated().map { i, t in
        let isOutput = outputs.contains { $0 === t }
        return SavedInfo(original: isOutput ? nil : t, gradFnAtSave: isOutput ? nil : t.gradFn,
                         outputNr: isOutput ? (outputs.firstIndex { $0 === t } ?? 0) : t._outputNr,
                         isOutput: isOutput, checked: checking.map { i < $0.count ? $0[i] : true } ?? true)
    }
    let node = Node(op: op, inputs: inputs.map { $0.gradientEdge() },
                    saved: saved.map { $0.savedAlias() }, savedInfo: info, args: args,
                    inputShapes: inputs.map(\.shape), outputShape: outputs[0].shape, outputCount: outputs.count,
                    dataInputs: inputs.contains { !$0.requiresGrad } ? inputs.map { WeakStorage($0.requiresGrad ? nil : $0) } : [])
    node.setOutputs(outputs)
    node.inputDTypes = inputs.map(\.dtype)
    if LoopTracing.tape != nil,
       inputs.contains(where: { $0.dtype == .float64 && !$0.isWrappedNumber }) || outputs.contains(where: { $0.dtype == .float64 }) {
        // Compiled loops run float32 kernels: a float64 step stays with the interpreter.
        LoopTracing.reject("float64 tensors (\(op.name)): compiled loops run float32 only")
    }
    for (i, o) in outputs.enumerated() {
        if let previous = o.gradFn, previous !== node { previous.forgetOutput(ObjectIdentifier(o)) }
        o.gradFn = node
        o._outputNr = i
    }
    if let tape = LoopTracing.tape { tape.append(op, inputs: inputs, outputs: outputs, args: args, node: node) }
    return outputs[0]
}

/// Single-output form of `record`.
@discardableResult
func record(_ op: Op, _ output: Tensor, inputs: [Tensor], saving saved: [Tensor] = [], checking: [Bool]? = nil,
            args: OpArgs = OpArgs()) -> Tensor {
    record(op, [output], inputs: inputs, saving: saved, checking: checking, args: args)
}
