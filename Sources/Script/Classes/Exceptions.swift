import Autograd

extension Interpreter {
    /// `raise`, `raise E`, `raise E(args)`, `raise E from cause`.
    func raiseStatement(_ expr: Expr?, cause causeExpr: Expr?, _ scope: Scope) throws -> Never {
        guard let expr else {
            guard let current = classes.handling.last else { throw PyError(.runtime, "No active exception to reraise") }
            throw current
        }
        let inst = try exceptionInstance(try eval(expr, scope), raising: true)
        if let causeExpr {
            let c = try eval(causeExpr, scope)
            if c.isNone {
                inst.cause = .none
            } else {
                guard let ci = try? exceptionInstance(c, raising: false) else {
                    throw PyError(.type, "exception causes must derive from BaseException")
                }
                inst.cause = .object(ci)
            }
            inst.suppressContext = true
        }
        if let current = classes.handling.last, inst.context.isNone {
            let ctx = exceptionObject(for: current)
            if ctx !== inst { inst.context = .object(ctx) }
        }
        throw try error(for: inst)
    }

    /// The exception instance a raised value stands for (a class is instantiated with no arguments).
    func exceptionInstance(_ v: Value, raising: Bool) throws -> Instance {
        if let inst = v.instance, inst.cls.isException { return inst }
        if case .object(let c as ClassObject) = v, c.isException {
            var args = CallArgs(name: c.name)
            let made = try instantiate(c, &args)
            if let inst = made.instance, inst.cls.isException { return inst }
            throw PyError(.type, "calling \(c.repr()) should have returned an instance of BaseException, not \(made.typeName)")
        }
        throw PyError(.type, "exceptions must derive from BaseException")
    }

    /// The `PyError` that carries `inst` (its kind is the nearest built-in class's).
    func error(for inst: Instance) throws -> PyError {
        let kind = inst.cls.mro.lazy.compactMap(\.errorKind).first ?? .runtime
        var e = PyError(kind, try strOf(inst))
        e.exception = ExceptionHandle(instance: inst)
        return e
    }

    /// A native error of class `kind` whose exception object has `args` (`sys.exit(code)`'s
    /// SystemExit, a generator's StopIteration carrying its return value).
    func nativeError(_ kind: PyError.Kind, args: [Value]) -> PyError {
        let message: String
        switch args.count {
        case 0: message = ""
        case 1: message = args[0].isNone ? "" : Repr.str(args[0])
        default: message = Repr.repr(.tuple(args))
        }
        var e = PyError(kind, message)
        if let cls = classes.builtin(kind.rawValue) {
            let inst = Instance(cls)
            inst.exceptionArgs = args
            e.exception = ExceptionHandle(instance: inst)
        }
        return e
    }

    /// The exception object of a caught error (made for native errors, kept for raised ones).
    func exceptionObject(for e: PyError) -> Instance {
        if let inst = e.exception?.instance { return inst }
        let inst = Instance(classes.errorClass(e))
        if e.kind == .key {
            // A native KeyError's message is the key's repr; its argument is the key itself.
            inst.exceptionArgs = [Interpreter.literal(e.message)]
        } else {
            inst.nativeMessage = e.message
        }
        return inst
    }

    /// The value a simple repr stands for (`'a'` → the string a, `3` → 3), else the text itself.
    static func literal(_ repr: String) -> Value {
        if let i = Int(repr) { return .int(i) }
        if repr.count >= 2, let q = repr.first, q == "'" || q == "\"", repr.last == q {
            let inner = String(repr.dropFirst().dropLast())
            if !inner.contains("\\") && !inner.contains(q) { return .string(inner) }
        }
        return .string(repr)
    }

    /// Whether an `except` clause naming `type` (a class or a tuple of classes) catches `e`.
    func catches(_ type: Value, _ e: PyError, inTuple: Bool = false) throws -> Bool {
        if case .tuple(let items) = type, !inTuple {
            return try items.contains { try catches($0, e, inTuple: true) }
        }
        guard let cls = exceptionClass(type) else {
            throw PyError(.type, "catching classes that do not inherit from BaseException is not allowed")
        }
        return classes.errorClass(e).isSubclass(of: cls)
    }

    /// A value naming an exception class, as a class.
    func exceptionClass(_ v: Value) -> ClassObject? {
        switch v {
        case .object(let c as ClassObject) where c.isException: return c
        case .builtin(let b): return classes.builtin(b.name).flatMap { $0.isException ? $0 : nil }
        default: return nil
        }
    }

    /// Runs an `except` clause's body with `e` bound to `name` and marked as being handled; the name
    /// is unbound afterwards, as in CPython.
    func runHandler(_ h: ExceptHandler, _ e: PyError, _ scope: Scope) throws -> Flow {
        if let n = h.name { try store(n, .object(exceptionObject(for: e)), scope) }
        classes.handling.append(e)
        defer {
            classes.handling.removeLast()
            if let n = h.name { _ = scope.remove(n) }
        }
        do {
            return try exec(h.body, scope)
        } catch var raised as PyError where raised.kind != .keyboardInterrupt {
            // An error raised while handling `e` has `e` as its __context__ (also a native one).
            let handled = exceptionObject(for: e)
            if raised.exception == nil { raised.exception = ExceptionHandle(instance: exceptionObject(for: raised)) }
            if let inst = raised.exception?.instance, inst !== handled, inst.context.isNone {
                inst.context = .object(handled)
            }
            throw raised
        }
    }
}

/// One earlier exception of a chain, as CPython prints it above the final traceback.
public struct ChainedException {
    /// The frames it passed through (outermost first) up to where it was caught.
    public let frames: [TraceFrame]
    /// Its last line: `KeyError: 'b'`.
    public let description: String
    /// True for `raise ... from cause` ("direct cause"), false for an implicit `__context__`.
    public let isCause: Bool
}

extension PyError {
    /// The exceptions chained before this one (`__cause__`, else an unsuppressed `__context__`),
    /// oldest first.
    public var chain: [ChainedException] {
        var out: [ChainedException] = []
        var seen: Set<ObjectIdentifier> = []
        var current = exception?.instance
        while let inst = current {
            seen.insert(ObjectIdentifier(inst))
            let next: Instance?
            let isCause: Bool
            if let c = inst.cause.instance {
                next = c
                isCause = true
            } else if !inst.suppressContext, let c = inst.context.instance {
                next = c
                isCause = false
            } else {
                break
            }
            guard let n = next, !seen.contains(ObjectIdentifier(n)) else { break }
            let c = n.cls
            let name = c.module == "builtins" || c.module == "__main__" ? c.qualname : "\(c.module).\(c.qualname)"
            let text = n.str()
            out.append(ChainedException(frames: n.traceback ?? [], description: text.isEmpty ? name : "\(name): \(text)", isCause: isCause))
            current = n
        }
        return out.reversed()
    }
}
