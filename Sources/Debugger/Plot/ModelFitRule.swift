import Script

/// Where `plot` (with no arguments) finds the data and the model's predictions: the two operands the
/// loss compares.
///
/// The rule, in order, searching the expression that assigned the loss (and, when it holds no
/// comparison, the expressions that assigned the names it reads, a few levels deep):
/// 1. a call of a loss function with two positional arguments: a callee whose name contains `loss`,
///    `mse`, `mae` or `criterion` (`F.mse_loss(pred, y)`, `mse(y, y_hat)`, `loss_fn(out, y)`);
/// 2. else the first subtraction `a - b` (`((yhat - y)**2).mean()`);
/// 3. else a call of one of the learner's own functions with two positional arguments.
/// Of the two operands, the prediction is the one that depends on a parameter (`DebugSession`
/// decides by evaluating them); the other is the data's y. x is the data tensor the prediction is
/// computed from (see `DebugSession.modelFit`).
/// When the loss was not assigned at the top level (e.g. inside a `def`), the names `yhat`,
/// `y_hat`, `preds`, `pred`, `y_pred`, `predictions`, `output`, `out` and `y` are used instead.
public enum ModelFitRule {
    /// Names tried for the prediction when the loss expression gives no operands.
    public static let predictionNames = ["yhat", "y_hat", "preds", "pred", "y_pred", "predictions", "prediction", "output", "out"]
    /// Names tried for the targets.
    public static let targetNames = ["y", "Y", "ys", "y_true", "target", "targets", "labels"]
    /// Names preferred for x, in order, among the data the prediction reads.
    public static let inputNames = ["x", "X", "xs", "x_train", "inputs", "input", "xb", "t", "time"]

    /// Whether a callee name looks like a loss function.
    public static func isLossFunctionName(_ name: String) -> Bool {
        let n = name.lowercased()
        return n.contains("loss") || n.contains("mse") || n.contains("mae") || n.contains("criterion")
    }

    /// The two operands of the comparison in `expr`, by the rule above; nil when it has none.
    public static func operands(in expr: Expr, userFunctions: Set<String>) -> (Expr, Expr)? {
        let nodes = preorder(expr)
        for e in nodes {
            if case .call(let callee, let args) = e.kind, let name = calleeName(callee), isLossFunctionName(name),
               let pair = twoPositional(args) { return pair }
        }
        for e in nodes {
            if case .binary(.subtract, let a, let b) = e.kind { return (a, b) }
        }
        for e in nodes {
            if case .call(let callee, let args) = e.kind, case .name(let name) = callee.kind, userFunctions.contains(name),
               let pair = twoPositional(args) { return pair }
        }
        return nil
    }

    /// The last name of a callee: `mse` for `mse`, `mse_loss` for `F.mse_loss`, `MSELoss` for
    /// `nn.MSELoss()` (a call of a constructed loss object).
    static func calleeName(_ callee: Expr) -> String? {
        switch callee.kind {
        case .name(let n): return n
        case .attribute(_, let n): return n
        case .call(let inner, _): return calleeName(inner)
        default: return nil
        }
    }

    static func twoPositional(_ args: [Argument]) -> (Expr, Expr)? {
        var positional: [Expr] = []
        var keywords: [String: Expr] = [:]
        for a in args {
            switch a {
            case .positional(let e): positional.append(e)
            case .keyword(let k, let e): keywords[k] = e
            default: return nil
            }
        }
        if positional.count == 2 { return (positional[0], positional[1]) }
        if positional.count == 1, let t = keywords["target"] ?? keywords["y"] { return (positional[0], t) }
        if let i = keywords["input"], let t = keywords["target"] { return (i, t) }
        return nil
    }

    /// `expr` and its subexpressions, parents before children, left to right.
    static func preorder(_ expr: Expr) -> [Expr] {
        var out: [Expr] = []
        var stack = [expr]
        while let e = stack.popLast() {
            out.append(e)
            stack += children(e).reversed()
        }
        return out
    }

    static func children(_ e: Expr) -> [Expr] {
        switch e.kind {
        case .unary(_, let a): return [a]
        case .binary(_, let a, let b): return [a, b]
        case .boolean(_, let items), .tuple(let items), .list(let items), .set(let items): return items
        case .compare(let a, let rest): return [a] + rest.map(\.right)
        case .conditional(let c, let b, let o): return [b, c, o]
        case .call(let f, let args):
            return [f] + args.map { a -> Expr in
                switch a {
                case .positional(let x), .keyword(_, let x), .unpack(let x), .unpackKeywords(let x): return x
                }
            }
        case .attribute(let v, _): return [v]
        case .subscript(let v, let i): return [v, i]
        case .slice(let l, let u, let s): return [l, u, s].compactMap { $0 }
        case .starred(let v): return [v]
        case .namedExpr(_, let v): return [v]
        default: return []
        }
    }

    /// Short display text for an expression: a name as is, anything else unparsed without the
    /// outer parentheses.
    public static func label(_ e: Expr) -> String {
        var s = e.parenthesized
        while s.hasPrefix("("), s.hasSuffix(")"), balanced(s.dropFirst().dropLast()) { s = String(s.dropFirst().dropLast()) }
        return s
    }

    private static func balanced(_ s: Substring) -> Bool {
        var depth = 0
        for c in s {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }
}
