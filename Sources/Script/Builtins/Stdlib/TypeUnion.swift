import Autograd

/// `int | None`, `str | list[int]`: PEP 604's `types.UnionType`. Prints as CPython does and works
/// as the second argument of `isinstance` / `issubclass`.
final class TypeUnion: PyObject {
    let members: [Value]
    init(_ members: [Value]) { self.members = members }

    var typeName: String { "types.UnionType" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        name == "__args__" ? .tuple(members) : nil
    }
    func repr() -> String { members.map(TypeUnion.show).joined(separator: " | ") }

    static func show(_ v: Value) -> String {
        switch v {
        case .builtin(let b): return b.name
        case .none: return "None"
        case .object(let c as ClassObject): return c.isBuiltin ? c.name : "\(c.module).\(c.qualname)"
        case .object(let t as TypeObject): return t.name
        default: return Repr.repr(v)
        }
    }

    /// Whether `v` can stand on either side of `|` making a union (a class, a typing name, None).
    static func isTypeLike(_ v: Value) -> Bool {
        switch v {
        case .none: return true
        case .builtin(let b): return Repr.typeBuiltins.contains(b.name)
        case .object(let o): return o is ClassObject || o is TypeObject || o is TypingAlias || o is TypeUnion
        default: return false
        }
    }

    /// `a | b` for two type-like values (unions flatten, duplicates drop), or nil.
    static func union(_ a: Value, _ b: Value) -> Value? {
        guard isTypeLike(a), isTypeLike(b), !(a.isNone && b.isNone) else { return nil }
        if case .object(let o) = a, o is TypingAlias { return nil }
        if case .object(let o) = b, o is TypingAlias { return nil }
        func flat(_ v: Value) -> [Value] { if case .object(let u as TypeUnion) = v { return u.members }; return [v] }
        var out: [Value] = []
        for m in flat(a) + flat(b) where !out.contains(where: { Arithmetic.identical($0, m) || TypeUnion.show($0) == TypeUnion.show(m) }) {
            out.append(m)
        }
        return .object(TypeUnion(out))
    }
}
