import Autograd
import Script

/// Explain mode after the learner's own Python lines that course code is made of: building a model,
/// a loss module or an optimizer, computing a loss through modules, `opt.step()`, `opt.zero_grad()`
/// and `loss.backward()`. Each says what the line did to the parameters and the graph; the PyTorch
/// line is the learner's own.
extension ExplainPart {
    /// The update rule of each optimizer PyTorch ships, as explain mode states it (g is p.grad).
    static let optimizerRules: [String: String] = [
        "SGD": "p -= lr * g (with momentum μ: buf = μ * buf + g, then p -= lr * buf)",
        "Adam": "m = β1·m + (1-β1)·g, v = β2·v + (1-β2)·g², then p -= lr · m̂ / (√v̂ + ε), where m̂, v̂ undo the bias of starting at 0",
        "AdamW": "Adam's rule, with the weight decay applied to p directly (p -= lr·λ·p) instead of added to g",
        "RMSprop": "v = α·v + (1-α)·g², then p -= lr · g / (√v + ε)",
        "Adagrad": "s += g², then p -= lr · g / (√s + ε): each element's steps shrink as its gradients add up",
    ]

    /// Explain mode's note after `stmt` ran, nil when the line is none of the kinds above.
    func statementExplanation(_ stmt: Stmt) -> Explanation? {
        let line = stmt.source().first ?? ""
        switch stmt.kind {
        case .assign(let targets, _):
            for name in targets.flatMap({ NameReads.targets($0) }) {
                guard let v = host.value(name) else { continue }
                if let text = objectExplanation(name, v) { return Explanation(text: text, pytorch: line) }
                if case .tensor(let t) = v, let text = moduleMadeExplanation(name, t) { return Explanation(text: text, pytorch: line) }
            }
        case .expression(let e):
            guard case .call(let callee, _) = e.kind, case .attribute(let base, let method) = callee.kind,
                  case .name(let owner) = base.kind, let v = host.value(owner) else { return nil }
            if case .optimizer(let cls, let rule)? = host.interpreter.torchObjectKind(v) {
                if method == "step" {
                    return Explanation(text: "\(owner).step() moved every parameter it holds that has a .grad by \(cls)'s rule, \(Self.optimizerRules[rule] ?? "its update rule"), under no_grad so the update is not recorded in a graph. `step --state` shows what it keeps per parameter.", pytorch: line)
                }
                if method == "zero_grad" {
                    return Explanation(text: "\(owner).zero_grad() set the .grad of each parameter it holds to None (PyTorch's default, set_to_none=True), so the next backward starts from nothing instead of adding to the old gradients.", pytorch: line)
                }
            }
            if method == "backward", case .tensor = v {
                return Explanation(text: "Autograd walked \(owner)'s graph from \(owner) to the leaves, multiplying each node's local derivative by the gradient arriving from above, and added the results into each parameter's .grad. `bstep` walks it one node at a time.", pytorch: line)
            }
        default: break
        }
        return nil
    }

    private func objectExplanation(_ name: String, _ v: Value) -> String? {
        switch host.interpreter.torchObjectKind(v) {
        case .module(let cls)?:
            let params = host.interpreter.moduleParameters(v) ?? []
            let count = params.reduce(0) { $0 + $1.tensor.numel }
            let listed = params.prefix(6).map { "\(name)\($0.path) \(Shape.describe($0.tensor.shape))" }.joined(separator: ", ")
            let more = params.count > 6 ? ", …" : ""
            let holds = params.isEmpty ? "holds no parameters" : "holds \(params.count) parameter tensor\(params.count == 1 ? "" : "s") (\(count) number\(count == 1 ? "" : "s")): \(listed)\(more)"
            return "\(name) is an nn.Module (\(cls)): it \(holds). They are leaves with requires_grad=True, so `grad` and `step` see them. Calling \(name)(x) runs its forward, and every operation in it is recorded in the graph (`graph` boxes the nodes each module made)."
        case .loss(let cls)?:
            return "\(name) is a loss module (\(cls)): calling \(name)(prediction, target) compares them and returns one number to call backward on. It holds no parameters."
        case .optimizer(let cls, let rule)?:
            let n = host.learnerOptimizers().first { $0.name == name }?.parameters.count ?? 0
            return "\(name) is an optimizer (\(cls)) over \(n) parameter tensor\(n == 1 ? "" : "s"). It computes nothing now: \(name).zero_grad() clears their .grad and \(name).step() updates them by \(Self.optimizerRules[rule] ?? "\(cls)'s rule")."
        case nil:
            return nil
        }
    }

    /// For a tensor computed through module calls: which modules made its graph.
    private func moduleMadeExplanation(_ name: String, _ t: Tensor) -> String? {
        let nodes = GraphRenderer.allNodes(t)
        let boxes = host.moduleBoxes(for: nodes)
        guard !boxes.isEmpty else { return nil }
        var outer: [String] = []
        for chain in boxes.values { if let first = chain.first, !outer.contains(first.label) { outer.append(first.label) } }
        outer.sort()
        let inside = boxes.count
        return "\(name) was computed through \(outer.joined(separator: " and ")): their forwards recorded \(inside) of the graph's \(nodes.filter { $0.op != nil }.count) operation nodes. `graph` shows each module's nodes in its box; `backward` will send gradients back through them to the parameters."
    }
}
