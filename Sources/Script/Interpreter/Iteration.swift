import Autograd

/// A Python iterator implemented in Swift (generators, `map`/`zip`/`enumerate`, itertools, `iter(x)`):
/// items come one at a time, so infinite iterators work with `islice`, `next` and `break`.
protocol PyIterator: PyObject {
    /// The next item, or nil once exhausted (Python's StopIteration).
    func next(_ interp: Interpreter) throws -> Value?
}

/// An object holding items (dict views, `deque`, named tuples): `len`, iteration and `in` see `items`.
protocol PyCollection: PyObject {
    var items: [Value] { get }
}

/// A collection that is also indexable as a tuple (named tuples, `deque`): `obj[i]`, `obj[a:b]`.
protocol PySequenceObject: PyCollection {}

/// An object with `obj[index]` (typing's `List[int]`, `deque[i]`, …).
protocol PySubscriptable: PyObject {
    func item(_ index: Value, _ interp: Interpreter) throws -> Value
}

/// An iterator whose items come from a Swift closure; once the closure answers nil it stays exhausted
/// (and drops what it captured).
final class ClosureIterator: PyIterator {
    let label: String
    private var step: ((Interpreter) throws -> Value?)?

    init(_ label: String, _ step: @escaping (Interpreter) throws -> Value?) {
        self.label = label
        self.step = step
    }

    /// An iterator over items already computed.
    convenience init(_ label: String, items: [Value]) {
        var i = 0
        self.init(label) { _ in
            guard i < items.count else { return nil }
            i += 1
            return items[i - 1]
        }
    }

    var typeName: String { label }

    func next(_ interp: Interpreter) throws -> Value? {
        guard let s = step else { return nil }
        if let v = try s(interp) { return v }
        step = nil
        return nil
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { IteratorMethods.attribute(self, name) }
    func repr() -> String { "<\(label) object at \(Repr.address(self))>" }
}

/// `__next__` and `__iter__` of every Swift iterator.
enum IteratorMethods {
    static func attribute(_ it: PyIterator, _ name: String) -> Value? {
        switch name {
        case "__next__":
            return .builtin(Builtin("__next__") { _, interp in
                guard let v = try it.next(interp) else { throw PyError(.stopIteration, "") }
                return v
            })
        case "__iter__": return .builtin(Builtin("__iter__") { _, _ in .object(it) })
        default: return nil
        }
    }
}

extension Interpreter {
    /// `iter(v)`: an iterator over `v` (an iterator is its own iterator). Lists are iterated live, as in
    /// Python (items appended during the loop are seen).
    func makeIterator(_ v: Value) throws -> PyIterator {
        switch v {
        case .object(let o as PyIterator): return o
        case .object(let inst as Instance): return try instanceIterator(inst)
        case .object(let c as ClassObject):
            guard let it = try metaclassSpecial(c, "__iter__", []) else { throw PyError(.type, "'\(c.metaclass?.name ?? "type")' object is not iterable") }
            return try makeIterator(it)
        case .list(let l):
            var i = 0
            return ClosureIterator("list_iterator") { _ in
                guard i < l.items.count else { return nil }
                i += 1
                return l.items[i - 1]
            }
        case .range(let a, let b, let c):
            let n = Builtins.rangeCount(a, b, c)
            var i = 0
            return ClosureIterator("range_iterator") { _ in
                guard i < n else { return nil }
                i += 1
                return .int(a &+ (i - 1) &* c)
            }
        case .tuple(let t): return ClosureIterator("tuple_iterator", items: t)
        case .string(let s): return ClosureIterator("str_iterator", items: s.map { .string(String($0)) })
        case .dict(let d): return ClosureIterator("dict_keyiterator", items: d.entries.map(\.key))
        case .object(let o as SetObject): return ClosureIterator("set_iterator", items: o.items)
        case .object(let r as BigRange): return r.iterator()
        default: return ClosureIterator("iterator", items: try iterate(v))
        }
    }

    /// All remaining items of an iterator (`list(gen)`); an endless one stops at the element limit.
    func drain(_ it: PyIterator) throws -> [Value] {
        var out = [Value]()
        while let v = try it.next(self) {
            out.append(v)
            if out.count & 0xffff == 0 {
                try checkInterrupt()
                if out.count > maxElements { throw PyError(.memory, "iterator yields more than \(maxElements) items (gradstep's limit)") }
            }
        }
        return out
    }

    /// Calls `body` with each item of `v` until it answers false; iterators are consumed lazily.
    func forEach(_ v: Value, _ body: (Value) throws -> Bool) throws {
        switch v {
        case .object(let o as PyIterator):
            while let x = try o.next(self) { if try !body(x) { return } }
        case .object(let inst as Instance):
            let it = try instanceIterator(inst)
            while let x = try it.next(self) { if try !body(x) { return } }
        case .object(is ClassObject):
            let it = try makeIterator(v)
            while let x = try it.next(self) { if try !body(x) { return } }
        case .list(let l):
            var i = 0
            while i < l.items.count {
                if try !body(l.items[i]) { return }
                i += 1
            }
        default:
            for x in try iterate(v) { if try !body(x) { return } }
        }
    }
}
