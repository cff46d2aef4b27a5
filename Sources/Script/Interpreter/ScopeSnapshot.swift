import Autograd

/// The variables visible from a loop's scope at one moment, with the contents of the lists, dicts
/// and sets they hold, to check that an iteration leaves the Python state as it found it. Tensors are
/// compared by identity: a variable that names another tensor next time is loop-carried state
/// (unless the iteration assigns it before reading it, which the caller ignores).
struct ScopeSnapshot {
    private indirect enum Item {
        case plain(Value)
        case tensor(Tensor)
        case list(ListBox, [Item])
        case tuple([Item])
        case dict(DictBox, [(Item, Item)])
        case set(SetObject, [Item])
        case reference(AnyObject)
        case builtin(String)
    }

    private var items: [String: Item] = [:]

    /// The snapshot's name for a variable: globals apart from the loop's own (local) scope chain.
    static func key(_ name: String, global: Bool) -> String { global ? "global " + name : name }

    init(_ scope: Scope, _ globals: Scope) {
        var values: [String: Value] = [:]
        var s: Scope? = scope
        while let cur = s, cur !== globals {
            for n in cur.boundNames where values[n] == nil { values[n] = cur.value(n) }
            s = cur.parent
        }
        for (k, v) in globals.vars { values[ScopeSnapshot.key(k, global: true)] = v }
        var seen = Set<ObjectIdentifier>()
        for (k, v) in values { items[k] = ScopeSnapshot.capture(v, &seen, depth: 0) }
    }

    private static func capture(_ v: Value, _ seen: inout Set<ObjectIdentifier>, depth: Int) -> Item {
        func containerSeen(_ o: AnyObject) -> Bool {
            depth > 8 || !seen.insert(ObjectIdentifier(o)).inserted
        }
        switch v {
        case .tensor(let t): return .tensor(t)
        case .list(let l):
            if containerSeen(l) { return .reference(l) }
            return .list(l, l.items.map { capture($0, &seen, depth: depth + 1) })
        case .tuple(let xs): return .tuple(xs.map { capture($0, &seen, depth: depth + 1) })
        case .dict(let d):
            if containerSeen(d) { return .reference(d) }
            return .dict(d, d.entries.map { (capture($0.key, &seen, depth: depth + 1), capture($0.value, &seen, depth: depth + 1)) })
        case .object(let o as SetObject):
            if containerSeen(o) { return .reference(o) }
            return .set(o, o.items.map { capture($0, &seen, depth: depth + 1) })
        case .object(let o): return .reference(o)
        case .function(let f): return .reference(f)
        case .builtin(let b): return .builtin(b.name)
        default: return .plain(v)
        }
    }

    /// Every tensor the variables hold, directly or in lists, tuples, dicts and sets.
    var tensors: [Tensor] {
        var out: [Tensor] = []
        func walk(_ item: Item) {
            switch item {
            case .tensor(let t): out.append(t)
            case .list(_, let xs), .tuple(let xs), .set(_, let xs): xs.forEach(walk)
            case .dict(_, let kvs): for (k, v) in kvs { walk(k); walk(v) }
            default: break
            }
        }
        items.values.forEach(walk)
        return out
    }

    /// A tensor that an iteration left in a variable although none of its recorded events made it
    /// (a comparison, `.long()`, `.any()`: results computed outside the op table), and which did not
    /// exist before: a plan would leave it stale.
    func untracedTensor(since before: ScopeSnapshot, tape: LoopTape) -> String? {
        let known = Set(before.tensors.map(ObjectIdentifier.init))
        for t in tensors where !known.contains(ObjectIdentifier(t)) && !tape.made(t) && !t.isConstant && !t.isWrappedNumber {
            return "it keeps a tensor computed outside the plan's ops (\(t.dtype.isFloatingPoint ? "float" : "integer or bool") \(t.shape))"
        }
        return nil
    }

    /// Why `later` differs from this snapshot in a way a plan would not reproduce (nil: it does not).
    func change(to later: ScopeSnapshot, ignoring names: Set<String>) -> String? {
        for (name, v) in items where !names.contains(name) {
            guard let w = later.items[name] else { return "`\(name)` is deleted" }
            if !ScopeSnapshot.same(v, w) { return "`\(name)` changes from one iteration to the next" }
        }
        for name in later.items.keys where items[name] == nil && !names.contains(name) { return "`\(name)` is new" }
        return nil
    }

    private static func same(_ a: Item, _ b: Item) -> Bool {
        switch (a, b) {
        case (.plain(let x), .plain(let y)): return same(x, y)
        case (.tensor(let x), .tensor(let y)): return x === y
        case (.list(_, let x), .list(_, let y)), (.tuple(let x), .tuple(let y)), (.set(_, let x), .set(_, let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.dict(_, let x), .dict(_, let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0.0, $1.0) && same($0.1, $1.1) }
        case (.reference(let x), .reference(let y)): return x === y
        case (.builtin(let x), .builtin(let y)): return x == y
        default: return false
        }
    }

    /// Whether two plain values (numbers, strings, None, sizes, ranges, slices) are the same.
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.string(let x), .string(let y)): return x == y
        case (.size(let x), .size(let y)): return x == y
        case (.range(let a1, let b1, let c1), .range(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
        case (.slice(let a1, let b1, let c1), .slice(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
        case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default: return false
        }
    }
}
