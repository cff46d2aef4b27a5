import Autograd

/// Runs parsed Python statements of gradstep's subset against the autograd engine.
///
/// The interpreter never prints: `print(...)` goes to `output`, warnings to `warn`. A session owns one
/// interpreter; its `globals` are the learner's variables.
public final class Interpreter {
    /// The module scope: the learner's variables.
    public let globals: Scope
    /// Where `print` writes (stdout text, newlines included).
    public var output: (String) -> Void
    /// The errno of a write to stdout that failed (a closed pipe, a full disk), or nil: `print` then
    /// raises as CPython's does (`BrokenPipeError: [Errno 32] Broken pipe`).
    public var outputFailure: () -> Int32? = { nil }
    /// Where warnings go, already formatted as Python prints them (`UserWarning: …`).
    public var warn: (String) -> Void
    /// The random generator behind torch.manual_seed / randn / rand / uniform_.
    public var generator: TorchGenerator
    /// Polled in loops: true means the user pressed Ctrl-C.
    public var shouldInterrupt: () -> Bool = { false }
    /// The recursion limit for `def` calls (Python's default, 1000). Each call costs ~33 KB of native
    /// stack in debug builds, so the CLI runs on a large-stack thread; on a small stack a `StackGuard`
    /// raises the same RecursionError before the native stack runs out.
    public var recursionLimit = 1000
    /// Guards the native stack during deep recursion.
    var stackGuard = StackGuard()
    /// Tensor size limit (elements) for creation functions.
    public var maxElements = Shape.defaultMaxElements
    /// matplotlib's `rc` settings that change what a notebook cell shows.
    let matplotlibSettings = MatplotlibSettings()
    /// The file name shown in tracebacks.
    public var filename: String = "<stdin>"
    /// Receives matplotlib-style drawing calls (nil: they draw nothing, as headless Python).
    public var plotter: PlotReceiver?
    /// Warnings already shown (Python shows each warning once per location).
    var shownWarnings = Set<String>()
    /// The program's name in tracebacks when it differs from `filename` (`sys.argv[0]`): python3
    /// shows the absolute path.
    public var tracebackFilename: String?
    /// Names a line of the program being run and gives its text (`traceback.format_exc()`).
    public var programLocator: ((Int) -> (place: String, code: String?))?
    /// The `warnings` filters and the active `catch_warnings(record=True)` list.
    let warningState = WarningState()
    /// The line of the statement running now (a warning's location; restored when a call returns).
    var currentLine = 0
    /// numpy's floating-point error modes (`np.seterr`, `np.errstate`).
    var numpyErrors = NumpyErrorState()
    var callDepth = 0
    /// How many expressions are being evaluated inside each other on this interpreter (for the stack guard).
    var evalDepth = 0
    /// Names of functions being called, for tracebacks.
    var frames: [String] = []
    /// The running user functions and their local scopes, outermost first (`inspect.currentframe()`).
    var callStack: [(function: Function, scope: Scope)] = []
    /// For each `callStack` entry, the line its caller was running when it was called (where a
    /// warning with `stacklevel` > 1 is located).
    var callSites: [Int] = []
    /// Compile long `for … in range(…)` loops into plans when their iterations allow (see `LoopPlan`).
    public var compilesLoops = true
    /// True while something must see every loop iteration (a debugger breakpoint): loops then run
    /// every iteration through the interpreter.
    public var observesIterations: () -> Bool = { false }
    /// What happened to each long range loop, by the line of its `for`.
    public internal(set) var loopOutcomes: [Int: LoopOutcome] = [:]
    /// Set while an iteration is traced for compilation.
    var loopWatch: LoopWatch?
    /// Which module call made which graph nodes (for the graph's module boxes).
    let moduleScopes = ModuleScopes()
    /// While set, the lines one function runs are recorded (bstep through a custom backward).
    var lineTracer: LineTracer?
    /// Set by the debugger while it steps a backward pass: each custom `autograd.Function` backward
    /// then records its lines into `customBackwardTraces`.
    public var tracesCustomBackward = false
    /// The line traces of the custom backwards run since the debugger last took them.
    public var customBackwardTraces: [LineTrace] = []
    /// Classes: the built-in ones, attribute-cache epoch, exceptions being handled.
    lazy var classes = ClassRuntime(self)
    /// Modules imported so far, by dotted name (Python's `sys.modules`): each is built once.
    var loadedModules: [String: NamespaceObject] = [:]
    /// What `torch.save` stored this run, by path (gradstep writes no checkpoint files; see TorchSerialization).
    var savedCheckpoints: [String: Value] = [:]
    /// Whether the program star-imported one of the fastai modules gradstep stands in for.
    var importedFastai = false
    /// The exit status of the last SystemExit that left `run` uncaught (python3's process status).
    public internal(set) var exitStatus: Int32?
    /// Where `sys.stderr.write` and `print(..., file=sys.stderr)` write.
    public var errorOutput: (String) -> Void = { _ in }
    /// Bundled Python modules (torch.nn, torch.optim, ...), loaded on first import.
    let library = LibraryLoader()
    /// This interpreter's `torch.set_default_dtype` / `torch.set_printoptions` state, in effect while it runs.
    public let torchSettings = TorchSettings()
    /// Preloaded globals not built yet, by name: the module each imports when a line first names it.
    var lazyGlobals: [String: String] = [:]

    public init(output: @escaping (String) -> Void = { _ in }, warn: @escaping (String) -> Void = { _ in }, generator: TorchGenerator = TorchGenerator()) {
        self.globals = Scope()
        self.output = output
        self.warn = warn
        self.generator = generator
    }

    /// Makes torch, nn, F, np, plt and the torch functions available without imports (the REPL's
    /// convenience). `nn` and `F` are the bundled Python library, loaded the first time a line names them
    /// so that start-up stays fast.
    public func preloadTorch() {
        // Building the Swift modules cannot fail; a failure would leave only the names that did load.
        for (k, v) in (try? Modules.preloadedNames(self)) ?? [:] where globals.vars[k] == nil { globals.vars[k] = v }
        for (k, module) in Modules.preloadedLazyModules where globals.vars[k] == nil { lazyGlobals[k] = module }
        for (k, v) in Modules.torchBareNames(self) where globals.vars[k] == nil { globals.vars[k] = v }
    }

    /// The lazily preloaded global `name` (a module name to import on first use), bound once loaded.
    func loadLazyGlobal(_ name: String) throws -> Value? {
        guard let module = lazyGlobals[name] else { return nil }
        let value = Value.object(try ModuleRegistry.load(module, self))
        lazyGlobals[name] = nil
        if globals.vars[name] == nil { globals.vars[name] = value }
        return globals.vars[name]
    }

    // MARK: - Running code

    /// Parses and runs `source` as a module; errors carry their line.
    public func run(_ source: String) throws {
        programLocator = ErrorReport.locator(source: source, filename: tracebackFilename ?? filename)
        let module = try Parser.parse(source, filename: filename)
        try run(module)
    }

    /// Runs a parsed module's statements in the global scope.
    public func run(_ module: Module) throws {
        do {
            _ = try torchSettings.withBound { try exec(module.body, globals) }
        } catch let e as PyError where e.kind == .systemExit {
            exitStatus = systemExitStatus(e)
            throw e
        }
    }

    /// The process exit status python3 gives an uncaught SystemExit: its int code, 0 for None,
    /// 1 for anything else (whose str CPython prints on stderr).
    func systemExitStatus(_ e: PyError) -> Int32 {
        let code: Value = e.exception.map { inst in
            inst.instance.exceptionArgs.count == 1 ? inst.instance.exceptionArgs[0] : (inst.instance.exceptionArgs.isEmpty ? .none : .tuple(inst.instance.exceptionArgs))
        } ?? (e.message.isEmpty ? .none : Interpreter.literal(e.message))
        switch code {
        case .none: return 0
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Int32(truncatingIfNeeded: i & 0xff)
        default: return 1
        }
    }

    /// Evaluates one expression in the global scope (the debugger's `print EXPR`).
    public func evaluate(_ source: String) throws -> Value {
        let module = try Parser.parse(source, filename: filename)
        guard module.body.count == 1, case .expression(let e) = module.body[0].kind else {
            throw PyError(.value, "expected one expression")
        }
        return try torchSettings.withBound { try eval(e, globals) }
    }

    /// Emits a warning of one of the built-in categories through the `warnings` filters (once per
    /// text unless a filter says otherwise); an "error" filter cannot raise from here and shows it.
    public func warnOnce(_ category: String, _ text: String) {
        guard let cls = classes.builtin(category) else { return warn("\(category): \(text)") }
        do { try emitWarning(cls, text: text, instance: nil) } catch { warn("\(category): \(text)") }
    }

    enum Flow {
        case normal
        case returned(Value)
        case broke
        case continued
    }

    func exec(_ body: [Stmt], _ scope: Scope) throws -> Flow {
        for s in body {
            let flow = try exec(s, scope)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func exec(_ s: Stmt, _ scope: Scope) throws -> Flow {
        let callerLine = currentLine
        currentLine = s.line
        defer { currentLine = callerLine }
        return try located(line: s.line, column: s.column) {
            guard let tracer = lineTracer, scope.function === tracer.target else { return try execUnchecked(s, scope) }
            tracer.before(scope)
            let flow = try execUnchecked(s, scope)
            tracer.after(s, scope, flow)
            return flow
        }
    }

    private func execUnchecked(_ s: Stmt, _ scope: Scope) throws -> Flow {
        switch s.kind {
        case .expression(let e):
            _ = try eval(e, scope)
        case .assign(let targets, let valueExpr):
            let v = try loopWatch == nil ? eval(valueExpr, scope) : guardedEval(valueExpr, scope)
            for t in targets {
                do { try assign(t, v, scope) } catch var e as PyError where e.line == 0 {
                    // CPython marks the target a store or an unpacking failed on (`t[0] = 2` → `~^^^`).
                    e.line = t.line
                    e.column = t.column
                    e.span = ErrorSpan(t)
                    throw e
                }
            }
        case .augmentedAssign(let target, let op, let valueExpr):
            try augmentedAssign(target, op, valueExpr, scope)
        case .annotatedAssign(let target, let annotation, let valueExpr):
            if let valueExpr { try assign(target, try eval(valueExpr, scope), scope) }
            try recordAnnotation(target, annotation, scope)
        case .functionDef(let def):
            try store(def.name, try defineFunction(def, scope), scope)
        case .classDef(let c):
            try execClassDef(c, scope)
        case .return(let e):
            return .returned(try e.map { try eval($0, scope) } ?? .none)
        case .if(let cond, let body, let orElse):
            if try (loopWatch == nil ? eval(cond, scope) : guardedEval(cond, scope)).truthy() { return try exec(body, scope) }
            return try exec(orElse, scope)
        case .for(let target, let iterable, let body, let orElse):
            return try execFor(target, iterable, body, orElse, scope, line: s.line)
        case .while(let cond, let body, let orElse):
            while try eval(cond, scope).truthy() {
                try checkInterrupt()
                let flow = try exec(body, scope)
                switch flow {
                case .broke: return .normal
                case .returned: return flow
                default: break
                }
            }
            return try exec(orElse, scope)
        case .with(let items, let body):
            return try execWith(items[...], body, scope)
        case .try(let t):
            return try execTry(t, scope)
        case .raise(let e, let cause):
            try raiseStatement(e, cause: cause, scope)
        case .pass:
            break
        case .break:
            return .broke
        case .continue:
            return .continued
        case .import(let names):
            try runImport(names, scope)
        case .importFrom(let moduleName, let names, let level):
            try runImportFrom(moduleName, names, level: level, scope)
        case .global, .nonlocal:
            break
        case .delete(let targets):
            for t in targets { try deleteTarget(t, scope) }
        case .assert(let cond, let message):
            if try !eval(cond, scope).truthy() {
                let m = try message.map { try Repr.str(eval($0, scope)) } ?? ""
                // CPython marks the failed test, not the whole statement.
                var e = PyError(.assertion, m)
                e.line = cond.line
                e.column = cond.column
                e.span = ErrorSpan(start: cond.start, end: cond.end)
                throw e
            }
        }
        return .normal
    }

    func checkInterrupt() throws {
        if shouldInterrupt() { throw PyError(.keyboardInterrupt, "") }
    }

    private func execFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], _ scope: Scope, line: Int) throws -> Flow {
        let it = try eval(iterable, scope)
        func runBody(_ v: Value) throws -> Flow? {
            try checkInterrupt()
            try assign(target, v, scope)
            let flow = try exec(body, scope)
            switch flow {
            case .broke: return .normal
            case .returned: return flow
            default: return nil
            }
        }
        if case .range(let a, let b, let c) = it {
            let count = Builtins.rangeCount(a, b, c)
            if compilesLoops, loopWatch == nil, case .name(let name) = target.kind, !observesIterations(),
               count >= LoopCompiler.minimumIterations {
                if let f = try LoopCompiler(self, line: line, variable: name, scope: scope).run(start: a, count: count, step: c, runBody) {
                    return f
                }
                return try exec(orElse, scope)
            }
            var i = a
            while c > 0 ? i < b : i > b {
                if let f = try runBody(.int(i)) { return f }
                let (n, o) = i.addingReportingOverflow(c)
                if o { break }
                i = n
            }
        } else if case .object(let o) = it, o is PyIterator || o is Instance {
            // Iterators (generators, user classes with __iter__/__next__) are driven one item at a time.
            let iterator = try makeIterator(it)
            while let v = try iterator.next(self) {
                if let f = try runBody(v) {
                    // CPython closes a generator no one else holds as soon as the loop leaves it
                    // (its `finally` runs before the next statement); one made by the loop's own
                    // call (`for line in reader(f)`) is such a generator.
                    if case .call = iterable.kind, let g = iterator as? GeneratorObject { try g.close(self) }
                    return f
                }
            }
        } else {
            for v in try iterate(it) {
                if let f = try runBody(v) { return f }
            }
        }
        return try exec(orElse, scope)
    }

    func execWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ scope: Scope) throws -> Flow {
        guard let item = items.first else { return try exec(body, scope) }
        let ctx = try eval(item.context, scope)
        if let mgr = ctx.instance { return try execUserWith(mgr, item, items.dropFirst(), body, scope) }
        if let t = item.target { try assign(t, ctx, scope) }
        guard case .object(let o) = ctx, let mode = o as? GradModeContext else {
            throw PyError(.type, "'\(ctx.typeName)' object does not support the context manager protocol")
        }
        return try GradMode.with(enabled: mode.enabled) { try execWith(items.dropFirst(), body, scope) }
    }

    private func execTry(_ t: TryStatement, _ scope: Scope) throws -> Flow {
        var flow: Flow = .normal
        // What leaves the body, a handler or `else` (CPython runs `finally` before it propagates;
        // a `return`/`break` in `finally` discards it).
        var escaping: PyError?
        do {
            var caught = false
            do {
                flow = try exec(t.body, scope)
            } catch var e as PyError where e.kind != .keyboardInterrupt {
                if e.exception == nil { e.exception = ExceptionHandle(instance: exceptionObject(for: e)) }
                if let inst = e.exception?.instance, inst.traceback == nil {
                    let file = callStack.last.flatMap { libraryFile(of: $0.function) }
                    inst.traceback = [TraceFrame(function: frames.last ?? "<module>", line: e.line, span: e.span, file: file)] + e.frames
                }
                caught = true
                var handled = false
                for h in t.handlers {
                    if let type = h.type, try !catches(try eval(type, scope), e) { continue }
                    flow = try runHandler(h, e, scope)
                    handled = true
                    break
                }
                if !handled { throw e }
            }
            // `else` runs only when the body raised nothing; its errors are not the handlers'.
            if !caught, case .normal = flow { flow = try exec(t.orElse, scope) }
        } catch let e as PyError where e.kind != .keyboardInterrupt {
            escaping = e
        }
        let f = try exec(t.finally, scope)
        if case .normal = f {
            if let escaping { throw escaping }
            return flow
        }
        return f
    }

    // MARK: - Names

    /// Binds a name in `scope` (or globals when the function declared it `global`).
    func store(_ name: String, _ v: Value, _ scope: Scope) throws {
        if let p = scope as? GlobalScopeProxy {
            if p.names.contains(name) {
                loopWatch?.wrote(name, in: globals)
                globals.vars[name] = v
                return
            }
            if p.nonlocals.contains(name) {
                var s = p.parent
                while let cur = s, cur.value(name) == nil, cur.parent != nil { s = cur.parent }
                if let home = s {
                    // The enclosing function's scope is outside what a compiled loop snapshots.
                    loopWatch?.impure("a nonlocal assignment")
                    home.set(name, v)
                    return
                }
            }
        }
        loopWatch?.wrote(name, in: scope)
        scope.set(name, v)
    }

    func lookup(_ name: String, _ scope: Scope) throws -> Value {
        if let watch = loopWatch { return try watchedLookup(name, scope, watch) }
        if let p = scope as? GlobalScopeProxy, p.names.contains(name), let v = globals.vars[name] { return v }
        var s: Scope? = scope
        var outermost = scope
        while let cur = s {
            if let v = cur.value(name) { return v }
            if let f = cur.function, f.localNames.contains(name) { throw Interpreter.unboundLocal(name, own: cur === scope) }
            outermost = cur
            s = cur.parent
        }
        // A bundled module's code sees its own globals, never the learner's.
        if scope !== globals, !(outermost is ModuleScope), let v = globals.vars[name] { return v }
        if !(outermost is ModuleScope), let v = try loadLazyGlobal(name) { return v }
        if let b = Builtins.python[name] { return .builtin(b) }
        if let c = classes.builtinValue(name) { return c }
        if let v = moduleDunder(name) { return v }
        let close = Suggest.hint(for: name, among: knownNames(scope) + ["True", "False", "None"])
        // After `from fastai... import *` a missing name is most likely a fastai name gradstep lacks.
        var e = PyError.undefinedName(name, hint: importedFastai && close == nil ? Modules.fastaiHint : close)
        e.suggestion = nameSuggestion(name, scope)
        throw e
    }

    /// Every name visible from `scope`, for suggestions and completion.
    /// Whether `name` is a global or a builtin (without building the sorted list `knownNames` makes).
    public func isKnownName(_ name: String) -> Bool {
        globals.vars[name] != nil || lazyGlobals[name] != nil || Builtins.python[name] != nil
    }

    public func knownNames(_ scope: Scope? = nil) -> [String] {
        var names = Set(globals.vars.keys).union(lazyGlobals.keys)
        var s = scope
        while let cur = s { names.formUnion(cur.boundNames); s = cur.parent }
        names.formUnion(Builtins.python.keys)
        names.formUnion(classes.builtinNames)
        return names.sorted()
    }

    // MARK: - Assignment

    func assign(_ target: Expr, _ v: Value, _ scope: Scope) throws {
        switch target.kind {
        case .name(let n):
            try store(n, v, scope)
        case .tuple(let items), .list(let items):
            let values = try iterate(v)
            if let star = items.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                let after = items.count - star - 1
                guard values.count >= items.count - 1 else {
                    throw PyError(.value, "not enough values to unpack (expected at least \(items.count - 1), got \(values.count))")
                }
                for i in 0..<star { try assign(items[i], values[i], scope) }
                if case .starred(let inner) = items[star].kind {
                    try assign(inner, .list(ListBox(Array(values[star..<(values.count - after)]))), scope)
                }
                for i in 0..<after { try assign(items[star + 1 + i], values[values.count - after + i], scope) }
                return
            }
            if values.count != items.count {
                if values.count > items.count { throw PyError(.value, "too many values to unpack (expected \(items.count))") }
                throw PyError(.value, "not enough values to unpack (expected \(items.count), got \(values.count))")
            }
            for (t, x) in zip(items, values) { try assign(t, x, scope) }
        case .attribute(let objExpr, let name):
            let obj = try eval(objExpr, scope)
            try setAttribute(obj, mangled(name, scope), v)
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, scope)
            let index = try eval(indexExpr, scope)
            try setItem(obj, index, v)
        default:
            throw PyError(.type, "cannot assign to this expression")
        }
    }

    private func augmentedAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, _ scope: Scope) throws {
        switch target.kind {
        case .name(let n):
            let cur = try lookup(n, scope)
            let rhs = try eval(valueExpr, scope)
            try store(n, try Arithmetic.inPlace(op, cur, rhs, self), scope)
        case .attribute(let objExpr, let written):
            let name = mangled(written, scope)
            let obj = try eval(objExpr, scope)
            let cur = try getAttribute(obj, name)
            let rhs = try eval(valueExpr, scope)
            let new = try Arithmetic.inPlace(op, cur, rhs, self)
            // In-place tensor ops already changed the object; Python still calls setattr.
            if case .tensor(let a) = cur, case .tensor(let b) = new, a === b, case .tensor = obj { return }
            try setAttribute(obj, name, new)
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, scope)
            let index = try eval(indexExpr, scope)
            let cur = try getItem(obj, index)
            let rhs = try eval(valueExpr, scope)
            let new = try Arithmetic.inPlace(op, cur, rhs, self)
            try setItem(obj, index, new)
        default:
            throw PyError(.type, "'\(target.kind)' is an illegal expression for augmented assignment")
        }
    }
}
