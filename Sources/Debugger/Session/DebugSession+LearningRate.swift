import Autograd
import Script

/// The learning rate is one object shared with Python: the learner's `lr` variable when it exists
/// (`lr = 1e-5` then `step` uses 1e-05), and the `lr X` command, `step X` and `train N X` set that
/// variable. Without one, `step`/`train` use a default of 0.01.
extension DebugSession {
    /// The lr `step`, `train` and `compare` use now (a number; tests and explain mode read it).
    public var learningRate: Double { (try? currentLearningRate()) ?? defaultLearningRate }

    /// The learner's `lr` as a number, or the default when there is no `lr` variable; an error when
    /// `lr` holds something that is not a number.
    func currentLearningRate() throws -> Double {
        guard isLearnerName("lr"), let v = value("lr") else { return defaultLearningRate }
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
        interpreter.globals.vars["lr"] = .float(lr)
        defaultLearningRate = lr
    }
}
