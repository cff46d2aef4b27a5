import Autograd

/// What happened to one long `for … in range(…)` loop: how many of its iterations ran as a
/// compiled plan, or why none did.
public struct LoopOutcome: Sendable, Equatable {
    public let iterations: Int
    public let compiledIterations: Int
    /// Why the loop ran through the interpreter (nil when a plan ran its middle iterations).
    public let reason: String?
}

/// Watches one traced iteration for Python-level effects a compiled plan would not repeat:
/// output, plotting, list or attribute changes, reading the loop variable, random numbers.
final class LoopWatch {
    let variable: String
    private(set) var impurity: String?

    init(variable: String) { self.variable = variable }

    func impure(_ why: String) {
        if impurity == nil { impurity = why }
    }
}

/// Runs a long `for name in range(…)` loop. Iteration 0 runs through the interpreter (gradients
/// and other lazily made state appear); iterations 1 and 2 are traced. When both did only tensor
/// work, the same work on the same tensors, and left the Python variables as they found them, the
/// middle iterations run as a `LoopPlan` (bit-identical, far faster) and the last one runs through
/// the interpreter again, so every variable ends exactly as the plain loop leaves it.
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
        var reason: String? = "the loop ended early"
        defer { interpreter.loopOutcomes[line] = LoopOutcome(iterations: k, compiledIterations: compiled, reason: reason) }
        // The true value start + k·step fits an Int for every k < count, so wrapping arithmetic is exact.
        func value() -> Value { .int(start &+ k &* step) }

        if let f = try body(value()) { return f }
        k += 1
        let before = ScopeSnapshot(scope, interpreter.globals)
        let (flow1, tape1, why1) = try traced(value(), body)
        if let flow1 { return flow1 }
        k += 1
        let between = ScopeSnapshot(scope, interpreter.globals)
        let (flow2, tape2, why2) = try traced(value(), body)
        if let flow2 { return flow2 }
        k += 1
        let after = ScopeSnapshot(scope, interpreter.globals)
        reason = why1 ?? why2 ?? before.change(to: between, ignoring: variable) ?? between.change(to: after, ignoring: variable)
        if reason == nil {
            do {
                let plan = try LoopPlan(tape: tape2, previous: tape1)
                // The last iteration runs through the interpreter, so variables end as the loop leaves them.
                compiled = plan.run(iterations: max(0, count - 1 - k), shouldStop: interpreter.shouldInterrupt)
                k += compiled
            } catch {
                reason = "\(error)"
            }
        }
        while k < count {
            if let f = try body(value()) { return f }
            k += 1
        }
        return nil
    }

    /// Runs one iteration while recording its tensor events and watching its Python-level effects.
    private func traced(_ v: Value, _ body: (Value) throws -> Interpreter.Flow?) throws -> (Interpreter.Flow?, LoopTape, String?) {
        let tape = LoopTape()
        let watch = LoopWatch(variable: variable)
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
        let flow = try LoopTracing.$tape.withValue(tape) { try body(v) }
        if interpreter.generator != generator { watch.impure("it draws random numbers") }
        return (flow, tape, watch.impurity ?? tape.unsupported)
    }
}

/// The variables visible from a loop's scope at one moment, to check that an iteration leaves the
/// Python state as it found it (tensors may be rebound: the plan follows those).
struct ScopeSnapshot {
    private var values: [String: Value] = [:]

    init(_ scope: Scope, _ globals: Scope) {
        var s: Scope? = scope
        while let cur = s {
            for n in cur.boundNames where values[n] == nil { values[n] = cur.value(n) }
            s = cur.parent
        }
        for (k, v) in globals.vars where values[k] == nil { values[k] = v }
    }

    /// Why `later` differs from this snapshot in a way a plan would not reproduce (nil: it does not).
    func change(to later: ScopeSnapshot, ignoring variable: String) -> String? {
        for (name, v) in values where name != variable {
            guard let w = later.values[name] else { return "`\(name)` is deleted" }
            if !ScopeSnapshot.same(v, w) { return "`\(name)` changes from one iteration to the next" }
        }
        for name in later.values.keys where values[name] == nil && name != variable { return "`\(name)` is new" }
        return nil
    }

    /// Whether two values are the same for the rest of an iteration (any two tensors are: the plan
    /// checks what is done with them).
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis), (.tensor, .tensor): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.string(let x), .string(let y)): return x == y
        case (.size(let x), .size(let y)): return x == y
        case (.range(let a1, let b1, let c1), .range(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
        case (.slice(let a1, let b1, let c1), .slice(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
        case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.list(let x), .list(let y)):
            return x === y || (x.items.count == y.items.count && zip(x.items, y.items).allSatisfy { same($0, $1) })
        case (.dict(let x), .dict(let y)): return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.builtin(let x), .builtin(let y)): return x.name == y.name
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }
}
