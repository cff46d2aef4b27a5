import Autograd

extension Interpreter {
    /// `def name(...)`: the function object, with its decorators applied (bottom one first).
    func defineFunction(_ def: FunctionDef, _ scope: Scope) throws -> Value {
        let decorators = try def.decorators.map { try eval($0, scope) }
        var defaults: [String: Value] = [:]
        for p in def.parameters.positional + def.parameters.keywordOnly {
            if let d = p.defaultValue { defaults[p.name] = try eval(d, scope) }
        }
        let classBody = scope as? ClassBodyScope
        // Methods do not see the class body's names: their closure is the scope around the class.
        let closure: Scope?
        if let classBody { closure = classBody.parent } else { closure = scope === globals ? nil : scope }
        let f = Function(name: def.name, parameters: def.parameters, body: def.body, defaults: defaults, closure: closure)
        f.qualname = qualnamePrefix(scope) + def.name
        f.classCell = classBody?.cell
        if let annotations = try functionAnnotations(def, scope) {
            f.attributes = DictBox()
            f.attributes?.setStringKeyed("__annotations__", .dict(annotations))
        }
        return try decorate(.function(f), with: decorators)
    }

    /// An annotation's value, as CPython evaluates it at definition time. One gradstep cannot
    /// evaluate (a library type it lacks) stays its source text, as with `from __future__ import
    /// annotations`; a name nobody defined is CPython's NameError.
    func annotationValue(_ e: Expr, _ scope: Scope) throws -> Value {
        if case .string = e.kind { return try eval(e, scope) }
        do { return try eval(e, scope) } catch let err as PyError where err.kind != .name && err.kind != .keyboardInterrupt {
            return .string(e.parenthesized)
        }
    }

    /// `x: T` in a class body or at module level: `T` goes into `__annotations__` (for a plain
    /// name); inside functions annotations are not evaluated, as in CPython.
    func recordAnnotation(_ target: Expr, _ annotation: Expr, _ scope: Scope) throws {
        guard scope is ClassBodyScope || scope === globals else { return }
        let value = try annotationValue(annotation, scope)
        guard case .name(let name) = target.kind else { return }
        let table: DictBox
        if case .dict(let d)? = scope.vars["__annotations__"] { table = d } else {
            table = DictBox()
            scope.set("__annotations__", .dict(table))
        }
        try table.set(.string(name), value)
    }

    /// `f.__annotations__`: the parameters' and the return annotation, evaluated at definition.
    func functionAnnotations(_ def: FunctionDef, _ scope: Scope) throws -> DictBox? {
        let ps = def.parameters
        let params = (ps.positional + (ps.varArgs.map { [$0] } ?? []) + ps.keywordOnly + (ps.kwArgs.map { [$0] } ?? [])).filter { $0.annotation != nil }
        guard !params.isEmpty || def.returns != nil else { return nil }
        let d = DictBox()
        for p in params { if let a = p.annotation { try d.set(.string(p.name), try annotationValue(a, scope)) } }
        if let r = def.returns { try d.set(.string("return"), try annotationValue(r, scope)) }
        return d
    }

    /// Applies decorators evaluated top to bottom, innermost (last) first.
    func decorate(_ value: Value, with decorators: [Value]) throws -> Value {
        var v = value
        for d in decorators.reversed() {
            var args = CallArgs([v], name: Interpreter.describeCallee(d))
            v = try call(d, &args)
        }
        return v
    }

    static func describeCallee(_ v: Value) -> String {
        switch v {
        case .function(let f): return f.qualname
        case .builtin(let b): return b.name
        default: return v.typeName
        }
    }

    /// What CPython puts before a name defined in `scope` to make its `__qualname__`.
    func qualnamePrefix(_ scope: Scope) -> String {
        if let c = scope as? ClassBodyScope { return c.qualname + "." }
        if scope === globals { return "" }
        var s: Scope? = scope
        while let cur = s {
            if let f = cur.function { return f.qualname + ".<locals>." }
            if let c = cur as? ClassBodyScope { return c.qualname + "." }
            s = cur.parent
        }
        return ""
    }

    /// CPython's private name mangling: `__x` written inside class `C` (its body, methods and
    /// functions nested in them) means `_C__x`.
    func mangled(_ name: String, _ scope: Scope) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__"), scope !== globals else { return name }
        var s: Scope? = scope
        while let cur = s {
            let className: String?
            if let c = cur as? ClassBodyScope { className = c.name } else { className = cur.function?.classCell?.cls?.name }
            if let className {
                let stripped = className.drop { $0 == "_" }
                return stripped.isEmpty ? name : "_" + stripped + name
            }
            s = cur.parent
        }
        return name
    }

    /// `class Name(bases, **kwargs): body`.
    func execClassDef(_ c: ClassDef, _ scope: Scope) throws {
        let decorators = try c.decorators.map { try eval($0, scope) }
        var bases: [ClassObject] = []
        var keywords: [(String, Value)] = []
        var generic = false
        var explicitMetaclass: Value?
        for a in c.bases {
            switch a {
            case .positional(let e):
                let v = try eval(e, scope)
                // `class Stack(Generic[T])` / `(Protocol)`: typing's markers, inert at run time here.
                if case .object(let t as TypingAlias) = v, t.name.hasPrefix("Generic") || t.name.hasPrefix("Protocol") {
                    generic = true
                    continue
                }
                bases.append(try baseClass(v, c.name))
            case .keyword("metaclass", let e): explicitMetaclass = try eval(e, scope)
            case .keyword(let k, let e): keywords.append((k, try eval(e, scope)))
            case .unpack(let e):
                for v in try iterate(try eval(e, scope)) { bases.append(try baseClass(v, c.name)) }
            case .unpackKeywords:
                throw PyError(.notImplemented, "** in a class's bases is not supported by gradstep")
            }
        }
        let qualname = qualnamePrefix(scope) + c.name
        let cell = ClassCell()
        let body = ClassBodyScope(parent: scope === globals ? nil : scope, name: c.name, qualname: qualname, cell: cell)
        body.set("__module__", .string(moduleName(of: scope) ?? "__main__"))
        if case .expression(let e)? = c.body.first?.kind, case .string(let doc) = e.kind { body.set("__doc__", .string(doc)) }
        // Bases are checked before the body runs, as CPython does.
        _ = try classTail(bases, c.name)
        let metaclass = try resolveMetaclass(explicit: explicitMetaclass, bases: bases)
        if let metaclass, metaclass.overrides("__prepare__") {
            throw PyError(.notImplemented, "a metaclass __prepare__ (the class body's namespace) is not supported by gradstep (class \(c.name))")
        }
        _ = try exec(c.body, body)
        var entries = body.order.compactMap { name in body.value(name).map { (name, $0) } }
        if generic && !entries.contains(where: { $0.0 == "__class_getitem__" }) {
            // typing.Generic's __class_getitem__: `Stack[int]` is an alias printing `__main__.Stack[int]`.
            entries.append(("__class_getitem__", .object(ClassMethodObject(.object(NativeMethod("__class_getitem__", owner: c.name) { a, interp in
                guard case .object(let cls as ClassObject)? = a.positional.first else { return .none }
                return try TypingAlias(cls.displayName, bare: true).item(try a.required(1, "params"), interp)
            })))))
        }
        if let metaclass {
            // The metaclass makes the class: Meta(name, bases, namespace, **kwargs).
            let namespace = DictBox()
            for (k, v) in entries { namespace.entries.append((.string(k), v)) }
            namespace.entries.append((.string("__qualname__"), .string(qualname)))
            namespace.entries.append((.string("__classcell__"), .object(ClassCellObject(cell))))
            var args = CallArgs([.string(c.name), .tuple(bases.map { .object($0) }), .dict(namespace)], keywords: keywords, name: metaclass.name)
            let made = try call(.object(metaclass), &args)
            try store(c.name, try decorate(made, with: decorators), scope)
            return
        }
        // As in CPython, a `__module__` the body sets names the class's module (numpy's str_ says "numpy").
        var module = moduleName(of: scope) ?? "__main__"
        if let set = entries.last(where: { $0.0 == "__module__" }), case .string(let m) = set.1 { module = m }
        let cls = try makeClass(name: c.name, qualname: qualname, module: module, bases: bases,
                                entries: entries, keywords: keywords, cell: cell)
        try store(c.name, try decorate(.object(cls), with: decorators), scope)
    }

    /// The MRO of a class with `bases` after the class itself (duplicate bases refused).
    private func classTail(_ bases: [ClassObject], _ name: String) throws -> [ClassObject] {
        for (i, b) in bases.enumerated() where bases[..<i].contains(where: { $0 === b }) {
            throw PyError(.type, "duplicate base class \(b.name)")
        }
        return try ClassObject.linearize(bases: bases.isEmpty ? [classes.object] : bases)
    }

    /// Makes a class from its namespace (a class statement's body, or `type(name, bases, dict)`):
    /// CPython's implicit static/class methods, `__hash__ = None` beside `__eq__`, `__set_name__`
    /// on descriptors, then the nearest base's `__init_subclass__`.
    func makeClass(name: String, qualname: String, module: String, bases given: [ClassObject], entries: [(String, Value)],
                   keywords: [(String, Value)], cell: ClassCell? = nil, metaclass: ClassObject? = nil) throws -> ClassObject {
        let bases = given.isEmpty ? [classes.object] : given
        let tail = try classTail(bases, name)
        let namespace = DictBox()
        for (name, v) in entries {
            if case .object(let p as PropertyObject) = v, p.name == nil { p.name = name }
            // CPython makes these implicitly static / class methods.
            if case .function = v, name == "__new__" {
                namespace.entries.append((.string(name), .object(StaticMethodObject(v))))
            } else if case .function = v, name == "__init_subclass__" || name == "__class_getitem__" {
                namespace.entries.append((.string(name), .object(ClassMethodObject(v))))
            } else {
                namespace.entries.append((.string(name), v))
            }
        }
        // A class that defines __eq__ but not __hash__ has unhashable instances (CPython sets __hash__ = None).
        if namespace.stringKeyed("__eq__") != nil && namespace.stringKeyed("__hash__") == nil {
            namespace.entries.append((.string("__hash__"), .none))
        }
        let cls = ClassObject(name: name, qualname: qualname, module: module, bases: bases, namespace: namespace,
                              epoch: classes.epoch, interpreter: self, mroTail: tail)
        cls.metaclass = metaclass
        cell?.cls = cls
        for (attr, v) in entries {
            guard let d = v.instance, let setName = d.cls.lookup("__set_name__") else { continue }
            var args = CallArgs([.object(cls), .string(attr)], name: "__set_name__")
            _ = try invoke(setName, on: v, owner: d.cls, &args)
        }
        try initSubclass(cls, tail: tail, keywords)
        return cls
    }

    /// A base in `class C(B)`: a class, or a built-in exception / `object`.
    func baseClass(_ v: Value, _ className: String) throws -> ClassObject {
        if case .object(let o as ClassObject) = v { return o }
        if case .builtin(let b) = v {
            if let c = classes.builtin(b.name) { return c }
            if b.name == "type" { return classes.metatype }
            if let c = classes.typeClass(b.name) { return c }
            if Repr.typeBuiltins.contains(b.name) {
                throw PyError(.notImplemented, "subclassing the built-in type '\(b.name)' is not supported by gradstep (class \(className))")
            }
            throw PyError(.notImplemented, "subclassing \(b.name) is not supported by gradstep (class \(className))")
        }
        if case .object(let o as TypeObject) = v {
            throw PyError(.notImplemented, "subclassing '\(o.repr())' is not supported by gradstep")
        }
        if case .object(let o as NamespaceObject) = v {
            throw PyError(.type, "module() takes at most 2 arguments (3 given)", hint: "\(o.name) is a module, not a class")
        }
        throw PyError(.type, "bases must be types")
    }

    /// `__init_subclass__` of the nearest base that defines one (CPython calls it with the new class).
    private func initSubclass(_ cls: ClassObject, tail: [ClassObject], _ keywords: [(String, Value)]) throws {
        for base in tail {
            guard let v = base.own("__init_subclass__") else { continue }
            var f = v
            if case .object(let m as ClassMethodObject) = v { f = m.function }
            if case .object(let o) = f, o is NativeMethod { break }
            var args = CallArgs([.object(cls)], keywords: keywords, name: "__init_subclass__")
            _ = try call(f, &args)
            return
        }
        if !keywords.isEmpty { throw PyError(.type, "\(cls.name).__init_subclass__() takes no keyword arguments") }
    }
}

extension Interpreter {
    /// Reading a local variable of a function before it is bound (in the function itself, or from
    /// a function nested in it).
    static func unboundLocal(_ name: String, own: Bool) -> PyError {
        own ? PyError(.unboundLocal, "cannot access local variable '\(name)' where it is not associated with a value")
            : PyError(.name, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
}

/// The `global` / `nonlocal` declarations of a function body (not of functions nested in it), and
/// the names it binds.
enum ScopeDeclarations {
    /// The local variables of a function: its parameters and the names its body binds, minus those
    /// declared `global` or `nonlocal`.
    static func locals(_ parameters: Parameters, _ body: [Stmt], expression: Expr?) -> Set<String> {
        var out = Set(parameters.allNames)
        var declared = Set<String>()
        func target(_ e: Expr) {
            switch e.kind {
            case .name(let n): out.insert(n)
            case .tuple(let items), .list(let items): items.forEach(target)
            case .starred(let inner): target(inner)
            default: break
            }
        }
        walk(body) { s in
            switch s.kind {
            case .assign(let targets, _): targets.forEach(target)
            case .augmentedAssign(let t, _, _), .annotatedAssign(let t, _, _): target(t)
            case .for(let t, _, _, _): target(t)
            case .with(let items, _): for i in items { if let t = i.target { target(t) } }
            case .try(let t): for h in t.handlers { if let n = h.name { out.insert(n) } }
            case .functionDef(let d): out.insert(d.name)
            case .classDef(let c): out.insert(c.name)
            case .import(let names):
                for n in names { out.insert(n.asName ?? String(n.name.split(separator: ".").first ?? "")) }
            case .importFrom(_, let names, _): for n in names where n.name != "*" { out.insert(n.asName ?? n.name) }
            case .delete(let targets): targets.forEach(target)
            case .global(let names), .nonlocal(let names): declared.formUnion(names)
            default: break
            }
        }
        return out.subtracting(declared)
    }

    static func nonlocals(_ body: [Stmt]) -> Set<String> {
        var out = Set<String>()
        walk(body) { if case .nonlocal(let names) = $0.kind { out.formUnion(names) } }
        return out
    }

    static func walk(_ body: [Stmt], _ visit: (Stmt) -> Void) {
        for s in body {
            visit(s)
            switch s.kind {
            case .if(_, let b, let e), .for(_, _, let b, let e), .while(_, let b, let e): walk(b, visit); walk(e, visit)
            case .with(_, let b): walk(b, visit)
            case .try(let t):
                walk(t.body, visit)
                for h in t.handlers { walk(h.body, visit) }
                walk(t.orElse, visit)
                walk(t.finally, visit)
            default: break
            }
        }
    }
}
