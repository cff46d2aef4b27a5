import Autograd

/// Which statements of a generator function's body hold a `yield` (directly, or inside their blocks).
///
/// A generator runs its body through `GeneratorFrame`, which can stop at a `yield` and resume later;
/// statements without a `yield` run through the ordinary `exec`. A `yield` is understood as a
/// statement (`yield v`, `yield from it`) or as the value of an assignment (`x = yield v`), inside
/// any nesting of `if`, `for`, `while` and `try`.
enum GeneratorCode {
    /// The start positions of the statements of `body` that contain a supported `yield`.
    static func yieldingStatements(_ body: [Stmt]) -> Set<SourcePosition> {
        var out = Set<SourcePosition>()
        _ = collect(body, &out)
        return out
    }

    static func isYield(_ e: Expr) -> Bool {
        switch e.kind {
        case .yield, .yieldFrom: return true
        default: return false
        }
    }

    private static func collect(_ body: [Stmt], _ out: inout Set<SourcePosition>) -> Bool {
        var any = false
        for s in body {
            var has = false
            switch s.kind {
            case .expression(let e): has = isYield(e)
            case .assign(_, let v): has = isYield(v)
            case .if(_, let b, let e), .for(_, _, let b, let e), .while(_, let b, let e):
                let inBody = collect(b, &out)
                let inElse = collect(e, &out)
                has = inBody || inElse
            case .with(_, let b): has = collect(b, &out)
            case .try(let t):
                var found = collect(t.body, &out)
                for h in t.handlers where collect(h.body, &out) { found = true }
                if collect(t.orElse, &out) { found = true }
                if collect(t.finally, &out) { found = true }
                has = found
            default: break
            }
            if has {
                out.insert(s.start)
                any = true
            }
        }
        return any
    }
}

/// A generator object (`gen = f()` for a function with `yield`): its body runs a piece at a time,
/// up to the next `yield`, each time an item is asked for.
final class GeneratorObject: PyIterator {
    let name: String
    private var frame: GeneratorFrame?
    /// What the body returned (`return v`), the value of `yield from` over this generator.
    private(set) var returnValue: Value = .none
    private var running = false
    private var started = false

    init(function: Function, scope: Scope) {
        name = function.name
        frame = GeneratorFrame(function: function, scope: scope)
    }

    var typeName: String { "generator" }

    func next(_ interp: Interpreter) throws -> Value? { try resume(interp, sending: .none) }

    /// Runs the body to its next `yield` (nil when it finished), `sending` being the `yield`'s value
    /// or, with `throwing`, raising that error where the body is paused (`gen.throw`, `gen.close`).
    func resume(_ interp: Interpreter, sending: Value, throwing: PyError? = nil) throws -> Value? {
        guard let f = frame else {
            if let throwing { throw throwing }
            return nil
        }
        if running { throw PyError(.value, "generator already executing") }
        if !started, let throwing {
            // Thrown into a generator that has not started: raised at once, and the generator is done.
            frame = nil
            throw throwing
        }
        if !started, !sending.isNone { throw PyError(.type, "can't send non-None value to a just-started generator") }
        started = true
        running = true
        defer { running = false }
        do {
            if let v = try f.run(interp, sent: sending, thrown: throwing) { return v }
            returnValue = f.result
            frame = nil
            return nil
        } catch {
            frame = nil
            throw error
        }
    }

    /// Whether the body has started and not finished (so `close` has a `finally` to run).
    var isSuspended: Bool { started && frame != nil }

    /// `gen.close()`: raises GeneratorExit where the body is paused; the body must not yield again.
    func close(_ interp: Interpreter) throws {
        guard frame != nil else { return }
        guard started else { frame = nil; return }
        do {
            if try resume(interp, sending: .none, throwing: interp.nativeError(.generatorExit, args: [])) != nil {
                throw PyError(.runtime, "generator ignored GeneratorExit")
            }
        } catch let e as PyError where e.kind == .generatorExit || e.kind == .stopIteration {
            return
        }
    }

    /// The StopIteration ending this generator: carries its return value (`e.value`).
    func stopIteration(_ interp: Interpreter) -> PyError {
        interp.nativeError(.stopIteration, args: returnValue.isNone ? [] : [returnValue])
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "send":
            return .builtin(Builtin("send") { a, interp in
                guard let v = try self.resume(interp, sending: try a.required(0, "value")) else { throw self.stopIteration(interp) }
                return v
            })
        case "throw":
            return .builtin(Builtin("throw") { a, interp in
                let first = try a.required(0, "typ")
                var raised = first
                if let value = a.value(1, "val"), !value.isNone, interp.exceptionClass(first) != nil, value.instance == nil {
                    var args = CallArgs([value], name: "throw")
                    raised = try interp.call(first, &args)
                }
                let inst = try interp.exceptionInstance(raised, raising: true)
                guard let v = try self.resume(interp, sending: .none, throwing: try interp.error(for: inst)) else { throw self.stopIteration(interp) }
                return v
            })
        case "close": return .builtin(Builtin("close") { _, interp in try self.close(interp); return .none })
        case "__name__": return .string(self.name)
        case "gi_running": return .bool(running)
        case "__next__":
            return .builtin(Builtin("__next__") { _, interp in
                guard let v = try self.next(interp) else { throw self.stopIteration(interp) }
                return v
            })
        default: return IteratorMethods.attribute(self, name)
        }
    }

    func repr() -> String { "<generator object \(name) at \(Repr.address(self))>" }
}

/// The suspended execution state of a generator's body: a stack of cursors into its blocks.
final class GeneratorFrame {
    /// A way a block ends: falls through, `break`, `continue`, `return`, or an exception.
    enum Signal {
        case normal, broke, continued
        case returned(Value)
        case error(PyError)
    }

    enum TryPhase { case body, handler, orElse, finally }

    enum Cursor {
        /// Running the statements of a block; the index of the next one.
        case block([Stmt], Int)
        case forLoop(target: Expr, iterator: PyIterator, body: [Stmt], orElse: [Stmt])
        case whileLoop(condition: Expr, body: [Stmt], orElse: [Stmt])
        /// A `try` statement: which part runs, and (in `finally`) how the earlier part ended.
        case tryStatement(TryStatement, TryPhase, pending: Signal)
        /// `yield from iterator` (assigning its return value to `targets` when it ends).
        case delegate(PyIterator, targets: [Expr])
        /// After `x = yield v`: the value sent on resumption goes to `targets`.
        case receive(targets: [Expr])
        /// Inside `with torch.no_grad():` (or `enable_grad`, `set_grad_enabled`): the body runs with
        /// graph recording set so.
        case gradMode(Bool)
    }

    /// How one stretch of running ended.
    enum Outcome {
        case yielded(Value)
        case finished
        /// A `with` block was entered or left: run on under the new grad mode.
        case modeChanged
    }

    let function: Function
    let scope: Scope
    private var stack: [Cursor]
    private(set) var result: Value = .none
    private var line = 0
    /// How the last block ended, not yet handed to the cursor below it.
    private var pending: Signal?
    /// The value `send` passes on to a `yield from` sub-generator.
    private var forward: Value?
    /// Changes whenever a `with` cursor is pushed or popped.
    private var modeVersion = 0
    /// How many `with` cursors the stack holds.
    private var openWithBlocks = 0
    /// The errors whose `except` blocks in this body are running, innermost last (a bare `raise`
    /// re-raises the last); on the interpreter's handling stack while the body runs.
    private var handled: [PyError] = []

    private func innermostGradMode() -> Bool? {
        for c in stack.reversed() { if case .gradMode(let m) = c { return m } }
        return nil
    }

    init(function: Function, scope: Scope) {
        self.function = function
        self.scope = scope
        self.stack = [.block(function.body, 0)]
    }

    /// Runs until the next `yield` (its value) or the end of the body (nil).
    func run(_ interp: Interpreter, sent: Value, thrown: PyError? = nil) throws -> Value? {
        if interp.callDepth + 1 >= interp.recursionLimit || (interp.callDepth >= 16 && interp.stackGuard.isNearlyExhausted()) {
            throw PyError(.recursion, "maximum recursion depth exceeded")
        }
        interp.callDepth += 1
        interp.frames.append(function.name)
        interp.callStack.append((function, scope))
        interp.callSites.append(interp.currentLine)
        interp.classes.handling.append(contentsOf: handled)
        defer {
            interp.callDepth -= 1
            interp.frames.removeLast()
            interp.callStack.removeLast()
            interp.callSites.removeLast()
            interp.classes.handling.removeLast(min(handled.count, interp.classes.handling.count))
        }
        do {
            forward = sent
            var first = true
            while true {
                let receive = first
                let outcome: Outcome
                if openWithBlocks > 0, let mode = innermostGradMode() {
                    outcome = try GradMode.with(enabled: mode) { try loop(interp, sent: sent, receive: receive, thrown: receive ? thrown : nil) }
                } else {
                    outcome = try loop(interp, sent: sent, receive: receive, thrown: receive ? thrown : nil)
                }
                first = false
                switch outcome {
                case .yielded(let v): return v
                case .finished: return nil
                case .modeChanged: continue
                }
            }
        } catch var p as PyError {
            if p.line == 0 { p.line = line }
            if p.kind == .stopIteration {
                let cause = interp.exceptionObject(for: p)
                p = PyError(.runtime, "generator raised StopIteration")
                let inst = interp.exceptionObject(for: p)
                inst.cause = .object(cause)
                inst.context = .object(cause)
                inst.suppressContext = true
                p.exception = ExceptionHandle(instance: inst)
                p.line = line
            }
            p.frames.insert(TraceFrame(function: function.name, line: p.line, span: p.span, file: interp.libraryFile(of: function)), at: 0)
            p.line = 0
            p.span = nil
            throw p
        }
    }

    private func loop(_ interp: Interpreter, sent: Value, receive: Bool, thrown: PyError?) throws -> Outcome {
        let version = modeVersion
        if let thrown {
            forward = nil
            if case .receive? = stack.last { stack.removeLast() }
            if case .delegate(let it, let targets)? = stack.last, let g = it as? GeneratorObject, g.isSuspended {
                // `yield from` passes the throw on to the generator it delegates to.
                do {
                    if let v = try g.resume(interp, sending: .none, throwing: thrown) { return .yielded(v) }
                    stack.removeLast()
                    for t in targets { try interp.assign(t, g.returnValue, scope) }
                } catch {
                    stack.removeLast()
                    pending = .error(located(error))
                }
            } else {
                if case .delegate? = stack.last { stack.removeLast() }
                var e = thrown
                if e.line == 0 { e.line = line }
                pending = .error(e)
            }
        } else if receive, case .receive(let targets)? = stack.last {
            stack.removeLast()
            forward = nil
            do { for t in targets { try interp.assign(t, sent, scope) } } catch { pending = .error(located(error)) }
        }
        while let top = stack.last {
            if modeVersion != version { return .modeChanged }
            if let s = pending {
                pending = deliver(s, interp)
                continue
            }
            do {
                switch top {
                case .block(let stmts, let i):
                    if i == stmts.count {
                        stack.removeLast()
                        pending = .normal
                        continue
                    }
                    stack[stack.count - 1] = .block(stmts, i + 1)
                    let s = stmts[i]
                    line = s.line
                    if function.yieldingStatements.contains(s.start) {
                        if let v = try start(s, interp) { return .yielded(v) }
                    } else {
                        switch try interp.exec(s, scope) {
                        case .normal: break
                        case .broke: pending = .broke
                        case .continued: pending = .continued
                        case .returned(let v): pending = .returned(v)
                        }
                    }
                case .forLoop(let target, let it, let body, let orElse):
                    try interp.checkInterrupt()
                    if let v = try it.next(interp) {
                        try interp.assign(target, v, scope)
                        stack.append(.block(body, 0))
                    } else {
                        stack[stack.count - 1] = .block(orElse, 0)
                    }
                case .whileLoop(let condition, let body, let orElse):
                    try interp.checkInterrupt()
                    if try interp.eval(condition, scope).truthy() {
                        stack.append(.block(body, 0))
                    } else {
                        stack[stack.count - 1] = .block(orElse, 0)
                    }
                case .delegate(let it, let targets):
                    let v: Value?
                    if let g = it as? GeneratorObject, let f = forward {
                        v = try g.resume(interp, sending: f)
                    } else {
                        v = try it.next(interp)
                    }
                    forward = nil
                    if let v { return .yielded(v) }
                    stack.removeLast()
                    let r = (it as? GeneratorObject)?.returnValue ?? Value.none
                    for t in targets { try interp.assign(t, r, scope) }
                case .tryStatement, .receive, .gradMode:
                    // Only reached through `deliver`; a bare one means its block ended.
                    pending = .normal
                }
            } catch {
                pending = .error(located(error))
            }
        }
        let last = pending
        pending = nil
        switch last {
        case .error(let e)?: throw e
        case .returned(let v)?: result = v
        default: break
        }
        return .finished
    }

    private func located(_ error: Error) -> PyError {
        var p = pyError(error)
        if p.line == 0 { p.line = line }
        return p
    }

    /// Starts a statement that holds a `yield`: answers the value yielded now, or nil after pushing
    /// the cursor that runs the statement's blocks.
    private func start(_ s: Stmt, _ interp: Interpreter) throws -> Value? {
        switch s.kind {
        case .expression(let e):
            switch e.kind {
            case .yield(let v): return try v.map { try interp.eval($0, scope) } ?? Value.none
            case .yieldFrom(let src): stack.append(.delegate(try interp.makeIterator(try interp.eval(src, scope)), targets: []))
            default: break
            }
        case .assign(let targets, let value):
            switch value.kind {
            case .yield(let v):
                let y = try v.map { try interp.eval($0, scope) } ?? Value.none
                stack.append(.receive(targets: targets))
                return y
            case .yieldFrom(let src):
                stack.append(.delegate(try interp.makeIterator(try interp.eval(src, scope)), targets: targets))
            default: break
            }
        case .if(let condition, let body, let orElse):
            stack.append(.block(try interp.eval(condition, scope).truthy() ? body : orElse, 0))
        case .for(let target, let iterable, let body, let orElse):
            stack.append(.forLoop(target: target, iterator: try interp.makeIterator(try interp.eval(iterable, scope)), body: body, orElse: orElse))
        case .while(let condition, let body, let orElse):
            stack.append(.whileLoop(condition: condition, body: body, orElse: orElse))
        case .try(let t):
            stack.append(.tryStatement(t, .body, pending: .normal))
            stack.append(.block(t.body, 0))
        case .with(let items, let body):
            guard items.count == 1, let item = items.first else {
                throw PyError(.notImplemented, "yield inside a with statement of several items is not supported by gradstep")
            }
            let ctx = try interp.eval(item.context, scope)
            guard case .object(let o) = ctx, let mode = o as? GradModeContext else {
                throw PyError(.notImplemented, "yield inside `with \(ctx.typeName)` is not supported by gradstep (only torch.no_grad() and friends)")
            }
            if let t = item.target { try interp.assign(t, ctx, scope) }
            stack.append(.gradMode(mode.enabled))
            stack.append(.block(body, 0))
            modeVersion += 1
            openWithBlocks += 1
        default:
            break
        }
        return nil
    }

    /// Hands how a block ended to the cursor below it; answers what remains to hand further down.
    private func deliver(_ s: Signal, _ interp: Interpreter) -> Signal? {
        guard let top = stack.last else { return s }
        switch top {
        case .block:
            if case .normal = s { return nil }
            stack.removeLast()
            return s
        case .forLoop, .whileLoop:
            switch s {
            case .normal, .continued: return nil
            case .broke:
                stack.removeLast()
                return .normal
            default:
                stack.removeLast()
                return s
            }
        case .tryStatement(let t, let phase, let pending):
            switch phase {
            case .body:
                switch s {
                case .normal:
                    stack[stack.count - 1] = .tryStatement(t, .orElse, pending: .normal)
                    stack.append(.block(t.orElse, 0))
                case .error(let e) where e.kind != .keyboardInterrupt:
                    do {
                        if let h = try handler(t, e, interp) {
                            handled.append(e)
                            interp.classes.handling.append(e)
                            stack[stack.count - 1] = .tryStatement(t, .handler, pending: .normal)
                            stack.append(.block(h.body, 0))
                            return nil
                        }
                        stack[stack.count - 1] = .tryStatement(t, .finally, pending: s)
                    } catch {
                        stack[stack.count - 1] = .tryStatement(t, .finally, pending: .error(located(error)))
                    }
                    stack.append(.block(t.finally, 0))
                default:
                    stack[stack.count - 1] = .tryStatement(t, .finally, pending: s)
                    stack.append(.block(t.finally, 0))
                }
                return nil
            case .handler, .orElse:
                if case .handler = phase, !handled.isEmpty {
                    handled.removeLast()
                    if !interp.classes.handling.isEmpty { interp.classes.handling.removeLast() }
                }
                stack[stack.count - 1] = .tryStatement(t, .finally, pending: s)
                stack.append(.block(t.finally, 0))
                return nil
            case .finally:
                stack.removeLast()
                if case .normal = s { return pending }
                return s
            }
        case .gradMode:
            stack.removeLast()
            modeVersion += 1
            openWithBlocks -= 1
            return s
        case .delegate, .receive:
            stack.removeLast()
            return s
        }
    }

    /// The `except` clause of `t` that catches `e` (binding `as name`), or nil.
    private func handler(_ t: TryStatement, _ e: PyError, _ interp: Interpreter) throws -> ExceptHandler? {
        for h in t.handlers {
            if let type = h.type, try !interp.catches(try interp.eval(type, scope), e) { continue }
            if let n = h.name { try interp.store(n, .object(interp.exceptionObject(for: e)), scope) }
            return h
        }
        return nil
    }
}

/// `(expr for x in xs if cond)`: a lazy generator; the first iterable is evaluated where the
/// expression stands, the rest as items are asked for.
final class GeneratorExpression: PyIterator {
    private let element: Expr
    private let clauses: [Comprehension]
    private let scope: Scope
    private var iterators: [PyIterator]

    init(_ interp: Interpreter, _ element: Expr, _ clauses: [Comprehension], _ scope: Scope) throws {
        self.element = element
        self.clauses = clauses
        self.scope = ComprehensionScope(parent: scope)
        iterators = clauses.isEmpty ? [] : [try interp.makeIterator(try interp.eval(clauses[0].iterable, scope))]
    }

    var typeName: String { "generator" }

    func next(_ interp: Interpreter) throws -> Value? {
        // Each item is computed in the generator's own frame (`<genexpr>` in a traceback).
        try interp.comprehensionFrame("<genexpr>", scope) { try advance(interp) }
    }

    private func advance(_ interp: Interpreter) throws -> Value? {
        while let it = iterators.last {
            let k = iterators.count - 1
            guard let v = try it.next(interp) else {
                iterators.removeLast()
                continue
            }
            let c = clauses[k]
            try interp.assign(c.target, v, scope)
            var ok = true
            for cond in c.conditions where try !interp.eval(cond, scope).truthy() { ok = false; break }
            if !ok { continue }
            if k == clauses.count - 1 { return try interp.eval(element, scope) }
            iterators.append(try interp.makeIterator(try interp.eval(clauses[k + 1].iterable, scope)))
        }
        return nil
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        if name == "send" {
            return .builtin(Builtin("send") { _, interp in
                guard let v = try self.next(interp) else { throw PyError(.stopIteration, "") }
                return v
            })
        }
        if name == "close" { return .builtin(Builtin("close") { _, _ in self.iterators = []; return .none }) }
        return IteratorMethods.attribute(self, name)
    }

    func repr() -> String { "<generator object <genexpr> at \(Repr.address(self))>" }
}
