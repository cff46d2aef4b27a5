import Autograd
import Script

/// The model commands: forward, grad and detach (`TrainingPart` has step, zero_grad and train).
extension DebugSession {
    func forwardCommand() throws {
        let (name, loss, count) = try runForward()
        emit(.forward(loss: name, value: loss, nodes: GraphRenderer.nodeCount(loss), recomputed: count))
        if count == 0 {
            emit(.hint("nothing was recomputed: \(name) does not depend on any parameter (tensor with requires_grad=True)"))
        }
    }

    /// Re-runs the planned assignments; returns the loss name, tensor and how many statements ran.
    func runForward() throws -> (String, Tensor, Int) {
        let name = try currentLossName()
        let plan = tracker.plan(for: name, isParameter: isParameterName)
        try GradMode.with(enabled: true) { try interpreter.run(Module(body: plan)) }
        let loss = try lossTensor(name)
        plotting.record.recordLoss(tensor: loss)
        return (name, loss, plan.count)
    }

    func gradCommand(_ expression: String?) throws {
        guard let expr = expression else {
            emit(.grads(parameters().map { p in
                GradEntry(name: p.name, grad: p.tensor.grad, passes: training.ledger.passes(of: p.tensor),
                          note: p.tensor.grad == nil ? "no gradient yet: run `backward`" : nil)
            }))
            return
        }
        let v = try interpreter.evaluate(expr)
        guard case .tensor(let t) = v else {
            throw CommandError("\(expr) is a \(Interpreter.typeName(of: v)), not a tensor", code: .notATensor)
        }
        var note: String?
        if t.grad == nil {
            if !t.requiresGrad {
                note = "\(expr) does not require grad: no gradient is computed for it"
            } else if !t.isLeaf && !t.retainsGrad {
                note = "\(expr) is not a leaf: its gradient is passed on, not kept. Call \(expr).retain_grad() before backward to keep it."
            } else {
                note = "no gradient yet: run `backward`"
            }
        }
        emit(.grads([GradEntry(name: expr, grad: t.grad, passes: training.ledger.passes(of: t), note: note)]))
    }

    /// `detach NAME`, remembering which parameters lose their path through NAME.
    func detachEntry(_ name: String) throws {
        var cut = Set<ObjectIdentifier>()
        if case .tensor(let t)? = value(name) {
            cut = Set(GraphRenderer.leaves(of: t).map(ObjectIdentifier.init))
        }
        try detachCommand(name)
        graphs.rememberDetach(name, cut: cut)
    }

    func detachCommand(_ name: String) throws {
        guard case .tensor(let t)? = value(name) else {
            if value(name) == nil { throw PyError.undefinedName(name, hint: didYouMean(name)) }
            throw CommandError("\(name) is not a tensor", code: .notATensor)
        }
        let wasParameter = t.isLeaf && t.requiresGrad
        var stopped: [String] = []
        if !t.isLeaf, let node = t.gradFn {
            let names = tensorNames()
            let through = GraphRenderer.leaves(of: t)
            var still = Set<ObjectIdentifier>()
            if let lossName = try? currentLossName(), lossName != name, case .tensor(let loss)? = value(lossName) {
                still = Set(GraphRenderer.leaves(of: loss, avoiding: node).map(ObjectIdentifier.init))
            }
            for leaf in through where !still.contains(ObjectIdentifier(leaf)) {
                stopped.append(names[ObjectIdentifier(leaf)] ?? "a tensor of shape \(Shape.describe(leaf.shape))")
            }
        }
        interpreter.globals.vars[name] = .tensor(t.detach())
        tracker.pinned.insert(name)
        emit(.detached(name: name, stopped: stopped, wasParameter: wasParameter))
        if !t.isLeaf { emit(.hint("run `forward` to rebuild the loss from the detached \(name)")) }
    }

    // MARK: - Argument helpers

    func usageError(_ command: String) -> CommandError { .usage(of: command) }
}

extension Tensor {
    /// A detached contiguous copy of the values (so later in-place changes do not alter it).
    func contiguousCopyValue() -> Tensor {
        contiguousCopy()
    }
}
