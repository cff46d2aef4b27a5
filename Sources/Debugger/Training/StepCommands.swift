import Autograd
import Script

/// `step` and `zero_grad`: plain gradient descent, or the learner's optimizer when there is one, with
/// the warnings about stale and accumulated gradients.
extension TrainingPart {
    /// `step`, plus what one fresh pass would have given when the grads add up several passes.
    func stepEntry(lr: String?, state: Bool = false) throws {
        let accumulated = host.parameters().contains { (ledger.passes(of: $0.tensor)) > 1 }
        let fresh = accumulated ? (try? freshGradients()) : nil
        try stepCommand(lr: lr, state: state)
        guard let fresh, !fresh.isEmpty else { return }
        host.emit(.info("one backward pass from the parameters before this step would have given:"))
        for (name, g, n) in fresh {
            host.emit(.info("  \(name).grad = \(ReportRenderer.tensorText(g))   (the step used the sum of \(n) passes)"))
        }
    }

    /// Each accumulated parameter's gradient from a single pass at the current parameters; the
    /// session's variables, grads and graph are left exactly as they were.
    func freshGradients() throws -> [(String, Tensor, Int)] {
        let name = try host.currentLossName()
        let plan = host.tracker.plan(for: name, isParameter: host.isParameterName)
        guard !plan.isEmpty else { return [] }
        let params = host.parameters()
        let snapshot = VariableSnapshot(host.interpreter.globals)
        defer { snapshot.restore(into: host.interpreter.globals) }
        for p in params { p.tensor.grad = nil }
        try GradMode.with(enabled: true) { try host.interpreter.run(Module(body: plan)) }
        try host.lossTensor(name).backward()
        return params.compactMap { p in
            let n = ledger.passes(of: p.tensor)
            guard n > 1, let g = p.tensor.grad else { return nil }
            return (p.name, g.detach().contiguousCopyValue(), n)
        }
    }

    func stepCommand(lr given: String?, state: Bool = false) throws {
        if let optimizer = try host.learnerOptimizer(for: "step", args: given.map { [$0] } ?? []) {
            try optimizerStep(optimizer)
            if state { host.emit(.optimizerState(optimizerState(optimizer))) }
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
        for p in host.parameters() {
            guard p.tensor.grad != nil else { skipped.append(p.name); continue }
            if let w = ledger.staleWarning(p.name, p.tensor) { warnings.append(w) }
            let before = p.tensor.detach().contiguousCopyValue()
            try applyStep(p.tensor, lr: lr)
            changes.append(StepChange(name: p.name, before: before, after: p.tensor.detach().contiguousCopyValue()))
        }
        host.emit(.step(lr: lr, changes: changes, skipped: skipped))
        for w in warnings { host.emit(.warning(w)) }
        if changes.isEmpty && !skipped.isEmpty { host.emit(.hint("no parameter has a gradient: run `backward` first")) }
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
        if let optimizer = try host.learnerOptimizer(for: "zero_grad", args: []) {
            try optimizerZeroGrad(optimizer, zeros: zeros)
            return
        }
        let params = host.parameters()
        try zeroGrads(params.map(\.tensor), zeros: zeros)
        host.emit(.zeroGrad(names: params.map(\.name), zeros: zeros))
    }

    func zeroGrads(_ tensors: [Tensor], zeros: Bool) throws {
        for t in tensors {
            // Through setGrad, as Python's `p.grad = None` is, so a traced `train` iteration records it.
            if zeros {
                if let g = t.grad { try GradMode.withDisabled { try g.zero_() } } else { t.setGrad(Tensor.zeros(t.shape)) }
            } else {
                t.setGrad(nil)
            }
            ledger.clear(t)
        }
    }

    /// `opt.step()`, showing each of its parameters before → after.
    func optimizerStep(_ o: LearnerOptimizer) throws {
        let names = host.tensorNames()
        var changes: [StepChange] = []
        var skipped: [String] = []
        var warnings: [String] = []
        var befores: [(String, Tensor, Tensor)] = []
        for t in o.parameters {
            let name = names[ObjectIdentifier(t)] ?? "a parameter of shape \(Shape.describe(t.shape))"
            guard t.grad != nil else { skipped.append(name); continue }
            if let w = ledger.staleWarning(name, t) { warnings.append(w) }
            befores.append((name, t, t.detach().contiguousCopyValue()))
        }
        _ = try host.interpreter.evaluate("\(o.name).step()")
        for (name, t, before) in befores {
            changes.append(StepChange(name: name, before: before, after: t.detach().contiguousCopyValue()))
        }
        var rule = "\(o.typeName)"
        if let lr = o.lr { rule += ", lr = \(PythonFloat.repr(lr))" }
        if let m = o.momentum, m != 0 { rule += ", momentum = \(PythonFloat.repr(m))" }
        host.emit(.optimizerStep(call: "\(o.name).step()", rule: rule, changes: changes, skipped: skipped))
        let outside = host.parameters().filter { p in !o.parameters.contains { $0 === p.tensor } && p.tensor.grad != nil }
        if !outside.isEmpty {
            host.emit(.hint("not in \(o.name), so unchanged: " + outside.map(\.name).joined(separator: ", ")))
        }
        for w in warnings { host.emit(.warning(w)) }
        if changes.isEmpty && !skipped.isEmpty { host.emit(.hint("no parameter of \(o.name) has a gradient: run `backward` first")) }
    }

    /// `opt.state`: each parameter's entries (tensors copied, numbers as Python shows them).
    func optimizerState(_ o: LearnerOptimizer) -> OptimizerStateView {
        let names = host.tensorNames()
        var rows: [(parameter: String, entries: [(key: String, value: Tensor?, text: String?)])] = []
        for (i, t) in o.parameters.enumerated() {
            guard case .dict(let d)? = try? host.interpreter.evaluate("\(o.name).state.get(\(o.name).param_groups[0]['params'][\(i)], {})"),
                  !d.entries.isEmpty else { continue }
            let entries = d.entries.map { k, v -> (key: String, value: Tensor?, text: String?) in
                if case .tensor(let x) = v { return (Repr.str(k), x.detach().contiguousCopyValue(), nil) }
                return (Repr.str(k), nil, Repr.repr(v))
            }
            rows.append((names[ObjectIdentifier(t)] ?? "a parameter of shape \(Shape.describe(t.shape))", entries))
        }
        return OptimizerStateView(optimizer: o.name, rows: rows)
    }

    /// `opt.zero_grad()` (or `set_to_none=False` for --zeros), resetting the pass counters it clears.
    func optimizerZeroGrad(_ o: LearnerOptimizer, zeros: Bool) throws {
        _ = try host.interpreter.evaluate("\(o.name).zero_grad(\(zeros ? "set_to_none=False" : ""))")
        let names = host.tensorNames()
        for t in o.parameters {
            ledger.clear(t)
        }
        host.emit(.info("\(o.name).zero_grad()"))
        host.emit(.zeroGrad(names: o.parameters.map { names[ObjectIdentifier($0)] ?? "a parameter" }, zeros: zeros))
    }
}
