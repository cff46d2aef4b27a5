import Autograd

/// A running function's frame as `inspect.currentframe()` gives it: its locals, its caller
/// (`f_back`) and its code's name. The frames are the calls running when it was made.
final class FrameObject: PyObject {
    /// The calls from the outermost to this frame's (empty: the module's frame).
    let calls: ArraySlice<(function: Function, scope: Scope)>
    let globals: Scope

    init(_ calls: ArraySlice<(function: Function, scope: Scope)>, globals: Scope) {
        self.calls = calls
        self.globals = globals
    }

    var typeName: String { "frame" }
    var name: String { calls.last?.function.name ?? "<module>" }

    /// The frame's local variables, parameters first in their order (CPython's `f_locals`).
    var locals: DictBox {
        let d = DictBox()
        guard let (f, scope) = calls.last else {
            for k in globals.boundNames.sorted() { if let v = globals.value(k) { d.setStringKeyed(k, v) } }
            return d
        }
        let params = f.parameters.allNames
        for k in params + scope.boundNames.filter({ !params.contains($0) }) {
            if let v = scope.value(k) { d.setStringKeyed(k, v) }
        }
        return d
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "f_back": return calls.isEmpty ? Value.none : .object(FrameObject(calls.dropLast(), globals: globals))
        case "f_locals": return .dict(locals)
        case "f_code":
            let varnames = calls.last.map { $0.function.parameters.allNames.map { Value.string($0) } } ?? []
            return .object(NamespaceObject("code", ["co_name": .string(self.name), "co_varnames": .tuple(varnames)]))
        default: return nil
        }
    }

    func repr() -> String { "<frame at \(Repr.address(self)), code \(name)>" }
}

/// Python's `inspect`, the part course code uses: d2l's `save_hyperparameters` reads its caller's
/// arguments with `currentframe().f_back` and `getargvalues`.
enum InspectModule {
    static func make() -> NamespaceObject {
        var m: [String: Value] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) { m[name] = .builtin(Builtin(name, f)) }
        def("currentframe") { _, interp in .object(FrameObject(interp.callStack[...], globals: interp.globals)) }
        def("getargvalues") { a, _ in
            guard case .object(let frame as FrameObject) = try a.required(0, "frame") else {
                throw PyError(.type, "getargvalues() argument must be a frame")
            }
            let p = frame.calls.last?.function.parameters
            let args = (p?.positional ?? []).map { Value.string($0.name) } + (p?.keywordOnly ?? []).map { Value.string($0.name) }
            return .object(NamedTupleObject(typeName: "ArgInfo", fields: ["args", "varargs", "keywords", "locals"],
                                            items: [.list(ListBox(args)), p?.varArgs.map { .string($0.name) } ?? Value.none,
                                                    p?.kwArgs.map { .string($0.name) } ?? Value.none, .dict(frame.locals)]))
        }
        def("isclass") { a, _ in
            let v = try a.required(0, "object")
            if case .object(let o) = v, o is ClassObject || o is TypeObject || o is BuiltinType { return .bool(true) }
            if case .builtin(let b) = v { return .bool(Repr.typeBuiltins.contains(b.name)) }
            return .bool(false)
        }
        def("isfunction") { a, _ in
            if case .function = try a.required(0, "object") { return .bool(true) }
            return .bool(false)
        }
        def("ismethod") { a, _ in
            if case .object(let o) = try a.required(0, "object"), o is BoundMethod { return .bool(true) }
            return .bool(false)
        }
        def("isgenerator") { a, _ in
            if case .object(let o) = try a.required(0, "object"), o is GeneratorObject { return .bool(true) }
            return .bool(false)
        }
        return NamespaceObject("inspect", m)
    }
}
