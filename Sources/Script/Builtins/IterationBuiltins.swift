import Autograd

/// The builtins that consume or make iterators: `iter`, `next`, `map`, `filter`, `zip`, `enumerate`,
/// `reversed`, `any`, `all`, `sum`, `min`, `max`, `sorted`. The iterator-making ones are lazy, as in Python.
enum IterationBuiltins {
    static func register(_ b: inout [String: Builtin]) {
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { b[name] = Builtin(name, f) }
        def("iter") { a, interp in
            let v = try a.required(0, "object")
            guard let sentinel = a.value(1, "sentinel") else {
                do { return .object(try interp.makeIterator(v)) } catch let e as PyError where e.kind == .type {
                    throw PyError(.type, "'\(v.typeName)' object is not iterable")
                }
            }
            return .object(ClosureIterator("callable_iterator") { interp in
                var none = CallArgs()
                let x = try interp.call(v, &none)
                return Arithmetic.equal(x, sentinel) ? nil : x
            })
        }
        def("next") { a, interp in
            interp.loopWatch?.impure("next()")
            let v = try a.required(0, "iterator")
            if let inst = v.instance {
                do { return try interp.nextItem(inst) } catch let e as PyError where interp.isStopIteration(e) {
                    if let d = a.value(1, "default") { return d }
                    throw e
                }
            }
            guard case .object(let o as PyIterator) = v else { throw PyError(.type, "'\(v.typeName)' object is not an iterator") }
            if let x = try o.next(interp) { return x }
            if let d = a.value(1, "default") { return d }
            if let g = o as? GeneratorObject { throw g.stopIteration(interp) }
            throw PyError(.stopIteration, "")
        }
        def("map") { a, interp in
            guard a.positional.count >= 2 else { throw PyError(.type, "map() must have at least two arguments.") }
            let f = a.positional[0]
            let its = try a.positional.dropFirst().map { try interp.makeIterator($0) }
            return .object(ClosureIterator("map") { interp in
                var args = CallArgs(name: "map")
                for it in its {
                    guard let x = try it.next(interp) else { return nil }
                    args.positional.append(x)
                }
                return try interp.call(f, &args)
            })
        }
        def("filter") { a, interp in
            let f = try a.required(0, "function")
            let it = try interp.makeIterator(try a.required(1, "iterable"))
            return .object(ClosureIterator("filter") { interp in
                while let x = try it.next(interp) {
                    var keep = x
                    if !f.isNone {
                        var args = CallArgs([x], name: "filter")
                        keep = try interp.call(f, &args)
                    }
                    if try keep.truthy() { return x }
                }
                return nil
            })
        }
        def("zip") { a, interp in
            let its = try a.positional.enumerated().map { i, v -> PyIterator in
                do { return try interp.makeIterator(v) } catch let e as PyError where e.kind == .type {
                    throw PyError(.type, "'\(v.typeName)' object is not iterable")
                }
            }
            let strict = try a.bool(nil, "strict", default: false)
            return .object(ClosureIterator("zip") { interp in
                guard !its.isEmpty else { return nil }
                var row = [Value]()
                for (i, it) in its.enumerated() {
                    guard let x = try it.next(interp) else {
                        if strict {
                            if i > 0 { throw PyError(.value, "zip() argument \(i + 1) is shorter than argument\(i > 1 ? "s 1-\(i)" : " 1")") }
                            for (j, other) in its.enumerated().dropFirst() where try other.next(interp) != nil {
                                throw PyError(.value, "zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
                            }
                        }
                        return nil
                    }
                    row.append(x)
                }
                return .tuple(row)
            })
        }
        def("enumerate") { a, interp in
            let it = try interp.makeIterator(try a.required(0, "iterable"))
            var n = a.value(1, "start") ?? .int(0)
            if case .int = Convert.unwrapBool(n) {} else if case .bigInt = n {} else {
                throw PyError(.type, "'\(n.typeName)' object cannot be interpreted as an integer")
            }
            return .object(ClosureIterator("enumerate") { interp in
                guard let x = try it.next(interp) else { return nil }
                defer { n = (try? Arithmetic.binary(.add, n, .int(1), interp)) ?? n }
                return .tuple([n, x])
            })
        }
        def("reversed") { a, interp in
            let v = try a.required(0, "sequence")
            switch v {
            case .list(let l):
                var i = l.items.count
                return .object(ClosureIterator("list_reverseiterator") { _ in
                    i = min(i, l.items.count)
                    guard i > 0 else { return nil }
                    i -= 1
                    return l.items[i]
                })
            case .tuple, .string, .range, .size, .dict:
                return .object(ClosureIterator("reversed", items: try interp.iterate(v).reversed()))
            case .object(let o as PySequenceObject):
                return .object(ClosureIterator("reversed", items: o.items.reversed()))
            case .object(let inst as Instance):
                // `__reversed__`, else the sequence protocol (`__len__` and `__getitem__`) backwards.
                if let r = try interp.callSpecial(inst, "__reversed__", []) { return r }
                guard inst.cls.lookup("__len__") != nil, inst.cls.lookup("__getitem__") != nil else {
                    throw PyError(.type, "'\(v.typeName)' object is not reversible")
                }
                var i = try interp.length(of: inst)
                return .object(ClosureIterator("reversed") { interp in
                    guard i > 0 else { return nil }
                    i -= 1
                    return try interp.getItem(v, .int(i))
                })
            case .object(let c as ClassObject) where c.metaclass != nil:
                if let r = try interp.metaclassSpecial(c, "__reversed__", []) { return r }
                throw PyError(.type, "'\(c.metaclass?.name ?? "type")' object is not reversible")
            case .tensor(let t):
                _ = t
                throw PyError(.notImplemented, "reversed() of a tensor (torch.flip) is not supported by gradstep")
            default:
                throw PyError(.type, "'\(v.typeName)' object is not reversible")
            }
        }
        def("any") { a, interp in
            var found = false
            try interp.forEach(try a.required(0, "iterable")) { x in
                if try x.truthy() { found = true; return false }
                return true
            }
            return .bool(found)
        }
        def("all") { a, interp in
            var ok = true
            try interp.forEach(try a.required(0, "iterable")) { x in
                if try !x.truthy() { ok = false; return false }
                return true
            }
            return .bool(ok)
        }
        def("sum") { a, interp in
            var acc = a.value(1, "start") ?? .int(0)
            if case .string = acc { throw PyError(.type, "sum() can't sum strings [use ''.join(seq) instead]") }
            try interp.forEach(try a.required(0, "iterable")) { v in
                acc = try Arithmetic.binary(.add, acc, v, interp)
                return true
            }
            return acc
        }
        def("sorted") { a, interp in
            guard a.positional.count == 1 else {
                throw PyError(.type, a.positional.isEmpty ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got \(a.positional.count)")
            }
            return .list(ListBox(try Builtins.pythonSort(try interp.iterate(a.positional[0]), a, interp)))
        }
        def("min") { a, interp in try extreme(a, interp, wantMax: false) }
        def("max") { a, interp in try extreme(a, interp, wantMax: true) }
    }

    /// `min`/`max` of an iterable or of several arguments, with `key=` and `default=`.
    static func extreme(_ a: CallArgs, _ interp: Interpreter, wantMax: Bool) throws -> Value {
        let name = wantMax ? "max" : "min"
        var items = a.positional
        if items.isEmpty { throw PyError(.type, "\(name) expected at least 1 argument, got 0") }
        let key = a.value(nil, "key").flatMap { $0.isNone ? nil : $0 }
        if items.count == 1 {
            if case .tensor(let t) = items[0], key == nil { return try Builtins.reduceExtreme(t, CallArgs(name: name), max: wantMax) }
            items = try interp.iterate(items[0])
        } else if a.has("default") {
            throw PyError(.type, "Cannot specify a default for \(name)() with multiple positional arguments")
        }
        guard var best = items.first else {
            if let d = a.value(nil, "default") { return d }
            throw PyError(.value, "\(name)() arg is an empty sequence")
        }
        func keyOf(_ v: Value) throws -> Value {
            guard let key else { return v }
            var args = CallArgs([v], name: "key")
            return try interp.call(key, &args)
        }
        var bestKey = try keyOf(best)
        // CPython keeps the first extreme item, replacing it only when `item > best` (`<` for min).
        for v in items.dropFirst() {
            let k = try keyOf(v)
            if try Arithmetic.compare(wantMax ? .greater : .less, k, bestKey).truthy() {
                best = v
                bestKey = k
            }
        }
        return best
    }
}
