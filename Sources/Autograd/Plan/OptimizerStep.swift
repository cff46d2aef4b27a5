/// One `optimizer.step()` of a torch.optim optimizer whose update rule a loop plan knows, as a traced
/// iteration saw it: per parameter group the rule with its settings, and per parameter the gradient
/// and state tensors it found. The library's step runs as usual while it is traced (its inner ops
/// are not recorded); a plan replays the same arithmetic on buffers (`LoopPlanBuilder+Optimizers`).
public struct OptimizerStep {
    /// An update rule with its settings, as `torch/optim/<name>.py`'s single-tensor function takes them.
    public enum Rule: Equatable, CustomStringConvertible {
        /// State: `[momentum_buffer]` when momentum is not 0, else none.
        case sgd(lr: Double, momentum: Double, dampening: Double, weightDecay: Double, nesterov: Bool, maximize: Bool)
        /// State: `[step, exp_avg, exp_avg_sq]`, plus `max_exp_avg_sq` with amsgrad.
        case adam(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double, amsgrad: Bool,
                  maximize: Bool, decoupledWeightDecay: Bool)
        /// State: `[step, square_avg]`, then `momentum_buffer` when momentum > 0, then `grad_avg` when centered.
        case rmsprop(lr: Double, alpha: Double, eps: Double, weightDecay: Double, momentum: Double, centered: Bool, maximize: Bool)
        /// State: `[step, sum]`.
        case adagrad(lr: Double, lrDecay: Double, weightDecay: Double, eps: Double, maximize: Bool)

        /// The learning rate the group held when the step was traced.
        public var lr: Double {
            switch self {
            case let .sgd(lr, _, _, _, _, _), let .adam(lr, _, _, _, _, _, _, _), let .rmsprop(lr, _, _, _, _, _, _),
                 let .adagrad(lr, _, _, _, _):
                return lr
            }
        }

        public var description: String { "\(lr.bitPattern) " + settings }

        /// Every setting but the learning rate (which a plan may read afresh each iteration).
        public var settings: String {
            switch self {
            case let .sgd(_, m, d, wd, n, mx):
                return "sgd \(m.bitPattern) \(d.bitPattern) \(wd.bitPattern) \(n) \(mx)"
            case let .adam(_, b1, b2, eps, wd, ams, mx, dec):
                return "adam \(b1.bitPattern) \(b2.bitPattern) \(eps.bitPattern) \(wd.bitPattern) \(ams) \(mx) \(dec)"
            case let .rmsprop(_, a, eps, wd, m, c, mx):
                return "rmsprop \(a.bitPattern) \(eps.bitPattern) \(wd.bitPattern) \(m.bitPattern) \(c) \(mx)"
            case let .adagrad(_, d, wd, eps, mx):
                return "adagrad \(d.bitPattern) \(wd.bitPattern) \(eps.bitPattern) \(mx)"
            }
        }

        /// How many state tensors each parameter with a gradient has.
        public var stateCount: Int {
            switch self {
            case let .sgd(_, momentum, _, _, _, _): return momentum != 0 ? 1 : 0
            case let .adam(_, _, _, _, _, amsgrad, _, _): return amsgrad ? 4 : 3
            case let .rmsprop(_, _, _, _, momentum, centered, _): return 2 + (momentum > 0 ? 1 : 0) + (centered ? 1 : 0)
            case .adagrad: return 2
            }
        }
    }

    /// A parameter the step visits: skipped when it has no gradient.
    public struct Parameter {
        public let param: Tensor
        public let grad: Tensor?
        public let state: [Tensor]
        public init(param: Tensor, grad: Tensor?, state: [Tensor]) {
            self.param = param
            self.grad = grad
            self.state = state
        }
    }

    /// One parameter group. `learningRate`, when given, reads the group's current lr: a plan calls
    /// it at every step it replays, so an lr scheduler's changes between iterations take effect
    /// (nil: the rule's lr is a constant of the plan).
    public struct Group {
        public let rule: Rule
        public let parameters: [Parameter]
        public let learningRate: (() -> Double)?
        public init(rule: Rule, parameters: [Parameter], learningRate: (() -> Double)? = nil) {
            self.rule = rule
            self.parameters = parameters
            self.learningRate = learningRate
        }
    }

    public let groups: [Group]
    public init(groups: [Group]) { self.groups = groups }

    /// Every tensor the step reads before it runs (parameters, gradients, state).
    var tensors: [Tensor] {
        groups.flatMap { g in g.parameters.flatMap { p in [p.param] + (p.grad.map { [$0] } ?? []) + p.state } }
    }
}
