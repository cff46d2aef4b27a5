import Autograd
import Script

/// The autograd commands: forward, backward, grad, step, zero_grad, detach, graph, train.
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
                GradEntry(name: p.name, grad: p.tensor.grad, passes: passes[ObjectIdentifier(p.tensor)] ?? 0,
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
        emit(.grads([GradEntry(name: expr, grad: t.grad, passes: passes[ObjectIdentifier(t)] ?? 0, note: note)]))
    }

    func stepCommand(lr given: String?, state: Bool = false) throws {
        if let optimizer = try learnerOptimizer(for: "step", args: given.map { [$0] } ?? []) {
            try optimizerStep(optimizer)
            if state { emit(.optimizerState(optimizerState(optimizer))) }
            return
        }
        if state {
            throw CommandError("plain `step` keeps no state: it is p -= lr * p.grad",
                               hint: "make an optimizer (`opt = torch.optim.Adam(model.parameters(), lr=0.01)`); `step --state` then shows what it keeps")
        }
        if let a = given { setLearningRate(try parseLearningRate(a)) }
        let lr = try currentLearningRate()
        var changes: [StepChange] = []
        var skipped: [String] = []
        var warnings: [String] = []
        for p in parameters() {
            guard p.tensor.grad != nil else { skipped.append(p.name); continue }
            if let w = staleGradientWarning(p.name, p.tensor) { warnings.append(w) }
            let before = p.tensor.detach().contiguousCopyValue()
            try applyStep(p.tensor, lr: lr)
            changes.append(StepChange(name: p.name, before: before, after: p.tensor.detach().contiguousCopyValue()))
        }
        emit(.step(lr: lr, changes: changes, skipped: skipped))
        for w in warnings { emit(.warning(w)) }
        if changes.isEmpty && !skipped.isEmpty { emit(.hint("no parameter has a gradient: run `backward` first")) }
    }

    /// What is wrong with stepping along `t.grad` now: computed before the parameter last changed
    /// (stale), partly so, or the sum of several passes at the same values; nil when it is one fresh pass.
    func staleGradientWarning(_ name: String, _ t: Tensor) -> String? {
        let id = ObjectIdentifier(t)
        let n = passes[id] ?? 0
        let now = t.version.value
        if let v = gradVersions[id], v.last != now {
            return "\(name).grad is stale: it was computed before the previous step changed \(name), so this step follows the slope at the old values. Run `forward` and `backward` for a fresh gradient (and `zero_grad` after each step)."
        }
        if let v = gradVersions[id], v.first != now, n > 1 {
            return "\(name).grad still holds a pass from before the previous step (no zero_grad after it): that part of the gradient is stale. Run `zero_grad` after each step."
        }
        if n > 1 {
            return "\(name).grad is the sum of \(n) backward passes (no zero_grad in between), so this step is about \(n)× what one pass asks for. Run zero_grad after each step."
        }
        return nil
    }

    /// `with torch.no_grad(): p -= lr * p.grad`.
    func applyStep(_ p: Tensor, lr: Double) throws {
        guard let g = p.grad else { return }
        try GradMode.withDisabled {
            let delta = try g.mul(Tensor.wrapped(.float(lr)))
            try p.sub_(delta)
        }
    }

    func zeroGradCommand(zeros: Bool) throws {
        if let optimizer = try learnerOptimizer(for: "zero_grad", args: []) {
            try optimizerZeroGrad(optimizer, zeros: zeros)
            return
        }
        let params = parameters()
        try zeroGrads(params.map(\.tensor), zeros: zeros)
        emit(.zeroGrad(names: params.map(\.name), zeros: zeros))
    }

    func zeroGrads(_ tensors: [Tensor], zeros: Bool) throws {
        for t in tensors {
            // Through setGrad, as Python's `p.grad = None` is, so a traced `train` iteration records it.
            if zeros {
                if let g = t.grad { try GradMode.withDisabled { try g.zero_() } } else { t.setGrad(Tensor.zeros(t.shape)) }
            } else {
                t.setGrad(nil)
            }
            passes[ObjectIdentifier(t)] = 0
            gradVersions[ObjectIdentifier(t)] = nil
        }
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

    /// What a training loop needs (`train`, `compare`): the loss's name, the recorded statements that
    /// recompute it, and the parameters; an error when the loss does not depend on any parameter.
    func trainingSetup() throws -> (name: String, plan: [Stmt], params: [Tensor]) {
        let name = try currentLossName()
        let plan = tracker.plan(for: name, isParameter: isParameterName)
        guard !plan.isEmpty else {
            throw CommandError("\(name) does not depend on any parameter, so training cannot change it",
                               hint: "make a tensor with requires_grad=True and compute \(name) from it")
        }
        return (name, plan, parameters().map(\.tensor))
    }

    /// `restore`: every variable (parameter values, their grads, the loss) back as before the last `train`.
    func restoreCommand() throws {
        guard let checkpoint = trainCheckpoint else {
            throw CommandError("nothing to restore: no `train` has run yet", hint: "`restore` undoes the last `train`")
        }
        checkpoint.variables.restore(into: interpreter.globals)
        tracker = checkpoint.tracker
        passes = checkpoint.passes
        gradVersions = [:]
        let names = parameters().map(\.name)
        emit(.info("restored \(names.isEmpty ? "the variables" : names.joined(separator: ", ")) as before the last train"))
        for p in parameters() {
            emit(.info("  \(p.name) = \(ReportRenderer.tensorText(p.tensor))"))
        }
    }

    // MARK: - Argument helpers

    func parseLearningRate(_ text: String) throws -> Double {
        guard let lr = Double(text), lr.isFinite, lr >= 0 else {
            throw CommandError("invalid learning rate: \(text)", hint: "a non-negative number, e.g. 0.01 or 1e-5", code: .usage)
        }
        return lr
    }

    func usageError(_ command: String) -> CommandError { .usage(of: command) }
}

extension Tensor {
    /// A detached contiguous copy of the values (so later in-place changes do not alter it).
    func contiguousCopyValue() -> Tensor {
        contiguousCopy()
    }
}
