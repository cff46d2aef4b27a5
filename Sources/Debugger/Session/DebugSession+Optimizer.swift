import Autograd
import Script

/// When the learner made an optimizer (`opt = torch.optim.SGD(...)`), `step` and `zero_grad` do what
/// that optimizer would (its lr, momentum, weight decay), or refuse and say why — never a second rule.
/// A learner variable holding an optimizer, and what `step` reports about it.
struct LearnerOptimizer {
    var name: String
    var typeName: String
    var parameters: [Tensor]
    var lr: Double?
    var momentum: Double?
}

extension DebugSession {
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
}
