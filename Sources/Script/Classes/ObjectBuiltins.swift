import Autograd

/// Built-ins that look into objects: `callable`, `vars`, `dir`, `id`, `hash`.
enum ObjectBuiltins {
    nonisolated(unsafe) static let table: [String: Builtin] = {
        var b: [String: Builtin] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { b[name] = Builtin(name, f) }
        def("callable") { a, _ in
            guard a.positional.count == 1 else { throw PyError(.type, "callable() takes exactly one argument (\(a.positional.count) given)") }
            return .bool(ObjectBuiltins.isCallable(a.positional[0]))
        }
        def("vars") { a, interp in
            guard let v = a.positional.first else {
                return .dict(DictBox(interp.globals.vars.sorted { $0.key < $1.key }.map { (key: .string($0.key), value: $0.value) }))
            }
            switch v {
            case .object(let inst as Instance): return .dict(inst.attributes)
            case .object(let c as ClassObject): return .dict(DictBox(c.namespace.entries))
            case .object(let ns as NamespaceObject): return .dict(DictBox(ns.members.sorted { $0.key < $1.key }.map { (.string($0.key), $0.value) }))
            case .function(let f): return interp.functionAttribute(f, "__dict__") ?? .dict(DictBox())
            default: throw PyError(.type, "vars() argument must have __dict__ attribute")
            }
        }
        def("dir") { a, interp in
            guard let v = a.positional.first else {
                throw PyError(.notImplemented, "dir() without an argument is not supported by gradstep (use dir(obj))")
            }
            // A class's own __dir__ (Enum members list only their public face), sorted as dir() does.
            if let inst = v.instance, inst.cls.overrides("__dir__"), let r = try interp.callSpecial(inst, "__dir__", []) {
                let names = try interp.iterate(r).map { v -> String in
                    guard case .string(let s) = v else { throw PyError(.type, "'<' not supported between instances of '\(v.typeName)' and 'str'") }
                    return s
                }
                return .list(ListBox(names.sorted().map { .string($0) }))
            }
            return .list(ListBox(ObjectBuiltins.dir(v, interp).map { .string($0) }))
        }
        def("id") { a, _ in
            let v = try a.required(0, "obj")
            guard let o = ObjectBuiltins.reference(v) else { return .int(Int(truncatingIfNeeded: UInt(bitPattern: PySetTable.hash(v) ?? 0))) }
            return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)) & 0x7fff_ffff_ffff)
        }
        def("hash") { a, interp in .int(try interp.hash(try a.required(0, "obj"))) }
        return b
    }()

    /// The object behind a value that has identity (for `id`).
    static func reference(_ v: Value) -> AnyObject? {
        switch v {
        case .tensor(let t): return t
        case .list(let l): return l
        case .dict(let d): return d
        case .function(let f): return f
        case .object(let o): return o
        default: return nil
        }
    }

    static func isCallable(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin: return true
        case .object(let inst as Instance): return inst.cls.lookup("__call__") != nil
        case .object(let o):
            return o is ClassObject || o is BoundMethod || o is NativeMethod || o is StaticMethodObject || o is TypeObject
                || o is BuiltinType || o is PartialObject || o is CachedFunction
        default: return false
        }
    }

    /// The attributes every object has (CPython's `dir(object())`), and what user classes add.
    static let objectNames = ["__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
                              "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
                              "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
                              "__setattr__", "__sizeof__", "__str__", "__subclasshook__"]

    /// `dir(v)`, sorted.
    static func dir(_ v: Value, _ interp: Interpreter) -> [String] {
        var names = Set<String>()
        func addClass(_ c: ClassObject) {
            for k in c.mro {
                for e in k.namespace.entries { if case .string(let s) = e.key { names.insert(s) } }
                if !k.isBuiltin { names.formUnion(["__dict__", "__module__", "__weakref__"]) }
            }
            names.formUnion(objectNames)
        }
        switch v {
        case .object(let inst as Instance):
            addClass(inst.cls)
            for e in inst.attributes.entries { if case .string(let s) = e.key { names.insert(s) } }
        case .object(let c as ClassObject):
            addClass(c)
        case .object(let o):
            names.formUnion(o.attributeNames)
        case .tensor:
            names.formUnion(TensorAttributes.names)
        default:
            names.formUnion(ValueMethods.names(v))
        }
        names.remove("__getstate__") // listed only for instances of classes that do not define it
        if v.instance != nil || { if case .object(let o) = v { return o is ClassObject }; return false }() { names.insert("__getstate__") }
        return names.sorted()
    }
}

extension Interpreter {
    /// `hash(v)`: CPython's numeric and tuple hashes, a user `__hash__`, identity for other objects.
    func hash(_ v: Value) throws -> Int {
        switch v {
        case .list: throw PyError(.type, "unhashable type: 'list'")
        case .dict: throw PyError(.type, "unhashable type: 'dict'")
        case .object(let o as SetObject):
            guard o.frozen else { throw PyError(.type, "unhashable type: 'set'") }
            return try o.hash { try hash($0) }
        case .object(let inst as Instance):
            guard let h = inst.cls.lookup("__hash__"), !h.isNone else { throw PyError(.type, "unhashable type: '\(inst.cls.name)'") }
            var args = CallArgs([], name: "__hash__")
            let r = try invoke(h, on: v, owner: inst.cls, &args)
            guard case .int(let i) = Convert.unwrapBool(r) else { throw PyError(.type, "__hash__ method should return an integer") }
            return i == -1 ? -2 : i
        case .tuple(let items):
            // CPython's tuplehash (xxHash-based).
            var acc: UInt64 = 2870177450012600261
            for x in items {
                let lane = UInt64(bitPattern: Int64(try hash(x)))
                acc = acc &+ lane &* 14029467366897019727
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* 11400714785074694791
            }
            acc = acc &+ (UInt64(items.count) ^ (2870177450012600261 ^ 3527539))
            let h = Int(Int64(bitPattern: acc))
            return h == -1 ? 1546275796 : h
        default:
            if let h = PySetTable.hash(v) { return h }
            if case .float(let d) = v { return d.isNaN ? 0 : (d > 0 ? 314159 : -314159) }
            if case .string(let s) = v { return s.hashValue }
            if let o = ObjectBuiltins.reference(v) { return ObjectIdentifier(o).hashValue >> 4 }
            return 0
        }
    }
}
