import Autograd

/// A callable type with class attributes, as a builtin Python class: `itertools.chain` (with
/// `chain.from_iterable`), `collections.OrderedDict`, a `namedtuple` class, …
final class BuiltinType: PyObject {
    let name: String
    let qualifiedName: String
    var members: [String: Value]
    let construct: (inout CallArgs, Interpreter) throws -> Value

    init(_ name: String, qualifiedName: String? = nil, members: [String: Value] = [:],
         _ construct: @escaping (inout CallArgs, Interpreter) throws -> Value) {
        self.name = name
        self.qualifiedName = qualifiedName ?? name
        self.members = members
        self.construct = construct
    }

    var typeName: String { "type" }
    var attributeNames: [String] { members.keys.sorted() }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        if n == "__name__" { return .string(name) }
        return members[n]
    }
    func repr() -> String { "<class '\(qualifiedName)'>" }
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        args.name = name
        return try construct(&args, interpreter)
    }
}

/// Python's `itertools`: every iterator is lazy (so `count()` and `cycle()` may be endless).
enum ItertoolsModule {
    static func make() -> NamespaceObject {
        var m: [String: Value] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { m[name] = .builtin(Builtin(name, f)) }
        func chain(_ sources: PyIterator) -> Value {
            var current: PyIterator? = nil
            return .object(ClosureIterator("chain") { interp in
                while true {
                    if let c = current, let v = try c.next(interp) { return v }
                    guard let nextSource = try sources.next(interp) else { return nil }
                    current = try interp.makeIterator(nextSource)
                }
            })
        }
        m["chain"] = .object(BuiltinType("chain", qualifiedName: "itertools.chain",
            members: ["from_iterable": .builtin(Builtin("from_iterable") { a, interp in
                chain(try interp.makeIterator(try a.required(0, "iterable")))
            })]) { a, _ in chain(ClosureIterator("tuple_iterator", items: a.positional)) })
        def("count") { a, interp in
            var n = a.value(0, "start") ?? .int(0)
            let step = a.value(1, "step") ?? .int(1)
            return .object(ClosureIterator("count") { interp in
                let v = n
                n = try Arithmetic.binary(.add, n, step, interp)
                return v
            })
        }
        def("repeat") { a, _ in
            let v = try a.required(0, "object")
            var left = try a.value(1, "times").map { max(try MathModule.index($0), 0) }
            return .object(ClosureIterator("repeat") { _ in
                if let l = left {
                    if l == 0 { return nil }
                    left = l - 1
                }
                return v
            })
        }
        def("cycle") { a, interp in
            let it = try interp.makeIterator(try a.required(0, "iterable"))
            var saved: [Value] = []
            var i = 0
            var exhausted = false
            return .object(ClosureIterator("cycle") { interp in
                if !exhausted {
                    if let v = try it.next(interp) { saved.append(v); return v }
                    exhausted = true
                }
                if saved.isEmpty { return nil }
                defer { i = (i + 1) % saved.count }
                return saved[i]
            })
        }
        def("islice") { a, interp in
            let it = try interp.makeIterator(try a.required(0, "iterable"))
            func bound(_ v: Value?, _ what: String) throws -> Int? {
                guard let v, !v.isNone else { return nil }
                guard case .int(let i) = Convert.unwrapBool(v), i >= 0 else {
                    throw PyError(.value, "\(what) argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                return i
            }
            var start = 0, stop: Int?, step = 1
            if a.positional.count <= 2 {
                stop = try bound(a.value(1, "stop"), "Stop")
            } else {
                start = try bound(a.positional[1], "Indices") ?? 0
                stop = try bound(a.positional[2], "Stop")
                if a.positional.count > 3 {
                    step = try bound(a.positional[3], "Step") ?? 1
                    if step == 0 { throw PyError(.value, "Step for islice() must be a positive integer or None.") }
                }
            }
            var nextIndex = start
            var i = 0
            return .object(ClosureIterator("islice") { interp in
                if let s = stop, nextIndex >= s {
                    // islice consumes up to `stop` items from the source, no more.
                    while i < s { guard try it.next(interp) != nil else { break }; i += 1 }
                    return nil
                }
                while true {
                    guard let v = try it.next(interp) else { return nil }
                    i += 1
                    if i - 1 == nextIndex {
                        nextIndex += step
                        return v
                    }
                    if let s = stop, i >= s { return nil }
                }
            })
        }
        def("accumulate") { a, interp in
            let it = try interp.makeIterator(try a.required(0, "iterable"))
            let f = a.value(1, "func").flatMap { $0.isNone ? nil : $0 }
            var total: Value? = a.value(nil, "initial").flatMap { $0.isNone ? nil : $0 }
            var pendingInitial = total != nil
            return .object(ClosureIterator("accumulate") { interp in
                if pendingInitial { pendingInitial = false; return total }
                guard let v = try it.next(interp) else { return nil }
                if let t = total {
                    if let f {
                        var args = CallArgs([t, v], name: "accumulate")
                        total = try interp.call(f, &args)
                    } else {
                        total = try Arithmetic.binary(.add, t, v, interp)
                    }
                } else {
                    total = v
                }
                return total
            })
        }
        def("zip_longest") { a, interp in
            let its = try a.positional.map { try interp.makeIterator($0) }
            let fill = a.value(nil, "fillvalue") ?? .none
            var done = [Bool](repeating: false, count: its.count)
            return .object(ClosureIterator("zip_longest") { interp in
                if its.isEmpty { return nil }
                var row: [Value] = []
                for (k, it) in its.enumerated() {
                    if !done[k], let v = try it.next(interp) { row.append(v) } else { done[k] = true; row.append(fill) }
                }
                return done.allSatisfy { $0 } ? nil : .tuple(row)
            })
        }
        def("product") { a, interp in
            let repeatCount = try a.value(nil, "repeat").map(MathModule.index) ?? 1
            if repeatCount < 0 { throw PyError(.value, "repeat argument cannot be negative") }
            let pools = try a.positional.map { try interp.iterate($0) }
            var all: [[Value]] = []
            for _ in 0..<repeatCount { all.append(contentsOf: pools) }
            return .object(ClosureIterator("product", items: product(all)))
        }
        def("combinations") { a, interp in
            let pool = try interp.iterate(try a.required(0, "iterable"))
            let r = try MathModule.index(try a.required(1, "r"))
            if r < 0 { throw PyError(.value, "r must be non-negative") }
            return .object(indexIterator("combinations", pool, r, next: nextCombination))
        }
        def("combinations_with_replacement") { a, interp in
            let pool = try interp.iterate(try a.required(0, "iterable"))
            let r = try MathModule.index(try a.required(1, "r"))
            if r < 0 { throw PyError(.value, "r must be non-negative") }
            let n = pool.count
            var indices = [Int](repeating: 0, count: r)
            var first = true
            return .object(ClosureIterator("combinations_with_replacement") { _ in
                if n == 0 && r > 0 { return nil }
                if first { first = false; return .tuple(indices.map { pool[$0] }) }
                guard let i = (0..<r).reversed().first(where: { indices[$0] != n - 1 }) else { return nil }
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
                return .tuple(indices.map { pool[$0] })
            })
        }
        def("permutations") { a, interp in
            let pool = try interp.iterate(try a.required(0, "iterable"))
            let r = try a.value(1, "r").flatMap { $0.isNone ? nil : $0 }.map(MathModule.index) ?? pool.count
            if r < 0 { throw PyError(.value, "r must be non-negative") }
            return .object(ClosureIterator("permutations", items: permutations(pool, r)))
        }
        def("compress") { a, interp in
            let data = try interp.makeIterator(try a.required(0, "data"))
            let selectors = try interp.makeIterator(try a.required(1, "selectors"))
            return .object(ClosureIterator("compress") { interp in
                while let v = try data.next(interp) {
                    guard let keep = try selectors.next(interp) else { return nil }
                    if try keep.truthy() { return v }
                }
                return nil
            })
        }
        def("starmap") { a, interp in
            let f = try a.required(0, "function")
            let it = try interp.makeIterator(try a.required(1, "iterable"))
            return .object(ClosureIterator("starmap") { interp in
                guard let v = try it.next(interp) else { return nil }
                var args = CallArgs(try interp.iterate(v), name: "starmap")
                return try interp.call(f, &args)
            })
        }
        for (name, keepWhile) in [("takewhile", true), ("dropwhile", false)] {
            def(name) { a, interp in
                let f = try a.required(0, "predicate")
                let it = try interp.makeIterator(try a.required(1, "iterable"))
                var switched = false
                return .object(ClosureIterator(name) { interp in
                    while let v = try it.next(interp) {
                        if switched { return keepWhile ? nil : v }
                        var args = CallArgs([v], name: name)
                        let ok = try interp.call(f, &args).truthy()
                        if keepWhile {
                            if ok { return v }
                            switched = true
                            return nil
                        }
                        if !ok { switched = true; return v }
                    }
                    return nil
                })
            }
        }
        def("filterfalse") { a, interp in
            let f = try a.required(0, "function")
            let it = try interp.makeIterator(try a.required(1, "iterable"))
            return .object(ClosureIterator("filterfalse") { interp in
                while let v = try it.next(interp) {
                    var keep = v
                    if !f.isNone { var args = CallArgs([v], name: "filterfalse"); keep = try interp.call(f, &args) }
                    if try !keep.truthy() { return v }
                }
                return nil
            })
        }
        def("pairwise") { a, interp in
            let it = try interp.makeIterator(try a.required(0, "iterable"))
            var previous: Value? = nil
            return .object(ClosureIterator("pairwise") { interp in
                if previous == nil { previous = try it.next(interp) }
                guard let p = previous, let v = try it.next(interp) else { return nil }
                previous = v
                return .tuple([p, v])
            })
        }
        def("groupby") { a, interp in
            let items = try interp.iterate(try a.required(0, "iterable"))
            let key = a.value(1, "key").flatMap { $0.isNone ? nil : $0 }
            var groups: [Value] = []
            var currentKey: Value? = nil
            var current: [Value] = []
            for v in items {
                var k = v
                if let key { var args = CallArgs([v], name: "key"); k = try interp.call(key, &args) }
                if let ck = currentKey, Arithmetic.equal(ck, k) {
                    current.append(v)
                } else {
                    if let ck = currentKey { groups.append(.tuple([ck, .object(ClosureIterator("_grouper", items: current))])) }
                    currentKey = k
                    current = [v]
                }
            }
            if let ck = currentKey { groups.append(.tuple([ck, .object(ClosureIterator("_grouper", items: current))])) }
            return .object(ClosureIterator("groupby", items: groups))
        }
        def("tee") { a, interp in
            let items = try interp.iterate(try a.required(0, "iterable"))
            let n = try a.value(1, "n").map(MathModule.index) ?? 2
            return .tuple((0..<max(n, 0)).map { _ in .object(ClosureIterator("_tee", items: items)) })
        }
        return NamespaceObject("itertools", m)
    }

    static func product(_ pools: [[Value]]) -> [Value] {
        var result: [[Value]] = [[]]
        for pool in pools {
            var next: [[Value]] = []
            for x in result { for y in pool { next.append(x + [y]) } }
            result = next
        }
        return result.map { .tuple($0) }
    }

    static func permutations(_ pool: [Value], _ r: Int) -> [Value] {
        let n = pool.count
        if r > n { return [] }
        var indices = Array(0..<n)
        var cycles = Array(stride(from: n, to: n - r, by: -1))
        var out: [Value] = [.tuple(indices.prefix(r).map { pool[$0] })]
        outer: while n > 0 {
            for i in stride(from: r - 1, through: 0, by: -1) {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let moved = indices.remove(at: i)
                    indices.append(moved)
                    cycles[i] = n - i
                } else {
                    let j = cycles[i]
                    indices.swapAt(i, n - j)
                    out.append(.tuple(indices.prefix(r).map { pool[$0] }))
                    continue outer
                }
            }
            break
        }
        return out
    }

    static func nextCombination(_ indices: inout [Int], _ n: Int) -> Bool {
        let r = indices.count
        guard let i = (0..<r).reversed().first(where: { indices[$0] != $0 + n - r }) else { return false }
        indices[i] += 1
        for j in (i + 1)..<max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
        return true
    }

    /// An iterator over index tuples into `pool` (`combinations`), stepping with `next`.
    static func indexIterator(_ label: String, _ pool: [Value], _ r: Int, next: @escaping (inout [Int], Int) -> Bool) -> ClosureIterator {
        let n = pool.count
        var indices = Array(0..<r)
        var first = true
        return ClosureIterator(label) { _ in
            if r > n { return nil }
            if first { first = false; return .tuple(indices.map { pool[$0] }) }
            guard next(&indices, n) else { return nil }
            return .tuple(indices.map { pool[$0] })
        }
    }
}
