import Autograd
import Script

/// The learner's variables at one moment: the globals dictionary plus the data, gradients and
/// requires_grad flags of every tensor reachable from it, and list/dict contents, so a failed
/// statement can be undone.
struct VariableSnapshot {
    private let vars: [String: Value]
    private var storages: [(Storage, [Float], [Double], [Int64])] = []
    private var grads: [(Tensor, Tensor?)] = []
    private var leafFlags: [(Tensor, Bool)] = []
    private var lists: [(ListBox, [Value])] = []
    private var dicts: [(DictBox, [(key: Value, value: Value)])] = []
    /// How many values and tensors the snapshot visited (its cost, for `WorkTally`).
    private(set) var visited = 0

    init(_ globals: Scope) {
        vars = globals.vars
        var seen = Set<ObjectIdentifier>()
        for v in globals.vars.values { visit(v, &seen) }
    }

    private mutating func visit(_ v: Value, _ seen: inout Set<ObjectIdentifier>) {
        visited += 1
        switch v {
        case .tensor(let t): visit(t, &seen)
        case .list(let l):
            guard seen.insert(ObjectIdentifier(l)).inserted else { return }
            lists.append((l, l.items))
            for x in l.items { visit(x, &seen) }
        case .tuple(let items):
            for x in items { visit(x, &seen) }
        case .dict(let d):
            guard seen.insert(ObjectIdentifier(d)).inserted else { return }
            dicts.append((d, d.entries))
            for e in d.entries { visit(e.key, &seen); visit(e.value, &seen) }
        default:
            // A numpy array's elements live in a tensor's storage.
            if let t = v.numpyTensor { visit(t, &seen) }
        }
    }

    private mutating func visit(_ t: Tensor, _ seen: inout Set<ObjectIdentifier>) {
        guard seen.insert(ObjectIdentifier(t)).inserted else { return }
        visited += 1
        if seen.insert(ObjectIdentifier(t.storage)).inserted {
            storages.append((t.storage, t.storage.floats, t.storage.doubles, t.storage.ints))
        }
        grads.append((t, t.grad))
        if t.isLeaf { leafFlags.append((t, t.requiresGrad)) }
        if let g = t.grad { visit(g, &seen) }
    }

    /// Puts everything back as it was.
    func restore(into globals: Scope) {
        globals.vars = vars
        for (s, f, d, i) in storages {
            s.floats = f
            s.doubles = d
            s.ints = i
        }
        for (t, g) in grads { t.grad = g }
        for (t, flag) in leafFlags where t.isLeaf && t.requiresGrad != flag { try? t.requiresGrad_(flag) }
        for (l, items) in lists { l.items = items }
        for (d, entries) in dicts { d.entries = entries }
    }
}
