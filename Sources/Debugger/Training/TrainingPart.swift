import Autograd
import Script

/// Gradient descent in the session: `step`, `zero_grad`, `train`, `restore`, `compare`, `lr`, the
/// learner's optimizer driven by them, and the bookkeeping they share — each parameter's backward
/// passes since its zero_grad (`GradientLedger`), the default learning rate, the checkpoint `train`
/// takes and how the last `train` ran. Reads and writes the model through its host.
final class TrainingPart {
    unowned let host: any SessionHost
    /// Backward passes accumulated into each parameter's grad since its last zero_grad.
    var ledger = GradientLedger()
    /// The learning rate `step` and `train` use while the learner has no `lr` variable.
    private(set) var defaultLearningRate = 0.01
    /// Every variable, the model and the pass counters as they were before the last `train` (`restore`).
    var checkpoint: (variables: VariableSnapshot, tracker: ModelTracker, passes: [ObjectIdentifier: Int])?
    /// How the last `train` ran: as a compiled plan, or through tensors (and why).
    var planStatus: TrainPlanStatus = .notRun

    init(host: any SessionHost) {
        self.host = host
    }

    /// A loaded session's learning rate, used while the learner has no `lr` variable.
    func loadDefaultLearningRate(_ lr: Double) { defaultLearningRate = lr }

    /// The lr `step`, `train` and `compare` use now (a number; tests and explain mode read it).
    var learningRate: Double { (try? currentLearningRate()) ?? defaultLearningRate }

    /// The learner's `lr` as a number, or the default when there is no `lr` variable; an error when
    /// `lr` holds something that is not a number.
    func currentLearningRate() throws -> Double {
        guard host.isLearnerName("lr"), let v = host.value("lr") else { return defaultLearningRate }
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.numel == 1: return try t.item().doubleValue
        default:
            throw CommandError("lr is a \(Interpreter.typeName(of: v)), not a number, so it cannot be the learning rate",
                               hint: "set it with `lr = 0.01` (or `lr 0.01`)")
        }
    }

    /// Sets the learner's `lr` variable (created if needed), as `lr = X` typed in Python would.
    func setLearningRate(_ lr: Double) {
        host.interpreter.globals.vars["lr"] = .float(lr)
        defaultLearningRate = lr
    }

    func lr(_ given: String?) throws {
        if let a = given { setLearningRate(try parseLearningRate(a)) }
        host.emit(.setting(name: "lr", value: PythonFloat.repr(try currentLearningRate())))
    }

    func parseLearningRate(_ text: String) throws -> Double {
        guard let lr = Double(text), lr.isFinite, lr >= 0 else {
            throw CommandError("invalid learning rate: \(text)", hint: "a non-negative number, e.g. 0.01 or 1e-5", code: .usage)
        }
        return lr
    }

    /// What a training loop needs (`train`, `compare`): the loss's name, the recorded statements that
    /// recompute it, and the parameters; an error when the loss does not depend on any parameter.
    func trainingSetup() throws -> (name: String, plan: [Stmt], params: [Tensor]) {
        let name = try host.currentLossName()
        let plan = host.tracker.plan(for: name, isParameter: host.isParameterName)
        guard !plan.isEmpty else {
            throw CommandError("\(name) does not depend on any parameter, so training cannot change it",
                               hint: "make a tensor with requires_grad=True and compute \(name) from it")
        }
        return (name, plan, host.parameters().map(\.tensor))
    }

    /// `restore`: every variable (parameter values, their grads, the loss) back as before the last `train`.
    func restore() throws {
        guard let checkpoint else {
            throw CommandError("nothing to restore: no `train` has run yet", hint: "`restore` undoes the last `train`")
        }
        checkpoint.variables.restore(into: host.interpreter.globals)
        host.tracker = checkpoint.tracker
        ledger.restore(passes: checkpoint.passes)
        let names = host.parameters().map(\.name)
        host.emit(.info("restored \(names.isEmpty ? "the variables" : names.joined(separator: ", ")) as before the last train"))
        for p in host.parameters() {
            host.emit(.info("  \(p.name) = \(ReportRenderer.tensorText(p.tensor))"))
        }
    }
}
