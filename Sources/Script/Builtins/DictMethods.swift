/// The mutating and copying dict methods (`pop`, `setdefault`, `update`, `copy`, `clear`,
/// `popitem`) the bundled library and course code use; `items`/`keys`/`values`/`get` are in ValueMethods.
enum DictMethods {
    static let names = ["pop", "setdefault", "update", "copy", "clear", "popitem"]

    static func method(_ d: DictBox, _ name: String) -> Value? {
        func method(_ f: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value { .builtin(Builtin(name, f)) }
        switch name {
        case "pop":
            return method { a, _ in
                let key = try a.required(0, "key")
                if let i = d.entries.firstIndex(where: { Arithmetic.equal($0.key, key) }) { return d.entries.remove(at: i).value }
                if let dflt = a.value(1, "default") { return dflt }
                throw PyError(.key, Repr.repr(key))
            }
        case "setdefault":
            return method { a, _ in
                let key = try a.required(0, "key")
                if let v = d.get(key) { return v }
                let v = a.value(1, "default") ?? .none
                try d.set(key, v)
                return v
            }
        case "update":
            return method { a, interp in
                if let other = a.value(0, "other") {
                    if case .dict(let o) = other {
                        for e in o.entries { try d.set(e.key, e.value) }
                    } else {
                        for item in try interp.iterate(other) {
                            let pair = try interp.iterate(item)
                            guard pair.count == 2 else {
                                throw PyError(.value, "dictionary update sequence element #0 has length \(pair.count); 2 is required")
                            }
                            try d.set(pair[0], pair[1])
                        }
                    }
                }
                for (k, v) in a.keywords { try d.set(.string(k), v) }
                return .none
            }
        case "copy": return method { _, _ in .dict(DictBox(d.entries)) }
        case "clear": return method { _, _ in d.entries.removeAll(); return .none }
        case "popitem":
            return method { _, _ in
                guard let last = d.entries.popLast() else { throw PyError(.key, "'popitem(): dictionary is empty'") }
                return .tuple([last.key, last.value])
            }
        default: return nil
        }
    }
}
