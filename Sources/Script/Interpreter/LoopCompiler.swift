import Autograd

/// What happened to one long `for … in range(…)` loop: how many of its iterations ran as a
/// compiled plan, or why none did.
public struct LoopOutcome: Sendable, Equatable {
    public let iterations: Int
    public let compiledIterations: Int
    /// Why the loop ran through the interpreter (nil when a plan ran its middle iterations).
    public let reason: String?
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
    let variable: String
    let scope: Scope
    /// Whether `variable` is a Python name the loop binds (a driven loop's is not: see `runDrivenLoop`).
    let bindsVariable: Bool
    /// Where the outcome goes, with the graph ops per iteration of the last plan (0: none ran).
    let report: (LoopOutcome, Int) -> Void

    init(_ interpreter: Interpreter, line: Int, variable: String, scope: Scope) {
        self.interpreter = interpreter
        self.variable = variable
        self.scope = scope
        bindsVariable = true
        report = { [unowned interpreter] outcome, _ in interpreter.loopOutcomes[line] = outcome }
    }

    init(_ interpreter: Interpreter, drivenBy report: @escaping (LoopOutcome, Int) -> Void) {
        self.interpreter = interpreter
        variable = "<driven loop>"
        scope = interpreter.globals
        bindsVariable = false
        self.report = report
    }

    /// Runs the loop's `count` iterations (values `start`, `start + step`, …); returns the flow that
    /// ended it early (`break` gives `.normal`, `return` its value) or nil when every iteration ran.
    func run(start: Int, count: Int, step: Int, _ body: (Value) throws -> Interpreter.Flow?) throws -> Interpreter.Flow? {
        var k = 0
        var compiled = 0
        var reason: String?
        var plans = 0
        var ops = 0
        defer {
            let why = reason ?? (plans > 0 ? "a condition on the loop variable changed right after every compile"
                                           : "the loop ended before two iterations could be traced")
            report(LoopOutcome(iterations: k, compiledIterations: compiled, reason: compiled > 0 ? nil : why), ops)
        }
        // The true value start + k·step fits an Int for every k < count, so wrapping arithmetic is exact.
        func value(_ k: Int) -> Int { start &+ k &* step }

        // Iteration 0 makes lazily created state (gradients); after a guard's iteration, that one did.
        if let f = try body(.int(value(k))) { return f }
        k += 1
        // The last traced iteration of the plan that ran before a guard's iteration: the next plan
        // needs only one new traced iteration compared with it (see `retrace`).
        var prior: (tape: LoopTape, watch: LoopWatch)?
        while reason == nil && count - k >= 4 {
            var found: (plan: LoopPlan, tape: LoopTape, watch: LoopWatch)?
            if let p = prior {
                prior = nil
                let (flow, again) = try retrace(after: p, value(k), body)
                if let flow { return flow }
                k += 1
                found = again
                if found == nil { continue }
            }
            if found == nil {
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
                    ?? between.untracedTensor(since: before, tape: tape1) ?? after.untracedTensor(since: between, tape: tape2)
                if reason != nil { break }
                do {
                    found = (try LoopPlan(tape: tape2, previous: tape1), tape2, watch2)
                } catch {
                    reason = "\(error)"
                    break
                }
            }
            guard let (plan, lastTape, lastWatch) = found else { break }
            plans += 1
            ops = plan.graphOpCount
            // Replay while every guard gives what it gave when traced; the last iteration is the interpreter's.
            let check = LoopGuardCheck(lastWatch.guards, variable: variable, interpreter: interpreter)
            while k < count - 1 {
                // Guards are checked a chunk ahead, so Ctrl-C and the first failing guard are seen early.
                let chunk = check.isEmpty ? count - 1 - k : min(count - 1 - k, 4096)
                var n = check.isEmpty ? chunk : 0
                while n < chunk && check.holds(value(k + n)) { n += 1 }
                // Ctrl-C is taken (cleared) by the poll, so it is raised here: the state is the last
                // completed iteration's, as for an interpreted loop.
                var interrupted = false
                let done = n == 0 ? 0 : plan.run(iterations: n, shouldStop: {
                    interrupted = interpreter.shouldInterrupt()
                    return interrupted
                })
                k += done
                compiled += done
                // An lr scheduler's step raised in the plan's last iteration: raised here, with the
                // state that iteration left, as the interpreted loop raises it.
                if let error = plan.takeFailure() {
                    try interpreter.store(variable, .int(value(k - 1)), scope)
                    throw error
                }
                if interrupted {
                    if done > 0 && bindsVariable { try interpreter.store(variable, .int(value(k - 1)), scope) }
                    throw PyError(.keyboardInterrupt, "")
                }
                if done < chunk { break }
            }
            // This iteration is a guard's, the last, or the one after Ctrl-C: the interpreter runs it.
            if k < count {
                if let f = try body(.int(value(k))) { return f }
                k += 1
            }
            prior = (lastTape, lastWatch)
        }
        while k < count {
            if let f = try body(.int(value(k))) { return f }
            k += 1
        }
        return nil
    }

    /// After a guard's iteration: traces one iteration and compiles it against `last`, the traced
    /// iteration of the plan that ran before, with the same checks as two consecutive traced
    /// iterations (same work, same guards, Python state left as found). Nil plan: the caller traces
    /// two fresh iterations (the guard's iteration may have changed what the loop does).
    private func retrace(after last: (tape: LoopTape, watch: LoopWatch), _ v: Int, _ body: (Value) throws -> Interpreter.Flow?)
        throws -> (Interpreter.Flow?, (plan: LoopPlan, tape: LoopTape, watch: LoopWatch)?) {
        let before = ScopeSnapshot(scope, interpreter.globals)
        let (flow, tape, watch) = try traced(v, body)
        if let flow { return (flow, nil) }
        let after = ScopeSnapshot(scope, interpreter.globals)
        var ignored: Set<String> = [ScopeSnapshot.key(variable, global: watch.variableHome === interpreter.globals)]
        for (name, first) in last.watch.writtenFirst where first && watch.writtenFirst[name] == true { ignored.insert(name) }
        let why = watch.impurity ?? tape.unsupported
            ?? (LoopGuard.same(last.watch.guards, watch.guards, ignoring: variable) ? nil : "guards differ")
            ?? before.change(to: after, ignoring: ignored) ?? after.untracedTensor(since: before, tape: tape)
        guard why == nil, let plan = try? LoopPlan(tape: tape, previous: last.tape) else { return (nil, nil) }
        return (nil, (plan, tape, watch))
    }

    /// Runs one iteration while recording its tensor events and watching its Python-level effects.
    private func traced(_ v: Int, _ body: (Value) throws -> Interpreter.Flow?) throws -> (Interpreter.Flow?, LoopTape, LoopWatch) {
        let tape = LoopTape()
        let watch = LoopWatch(variable: variable, scope: scope, globals: interpreter.globals, generator: interpreter.generator)
        let output = interpreter.output
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
        if interpreter.generator != watch.generator { watch.impure("it draws random numbers") }
        return (flow, tape, watch)
    }
}

extension Interpreter {
    /// Runs a loop a program drives (the debugger's `train N`): `body(k)` runs iteration k (Python
    /// statements, tensor work, `LoopTracing.observe` reads) and returns false to end the loop.
    /// When loops compile, the iterations go through the one loop compiler exactly as a Python
    /// `for _ in range(count)` loop with that body would. `report` gets the outcome and the graph ops
    /// per iteration of the plan that ran (0 when none did); nothing is reported when not compiling.
    public func runDrivenLoop(count: Int, compile: Bool, report: @escaping (LoopOutcome, Int) -> Void,
                              _ body: (Int) throws -> Bool) throws {
        guard compile, loopWatch == nil else {
            for k in 0..<max(0, count) {
                if try !body(k) { return }
            }
            return
        }
        _ = try LoopCompiler(self, drivenBy: report).run(start: 0, count: max(0, count), step: 1) { v in
            guard case .int(let k) = v else { return .normal }
            return try body(k) ? nil : .normal
        }
    }
}
