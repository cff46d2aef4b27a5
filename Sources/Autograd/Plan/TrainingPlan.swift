/// A training step compiled once and run many times: the traced forward's ops become a flat list
/// of kernels over preallocated buffers, then backward runs them in reverse, then SGD updates the
/// parameters. Numbers are bit-identical to the tensor path (forward, `backward()`, `p -= lr * g`),
/// so `train N` gives the same result whether or not it could use a plan.
public final class TrainingPlan {
    private let arena = PlanArena()
    private let forwardSteps: [() -> Void]
    private let backwardSteps: [() -> Void]
    private let loss: PlanSlot
    private let gradSlots: [PlanSlot]
    private let parameters: [(tensor: Tensor, slot: PlanSlot, reached: Bool)]
    /// How many ops the plan runs per step.
    public let opCount: Int

    /// Why a traced forward could not be compiled (the caller then trains through tensors).
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    /// Compiles what `trace` recorded while computing `lossTensor` from `parameters`.
    public init(trace: TraceRecorder, loss lossTensor: Tensor, parameters params: [Tensor]) throws {
        func unsupported(_ why: String) -> Unsupported { Unsupported(description: why) }
        guard lossTensor.numel == 1, let lossNode = lossTensor.gradFn else { throw unsupported("the loss is not a scalar computed from the parameters") }
        let entries = trace.entries
        var entryIndex: [ObjectIdentifier: Int] = [:]
        for (i, e) in entries.enumerated() { entryIndex[ObjectIdentifier(e.node)] = i }
        guard let lossEntry = entryIndex[ObjectIdentifier(lossNode)] else { throw unsupported("the loss was not computed in the traced forward") }

        // Parameter slots: values copied in by `load`, gradients reset each step.
        var paramSlots: [ObjectIdentifier: (Int, PlanSlot)] = [:]
        var paramList: [(Tensor, PlanSlot)] = []
        for (k, p) in params.enumerated() {
            guard p.dtype == .float32 else { throw unsupported("parameter \(k) is not float32") }
            let slot = PlanSlot(value: arena.floats(p.numel), grad: arena.floats(p.numel, -0.0), shape: p.shape, count: p.numel)
            paramSlots[ObjectIdentifier(p)] = (k, slot)
            paramList.append((p, slot))
        }
        let paramStorages = params.map { ObjectIdentifier($0.storage) }

        // Which entries the loss depends on, and which values receive a gradient.
        var needed = [Bool](repeating: false, count: entries.count)
        var reachedOutputs = entries.map { [Bool](repeating: false, count: $0.outputs.count) }
        var reachedParams = [Bool](repeating: false, count: params.count)
        needed[lossEntry] = true
        reachedOutputs[lossEntry][lossTensor._outputNr] = true
        for i in stride(from: entries.count - 1, through: 0, by: -1) where needed[i] {
            for edge in entries[i].edges {
                guard let node = edge.node else { continue }
                if let j = entryIndex[ObjectIdentifier(node)] {
                    needed[j] = true
                    reachedOutputs[j][edge.inputNr] = true
                } else if let v = node.variable, let (k, _) = paramSlots[ObjectIdentifier(v)] {
                    reachedParams[k] = true
                }
            }
        }

        var outputSlots: [[PlanSlot]] = []
        var forward: [() -> Void] = []
        var backward: [(Int, () -> Void)] = []
        var grads: [PlanSlot] = paramList.map(\.1)
        for (i, e) in entries.enumerated() {
            guard let kernel = e.op.plan else { throw unsupported("\(e.op.name) has no plan kernel") }
            var inputs: [PlanSlot] = []
            for (k, edge) in e.edges.enumerated() {
                if let node = edge.node {
                    if let j = entryIndex[ObjectIdentifier(node)] {
                        inputs.append(outputSlots[j][edge.inputNr])
                    } else if let v = node.variable, let (_, slot) = paramSlots[ObjectIdentifier(v)] {
                        inputs.append(slot)
                    } else {
                        throw unsupported("\(e.op.name) reads a tensor made before the traced forward")
                    }
                } else {
                    guard let values = e.constants[k] else { throw unsupported("missing constant") }
                    if paramStorages.contains(ObjectIdentifier(e.inputStorages[k])) {
                        throw unsupported("\(e.op.name) reads a parameter's data outside the graph (.data / detach / no_grad)")
                    }
                    let buffer = arena.floats(values.count)
                    for (x, v) in values.enumerated() { buffer[x] = v }
                    inputs.append(PlanSlot(value: buffer, grad: nil, shape: e.inputShapes[k], count: values.count))
                }
            }
            var outs: [PlanSlot] = []
            for o in e.outputs {
                guard o.dtype == .float32 else { throw unsupported("\(e.op.name) makes a \(o.dtype.rawValue) tensor") }
                let slot = PlanSlot(value: arena.floats(o.numel), grad: arena.floats(o.numel, -0.0), shape: o.shape, count: o.numel)
                outs.append(slot)
                grads.append(slot)
            }
            outputSlots.append(outs)
            guard let step = kernel.compile(PlanCall(inputs: inputs, outputs: outs, outputReached: reachedOutputs[i], args: e.args, arena: arena)) else {
                throw unsupported("\(e.op.name) in this form has no plan kernel")
            }
            forward.append(step.forward)
            if needed[i] { backward.append((i, step.backward)) }
        }
        forwardSteps = forward
        backwardSteps = backward.reversed().map(\.1)
        loss = outputSlots[lossEntry][lossTensor._outputNr]
        gradSlots = grads
        parameters = paramList.enumerated().map { k, p in (p.0, p.1, reachedParams[k]) }
        opCount = entries.count
    }

    /// Copies the parameters' current values into the plan.
    public func load() {
        for (t, slot, _) in parameters {
            let v = t.floatValues()
            for i in 0..<slot.count { slot.value[i] = v[i] }
        }
    }

    /// Writes the plan's parameter values back into the parameter tensors.
    public func store() {
        for (t, slot, _) in parameters {
            t.assign(floats: Array(UnsafeBufferPointer(start: slot.value, count: slot.count)))
        }
    }

    /// One training step: forward, backward, `p -= lr * p.grad` for every parameter the loss reached.
    /// Returns the loss computed by the forward (before the update).
    @discardableResult
    public func step(lr: Double) -> Float {
        let value = forward()
        backwardAndUpdate(lr: lr)
        return value
    }

    /// Runs the forward ops; returns the loss.
    public func forward() -> Float {
        for f in forwardSteps { f() }
        return loss.value[0]
    }

    /// Backward from the loss of the last `forward()`, then `p -= lr * p.grad` for reached parameters.
    public func backwardAndUpdate(lr: Double) {
        backward()
        update(lr: lr)
    }

    /// The gradient of `tensor` (one of the plan's parameters) from the last `backward()`, in logical
    /// order; nil when the loss does not reach it.
    public func gradient(of tensor: Tensor) -> [Float]? {
        for (t, slot, reached) in parameters where t === tensor {
            guard reached, let g = slot.grad else { return nil }
            return Array(UnsafeBufferPointer(start: g, count: slot.count))
        }
        return nil
    }

    /// True when every parameter gradient of the last `backward()` is finite.
    public var gradientsAreFinite: Bool {
        for (_, slot, reached) in parameters where reached {
            guard let g = slot.grad else { continue }
            for i in 0..<slot.count where !g[i].isFinite { return false }
        }
        return true
    }

    /// Backward from the loss of the last `forward()` into the gradient buffers.
    public func backward() {
        for s in gradSlots {
            guard let g = s.grad else { continue }
            for i in 0..<s.count { g[i] = -0.0 }
        }
        loss.grad?[0] = 1
        for b in backwardSteps { b() }
    }

    /// `p -= lr * p.grad` for every parameter the loss reached.
    public func update(lr: Double) {
        let lrF = Float(lr)
        for (_, slot, reached) in parameters where reached {
            guard let g = slot.grad else { continue }
            for i in 0..<slot.count { slot.value[i] = slot.value[i] - (g[i] * lrF) }
        }
    }
}
