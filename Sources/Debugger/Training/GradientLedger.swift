import Autograd

/// How many backward passes each parameter's grad holds since its last zero_grad, and the
/// parameter's version when the first and the last of them reached it: a step changes the version,
/// so a grad from before it is stale. `backward` counts, `zero_grad` clears, `step` warns.
struct GradientLedger {
    private var passes: [ObjectIdentifier: Int] = [:]
    private var versions: [ObjectIdentifier: (first: Int, last: Int)] = [:]

    /// The passes `t.grad` holds since its last zero_grad.
    func passes(of t: Tensor) -> Int { passes[ObjectIdentifier(t)] ?? 0 }

    /// Every parameter's count (kept by `train`'s checkpoint).
    var passCounts: [ObjectIdentifier: Int] { passes }

    /// A backward pass reached `t.grad`; `onNonzeroGrad` when it added to a grad that was not None or
    /// zeros. Returns the count now.
    mutating func recordPass(_ t: Tensor, onNonzeroGrad: Bool) -> Int {
        let id = ObjectIdentifier(t)
        // The count follows the grad itself, however the learner's code changed it: a grad that was None
        // or zeros (`zero_grad`, `optimizer.zero_grad()`, `w.grad = None`, `w.grad.zero_()`) starts at 1;
        // one left by a backward the debugger did not run (the notebook's own `loss.backward()`) counts it.
        let count = onNonzeroGrad ? max(passes[id] ?? 0, 1) + 1 : 1
        passes[id] = count
        let version = t.version.value
        versions[id] = (count == 1 ? version : versions[id]?.first ?? version, version)
        return count
    }

    /// `t.grad` was cleared (zero_grad).
    mutating func clear(_ t: Tensor) {
        passes[ObjectIdentifier(t)] = 0
        versions[ObjectIdentifier(t)] = nil
    }

    /// The counts `train`'s checkpoint kept; the versions are forgotten (the values came back too).
    mutating func restore(passes saved: [ObjectIdentifier: Int]) {
        passes = saved
        versions = [:]
    }

    /// What is wrong with stepping along `t.grad` now: computed before the parameter last changed
    /// (stale), partly so, or the sum of several passes at the same values; nil when it is one fresh pass.
    func staleWarning(_ name: String, _ t: Tensor) -> String? {
        let id = ObjectIdentifier(t)
        let n = passes[id] ?? 0
        let now = t.version.value
        if let v = versions[id], v.last != now {
            return "\(name).grad is stale: it was computed before the previous step changed \(name), so this step follows the slope at the old values. Run `forward` and `backward` for a fresh gradient (and `zero_grad` after each step)."
        }
        if let v = versions[id], v.first != now, n > 1 {
            return "\(name).grad still holds a pass from before the previous step (no zero_grad after it): that part of the gradient is stale. Run `zero_grad` after each step."
        }
        if n > 1 {
            return "\(name).grad is the sum of \(n) backward passes (no zero_grad in between), so this step is about \(n)× what one pass asks for. Run zero_grad after each step."
        }
        return nil
    }
}
