import Autograd

/// An instance of a user class (or of a built-in exception class): its class and its `__dict__`.
public final class Instance: PyObject {
    /// The class; `obj.__class__ = D` may change it (between user classes).
    var cls: ClassObject
    /// The instance attributes (`__dict__`), in assignment order.
    let attributes: DictBox
    /// For exceptions: `args`, `__cause__`, `__context__`, and the text of a native error it stands for.
    var exceptionArgs: [Value] = []
    var cause: Value = .none
    var context: Value = .none
    var suppressContext = false
    var nativeMessage: String?
    /// For a caught exception: the frames it passed through up to the one that caught it
    /// (outermost first), for the traceback of a chained exception.
    var traceback: [TraceFrame]?
    /// For an instance of a subclass of a built-in type (`class L(list)`): the value it is.
    var payload: Value?

    init(_ cls: ClassObject) {
        self.cls = cls
        self.attributes = DictBox()
    }

    public var typeName: String { cls.name }
    public var attributeNames: [String] {
        attributes.entries.compactMap { if case .string(let k) = $0.key { return k }; return nil } + cls.attributeNames
    }

    public func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        try interpreter.instanceAttribute(self, name)
    }

    /// The default repr: `<__main__.C object at 0x7f…>`.
    var defaultRepr: String { "<\(cls.displayName) object at \(Repr.address(self))>" }

    public func repr() -> String {
        guard let interp = cls.interpreter else { return defaultRepr }
        return interp.classes.recording { try interp.reprOf(self) } ?? defaultRepr
    }

    /// `str(obj)`.
    func str() -> String {
        guard let interp = cls.interpreter else { return defaultRepr }
        return interp.classes.recording { try interp.strOf(self) } ?? defaultRepr
    }

    public func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        guard let f = cls.lookup("__call__") else { return nil }
        return try interpreter.invoke(f, on: .object(self), owner: cls, &args)
    }
}

/// A function bound to the object it was looked up on (`obj.method`).
final class BoundMethod: PyObject {
    let function: Value
    let receiver: Value
    init(_ function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
    }
    var typeName: String { if case .object(let o) = function, o is NativeMethod { return "method-wrapper" }; return "method" }
    var functionName: String {
        switch function {
        case .function(let f): return f.qualname
        case .object(let o as NativeMethod): return o.name
        default: return "method"
        }
    }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__self__": return receiver
        case "__func__": return function
        case "__name__", "__qualname__", "__doc__", "__module__", "__wrapped__", "__dict__":
            return try interpreter.getAttribute(function, name)
        default: return nil
        }
    }
    func repr() -> String {
        if case .object(let o as NativeMethod) = function { return "<method-wrapper '\(o.name)' of \(receiver.typeName) object at \(Repr.address(self))>" }
        return "<bound method \(functionName) of \(Repr.repr(receiver))>"
    }
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        args.positional.insert(receiver, at: 0)
        return try interpreter.call(function, &args)
    }
}

/// A method of a built-in class implemented in Swift (`object.__init__`, `BaseException.__str__`);
/// it receives `self` as its first positional argument and binds like a function.
final class NativeMethod: PyObject {
    let name: String
    let owner: String
    let body: (inout CallArgs, Interpreter) throws -> Value
    init(_ name: String, owner: String, _ body: @escaping (inout CallArgs, Interpreter) throws -> Value) {
        self.name = name
        self.owner = owner
        self.body = body
    }
    var typeName: String { "wrapper_descriptor" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        n == "__name__" ? .string(name) : (n == "__qualname__" ? .string("\(owner).\(name)") : nil)
    }
    func repr() -> String { "<slot wrapper '\(name)' of '\(owner)' objects>" }
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        if args.positional.isEmpty {
            throw PyError(.type, "descriptor '\(name)' of '\(owner)' object needs an argument")
        }
        args.name = name
        return try body(&args, interpreter)
    }
}

/// A data descriptor implemented in Swift (`obj.__class__`, `obj.__dict__`, `e.args`).
final class NativeProperty: PyObject {
    let name: String
    let get: (Value, Interpreter) throws -> Value
    let set: ((Value, Value, Interpreter) throws -> Void)?
    init(_ name: String, get: @escaping (Value, Interpreter) throws -> Value, set: ((Value, Value, Interpreter) throws -> Void)? = nil) {
        self.name = name
        self.get = get
        self.set = set
    }
    var typeName: String { "getset_descriptor" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? { nil }
    func repr() -> String { "<attribute '\(name)' objects>" }
}

/// `property(fget, fset, fdel)` / `@property` with `.setter` and `.deleter`.
final class PropertyObject: PyObject {
    let fget: Value
    let fset: Value
    let fdel: Value
    /// The attribute name it was assigned to in a class body (for error messages).
    var name: String?
    init(fget: Value, fset: Value = .none, fdel: Value = .none) {
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if case .function(let f) = fget { name = f.name }
    }
    var typeName: String { "property" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        switch n {
        case "fget": return fget
        case "fset": return fset
        case "fdel": return fdel
        case "__doc__": return try? interpreter.getAttribute(fget, "__doc__")
        case "setter": return .builtin(Builtin("setter") { [self] a, _ in .object(PropertyObject(fget: fget, fset: try a.required(0, "fset"), fdel: fdel)) })
        case "getter": return .builtin(Builtin("getter") { [self] a, _ in .object(PropertyObject(fget: try a.required(0, "fget"), fset: fset, fdel: fdel)) })
        case "deleter": return .builtin(Builtin("deleter") { [self] a, _ in .object(PropertyObject(fget: fget, fset: fset, fdel: try a.required(0, "fdel"))) })
        default: return nil
        }
    }
    func repr() -> String { "<property object at \(Repr.address(self))>" }
}

/// `@staticmethod`: called without binding.
final class StaticMethodObject: PyObject {
    let function: Value
    init(_ f: Value) { function = f }
    var typeName: String { "staticmethod" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        n == "__func__" ? function : try? interpreter.getAttribute(function, n)
    }
    func repr() -> String { "<staticmethod(\(Repr.repr(function)))>" }
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? { try interpreter.call(function, &args) }
}

/// `@classmethod`: binds to the class.
final class ClassMethodObject: PyObject {
    let function: Value
    init(_ f: Value) { function = f }
    var typeName: String { "classmethod" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        n == "__func__" ? function : try? interpreter.getAttribute(function, n)
    }
    func repr() -> String { "<classmethod(\(Repr.repr(function)))>" }
}

/// `super()` / `super(C, obj)`: attribute lookup that starts after `start` in the MRO of `receiver`.
final class SuperObject: PyObject {
    let start: ClassObject
    let receiver: Value
    /// The class whose MRO is searched: type(receiver), or receiver itself when it is a class.
    let type: ClassObject
    /// The receiver is a class seen as an instance of its metaclass (super() in a metaclass method).
    var receiverIsInstance = false
    init(start: ClassObject, receiver: Value, type: ClassObject) {
        self.start = start
        self.receiver = receiver
        self.type = type
    }
    var typeName: String { "super" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        let mro = type.mro
        guard let i = mro.firstIndex(where: { $0 === start }) else { return nil }
        for c in mro[(i + 1)...] {
            guard let v = c.own(name) else { continue }
            if case .object(let o) = receiver, o is ClassObject, !receiverIsInstance { return try interpreter.bindToClass(v, type) }
            return try interpreter.bind(v, to: receiver, type: type)
        }
        if name == "__class__" { return .object(TypeObject(name: "super")) }
        throw PyError(.attribute, "'super' object has no attribute '\(name)'")
    }
    func repr() -> String { "<super: <class '\(start.name)'>, <\(receiver.typeName) object>>" }
}

/// Python's `NotImplemented`: what a binary dunder returns to let the other operand try.
final class NotImplementedObject: PyObject, Sendable {
    static let shared = NotImplementedObject()
    var typeName: String { "NotImplementedType" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? { nil }
    func repr() -> String { "NotImplemented" }
}

extension Value {
    /// Whether this is `NotImplemented`.
    var isNotImplemented: Bool {
        if case .object(let o) = self, o is NotImplementedObject { return true }
        return false
    }

    /// The user instance this value holds, if any.
    var instance: Instance? {
        if case .object(let o) = self { return o as? Instance }
        return nil
    }
}
