import Autograd

/// `Tensor.register_hook(hook)`: the learner's function sees the gradient flowing into the tensor
/// during backward and may return a replacement; returns a handle whose `remove()` takes it out.
enum TensorHooks {
    static func register(_ t: Tensor, _ a: CallArgs, _ interp: Interpreter) throws -> Value {
        let fn = try a.required(0, "hook")
        guard ObjectBuiltins.isCallable(fn) else {
            throw PyError(.type, "'\(fn.typeName)' object is not callable")
        }
        let (list, id) = try t.registerHook { [unowned interp] g in
            var args = CallArgs([.tensor(g)], name: "hook")
            let r = try interp.call(fn, &args)
            if r.isNone { return nil }
            guard case .tensor(let x) = r else {
                throw PyError(.type, "expected Tensor or None (got \(r.typeName))")
            }
            return x
        }
        return .object(TensorHookHandle(list: list, id: id))
    }
}

/// `torch.utils.hooks.RemovableHandle` for a tensor hook: `remove()` (also on leaving a `with`).
final class TensorHookHandle: DefaultReprObject {
    weak var list: GradHookList?
    let id: Int
    init(list: GradHookList, id: Int) { self.list = list; self.id = id }
    var typeName: String { "RemovableHandle" }
    var attributeNames: [String] { ["id", "remove"] }
    var qualifiedClassName: String { "torch.utils.hooks.RemovableHandle" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "id": return .int(id)
        case "remove": return .builtin(Builtin("remove") { [weak self] _, _ in
            if let self { self.list?.remove(self.id) }
            return .none
        })
        case "__enter__": return .builtin(Builtin("__enter__") { [weak self] _, _ in self.map { .object($0) } ?? .none })
        case "__exit__": return .builtin(Builtin("__exit__") { [weak self] _, _ in
            if let self { self.list?.remove(self.id) }
            return .none
        })
        default: return nil
        }
    }
}
