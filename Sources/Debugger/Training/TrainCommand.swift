import Autograd
import Script

/// `train N`: the loop a learner would write (the recorded forward lines, `loss.backward()`, the
/// step, `zero_grad`), run as a driven loop through the interpreter's one loop compiler. The
/// debugger's per-iteration work (finite checks, breakpoints, progress, the loss curve) reads the
/// loss and gradients through `LoopTracing.observe`, so a compiled plan replays it too.
extension TrainingPart {
    func train(_ args: Arguments) throws {
        guard let n = args.int("N"), n <= 100_000_000 else { throw CommandError.usage(of: "train") }
        let every = args.int("every") ?? max(1, n / 10)
        let everyGiven = args.has("every")
        let animate = args.flag("--animate")
        let lrGiven = args.string("lr")
        // With the learner's optimizer, each iteration steps through it (its lr, momentum, …), as
        // `step` does; `train N LR` would be a second rule, so it is refused.
        let optimizer = try host.learnerOptimizer(for: "train", args: [])
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
            host.emit(.info("training with your optimizer: \(optimizer.name).step() and \(optimizer.name).zero_grad() each iteration"))
        }
        checkpoint = (VariableSnapshot(host.interpreter.globals), host.tracker, ledger.passCounts)
        try zeroGrads(params, zeros: false)
        let module = Module(body: plan)
        // --animate draws from the variables each frame, so it keeps every iteration on tensors.
        var animation = animate ? host.plotting.startTrainAnimation(total: n, every: everyGiven ? every : nil) : nil
        var last = Double.nan
        var completed = 0
        var ended = false
        defer { if case .tensor(let t)? = host.value(name) { host.plotting.record.lastLossTensor = t } }

        // After the forward: the loss must be finite (false: this iteration stops train).
        let lossObserver: LoopObserver = { v in
            last = Double(v[0][0])
            return last.isFinite
        }
        // After backward, before the step: every gradient finite and no breakpoint due; then the
        // iteration counts (loss curve, progress). False leaves the stop to the iteration's body.
        func gradientObserver(_ names: [String]) -> LoopObserver {
            { [unowned self] v in
                let i = completed + 1
                for g in v.dropFirst() where g.contains(where: { !$0.isFinite }) { return false }
                let due = host.watches.trainBreakDue(iteration: i, loss: last) { wanted in
                    zip(names, v.dropFirst()).filter { wanted.contains($0.0) }.map { (name: $0.0, values: $0.1.map(Double.init)) }
                }
                if due { return false }
                completed = i
                host.plotting.record.recordLoss(last)
                if animation == nil && (i == 1 || i % every == 0 || i == n) { host.emit(.trainProgress(iteration: i, total: n, loss: last)) }
                return true
            }
        }

        func iteration(_ k: Int) throws -> Bool {
            let i = k + 1
            try GradMode.with(enabled: true) { try host.interpreter.run(module) }
            let loss = try host.lossTensor(name)
            guard loss.numel == 1 else { throw CommandError("\(name) has \(loss.numel) elements; the loss must be a single number", hint: "reduce it, e.g. with .mean()") }
            guard LoopTracing.observe([loss], tag: "loss", lossObserver) else {
                let cause = NonFiniteDiagnosis.cause(loss: loss, iteration: i, lr: lr)
                host.emit(.trainEnd(i > 1 && cause.hasPrefix("the learning rate") ? .diverged(iteration: i, loss: last, lr: lr)
                               : .nonFinite(iteration: i, what: "the loss", value: last, cause: cause)))
                return false
            }
            try loss.backward()
            let named = host.parameters().compactMap { p in p.tensor.grad.map { (p.name, $0) } }
            if !LoopTracing.observe([loss] + named.map(\.1), tag: "grads \(named.map(\.0))", gradientObserver(named.map(\.0))) {
                // A NaN/inf gradient would poison the parameters: stop before the step.
                if let bad = params.first(where: { $0.grad.map { !NonFiniteDiagnosis.isFinite($0) } ?? false }) {
                    let badName = host.parameters().first { $0.tensor === bad }?.name ?? "a parameter"
                    try zeroGrads(params, zeros: false)
                    // backward freed the graph's saved tensors: rebuild it (the parameters did not change) to diagnose.
                    try GradMode.with(enabled: true) { try host.interpreter.run(module) }
                    let cause = NonFiniteDiagnosis.cause(loss: try host.lossTensor(name), iteration: i, lr: lr, gradient: true)
                    host.emit(.trainEnd(.nonFinite(iteration: i, what: "the gradient of \(badName)", value: nil, cause: cause)))
                    return false
                }
                if host.watches.trainBreakpoint(iteration: i, loss: last) { return false }
            }
            if let optimizer {
                _ = try host.interpreter.evaluate("\(optimizer.name).step()")
                _ = try host.interpreter.evaluate("\(optimizer.name).zero_grad()")
            } else {
                for p in params { try applyStep(p, lr: lr) }
            }
            try zeroGrads(params, zeros: false)
            if var a = animation {
                host.plotting.animateTrainStep(&a, iteration: i, total: n, loss: last, every: every)
                animation = a
            }
            if host.interrupted() {
                host.emit(.trainEnd(.interrupted(iteration: i, loss: last)))
                return false
            }
            return true
        }

        do {
            try host.interpreter.runDrivenLoop(count: n, compile: host.compilesLoops && !animate, report: { [unowned self] outcome, ops in
                planStatus = outcome.compiledIterations > 0 ? .compiled(ops: ops) : .tensorPath(reason: outcome.reason ?? "")
            }) { k in
                let goOn = try iteration(k)
                if !goOn { ended = true }
                return goOn
            }
        } catch let e as PyError where e.kind == .keyboardInterrupt {
            // Ctrl-C inside a compiled run: the plan stopped after a whole iteration and wrote every
            // name back, so the state is that iteration's.
            host.emit(.trainEnd(.interrupted(iteration: completed, loss: last)))
            return
        }
        if !ended { host.emit(.trainEnd(.finished(iterations: n, loss: last))) }
    }
}
