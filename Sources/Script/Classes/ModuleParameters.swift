import Autograd

extension Interpreter {
    /// The parameters of an `nn.Module` instance with their dotted names, as `named_parameters()`
    /// yields them (`W`, `layers.0.weight`); nil when `value` is not a Module. The debugger's
    /// `backward`, `step` and `train` find a model's parameters through it.
    public func moduleParameters(_ value: Value) -> [(name: String, tensor: Tensor)]? {
        guard case .object(let inst as Instance) = value,
              inst.cls.mro.contains(where: { $0.name == "Module" && $0.module == "torch.nn.modules.module" }) else { return nil }
        // The learner's Module may be half-built or override named_parameters badly: then it has none
        // the debugger can see, rather than an error in a command that only asked.
        guard let method = try? instanceAttribute(inst, "named_parameters") else { return [] }
        var args = CallArgs([], name: "named_parameters")
        guard let pairs = try? iterate(try call(method, &args)) else { return [] }
        return pairs.compactMap { pair in
            guard case .tuple(let items) = pair, items.count == 2, case .string(let name) = items[0],
                  case .tensor(let t) = items[1] else { return nil }
            return (name, t)
        }
    }
}
