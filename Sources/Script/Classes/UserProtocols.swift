import Autograd

/// The container, iteration and context-manager protocols on user instances (`len`, `obj[i]`,
/// `for x in obj`, `with obj as x`), and the `del` statement.
extension Interpreter {
    /// `len(inst)` through `__len__`.
    func length(of inst: Instance) throws -> Int {
        guard let r = try callSpecial(inst, "__len__", []) else {
            throw PyError(.type, "object of type '\(inst.cls.name)' has no len()")
        }
        guard case .int(let n) = Convert.unwrapBool(r) else {
            throw PyError(.type, "'\(r.typeName)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError(.value, "__len__() should return >= 0") }
        return n
    }

    func instanceItem(_ inst: Instance, _ index: Value) throws -> Value {
        if let r = try callSpecial(inst, "__getitem__", [index]) { return r }
        throw PyError(.type, "'\(inst.cls.name)' object is not subscriptable")
    }

    func setInstanceItem(_ inst: Instance, _ index: Value, _ v: Value) throws {
        loopWatch?.impure("an item assignment")
        if try callSpecial(inst, "__setitem__", [index, v]) != nil { return }
        throw PyError(.type, "'\(inst.cls.name)' object does not support item assignment")
    }

    /// `item in iterator`: advances it until an equal item (CPython's `in` on a generator).
    func iteratorContains(_ it: PyIterator, _ item: Value) throws -> Bool {
        while let v = try it.next(self) {
            if Arithmetic.equal(v, item) { return true }
        }
        return false
    }

    /// `iter(inst)`: what `__iter__` returns (an iterator), or nil for the `__getitem__` sequence protocol.
    func iterator(of inst: Instance) throws -> Value? {
        if let it = try callSpecial(inst, "__iter__", []) {
            if let ii = it.instance, ii.cls.lookup("__next__") == nil {
                throw PyError(.type, "iter() returned non-iterator of type '\(ii.cls.name)'")
            }
            // Iterators are objects (list iterators, generators, instances); a list or number is not one.
            guard case .object = it else { throw PyError(.type, "iter() returned non-iterator of type '\(it.typeName)'") }
            return it
        }
        if inst.cls.lookup("__getitem__") != nil { return nil }
        throw PyError(.type, "'\(inst.cls.name)' object is not iterable")
    }

    /// `next(inst)` through `__next__`.
    func nextItem(_ inst: Instance) throws -> Value {
        if let r = try callSpecial(inst, "__next__", []) { return r }
        throw PyError(.type, "'\(inst.cls.name)' object is not an iterator")
    }

    func isStopIteration(_ e: PyError) -> Bool {
        guard let stop = classes.builtin("StopIteration") else { return e.kind == .stopIteration }
        return classes.errorClass(e).isSubclass(of: stop)
    }

    func isIndexError(_ e: PyError) -> Bool {
        guard let c = classes.builtin("IndexError") else { return e.kind == .index }
        return classes.errorClass(e).isSubclass(of: c)
    }

    /// The iterator of a user object: its `__iter__` result driven through `__next__`, or the old
    /// sequence protocol (`__getitem__` with 0, 1, 2, … until IndexError) when it has no `__iter__`.
    func instanceIterator(_ inst: Instance) throws -> PyIterator {
        guard let it = try iterator(of: inst) else {
            var i = 0
            return ClosureIterator("iterator") { interp in
                try interp.checkInterrupt()
                do {
                    let x = try interp.instanceItem(inst, .int(i))
                    i += 1
                    return x
                } catch let e as PyError where interp.isIndexError(e) || interp.isStopIteration(e) { return nil }
            }
        }
        guard let source = it.instance else { return try makeIterator(it) }
        return ClosureIterator("iterator") { interp in
            try interp.checkInterrupt()
            do { return try interp.nextItem(source) } catch let e as PyError where interp.isStopIteration(e) { return nil }
        }
    }

    /// The items of a user iterable, all at once (`list(obj)`, unpacking, `sum(obj)`).
    func instanceItems(_ inst: Instance) throws -> [Value] {
        var out: [Value] = []
        try forEach(.object(inst)) { x in
            out.append(x)
            if out.count > maxElements { throw PyError(.memory, "iterator of more than \(maxElements) items is too large to expand") }
            return true
        }
        return out
    }

    /// `with mgr as target:` for a user context manager: `__enter__`, the body, then `__exit__`
    /// with the exception (a true result suppresses it).
    func execUserWith(_ mgr: Instance, _ item: WithItem, _ rest: ArraySlice<WithItem>, _ body: [Stmt], _ scope: Scope) throws -> Flow {
        guard mgr.cls.lookup("__enter__") != nil else {
            throw PyError(.type, "'\(mgr.cls.name)' object does not support the context manager protocol")
        }
        guard let exit = mgr.cls.lookup("__exit__") else {
            throw PyError(.type, "'\(mgr.cls.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let entered = try callSpecial(mgr, "__enter__", []) ?? .none
        if let t = item.target { try assign(t, entered, scope) }
        let flow: Flow
        do {
            flow = try execWith(rest, body, scope)
        } catch var e as PyError where e.kind != .keyboardInterrupt {
            let inst = exceptionObject(for: e)
            e.exception = ExceptionHandle(instance: inst)
            var args = CallArgs([.object(inst.cls), .object(inst), .none], name: "__exit__")
            if try invoke(exit, on: .object(mgr), owner: mgr.cls, &args).truthy() { return .normal }
            throw e
        }
        var args = CallArgs([.none, .none, .none], name: "__exit__")
        _ = try invoke(exit, on: .object(mgr), owner: mgr.cls, &args)
        return flow
    }

    /// `del target` for names, attributes, subscripts and tuples of them.
    func deleteTarget(_ t: Expr, _ scope: Scope) throws {
        switch t.kind {
        case .name(let n):
            if scope.remove(n) == nil && globals.vars.removeValue(forKey: n) == nil {
                throw PyError.undefinedName(n)
            }
        case .tuple(let items), .list(let items):
            for x in items { try deleteTarget(x, scope) }
        case .attribute(let objExpr, let written):
            let name = mangled(written, scope)
            let obj = try eval(objExpr, scope)
            switch obj {
            case .object(let inst as Instance): try deleteInstanceAttribute(inst, name)
            case .object(let cls as ClassObject):
                if cls.isBuiltin { throw PyError(.type, "cannot delete '\(name)' attribute of immutable type '\(cls.name)'") }
                if !cls.removeOwn(name) { throw PyError(.attribute, "type object '\(cls.name)' has no attribute '\(name)'") }
            case .function(let f):
                if f.attributes?.removeStringKeyed(name) != true { throw PyError(.attribute, "'function' object has no attribute '\(name)'") }
            default:
                throw PyError(.attribute, "'\(obj.typeName)' object has no attribute '\(name)'")
            }
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, scope)
            let index = try eval(indexExpr, scope)
            try deleteItem(obj, index)
        default:
            throw PyError(.type, "cannot delete this expression")
        }
    }

    /// `del obj[index]`.
    func deleteItem(_ obj: Value, _ index: Value) throws {
        loopWatch?.impure("an item deletion")
        switch obj {
        case .list(let l):
            switch Convert.unwrapBool(index) {
            case .int(var i):
                if i < 0 { i += l.items.count }
                guard i >= 0 && i < l.items.count else { throw PyError(.index, "list assignment index out of range") }
                l.items.remove(at: i)
            case .slice(let a, let b, let c):
                let (start, stop, step) = try Builtins.sliceBounds(a, b, c, count: l.items.count)
                var doomed = Set<Int>()
                var i = start
                while step > 0 ? i < stop : i > stop { doomed.insert(i); i += step }
                l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
            default:
                throw PyError(.type, "list indices must be integers or slices, not \(index.typeName)")
            }
        case .dict(let d):
            guard let i = d.entries.firstIndex(where: { Arithmetic.equal($0.key, index) }) else { throw PyError(.key, Repr.repr(index)) }
            d.entries.remove(at: i)
        case .object(let inst as Instance):
            if try callSpecial(inst, "__delitem__", [index]) == nil {
                throw PyError(.type, "'\(inst.cls.name)' object doesn't support item deletion")
            }
        default:
            throw PyError(.type, "'\(obj.typeName)' object doesn't support item deletion")
        }
    }
}
