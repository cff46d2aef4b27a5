import Autograd
import Script

/// When the learner made an optimizer (`opt = torch.optim.SGD(...)`), `step` and `zero_grad` do what
/// that optimizer would (its lr, momentum, weight decay), or refuse and say why — never a second rule.
extension DebugSession {
    /// A learner variable holding an optimizer, and what `step` reports about it.
    struct LearnerOptimizer {
        var name: String
        var typeName: String
        var parameters: [Tensor]
        var lr: Double?
        var momentum: Double?
    }

    /// The learner's optimizers, in the order they were defined.
    func learnerOptimizers() -> [LearnerOptimizer] {
        learnerVariableNames().compactMap { name -> LearnerOptimizer? in
            guard case .object(let o)? = value(name) else { return nil }
            let attrs = Set(o.attributeNames)
            guard attrs.isSuperset(of: ["step", "zero_grad", "param_groups"]) else { return nil }
            var params: [Tensor] = []
            if case .list(let l)? = try? interpreter.evaluate("\(name).param_groups[0]['params']") {
                for case .tensor(let t) in l.items { params.append(t) }
            }
            func number(_ key: String) -> Double? {
                switch try? interpreter.evaluate("\(name).param_groups[0]['\(key)']") {
                case .float(let d)?: return d
                case .int(let i)?: return Double(i)
                default: return nil
                }
            }
            return LearnerOptimizer(name: name, typeName: o.typeName, parameters: params, lr: number("lr"), momentum: number("momentum"))
        }
    }

    /// The optimizer `command` should act through, nil when the learner has none; an error when
    /// there are several, or when `step LR` asks for an lr the optimizer does not use.
    func learnerOptimizer(for command: String, args: [String]) throws -> LearnerOptimizer? {
        let all = learnerOptimizers()
        guard let first = all.first else { return nil }
        if all.count > 1 {
            let names = all.map(\.name).joined(separator: ", ")
            throw CommandError("you have \(all.count) optimizers (\(names)); `\(command)` would not know which one to use",
                               hint: "call the one you mean, e.g. `\(first.name).\(command)()`")
        }
        if command == "step", let a = args.first {
            throw CommandError("`step \(a)` would step with lr = \(a), but your optimizer \(first.name) uses its own lr (\(first.lr.map(PythonFloat.repr) ?? "?"))",
                               hint: "`step` alone runs \(first.name).step(); for another lr, make the optimizer again with lr=\(a)")
        }
        return first
    }

    /// `opt.step()`, showing each of its parameters before → after.
    func optimizerStep(_ o: LearnerOptimizer) throws {
        let names = tensorNames()
        var changes: [StepChange] = []
        var skipped: [String] = []
        var warnings: [String] = []
        var befores: [(String, Tensor, Tensor)] = []
        for t in o.parameters {
            let name = names[ObjectIdentifier(t)] ?? "a parameter of shape \(Shape.describe(t.shape))"
            guard t.grad != nil else { skipped.append(name); continue }
            if let w = staleGradientWarning(name, t) { warnings.append(w) }
            befores.append((name, t, t.detach().contiguousCopyValue()))
        }
        _ = try interpreter.evaluate("\(o.name).step()")
        for (name, t, before) in befores {
            changes.append(StepChange(name: name, before: before, after: t.detach().contiguousCopyValue()))
        }
        var rule = "\(o.typeName)"
        if let lr = o.lr { rule += ", lr = \(PythonFloat.repr(lr))" }
        if let m = o.momentum, m != 0 { rule += ", momentum = \(PythonFloat.repr(m))" }
        emit(.optimizerStep(call: "\(o.name).step()", rule: rule, changes: changes, skipped: skipped))
        let outside = parameters().filter { p in !o.parameters.contains { $0 === p.tensor } && p.tensor.grad != nil }
        if !outside.isEmpty {
            emit(.hint("not in \(o.name), so unchanged: " + outside.map(\.name).joined(separator: ", ")))
        }
        for w in warnings { emit(.warning(w)) }
        if changes.isEmpty && !skipped.isEmpty { emit(.hint("no parameter of \(o.name) has a gradient: run `backward` first")) }
    }

    /// `opt.state`: each parameter's entries (tensors copied, numbers as Python shows them).
    func optimizerState(_ o: LearnerOptimizer) -> OptimizerStateView {
        let names = tensorNames()
        var rows: [(parameter: String, entries: [(key: String, value: Tensor?, text: String?)])] = []
        for (i, t) in o.parameters.enumerated() {
            guard case .dict(let d)? = try? interpreter.evaluate("\(o.name).state.get(\(o.name).param_groups[0]['params'][\(i)], {})"),
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
        _ = try interpreter.evaluate("\(o.name).zero_grad(\(zeros ? "set_to_none=False" : ""))")
        let names = tensorNames()
        for t in o.parameters {
            passes[ObjectIdentifier(t)] = 0
            gradVersions[ObjectIdentifier(t)] = nil
        }
        emit(.info("\(o.name).zero_grad()"))
        emit(.zeroGrad(names: o.parameters.map { names[ObjectIdentifier($0)] ?? "a parameter" }, zeros: zeros))
    }
}
