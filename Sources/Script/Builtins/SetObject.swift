/// A Python `set` (`{1, 2}`, `set(iterable)`, set comprehensions) or `frozenset` (immutable and
/// hashable); prints and iterates in CPython's order.
final class SetObject: PyObject {
    var table: PySetTable
    /// A `frozenset`: no mutating methods, hashable, and what its operators return.
    let frozen: Bool
    init(_ table: PySetTable = PySetTable(), frozen: Bool = false) {
        self.table = table
        self.frozen = frozen
    }
    convenience init(_ items: [Value], frozen: Bool = false) throws {
        self.init(frozen: frozen)
        for v in items { try add(v) }
    }

    var typeName: String { frozen ? "frozenset" : "set" }
    var items: [Value] { table.ordered }
    var attributeNames: [String] {
        frozen ? ["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"] : ["add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update", "isdisjoint",
         "issubset", "issuperset", "pop", "remove", "symmetric_difference", "union", "update"]
    }

    func add(_ v: Value) throws {
        switch v {
        case .list: throw PyError(.type, "unhashable type: 'list'")
        case .dict: throw PyError(.type, "unhashable type: 'dict'")
        case .object(let o as SetObject) where !o.frozen: throw PyError(.type, "unhashable type: 'set'")
        case .object(let inst as Instance) where inst.cls.lookup("__hash__")?.isNone == true: throw PyError(.type, "unhashable type: '\(inst.cls.name)'")
        default: break
        }
        table.add(v)
    }

    func repr() -> String {
        if table.count == 0 { return frozen ? "frozenset()" : "set()" }
        let body = "{" + items.map(Repr.repr).joined(separator: ", ") + "}"
        return frozen ? "frozenset(\(body))" : body
    }

    /// CPython's frozenset_hash: the shuffled item hashes xor-ed (order-free), the size, then dispersed.
    func hash(_ itemHash: (Value) throws -> Int) throws -> Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var h: UInt = 0
        for v in items { h ^= shuffle(UInt(bitPattern: try itemHash(v))) }
        h ^= (UInt(table.count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        return h == UInt.max ? 590923713 : Int(bitPattern: h)
    }

    static func union(_ a: SetObject, _ b: SetObject) -> SetObject {
        let r = SetObject(a.table.copied(), frozen: a.frozen)
        r.table.merge(b.table)
        return r
    }

    static func intersection(_ a: SetObject, _ b: SetObject) throws -> SetObject {
        let (small, big) = a.table.count > b.table.count ? (b, a) : (a, b)
        return try SetObject(small.items.filter { big.table.contains($0) }, frozen: a.frozen)
    }

    static func difference(_ a: SetObject, _ b: SetObject) throws -> SetObject {
        try SetObject(a.items.filter { !b.table.contains($0) }, frozen: a.frozen)
    }

    static func symmetricDifference(_ a: SetObject, _ b: SetObject) throws -> SetObject {
        // CPython copies the right operand and toggles the left's items in it (the order it prints).
        let r = SetObject(b.table.copied(), frozen: a.frozen)
        for v in a.items { if !r.table.remove(v) { try r.add(v) } }
        return r
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        let mutating = ["add", "discard", "remove", "pop", "clear", "update", "difference_update", "intersection_update",
                        "symmetric_difference_update"]
        if frozen && mutating.contains(name) { return nil }
        if mutating.contains(name) { interpreter.loopWatch?.impure("set.\(name)()") }
        func setArg(_ a: CallArgs) throws -> SetObject {
            let v = try a.required(0, "other")
            if case .object(let o) = v, let s = o as? SetObject { return s }
            return try SetObject(try interpreter.iterate(v))
        }
        switch name {
        case "add": return .builtin(Builtin("add") { a, _ in try self.add(try a.required(0, "elem")); return .none })
        case "discard": return .builtin(Builtin("discard") { a, _ in _ = self.table.remove(try a.required(0, "elem")); return .none })
        case "remove":
            return .builtin(Builtin("remove") { a, _ in
                let v = try a.required(0, "elem")
                if !self.table.remove(v) { throw PyError(.key, Repr.repr(v)) }
                return .none
            })
        case "pop":
            return .builtin(Builtin("pop") { _, _ in
                guard let v = self.items.first else { throw PyError(.key, "'pop from an empty set'") }
                _ = self.table.remove(v)
                return v
            })
        case "clear": return .builtin(Builtin("clear") { _, _ in self.table = PySetTable(); return .none })
        case "copy": return .builtin(Builtin("copy") { _, _ in self.frozen ? .object(self) : .object(SetObject(self.table.copied())) })
        case "update":
            return .builtin(Builtin("update") { a, interp in
                for v in a.positional { for x in try interp.iterate(v) { try self.add(x) } }
                return .none
            })
        case "union": return .builtin(Builtin("union") { a, _ in .object(SetObject.union(self, try setArg(a))) })
        case "intersection": return .builtin(Builtin("intersection") { a, _ in .object(try SetObject.intersection(self, try setArg(a))) })
        case "difference": return .builtin(Builtin("difference") { a, _ in .object(try SetObject.difference(self, try setArg(a))) })
        case "symmetric_difference": return .builtin(Builtin("symmetric_difference") { a, _ in .object(try SetObject.symmetricDifference(self, try setArg(a))) })
        case "isdisjoint": return .builtin(Builtin("isdisjoint") { a, _ in let o = try setArg(a); return .bool(!self.items.contains { o.table.contains($0) }) })
        case "difference_update":
            return .builtin(Builtin("difference_update") { a, _ in
                for v in try setArg(a).items { _ = self.table.remove(v) }
                return .none
            })
        case "intersection_update":
            return .builtin(Builtin("intersection_update") { a, _ in
                let o = try setArg(a)
                for v in self.items where !o.table.contains(v) { _ = self.table.remove(v) }
                return .none
            })
        case "issubset": return .builtin(Builtin("issubset") { a, _ in let o = try setArg(a); return .bool(self.items.allSatisfy { o.table.contains($0) }) })
        case "issuperset": return .builtin(Builtin("issuperset") { a, _ in let o = try setArg(a); return .bool(o.items.allSatisfy { self.table.contains($0) }) })
        default: return nil
        }
    }
}
