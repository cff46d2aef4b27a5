import Autograd

/// The built-in functions about classes and attributes: `isinstance`, `issubclass`, `type`,
/// `getattr`/`setattr`/`hasattr`/`delattr`, `super`, `property`, `staticmethod`, `classmethod`.
enum ClassBuiltins {
    nonisolated(unsafe) static let table: [String: Builtin] = {
        var b: [String: Builtin] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { b[name] = Builtin(name, f) }
        def("isinstance") { a, interp in
            guard a.positional.count == 2 else { throw PyError(.type, "isinstance expected 2 arguments, got \(a.positional.count)") }
            return .bool(try interp.isInstance(a.positional[0], a.positional[1]))
        }
        def("issubclass") { a, interp in
            guard a.positional.count == 2 else { throw PyError(.type, "issubclass expected 2 arguments, got \(a.positional.count)") }
            return .bool(try interp.isSubclass(a.positional[0], a.positional[1]))
        }
        def("type") { a, interp in
            if a.positional.count == 3 {
                // type(name, bases, dict): a class made as a class statement would make it.
                guard case .string(let name) = a.positional[0] else { throw PyError(.type, "type.__new__() argument 1 must be str, not \(a.positional[0].typeName)") }
                guard case .tuple(let baseValues) = a.positional[1] else { throw PyError(.type, "type.__new__() argument 2 must be tuple, not \(a.positional[1].typeName)") }
                guard case .dict(let d) = a.positional[2] else { throw PyError(.type, "type.__new__() argument 3 must be dict, not \(a.positional[2].typeName)") }
                let bases = try baseValues.map { try interp.baseClass($0, name) }
                if let meta = try interp.resolveMetaclass(explicit: nil, bases: bases) {
                    // type(name, bases, ns) with a base made by a metaclass: that metaclass makes it.
                    var args = CallArgs(Array(a.positional.prefix(3)), keywords: a.keywords, name: meta.name)
                    return try interp.call(.object(meta), &args)
                }
                var entries: [(String, Value)] = [("__module__", .string("__main__"))]
                for (k, v) in d.entries {
                    guard case .string(let key) = k else { continue }
                    if key == "__module__" { entries[0].1 = v } else { entries.append((key, v)) }
                }
                return .object(try interp.makeClass(name: name, qualname: name, module: Repr.str(entries[0].1), bases: bases,
                                                    entries: entries, keywords: a.keywords))
            }
            guard a.positional.count == 1 else { throw PyError(.type, "type() takes 1 or 3 arguments") }
            return interp.typeOf(a.positional[0])
        }
        def("getattr") { a, interp in
            guard a.positional.count >= 2 else { throw PyError(.type, "getattr expected at least 2 arguments, got \(a.positional.count)") }
            guard case .string(let name) = a.positional[1] else { throw PyError(.type, "attribute name must be string, not '\(a.positional[1].typeName)'") }
            guard a.positional.count > 2 else { return try interp.getAttribute(a.positional[0], name) }
            do { return try interp.getAttribute(a.positional[0], name) } catch let e as PyError where interp.isAttributeError(e) {
                return a.positional[2]
            }
        }
        def("hasattr") { a, interp in
            guard a.positional.count == 2 else { throw PyError(.type, "hasattr expected 2 arguments, got \(a.positional.count)") }
            guard case .string(let name) = a.positional[1] else { throw PyError(.type, "attribute name must be string, not '\(a.positional[1].typeName)'") }
            do { _ = try interp.getAttribute(a.positional[0], name); return .bool(true) } catch let e as PyError where interp.isAttributeError(e) {
                return .bool(false)
            }
        }
        def("setattr") { a, interp in
            guard a.positional.count == 3 else { throw PyError(.type, "setattr expected 3 arguments, got \(a.positional.count)") }
            guard case .string(let name) = a.positional[1] else { throw PyError(.type, "attribute name must be string, not '\(a.positional[1].typeName)'") }
            try interp.setAttribute(a.positional[0], name, a.positional[2])
            return .none
        }
        def("delattr") { a, interp in
            guard a.positional.count == 2 else { throw PyError(.type, "delattr expected 2 arguments, got \(a.positional.count)") }
            guard case .string(let name) = a.positional[1] else { throw PyError(.type, "attribute name must be string, not '\(a.positional[1].typeName)'") }
            try interp.deleteAttribute(a.positional[0], name)
            return .none
        }
        def("super") { a, interp in
            guard a.positional.count == 2 else { throw PyError(.runtime, "super(): no arguments") }
            guard case .object(let c as ClassObject) = a.positional[0] else {
                throw PyError(.type, "super() argument 1 must be a type, not \(a.positional[0].typeName)")
            }
            return try interp.makeSuper(c, a.positional[1])
        }
        def("property") { a, _ in
            .object(PropertyObject(fget: a.value(0, "fget") ?? .none, fset: a.value(1, "fset") ?? .none, fdel: a.value(2, "fdel") ?? .none))
        }
        def("slice") { a, _ in
            func part(_ v: Value) throws -> Int? { v.isNone ? nil : try Convert.index(v) }
            switch a.positional.count {
            case 1: return .slice(nil, try part(a.positional[0]), nil)
            case 2: return .slice(try part(a.positional[0]), try part(a.positional[1]), nil)
            case 3: return .slice(try part(a.positional[0]), try part(a.positional[1]), try part(a.positional[2]))
            default: throw PyError(.type, "slice expected at least 1 argument, got \(a.positional.count)")
            }
        }
        def("staticmethod") { a, _ in .object(StaticMethodObject(try a.required(0, "function"))) }
        def("classmethod") { a, _ in .object(ClassMethodObject(try a.required(0, "function"))) }
        return b
    }()
}

extension ClassRuntime {
    /// A built-in name this machinery provides (`object`, the exception classes, `NotImplemented`).
    func builtinValue(_ name: String) -> Value? {
        if name == "NotImplemented" { return .object(NotImplementedObject.shared) }
        return builtin(name).map { .object($0) }
    }
}

extension Interpreter {
    func isAttributeError(_ e: PyError) -> Bool {
        guard let c = classes.builtin("AttributeError") else { return e.kind == .attribute }
        return classes.errorClass(e).isSubclass(of: c)
    }

    /// `isinstance(v, t)`.
    func isInstance(_ v: Value, _ t: Value) throws -> Bool {
        switch t {
        case .tuple(let ts): return try ts.contains { try isInstance(v, $0) }
        case .object(let u as TypeUnion): return try u.members.contains { try isInstance(v, $0.isNone ? .builtin(Builtin("NoneType") { _, _ in .none }) : $0) }
        case .object(let c as ClassObject):
            if let inst = v.instance { return inst.cls.isSubclass(of: c) }
            if case .object(let k as ClassObject) = v { return c === classes.object || (k.metaclass ?? classes.metatype).isSubclass(of: c) }
            if c === classes.object { return true }
            return false
        case .object(let c as NumpyScalarType):
            if case .object(let s as NumpyScalar) = v { return s.dtype == c.dtype }
            return false
        case .object(let c as TypeObject):
            if c.name == "type" { if case .object(let o) = v, o is ClassObject || o is TypeObject { return true } }
            return v.instance == nil && c.matches(v)
        case .builtin(let b):
            if let inst = v.instance {
                if b.name == "object" { return true }
                guard let c = classes.typeClass(b.name) else { return false }
                return inst.cls.isSubclass(of: c)
            }
            return Interpreter.builtinType(b.name, matches: v)
        case .object(let c as BuiltinType):
            // collections.OrderedDict / defaultdict / Counter / deque, itertools types, namedtuples.
            return v.instance == nil && v.typeName == c.name
        default:
            throw PyError(.type, "isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    /// Whether a built-in type named `name` (`int`, `list`, …) has `v` as an instance.
    static func builtinType(_ name: String, matches v: Value) -> Bool {
        switch name {
        case "object": return true
        // np.float64 subclasses float (np.float32 and numpy's ints do not subclass Python's types).
        case "float": if case .object(let s as NumpyScalar) = v, s.dtype == .float64 { return true }
        case "int": if case .bool = v { return true }
        case "type":
            if case .object(let o) = v, o is ClassObject || o is TypeObject { return true }
            if case .builtin(let b) = v { return Repr.typeBuiltins.contains(b.name) }
            return false
        case "tuple":
            if case .size = v { return true }
            // namedtuples and torch.return_types (sort, kthvalue, ...) are tuple subclasses.
            if case .object(let o) = v, o is NamedTupleObject || o is ReturnTypesObject { return true }
        // OrderedDict, defaultdict and Counter are dict subclasses.
        case "dict": if case .dict = v { return true }
        default: break
        }
        return v.typeName == name
    }

    /// `issubclass(c, t)`.
    func isSubclass(_ c: Value, _ t: Value) throws -> Bool {
        if case .tuple(let ts) = t { return try ts.contains { try isSubclass(c, $0) } }
        if case .object(let u as TypeUnion) = t { return try u.members.contains { try isSubclass(c, $0) } }
        switch c {
        case .object(let sub as ClassObject):
            switch t {
            case .object(let sup as ClassObject): return sub.isSubclass(of: sup)
            case .builtin(let b) where b.name == "object": return true
            case .builtin(let b) where classes.typeClass(b.name) != nil: return sub.isSubclass(of: classes.typeClass(b.name) ?? sub)
            case .builtin, .object(is TypeObject): return false
            default: throw PyError(.type, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
            }
        case .builtin(let b) where Repr.typeBuiltins.contains(b.name):
            switch t {
            case .object(let sup as ClassObject): return sup === classes.object
            case .builtin(let s): return s.name == b.name || s.name == "object" || (b.name == "bool" && s.name == "int")
            case .object(is TypeObject): return false
            default: throw PyError(.type, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
            }
        case .object(let sub as TypeObject):
            if case .object(let sup as TypeObject) = t { return sub.name == sup.name }
            if case .object(let sup as ClassObject) = t { return sup === classes.object }
            return false
        default:
            throw PyError(.type, "issubclass() arg 1 must be a class")
        }
    }

    /// `super(cls, receiver)`.
    func makeSuper(_ cls: ClassObject, _ receiver: Value) throws -> Value {
        if let inst = receiver.instance, inst.cls.isSubclass(of: cls) {
            return .object(SuperObject(start: cls, receiver: receiver, type: inst.cls))
        }
        if case .object(let c as ClassObject) = receiver, c.isSubclass(of: cls) {
            return .object(SuperObject(start: cls, receiver: receiver, type: c))
        }
        // In a metaclass method, the receiver is a class: an instance of the metaclass.
        if case .object(let c as ClassObject) = receiver, let meta = c.metaclass, meta.isSubclass(of: cls) {
            let s = SuperObject(start: cls, receiver: receiver, type: meta)
            s.receiverIsInstance = true
            return .object(s)
        }
        throw PyError(.type, "super(type, obj): obj must be an instance or subtype of type")
    }

    /// Zero-argument `super()` inside a method: the method's class and its first argument.
    func zeroArgumentSuper(_ scope: Scope) throws -> Value {
        var s: Scope? = scope
        while let cur = s, cur.function == nil { s = cur.parent }
        guard let frame = s, let f = frame.function else { throw PyError(.runtime, "super(): no arguments") }
        guard let first = f.positionalNames.first, let receiver = frame.value(first) else { throw PyError(.runtime, "super(): no arguments") }
        guard let cls = f.classCell?.cls else { throw PyError(.runtime, "super(): __class__ cell not found") }
        return try makeSuper(cls, receiver)
    }

    /// `del obj.name` / `delattr(obj, name)`.
    func deleteAttribute(_ obj: Value, _ name: String) throws {
        switch obj {
        case .object(let inst as Instance): try deleteInstanceAttribute(inst, name)
        case .object(let cls as ClassObject):
            if try metaclassSpecial(cls, "__delattr__", [.string(name)]) != nil { return }
            try deleteClassAttribute(cls, name)
        case .function(let f):
            if f.attributes?.removeStringKeyed(name) != true { throw PyError(.attribute, "'function' object has no attribute '\(name)'") }
        default:
            throw PyError(.attribute, "'\(obj.typeName)' object has no attribute '\(name)'")
        }
    }

    /// `type.__delattr__`: removes a class's own attribute.
    func deleteClassAttribute(_ cls: ClassObject, _ name: String) throws {
        if cls.isBuiltin { throw PyError(.type, "cannot delete '\(name)' attribute of immutable type '\(cls.name)'") }
        if !cls.removeOwn(name) { throw PyError(.attribute, "type object '\(cls.name)' has no attribute '\(name)'") }
    }

    /// `f.__name__`, `f.__doc__`, … of a user function, or nil.
    func functionAttribute(_ f: Function, _ name: String) -> Value? {
        if let v = f.attributes?.stringKeyed(name) { return v }
        switch name {
        case "__name__": return .string(f.name)
        case "__qualname__": return .string(f.qualname)
        case "__module__": return .string("__main__")
        case "__doc__":
            if case .expression(let e)? = f.body.first?.kind, case .string(let s) = e.kind { return .string(s) }
            return Value.none
        case "__dict__":
            if f.attributes == nil { f.attributes = DictBox() }
            return f.attributes.map { .dict($0) }
        case "__defaults__":
            let d = f.parameters.positional.compactMap { f.defaults[$0.name] }
            return d.isEmpty ? Value.none : .tuple(d)
        case "__kwdefaults__":
            let d = DictBox()
            for p in f.parameters.keywordOnly { if let v = f.defaults[p.name] { d.entries.append((.string(p.name), v)) } }
            return d.entries.isEmpty ? Value.none : .dict(d)
        case "__class__": return .object(TypeObject(name: "function"))
        case "__annotations__": return .dict(DictBox())
        case "__closure__", "__globals__", "__code__": return nil
        default: return nil
        }
    }

    /// `f.name = v` on a user function.
    func setFunctionAttribute(_ f: Function, _ name: String, _ v: Value) throws {
        loopWatch?.impure("an attribute assignment")
        if name == "__qualname__" || name == "__name__" {
            guard case .string(let s) = v else { throw PyError(.type, "__\(name == "__name__" ? "name" : "qualname")__ must be set to a string object") }
            if name == "__qualname__" { f.qualname = s; return }
        }
        if f.attributes == nil { f.attributes = DictBox() }
        f.attributes?.setStringKeyed(name, v)
    }
}
