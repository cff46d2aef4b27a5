import Autograd

extension Interpreter {
    func eval(_ e: Expr, _ scope: Scope) throws -> Value {
        // Nested expressions recurse on the native stack as calls do (the parser allows 1,000 levels,
        // as CPython's does): past a few dozen levels the stack guard is asked, so a deep expression on
        // a small stack (an embedding thread, a sanitizer's large frames) is a RecursionError, not a crash.
        evalDepth += 1
        defer { evalDepth -= 1 }
        if evalDepth > 48 && stackGuard.isNearlyExhausted() {
            throw PyError(.recursion, "maximum recursion depth exceeded",
                          hint: "the expression is nested too deeply to evaluate; split it into steps")
        }
        return try located(line: e.line, column: e.column, span: ErrorSpan(e)) { try evalUnchecked(e, scope) }
    }

    private func evalUnchecked(_ e: Expr, _ scope: Scope) throws -> Value {
        switch e.kind {
        case .name(let n): return try lookup(n, scope)
        case .integer(let i): return .int(i)
        case .bigInteger(let s): return .bigInt(s)
        case .float(let d): return .float(d)
        case .imaginary: throw PyError(.notImplemented, "complex numbers are not supported")
        case .string(let s): return .string(s)
        case .bytes: throw PyError(.notImplemented, "bytes are not supported")
        case .fString(let parts): return .string(try formatParts(parts, scope))
        case .bool(let b): return .bool(b)
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .unary(let op, let x):
            return try Arithmetic.unary(op, try eval(x, scope))
        case .binary(let op, let a, let b):
            var l = try eval(a, scope)
            var r = try eval(b, scope)
            // `+ - * /` on a tensor only this expression holds (`x * 1.5` in `x * 1.5 + 0.5`) may
            // write the result into that tensor's array (Tensor.withTemporary): the values are the same.
            if op == .add || op == .subtract || op == .multiply || op == .divide {
                if case .tensor(var x) = l, r.isTensorOrNumber {
                    l = .none
                    return try Tensor.withTemporary(&x, other: r.tensorValue) { try Arithmetic.binary(op, .tensor($0), r, self) }
                }
                if case .tensor(var y) = r, l.isTensorOrNumber {
                    r = .none
                    return try Tensor.withTemporary(&y, other: l.tensorValue) { try Arithmetic.binary(op, l, .tensor($0), self) }
                }
            }
            return try Arithmetic.binary(op, l, r, self)
        case .boolean(let op, let operands):
            var last: Value = .none
            for (i, x) in operands.enumerated() {
                last = try eval(x, scope)
                if i == operands.count - 1 { break }
                let t = try last.truthy()
                if op == .and && !t { return last }
                if op == .or && t { return last }
            }
            return last
        case .compare(let first, let chain):
            var left = try eval(first, scope)
            var result: Value = .bool(true)
            for (i, link) in chain.enumerated() {
                let right = try eval(link.right, scope)
                if link.op == .in || link.op == .notIn, case .object(let o as PyIterator) = right {
                    // `x in generator` consumes the iterator up to the first equal item.
                    let found = try iteratorContains(o, left)
                    result = .bool(link.op == .in ? found : !found)
                } else {
                    result = try Arithmetic.compare(link.op, left, right)
                }
                if i < chain.count - 1 {
                    if try !result.truthy() { return result }
                }
                left = right
            }
            return result
        case .conditional(let cond, let body, let orElse):
            return try eval(cond, scope).truthy() ? try eval(body, scope) : try eval(orElse, scope)
        case .lambda(let params, let body):
            var defaults: [String: Value] = [:]
            for p in params.positional + params.keywordOnly { if let d = p.defaultValue { defaults[p.name] = try eval(d, scope) } }
            let f = Function(name: "<lambda>", parameters: params, body: [], expression: body, defaults: defaults,
                             closure: scope === globals ? nil : scope)
            f.qualname = qualnamePrefix(scope) + "<lambda>"
            return .function(f)
        case .call(let calleeExpr, let argExprs):
            return try evalCall(calleeExpr, argExprs, scope)
        case .attribute(let objExpr, let name):
            return try getAttribute(try eval(objExpr, scope), mangled(name, scope))
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, scope)
            return try getItem(obj, try eval(indexExpr, scope))
        case .slice(let lo, let hi, let st):
            func part(_ x: Expr?) throws -> Int? {
                guard let x else { return nil }
                let v = try eval(x, scope)
                if case .none = v { return nil }
                return try Convert.index(v)
            }
            return .slice(try part(lo), try part(hi), try part(st))
        case .starred:
            throw PyError(.type, "can't use starred expression here")
        case .tuple(let items): return .tuple(try evalItems(items, scope))
        case .list(let items): return .list(ListBox(try evalItems(items, scope)))
        case .set(let items): return .object(try SetObject(try evalItems(items, scope)))
        case .dict(let entries):
            let d = DictBox()
            for en in entries {
                guard let k = en.key else {
                    // `{**defaults, **overrides}`: a mapping's items, later ones winning.
                    let m = try eval(en.value, scope)
                    if case .dict(let src) = BuiltinSubclass.unwrap(m), m.instance?.cls.lookup("keys") == nil {
                        for (key, value) in src.entries { try d.set(key, value) }
                    } else if m.instance != nil, let keys = try? getAttribute(m, "keys") {
                        var none = CallArgs(name: "keys")
                        for key in try iterate(try call(keys, &none)) { try d.set(key, try getItem(m, key)) }
                    } else {
                        throw PyError(.type, "'\(m.typeName)' object is not a mapping")
                    }
                    continue
                }
                try d.set(try eval(k, scope), try eval(en.value, scope))
            }
            return .dict(d)
        case .setComprehension(let elt, let comps):
            let out = SetObject()
            let inner = ComprehensionScope(parent: scope)
            try comprehensionFrame("<setcomp>", scope) { try comprehend(comps[...], inner) { try out.add(try eval(elt, inner)) } }
            return .object(out)
        case .generator(let elt, let comps):
            return .object(try GeneratorExpression(self, elt, comps, scope))
        case .yield, .yieldFrom:
            throw PyError(.notImplemented, "yield inside an expression is not supported by gradstep (use `yield v` or `x = yield v` as a statement)")
        case .listComprehension(let elt, let comps):
            var out = [Value]()
            let inner = ComprehensionScope(parent: scope)
            try comprehensionFrame("<listcomp>", scope) { try comprehend(comps[...], inner) { out.append(try eval(elt, inner)) } }
            return .list(ListBox(out))
        case .dictComprehension(let k, let v, let comps):
            let d = DictBox()
            let inner = ComprehensionScope(parent: scope)
            try comprehensionFrame("<dictcomp>", scope) { try comprehend(comps[...], inner) { try d.set(try eval(k, inner), try eval(v, inner)) } }
            return .dict(d)
        case .namedExpr(let target, let valueExpr):
            let v = try eval(valueExpr, scope)
            // PEP 572: in a comprehension, `:=` binds in the scope that contains the comprehension.
            var home = scope
            while home is ComprehensionScope, let p = home.parent { home = p }
            try store(target, v, home)
            return v
        }
    }

    private func evalItems(_ items: [Expr], _ scope: Scope) throws -> [Value] {
        var out = [Value]()
        out.reserveCapacity(items.count)
        for x in items {
            if case .starred(let inner) = x.kind {
                let more = try iterate(try eval(inner, scope))
                try checkGrowth(out.count, adding: more.count, "list")
                out.append(contentsOf: more)
            } else {
                out.append(try eval(x, scope))
            }
        }
        return out
    }

    private func comprehend(_ comps: ArraySlice<Comprehension>, _ scope: Scope, _ body: () throws -> Void) throws {
        guard let c = comps.first else { return try body() }
        try forEach(try eval(c.iterable, scope)) { v in
            try checkInterrupt()
            try assign(c.target, v, scope)
            var ok = true
            for cond in c.conditions where try !eval(cond, scope).truthy() { ok = false; break }
            if ok { try comprehend(comps.dropFirst(), scope, body) }
            return true
        }
    }

    // MARK: - Calls

    private func evalCall(_ calleeExpr: Expr, _ argExprs: [Argument], _ scope: Scope) throws -> Value {
        // `t.method(...)` on a tensor: call the method directly instead of building a bound-method
        // closure per call. Properties (`t.grad(...)`; never method names) and unknown names take the
        // general path.
        if case .attribute(let objExpr, let written) = calleeExpr.kind {
            let name = mangled(written, scope)
            var obj = try eval(objExpr, scope)
            if case .tensor(var t) = obj, let m = TensorAttributes.methods[name] {
                var args = try evalArguments(argExprs, name: name, scope)
                // `(x * 1.5 + 0.5).relu()`: a unary elementwise op may write into a temporary's array.
                if args.keywords.isEmpty && args.positional.isEmpty && TensorAttributes.unaryElementwise.contains(name) {
                    obj = .none
                    return try Tensor.withTemporary(&t, other: nil) { try m($0, &args, self) }
                }
                if args.keywords.isEmpty { return try m(t, &args, self) }
                return try TorchCall.run(name, &args, self, acceptsOut: false) { try m(t, &$0, self) }
            }
            // `obj.method(...)` on a user instance: call the class's function with obj first, no bound method.
            if case .object(let o) = obj, let inst = o as? Instance, let f = inst.cls.method(name), inst.attributes.stringKeyed(name) == nil {
                var args = try evalArguments(argExprs, name: name, scope, receiver: obj)
                return try callFunction(f, &args)
            }
            let callee = try located(line: calleeExpr.line, column: calleeExpr.column, span: ErrorSpan(calleeExpr)) {
                try getAttribute(obj, name)
            }
            var args = try evalArguments(argExprs, name: name, scope)
            return try call(callee, &args)
        }
        if argExprs.isEmpty, case .name("super") = calleeExpr.kind, case .builtin(let b) = try lookup("super", scope), b.name == "super" {
            return try zeroArgumentSuper(scope)
        }
        let callee = try eval(calleeExpr, scope)
        var args = try evalArguments(argExprs, name: Interpreter.calleeName(calleeExpr), scope, callee: callee)
        return try call(callee, &args)
    }

    /// Evaluates a call's arguments left to right (`*xs` and `**d` expanded).
    private func evalArguments(_ argExprs: [Argument], name: String, _ scope: Scope, receiver: Value? = nil, callee: Value? = nil) throws -> CallArgs {
        var args = CallArgs(name: name)
        args.positional.reserveCapacity(argExprs.count + 1)
        if let receiver { args.positional.append(receiver) }
        for a in argExprs {
            switch a {
            case .positional(let x): args.positional.append(try eval(x, scope))
            case .keyword(let k, let x): args.keywords.append((k, try eval(x, scope)))
            case .unpack(let x): args.positional.append(contentsOf: try iterate(try eval(x, scope)))
            case .unpackKeywords(let x):
                let m = try eval(x, scope)
                guard case .dict(let d) = m else {
                    // CPython names a Python function with its module (`__main__.f()`).
                    let shown: String
                    if case .function(let f)? = callee { shown = "__main__." + f.qualname } else { shown = name }
                    throw PyError(.type, "\(shown)() argument after ** must be a mapping, not \(m.typeName)")
                }
                for (k, v) in d.entries {
                    guard case .string(let s) = k else { throw PyError(.type, "keywords must be strings") }
                    args.keywords.append((s, v))
                }
            }
        }
        return args
    }

    static func calleeName(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return n
        case .attribute(_, let n): return n
        default: return "function"
        }
    }

    /// Calls any callable value with the given arguments.
    public func call(_ callee: Value, _ args: inout CallArgs) throws -> Value {
        switch callee {
        case .function(let f): return try callFunction(f, &args)
        case .builtin(let b):
            args.name = b.name
            return try b.call(&args, self)
        case .object(let o):
            if let v = try o.call(&args, interpreter: self) { return v }
            throw PyError(.type, "'\(o.typeName)' object is not callable")
        default:
            if case .size = callee { throw PyError(.type, "'torch.Size' object is not callable") }
            throw PyError(.type, "'\(callee.typeName)' object is not callable")
        }
    }

    /// Calls a user function: binds arguments to parameters, runs the body in a new scope.
    func callFunction(_ f: Function, _ args: inout CallArgs) throws -> Value {
        if callDepth + 1 >= recursionLimit || (callDepth >= 16 && stackGuard.isNearlyExhausted()) {
            throw PyError(.recursion, "maximum recursion depth exceeded",
                          hint: "\(f.name)() keeps calling itself without reaching a return; check its stopping condition")
        }
        let local = try bindArguments(f, &args)
        if f.isGenerator {
            // The body runs later, one `next()` at a time, in the frame made here.
            let scope = f.globalNames.isEmpty && f.nonlocalNames.isEmpty ? local
                : GlobalScopeProxy(local: local, globals: globals, names: f.globalNames, nonlocals: f.nonlocalNames)
            return .object(GeneratorObject(function: f, scope: scope))
        }
        callDepth += 1
        frames.append(f.name)
        callStack.append((f, local))
        callSites.append(currentLine)
        defer { callDepth -= 1; frames.removeLast(); callStack.removeLast(); callSites.removeLast() }
        let scope = f.globalNames.isEmpty && f.nonlocalNames.isEmpty ? local
            : GlobalScopeProxy(local: local, globals: globals, names: f.globalNames, nonlocals: f.nonlocalNames)
        do {
            // A lambda is a frame of its own too (`in <lambda>`).
            if let e = f.expression { return try eval(e, local) }
            if case .returned(let v) = try exec(f.body, scope) { return v }
        } catch var p as PyError {
            p.frames.insert(TraceFrame(function: f.name, line: p.line, span: p.span, file: libraryFile(of: f)), at: 0)
            p.line = 0
            p.span = nil
            throw p
        }
        return .none
    }
}

/// Scope whose writes of `names` go to the globals (`global x` in a function) and of `nonlocals`
/// to the enclosing function's scope that binds them (`nonlocal x`).
final class GlobalScopeProxy: Scope {
    let globalsRef: Scope
    let names: Set<String>
    let nonlocals: Set<String>
    init(local: Scope, globals: Scope, names: Set<String>, nonlocals: Set<String> = []) {
        self.globalsRef = globals
        self.names = names
        self.nonlocals = nonlocals
        super.init(copying: local, parent: local.parent)
    }
}

extension Interpreter {
    /// Runs a comprehension's loop as CPython 3.11 runs it, in a frame of its own (`<listcomp>`):
    /// an error inside gets that frame, and the comprehension itself is marked in the caller's.
    /// (CPython evaluates the first iterable in the caller; an error there gets the frame here too.)
    func comprehensionFrame<T>(_ name: String, _ scope: Scope, _ body: () throws -> T) throws -> T {
        do { return try body() } catch var p as PyError where p.line != 0 {
            let file = callStack.last.flatMap { libraryFile(of: $0.function) }
            p.frames.insert(TraceFrame(function: name, line: p.line, span: p.span, file: file), at: 0)
            p.line = 0
            p.span = nil
            throw p
        }
    }
}

private extension Value {
    /// A tensor or a Python number: the operands of `+ - * /` that run no user code.
    var isTensorOrNumber: Bool {
        switch self {
        case .tensor, .int, .float, .bool: return true
        default: return false
        }
    }

    var tensorValue: Tensor? {
        if case .tensor(let t) = self { return t }
        return nil
    }
}
