import Autograd
import Script

/// `compare zero_grad`: the same training with and without zero_grad, side by side.
extension TrainingPart {
    func compare(_ args: Arguments) throws {
        let n = args.int("N") ?? 10
        guard n <= 100_000 else { throw CommandError.usage(of: "compare") }
        let lr = try args.string("lr").map(parseLearningRate) ?? currentLearningRate()
        let (name, plan, params) = try trainingSetup()
        if let o = host.learnerOptimizers().first {
            // The comparison is about plain gradient descent; say so rather than use a second rule silently.
            host.emit(.info("compare uses plain gradient descent (p -= lr * p.grad, lr = \(PythonFloat.repr(lr))), not your optimizer \(o.name)"))
        }
        let snapshot = VariableSnapshot(host.interpreter.globals)
        defer { snapshot.restore(into: host.interpreter.globals) }
        let module = Module(body: plan)
        func run(zeroing: Bool) throws -> [Double] {
            snapshot.restore(into: host.interpreter.globals)
            for p in params { p.grad = nil }
            var losses: [Double] = []
            for _ in 0..<n {
                try GradMode.with(enabled: true) { try host.interpreter.run(module) }
                let loss = try host.lossTensor(name)
                guard loss.numel == 1 else { throw CommandError("\(name) has \(loss.numel) elements; the loss must be a single number", hint: "reduce it, e.g. with .mean()") }
                let v = loss.doubleValues().first ?? .nan
                losses.append(v)
                if !v.isFinite || host.interrupted() { break }
                try loss.backward()
                for p in params { try applyStep(p, lr: lr) }
                if zeroing { for p in params { p.grad = nil } }
            }
            return losses
        }
        let with = try run(zeroing: true)
        let without = try run(zeroing: false)
        host.emit(.compare(ZeroGradComparison(iterations: n, lr: lr, withZeroGrad: with, withoutZeroGrad: without)))
        // Both curves on one plot; a log scale when forgetting zero_grad sends the loss far away.
        let finite = (with + without).filter { $0.isFinite && $0 > 0 }
        let spread = (finite.max() ?? 1) / max(finite.min() ?? 1, .leastNormalMagnitude)
        host.plotting.drawLossComparison(LossSeries(name: "with zero_grad", losses: with), LossSeries(name: "without zero_grad", losses: without),
                           title: "compare zero_grad: loss per step", log: spread > 100)
    }
}
