import Autograd

/// What happened to one long `for … in range(…)` loop: how many of its iterations ran as a
/// compiled plan, or why none did.
public struct LoopOutcome: Sendable, Equatable {
    public let iterations: Int
    public let compiledIterations: Int
    /// Why the loop ran through the interpreter (nil when a plan ran its middle iterations).
    public let reason: String?
}

/// Watches one traced iteration for Python-level effects a compiled plan would not repeat
/// (output, plotting, list or attribute changes, random numbers), notes which variables the
/// iteration writes before it reads them, and collects the iteration's guards: the `if` conditions
/// and assigned values that read the loop variable (`if i % 100 == 0:`), which a plan re-checks for
/// every iteration it replaces.
final class LoopWatch {
    let variable: String
    /// The loop's scope, and the scope that binds the loop variable (the globals under `global i`).
    let scope: Scope
    let variableHome: Scope
    let globals: Scope
    private(set) var impurity: String?
    private(set) var guards: [LoopGuard] = []
    /// Per variable of the loop's scope or the globals (`ScopeSnapshot.key`): true when the
    /// iteration wrote it before reading it.
    private(set) var writtenFirst: [String: Bool] = [:]
    /// While a condition or assigned value is evaluated: the names it read, with their values.
    var collecting: [String: Value]?
    var sawLoopVariable = false

    init(variable: String, scope: Scope, globals: Scope) {
        self.variable = variable
        self.scope = scope
        self.globals = globals
        if let proxy = scope as? GlobalScopeProxy, proxy.names.contains(variable) { variableHome = globals } else { variableHome = scope }
    }

    func impure(_ why: String) {
        if impurity == nil { impurity = why }
    }

    /// `name` was read and found in `home`.
    func read(_ name: String, _ value: Value, in home: Scope) {
        if home === scope || home === globals {
            let key = ScopeSnapshot.key(name, global: home === globals)
            if writtenFirst[key] == nil { writtenFirst[key] = false }
        }
        if name == variable && home === variableHome {
            if collecting == nil { impure("the loop variable is read outside an `if` condition or an assignment") }
            sawLoopVariable = true
        }
        if collecting != nil, collecting?[name] == nil { collecting?[name] = value }
    }

    /// `name` was bound in `home`.
    func wrote(_ name: String, in home: Scope) {
        if home === scope || home === globals {
            let key = ScopeSnapshot.key(name, global: home === globals)
            if writtenFirst[key] == nil { writtenFirst[key] = true }
        }
    }

    /// A condition or assigned value `expr` read the loop variable and gave `value`.
    func addGuard(_ expr: Expr, _ value: Value, environment: [String: Value]) {
        guard LoopGuard.isCheckable(expr) else {
            impure("the loop variable is used in an expression a plan cannot re-check")
            return
        }
        for (name, v) in environment where name != variable {
            switch v {
            case .int, .float, .bool, .none, .string, .bigInt: continue
            default:
                impure("a condition on the loop variable also reads `\(name)`")
                return
            }
        }
        guards.append(LoopGuard(expr: expr, value: value, environment: environment))
    }
}

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
            let v = env[n] ?? .none
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

extension Interpreter {
    /// `lookup` while an iteration is traced: tells the watch what was read and where it was found.
    func watchedLookup(_ name: String, _ scope: Scope, _ watch: LoopWatch) throws -> Value {
        var found: (value: Value, home: Scope)?
        if let p = scope as? GlobalScopeProxy, p.names.contains(name), let v = globals.vars[name] {
            found = (v, globals)
        } else {
            var s: Scope? = scope
            while let cur = s, found == nil {
                if let v = cur.value(name) { found = (v, cur) }
                s = cur.parent
            }
            if found == nil, scope !== globals, let v = globals.vars[name] { found = (v, globals) }
        }
        guard let found else {
            // Builtins and the NameError: the ordinary path.
            loopWatch = nil
            defer { loopWatch = watch }
            return try lookup(name, scope)
        }
        watch.read(name, found.value, in: found.home)
        return found.value
    }

    /// Evaluates an `if` condition or an assigned value while an iteration is traced; when it read
    /// the loop variable it becomes a guard.
    func guardedEval(_ e: Expr, _ scope: Scope) throws -> Value {
        guard let watch = loopWatch, watch.collecting == nil else { return try eval(e, scope) }
        watch.collecting = [:]
        watch.sawLoopVariable = false
        defer { watch.collecting = nil }
        let v = try eval(e, scope)
        if watch.sawLoopVariable { watch.addGuard(e, v, environment: watch.collecting ?? [:]) }
        return v
    }
}

/// Runs a long `for name in range(…)` loop. An iteration runs through the interpreter (gradients
/// and other lazily made state appear), then two are traced. When both did only tensor work, the
/// same work on the same tensors, saw the same guards and left the Python variables as they found
/// them, the following iterations run as a `LoopPlan` (bit-identical, far faster) for as long as
/// every guard gives the same. An iteration where one does not (`i % 100 == 0`) runs through the
/// interpreter, and the loop traces and compiles again after it. The last iteration always runs
/// through the interpreter, so every variable ends exactly as the plain loop leaves it.
struct LoopCompiler {
    /// Shorter loops are not worth tracing.
    static let minimumIterations = 8

    let interpreter: Interpreter
    let line: Int
    let variable: String
    let scope: Scope

    init(_ interpreter: Interpreter, line: Int, variable: String, scope: Scope) {
        self.interpreter = interpreter
        self.line = line
        self.variable = variable
        self.scope = scope
    }

    /// Runs the loop's `count` iterations (values `start`, `start + step`, …); returns the flow that
    /// ended it early (`break` gives `.normal`, `return` its value) or nil when every iteration ran.
    func run(start: Int, count: Int, step: Int, _ body: (Value) throws -> Interpreter.Flow?) throws -> Interpreter.Flow? {
        var k = 0
        var compiled = 0
        var reason: String?
        defer {
            interpreter.loopOutcomes[line] = LoopOutcome(iterations: k, compiledIterations: compiled,
                                                         reason: compiled > 0 ? nil : reason ?? "the loop ended early")
        }
        // The true value start + k·step fits an Int for every k < count, so wrapping arithmetic is exact.
        func value(_ k: Int) -> Int { start &+ k &* step }

        // Iteration 0 makes lazily created state (gradients); after a guard's iteration, that one did.
        if let f = try body(.int(value(k))) { return f }
        k += 1
        while reason == nil && count - k >= 4 {
            let before = ScopeSnapshot(scope, interpreter.globals)
            let (flow1, tape1, watch1) = try traced(value(k), body)
            if let flow1 { return flow1 }
            k += 1
            let between = ScopeSnapshot(scope, interpreter.globals)
            let (flow2, tape2, watch2) = try traced(value(k), body)
            if let flow2 { return flow2 }
            k += 1
            let after = ScopeSnapshot(scope, interpreter.globals)
            var ignored: Set<String> = [ScopeSnapshot.key(variable, global: watch1.variableHome === interpreter.globals)]
            for (name, first) in watch1.writtenFirst where first && watch2.writtenFirst[name] == true { ignored.insert(name) }
            reason = watch1.impurity ?? tape1.unsupported ?? watch2.impurity ?? tape2.unsupported
                ?? (LoopGuard.same(watch1.guards, watch2.guards, ignoring: variable) ? nil : "its conditions on the loop variable differ between iterations")
                ?? before.change(to: between, ignoring: ignored) ?? between.change(to: after, ignoring: ignored)
            if reason != nil { break }
            let plan: LoopPlan
            do {
                plan = try LoopPlan(tape: tape2, previous: tape1)
            } catch {
                reason = "\(error)"
                break
            }
            // Replay while every guard gives what it gave when traced; the last iteration is the interpreter's.
            let check = LoopGuardCheck(watch2.guards, variable: variable, interpreter: interpreter)
            while k < count - 1 {
                // Guards are checked a chunk ahead, so Ctrl-C and the first failing guard are seen early.
                let chunk = check.isEmpty ? count - 1 - k : min(count - 1 - k, 4096)
                var n = check.isEmpty ? chunk : 0
                while n < chunk && check.holds(value(k + n)) { n += 1 }
                let done = n == 0 ? 0 : plan.run(iterations: n, shouldStop: interpreter.shouldInterrupt)
                k += done
                compiled += done
                if done < chunk { break }
            }
            // This iteration is a guard's, the last, or the one after Ctrl-C: the interpreter runs it.
            if k < count {
                if let f = try body(.int(value(k))) { return f }
                k += 1
            }
        }
        while k < count {
            if let f = try body(.int(value(k))) { return f }
            k += 1
        }
        return nil
    }

    /// Runs one iteration while recording its tensor events and watching its Python-level effects.
    private func traced(_ v: Int, _ body: (Value) throws -> Interpreter.Flow?) throws -> (Interpreter.Flow?, LoopTape, LoopWatch) {
        let tape = LoopTape()
        let watch = LoopWatch(variable: variable, scope: scope, globals: interpreter.globals)
        let output = interpreter.output
        let generator = interpreter.generator
        interpreter.output = { text in
            watch.impure("it prints")
            output(text)
        }
        interpreter.loopWatch = watch
        defer {
            interpreter.output = output
            interpreter.loopWatch = nil
        }
        let flow = try LoopTracing.$tape.withValue(tape) { try body(.int(v)) }
        if interpreter.generator != generator { watch.impure("it draws random numbers") }
        return (flow, tape, watch)
    }
}

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
