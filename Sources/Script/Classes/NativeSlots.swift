import Autograd

/// The methods of `object` and `BaseException` that user classes inherit, implemented in Swift.
enum NativeSlots {
    private static func install(_ cls: ClassObject, _ name: String, _ body: @escaping (inout CallArgs, Interpreter) throws -> Value) {
        cls.namespace.entries.append((.string(name), .object(NativeMethod(name, owner: cls.name, body))))
    }

    private static func receiver(_ a: CallArgs) -> Value { a.positional.first ?? .none }

    static func installObject(_ object: ClassObject) {
        install(object, "__init__") { a, _ in
            if a.positional.count > 1, let inst = a.positional.first?.instance, !inst.cls.overrides("__new__") {
                throw PyError(.type, "object.__init__() takes exactly one argument (the instance to initialize)")
            }
            return .none
        }
        install(object, "__new__") { a, _ in
            guard case .object(let c as ClassObject)? = a.positional.first else {
                throw PyError(.type, "object.__new__(X): X is not a type object")
            }
            let inst = Instance(c)
            if c.isException { inst.exceptionArgs = Array(a.positional.dropFirst()) }
            return .object(inst)
        }
        install(object, "__setattr__") { a, interp in
            guard let inst = receiver(a).instance else { throw PyError(.type, "can't apply this __setattr__ to \(receiver(a).typeName) object") }
            guard case .string(let name) = try a.required(1, "name") else { throw PyError(.type, "attribute name must be string") }
            try interp.genericSetAttribute(inst, name, try a.required(2, "value"))
            return .none
        }
        install(object, "__getattribute__") { a, interp in
            guard case .string(let name) = try a.required(1, "name") else { throw PyError(.type, "attribute name must be string") }
            guard let inst = receiver(a).instance else { return try interp.getAttribute(receiver(a), name) }
            if let v = try interp.genericAttribute(inst, name) { return v }
            throw PyError(.attribute, "'\(inst.cls.name)' object has no attribute '\(name)'")
        }
        install(object, "__delattr__") { a, interp in
            guard let inst = receiver(a).instance else { throw PyError(.type, "can't apply this __delattr__ to \(receiver(a).typeName) object") }
            guard case .string(let name) = try a.required(1, "name") else { throw PyError(.type, "attribute name must be string") }
            try interp.genericDeleteAttribute(inst, name)
            return .none
        }
        install(object, "__repr__") { a, _ in
            if let inst = receiver(a).instance { return .string(inst.defaultRepr) }
            return .string(Repr.repr(receiver(a)))
        }
        install(object, "__str__") { a, interp in
            if let inst = receiver(a).instance { return .string(try interp.reprOf(inst)) }
            return .string(try interp.str(receiver(a)))
        }
        install(object, "__eq__") { a, _ in
            Arithmetic.identical(receiver(a), try a.required(1, "value")) ? .bool(true) : .object(NotImplementedObject.shared)
        }
        install(object, "__ne__") { a, interp in
            let other = try a.required(1, "value")
            guard let inst = receiver(a).instance, let eq = try interp.callSpecial(inst, "__eq__", [other]) else {
                return .bool(!Arithmetic.identical(receiver(a), other))
            }
            if eq.isNotImplemented { return eq }
            return .bool(try !eq.truthy())
        }
        install(object, "__hash__") { a, _ in
            guard case .object(let o) = receiver(a) else { return .int(0) }
            return .int(ObjectIdentifier(o).hashValue >> 4)
        }
        install(object, "__format__") { a, interp in
            let spec = try a.required(1, "format_spec")
            if case .string(let s) = spec, !s.isEmpty {
                throw PyError(.type, "unsupported format string passed to \(receiver(a).typeName).__format__")
            }
            return .string(try interp.str(receiver(a)))
        }
        object.namespace.entries.append((.string("__init_subclass__"), .object(ClassMethodObject(.object(NativeMethod("__init_subclass__", owner: "object") { a, _ in
            if !a.keywords.isEmpty { throw PyError(.type, "\(a.positional.first?.typeName ?? "object").__init_subclass__() takes no keyword arguments") }
            return .none
        })))))
        object.namespace.entries.append((.string("__class__"), .object(NativeProperty("__class__", get: { v, interp in interp.typeOf(v) }, set: { v, c, _ in
            guard case .object(let cls as ClassObject) = c else { throw PyError(.type, "__class__ must be set to a class, not '\(c.typeName)' object") }
            guard let inst = v.instance, !inst.cls.isBuiltin, !cls.isBuiltin, inst.cls.isException == cls.isException else {
                throw PyError(.type, "__class__ assignment only supported for mutable types or ModuleType subclasses")
            }
            inst.cls = cls
        }))))
        object.namespace.entries.append((.string("__dict__"), .object(NativeProperty("__dict__", get: { v, _ in
            guard let inst = v.instance, inst.cls.slotNames == nil else { throw PyError(.attribute, "'\(v.typeName)' object has no attribute '__dict__'") }
            return .dict(inst.attributes)
        }, set: { v, d, _ in
            guard let inst = v.instance, case .dict(let box) = d else { throw PyError(.type, "__dict__ must be set to a dictionary, not a '\(d.typeName)'") }
            inst.attributes.entries = box.entries
        }))))
        object.namespace.entries.append((.string("__doc__"), .none))
    }

    static func installBaseException(_ cls: ClassObject) {
        install(cls, "__init__") { a, _ in
            receiver(a).instance?.exceptionArgs = Array(a.positional.dropFirst())
            return .none
        }
        install(cls, "__str__") { a, interp in
            guard let inst = receiver(a).instance else { return .string("") }
            return .string(try exceptionText(inst, interp))
        }
        install(cls, "__repr__") { a, interp in
            guard let inst = receiver(a).instance else { return .string("") }
            let args = inst.exceptionArgs.isEmpty && inst.nativeMessage != nil && !(inst.nativeMessage ?? "").isEmpty
                ? [Value.string(inst.nativeMessage ?? "")] : inst.exceptionArgs
            let inner = try args.map { try interp.repr($0) }.joined(separator: ", ")
            return .string("\(inst.cls.name)(\(inner))")
        }
        install(cls, "with_traceback") { a, _ in receiver(a) }
        install(cls, "add_note") { a, _ in
            guard let inst = receiver(a).instance else { return .none }
            let note = try a.required(1, "note")
            guard case .string = note else { throw PyError(.type, "note must be a str, not '\(note.typeName)'") }
            if case .list(let l)? = inst.attributes.stringKeyed("__notes__") { l.items.append(note) } else {
                inst.attributes.setStringKeyed("__notes__", .list(ListBox([note])))
            }
            return .none
        }
        func property(_ name: String, get: @escaping (Instance) -> Value, set: ((Instance, Value) -> Void)? = nil) {
            let p = NativeProperty(name, get: { v, _ in v.instance.map(get) ?? .none },
                                   set: set.map { s in { v, x, _ in if let i = v.instance { s(i, x) } } })
            cls.namespace.entries.append((.string(name), .object(p)))
        }
        property("args", get: { i in
            if i.exceptionArgs.isEmpty, let m = i.nativeMessage, !m.isEmpty { return .tuple([.string(m)]) }
            return .tuple(i.exceptionArgs)
        }, set: { i, v in i.exceptionArgs = (try? i.cls.interpreter?.iterate(v)) ?? [v]; i.nativeMessage = nil })
        property("__cause__", get: { $0.cause }, set: { i, v in i.cause = v; i.suppressContext = true })
        property("__context__", get: { $0.context }, set: { $0.context = $1 })
        property("__suppress_context__", get: { .bool($0.suppressContext) }, set: { i, v in i.suppressContext = (try? v.truthy()) ?? false })
        property("__traceback__", get: { _ in .none })
    }

    /// `StopIteration.value` (a generator's return value) and `SystemExit.code` (the exit status):
    /// the single argument, None without one (SystemExit: the tuple of several).
    static func installArgumentAlias(_ cls: ClassObject, _ name: String) {
        let p = NativeProperty(name, get: { v, _ in
            guard let i = v.instance else { return .none }
            if i.exceptionArgs.isEmpty, let m = i.nativeMessage, !m.isEmpty { return Interpreter.literal(m) }
            switch i.exceptionArgs.count {
            case 0: return .none
            case 1: return i.exceptionArgs[0]
            default: return name == "code" ? .tuple(i.exceptionArgs) : i.exceptionArgs[0]
            }
        }, set: { v, x, _ in v.instance?.exceptionArgs = [x]; v.instance?.nativeMessage = nil })
        cls.namespace.entries.append((.string(name), .object(p)))
    }

    /// ImportError's `name` (the module that was not found) and `path`.
    static func installImportError(_ cls: ClassObject) {
        let name = NativeProperty("name", get: { v, _ in
            guard let i = v.instance else { return .none }
            if let n = i.attributes.stringKeyed("name") { return n }
            let prefix = "No module named '"
            if let m = i.nativeMessage, m.hasPrefix(prefix), let end = m.dropFirst(prefix.count).firstIndex(of: "'") {
                return .string(String(m[m.index(m.startIndex, offsetBy: prefix.count)..<end]))
            }
            return .none
        }, set: { v, x, _ in v.instance?.attributes.setStringKeyed("name", x) })
        cls.namespace.entries.append((.string("name"), .object(name)))
        let path = NativeProperty("path", get: { v, _ in v.instance?.attributes.stringKeyed("path") ?? .none },
                                  set: { v, x, _ in v.instance?.attributes.setStringKeyed("path", x) })
        cls.namespace.entries.append((.string("path"), .object(path)))
    }

    /// KeyError's str is the repr of its single argument (`KeyError: 'a'`).
    static func installKeyError(_ cls: ClassObject) {
        install(cls, "__str__") { a, interp in
            guard let inst = receiver(a).instance else { return .string("") }
            if inst.exceptionArgs.count == 1 { return .string(try interp.repr(inst.exceptionArgs[0])) }
            return .string(try exceptionText(inst, interp))
        }
    }

    /// `BaseException.__str__`: nothing, the one argument, or the tuple of arguments.
    static func exceptionText(_ inst: Instance, _ interp: Interpreter) throws -> String {
        if inst.exceptionArgs.isEmpty, let m = inst.nativeMessage { return m }
        switch inst.exceptionArgs.count {
        case 0: return ""
        case 1: return try interp.str(inst.exceptionArgs[0])
        default: return try interp.repr(.tuple(inst.exceptionArgs))
        }
    }
}
