import Autograd
import Script

/// The learner's model as the session reads it from the interpreter's globals and the recorded
/// statements: variables, parameters, the loss, names for tensors.
extension DebugSession {
    /// A value in globals.
    func value(_ name: String) -> Value? { interpreter.globals.vars[name] }

    /// The learner's variables (preloaded torch names left out unless reassigned by a statement).
    func learnerVariableNames() -> [String] {
        let written = Set(tracker.statements.flatMap(\.writes))
        let names = interpreter.globals.vars.keys.filter { ($0 != "_" && !builtinNames.contains($0)) || written.contains($0) }
        return orderByDefinition(Array(names))
    }

    /// Names in the order their first recorded assignment appeared, unrecorded ones after, by name.
    private func orderByDefinition(_ names: [String]) -> [String] {
        var firstIndex: [String: Int] = [:]
        for (i, r) in tracker.statements.enumerated() {
            for w in r.writes where firstIndex[w] == nil { firstIndex[w] = i }
        }
        return names.sorted { a, b in
            let ia = firstIndex[a] ?? Int.max, ib = firstIndex[b] ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
    }

    /// Leaf tensors that require grad, held by a variable directly, in a list/tuple (`W[0]`), or as an
    /// `nn.Module`'s parameters (`model.fc1.weight`, `net[0].bias`).
    func parameters() -> [(name: String, tensor: Tensor)] {
        var out: [(String, Tensor)] = []
        var seen = Set<ObjectIdentifier>()
        func add(_ name: String, _ t: Tensor) {
            if t.isLeaf && t.requiresGrad && seen.insert(ObjectIdentifier(t)).inserted { out.append((name, t)) }
        }
        for name in learnerVariableNames() {
            switch value(name) {
            case .tensor(let t)?: add(name, t)
            case .list(let l)?: for (i, v) in l.items.enumerated() { if case .tensor(let t) = v { add("\(name)[\(i)]", t) } }
            case .tuple(let items)?: for (i, v) in items.enumerated() { if case .tensor(let t) = v { add("\(name)[\(i)]", t) } }
            case let v?: for (path, t) in interpreter.moduleParameters(v) ?? [] { add(name + path, t) }
            default: break
            }
        }
        return out
    }

    /// Whether a variable holds a parameter (or a list of them, or a module: re-running its line would
    /// make new parameters).
    func isParameterName(_ name: String) -> Bool {
        switch value(name) {
        case let v? where interpreter.isModule(v): return true
        case .tensor(let t)?: return t.isLeaf && t.requiresGrad
        case .list(let l)?: return l.items.contains { if case .tensor(let t) = $0 { return t.isLeaf && t.requiresGrad } else { return false } }
        case .tuple(let items)?: return items.contains { if case .tensor(let t) = $0 { return t.isLeaf && t.requiresGrad } else { return false } }
        case let v?: return interpreter.moduleParameters(v)?.contains { $0.tensor.isLeaf && $0.tensor.requiresGrad } ?? false
        default: return false
        }
    }

    /// The loss's variable name, or an error saying how to define one.
    func currentLossName() throws -> String {
        let name = tracker.lossName { if case .tensor? = self.value($0) { return true } else { return false } }
        guard let name else {
            throw CommandError("no loss yet", hint: "define one, e.g. `loss = ((pred - y)**2).mean()`, or choose a variable with `loss NAME`", code: .noLoss)
        }
        return name
    }

    /// The loss tensor.
    func lossTensor(_ name: String) throws -> Tensor {
        guard case .tensor(let t)? = value(name) else {
            throw CommandError("'\(name)' is not a tensor", hint: "choose the loss with `loss NAME`", code: .notATensor)
        }
        return t
    }

    /// Names for the tensors the learner holds, by identity (for the graph).
    func tensorNames() -> [ObjectIdentifier: String] {
        var out: [ObjectIdentifier: String] = [:]
        for name in learnerVariableNames() {
            if case .tensor(let t)? = value(name), out[ObjectIdentifier(t)] == nil { out[ObjectIdentifier(t)] = name }
        }
        for p in parameters() where out[ObjectIdentifier(p.tensor)] == nil { out[ObjectIdentifier(p.tensor)] = p.name }
        return out
    }
}
