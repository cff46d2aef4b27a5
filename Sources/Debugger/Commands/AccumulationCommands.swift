import Autograd
import Script

/// `compare zero_grad`, and `step` / `detach` with what accumulation and detaching mean made visible.
extension DebugSession {
    func compareCommand(_ args: Arguments) throws {
        let n = args.int("N") ?? 10
        guard n <= 100_000 else { throw usageError("compare") }
        let lr = try args.string("lr").map(parseLearningRate) ?? currentLearningRate()
        let (name, plan, params) = try trainingSetup()
        if let o = learnerOptimizers().first {
            // The comparison is about plain gradient descent; say so rather than use a second rule silently.
            emit(.info("compare uses plain gradient descent (p -= lr * p.grad, lr = \(PythonFloat.repr(lr))), not your optimizer \(o.name)"))
        }
        let snapshot = VariableSnapshot(interpreter.globals)
        defer { snapshot.restore(into: interpreter.globals) }
        let module = Module(body: plan)
        func run(zeroing: Bool) throws -> [Double] {
            snapshot.restore(into: interpreter.globals)
            for p in params { p.grad = nil }
            var losses: [Double] = []
            for _ in 0..<n {
                try GradMode.with(enabled: true) { try interpreter.run(module) }
                let loss = try lossTensor(name)
                guard loss.numel == 1 else { throw CommandError("\(name) has \(loss.numel) elements; the loss must be a single number", hint: "reduce it, e.g. with .mean()") }
                let v = loss.doubleValues().first ?? .nan
                losses.append(v)
                if !v.isFinite || interrupted() { break }
                try loss.backward()
                for p in params { try applyStep(p, lr: lr) }
                if zeroing { for p in params { p.grad = nil } }
            }
            return losses
        }
        let with = try run(zeroing: true)
        let without = try run(zeroing: false)
        emit(.compare(ZeroGradComparison(iterations: n, lr: lr, withZeroGrad: with, withoutZeroGrad: without)))
        // Both curves on one plot; a log scale when forgetting zero_grad sends the loss far away.
        let finite = (with + without).filter { $0.isFinite && $0 > 0 }
        let spread = (finite.max() ?? 1) / max(finite.min() ?? 1, .leastNormalMagnitude)
        plotting.drawLossComparison(LossSeries(name: "with zero_grad", losses: with), LossSeries(name: "without zero_grad", losses: without),
                           title: "compare zero_grad: loss per step", log: spread > 100)
    }

    /// `step`, plus what one fresh pass would have given when the grads add up several passes.
    func stepEntry(lr: String?, state: Bool = false) throws {
        let accumulated = parameters().contains { (passes[ObjectIdentifier($0.tensor)] ?? 0) > 1 }
        let fresh = accumulated ? (try? freshGradients()) : nil
        try stepCommand(lr: lr, state: state)
        guard let fresh, !fresh.isEmpty else { return }
        emit(.info("one backward pass from the parameters before this step would have given:"))
        for (name, g, n) in fresh {
            emit(.info("  \(name).grad = \(ReportRenderer.tensorText(g))   (the step used the sum of \(n) passes)"))
        }
    }

    /// Each accumulated parameter's gradient from a single pass at the current parameters; the
    /// session's variables, grads and graph are left exactly as they were.
    func freshGradients() throws -> [(String, Tensor, Int)] {
        let name = try currentLossName()
        let plan = tracker.plan(for: name, isParameter: isParameterName)
        guard !plan.isEmpty else { return [] }
        let params = parameters()
        let snapshot = VariableSnapshot(interpreter.globals)
        defer { snapshot.restore(into: interpreter.globals) }
        for p in params { p.tensor.grad = nil }
        try GradMode.with(enabled: true) { try interpreter.run(Module(body: plan)) }
        try lossTensor(name).backward()
        return params.compactMap { p in
            let n = passes[ObjectIdentifier(p.tensor)] ?? 0
            guard n > 1, let g = p.tensor.grad else { return nil }
            return (p.name, g.detach().contiguousCopyValue(), n)
        }
    }

    /// `detach NAME`, remembering which parameters lose their path through NAME.
    func detachEntry(_ name: String) throws {
        var cut = Set<ObjectIdentifier>()
        if case .tensor(let t)? = value(name) {
            cut = Set(GraphRenderer.leaves(of: t).map(ObjectIdentifier.init))
        }
        try detachCommand(name)
        seeing.detachCuts[name] = cut
    }
}
