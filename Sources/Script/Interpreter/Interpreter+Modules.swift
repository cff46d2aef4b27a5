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
        namedPairs(v, "named_parameters").map { pairs in
            pairs.compactMap { name, value in
                guard case .tensor(let t) = value else { return nil }
                return (Interpreter.accessPath(name), t)
            }
        }
    }

    /// `module.<method>()` for `named_parameters`/`named_modules`: its (name, value) pairs, run outside
    /// any loop watch (the debugger reading a model is not the learner's loop); nil when `v` is no
    /// module or the call fails.
    private func namedPairs(_ v: Value, _ method: String) -> [(String, Value)]? {
        guard isModule(v) else { return nil }
        let saved = loopWatch
        loopWatch = nil
        defer { loopWatch = saved }
        do {
            var args = CallArgs(name: method)
            var out: [(String, Value)] = []
            for item in try iterate(try call(try getAttribute(v, method), &args)) {
                guard case .tuple(let pair) = item, pair.count == 2, case .string(let name) = pair[0] else { continue }
                out.append((name, pair[1]))
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

/// One module call that made graph nodes, as the graph draws its box: the learner's path to the module
/// (`model[0]`, nil when no variable reaches it) and its class (`Linear`).
public struct ModuleBox: Hashable, Sendable {
    /// Tells calls apart (the same layer applied twice is two boxes).
    public let call: Int
    public let path: String?
    public let className: String
    /// `model[0]: Linear`, or the class alone.
    public var label: String { path.map { "\($0): \(className)" } ?? className }
}

extension Interpreter {
    /// For each of `nodes` made inside an `nn.Module` call: the calls holding it, outermost first, named
    /// by the path from the learner's `variables` to the module.
    public func moduleBoxes(for nodes: [Node], variables: [(name: String, value: Value)]) -> [ObjectIdentifier: [ModuleBox]] {
        let chains = moduleScopes.chains(for: nodes)
        guard !chains.isEmpty else { return [:] }
        var paths: [ObjectIdentifier: String] = [:]
        for (name, v) in variables {
            for (dotted, m) in namedModules(v) where paths[ObjectIdentifier(m)] == nil {
                paths[ObjectIdentifier(m)] = name + (dotted.isEmpty ? "" : Interpreter.accessPath(dotted))
            }
        }
        return chains.mapValues { chain in
            chain.map { ModuleBox(call: $0.call, path: paths[ObjectIdentifier($0.module)], className: $0.module.cls.name) }
        }
    }

    /// `named_modules()` of an `nn.Module` (itself first, under ""); empty for anything else.
    func namedModules(_ v: Value) -> [(String, Instance)] {
        (namedPairs(v, "named_modules") ?? []).compactMap { name, value in
            guard case .object(let m as Instance) = value else { return nil }
            return (name, m)
        }
    }
}

/// What a value is among the torch.nn / torch.optim objects explain mode describes.
public enum TorchObjectKind: Equatable, Sendable {
    /// An `nn.Module` that is not a loss (`Linear`, `Sequential`, the learner's own class).
    case module(className: String)
    /// A loss module (a subclass of `torch.nn.modules.loss._Loss`: `MSELoss`, `CrossEntropyLoss`).
    case loss(className: String)
    /// A `torch.optim.Optimizer` (`SGD`, `Adam`, the learner's own subclass) and the library class it derives from.
    case optimizer(className: String, rule: String)
}

extension Interpreter {
    /// Whether `v` is a module, a loss module or an optimizer, by its class's bases.
    public func torchObjectKind(_ v: Value) -> TorchObjectKind? {
        guard case .object(let inst as Instance) = v else { return nil }
        let mro = inst.cls.mro
        if mro.contains(where: { $0.name == "_Loss" && $0.module == "torch.nn.modules.loss" }) { return .loss(className: inst.cls.name) }
        if mro.contains(where: { $0.name == "Module" && $0.module == "torch.nn.modules.module" }) { return .module(className: inst.cls.name) }
        if mro.contains(where: { $0.name == "Optimizer" && $0.module == "torch.optim.optimizer" }) {
            let rule = mro.first { $0.module.hasPrefix("torch.optim.") && $0.name != "Optimizer" }?.name ?? inst.cls.name
            return .optimizer(className: inst.cls.name, rule: rule)
        }
        return nil
    }
}
