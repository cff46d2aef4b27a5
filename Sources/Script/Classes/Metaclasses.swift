import Autograd

/// `class Meta(type)` and `class C(metaclass=Meta)`: a class whose metaclass is a user class keeps it in
/// `ClassObject.metaclass`; the class-level protocols (`len(C)`, `iter(C)`, `C[k]`, `k in C`, `C(...)`,
/// `repr(C)`, attributes the class lacks) then go through the metaclass's methods, as CPython's
/// `type(C)` slots do. Classes without one behave as instances of plain `type`.
extension ClassRuntime {
    /// The class standing for `type` when a user class derives from it (a metaclass): `type.__new__`
    /// makes the class from its namespace, `type.__call__` instantiates, `type.__init__` does nothing.
    static func makeTypeClass(object: ClassObject, epoch: ClassEpoch, interpreter: Interpreter) -> ClassObject {
        let c = ClassObject(name: "type", module: "builtins", bases: [object], epoch: epoch, interpreter: interpreter, mroTail: object.mro)
        func install(_ name: String, _ body: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value {
            .object(NativeMethod(name, owner: "type", body))
        }
        c.namespace.entries.append((.string("__new__"), .object(StaticMethodObject(install("__new__") { a, interp in
            try interp.typeNew(&a)
        }))))
        c.namespace.entries.append((.string("__init__"), install("__init__") { _, _ in .none }))
        c.namespace.entries.append((.string("__call__"), install("__call__") { a, interp in
            guard case .object(let cls as ClassObject)? = a.positional.first else {
                throw PyError(.type, "descriptor '__call__' requires a 'type' object")
            }
            var rest = a
            rest.positional.removeFirst()
            return try interp.instantiate(cls, &rest)
        }))
        c.namespace.entries.append((.string("__setattr__"), install("__setattr__") { a, _ in
            guard case .object(let cls as ClassObject)? = a.positional.first, case .string(let name) = try a.required(1, "name") else {
                throw PyError(.type, "descriptor '__setattr__' requires a 'type' object")
            }
            try cls.setOwn(name, try a.required(2, "value"))
            return .none
        }))
        c.namespace.entries.append((.string("__delattr__"), install("__delattr__") { a, interp in
            guard case .object(let cls as ClassObject)? = a.positional.first, case .string(let name) = try a.required(1, "name") else {
                throw PyError(.type, "descriptor '__delattr__' requires a 'type' object")
            }
            try interp.deleteClassAttribute(cls, name)
            return .none
        }))
        c.namespace.entries.append((.string("__repr__"), install("__repr__") { a, _ in
            guard case .object(let cls as ClassObject)? = a.positional.first else { return .string(Repr.repr(a.positional.first ?? .none)) }
            return .string("<class '\(cls.displayName)'>")
        }))
        return c
    }
}

/// The class cell a class statement hands to its metaclass inside the namespace (`__classcell__`),
/// so methods using zero-argument `super()` see the class the metaclass makes.
final class ClassCellObject: PyObject {
    let cell: ClassCell
    init(_ cell: ClassCell) { self.cell = cell }
    var typeName: String { "cell" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? { nil }
    func repr() -> String { "<cell>" }
}

extension Interpreter {
    /// The metaclass a class statement uses: the `metaclass=` keyword or the most derived metaclass of
    /// the bases (nil for plain `type`). A metaclass conflict is CPython's TypeError.
    func resolveMetaclass(explicit: Value?, bases: [ClassObject]) throws -> ClassObject? {
        var winner: ClassObject?
        if let explicit {
            switch explicit {
            case .object(let m as ClassObject) where m.isSubclass(of: classes.metatype): winner = m
            case .builtin(let b) where b.name == "type": winner = nil
            default: throw PyError(.notImplemented, "a metaclass that is not a class derived from type is not supported by gradstep")
            }
        }
        for b in bases {
            guard let m = b.metaclass else { continue }
            guard let w = winner else { winner = m; continue }
            if m.isSubclass(of: w) { winner = m } else if !w.isSubclass(of: m) {
                throw PyError(.type, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
        }
        return winner
    }

    /// `type.__new__(mcls, name, bases, namespace, **kwargs)`.
    func typeNew(_ a: inout CallArgs) throws -> Value {
        guard a.positional.count == 4 else { throw PyError(.type, "type.__new__() takes exactly 3 arguments (\(max(a.positional.count - 1, 0)) given)") }
        guard case .object(let mcls as ClassObject) = a.positional[0], mcls.isSubclass(of: classes.metatype) else {
            throw PyError(.type, "type.__new__(X): X is not a type object (\(a.positional[0].typeName))")
        }
        guard case .string(let name) = a.positional[1] else { throw PyError(.type, "type.__new__() argument 1 must be str, not \(a.positional[1].typeName)") }
        guard case .tuple(let baseValues) = a.positional[2] else { throw PyError(.type, "type.__new__() argument 2 must be tuple, not \(a.positional[2].typeName)") }
        guard case .dict(let d) = a.positional[3] else { throw PyError(.type, "type.__new__() argument 3 must be dict, not \(a.positional[3].typeName)") }
        let bases = try baseValues.map { try baseClass($0, name) }
        var entries: [(String, Value)] = []
        var cell: ClassCell?
        var qualname = name
        for (k, v) in d.entries {
            guard case .string(let key) = k else { continue }
            if key == "__classcell__", case .object(let c as ClassCellObject) = v { cell = c.cell; continue }
            if key == "__qualname__", case .string(let q) = v { qualname = q; continue }
            entries.append((key, v))
        }
        let module = entries.first { $0.0 == "__module__" }.map { Repr.str($0.1) } ?? "__main__"
        if !entries.contains(where: { $0.0 == "__module__" }) { entries.insert(("__module__", .string(module)), at: 0) }
        // The metaclass of the new class is the most derived of mcls and its bases' metaclasses.
        let meta = try resolveMetaclass(explicit: .object(mcls), bases: bases)
        return .object(try makeClass(name: name, qualname: qualname, module: module, bases: bases, entries: entries,
                                     keywords: a.keywords, cell: cell, metaclass: meta))
    }

    /// `Meta(name, bases, namespace)`: the metaclass's `__new__` then, when it made an instance of
    /// Meta, its `__init__` (as `type.__call__` does for a metaclass).
    func instantiateMetaclass(_ meta: ClassObject, _ args: inout CallArgs) throws -> Value {
        if args.positional.count == 1 && args.keywords.isEmpty && meta === classes.metatype { return typeOf(args.positional[0]) }
        var newArgs = args
        newArgs.positional.insert(.object(meta), at: 0)
        var new = meta.lookup("__new__") ?? .none
        if case .object(let s as StaticMethodObject) = new { new = s.function }
        let made = try call(new, &newArgs)
        guard case .object(let cls as ClassObject) = made, let m = cls.metaclass, m.isSubclass(of: meta) else { return made }
        if meta.overrides("__init__"), let initializer = meta.lookup("__init__") {
            let r = try invoke(initializer, on: made, owner: meta, &args)
            if !r.isNone { throw PyError(.type, "__init__() should return None, not '\(r.typeName)'") }
        }
        return made
    }

    /// Calls the special method `name` that the metaclass of `cls` defines (a user method, not
    /// `type`'s own), with `cls` as its receiver; nil when the class has no such metaclass method.
    func metaclassSpecial(_ cls: ClassObject, _ name: String, _ positional: [Value]) throws -> Value? {
        guard let meta = cls.metaclass, meta.overrides(name), let f = meta.lookup(name) else { return nil }
        var args = CallArgs(positional, name: name)
        return try invoke(f, on: .object(cls), owner: meta, &args)
    }

    /// `C.name` found on the metaclass (after the class and its bases), bound to the class; nil when
    /// the metaclass has no such attribute. With `dataOnly`, only data descriptors (properties),
    /// which take precedence over the class's own attributes.
    func metaclassAttribute(_ cls: ClassObject, _ name: String, dataOnly: Bool) throws -> Value? {
        guard let meta = cls.metaclass, let v = meta.lookup(name) else { return nil }
        if dataOnly && !Interpreter.isDataDescriptor(v) { return nil }
        if case .object(let o) = v, o is NativeMethod, meta.mro.first(where: { $0.own(name) != nil })?.isBuiltin == true { return nil }
        return try bind(v, to: .object(cls), type: meta)
    }
}
