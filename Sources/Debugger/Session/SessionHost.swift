import Autograd
import Script

/// What a part of the session (watches and breakpoints, stepping, plots, training, …) uses of the
/// session it belongs to: the report channel, the interpreter, and the learner's model as the session
/// reads it. Each part keeps its own state; what it needs of the rest goes through this list, so a
/// part's dependencies are written down here rather than spread over one large type.
protocol SessionHost: AnyObject {
    /// The interpreter running the learner's Python (replaced by `reset`, so never cached by a part).
    var interpreter: Interpreter { get }
    /// Writes a report to the console of the input being run.
    func emit(_ report: Report)
    /// A value in globals.
    func value(_ name: String) -> Value?
    /// The learner's parameters (leaf tensors that require grad), named as the learner reaches them.
    func parameters() -> [(name: String, tensor: Tensor)]
    /// The loss's variable name, or an error saying how to define one.
    func currentLossName() throws -> String
    /// The loss tensor held by `name`.
    func lossTensor(_ name: String) throws -> Tensor
    /// Whether a variable holds a parameter (or a list of them, or a module).
    func isParameterName(_ name: String) -> Bool
    /// The recorded assignments, the loss choice and pinned (detached) names (`restore` puts back
    /// the ones `train` started from).
    var tracker: ModelTracker { get set }
    /// The console of the input being run, nil between inputs.
    var activeConsole: Console? { get }
    /// The session's cells (a figure drawn goes into the cell of the input being run).
    var notebook: NotebookPart { get }
    /// Emits the report for any error a statement or command threw.
    func report(_ error: Error, source: String?)
    /// The graph views (the steppers' `graph` verb draws with a cursor).
    var graphs: GraphPart { get }
    /// The step debugger (the graph shows the gradients of a pass being stepped).
    var stepping: SteppingPart { get }
    /// The learner's variables (preloaded torch names left out unless reassigned).
    func learnerVariableNames() -> [String]
    /// `did you mean 'step'?` over variables and commands.
    func didYouMean(_ name: String) -> String?
    /// The width of the console of the input being run.
    var consoleWidth: Int { get }
    /// The report after a complete backward pass (grads before / this pass / after, pass counters).
    func finishBackward(_ stepper: BackwardStepper)
    /// Watches and breakpoints (a stepped backward's `continue` and `train` check them).
    var watches: WatchPart { get }
    /// Plots (`train --animate` draws, `compare` plots both curves, the loss history).
    var plotting: PlotPart { get }
    /// True when the learner asked to stop (Ctrl-C): loops stop after the current iteration.
    var interrupted: () -> Bool { get }
    /// Whether long loops may run compiled (`--no-compile` turns it off).
    var compilesLoops: Bool { get }
    /// True when the learner bound `name` (not one of the preloaded names).
    func isLearnerName(_ name: String) -> Bool
    /// Names for the tensors the learner holds, by identity.
    func tensorNames() -> [ObjectIdentifier: String]
    /// The learner's optimizers, in the order they were defined.
    func learnerOptimizers() -> [LearnerOptimizer]
    /// The lr `step`, `train` and `compare` use now.
    var learningRate: Double { get }
    /// The `nn.Module` calls that made each of `nodes`, named by the learner's paths to the modules.
    func moduleBoxes(for nodes: [Node]) -> [ObjectIdentifier: [ModuleBox]]
    /// The optimizer `command` should act through, nil when the learner has none.
    func learnerOptimizer(for command: String, args: [String]) throws -> LearnerOptimizer?
}

extension CommandError {
    /// `usage: …` for a command, from its declaration.
    static func usage(of command: String) -> CommandError {
        let usage = CommandTable.lookup(command)?.usage ?? command
        return CommandError("usage: \(usage)", hint: "see `help \(command)`", code: .usage)
    }
}
