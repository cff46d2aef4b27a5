import Autograd

/// `torch._C._optimizer_step(func, self, args, kwargs)`: the bundled optimizers' `step()` runs
/// through here (torch/optim/optimizer.py). It calls `func(self, *args, **kwargs)`. While a loop
/// iteration is traced, a step of SGD, Adam, AdamW, RMSprop or Adagrad as the library defines them is recorded as one
/// event naming its rule, settings and state tensors, so a compiled loop replays the update on
/// buffers; its Python-level bookkeeping (lists of parameters, the state dict) is part of the rule.
/// Any other step runs the same way and leaves the loop to the interpreter, with the reason.
enum OptimizerStepHook {
    static func call(_ a: CallArgs, _ interp: Interpreter) throws -> Value {
        guard a.positional.count == 4 else { throw PyError(.type, "_optimizer_step() takes 4 arguments") }
        let function = a.positional[0], optimizer = a.positional[1]
        var call = CallArgs([optimizer], name: "step")
        if case .tuple(let xs) = a.positional[2] { call.positional += xs }
        if case .dict(let d) = a.positional[3] {
            for e in d.entries {
                guard case .string(let k) = e.key else { throw PyError(.type, "keywords must be strings") }
                call.keywords.append((k, e.value))
            }
        }
        guard let tape = LoopTracing.tape else { return try interp.call(function, &call) }
        let step: OptimizerStep
        switch model(optimizer, call) {
        case .failure(let why):
            tape.reject(why.description)
            return try interp.call(function, &call)
        case .success(let s): step = s
        }
        let watch = interp.loopWatch
        interp.loopWatch = nil
        defer { interp.loopWatch = watch }
        let result = try tape.optimizerStep(step) { try interp.call(function, &call) }
        // The rule replays updates of the state the step found; a step that made state (a first
        // step) or replaced it is not one a plan repeats.
        if case .success(let after) = model(optimizer, call), zip(after.groups, step.groups).allSatisfy({ a, b in
            a.parameters.count == b.parameters.count && zip(a.parameters, b.parameters).allSatisfy { x, y in
                x.grad === y.grad && x.state.count == y.state.count && zip(x.state, y.state).allSatisfy { $0 === $1 }
            }
        }) {
            return result
        }
        tape.reject("the optimizer's step makes or replaces its state")
        return result
    }

    struct Reason: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    /// The step `optimizer.step(...)` would take, or why a plan cannot replay it.
    static func model(_ optimizer: Value, _ call: CallArgs) -> Result<OptimizerStep, Reason> {
        guard case .object(let o) = optimizer, let opt = o as? Instance else { return .failure(Reason("an optimizer that is not a torch.optim class")) }
        let kinds = ["torch.optim.sgd": "SGD", "torch.optim.adam": "Adam", "torch.optim.adamw": "AdamW",
                     "torch.optim.rmsprop": "RMSprop", "torch.optim.adagrad": "Adagrad"]
        guard kinds[opt.cls.module] == opt.cls.name else {
            return .failure(Reason("`\(opt.cls.name).step()` (compiled loops know torch.optim's SGD, Adam, AdamW, RMSprop and Adagrad)"))
        }
        if call.positional.count > 1 || call.keywords.contains(where: { !$0.1.isNone }) {
            return .failure(Reason("`step(closure)`"))
        }
        guard case .list(let groups)? = opt.attributes.stringKeyed("param_groups"),
              case .dict(let state)? = opt.attributes.stringKeyed("state") else {
            return .failure(Reason("an optimizer without param_groups or state"))
        }
        var out: [OptimizerStep.Group] = []
        for g in groups.items {
            guard case .dict(let group) = g else { return .failure(Reason("a parameter group that is not a dict")) }
            switch modelGroup(group, opt.cls.name, state) {
            case .failure(let r): return .failure(r)
            case .success(let x): out.append(x)
            }
        }
        return .success(OptimizerStep(groups: out))
    }

    private static func modelGroup(_ group: DictBox, _ kind: String, _ state: DictBox) -> Result<OptimizerStep.Group, Reason> {
        func option(_ key: String) -> Value? { group.get(.string(key)) }
        func number(_ key: String) throws -> Double {
            switch option(key) {
            case .int(let i)?: return Double(i)
            case .float(let d)?: return d
            case .bool(let b)?: return b ? 1 : 0
            case .tensor?: throw Reason("a tensor `\(key)`")
            default: throw Reason("the optimizer option `\(key)`")
            }
        }
        func flag(_ key: String) throws -> Bool {
            switch option(key) {
            case .bool(let b)?: return b
            case .none?, nil: return false
            case .int(let i)?: return i != 0
            default: throw Reason("the optimizer option `\(key)`")
            }
        }
        do {
            if try flag("differentiable") { throw Reason("`differentiable=True`") }
            let rule: OptimizerStep.Rule
            let keys: [String]
            if kind == "SGD" {
                rule = .sgd(lr: try number("lr"), momentum: try number("momentum"), dampening: try number("dampening"),
                            weightDecay: try number("weight_decay"), nesterov: try flag("nesterov"), maximize: try flag("maximize"))
                keys = rule.stateCount == 1 ? ["momentum_buffer"] : []
            } else if kind == "RMSprop" {
                let momentum = try number("momentum"), centered = try flag("centered")
                rule = .rmsprop(lr: try number("lr"), alpha: try number("alpha"), eps: try number("eps"), weightDecay: try number("weight_decay"),
                                momentum: momentum, centered: centered, maximize: try flag("maximize"))
                keys = ["step", "square_avg"] + (momentum > 0 ? ["momentum_buffer"] : []) + (centered ? ["grad_avg"] : [])
            } else if kind == "Adagrad" {
                rule = .adagrad(lr: try number("lr"), lrDecay: try number("lr_decay"), weightDecay: try number("weight_decay"),
                                eps: try number("eps"), maximize: try flag("maximize"))
                keys = ["step", "sum"]
            } else {
                guard case .tuple(let betas)? = option("betas"), betas.count == 2 else { throw Reason("the optimizer option `betas`") }
                func beta(_ v: Value) throws -> Double {
                    switch v {
                    case .float(let d): return d
                    case .int(let i): return Double(i)
                    default: throw Reason("tensor `betas`")
                    }
                }
                rule = .adam(lr: try number("lr"), beta1: try beta(betas[0]), beta2: try beta(betas[1]), eps: try number("eps"),
                             weightDecay: try number("weight_decay"), amsgrad: try flag("amsgrad"), maximize: try flag("maximize"),
                             decoupledWeightDecay: try flag("decoupled_weight_decay"))
                keys = ["step", "exp_avg", "exp_avg_sq"] + (rule.stateCount == 4 ? ["max_exp_avg_sq"] : [])
            }
            guard case .list(let params)? = option("params") else { throw Reason("a parameter group without params") }
            var parameters: [OptimizerStep.Parameter] = []
            for v in params.items {
                guard case .tensor(let p) = v else { throw Reason("a parameter that is not a tensor") }
                guard p.dtype == .float32 else { throw Reason("\(p.dtype.rawValue) parameters (compiled loops run float32 only)") }
                guard let grad = p.grad else {
                    parameters.append(OptimizerStep.Parameter(param: p, grad: nil, state: []))
                    continue
                }
                guard grad.dtype == .float32 else { throw Reason("\(grad.dtype.rawValue) gradients (compiled loops run float32 only)") }
                var tensors: [Tensor] = []
                if !keys.isEmpty {
                    let entry = state.entries.first { if case .tensor(let k) = $0.key { return k === p } else { return false } }
                    guard case .dict(let s)? = entry?.value else { throw Reason("the optimizer's step makes its state") }
                    for k in keys {
                        guard case .tensor(let t)? = s.get(.string(k)) else { throw Reason("the optimizer's step makes its state") }
                        guard t.dtype == .float32 else { throw Reason("\(t.dtype.rawValue) optimizer state (compiled loops run float32 only)") }
                        tensors.append(t)
                    }
                }
                parameters.append(OptimizerStep.Parameter(param: p, grad: grad, state: tensors))
            }
            // The lr as the group holds it when a replayed step runs: an lr scheduler changes it between
            // iterations. A scheduler's step checks that it leaves a number there (LRSchedulerStepHook).
            let traced = rule.lr
            let learningRate: () -> Double = {
                switch group.get(.string("lr")) {
                case .float(let d)?: return d
                case .int(let i)?: return Double(i)
                case .bool(let b)?: return b ? 1 : 0
                default: return traced
                }
            }
            return .success(OptimizerStep.Group(rule: rule, parameters: parameters, learningRate: learningRate))
        } catch let r as Reason {
            return .failure(r)
        } catch {
            return .failure(Reason("\(error)"))
        }
    }
}
