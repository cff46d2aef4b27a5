import Autograd

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class DictView: PyCollection {
    enum Kind: String { case keys, values, items }
    let dict: DictBox
    let kind: Kind
    init(_ dict: DictBox, _ kind: Kind) { self.dict = dict; self.kind = kind }

    var items: [Value] {
        switch kind {
        case .keys: return dict.entries.map(\.key)
        case .values: return dict.entries.map(\.value)
        case .items: return dict.entries.map { .tuple([$0.key, $0.value]) }
        }
    }
    var typeName: String {
        if case .ordered = dict.flavor { return "odict_\(kind.rawValue)" }
        return "dict_\(kind.rawValue)"
    }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { nil }
    func repr() -> String { typeName + "(" + Repr.repr(.list(ListBox(items))) + ")" }
}

/// The methods of `dict` and of its `collections` flavors (Counter, OrderedDict, defaultdict).
enum DictMethods {
    static let names = ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]

    static func get(_ d: DictBox, _ name: String, _ interp: Interpreter) -> Value? {
        if interp.loopWatch != nil, ["pop", "popitem", "setdefault", "update", "clear"].contains(name) { interp.loopWatch?.impure("dict.\(name)()") }
        func method(_ f: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value { .builtin(Builtin(name, f)) }
        switch (name, d.flavor) {
        case ("most_common", .counter):
            return method { a, _ in
                var all = try d.mostCommon()
                if let n = a.value(0, "n"), !n.isNone { all = Array(all.prefix(max(try MathModule.index(n), 0))) }
                return .list(ListBox(all.map { .tuple([$0.key, $0.value]) }))
            }
        case ("elements", .counter):
            return method { _, _ in
                var out: [Value] = []
                for e in d.entries { if case .int(let n) = e.value, n > 0 { out += Array(repeating: e.key, count: n) } }
                return .object(ClosureIterator("itertools.chain", items: out))
            }
        case ("update", .counter):
            return method { a, interp in
                if let src = a.positional.first { try d.count(src, interp) }
                for (k, v) in a.keywords { try d.set(.string(k), try Arithmetic.binary(.add, d.get(.string(k)) ?? .int(0), v, interp)) }
                return .none
            }
        case ("subtract", .counter):
            return method { a, interp in
                if let src = a.positional.first { try d.count(src, interp, sign: -1) }
                return .none
            }
        case ("total", .counter):
            return method { _, interp in try d.entries.reduce(Value.int(0)) { try Arithmetic.binary(.add, $0, $1.value, interp) } }
        case ("move_to_end", .ordered):
            return method { a, _ in
                let k = try a.required(0, "key")
                guard let i = d.entries.firstIndex(where: { Arithmetic.equal($0.key, k) }) else { throw PyError(.key, Repr.repr(k)) }
                let e = d.entries.remove(at: i)
                if try a.bool(1, "last", default: true) { d.entries.append(e) } else { d.entries.insert(e, at: 0) }
                return .none
            }
        case ("default_factory", .defaultDict(let f)):
            return f
        default: break
        }
        switch name {
        case "keys": return method { _, _ in .object(DictView(d, .keys)) }
        case "values": return method { _, _ in .object(DictView(d, .values)) }
        case "items": return method { _, _ in .object(DictView(d, .items)) }
        case "get":
            return method { a, _ in
                let k = try a.required(0, "key")
                try CopyModule.checkHashable(k)
                return d.get(k) ?? (a.value(1, "default") ?? .none)
            }
        case "pop":
            return method { a, _ in
                let k = try a.required(0, "key")
                try CopyModule.checkHashable(k)
                if let i = d.position(k) { return d.entries.remove(at: i).value }
                if let dv = a.value(1, "default") { return dv }
                throw PyError(.key, Repr.repr(k))
            }
        case "popitem":
            return method { a, _ in
                guard !d.entries.isEmpty else { throw PyError(.key, "'popitem(): dictionary is empty'") }
                let last = try a.bool(0, "last", default: true)
                let e = last ? d.entries.removeLast() : d.entries.removeFirst()
                return .tuple([e.key, e.value])
            }
        case "setdefault":
            return method { a, _ in
                let k = try a.required(0, "key")
                if let v = d.get(k) { return v }
                let v = a.value(1, "default") ?? .none
                try d.set(k, v)
                return v
            }
        case "update":
            return method { a, interp in
                if a.positional.count > 1 { throw PyError(.type, "update expected at most 1 argument, got \(a.positional.count)") }
                try d.fill(from: a.positional.first, keywords: a.keywords, interp)
                return .none
            }
        case "clear": return method { _, _ in d.entries.removeAll(); return .none }
        case "copy":
            return method { _, _ in
                let c = DictBox(d.entries)
                c.flavor = d.flavor
                return .dict(c)
            }
        case "fromkeys":
            return method { a, interp in
                let c = DictBox()
                let v = a.value(1, "value") ?? .none
                for k in try interp.iterate(try a.required(0, "iterable")) { try c.set(k, v) }
                return .dict(c)
            }
        default: return nil
        }
    }
}
