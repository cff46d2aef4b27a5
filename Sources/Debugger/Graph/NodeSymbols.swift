import Autograd

/// How a node's operation is written for the learner: the op table's symbol with a fixed number the
/// op was called with written in (`a ** 2`, not `a ** k`), in the graph, the stepper and DOT alike.
extension Node {
    /// The exponent of `a ** k` when it is a fixed Python number, else nil.
    private var fixedExponent: Double? {
        guard op?.name == "PowBackward0", args.scalars.count == 1, args.scalars[0].isFinite else { return nil }
        return args.scalars[0]
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : PythonFloat.repr(v)
    }

    /// The symbol shown for this node (`a ** 2`).
    var displaySymbol: String {
        guard let symbol = op?.symbol else { return "" }
        guard let k = fixedExponent else { return symbol }
        return symbol.replacingOccurrences(of: "** k", with: "** " + Self.number(k))
    }

    /// The local derivative of input `i` in symbols (`2·a^1` for `a ** 2`).
    func displayDerivative(_ i: Int) -> String? {
        guard let op, i < op.derivatives.count else { return nil }
        guard let k = fixedExponent else { return op.derivatives[i] }
        let e = k - 1
        let exponent = e == e.rounded() && e >= 0 ? Self.number(e) : "(" + Self.number(e) + ")"
        return Self.number(k) + "·a^" + exponent
    }
}
