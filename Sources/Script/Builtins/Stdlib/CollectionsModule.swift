import Autograd

/// Which dict class a `DictBox` is: `dict`, or one of the `collections` subclasses that print and
/// answer missing keys differently.
enum DictFlavor {
    case plain
    case ordered
    /// `defaultdict(factory)`: a missing key gets `factory()` (None: raises KeyError as a dict).
    case defaultDict(Value)
    /// `Counter`: a missing key counts 0.
    case counter

    var typeName: String {
        switch self {
        case .plain: return "dict"
        case .ordered: return "OrderedDict"
        case .defaultDict: return "defaultdict"
        case .counter: return "Counter"
        }
    }
}

extension Interpreter {
    /// `d[key]` for a key `d` does not hold: `defaultdict` inserts `factory()`, `Counter` answers 0.
    func missingKey(_ d: DictBox, _ key: Value) throws -> Value {
        switch d.flavor {
        case .defaultDict(let factory) where !factory.isNone:
            var none = CallArgs()
            let v = try call(factory, &none)
            try d.set(key, v)
            return v
        case .counter: return .int(0)
        default: throw PyError(.key, Repr.repr(key))
        }
    }
}

extension DictBox {
    /// Adds `source` (a mapping or an iterable of pairs) then the keywords, as `dict(source, **kw)`.
    func fill(from source: Value?, keywords: [(String, Value)], _ interp: Interpreter) throws {
        if let given = source {
            let source = BuiltinSubclass.unwrap(given)
            if case .dict(let other) = source {
                for (k, v) in other.entries { try set(k, v) }
            } else {
                var n = 0
                try interp.forEach(source) { item in
                    let pair: [Value]
                    do { pair = try interp.iterate(item) } catch {
                        throw PyError(.type, "cannot convert dictionary update sequence element #\(n) to a sequence")
                    }
                    guard pair.count == 2 else {
                        throw PyError(.value, "dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
                    }
                    try set(pair[0], pair[1])
                    n += 1
                    return true
                }
            }
        }
        for (k, v) in keywords { try set(.string(k), v) }
    }

    /// Counter's update: counts each item of an iterable, or adds a mapping's counts.
    func count(_ source: Value, _ interp: Interpreter, sign: Int = 1) throws {
        if case .dict(let other) = source {
            for (k, v) in other.entries {
                let cur = get(k) ?? .int(0)
                try set(k, try Arithmetic.binary(sign > 0 ? .add : .subtract, cur, v, interp))
            }
            return
        }
        try interp.forEach(source) { item in
            let cur = get(item) ?? .int(0)
            try set(item, try Arithmetic.binary(sign > 0 ? .add : .subtract, cur, .int(1), interp))
            return true
        }
    }

    /// Counter's items by count, largest first (ties in insertion order).
    func mostCommon() throws -> [(key: Value, value: Value)] {
        var failure: Error?
        let sorted = entries.enumerated().sorted { x, y in
            do {
                let c = try Arithmetic.order(x.element.value, y.element.value, ">")
                return c > 0 || (c == 0 && x.offset < y.offset)
            } catch { failure = error; return false }
        }.map(\.element)
        if let failure { throw failure }
        return sorted
    }

    /// The repr of a `collections` dict, given the plain dict repr of its entries.
    func flavoredRepr(_ plain: String, item: (Value) -> String) -> String {
        switch flavor {
        case .plain: return plain
        case .ordered:
            if entries.isEmpty { return "OrderedDict()" }
            return "OrderedDict([" + entries.map { "(\(item($0.key)), \(item($0.value)))" }.joined(separator: ", ") + "])"
        case .defaultDict(let f): return "defaultdict(\(item(f)), \(plain))"
        case .counter:
            if entries.isEmpty { return "Counter()" }
            let sorted = (try? mostCommon()) ?? entries
            return "Counter({" + sorted.map { "\(item($0.key)): \(item($0.value))" }.joined(separator: ", ") + "})"
        }
    }
}

/// `collections.deque`: a list with cheap appends at both ends and an optional `maxlen`.
final class DequeObject: PySequenceObject {
    var items: [Value]
    let maxlen: Int?

    init(_ items: [Value], maxlen: Int?) {
        self.maxlen = maxlen
        self.items = []
        for v in items { append(v) }
    }

    func append(_ v: Value) {
        items.append(v)
        if let m = maxlen, items.count > m { items.removeFirst(items.count - m) }
    }

    func appendLeft(_ v: Value) {
        items.insert(v, at: 0)
        if let m = maxlen, items.count > m { items.removeLast(items.count - m) }
    }

    var typeName: String { "deque" }
    var attributeNames: [String] {
        ["append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index", "insert", "maxlen", "pop", "popleft", "remove", "reverse", "rotate"]
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        func method(_ f: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value { .builtin(Builtin(name, f)) }
        switch name {
        case "append": return method { a, _ in self.append(try a.required(0, "x")); return .none }
        case "appendleft": return method { a, _ in self.appendLeft(try a.required(0, "x")); return .none }
        case "extend": return method { a, i in for v in try i.iterate(try a.required(0, "iterable")) { self.append(v) }; return .none }
        case "extendleft": return method { a, i in for v in try i.iterate(try a.required(0, "iterable")) { self.appendLeft(v) }; return .none }
        case "pop":
            return method { _, _ in
                guard let v = self.items.popLast() else { throw PyError(.index, "pop from an empty deque") }
                return v
            }
        case "popleft":
            return method { _, _ in
                guard !self.items.isEmpty else { throw PyError(.index, "pop from an empty deque") }
                return self.items.removeFirst()
            }
        case "clear": return method { _, _ in self.items.removeAll(); return .none }
        case "copy": return method { _, _ in .object(DequeObject(self.items, maxlen: self.maxlen)) }
        case "count": return method { a, _ in let x = try a.required(0, "x"); return .int(self.items.filter { Arithmetic.equal($0, x) }.count) }
        case "index":
            return method { a, _ in
                let x = try a.required(0, "x")
                guard let i = self.items.firstIndex(where: { Arithmetic.equal($0, x) }) else { throw PyError(.value, "\(Repr.repr(x)) is not in deque") }
                return .int(i)
            }
        case "insert":
            return method { a, _ in
                if let m = self.maxlen, self.items.count >= m { throw PyError(.index, "deque already at its maximum size") }
                var i = try a.int(0, "i")
                if i < 0 { i += self.items.count }
                self.items.insert(try a.required(1, "x"), at: min(max(i, 0), self.items.count))
                return .none
            }
        case "remove":
            return method { a, _ in
                let x = try a.required(0, "value")
                guard let i = self.items.firstIndex(where: { Arithmetic.equal($0, x) }) else { throw PyError(.value, "deque.remove(x): x not in deque") }
                self.items.remove(at: i)
                return .none
            }
        case "reverse": return method { _, _ in self.items.reverse(); return .none }
        case "rotate":
            return method { a, _ in
                let n = self.items.count
                guard n > 0 else { return .none }
                let k = ((try a.int(0, "n", default: 1) % n) + n) % n
                self.items = Array(self.items[(n - k)...] + self.items[..<(n - k)])
                return .none
            }
        case "maxlen": return maxlen.map { .int($0) } ?? Value.none
        default: return nil
        }
    }

    func repr() -> String {
        let body = "[" + items.map(Repr.repr).joined(separator: ", ") + "]"
        return maxlen.map { "deque(\(body), maxlen=\($0))" } ?? "deque(\(body))"
    }
}

/// An instance of a `namedtuple` class: a tuple whose items also have names.
final class NamedTupleObject: PySequenceObject {
    let typeName: String
    let fields: [String]
    let items: [Value]

    init(typeName: String, fields: [String], items: [Value]) {
        self.typeName = typeName
        self.fields = fields
        self.items = items
    }

    var attributeNames: [String] { fields + ["_asdict", "_fields", "_replace"] }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        if let i = fields.firstIndex(of: name) { return items[i] }
        switch name {
        case "_fields": return .tuple(fields.map { .string($0) })
        case "_asdict":
            return .builtin(Builtin("_asdict") { _, _ in
                let d = DictBox(zip(self.fields, self.items).map { (key: .string($0), value: $1) })
                return .dict(d)
            })
        case "_replace":
            return .builtin(Builtin("_replace") { a, _ in
                var values = self.items
                for (k, v) in a.keywords {
                    guard let i = self.fields.firstIndex(of: k) else { throw PyError(.value, "Got unexpected field names: ['\(k)']") }
                    values[i] = v
                }
                return .object(NamedTupleObject(typeName: self.typeName, fields: self.fields, items: values))
            })
        case "count": return .builtin(Builtin("count") { a, _ in let x = try a.required(0, "value"); return .int(self.items.filter { Arithmetic.equal($0, x) }.count) })
        case "index":
            return .builtin(Builtin("index") { a, _ in
                let x = try a.required(0, "value")
                guard let i = self.items.firstIndex(where: { Arithmetic.equal($0, x) }) else { throw PyError(.value, "tuple.index(x): x not in tuple") }
                return .int(i)
            })
        default: return nil
        }
    }

    func repr() -> String {
        typeName + "(" + zip(fields, items).map { "\($0)=\(Repr.repr($1))" }.joined(separator: ", ") + ")"
    }
}

/// Python's `collections`: OrderedDict, defaultdict, Counter, namedtuple, deque.
enum CollectionsModule {
    static func make() -> NamespaceObject {
        var m: [String: Value] = [:]
        m["OrderedDict"] = .object(BuiltinType("OrderedDict", qualifiedName: "collections.OrderedDict") { a, interp in
            let d = DictBox()
            d.flavor = .ordered
            try d.fill(from: a.positional.first, keywords: a.keywords, interp)
            return .dict(d)
        })
        m["defaultdict"] = .object(BuiltinType("defaultdict", qualifiedName: "collections.defaultdict") { a, interp in
            let factory = a.positional.first ?? .none
            if !factory.isNone, !isCallable(factory) { throw PyError(.type, "first argument must be callable or None") }
            let d = DictBox()
            d.flavor = .defaultDict(factory)
            try d.fill(from: a.positional.dropFirst().first, keywords: a.keywords, interp)
            return .dict(d)
        })
        m["Counter"] = .object(BuiltinType("Counter", qualifiedName: "collections.Counter") { a, interp in
            let d = DictBox()
            d.flavor = .counter
            if let src = a.positional.first { try d.count(src, interp) }
            for (k, v) in a.keywords { try d.set(.string(k), v) }
            return .dict(d)
        })
        m["deque"] = .object(BuiltinType("deque", qualifiedName: "collections.deque") { a, interp in
            let items = try a.value(0, "iterable").map { try interp.iterate($0) } ?? []
            let maxlen = try a.value(1, "maxlen").flatMap { $0.isNone ? nil : $0 }.map(MathModule.index)
            if let m = maxlen, m < 0 { throw PyError(.value, "maxlen must be non-negative") }
            return .object(DequeObject(items, maxlen: maxlen))
        })
        m["namedtuple"] = .builtin(Builtin("namedtuple") { a, interp in
            let name = Repr.str(try a.required(0, "typename"))
            let spec = try a.required(1, "field_names")
            var fields: [String]
            if case .string(let s) = spec {
                fields = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
            } else {
                fields = try interp.iterate(spec).map(Repr.str)
            }
            for f in fields where f.hasPrefix("_") || f.first?.isNumber == true {
                throw PyError(.value, "Field names cannot start with an underscore: \(Repr.quote(f))")
            }
            let defaults = try a.value(nil, "defaults").flatMap { $0.isNone ? nil : $0 }.map { try interp.iterate($0) } ?? []
            let fieldList = fields
            let make = BuiltinType(name, qualifiedName: "__main__.\(name)", members: ["_fields": .tuple(fieldList.map { .string($0) })]) { a, _ in
                var values = [Value?](repeating: nil, count: fieldList.count)
                if a.positional.count > fieldList.count {
                    throw PyError(.type, "\(name).__new__() takes \(fieldList.count + 1) positional arguments but \(a.positional.count + 1) were given")
                }
                for (i, v) in a.positional.enumerated() { values[i] = v }
                for (k, v) in a.keywords {
                    guard let i = fieldList.firstIndex(of: k) else { throw PyError(.type, "\(name).__new__() got an unexpected keyword argument '\(k)'") }
                    if values[i] != nil { throw PyError(.type, "\(name).__new__() got multiple values for argument '\(k)'") }
                    values[i] = v
                }
                let firstDefault = fieldList.count - defaults.count
                for i in values.indices where values[i] == nil && i >= firstDefault { values[i] = defaults[i - firstDefault] }
                let missing = fieldList.indices.filter { values[$0] == nil }.map { "'\(fieldList[$0])'" }
                if !missing.isEmpty {
                    let joined = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
                    throw PyError(.type, "\(name).__new__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(joined)")
                }
                return .object(NamedTupleObject(typeName: name, fields: fieldList, items: values.map { $0 ?? .none }))
            }
            let construct = make.construct
            make.members["_make"] = .builtin(Builtin("_make") { a, interp in
                var args = CallArgs(try interp.iterate(try a.required(0, "iterable")), name: name)
                return try construct(&args, interp)
            })
            return .object(make)
        })
        return NamespaceObject("collections", m)
    }

    static func isCallable(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin: return true
        case .object(let o): return o is BuiltinType || o is TypeObject || o is ClassObject || (o as? Instance)?.cls.lookup("__call__") != nil
        default: return false
        }
    }
}
