import Autograd

extension Interpreter {
    /// Whether `v` is an instance of a `torch.nn.Module` subclass.
    public func isModule(_ v: Value) -> Bool {
        guard case .object(let inst as Instance) = v else { return false }
        return inst.cls.mro.contains { $0.name == "Module" && $0.module == "torch.nn.modules.module" }
    }

    /// For an `nn.Module` instance: its parameters as `named_parameters()` lists them, each with the
    /// access path a learner types after the variable's name (`.fc1.weight`, `[0].bias`), so the
    /// debugger can name them as the learner would; nil for anything else.
    public func moduleParameters(_ v: Value) -> [(path: String, tensor: Tensor)]? {
        guard isModule(v) else { return nil }
        let saved = loopWatch
        loopWatch = nil
        defer { loopWatch = saved }
        do {
            var args = CallArgs(name: "named_parameters")
            var out: [(String, Tensor)] = []
            for item in try iterate(try call(try getAttribute(v, "named_parameters"), &args)) {
                guard case .tuple(let pair) = item, pair.count == 2, case .string(let name) = pair[0], case .tensor(let t) = pair[1] else { continue }
                out.append((Interpreter.accessPath(name), t))
            }
            return out
        } catch {
            return nil
        }
    }

    /// `layers.0.weight` → `.layers[0].weight`; a key that is not an identifier → `['a-b']`.
    static func accessPath(_ dotted: String) -> String {
        dotted.split(separator: ".", omittingEmptySubsequences: false).map { part -> String in
            if let i = Int(part), i >= 0 { return "[\(i)]" }
            let isIdentifier = part.first.map { $0 == "_" || $0.isLetter } ?? false && part.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
            return isIdentifier ? "." + part : "['\(part)']"
        }.joined()
    }
}
