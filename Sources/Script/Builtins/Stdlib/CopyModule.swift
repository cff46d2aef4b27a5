import Autograd

/// Python's `copy` module: shallow and deep copies of containers and tensors, as CPython and
/// PyTorch make them (`deepcopy` keeps shared references shared, copies a leaf tensor and its grad,
/// and refuses non-leaf tensors).
enum CopyModule {
    static func make() -> NamespaceObject {
        NamespaceObject("copy", [
            "copy": .builtin(Builtin("copy") { a, interp in try shallow(try a.required(0, "x"), interp) }),
            "deepcopy": .builtin(Builtin("deepcopy") { a, interp in
                var memo: [ObjectIdentifier: Value] = [:]
                return try deep(try a.required(0, "x"), &memo, interp)
            }),
        ])
    }

    /// `copy.copy(x)`.
    static func shallow(_ v: Value, _ interp: Interpreter) throws -> Value {
        switch v {
        case .object(let inst as Instance):
            // `__copy__`, else a new instance of the class (no __init__) with the same attributes.
            if let r = try interp.callSpecial(inst, "__copy__", []) { return r }
            let c = Instance(inst.cls)
            c.attributes.entries = inst.attributes.entries
            c.exceptionArgs = inst.exceptionArgs
            c.nativeMessage = inst.nativeMessage
            c.payload = try inst.payload.map { try shallow($0, interp) }
            return .object(c)
        case .list(let l): return .list(ListBox(l.items))
        case .dict(let d):
            let c = DictBox(d.entries)
            c.flavor = d.flavor
            return .dict(c)
        case .object(let s as SetObject): return s.frozen ? v : .object(SetObject(s.table.copied()))
        case .object(let q as DequeObject): return .object(DequeObject(q.items, maxlen: q.maxlen))
        case .tensor(let t): return .tensor(try copyTensor(t, data: t.detach()))
        // An ndarray's copy owns its data (ndarray.__copy__ copies the elements).
        case .object(let a as NDArray): return .object(NDArray(NumpyArrays.copy(a.tensor, a.tensor.dtype)))
        default: return v
        }
    }

    /// `copy.deepcopy(x)`; `memo` maps already-copied objects to their copies.
    static func deep(_ v: Value, _ memo: inout [ObjectIdentifier: Value], _ interp: Interpreter) throws -> Value {
        func deep(_ v: Value, _ memo: inout [ObjectIdentifier: Value]) throws -> Value { try CopyModule.deep(v, &memo, interp) }
        func remembered(_ o: AnyObject, _ make: (inout [ObjectIdentifier: Value]) throws -> Value) rethrows -> Value {
            if let c = memo[ObjectIdentifier(o)] { return c }
            return try make(&memo)
        }
        switch v {
        case .list(let l):
            return try remembered(l) { memo in
                let c = ListBox([])
                memo[ObjectIdentifier(l)] = .list(c)
                c.items = try l.items.map { try deep($0, &memo) }
                return .list(c)
            }
        case .dict(let d):
            return try remembered(d) { memo in
                let c = DictBox()
                c.flavor = d.flavor
                memo[ObjectIdentifier(d)] = .dict(c)
                c.entries = try d.entries.map { (key: try deep($0.key, &memo), value: try deep($0.value, &memo)) }
                return .dict(c)
            }
        case .tuple(let t): return .tuple(try t.map { try deep($0, &memo) })
        case .object(let inst as Instance):
            // `__deepcopy__(memo)`, else a new instance (no __init__) whose attributes are deep copies.
            return try remembered(inst) { memo in
                if let f = inst.cls.lookup("__deepcopy__") {
                    var args = CallArgs([.dict(DictBox())], name: "__deepcopy__")
                    return try interp.invoke(f, on: v, owner: inst.cls, &args)
                }
                let c = Instance(inst.cls)
                memo[ObjectIdentifier(inst)] = .object(c)
                c.attributes.entries = try inst.attributes.entries.map { (key: $0.key, value: try deep($0.value, &memo)) }
                c.exceptionArgs = try inst.exceptionArgs.map { try deep($0, &memo) }
                c.nativeMessage = inst.nativeMessage
                c.payload = try inst.payload.map { try deep($0, &memo) }
                return .object(c)
            }
        case .object(let s as SetObject):
            return try remembered(s) { memo in .object(try SetObject(try s.items.map { try deep($0, &memo) }, frozen: s.frozen)) }
        case .object(let a as NDArray):
            return remembered(a) { _ in .object(NDArray(NumpyArrays.copy(a.tensor, a.tensor.dtype))) }
        case .object(let q as DequeObject):
            return try remembered(q) { memo in .object(DequeObject(try q.items.map { try deep($0, &memo) }, maxlen: q.maxlen)) }
        case .object(let n as NamedTupleObject):
            return .object(NamedTupleObject(typeName: n.typeName, fields: n.fields, items: try n.items.map { try deep($0, &memo) }))
        case .object(let inst as Instance) where inst.exceptionArgs.isEmpty:
            // CPython's default for a plain object: a new instance of the class with a deep copy of
            // its __dict__ (an nn.Module copies its parameters, buffers and submodules).
            return try remembered(inst) { memo in
                let c = Instance(inst.cls)
                memo[ObjectIdentifier(inst)] = .object(c)
                for e in inst.attributes.entries { try c.attributes.set(try deep(e.key, &memo), try deep(e.value, &memo)) }
                return .object(c)
            }
        case .tensor(let t):
            return try remembered(t) { memo in
                guard t.isLeaf else {
                    throw PyError(.runtime, "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001")
                }
                let c = try copyTensor(t, data: t.detach().clone())
                if let g = t.grad { c.grad = g.detach().clone() }
                memo[ObjectIdentifier(t)] = .tensor(c)
                return .tensor(c)
            }
        default: return v
        }
    }

    /// A new leaf over `data` with `t`'s requires_grad (a Parameter stays a Parameter).
    static func copyTensor(_ t: Tensor, data: Tensor) throws -> Tensor {
        if t.isParameter { return try Tensor.parameter(data, requiresGrad: t.requiresGrad) }
        if t.requiresGrad { try data.requiresGrad_(true) }
        return data
    }

    /// Raises Python's TypeError for a value that cannot be a dict key or cache key.
    static func checkHashable(_ v: Value) throws {
        switch v {
        case .list: throw PyError(.type, "unhashable type: 'list'")
        case .dict: throw PyError(.type, "unhashable type: 'dict'")
        case .object(let o as SetObject) where !o.frozen: throw PyError(.type, "unhashable type: 'set'")
        case .object(is NDArray): throw PyError(.type, "unhashable type: 'numpy.ndarray'")
        case .tuple(let t): for x in t { try checkHashable(x) }
        case .object(let inst as Instance) where inst.cls.lookup("__hash__")?.isNone == true:
            // A class that defines __eq__ without __hash__ has unhashable instances.
            throw PyError(.type, "unhashable type: '\(inst.cls.name)'")
        default: break
        }
    }
}
