import Autograd

/// Bumped whenever any class of an interpreter changes, so every class's attribute cache (which
/// also holds what its bases define) can tell it is stale.
final class ClassEpoch {
    var value = 0
}

/// A Python class: user-defined (`class C(B): ...`) or one of the built-in classes user classes
/// derive from (`object`, the exception hierarchy). Attribute lookup follows the C3 MRO through a
/// per-class cache.
public final class ClassObject: PyObject {
    public let name: String
    var qualname: String
    let module: String
    private(set) var bases: [ClassObject]
    private(set) var mro: [ClassObject] = []
    /// The class namespace, in definition order (string keys).
    let namespace: DictBox
    /// For the built-in exception classes: the kind of the native errors of this class.
    let errorKind: PyError.Kind?
    let epoch: ClassEpoch
    weak var interpreter: Interpreter?
    private var cache: [String: Value?] = [:]
    private var cacheEpoch = -1
    /// The user metaclass this class is an instance of (`class C(metaclass=M)` or inherited from a
    /// base); nil for plain `type`.
    var metaclass: ClassObject?
    /// Derived from BaseException.
    private(set) var isException = false
    var isBuiltin: Bool { module == "builtins" }

    init(name: String, qualname: String? = nil, module: String, bases: [ClassObject], namespace: DictBox = DictBox(),
         errorKind: PyError.Kind? = nil, epoch: ClassEpoch, interpreter: Interpreter?, mroTail: [ClassObject]) {
        self.name = name
        self.qualname = qualname ?? name
        self.module = module
        self.bases = bases
        self.namespace = namespace
        self.errorKind = errorKind
        self.epoch = epoch
        self.interpreter = interpreter
        self.mro = [self] + mroTail
        self.isException = name == "BaseException" && module == "builtins" || bases.contains { $0.isException }
        for b in bases { b.subclassRefs.append(WeakClass(self)) }
    }

    /// The classes derived directly from this one that still exist (`__subclasses__()`).
    private var subclassRefs: [WeakClass] = []

    /// CPython's C3 linearization of a new class with `bases`, without the class itself.
    static func linearize(bases: [ClassObject]) throws -> [ClassObject] {
        var seqs = bases.map(\.mro) + [bases]
        var result: [ClassObject] = []
        while true {
            seqs.removeAll { $0.isEmpty }
            if seqs.isEmpty { return result }
            var next: ClassObject?
            for s in seqs where !seqs.contains(where: { $0.dropFirst().contains { $0 === s[0] } }) {
                next = s[0]
                break
            }
            guard let c = next else {
                let names = bases.map(\.name).joined(separator: ", ")
                throw PyError(.type, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(c)
            seqs = seqs.map { $0.first === c ? Array($0.dropFirst()) : $0 }
        }
    }

    /// `name` defined in this class itself.
    func own(_ name: String) -> Value? { namespace.stringKeyed(name) }

    private var customGetattribute = false
    private var customSetattr = false

    /// Whether attribute reads go through a user `__getattribute__` (cached).
    var hasCustomGetattribute: Bool { validate(); return customGetattribute }
    /// Whether attribute writes go through a user `__setattr__` (cached).
    var hasCustomSetattr: Bool { validate(); return customSetattr }

    private func validate() {
        guard cacheEpoch != epoch.value else { return }
        cache.removeAll(keepingCapacity: true)
        cacheEpoch = epoch.value
        customGetattribute = overrides("__getattribute__")
        customSetattr = overrides("__setattr__")
    }

    /// The plain function `obj.name` calls when it is one (and no `__getattribute__` intervenes):
    /// the fast path of a method call.
    func method(_ name: String) -> Function? {
        validate()
        if customGetattribute { return nil }
        if case .function(let f)? = lookup(name) { return f }
        return nil
    }

    /// `name` found along the MRO (cached).
    func lookup(_ name: String) -> Value? {
        validate()
        if let hit = cache[name] { return hit }
        var found: Value?
        for c in mro {
            if let v = c.own(name) { found = v; break }
        }
        cache[name] = .some(found)
        return found
    }

    /// Whether `name` resolves to something a user wrote (not one of `object`'s native slots).
    func overrides(_ name: String) -> Bool {
        guard let v = lookup(name) else { return false }
        if case .object(let o) = v, o is NativeMethod { return false }
        return true
    }

    func isSubclass(of other: ClassObject) -> Bool { mro.contains { $0 === other } }

    /// The attribute names instances may hold when every class of the MRO declares `__slots__`
    /// (such instances have no `__dict__`); nil otherwise.
    var slotNames: Set<String>? {
        var names = Set<String>()
        for c in mro where !c.isBuiltin {
            guard let slots = c.own("__slots__") else { return nil }
            switch slots {
            case .string(let s): names.insert(s)
            case .tuple(let items): for case .string(let s) in items { names.insert(s) }
            case .list(let l): for case .string(let s) in l.items { names.insert(s) }
            default: return nil
            }
        }
        return names.contains("__dict__") ? nil : names
    }

    /// Sets a class attribute (`C.x = v`, or the class body's names).
    func setOwn(_ name: String, _ v: Value) throws {
        if isBuiltin {
            throw PyError(.type, "cannot set '\(name)' attribute of immutable type '\(name == "" ? "" : self.name)'")
        }
        try namespace.set(.string(name), v)
        epoch.value &+= 1
    }

    func removeOwn(_ name: String) -> Bool {
        guard let i = namespace.entries.firstIndex(where: { if case .string(let k) = $0.key { return k == name }; return false }) else { return false }
        namespace.entries.remove(at: i)
        epoch.value &+= 1
        return true
    }

    /// The name as Python prints it in reprs: `__main__.C`, or `ValueError` for built-ins.
    var displayName: String { isBuiltin ? qualname : "\(module).\(qualname)" }

    // MARK: PyObject

    public var typeName: String { "type" }
    public var attributeNames: [String] {
        var names = Set<String>()
        for c in mro { for e in c.namespace.entries { if case .string(let k) = e.key { names.insert(k) } } }
        return names.sorted()
    }

    public func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__name__": return .string(self.name)
        case "__qualname__": return .string(qualname)
        case "__module__": return own("__module__") ?? .string(module)
        case "__bases__": return .tuple(bases.map { .object($0) })
        case "__mro__": return .tuple(mro.map { .object($0) })
        case "__base__": return bases.first.map { .object($0) } ?? Value.none
        case "__class__": return metaclass.map { .object($0) } ?? .object(TypeObject(name: "type"))
        case "__dict__":
            return .dict(DictBox(namespace.entries))
        case "__doc__": return own("__doc__") ?? Value.none
        case "mro": return .builtin(Builtin("mro") { [mro] _, _ in .list(ListBox(mro.map { .object($0) })) })
        case "__subclasses__":
            return .builtin(Builtin("__subclasses__") { [weak self] _, _ in
                .list(ListBox((self?.subclassRefs ?? []).compactMap { $0.cls.map { .object($0) } }))
            })
        default: break
        }
        if let v = try interpreter.metaclassAttribute(self, name, dataOnly: true) { return v }
        guard let v = lookup(name) else {
            if let v = try interpreter.metaclassAttribute(self, name, dataOnly: false) { return v }
            throw PyError(.attribute, "type object '\(self.name)' has no attribute '\(name)'",
                          hint: Suggest.hint(for: name, among: attributeNames))
        }
        return try interpreter.bindToClass(v, self)
    }

    public func repr() -> String {
        if let interp = interpreter, metaclass != nil,
           case .string(let s)? = interp.classes.recording({ try interp.metaclassSpecial(self, "__repr__", []) }) ?? nil {
            return s
        }
        return "<class '\(displayName)'>"
    }

    public func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        // A metaclass's __call__ (EnumType's member lookup) replaces type.__call__.
        if let meta = metaclass, meta.overrides("__call__"), let f = meta.lookup("__call__") {
            return try interpreter.invoke(f, on: .object(self), owner: meta, &args)
        }
        return try interpreter.instantiate(self, &args)
    }
}

/// A subclass as its base remembers it (without keeping it alive).
final class WeakClass {
    weak var cls: ClassObject?
    init(_ cls: ClassObject) { self.cls = cls }
}

/// The scope a class body runs in: its names become the class namespace, in order.
final class ClassBodyScope: Scope {
    private(set) var order: [String] = []
    let name: String
    let qualname: String
    /// Filled with the class once it exists; methods defined in the body read it for `super()`.
    let cell: ClassCell

    init(parent: Scope?, name: String, qualname: String, cell: ClassCell) {
        self.name = name
        self.qualname = qualname
        self.cell = cell
        super.init(vars: [:], parent: parent)
    }

    /// Names like `__x` in a class body are private: stored as `_C__x`.
    private func mangled(_ name: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = self.name.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_" + stripped + name
    }

    override func set(_ name: String, _ v: Value) {
        let name = mangled(name)
        if vars[name] == nil { order.append(name) }
        super.set(name, v)
    }

    override func value(_ name: String) -> Value? { super.value(mangled(name)) }

    override func remove(_ name: String) -> Value? {
        let name = mangled(name)
        order.removeAll { $0 == name }
        return super.remove(name)
    }
}

/// CPython's `__class__` cell: the class a method was defined in (for zero-argument `super()`).
final class ClassCell {
    var cls: ClassObject?
}

extension DictBox {
    /// The value under the string key `name` (attribute storage: compares strings only).
    func stringKeyed(_ name: String) -> Value? {
        for e in entries {
            if case .string(let k) = e.key, k == name { return e.value }
        }
        return nil
    }

    /// Sets the string key `name` (attribute storage).
    func setStringKeyed(_ name: String, _ v: Value) {
        for i in entries.indices {
            if case .string(let k) = entries[i].key, k == name { entries[i].value = v; return }
        }
        entries.append((.string(name), v))
    }

    /// Removes the string key `name`; false when absent.
    func removeStringKeyed(_ name: String) -> Bool {
        guard let i = entries.firstIndex(where: { if case .string(let k) = $0.key { return k == name }; return false }) else { return false }
        entries.remove(at: i)
        return true
    }
}
