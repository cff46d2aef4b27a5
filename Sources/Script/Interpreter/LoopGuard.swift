import Autograd

/// A condition or value that depends on the loop variable, with what it gave in a traced iteration
/// and the other (plain number) variables it read. A plan stands in for an iteration only when every
/// guard gives the same again for that iteration's loop variable.
struct LoopGuard {
    let expr: Expr
    let value: Value
    let environment: [String: Value]

    /// Only arithmetic, comparisons and logic on names and literals: no calls, no side effects.
    static func isCheckable(_ e: Expr) -> Bool {
        switch e.kind {
        case .name, .integer, .float, .bool, .none, .string: return true
        case .unary(_, let x): return isCheckable(x)
        case .binary(_, let a, let b): return isCheckable(a) && isCheckable(b)
        case .boolean(_, let xs): return xs.allSatisfy(isCheckable)
        case .compare(let first, let chain): return isCheckable(first) && chain.allSatisfy { isCheckable($0.right) }
        case .conditional(let c, let a, let b): return isCheckable(c) && isCheckable(a) && isCheckable(b)
        default: return false
        }
    }

    /// Whether two traced iterations saw the same guards with the same results.
    static func same(_ a: [LoopGuard], _ b: [LoopGuard], ignoring variable: String) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard x.expr == y.expr, ScopeSnapshot.same(x.value, y.value) else { return false }
            for (name, v) in x.environment where name != variable {
                guard let w = y.environment[name], ScopeSnapshot.same(v, w) else { return false }
            }
        }
        return true
    }
}

/// Evaluates guards for later iterations: each guard's expression is turned once into closures
/// over the loop value (the other names it read are constants), with Python's arithmetic.
final class LoopGuardCheck {
    private typealias Evaluate = (Int) throws -> Value
    private let checks: [(evaluate: Evaluate, expected: Value)]

    init(_ guards: [LoopGuard], variable: String, interpreter: Interpreter) {
        checks = guards.map { g in (LoopGuardCheck.compile(g.expr, g.environment, variable, interpreter), g.value) }
    }

    var isEmpty: Bool { checks.isEmpty }

    /// True when every guard gives, for loop value `i`, what it gave in the traced iteration
    /// (an error counts as different: the interpreter then runs that iteration and raises it).
    func holds(_ i: Int) -> Bool {
        for c in checks {
            guard let v = try? c.evaluate(i), ScopeSnapshot.same(v, c.expected) else { return false }
        }
        return true
    }

    /// Python's int arithmetic for the common guard operators, or nil (overflow, zero divisor, other
    /// operators): the general `Arithmetic.binary` then decides.
    static func intArithmetic(_ op: BinaryOperator, _ x: Int, _ y: Int) -> Int? {
        switch op {
        case .add: let (v, o) = x.addingReportingOverflow(y); return o ? nil : v
        case .subtract: let (v, o) = x.subtractingReportingOverflow(y); return o ? nil : v
        case .multiply: let (v, o) = x.multipliedReportingOverflow(by: y); return o ? nil : v
        case .modulo, .floorDivide:
            guard y != 0, !(x == .min && y == -1) else { return nil }
            var q = x / y, r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
            return op == .modulo ? r : q
        default: return nil
        }
    }

    static func intComparison(_ op: ComparisonOperator, _ x: Int, _ y: Int) -> Bool? {
        switch op {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        default: return nil
        }
    }

    /// The expression (only kinds `LoopGuard.isCheckable` allows) as a closure, evaluated as
    /// `Interpreter.eval` would: the same operators, the same truthiness and short-circuits.
    private static func compile(_ e: Expr, _ env: [String: Value], _ variable: String, _ interp: Interpreter) -> Evaluate {
        switch e.kind {
        case .name(let n):
            if n == variable { return { .int($0) } }
            // A name the traced iterations did not read (a short-circuit skipped it): this guard
            // cannot tell what it would give, so the iteration runs through the interpreter.
            guard let v = env[n] else { return { _ in throw PyError(.name, "name '\(n)' was not read when traced") } }
            return { _ in v }
        case .integer(let i): return { _ in .int(i) }
        case .float(let d): return { _ in .float(d) }
        case .bool(let b): return { _ in .bool(b) }
        case .string(let s): return { _ in .string(s) }
        case .unary(let op, let x):
            let f = compile(x, env, variable, interp)
            return { try Arithmetic.unary(op, try f($0)) }
        case .binary(let op, let a, let b):
            let f = compile(a, env, variable, interp), g = compile(b, env, variable, interp)
            return { i in
                let l = try f(i), r = try g(i)
                if case .int(let x) = l, case .int(let y) = r, let v = LoopGuardCheck.intArithmetic(op, x, y) { return .int(v) }
                return try Arithmetic.binary(op, l, r, interp)
            }
        case .boolean(let op, let xs):
            let fs = xs.map { compile($0, env, variable, interp) }
            return { i in
                var last: Value = .none
                for (k, f) in fs.enumerated() {
                    last = try f(i)
                    if k == fs.count - 1 { break }
                    let t = try last.truthy()
                    if op == .and && !t { return last }
                    if op == .or && t { return last }
                }
                return last
            }
        case .compare(let first, let chain):
            let f = compile(first, env, variable, interp)
            let links = chain.map { (op: $0.op, right: compile($0.right, env, variable, interp)) }
            return { i in
                var left = try f(i)
                var result: Value = .bool(true)
                for (k, link) in links.enumerated() {
                    let right = try link.right(i)
                    if case .int(let x) = left, case .int(let y) = right, let b = LoopGuardCheck.intComparison(link.op, x, y) {
                        result = .bool(b)
                    } else {
                        result = try Arithmetic.compare(link.op, left, right)
                    }
                    if k < links.count - 1, try !result.truthy() { return result }
                    left = right
                }
                return result
            }
        case .conditional(let c, let a, let b):
            let fc = compile(c, env, variable, interp), fa = compile(a, env, variable, interp), fb = compile(b, env, variable, interp)
            return { i in try fc(i).truthy() ? try fa(i) : try fb(i) }
        default:
            return { _ in throw PyError(.runtime, "not a checkable expression") }
        }
    }
}
