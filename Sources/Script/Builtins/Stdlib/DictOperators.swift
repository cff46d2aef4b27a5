import Autograd

/// The operators of dicts: `d | other` / `d |= other` (merge, Python 3.9) and Counter's multiset
/// arithmetic (`+`, `-`, `&`, `|`, unary `+`/`-`), which keep only positive counts as CPython's do.
extension Arithmetic {
    /// `a op b` for two dicts, or nil when `op` means nothing for them.
    static func dictBinary(_ op: BinaryOperator, _ x: DictBox, _ y: DictBox, _ interp: Interpreter) throws -> Value? {
        if case .counter = x.flavor, case .counter = y.flavor, let r = try counterBinary(op, x, y, interp) { return .dict(r) }
        guard op == .bitOr else { return nil }
        let out = DictBox(x.entries)
        out.flavor = x.flavor
        for (k, v) in y.entries { try out.set(k, v) }
        return .dict(out)
    }

    /// `a op= b` with a dict on the left: updates it in place (`|=` takes any mapping or pairs).
    static func dictInPlace(_ op: BinaryOperator, _ x: DictBox, _ b: Value, _ interp: Interpreter) throws -> Value? {
        if case .counter = x.flavor, case .dict(let y) = b, case .counter = y.flavor, let r = try counterBinary(op, x, y, interp) {
            x.entries = r.entries
            return .dict(x)
        }
        guard op == .bitOr else { return nil }
        try x.fill(from: b, keywords: [], interp)
        return .dict(x)
    }

    private static func count(_ d: DictBox, _ k: Value) -> Value { d.get(k) ?? .int(0) }
    private static func positive(_ v: Value) throws -> Bool { try compare(.greater, v, .int(0)).truthy() }

    /// Counter's `+ - & |`: each key of `x` in order, then the keys only `y` has; positive counts kept.
    private static func counterBinary(_ op: BinaryOperator, _ x: DictBox, _ y: DictBox, _ interp: Interpreter) throws -> DictBox? {
        let combine: (Value, Value) throws -> Value
        switch op {
        case .add: combine = { try binary(.add, $0, $1, interp) }
        case .subtract: combine = { try binary(.subtract, $0, $1, interp) }
        case .bitOr: combine = { a, b in try compare(.less, a, b).truthy() ? b : a }
        case .bitAnd: combine = { a, b in try compare(.less, a, b).truthy() ? a : b }
        default: return nil
        }
        let out = DictBox()
        out.flavor = .counter
        for (k, v) in x.entries {
            let r = try combine(v, count(y, k))
            if try positive(r) { try out.set(k, r) }
        }
        if op != .bitAnd {
            for (k, v) in y.entries where x.get(k) == nil {
                let r = try combine(.int(0), v)
                if try positive(r) { try out.set(k, r) }
            }
        }
        return out
    }

    /// `+c` (positive counts) and `-c` (negated negative counts) of a Counter.
    static func counterUnary(_ op: UnaryOperator, _ c: DictBox) throws -> Value? {
        guard op == .plus || op == .negate else { return nil }
        let out = DictBox()
        out.flavor = .counter
        for (k, v) in c.entries {
            let r = op == .plus ? v : try unary(.negate, v)
            if try positive(r) { try out.set(k, r) }
        }
        return .dict(out)
    }
}
