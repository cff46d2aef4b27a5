import Autograd

/// `functools.partial(f, *args, **kwargs)`: `f` with some arguments filled in.
final class PartialObject: PyObject {
    let function: Value
    let args: [Value]
    let keywords: [(String, Value)]

    init(_ function: Value, _ args: [Value], _ keywords: [(String, Value)]) {
        self.function = function
        self.args = args
        self.keywords = keywords
    }

    var typeName: String { "functools.partial" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .tuple(args)
        case "keywords": return .dict(DictBox(keywords.map { (key: .string($0.0), value: $0.1) }))
        default: return nil
        }
    }
    func repr() -> String {
        "functools.partial(" + ([Repr.repr(function)] + args.map(Repr.repr) + keywords.map { "\($0.0)=\(Repr.repr($0.1))" }).joined(separator: ", ") + ")"
    }
    func call(_ a: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        var merged = CallArgs(args + a.positional, keywords: keywords.filter { k in !a.keywords.contains { $0.0 == k.0 } } + a.keywords, name: a.name)
        return try interpreter.call(function, &merged)
    }
}

/// `functools.lru_cache(...)(f)` / `functools.cache(f)`: `f` remembering its results by arguments.
final class CachedFunction: PyObject {
    let function: Value
    let maxsize: Int?
    private let cache = DictBox()
    private var hits = 0
    private var misses = 0

    init(_ function: Value, maxsize: Int?) {
        self.function = function
        self.maxsize = maxsize
    }

    var typeName: String { "functools._lru_cache_wrapper" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "cache_info":
            return .builtin(Builtin("cache_info") { _, _ in
                .object(NamedTupleObject(typeName: "CacheInfo", fields: ["hits", "misses", "maxsize", "currsize"],
                                         items: [.int(self.hits), .int(self.misses), self.maxsize.map { .int($0) } ?? .none, .int(self.cache.entries.count)]))
            })
        case "cache_clear":
            return .builtin(Builtin("cache_clear") { _, _ in
                self.cache.entries.removeAll()
                self.hits = 0
                self.misses = 0
                return .none
            })
        case "__wrapped__": return function
        default: return try interpreter.getAttribute(function, name)
        }
    }
    func repr() -> String { "<functools._lru_cache_wrapper object at \(Repr.address(self))>" }
    func call(_ a: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        var keyItems = a.positional
        for (k, v) in a.keywords { keyItems.append(.string(k)); keyItems.append(v) }
        let key = Value.tuple(keyItems)
        try CopyModule.checkHashable(key)
        if let v = cache.get(key) {
            hits += 1
            // Least recently used goes first: a hit moves its entry to the end.
            if maxsize != nil, let i = cache.entries.firstIndex(where: { Arithmetic.equal($0.key, key) }) {
                let e = cache.entries.remove(at: i)
                cache.entries.append(e)
            }
            return v
        }
        misses += 1
        let v = try interpreter.call(function, &a)
        if maxsize != 0 {
            try cache.set(key, v)
            if let m = maxsize, cache.entries.count > m { cache.entries.removeFirst() }
        }
        return v
    }
}

/// `_functools` (partial, reduce, lru_cache, cache; the bundled functools.py re-exports them) and `operator`.
enum FunctoolsModule {
    static func make() -> NamespaceObject {
        var m: [String: Value] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { m[name] = .builtin(Builtin(name, f)) }
        m["partial"] = .object(BuiltinType("partial", qualifiedName: "functools.partial") { a, _ in
            guard let f = a.positional.first else { throw PyError(.type, "type 'partial' takes at least one argument") }
            if !CollectionsModule.isCallable(f), case .object(let o) = f, !(o is PartialObject || o is CachedFunction) {
                throw PyError(.type, "the first argument must be callable")
            }
            return .object(PartialObject(f, Array(a.positional.dropFirst()), a.keywords))
        })
        def("reduce") { a, interp in
            let f = try a.required(0, "function")
            let it = try interp.makeIterator(try a.required(1, "iterable"))
            var acc: Value
            if let initial = a.value(2, "initial") {
                acc = initial
            } else {
                guard let first = try it.next(interp) else { throw PyError(.type, "reduce() of empty iterable with no initial value") }
                acc = first
            }
            while let v = try it.next(interp) {
                var args = CallArgs([acc, v], name: "reduce")
                acc = try interp.call(f, &args)
            }
            return acc
        }
        def("lru_cache") { a, _ in
            let first = a.value(0, "maxsize")
            if let f = first, !f.isNone, MathModule.isIntegral(f) == false { return .object(CachedFunction(f, maxsize: 128)) }
            let maxsize: Int? = try first.map { $0.isNone ? nil : max(try MathModule.index($0), 0) } ?? 128
            return .builtin(Builtin("decorating_function") { b, _ in .object(CachedFunction(try b.required(0, "user_function"), maxsize: maxsize)) })
        }
        def("cache") { a, _ in .object(CachedFunction(try a.required(0, "user_function"), maxsize: nil)) }
        return NamespaceObject("functools", m)
    }
}

/// Python's `operator` module: the operators as functions.
enum OperatorModule {
    static func make() -> NamespaceObject {
        var m: [String: Value] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { m[name] = .builtin(Builtin(name, f)) }
        let binary: [(String, BinaryOperator)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .divide), ("floordiv", .floorDivide),
            ("mod", .modulo), ("pow", .power), ("matmul", .matrixMultiply), ("lshift", .leftShift), ("rshift", .rightShift),
            ("and_", .bitAnd), ("or_", .bitOr), ("xor", .bitXor), ("concat", .add),
        ]
        for (name, op) in binary {
            def(name) { a, interp in try Arithmetic.binary(op, try a.required(0, "a"), try a.required(1, "b"), interp) }
            def("i" + name.replacingOccurrences(of: "_", with: "")) { a, interp in
                try Arithmetic.inPlace(op, try a.required(0, "a"), try a.required(1, "b"), interp)
            }
        }
        let comparisons: [(String, ComparisonOperator)] = [
            ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessOrEqual), ("gt", .greater), ("ge", .greaterOrEqual),
            ("is_", .is), ("is_not", .isNot),
        ]
        for (name, op) in comparisons {
            def(name) { a, _ in try Arithmetic.compare(op, try a.required(0, "a"), try a.required(1, "b")) }
        }
        def("contains") { a, _ in .bool(try Arithmetic.contains(try a.required(0, "a"), try a.required(1, "b"))) }
        def("neg") { a, _ in try Arithmetic.unary(.negate, try a.required(0, "a")) }
        def("pos") { a, _ in try Arithmetic.unary(.plus, try a.required(0, "a")) }
        def("invert") { a, _ in try Arithmetic.unary(.invert, try a.required(0, "a")) }
        def("not_") { a, _ in try Arithmetic.unary(.not, try a.required(0, "a")) }
        def("truth") { a, _ in .bool(try a.required(0, "a").truthy()) }
        def("abs") { a, interp in
            var b = CallArgs([try a.required(0, "a")], name: "abs")
            return try interp.call(.builtin(Builtins.python["abs"]!), &b)
        }
        def("index") { a, _ in .int(try MathModule.index(try a.required(0, "a"))) }
        def("getitem") { a, interp in try interp.getItem(try a.required(0, "a"), try a.required(1, "b")) }
        def("setitem") { a, interp in try interp.setItem(try a.required(0, "a"), try a.required(1, "b"), try a.required(2, "c")); return .none }
        def("itemgetter") { a, _ in
            let keys = a.positional
            if keys.isEmpty { throw PyError(.type, "itemgetter expected 1 argument, got 0") }
            return .builtin(Builtin("itemgetter") { b, interp in
                let obj = try b.required(0, "obj")
                if keys.count == 1 { return try interp.getItem(obj, keys[0]) }
                return .tuple(try keys.map { try interp.getItem(obj, $0) })
            })
        }
        def("attrgetter") { a, _ in
            let names = a.positional.map(Repr.str)
            return .builtin(Builtin("attrgetter") { b, interp in
                let obj = try b.required(0, "obj")
                func get(_ dotted: String) throws -> Value {
                    var v = obj
                    for part in dotted.split(separator: ".") { v = try interp.getAttribute(v, String(part)) }
                    return v
                }
                if names.count == 1 { return try get(names[0]) }
                return .tuple(try names.map(get))
            })
        }
        def("methodcaller") { a, _ in
            let name = Repr.str(try a.required(0, "name"))
            let args = Array(a.positional.dropFirst()), keywords = a.keywords
            return .builtin(Builtin("methodcaller") { b, interp in
                var call = CallArgs(args, keywords: keywords, name: name)
                return try interp.call(try interp.getAttribute(try b.required(0, "obj"), name), &call)
            })
        }
        return NamespaceObject("operator", m)
    }
}
