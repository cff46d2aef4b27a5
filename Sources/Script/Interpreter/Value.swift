import Autograd

/// A Python value in gradstep's subset of the language.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer too large for 64 bits, kept as its decimal digits (Python ints are unbounded).
    case bigInt(String)
    case float(Double)
    case string(String)
    case tensor(Tensor)
    case list(ListBox)
    case tuple([Value])
    /// `torch.Size([2, 3])`: a tuple of ints that prints as PyTorch does.
    case size([Int])
    case dict(DictBox)
    case range(start: Int, stop: Int, step: Int)
    case slice(Int?, Int?, Int?)
    case ellipsis
    case function(Function)
    case builtin(Builtin)
    case object(PyObject)

    /// Python's truth value; tensors with one element use their value, others raise.
    func truthy() throws -> Bool {
        switch self {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .size(let s): return !s.isEmpty
        case .dict(let d): return !d.entries.isEmpty
        case .range(let a, let b, let c): return Builtins.rangeCount(a, b, c) > 0
        case .object(let o as SetObject): return o.table.count > 0
        case .object(let r as BigRange): return !r.isEmpty
        case .object(let o as Instance): return try o.truthy()
        case .object(let o as PyNumeric): return try o.truthy()
        case .tensor(let t):
            if t.numel == 1 { return try t.item().doubleValue != 0 }
            if t.numel == 0 { throw PyError(.runtime, "Boolean value of Tensor with no values is ambiguous") }
            throw PyError(.runtime, "Boolean value of Tensor with more than one value is ambiguous")
        default: return true
        }
    }

    var isTensor: Bool { if case .tensor = self { return true }; return false }
    /// A list, tuple or str (what `*` repeats).
    var isSequence: Bool {
        switch self {
        case .list, .tuple, .string: return true
        default: return false
        }
    }

    /// The Python type name, for error messages (`'int' object is not callable`).
    public var typeName: String {
        switch self {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .string: return "str"
        case .tensor(let t): return t.isParameter ? "Parameter" : "Tensor"
        case .list: return "list"
        case .tuple: return "tuple"
        case .size: return "Size"
        case .dict(let d): return d.flavor.typeName
        case .range: return "range"
        case .slice: return "slice"
        case .ellipsis: return "ellipsis"
        case .function: return "function"
        case .builtin: return "builtin_function_or_method"
        case .object(let o): return o.typeName
        }
    }
}

/// A mutable Python list (lists are shared by reference, as in Python).
public final class ListBox {
    public var items: [Value]
    public init(_ items: [Value]) { self.items = items }
}

/// A mutable Python dict with insertion order; keys are compared by their repr.
public final class DictBox {
    /// The items in insertion order. Any change made here directly drops the key index (see `DictIndex`),
    /// which the next lookup rebuilds.
    public var entries: [(key: Value, value: Value)] { didSet { index.valid = false } }
    /// Which dict class this is: `dict`, or a `collections` subclass (see `DictFlavor`).
    var flavor: DictFlavor = .plain
    /// Positions of hashable keys, so lookups do not scan `entries`.
    var index = DictIndex()
    public init(_ entries: [(key: Value, value: Value)] = []) { self.entries = entries }
}

/// A function defined with `def` (or `lambda`): its code and the scope it was defined in.
public final class Function {
    public let name: String
    public let parameters: Parameters
    public let body: [Stmt]
    /// For a lambda: the expression it returns.
    public let expression: Expr?
    let defaults: [String: Value]
    let closure: Scope?
    let globalNames: Set<String>
    /// Names of `parameters.positional`, in order (computed once, not per call).
    let positionalNames: [String]
    /// `parameters.positional + parameters.keywordOnly` (computed once, not per call).
    let boundParameters: [Parameter]
    /// A capacity hint for a call's local scope: every parameter plus each name the body assigns.
    let localCapacity: Int
    /// Names the body declares `nonlocal` (writes go to the enclosing function's scope).
    let nonlocalNames: Set<String>
    /// The function's local variables (parameters and every name its body binds, as CPython decides
    /// at compile time): reading one before it is bound is an UnboundLocalError.
    let localNames: Set<String>
    /// `__qualname__` (`C.method`, `outer.<locals>.inner`); errors and reprs use it.
    var qualname: String
    /// For a method defined in a class body: the class (zero-argument `super()`).
    var classCell: ClassCell?
    /// Attributes set on the function (`f.__name__ = …`, `f.calls = 0`, `functools.wraps`).
    var attributes: DictBox?
    /// Statements holding a `yield` (see `GeneratorCode`); non-empty makes this a generator function.
    let yieldingStatements: Set<SourcePosition>
    var isGenerator: Bool { !yieldingStatements.isEmpty }

    init(name: String, parameters: Parameters, body: [Stmt], expression: Expr? = nil, defaults: [String: Value], closure: Scope?) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.expression = expression
        self.defaults = defaults
        self.closure = closure
        self.globalNames = Function.collectGlobals(body)
        self.nonlocalNames = ScopeDeclarations.nonlocals(body)
        self.localNames = ScopeDeclarations.locals(parameters, body, expression: expression)
        self.qualname = name
        self.positionalNames = parameters.positional.map(\.name)
        self.boundParameters = parameters.positional + parameters.keywordOnly
        self.localCapacity = boundParameters.count + (parameters.varArgs == nil ? 0 : 1) + (parameters.kwArgs == nil ? 0 : 1)
            + Function.countAssignments(body)
        self.yieldingStatements = GeneratorCode.yieldingStatements(body)
    }

    /// Roughly how many local names `body` binds (assignments anywhere in it), for sizing its scope.
    private static func countAssignments(_ body: [Stmt]) -> Int {
        var n = 0
        func walk(_ stmts: [Stmt]) {
            for s in stmts {
                switch s.kind {
                case .assign(let targets, _):
                    for t in targets {
                        switch t.kind {
                        case .tuple(let items), .list(let items): n += items.count
                        default: n += 1
                        }
                    }
                case .augmentedAssign, .annotatedAssign, .functionDef: n += 1
                case .if(_, let b, let e): walk(b); walk(e)
                case .for(_, _, let b, let e): n += 1; walk(b); walk(e)
                case .while(_, let b, let e): walk(b); walk(e)
                case .with(_, let b): n += 1; walk(b)
                default: break
                }
            }
        }
        walk(body)
        return n
    }

    private static func collectGlobals(_ body: [Stmt]) -> Set<String> {
        var out = Set<String>()
        ScopeDeclarations.walk(body) { if case .global(let names) = $0.kind { out.formUnion(names) } }
        return out
    }

}

/// A function implemented in Swift: `print`, `torch.zeros`, a bound tensor method, …
public struct Builtin {
    public let name: String
    let call: (inout CallArgs, Interpreter) throws -> Value

    init(_ name: String, _ call: @escaping (inout CallArgs, Interpreter) throws -> Value) {
        self.name = name
        self.call = call
    }
}

/// A Python object implemented in Swift (modules, optimizers, loss modules, grad_fn nodes, …).
public protocol PyObject: AnyObject {
    var typeName: String { get }
    /// `obj.name`, or nil when there is no such attribute.
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value?
    /// `repr(obj)`.
    func repr() -> String
    /// `obj(...)`, or nil when the object is not callable.
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value?
    /// Attribute names for TAB completion.
    var attributeNames: [String] { get }
}

extension PyObject {
    public func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? { nil }
    public var attributeNames: [String] { [] }
}

/// One level of variables: a function's locals, or the module's globals (no parent).
///
/// A function call's scope keeps its few names in a small array searched linearly (`slots`),
/// which is cheaper than hashing each name; other scopes use the `vars` dictionary. Read and
/// write through `value(_:)`, `set(_:_:)`, `remove(_:)` and `boundNames`, which serve both.
/// The scope of a comprehension or generator expression (its loop variables); `:=` inside one
/// binds in the nearest scope that is not one.
final class ComprehensionScope: Scope {
    init(parent: Scope) { super.init(vars: [:], parent: parent) }
}

public class Scope {
    /// The variables of a dictionary-backed scope (the globals; empty for a call's scope).
    public var vars: [String: Value]
    let parent: Scope?
    /// The function whose call this scope is (nil for the globals, class bodies, comprehensions).
    var function: Function?
    /// A call scope's variables, in binding order (used when `usesSlots`).
    private var slots: [(name: String, value: Value)]
    private let usesSlots: Bool

    public init(vars: [String: Value] = [:], parent: Scope? = nil) {
        self.vars = vars
        self.parent = parent
        self.slots = []
        self.usesSlots = false
    }

    /// An empty call scope with room for `capacity` names without growing (a function binding
    /// more than `maxSlots` names uses the dictionary: linear search only pays off for few names).
    init(parent: Scope?, capacity: Int) {
        self.parent = parent
        self.usesSlots = capacity <= Scope.maxSlots
        self.vars = usesSlots ? [:] : Dictionary(minimumCapacity: capacity)
        self.slots = []
        if usesSlots { self.slots.reserveCapacity(capacity) }
    }

    static let maxSlots = 24

    /// A copy of `other`'s variables under `parent` (same storage kind).
    init(copying other: Scope, parent: Scope?) {
        self.vars = other.vars
        self.parent = parent
        self.slots = other.slots
        self.usesSlots = other.usesSlots
        self.function = other.function
    }

    /// The value bound to `name` in this scope only.
    func value(_ name: String) -> Value? {
        if !usesSlots { return vars[name] }
        for i in slots.indices where slots[i].name == name { return slots[i].value }
        return nil
    }

    /// Binds `name` in this scope.
    func set(_ name: String, _ v: Value) {
        if !usesSlots { vars[name] = v; return }
        for i in slots.indices where slots[i].name == name {
            slots[i].value = v
            return
        }
        slots.append((name, v))
    }

    /// Unbinds `name`; the old value, or nil when it was not bound here.
    func remove(_ name: String) -> Value? {
        if !usesSlots { return vars.removeValue(forKey: name) }
        guard let i = slots.firstIndex(where: { $0.name == name }) else { return nil }
        return slots.remove(at: i).value
    }

    /// The names bound in this scope.
    var boundNames: [String] { usesSlots ? slots.map(\.name) : Array(vars.keys) }
}
