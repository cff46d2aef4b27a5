import Autograd

extension Interpreter {
    /// `C(args)`: `__new__` then `__init__`, as `type.__call__` does.
    func instantiate(_ cls: ClassObject, _ args: inout CallArgs) throws -> Value {
        args.name = cls.name
        if cls.isSubclass(of: classes.metatype) { return try instantiateMetaclass(cls, &args) }
        // `int` reached through an MRO (`c.__mro__[1](3)`) is the built-in `int(3)`.
        if cls.isBuiltin, BuiltinSubclass.names.contains(cls.name), let make = Builtins.python[cls.name] { return try make.call(&args, self) }
        let made: Value
        if cls.overrides("__new__"), let new = cls.lookup("__new__") {
            var a = args
            a.positional.insert(.object(cls), at: 0)
            var f = new
            if case .object(let s as StaticMethodObject) = new { f = s.function }
            made = try call(f, &a)
            guard let inst = made.instance, inst.cls.isSubclass(of: cls) else { return made }
        } else {
            let inst = try builtinBase(of: cls).map { try newBuiltinSubclassInstance(cls, base: $0, args) } ?? Instance(cls)
            if cls.isException {
                // BaseException.__init__ refuses keywords; a user __init__ may take them.
                if !args.keywords.isEmpty && !cls.overrides("__init__") { throw PyError(.type, "\(cls.name)() takes no keyword arguments") }
                inst.exceptionArgs = args.positional
            }
            made = .object(inst)
        }
        guard let inst = made.instance else { return made }
        if cls.overrides("__init__"), let initializer = cls.lookup("__init__") {
            let r = try invoke(initializer, on: made, owner: cls, &args)
            if !r.isNone { throw PyError(.type, "__init__() should return None, not '\(r.typeName)'") }
        } else if inst.payload != nil, let initializer = cls.lookup("__init__") {
            // list/dict/set subclasses: the built-in __init__ fills the value from the arguments.
            _ = try invoke(initializer, on: made, owner: cls, &args)
        } else if !cls.isException && !cls.overrides("__new__") && (!args.positional.isEmpty || !args.keywords.isEmpty) {
            throw PyError(.type, "\(cls.name)() takes no arguments")
        } else if cls.isException {
            inst.exceptionArgs = args.positional
        }
        return made
    }

    /// Calls `attr` (found on `owner` by type lookup) as a method of `receiver`.
    func invoke(_ attr: Value, on receiver: Value, owner: ClassObject, _ args: inout CallArgs) throws -> Value {
        switch attr {
        case .function(let f):
            args.positional.insert(receiver, at: 0)
            return try callFunction(f, &args)
        case .object(let o as NativeMethod):
            args.positional.insert(receiver, at: 0)
            args.name = o.name
            return try o.body(&args, self)
        default:
            return try call(try bind(attr, to: receiver, type: owner), &args)
        }
    }

    /// Calls the special method `name` of `inst`'s class, or returns nil when the class has none.
    func callSpecial(_ inst: Instance, _ name: String, _ positional: [Value]) throws -> Value? {
        guard let f = inst.cls.lookup(name) else { return nil }
        var args = CallArgs(positional, name: name)
        return try invoke(f, on: .object(inst), owner: inst.cls, &args)
    }

    /// A class attribute as seen through an instance (`obj.method` is bound, properties run).
    func bind(_ v: Value, to receiver: Value, type: ClassObject) throws -> Value {
        guard case .object(let o) = v else {
            if case .function = v { return .object(BoundMethod(v, receiver: receiver)) }
            return v
        }
        switch o {
        case is NativeMethod: return .object(BoundMethod(v, receiver: receiver))
        case let p as PropertyObject:
            if p.fget.isNone { throw PyError(.attribute, "property '\(p.name ?? "")' of '\(type.name)' object has no getter") }
            var args = CallArgs([receiver], name: p.name ?? "property")
            return try call(p.fget, &args)
        case let p as NativeProperty: return try p.get(receiver, self)
        case let s as StaticMethodObject: return s.function
        case let c as ClassMethodObject: return .object(BoundMethod(c.function, receiver: .object(type)))
        case let d as Instance:
            guard let get = d.cls.lookup("__get__") else { return v }
            var args = CallArgs([receiver, .object(type)], name: "__get__")
            return try invoke(get, on: v, owner: d.cls, &args)
        default: return v
        }
    }

    /// A class attribute as seen through the class (`C.method` is the plain function).
    func bindToClass(_ v: Value, _ cls: ClassObject) throws -> Value {
        guard case .object(let o) = v else { return v }
        switch o {
        case let s as StaticMethodObject: return s.function
        case let c as ClassMethodObject: return .object(BoundMethod(c.function, receiver: .object(cls)))
        case let d as Instance:
            guard let get = d.cls.lookup("__get__") else { return v }
            var args = CallArgs([.none, .object(cls)], name: "__get__")
            return try invoke(get, on: v, owner: d.cls, &args)
        default: return v
        }
    }

    static func isDataDescriptor(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PropertyObject || o is NativeProperty { return true }
        if let d = o as? Instance { return d.cls.lookup("__set__") != nil || d.cls.lookup("__delete__") != nil }
        return false
    }

    /// `obj.name` on an instance, or nil when it has no such attribute.
    func instanceAttribute(_ inst: Instance, _ name: String) throws -> Value? {
        let cls = inst.cls
        if cls.hasCustomGetattribute, let ga = cls.lookup("__getattribute__") {
            var args = CallArgs([.string(name)], name: "__getattribute__")
            do {
                return try invoke(ga, on: .object(inst), owner: cls, &args)
            } catch let e as PyError where classes.errorClass(e).isSubclass(of: classes.builtin("AttributeError") ?? cls) {
                guard cls.lookup("__getattr__") != nil else { throw e }
                return try missingAttribute(inst, name)
            }
        }
        return try genericAttribute(inst, name) ?? missingAttribute(inst, name)
    }

    /// `object.__getattribute__`: data descriptors, then the instance dict, then the class.
    func genericAttribute(_ inst: Instance, _ name: String) throws -> Value? {
        let typeAttr = inst.cls.lookup(name)
        if let t = typeAttr, Interpreter.isDataDescriptor(t) { return try bind(t, to: .object(inst), type: inst.cls) }
        if let v = inst.attributes.stringKeyed(name) { return v }
        if let t = typeAttr { return try bind(t, to: .object(inst), type: inst.cls) }
        // An instance of a built-in subclass has its value's methods (`append`, `keys`, `upper`).
        if let p = inst.payload {
            do { return try getAttribute(p, name) } catch let e as PyError where isAttributeError(e) { return nil }
        }
        return nil
    }

    /// A user `__getattr__` for a name normal lookup did not find.
    private func missingAttribute(_ inst: Instance, _ name: String) throws -> Value? {
        guard let ga = inst.cls.lookup("__getattr__") else { return nil }
        var args = CallArgs([.string(name)], name: "__getattr__")
        return try invoke(ga, on: .object(inst), owner: inst.cls, &args)
    }

    /// `obj.name = v` on an instance (a user `__setattr__` first).
    func setInstanceAttribute(_ inst: Instance, _ name: String, _ v: Value) throws {
        if let watch = loopWatch, inst.cls.hasCustomSetattr || inst.cls.lookup(name) != nil
            || !LoopWatch.unchanged(inst.attributes.stringKeyed(name), v) {
            watch.impure("an assignment to attribute `\(name)`")
        }
        if inst.cls.hasCustomSetattr, let sa = inst.cls.lookup("__setattr__") {
            var args = CallArgs([.string(name), v], name: "__setattr__")
            _ = try invoke(sa, on: .object(inst), owner: inst.cls, &args)
            return
        }
        try genericSetAttribute(inst, name, v)
    }

    /// `object.__setattr__`: a property's setter, or the instance dict.
    func genericSetAttribute(_ inst: Instance, _ name: String, _ v: Value) throws {
        if let t = inst.cls.lookup(name), case .object(let o) = t {
            if let p = o as? PropertyObject {
                if p.fset.isNone { throw PyError(.attribute, "property '\(p.name ?? name)' of '\(inst.cls.name)' object has no setter") }
                var args = CallArgs([.object(inst), v], name: name)
                _ = try call(p.fset, &args)
                return
            }
            if let p = o as? NativeProperty {
                guard let set = p.set else { throw PyError(.attribute, "attribute '\(name)' of '\(inst.cls.name)' objects is not writable") }
                try set(.object(inst), v, self)
                return
            }
            if let d = o as? Instance, let set = d.cls.lookup("__set__") {
                var args = CallArgs([.object(inst), v], name: "__set__")
                _ = try invoke(set, on: t, owner: d.cls, &args)
                return
            }
        }
        if let slots = inst.cls.slotNames, !slots.contains(name) {
            throw PyError(.attribute, "'\(inst.cls.name)' object has no attribute '\(name)'")
        }
        inst.attributes.setStringKeyed(name, v)
    }

    /// `del obj.name` on an instance.
    func deleteInstanceAttribute(_ inst: Instance, _ name: String) throws {
        loopWatch?.impure("an attribute deletion")
        if inst.cls.overrides("__delattr__"), let da = inst.cls.lookup("__delattr__") {
            var args = CallArgs([.string(name)], name: "__delattr__")
            _ = try invoke(da, on: .object(inst), owner: inst.cls, &args)
            return
        }
        try genericDeleteAttribute(inst, name)
    }

    func genericDeleteAttribute(_ inst: Instance, _ name: String) throws {
        if let t = inst.cls.lookup(name), let d = t.instance, let delete = d.cls.lookup("__delete__") {
            var args = CallArgs([.object(inst)], name: "__delete__")
            _ = try invoke(delete, on: t, owner: d.cls, &args)
            return
        }
        if let t = inst.cls.lookup(name), case .object(let p as PropertyObject) = t {
            if p.fdel.isNone { throw PyError(.attribute, "property '\(p.name ?? name)' of '\(inst.cls.name)' object has no deleter") }
            var args = CallArgs([.object(inst)], name: name)
            _ = try call(p.fdel, &args)
            return
        }
        if !inst.attributes.removeStringKeyed(name) {
            throw PyError(.attribute, "'\(inst.cls.name)' object has no attribute '\(name)'")
        }
    }

    /// `repr(obj)` through the class's `__repr__`.
    func reprOf(_ inst: Instance) throws -> String {
        guard let r = try callSpecial(inst, "__repr__", []) else { return inst.defaultRepr }
        guard case .string(let s) = r else { throw PyError(.type, "__repr__ returned non-string (type \(r.typeName))") }
        return s
    }

    /// `str(obj)` through the class's `__str__`.
    func strOf(_ inst: Instance) throws -> String {
        guard let r = try callSpecial(inst, "__str__", []) else { return try reprOf(inst) }
        guard case .string(let s) = r else { throw PyError(.type, "__str__ returned non-string (type \(r.typeName))") }
        return s
    }

    /// `str(v)` that raises what a user `__str__`/`__repr__` raised.
    func str(_ v: Value) throws -> String {
        classes.pendingError = nil
        let s = Repr.str(v)
        try classes.rethrowPending()
        return s
    }

    /// `repr(v)` that raises what a user `__repr__` raised.
    func repr(_ v: Value) throws -> String {
        classes.pendingError = nil
        let s = Repr.repr(v)
        try classes.rethrowPending()
        return s
    }

    /// The class of any value, as `type(v)` gives it.
    func typeOf(_ v: Value) -> Value {
        if let inst = v.instance { return .object(inst.cls) }
        if case .object(let c as ClassObject) = v, let meta = c.metaclass { return .object(meta) }
        if case .object(let o) = v, o is ClassObject || o is TypeObject { return .object(TypeObject(name: "type")) }
        if case .object(let s as NumpyScalar) = v { return .object(NumpyScalarType(s.dtype)) }
        if case .builtin(let b) = v, Repr.typeBuiltins.contains(b.name) { return .object(TypeObject(name: "type")) }
        // The built-in classes are their own objects, so `type(3) is int`.
        if Repr.typeBuiltins.contains(v.typeName), let t = Builtins.python[v.typeName] { return .builtin(t) }
        return .object(TypeObject(name: v.typeName))
    }
}

extension Instance {
    /// Python's truth value: `__bool__`, else `__len__`, else true.
    func truthy() throws -> Bool {
        guard let interp = cls.interpreter else { return true }
        if let b = try interp.callSpecial(self, "__bool__", []) {
            guard case .bool(let x) = b else { throw PyError(.type, "__bool__ should return bool, returned \(b.typeName)") }
            return x
        }
        if cls.lookup("__len__") != nil { return try interp.length(of: self) != 0 }
        return true
    }
}
