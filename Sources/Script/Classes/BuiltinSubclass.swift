import Autograd

/// User classes derived from `list`, `dict`, `set`, `str`, `int`, `float` and `tuple`
/// (`class MyList(list)`, `class AttrDict(dict)` with `__missing__`, fastai's `L`).
///
/// Each such base is a built-in class whose native methods work on the instance's `payload`, the
/// plain value the instance is (a `ListBox`/`DictBox` it owns, or the immutable str/number/tuple
/// made by `__new__`). What the class does not define is looked up on the payload (`append`,
/// `keys`, `upper`), so results are plain values, as CPython's list/str methods return.
enum BuiltinSubclass {
    /// The built-in types a user class may derive from.
    static let names: Set<String> = ["list", "dict", "set", "str", "int", "float", "tuple"]
    /// Those whose value is made empty by `__new__` and filled by `__init__`.
    static let mutable: Set<String> = ["list", "dict", "set"]

    /// The built-in class for `name` (made once per interpreter).
    static func make(_ name: String, object: ClassObject, epoch: ClassEpoch, interpreter: Interpreter) -> ClassObject {
        let cls = ClassObject(name: name, module: "builtins", bases: [object], epoch: epoch, interpreter: interpreter, mroTail: object.mro)
        install(cls, name)
        return cls
    }

    /// The empty (mutable) payload a new instance of a subclass of `base` starts with, or nil for
    /// the immutable types (whose payload `__new__` computes from the arguments).
    static func emptyPayload(_ base: String) throws -> Value? {
        switch base {
        case "list": return .list(ListBox([]))
        case "dict": return .dict(DictBox())
        case "set": return .object(SetObject())
        default: return nil
        }
    }

    /// The payload of `v` when it is an instance of a built-in subclass, else `v` itself.
    static func unwrap(_ v: Value) -> Value {
        if let inst = v.instance, let p = inst.payload { return p }
        return v
    }

    private static func payload(_ a: CallArgs, _ name: String) throws -> (Instance, Value) {
        guard let inst = a.positional.first?.instance, let p = inst.payload else {
            throw PyError(.type, "descriptor '\(name)' requires a built-in object")
        }
        return (inst, p)
    }

    private static func install(_ cls: ClassObject, _ typeName: String) {
        func def(_ name: String, _ body: @escaping (inout CallArgs, Interpreter) throws -> Value) {
            cls.namespace.entries.append((.string(name), .object(NativeMethod(name, owner: typeName, body))))
        }
        func rest(_ a: CallArgs) -> [Value] { Array(a.positional.dropFirst()) }
        def("__init__") { a, interp in
            let (_, p) = try payload(a, "__init__")
            guard mutable.contains(typeName), let make = Builtins.python[typeName] else { return .none }
            var args = CallArgs(rest(a), keywords: a.keywords, name: typeName)
            let filled = try make.call(&args, interp)
            switch (p, filled) {
            case (.list(let l), .list(let f)): l.items = f.items
            case (.dict(let d), .dict(let f)): d.entries = f.entries
            case (.object(let s as SetObject), .object(let f as SetObject)): s.table = f.table
            default: break
            }
            return .none
        }
        def("__new__") { a, interp in
            guard case .object(let c as ClassObject)? = a.positional.first, let base = interp.builtinBase(of: c) else {
                throw PyError(.type, "\(typeName).__new__(X): X is not a type object")
            }
            return .object(try interp.newBuiltinSubclassInstance(c, base: base, CallArgs(rest(a), keywords: a.keywords, name: typeName)))
        }
        def("__repr__") { a, interp in .string(try interp.repr(try payload(a, "__repr__").1)) }
        // Only str has its own __str__; the others print through __repr__ (a subclass's own one).
        if typeName == "str" { def("__str__") { a, interp in .string(try interp.str(try payload(a, "__str__").1)) } }
        def("__format__") { a, _ in
            .string(try StringFormatting.format(try payload(a, "__format__").1, Repr.str(a.positional.count > 1 ? a.positional[1] : .string(""))))
        }
        def("__hash__") { a, interp in .int(try interp.hash(try payload(a, "__hash__").1)) }
        if typeName != "int" && typeName != "float" {
            def("__len__") { a, interp in
                var args = CallArgs([try payload(a, "__len__").1], name: "len")
                return try Builtins.python["len"].map { try $0.call(&args, interp) } ?? .int(0)
            }
            def("__iter__") { a, interp in .object(try interp.makeIterator(try payload(a, "__iter__").1)) }
            def("__contains__") { a, _ in
                .bool(try Arithmetic.contains(try payload(a, "__contains__").1, unwrap(try a.required(1, "key"))))
            }
            def("__getitem__") { a, interp in
                let (inst, p) = try payload(a, "__getitem__")
                let key = try a.required(1, "key")
                // dict subclasses: a missing key goes to `__missing__` when the class defines one.
                if case .dict(let d) = p, d.get(key) == nil, let missing = inst.cls.lookup("__missing__") {
                    var args = CallArgs([key], name: "__missing__")
                    return try interp.invoke(missing, on: .object(inst), owner: inst.cls, &args)
                }
                return try interp.getItem(p, key)
            }
        }
        if mutable.contains(typeName) {
            def("__setitem__") { a, interp in
                try interp.setItem(try payload(a, "__setitem__").1, try a.required(1, "key"), try a.required(2, "value"))
                return .none
            }
            def("__delitem__") { a, interp in
                try interp.deleteItem(try payload(a, "__delitem__").1, try a.required(1, "key"))
                return .none
            }
        }
        if typeName == "list" {
            def("__iadd__") { a, interp in
                let (_, p) = try payload(a, "__iadd__")
                if case .list(let l) = p { l.items.append(contentsOf: try interp.iterate(unwrap(try a.required(1, "value")))) }
                return a.positional[0]
            }
        }
        if typeName == "dict" {
            def("__ior__") { a, interp in
                let (_, p) = try payload(a, "__ior__")
                if case .dict(let d) = p { try d.fill(from: unwrap(try a.required(1, "value")), keywords: [], interp) }
                return a.positional[0]
            }
        }
        let comparisons: [(String, ComparisonOperator)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                                           ("__le__", .lessOrEqual), ("__gt__", .greater), ("__ge__", .greaterOrEqual)]
        for (name, op) in comparisons {
            def(name) { a, _ in try Arithmetic.compare(op, try payload(a, name).1, unwrap(try a.required(1, "value"))) }
        }
        var binary: [BinaryOperator] = [.add, .multiply, .modulo]
        if typeName == "int" || typeName == "float" {
            binary += [.subtract, .divide, .floorDivide, .power]
        }
        if typeName == "int" { binary += [.bitAnd, .bitOr, .bitXor, .leftShift, .rightShift] }
        if typeName == "set" || typeName == "dict" { binary += [.bitOr, .bitAnd, .subtract, .bitXor] }
        for op in binary {
            let (forward, reflected, _) = UserOperators.methods(op)
            def(forward) { a, interp in
                do { return try Arithmetic.binary(op, try payload(a, forward).1, unwrap(try a.required(1, "value")), interp) } catch let e as PyError where e.kind == .type {
                    return .object(NotImplementedObject.shared)
                }
            }
            if typeName == "int" || typeName == "float" || op == .multiply {
                def(reflected) { a, interp in
                    do { return try Arithmetic.binary(op, unwrap(try a.required(1, "value")), try payload(a, reflected).1, interp) } catch let e as PyError where e.kind == .type {
                        return .object(NotImplementedObject.shared)
                    }
                }
            }
        }
        if typeName == "int" || typeName == "float" {
            def("__bool__") { a, _ in .bool(try payload(a, "__bool__").1.truthy()) }
            def("__neg__") { a, _ in try Arithmetic.unary(.negate, try payload(a, "__neg__").1) }
            def("__pos__") { a, _ in try Arithmetic.unary(.plus, try payload(a, "__pos__").1) }
            def("__abs__") { a, interp in
                var args = CallArgs([try payload(a, "__abs__").1], name: "abs")
                return try Builtins.python["abs"].map { try $0.call(&args, interp) } ?? .none
            }
            def("__int__") { a, interp in
                var args = CallArgs([try payload(a, "__int__").1], name: "int")
                return try Builtins.python["int"].map { try $0.call(&args, interp) } ?? .none
            }
            def("__float__") { a, interp in
                var args = CallArgs([try payload(a, "__float__").1], name: "float")
                return try Builtins.python["float"].map { try $0.call(&args, interp) } ?? .none
            }
            if typeName == "int" { def("__index__") { a, _ in try payload(a, "__index__").1 } }
        }
    }
}

extension Interpreter {
    /// The built-in class an instance of `cls` gets its payload from (`list` for `class L(list)`).
    func builtinBase(of cls: ClassObject) -> ClassObject? {
        cls.mro.first { $0.isBuiltin && BuiltinSubclass.names.contains($0.name) && classes.typeClass($0.name) === $0 }
    }

    /// A new instance of `cls` (a subclass of a built-in type): an empty list/dict/set, or for the
    /// immutable types the value `base(*args)` makes, as their `__new__` does.
    func newBuiltinSubclassInstance(_ cls: ClassObject, base: ClassObject, _ args: CallArgs) throws -> Instance {
        let inst = Instance(cls)
        if let empty = try BuiltinSubclass.emptyPayload(base.name) {
            inst.payload = empty
        } else if let make = Builtins.python[base.name] {
            var a = CallArgs(args.positional, keywords: args.keywords, name: base.name)
            inst.payload = try make.call(&a, self)
        }
        return inst
    }
}
