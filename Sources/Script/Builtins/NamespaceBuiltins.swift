import Autograd

/// Builtins about names and code (`dir`, `globals`, `eval`, `exec`, `exit`, `slice`, `id`), and the
/// I/O and binary builtins gradstep does not provide, which fail naming themselves.
enum NamespaceBuiltins {
    static func register(_ b: inout [String: Builtin]) {
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { b[name] = Builtin(name, f) }
        let moduleDunders = ["__annotations__", "__builtins__", "__doc__", "__loader__", "__name__", "__package__", "__spec__"]
        def("dir") { a, interp in
            guard let v = a.value(0, "object") else {
                return .list(ListBox((moduleDunders + interp.globals.vars.keys).sorted().map { .string($0) }))
            }
            let names: [String]
            switch v {
            case .object(let ns as NamespaceObject): names = ns.attributeNames + ["__doc__", "__loader__", "__name__", "__package__", "__spec__"]
            case .object(let o): names = o.attributeNames
            case .tensor: names = TensorAttributes.names
            default: names = ValueMethods.names(v)
            }
            return .list(ListBox(Set(names).sorted().map { .string($0) }))
        }
        def("globals") { _, interp in
            .dict(DictBox(interp.globals.vars.sorted { $0.key < $1.key }.map { (key: .string($0.key), value: $0.value) }))
        }
        b["locals"] = b["globals"]
        def("eval") { a, interp in
            let v = try a.required(0, "source")
            guard case .string(let source) = v else { throw PyError(.type, "eval() arg 1 must be a string, bytes or code object") }
            if a.positional.count > 1 || !a.keywords.isEmpty { throw PyError(.notImplemented, "eval() with globals or locals is not supported by gradstep") }
            return try interp.evaluate(source.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        def("exec") { a, interp in
            let v = try a.required(0, "source")
            guard case .string(let source) = v else { throw PyError(.type, "exec() arg 1 must be a string, bytes or code object") }
            if a.positional.count > 1 || !a.keywords.isEmpty { throw PyError(.notImplemented, "exec() with globals or locals is not supported by gradstep") }
            try interp.run(source)
            return .none
        }
        for name in ["exit", "quit"] {
            def(name) { a, interp in throw interp.nativeError(.systemExit, args: a.value(0, "code").map { [$0] } ?? []) }
        }
        def("slice") { a, _ in
            func part(_ v: Value?) throws -> Int? {
                guard let v, !v.isNone else { return nil }
                return try Convert.index(v)
            }
            switch a.positional.count {
            case 1: return .slice(nil, try part(a.positional[0]), nil)
            case 2, 3: return .slice(try part(a.positional[0]), try part(a.positional[1]), try part(a.positional.count == 3 ? a.positional[2] : nil))
            default: throw PyError(.type, "slice expected at least 1 argument, got \(a.positional.count)")
            }
        }
        def("id") { a, _ in
            let v = try a.required(0, "obj")
            func ref(_ o: AnyObject) -> Value { .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue) & 0x7fff_ffff_ffff)) }
            switch v {
            case .tensor(let t): return ref(t)
            case .list(let l): return ref(l)
            case .dict(let d): return ref(d)
            case .object(let o): return ref(o)
            case .function(let f): return ref(f)
            default:
                var h = Hasher()
                h.combine(v.typeName)
                h.combine(Repr.repr(v))
                return .int(h.finalize() & 0x7fff_ffff_ffff)
            }
        }
        let unsupported = [
            "open": "files (open) are not supported by gradstep",
            "input": "input() is not supported by gradstep (programs run without a keyboard)",
            "bytes": "bytes are not supported by gradstep", "bytearray": "bytearray is not supported by gradstep",
            "memoryview": "memoryview is not supported by gradstep", "complex": "complex numbers are not supported by gradstep",
            "compile": "compile() is not supported by gradstep", "breakpoint": "breakpoint() is not supported by gradstep (use gradstep's own break command)",
            "help": "help() is not available in gradstep's --plain mode", "aiter": "async iteration is not supported by gradstep",
            "anext": "async iteration is not supported by gradstep",
        ]
        for (name, text) in unsupported where b[name] == nil {
            def(name) { _, _ in throw PyError(.notImplemented, text) }
        }
    }
}
