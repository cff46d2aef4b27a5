import Autograd

extension Interpreter {
    /// The items of an iterable value (tensors iterate as `unbind(0)`, as in PyTorch).
    public func iterate(_ v: Value) throws -> [Value] {
        switch v {
        case .list(let l): return l.items
        case .tuple(let t): return t
        case .size(let s): return s.map { .int($0) }
        case .string(let s): return s.map { .string(String($0)) }
        case .dict(let d): return d.entries.map(\.key)
        case .range(let a, let b, let c):
            let n = Builtins.rangeCount(a, b, c)
            if n > maxElements { throw PyError(.memory, "range of \(n) items is too large to expand") }
            return (0..<n).map { .int(a &+ $0 &* c) }
        case .tensor(let t):
            if t.dim == 0 { throw PyError(.type, "iteration over a 0-d tensor") }
            return try t.unbind(0).map { .tensor($0) }
        case .object(let o):
            if let it = o as? PyIterator { return try drain(it) }
            if let s = o as? SetObject { return s.items }
            if let a = o as? NDArray, a.tensor.dim == 0 { throw PyError(.type, "iteration over a 0-d array") }
            if let r = o as? BigRange {
                guard let n = try? r.length(), n <= maxElements else { throw PyError(.memory, "range of \(BigRange.digits(r.count)) items is too large to expand") }
                return try drain(r.iterator())
            }
            if let q = o as? PyCollection { return q.items }
            if let inst = o as? Instance { return try instanceItems(inst) }
            if let c = o as? ClassObject, let it = try metaclassSpecial(c, "__iter__", []) { return try drain(try makeIterator(it)) }
            throw PyError(.type, "'\(o.typeName)' object is not iterable")
        default:
            throw PyError(.type, "'\(v.typeName)' object is not iterable")
        }
    }

    // MARK: - Subscripts

    static func tensorIndices(_ index: Value) throws -> [TensorIndex] {
        func one(_ v: Value) throws -> TensorIndex {
            switch v {
            case .int(let i): return .int(i)
            case .bool(let b): return .int(b ? 1 : 0)
            case .slice(let a, let b, let c): return .slice(start: a, stop: b, step: c)
            case .none: return .newAxis
            case .ellipsis: return .ellipsis
            case .tensor(let t) where t.numel == 1 && (t.dtype == .int64 || t.dtype == .int32) && t.dim == 0:
                return .int(t.pythonRead("an index") { Int($0.intValues()[0]) })
            case .tensor(let t) where t.dtype.isFloatingPoint:
                throw PyError(.index, "tensors used as indices must be long, int, byte or bool tensors")
            default:
                throw PyError(.index, "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(v.typeName))")
            }
        }
        if case .tuple(let items) = index { return try items.map(one) }
        return [try one(index)]
    }

    /// An index list as a tensor; an empty list indexes nothing (an empty int64 index, as in PyTorch).
    static func indexTensor(_ list: Value) throws -> Tensor {
        if case .list(let l) = list, l.items.isEmpty { return Tensor(ints: [], shape: [0]) }
        return try TensorLiteral.make(list)
    }

    /// The components of a tuple subscript that holds an index list or tensor (`x[[0, 1], [1, 2]]`,
    /// `x[1:, idx]`), or nil for plain basic indexing.
    static func advancedIndices(_ index: Value) throws -> [AdvancedIndex]? {
        guard case .tuple(let items) = index else { return nil }
        func isAdvanced(_ v: Value) -> Bool {
            switch v {
            case .list: return true
            case .tensor(let t): return t.dim > 0 || t.dtype == .bool
            default: return false
            }
        }
        guard items.contains(where: isAdvanced) else { return nil }
        return try items.map { v -> AdvancedIndex in
            switch v {
            case .list: return .tensor(try indexTensor(v))
            case .tensor(let t) where isAdvanced(v): return .tensor(t)
            default: return .basic(try tensorIndices(v)[0])
            }
        }
    }

    /// A tensor subscript with its sequences spelled as lists: PyTorch reads a `range` (anywhere) and a
    /// tuple inside the index tuple as index sequences, as it does a list (`y_hat[range(n), y]`).
    func tensorSubscript(_ index: Value) throws -> Value {
        switch index {
        case .range: return .list(ListBox(try iterate(index)))
        case .tuple(let items) where items.contains(where: { if case .range = $0 { return true }; if case .tuple = $0 { return true }; return false }):
            return .tuple(try items.map { v in
                switch v {
                case .range, .tuple: return .list(ListBox(try iterate(v)))
                default: return v
                }
            })
        default: return index
        }
    }

    /// `t[index]` with PyTorch's basic and advanced indexing (`index` as `tensorSubscript` spells it).
    static func indexTensor(_ t: Tensor, _ index: Value) throws -> Tensor {
        let index = NumpyIndexing.forTensor(index)
        if let adv = try Interpreter.advancedIndices(index) { return try t.index(advanced: adv) }
        if case .tensor(let idx) = index, idx.dim > 0 || idx.dtype == .bool {
            return try t.gather(indexTensor: idx)
        }
        if case .list(let l) = index {
            return try t.gather(indexTensor: try Interpreter.indexTensor(.list(l)))
        }
        return try t.index(Interpreter.tensorIndices(index))
    }

    /// `obj[index]`.
    public func getItem(_ obj: Value, _ index: Value) throws -> Value {
        switch obj {
        case .tensor(let t): return .tensor(try Interpreter.indexTensor(t, try tensorSubscript(index)))
        case .list(let l): return try sequenceItem(l.items, index, "list") { .list(ListBox($0)) }
        case .tuple(let t): return try sequenceItem(t, index, "tuple") { .tuple($0) }
        case .size(let s): return try sequenceItem(s.map { .int($0) }, index, "tuple") { v in .size(v.compactMap { if case .int(let i) = $0 { return i }; return nil }) }
        case .string(let s):
            return try sequenceItem(s.map { .string(String($0)) }, index, "string") { .string($0.map(Repr.str).joined()) }
        case .range(let a, let b, let c):
            let n = Builtins.rangeCount(a, b, c)
            if case .slice(let x, let y, let z) = index {
                let (start, stop, step) = try Builtins.sliceBounds(x, y, z, count: n)
                return .range(start: a &+ start &* c, stop: a &+ stop &* c, step: c &* step)
            }
            // Exact arithmetic: a range may have more than Int.max items (range(-2**63, 2**63 - 1)[2**63]).
            let count = Builtins.exactRangeCount(a, b, c)
            var i: Int128
            switch Convert.unwrapIndex(index) {
            case .int(let k): i = Int128(k)
            case .bigInt(let digits): i = Int128(digits) ?? Int128(Int.max) * 4
            default: throw PyError(.type, "range indices must be integers or slices, not \(index.typeName)")
            }
            if i < 0 { i += count }
            guard i >= 0 && i < count else { throw PyError(.index, "range object index out of range") }
            return .int(Int(Int128(a) + i * Int128(c)))
        case .dict(let d):
            guard let v = d.get(index) else {
                try CopyModule.checkHashable(index)
                return try missingKey(d, index)
            }
            return v
        case .object(let o as PySubscriptable):
            return try o.item(index, self)
        case .object(let o as PySequenceObject):
            return try sequenceItem(o.items, index, "tuple") { .tuple($0) }
        case .object(let inst as Instance):
            return try instanceItem(inst, index)
        case .object(let c as ClassObject) where c.metaclass != nil && c.metaclass?.overrides("__getitem__") == true:
            return try metaclassSpecial(c, "__getitem__", [index]) ?? .none
        case .object(let c as ClassObject) where c.lookup("__class_getitem__") != nil:
            // `Stack[int]`: the class's __class_getitem__ (typing.Generic gives one).
            var args = CallArgs([index], name: "__class_getitem__")
            return try call(try bindToClass(c.lookup("__class_getitem__") ?? .none, c), &args)
        default:
            throw PyError(.type, "'\(obj.typeName)' object is not subscriptable")
        }
    }

    private func sequenceItem(_ items: [Value], _ index: Value, _ kind: String, _ make: ([Value]) -> Value) throws -> Value {
        switch Convert.unwrapIndex(index) {
        case .int(var i):
            if i < 0 { i += items.count }
            guard i >= 0 && i < items.count else { throw PyError(.index, "\(kind) index out of range") }
            return items[i]
        case .slice(let a, let b, let c):
            let (start, stop, step) = try Builtins.sliceBounds(a, b, c, count: items.count)
            var out = [Value]()
            var i = start
            while step > 0 ? i < stop : i > stop {
                out.append(items[i])
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
            return make(out)
        default:
            throw PyError(.type, "\(kind) indices must be integers or slices, not \(index.typeName)")
        }
    }

    /// `obj[index] = v`.
    public func setItem(_ obj: Value, _ index: Value, _ v: Value) throws {
        if let watch = loopWatch { if case .tensor = obj {} else { watch.impure("an item assignment") } }
        switch obj {
        case .tensor(let t):
            let index = try tensorSubscript(NumpyIndexing.forTensor(index))
            let src: Tensor
            switch v {
            case .tensor(let x): src = x
            // A numpy scalar is a Python number to PyTorch (an ndarray is refused, as PyTorch does).
            case .object(let s as NumpyScalar): src = Tensor.scalar(s.scalar)
            case .int(let i) where t.dtype.isNarrowInteger && t.dtype.wrap(Int64(i)) != Int64(i):
                throw PyError(.runtime, "value cannot be converted to type \(t.dtype.checkedConversionName) without overflow")
            case .int, .float, .bool: src = Tensor.scalar(try Convert.scalar(v))
            case .list, .tuple: src = try TensorLiteral.make(v)
            default: throw PyError(.type, "can't assign a \(v.typeName) to a \(t.dtype.tensorTypeName)")
            }
            if case .tensor(let idx) = index, idx.dim > 0 || idx.dtype == .bool {
                try t.setIndex(advanced: [.tensor(idx)], src)
                return
            }
            if case .list = index {
                try t.setIndex(advanced: [.tensor(try Interpreter.indexTensor(index))], src)
                return
            }
            if let adv = try Interpreter.advancedIndices(index) {
                try t.setIndex(advanced: adv, src)
                return
            }
            try t.setIndex(Interpreter.tensorIndices(index), src)
        case .list(let l):
            if case .slice(let a, let b, let c) = index { return try setListSlice(l, a, b, c, v) }
            guard case .int(var i) = Convert.unwrapIndex(index) else { throw PyError(.type, "list indices must be integers or slices, not \(index.typeName)") }
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw PyError(.index, "list assignment index out of range") }
            l.items[i] = v
        case .dict(let d):
            try d.set(index, v)
        case .object(let inst as Instance):
            try setInstanceItem(inst, index, v)
        case .object(let n as PyNumeric):
            try n.setItem(index, v, self)
        default:
            throw PyError(.type, "'\(obj.typeName == "Size" ? "torch.Size" : obj.typeName)' object does not support item assignment")
        }
    }

    /// `l[a:b:c] = v`: a plain slice is replaced by v's items (any number of them); an extended
    /// slice takes exactly as many items as it selects, as CPython's list does.
    private func setListSlice(_ l: ListBox, _ a: Int?, _ b: Int?, _ c: Int?, _ v: Value) throws {
        let items: [Value]
        do { items = try iterate(v) } catch let e as PyError where e.kind == .type {
            throw PyError(.type, c == nil || c == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
        }
        let (start, stop, step) = try Builtins.sliceBounds(a, b, c, count: l.items.count)
        if step == 1 {
            try checkGrowth(l.items.count - max(0, stop - start), adding: items.count, "list")
            l.items.replaceSubrange(start..<max(start, stop), with: items)
            return
        }
        var positions: [Int] = []
        var i = start
        while step > 0 ? i < stop : i > stop { positions.append(i); i += step }
        guard positions.count == items.count else {
            throw PyError(.value, "attempt to assign sequence of size \(items.count) to extended slice of size \(positions.count)")
        }
        for (p, item) in zip(positions, items) { l.items[p] = item }
    }

    // MARK: - Attributes

    /// `obj.name`.
    public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        switch obj {
        case .tensor(let t):
            if let v = try TensorAttributes.get(t, name, self) { return v }
        case .object(let o):
            if let v = try o.attribute(name, interpreter: self) { return v }
            if let ns = o as? NamespaceObject {
                var e = PyError(.attribute, "module '\(ns.name)' has no attribute '\(name)'",
                                hint: Suggest.hint(for: name, among: ns.attributeNames))
                // dir(torch) holds more names than CPython looks through (750): no suggestion there.
                if ns.name != "torch" {
                    e.suggestion = CPythonSuggestion.suggest(name, among: (ns.attributeNames + ["__doc__", "__name__", "__loader__", "__package__", "__spec__"]).sorted())
                }
                throw e
            }
        case .function(let f):
            if let v = functionAttribute(f, name) { return v }
        default:
            if let v = try ValueMethods.get(obj, name, self) { return v }
        }
        if name == "__class__" { return .object(TypeObject(name: obj.typeName)) }
        let names: [String] = {
            if case .tensor = obj { return TensorAttributes.names }
            if case .object(let o) = obj { return o.attributeNames }
            return ValueMethods.names(obj)
        }()
        var e = PyError(.attribute, "'\(obj.typeName)' object has no attribute '\(name)'", hint: Suggest.hint(for: name, among: names))
        // A tensor's dir() is longer than the 750 names CPython compares against: no suggestion.
        if case .tensor = obj {} else { e.suggestion = CPythonSuggestion.suggest(name, among: names.sorted()) }
        throw e
    }

    /// `obj.name = v`.
    public func setAttribute(_ obj: Value, _ name: String, _ v: Value) throws {
        if case .tensor(let t) = obj {
            try TensorAttributes.set(t, name, v)
            return
        }
        if case .object(let o) = obj, let ns = o as? NamespaceObject {
            loopWatch?.impure("an attribute assignment")
            ns.members[name] = v
            return
        }
        switch obj {
        case .object(let inst as Instance): return try setInstanceAttribute(inst, name, v)
        case .object(let cls as ClassObject):
            loopWatch?.impure("an attribute assignment")
            if try metaclassSpecial(cls, "__setattr__", [.string(name), v]) != nil { return }
            return try cls.setOwn(name, v)
        case .function(let f): return try setFunctionAttribute(f, name, v)
        case .object(let t as NamedTupleObject) where t.fields.contains(name):
            // A namedtuple's fields are read-only properties.
            throw PyError(.attribute, "can't set attribute")
        default: break
        }
        throw PyError(.attribute, "'\(obj.typeName)' object has no attribute '\(name)'")
    }
}
