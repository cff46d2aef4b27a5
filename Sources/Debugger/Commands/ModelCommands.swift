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
        plots.recordLoss(tensor: loss)
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
            throw CommandError("\(expr) is a \(Interpreter.typeName(of: v)), not a tensor")
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
            if zeros {
                if let g = t.grad { try GradMode.withDisabled { try g.zero_() } } else { t.grad = Tensor.zeros(t.shape) }
            } else {
                t.grad = nil
            }
            passes[ObjectIdentifier(t)] = 0
            gradVersions[ObjectIdentifier(t)] = nil
        }
    }

    func detachCommand(_ name: String) throws {
        guard case .tensor(let t)? = value(name) else {
            if value(name) == nil { throw PyError(.name, "name '\(name)' is not defined", hint: didYouMean(name)) }
            throw CommandError("\(name) is not a tensor")
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

    func trainCommand(_ args: Arguments) throws {
        guard let n = args.int("N"), n <= 100_000_000 else { throw usageError("train") }
        var every = args.int("every") ?? max(1, n / 10)
        let everyGiven = args.has("every")
        let animate = args.flag("--animate")
        let lrGiven = args.string("lr")
        // With the learner's optimizer, each iteration steps through it (its lr, momentum, …), as
        // `step` does; `train N LR` would be a second rule, so it is refused.
        let optimizer = try learnerOptimizer(for: "train", args: [])
        if let lrGiven {
            if let optimizer {
                throw CommandError("`train N \(lrGiven)` would use lr = \(lrGiven), but your optimizer \(optimizer.name) uses its own lr (\(optimizer.lr.map(PythonFloat.repr) ?? "?"))",
                                   hint: "`train N` steps with \(optimizer.name).step(); for another lr, make the optimizer again with lr=\(lrGiven)")
            }
            setLearningRate(try parseLearningRate(lrGiven))
        }
        let lr = try optimizer?.lr ?? currentLearningRate()
        let (name, plan, params) = try trainingSetup()
        if let optimizer {
            emit(.info("training with your optimizer: \(optimizer.name).step() and \(optimizer.name).zero_grad() each iteration"))
        }
        trainCheckpoint = (VariableSnapshot(interpreter.globals), tracker, passes)
        try zeroGrads(params, zeros: false)
        let module = Module(body: plan)
        var last = Double.nan
        // Iteration 1 runs through tensors while a tracer records its ops; when they compile, the
        // middle iterations run as a plan (bit-identical, ~70x faster) and the last one runs through
        // tensors again so every variable ends as an ordinary loop leaves it.
        // --animate draws from the variables each frame, so it keeps every iteration on tensors.
        var animation = animate ? startTrainAnimation(total: n, every: everyGiven ? every : nil) : nil
        var compiled: TrainingPlan? = nil
        var stopRequested = false
        var i = 1
        while i <= n {
            if let fast = compiled, i < n {
                fast.load()
                defer { fast.store() }
                while i < n {
                    if interrupted() {
                        // The plan does not update the Python names (`loss`, outputs): this iteration
                        // runs on tensors, so every name is current when train stops after it.
                        stopRequested = true
                        compiled = nil
                        break
                    }
                    last = Double(fast.forward())
                    if !last.isFinite {
                        emit(.trainEnd(.diverged(iteration: i, loss: last, lr: lr)))
                        return
                    }
                    fast.backward()
                    if !fast.gradientsAreFinite {
                        // Let the tensor path redo this iteration: it stops before the step and says why.
                        compiled = nil
                        break
                    }
                    if compiledTrainBreakpoint(iteration: i, loss: last, plan: fast, params: params) { return }
                    fast.update(lr: lr)
                    plots.recordLoss(last)
                    if i % every == 0 { emit(.trainProgress(iteration: i, total: n, loss: last)) }
                    i += 1
                }
                continue
            }
            // Breakpoints are checked inside the compiled plan too (compiledTrainBreakpoint).
            let recorder: TraceRecorder? = (i == 1 && n >= 3 && !animate && compilesLoops && optimizer == nil) ? TraceRecorder() : nil
            try PlanTracing.$recorder.withValue(recorder) {
                try GradMode.with(enabled: true) { try interpreter.run(module) }
            }
            let loss = try lossTensor(name)
            guard loss.numel == 1 else { throw CommandError("\(name) has \(loss.numel) elements; the loss must be a single number", hint: "reduce it, e.g. with .mean()") }
            last = try loss.item().doubleValue
            if !last.isFinite {
                let cause = NonFiniteDiagnosis.cause(loss: loss, iteration: i, lr: lr)
                emit(.trainEnd(i > 1 && cause.hasPrefix("the learning rate") ? .diverged(iteration: i, loss: last, lr: lr)
                               : .nonFinite(iteration: i, what: "the loss", value: last, cause: cause)))
                return
            }
            try BackwardPass(root: loss).run()
            // A NaN/inf gradient would poison the parameters: stop before the step.
            if let bad = params.first(where: { $0.grad.map { !NonFiniteDiagnosis.isFinite($0) } ?? false }) {
                let name = parameters().first { $0.tensor === bad }?.name ?? "a parameter"
                try zeroGrads(params, zeros: false)
                // backward freed the graph's saved tensors: rebuild it (the parameters did not change) to diagnose.
                try GradMode.with(enabled: true) { try interpreter.run(module) }
                let cause = NonFiniteDiagnosis.cause(loss: try lossTensor(name), iteration: i, lr: lr, gradient: true)
                emit(.trainEnd(.nonFinite(iteration: i, what: "the gradient of \(name)", value: nil, cause: cause)))
                return
            }
            if trainBreakpoint(iteration: i, loss: last) { return }
            if let optimizer {
                _ = try interpreter.evaluate("\(optimizer.name).step()")
                _ = try interpreter.evaluate("\(optimizer.name).zero_grad()")
                try zeroGrads(params, zeros: false)
            } else {
                for p in params { try applyStep(p, lr: lr) }
                try zeroGrads(params, zeros: false)
            }
            plots.recordLoss(tensor: loss)
            if var a = animation {
                animateTrainStep(&a, iteration: i, total: n, loss: last, every: every)
                animation = a
            } else if i == 1 || i % every == 0 || i == n { emit(.trainProgress(iteration: i, total: n, loss: last)) }
            if stopRequested || interrupted() {
                emit(.trainEnd(.interrupted(iteration: i, loss: last)))
                return
            }
            if let recorder {
                do {
                    compiled = try TrainingPlan(trace: recorder, loss: loss, parameters: params)
                    trainPlanStatus = .compiled(ops: compiled?.opCount ?? 0)
                } catch {
                    trainPlanStatus = .tensorPath(reason: "\(error)")
                }
            }
            i += 1
        }
        emit(.trainEnd(.finished(iterations: n, loss: last)))
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
            throw CommandError("invalid learning rate: \(text)", hint: "a non-negative number, e.g. 0.01 or 1e-5")
        }
        return lr
    }

    func usageError(_ command: String) -> CommandError {
        let usage = CommandTable.lookup(command)?.usage ?? command
        return CommandError("usage: \(usage)", hint: "see `help \(command)`")
    }
}

extension Tensor {
    /// A detached contiguous copy of the values (so later in-place changes do not alter it).
    func contiguousCopyValue() -> Tensor {
        contiguousCopy()
    }
}
