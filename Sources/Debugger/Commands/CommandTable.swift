/// The debugger's commands: the single table that dispatch, `help` and TAB completion read.
public enum CommandTable {
    public static let all: [Command] = [
        Command(name: "forward", aliases: ["fwd"], arguments: "",
                summary: "recompute the loss from the current parameters (builds a new graph)",
                details: """
                Re-runs, in their original order, the assignments you typed that the loss depends on and \
                that depend on a parameter. Data (assignments that read no parameter) keeps its value.
                Prints the loss and how many nodes the new graph has.
                """,
                argumentKind: .none, handler: { s, a in try s.forwardCommand(a) }),
        Command(name: "backward", aliases: ["bwd"], arguments: "",
                summary: "backpropagate from the loss and show every parameter's gradient",
                details: """
                Runs loss.backward(). When a parameter already had a gradient, shows old + this pass = new: \
                gradients accumulate until zero_grad. The graph's saved values are freed afterwards, so a \
                second backward needs a new forward first.
                """,
                argumentKind: .none, handler: { s, a in try s.backwardCommand(a) }),
        Command(name: "grad", aliases: [], arguments: "[NAME]",
                summary: "show the gradients of all parameters, or of one tensor",
                details: """
                Without NAME: every parameter's .grad. With NAME: that tensor's .grad (a non-leaf tensor \
                keeps one only if you called NAME.retain_grad() before backward).
                """,
                argumentKind: .variable, handler: { s, a in try s.gradCommand(a) }),
        Command(name: "step", aliases: [], arguments: "[lr]",
                summary: "gradient descent: p -= lr * p.grad for every parameter",
                details: """
                Runs `with torch.no_grad(): p -= lr * p.grad` for each parameter with a gradient and shows \
                before → after. lr is remembered (default 0.01). Warns when the gradients add up several \
                backward passes. Note: `step` alone is always this command, even if you defined a Python \
                `step`; call yours with `step()`.
                """,
                argumentKind: .value, handler: { s, a in try s.stepCommand(a) }),
        Command(name: "zero_grad", aliases: ["zero"], arguments: "[--zeros]",
                summary: "clear every parameter's gradient (set to None)",
                details: """
                Sets each parameter's .grad to None, as PyTorch's optimizer.zero_grad() does by default. \
                With --zeros, fills the gradients with zeros instead (set_to_none=False).
                """,
                argumentKind: .value, handler: { s, a in try s.zeroGradCommand(a) }),
        Command(name: "detach", aliases: [], arguments: "NAME",
                summary: "replace NAME with a detached copy and show what stops receiving gradient",
                details: """
                NAME = NAME.detach(): same values, no graph, requires_grad=False. forward keeps the detached \
                value (it is data now) until you assign NAME again.
                """,
                argumentKind: .variable, handler: { s, a in try s.detachCommand(a) }),
        Command(name: "graph", aliases: [], arguments: "[NAME]",
                summary: "draw the computation graph of the loss (or of NAME) as a tree",
                details: """
                The root comes first; each node shows its grad_fn, the operation, the output shape and a \
                short value. Leaves are parameters (AccumulateGrad) or data (no gradient).
                """,
                argumentKind: .variable, handler: { s, a in try s.graphCommand(a) }),
        Command(name: "train", aliases: [], arguments: "N [lr] [every K]",
                summary: "repeat forward, backward, step, zero_grad N times",
                details: """
                Prints the loss every K iterations (default N/10). Ctrl-C stops cleanly after the current \
                iteration. Stops with an explanation if the loss becomes nan or inf (usually lr too large).
                """,
                argumentKind: .value, handler: { s, a in try s.trainCommand(a) }),
        Command(name: "loss", aliases: [], arguments: "[NAME]",
                summary: "show the loss, or choose which variable is the loss",
                details: """
                By default the loss is the last assigned tensor named `loss` or `err`. `loss NAME` chooses \
                another. `loss` alone shows the current loss (it is the command, not the Python variable).
                """,
                argumentKind: .variable, handler: { s, a in try s.lossCommand(a) }),
        Command(name: "lr", aliases: [], arguments: "[X]",
                summary: "show or set the learning rate used by step and train",
                details: "`lr 0.1` sets it; `lr` alone shows it. Python's `lr = 0.1` is an ordinary variable.",
                argumentKind: .value, handler: { s, a in try s.lrCommand(a) }),
        Command(name: "seed", aliases: [], arguments: "N",
                summary: "torch.manual_seed(N)",
                details: "Seeds torch's random generator, so randn/rand give PyTorch's exact numbers.",
                argumentKind: .value, handler: { s, a in try s.seedCommand(a) }),
        Command(name: "vars", aliases: ["variables"], arguments: "",
                summary: "list your variables with types and shapes (parameters marked)",
                details: "Shows every variable you defined, its type and shape, whether it is a parameter and its grad_fn.",
                argumentKind: .none, handler: { s, a in try s.varsCommand(a) }),
        Command(name: "help", aliases: [], arguments: "[COMMAND]",
                summary: "list the commands, or explain one",
                details: "`help` lists every command; `help step` explains one.",
                argumentKind: .command, handler: { s, a in try s.helpCommand(a) }),
        Command(name: "reset", aliases: [], arguments: "",
                summary: "forget every variable and start over",
                details: "Clears your variables, the recorded model, the learning rate and the pass counters.",
                argumentKind: .none, handler: { s, a in try s.resetCommand(a) }),
        Command(name: "quit", aliases: ["exit"], arguments: "",
                summary: "leave gradstep (Ctrl-D works too)",
                details: "Ends the session.",
                argumentKind: .none, handler: { s, a in try s.quitCommand(a) }),
        Command(name: "save", aliases: [], arguments: "FILE",
                summary: "save the whole session (variables, grads, model, lr) to FILE",
                details: "Tensors are saved bit for bit with requires_grad and grads; `load FILE` or `gradstep FILE -i` restores it. The file is replaced atomically.",
                argumentKind: .value, handler: { s, a in try s.saveCommand(a) }),
        Command(name: "load", aliases: [], arguments: "FILE",
                summary: "replace the session with one saved by `save FILE`",
                details: "Restores every variable, parameter, gradient, the recorded model and the learning rate. A damaged file changes nothing.",
                argumentKind: .value, handler: { s, a in try s.loadCommand(a) }),
    ]

    /// The command called `word` (its name or an alias).
    public static func lookup(_ word: String) -> Command? {
        all.first { $0.words.contains(word) }
    }

    /// Every command word (names and aliases).
    public static var words: [String] { all.flatMap(\.words) }
}
