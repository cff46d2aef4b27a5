import Autograd

/// `torch._C._lr_scheduler_step(func, scheduler, epoch)`: the bundled lr schedulers' `step()` runs
/// its update (`func(scheduler, epoch)`, torch/optim/lr_scheduler.py) through here. While a loop
/// iteration is traced, a chainable step (`epoch` None) of one of the library's schedulers is
/// recorded as Python code the plan runs again at the end of every iteration it replays: the
/// scheduler's attributes and the groups' lr change as in the interpreter, and the optimizer steps
/// the plan replays read the new lr (`OptimizerStep.Group.learningRate`).
enum LRSchedulerStepHook {
    static func call(_ a: CallArgs, _ interp: Interpreter) throws -> Value {
        guard a.positional.count == 3 else { throw PyError(.type, "_lr_scheduler_step() takes 3 arguments") }
        let function = a.positional[0], scheduler = a.positional[1], epoch = a.positional[2]
        func update() throws {
            var call = CallArgs([scheduler, epoch], name: "step")
            _ = try interp.call(function, &call)
        }
        guard let tape = LoopTracing.tape else {
            try update()
            return .none
        }
        guard case .object(let o) = scheduler, let s = o as? Instance, s.cls.module == "torch.optim.lr_scheduler" else {
            tape.reject("the step of an lr scheduler that is not one of torch.optim.lr_scheduler's")
            try update()
            return .none
        }
        guard epoch.isNone else {
            tape.reject("`\(s.cls.name).step(epoch)` (compiled loops replay the chainable `step()`)")
            try update()
            return .none
        }
        let what = "`\(s.cls.name).step()`"
        // The scheduler's own bookkeeping (last_epoch, _last_lr, the groups' lr) is what the plan
        // repeats by running it again, so the watch does not see it as an effect the plan misses.
        let watch = interp.loopWatch
        interp.loopWatch = nil
        defer { interp.loopWatch = watch }
        try tape.python(what) {
            try update()
            if let bad = nonNumericLR(s) { throw PyError(.type, "\(what) left a \(bad) lr in a parameter group") }
        }
        if nonNumericLR(s) != nil { tape.reject("\(what) leaves an lr that is not a Python number") }
        return .none
    }

    /// The type of a group's lr that is not a Python number (a tensor lr), or nil.
    private static func nonNumericLR(_ scheduler: Instance) -> String? {
        guard case .object(let o)? = scheduler.attributes.stringKeyed("optimizer"), let opt = o as? Instance,
              case .list(let groups)? = opt.attributes.stringKeyed("param_groups") else { return "missing" }
        for g in groups.items {
            guard case .dict(let d) = g else { return "missing" }
            switch d.get(.string("lr")) {
            case .float?, .int?: continue
            case .tensor?: return "tensor"
            default: return "missing"
            }
        }
        return nil
    }
}
