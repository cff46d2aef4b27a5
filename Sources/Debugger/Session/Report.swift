import Autograd

/// A parameter's gradient before and after one backward pass.
public struct GradChange {
    public var name: String
    /// The gradient held before the pass (nil: none yet).
    public var old: Tensor?
    /// What this pass added.
    public var added: Tensor
    public var new: Tensor
    /// Backward passes accumulated since the last zero_grad, this one included.
    public var passes: Int
}

/// One line of `grad`: a tensor's gradient, or why it has none.
public struct GradEntry {
    public var name: String
    public var grad: Tensor?
    public var passes: Int
    /// Why there is no gradient, or what to know about it.
    public var note: String?
}

/// A parameter before and after `step`.
public struct StepChange {
    public var name: String
    public var before: Tensor
    public var after: Tensor
}

/// One learner variable as `vars` lists it.
public struct VariableInfo {
    public var name: String
    public var type: String
    /// The shape, for tensors.
    public var shape: [Int]?
    public var isParameter: Bool
    /// `grad_fn` name for computed tensors.
    public var gradFn: String?
    /// A short value, for numbers and small tensors.
    public var summary: String
}

/// How `train` ended.
public enum TrainEnding {
    case finished(iterations: Int, loss: Double)
    case interrupted(iteration: Int, loss: Double)
    case diverged(iteration: Int, loss: Double, lr: Double)
    /// The loss or a gradient became inf/NaN; parameters are those of the last completed step.
    case nonFinite(iteration: Int, what: String, value: Double?, cause: String)
}

/// The outcome of one command or statement, described once; `ReportRenderer` turns it into text.
/// Handlers never print: they emit reports (a later explain mode adds prose per case here).
public enum Report {
    /// An interactive-mode echo of an expression statement's value (its repr).
    case value(String)
    /// A Python error: `Kind: message`, an optional hint and traceback.
    case error(kind: String, message: String, hint: String?, traceback: String?)
    /// A syntax error already rendered with its caret.
    case syntaxError(String)
    /// Neutral information.
    case info(String)
    /// A warning about what just happened.
    case warning(String)
    /// A dim hint line.
    case hint(String)
    /// An input line of a script being replayed (shown after the prompt).
    case echoInput(prompt: String, line: String)
    case forward(loss: String, value: Tensor, nodes: Int, recomputed: Int)
    case backward(loss: String, changes: [GradChange], untouched: [String])
    case grads([GradEntry])
    case step(lr: Double, changes: [StepChange], skipped: [String])
    /// `step` through the learner's optimizer: the call made and its rule (`SGD, lr = 0.1, momentum = 0.9`).
    case optimizerStep(call: String, rule: String, changes: [StepChange], skipped: [String])
    /// `step --state`: what the learner's optimizer keeps for each parameter (`opt.state[p]`).
    case optimizerState(OptimizerStateView)
    case zeroGrad(names: [String], zeros: Bool)
    case detached(name: String, stopped: [String], wasParameter: Bool)
    case graph(String)
    case trainProgress(iteration: Int, total: Int, loss: Double)
    case trainEnd(TrainEnding)
    case variables([VariableInfo])
    case commandList([Command])
    case commandHelp(Command)
    case setting(name: String, value: String)
    /// A plot drawn as text (braille), without a final newline.
    case plot(String)
    /// Both loss series of `compare zero_grad`.
    case compare(ZeroGradComparison)
    /// Explain mode's prose and PyTorch line after a command.
    case explain(Explanation)
    /// Graph views, stepping, watches, breakpoints (rendered by `ReportRenderer+Seeing`).
    case seeing(Seeing)
}

/// The two loss series of `compare zero_grad`: the same training loop from the same start, with and
/// without zero_grad after each step. A plot can draw both series.
public struct ZeroGradComparison {
    public var iterations: Int
    public var lr: Double
    /// Loss at each iteration with zero_grad (one entry per iteration run).
    public var withZeroGrad: [Double]
    /// Loss at each iteration without zero_grad (stops early once it is not finite).
    public var withoutZeroGrad: [Double]

    /// How the two runs ended, compared.
    public enum Outcome: Equatable { case withoutEndsHigher, withoutDiverged, withoutEndsLower, withDiverged, bothDiverged, undecided }

    /// A run diverged when its loss ends above where it started (or not finite): gradient descent
    /// with a fitting lr never ends higher than it began.
    static func diverged(_ losses: [Double]) -> Bool {
        guard let first = losses.first, let last = losses.last else { return false }
        return !last.isFinite || last > first
    }

    public var outcome: Outcome {
        guard let a = withZeroGrad.last, let b = withoutZeroGrad.last else { return .undecided }
        switch (Self.diverged(withZeroGrad), Self.diverged(withoutZeroGrad)) {
        case (true, true): return .bothDiverged
        case (true, false): return .withDiverged
        case (false, true): return b.isFinite ? .withoutEndsHigher : .withoutDiverged
        case (false, false): return b > a ? .withoutEndsHigher : .withoutEndsLower
        }
    }
}

/// Explain mode's prose after a command: what autograd did and the PyTorch line that does the same.
public struct Explanation: Equatable, Sendable {
    public var text: String
    public var pytorch: String
}

/// One row of `gradcheck`: a parameter element's autograd gradient against central differences.
public struct GradcheckRow {
    /// Relative errors below this count as agreement (float32 rounding stays around 1e-3).
    public static let tolerance = 1e-2
    public var name: String
    public var autograd: Double
    public var numeric: Double
    public var relativeError: Double
    /// How much the finite difference itself moves between steps h and 2h: its float32 rounding noise
    /// (for a loss made of large terms it can exceed a small gradient element).
    public var noise: Double = 0
    /// Whether autograd and the finite difference agree within `tolerance` (NaN never agrees).
    public var agrees: Bool { relativeError < Self.tolerance }
    /// Not within `tolerance`, but the difference is within three times the finite difference's own
    /// noise: the check cannot tell them apart in float32 (shown `≈`, never `✓`).
    public var withinNoise: Bool {
        !agrees && !relativeError.isNaN && noise.isFinite && Swift.abs(autograd - numeric) <= 3 * noise
    }
}

extension Report {
    /// Reports of the graph views, the step debugger, watches, breakpoints and explain mode.
    public enum Seeing {
        case backwardStep(BackwardStepView)
        case forwardStep(ForwardStepView)
        case gradcheck(rows: [GradcheckRow], h: Double, omitted: Int)
        case watchValue(id: Int, expr: String, value: String)
        case breakHit(BreakHit)
        case errorExplanation(cause: String, fix: String)
    }
}

/// `opt.state` as `step --state` shows it: per parameter, each entry of its state dict.
public struct OptimizerStateView {
    public var optimizer: String
    public var rows: [(parameter: String, entries: [(key: String, value: Tensor?, text: String?)])]
}
