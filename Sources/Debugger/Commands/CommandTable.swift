/// The debugger's commands: the single table that parsing, dispatch, usage, `help` and TAB completion
/// read. Adding a command is one entry here (and its handler).
public enum CommandTable {
    public static let all: [Command] = [
        Command(name: "forward", aliases: ["fwd"], parameters: [.flag("--step")], group: .autograd,
                summary: "recompute the loss from the current parameters (builds a new graph)",
                details: """
                Re-runs, in their original order, the assignments you typed that the loss depends on and \
                that depend on a parameter. Data (assignments that read no parameter) keeps its value.
                Prints the loss and how many nodes the new graph has. With --step, walks the new graph one \
                operation at a time in the order the forward ran, showing each op's inputs and output.
                """,
                explain: Explanation(text: "Autograd re-ran your assignments and recorded every operation on tensors that require grad. Each result got a grad_fn pointing at the op that made it, so the graph now leads from the loss back to the parameters.",
                                     pytorch: "loss = ((f(x, params) - y)**2).mean()"),
                pytorch: { $0.pytorchForward() },
                handler: { s, a in try s.forwardEntry(step: a.flag("--step")) }),
        Command(name: "backward", aliases: ["bwd"], parameters: [.flag("--step"), .flag("--retain", aliases: ["--retain_graph", "--retain-graph"])], group: .autograd,
                summary: "backpropagate from the loss and show every parameter's gradient",
                details: """
                Runs loss.backward(). When a parameter already had a gradient, shows old + this pass = new: \
                gradients accumulate until zero_grad. The graph's saved values are freed afterwards, so a \
                second backward needs a new forward first (or use --retain, PyTorch's retain_graph=True). \
                With --step (or `bstep`), pauses before each node: next/n, continue/c, where/w, print/p EXPR, \
                graph, finish, quit/q (abandon, grads as before). A blank line repeats the last verb.
                """,
                explain: Explanation(text: "Autograd walked the graph from the loss to the leaves, multiplying each node's local derivative by the gradient arriving from above (the chain rule). Leaves that require grad got the result added to .grad, and the graph's saved values were freed.",
                                     pytorch: "loss.backward()"),
                pytorch: { $0.pytorchBackward(stepping: false) },
                handler: { s, a in try s.backwardEntry(step: a.flag("--step"), retain: a.flag("--retain")) }),
        Command(name: "grad", aliases: [], parameters: [.rest("NAME", .tensor, optional: true)], group: .autograd,
                summary: "show the gradients of all parameters, or of one tensor",
                details: """
                Without NAME: every parameter's .grad. With NAME: that tensor's .grad (a non-leaf tensor \
                keeps one only if you called NAME.retain_grad() before backward).
                """,
                explain: Explanation(text: "Only leaves that require grad keep a gradient in .grad after backward. Intermediate results pass theirs on and forget it unless you asked with retain_grad().",
                                     pytorch: "print(params.grad)"),
                handler: { s, a in try s.gradCommand(a.string("NAME")) }),
        Command(name: "step", aliases: [], parameters: [.positional("lr", .number, optional: true), .flag("--state")], group: .autograd,
                summary: "gradient descent: p -= lr * p.grad for every parameter",
                details: """
                Runs `with torch.no_grad(): p -= lr * p.grad` for each parameter with a gradient and shows \
                before → after. lr is your Python variable `lr` (default 0.01 while you have none); \
                `step X` sets it. Warns when a gradient is stale (computed before the previous step) or adds up \
                several backward passes. With an optimizer (`opt = torch.optim.SGD(...)`), runs opt.step() instead; \
                `step --state` then also shows what the optimizer keeps per parameter (Adam's moments exp_avg and \
                exp_avg_sq, SGD's momentum_buffer, RMSprop's square_avg, Adagrad's sum). If you defined your own `step`, `step` alone is yours; `%step` is this command.
                """,
                explain: Explanation(text: "Each parameter moved a little against its gradient, the direction in which the loss grows fastest. The update runs under no_grad so that it is not itself recorded in a graph.",
                                     pytorch: "with torch.no_grad(): params -= lr * params.grad"),
                pytorch: { $0.pytorchStep() },
                handler: { s, a in try s.training.stepEntry(lr: a.string("lr"), state: a.flag("--state")) }),
        Command(name: "zero_grad", aliases: ["zero"], parameters: [.flag("--zeros")], group: .autograd,
                summary: "clear every parameter's gradient (set to None)",
                details: """
                Sets each parameter's .grad to None, as PyTorch's optimizer.zero_grad() does by default. \
                With --zeros, fills the gradients with zeros instead (set_to_none=False).
                """,
                explain: Explanation(text: "backward adds into .grad instead of overwriting it. Clearing the gradients after each step makes the next step use only the next pass's gradient.",
                                     pytorch: "params.grad = None  # optimizer.zero_grad()"),
                pytorch: { $0.pytorchZeroGrad() },
                handler: { s, a in try s.training.zeroGradCommand(zeros: a.flag("--zeros")) }),
        Command(name: "detach", aliases: [], parameters: [.positional("NAME", .tensor)], group: .autograd,
                summary: "replace NAME with a detached copy and show what stops receiving gradient",
                details: """
                NAME = NAME.detach(): same values, no graph, requires_grad=False. forward keeps the detached \
                value (it is data now) until you assign NAME again.
                """,
                explain: Explanation(text: "A detached tensor has the same values but no grad_fn, so the graph ends there. Gradient cannot flow back through it to the parameters it was computed from.",
                                     pytorch: "h = h.detach()"),
                handler: { s, a in try s.detachEntry(a.string("NAME") ?? "") }),
        Command(name: "graph", aliases: [], parameters: [.positional("NAME", .tensor, optional: true), .flag("--values"), .flag("--grads"), .flag("--shapes"), .option("--dot", "FILE", .file), .option("--svg", "FILE", .file)], group: .seeing,
                summary: "draw the computation graph of the loss (or of NAME) as a tree",
                details: """
                The root comes first; each node shows its grad_fn, the operation, the output shape and a \
                short value, and after a backward the gradient that reached it. Leaves are parameters \
                (AccumulateGrad), data or detached. A node used twice is numbered (#3) and later shown as \
                `↑ see #3`; [saved values freed] marks nodes a second backward would fail on. \
                --values/--grads/--shapes choose the columns. --dot FILE writes Graphviz DOT (torchviz colours), \
                --svg FILE renders it with Graphviz's `dot`.
                """,
                explain: Explanation(text: "Every tensor computed from one that requires grad remembers the operation that made it (its grad_fn) and that operation's inputs. Following those links from the loss gives the graph backward walks.",
                                     pytorch: "loss.grad_fn, loss.grad_fn.next_functions"),
                handler: { s, a in try s.graphs.show(a) }),
        Command(name: "train", aliases: [], parameters: [.positional("N", .integer(min: 1)), .positional("lr", .number, optional: true), .keyword("every", "K", .integer(min: 1)), .flag("--animate")], group: .training,
                summary: "repeat forward, backward, step, zero_grad N times",
                details: """
                Prints the loss every K iterations (default N/10). Ctrl-C stops cleanly after the current \
                iteration. Stops with an explanation if the loss becomes nan or inf (usually lr too large). \
                lr is your variable `lr` (`train N X` sets it). `restore` undoes the last train.
                With --animate (on a terminal), redraws the fit (or the loss curve) in place every K \
                iterations (default N/100) instead of printing; elsewhere it prints as usual and draws the final fit.
                """,
                explain: Explanation(text: "Training repeats the four moves: build the graph (forward), get gradients (backward), move the parameters (step) and clear the gradients (zero_grad). The loss should fall if the learning rate suits the problem.",
                                     pytorch: "for i in range(n): loss = ...; loss.backward(); step(); zero_grad()"),
                handler: { s, a in try s.training.train(a) }),
        Command(name: "restore", aliases: [], parameters: [], group: .training,
                summary: "put every variable back as it was before the last train",
                details: "`train` takes a checkpoint of your variables (parameters, their grads, the loss) before it starts; `restore` puts them back, e.g. after a too-large lr made the loss blow up.",
                explain: Explanation(text: "train copied every tensor's values and gradients before it started; restore writes those copies back into the same tensor objects, so everything that refers to them sees the values from before training.",
                                     pytorch: "saved = {k: v.clone() for k, v in params.items()}; ...; with torch.no_grad(): p.copy_(saved[k])"),
                handler: { s, a in try s.training.restore() }),
        Command(name: "loss", aliases: [], parameters: [.positional("NAME", .tensor, optional: true)], group: .session,
                summary: "show the loss, or choose which variable is the loss",
                details: """
                By default the loss is the last assigned tensor named `loss` or `err`. `loss NAME` chooses \
                another. Once you have a variable `loss`, `loss` alone is Python and prints it; `%loss` and \
                `%loss NAME` are this command.
                """,
                explain: Explanation(text: "The loss is the single number backward starts from: autograd computes how it changes with each parameter. It must be a scalar for backward to work without an explicit gradient.",
                                     pytorch: "loss = ((pred - y)**2).mean()"),
                handler: { s, a in try s.lossCommand(a.string("NAME")) }),
        Command(name: "lr", aliases: [], parameters: [.positional("X", .number, optional: true)], group: .training,
                summary: "show or set the learning rate used by step and train",
                details: "The learning rate is your Python variable `lr`: `lr = 1e-5` and `lr 1e-5` set the same thing, and step, train and compare use it (0.01 while you have no `lr`).",
                explain: Explanation(text: "The learning rate scales every step. Too small and the loss falls slowly; too large and each step overshoots, so the loss grows and can become inf or nan.",
                                     pytorch: "lr = 1e-5"),
                handler: { s, a in try s.training.lr(a.string("X")) }),
        Command(name: "seed", aliases: [], parameters: [.positional("N", .integer(min: .min))], group: .session,
                summary: "torch.manual_seed(N)",
                details: "Seeds torch's random generator, so randn/rand give PyTorch's exact numbers.",
                explain: Explanation(text: "Seeding the random generator makes randn and rand give the same numbers every run, so results can be compared with PyTorch's.",
                                     pytorch: "torch.manual_seed(42)"),
                handler: { s, a in try s.seedCommand(a.string("N") ?? "") }),
        Command(name: "vars", aliases: ["variables"], parameters: [], group: .session,
                summary: "list your variables with types and shapes (parameters marked)",
                details: "Shows every variable you defined, its type and shape, whether it is a parameter and its grad_fn.",
                explain: Explanation(text: "Parameters are the leaf tensors with requires_grad=True: the only ones backward fills a .grad for. Tensors with a grad_fn were computed from them and are part of the graph.",
                                     pytorch: "[n for n, v in globals().items() if isinstance(v, torch.Tensor)]"),
                handler: { s, a in try s.varsCommand() }),
        Command(name: "help", aliases: [], parameters: [.positional("COMMAND", .command, optional: true)], group: .session,
                summary: "list the commands, or explain one",
                details: "`help` lists every command; `help step` explains one.",
                explain: Explanation(text: "Each command is one autograd move you would otherwise type as PyTorch code. Anything that is not a command runs as Python.",
                                     pytorch: "help(torch.Tensor.backward)"),
                handler: { s, a in try s.helpCommand(a.string("COMMAND")) }),
        Command(name: "reset", aliases: [], parameters: [], group: .session,
                summary: "forget every variable and start over",
                details: "Clears your variables, the recorded model, the learning rate and the pass counters.",
                explain: Explanation(text: "All variables and their graphs are gone, so nothing refers to the old tensors any more. Start again by defining data and parameters.",
                                     pytorch: "# restart the Python kernel"),
                handler: { s, a in try s.resetCommand() }),
        Command(name: "quit", aliases: ["exit"], parameters: [], group: .session,
                summary: "leave gradstep (Ctrl-D works too)",
                details: "Ends the session.",
                explain: Explanation(text: "The session ends.",
                                     pytorch: "exit()"),
                handler: { s, a in try s.quitCommand() }),
        Command(name: "plot", aliases: [], parameters: [.positional("X", .expression, optional: true, shown: "loss|X"), .positional("Y", .expression, optional: true), .positional("PRED", .expression, optional: true), .flag("--log"), .option("--svg", "FILE", .file)], group: .seeing,
                summary: "plot the data against the model's predictions, or the loss history",
                details: """
                `plot` draws y (dots) and the predictions (red) against x, in braille. They are found from the \
                loss: the two operands of a loss function call (`F.mse_loss(pred, y)`, `mse(y, y_hat)`) or of \
                the first subtraction (`((yhat - y)**2).mean()`); the one computed from a parameter is the \
                prediction. x is the data tensor the prediction reads (`x` first; of a matrix, the first \
                column that varies). Without a loss, the names yhat/y_hat/preds/y_pred and y are used.
                `plot X Y [PRED]` names them (expressions without spaces, e.g. `plot x[:,0] y yhat`).
                `plot loss [--log]` draws the loss after every forward and training step.
                `--svg FILE` also writes the plot as SVG; `plot --svg FILE` alone writes the last plot drawn.
                Values are those the variables hold now: after `step`, run `forward` to refresh predictions.
                """,
                explain: Explanation(text: "The plot shows the data as dots and the model's predictions in red, computed with the current parameters. Watching the red points move toward the dots after each step is gradient descent made visible; `plot loss` shows the same progress as one falling curve.",
                                     pytorch: "plt.scatter(x, y); plt.scatter(x, preds.detach(), color='red')"),
                handler: { s, a in try s.plotting.plotCommand(a) }),
        Command(name: "save", aliases: [], parameters: [.positional("FILE", .file, shown: "FILE|plots"), .positional("DIR", .file, optional: true)], group: .session,
                summary: "save the whole session to FILE, or every plot of the session to DIR as SVG",
                details: """
                `save FILE`: tensors bit for bit with requires_grad and grads, the recorded model and the lr; \
                `load FILE` or `gradstep FILE -i` restores it. The file is replaced atomically.
                `save plots DIR`: creates DIR if needed and writes plot-01-fit.svg, plot-02-loss.svg, … in the order they were drawn.
                """,
                explain: Explanation(text: "`save FILE` wrote every tensor bit for bit, with its requires_grad flag and .grad, plus the statements that define the model, so `load FILE` brings this exact moment back. `save plots DIR` wrote every plot of the session as an SVG file. Nothing about the model changed.",
                                     pytorch: "torch.save({'params': params, 'grad': params.grad}, 'session.pt')"),
                handler: { s, a in try s.saveCommand(a) }),
        Command(name: "save-notebook", aliases: [], parameters: [.rest("FILE", .file, shown: "FILE.ipynb")], group: .session,
                summary: "write the session's cells and their outputs as a Jupyter notebook",
                details: """
                Writes an nbformat 4 notebook that Jupyter opens: the notebook you are walking (its cells as \
                you edited them, each with the outputs of its last run) and every line you typed, as a code \
                cell placed where you typed it. Outputs are the printed text, the value shown as Out[n], errors, \
                and every plot as an SVG picture. Debugger commands (`backward`, `step`, …) are saved as \
                comments with their output, so the notebook still runs in Jupyter. The file is replaced atomically.
                """,
                explain: Explanation(text: "The cells and their outputs were written as a Jupyter notebook. Nothing in the session changed.",
                                     pytorch: "# File > Save and Checkpoint, in Jupyter"),
                handler: { s, a in try s.notebook.save(to: a.string("FILE") ?? "") }),
        Command(name: "bstep", aliases: [], parameters: [.flag("--retain", aliases: ["--retain_graph", "--retain-graph"])], group: .autograd,
                summary: "step through backward one node at a time (backward --step)",
                details: """
                Starts a backward pass paused at the root. Each `next` runs one node and shows the gradient \
                arriving, the local derivative in symbols and numbers, what goes to each input, and the += into \
                a leaf's .grad. Verbs: next/n, continue/c, where/w, print/p EXPR, graph, finish, quit/q.
                """,
                explain: Explanation(text: "The same backward pass, paused before each node so you can see the chain rule one multiplication at a time. Nothing else differs: the leaves' .grad change only when their AccumulateGrad node runs.",
                                     pytorch: "loss.backward()  # one node at a time"),
                pytorch: { $0.pytorchBackward(stepping: true) },
                handler: { s, a in try s.backwardEntry(step: true, retain: a.flag("--retain")) }),
        Command(name: "explain", aliases: [], parameters: [.positional("MODE", .choice(["on", "off"]), optional: true)], group: .seeing,
                summary: "after each command, say what autograd did and the PyTorch line for it",
                details: "With explain on, every command is followed by two or three plain sentences and the equivalent PyTorch code, and every error by its cause and the command that fixes it.",
                explain: Explanation(text: "Explain mode adds these notes after each command and a cause and fix under each error.",
                                     pytorch: "# no PyTorch equivalent"),
                handler: { s, a in try s.explaining.setMode(a.string("MODE")) }),
        Command(name: "gradcheck", aliases: [], parameters: [.positional("NAME", .tensor, optional: true)], group: .seeing,
                summary: "compare autograd's gradients with central finite differences",
                details: "For each parameter element (or those of NAME), nudges it by ±h, recomputes the loss and compares (f(x+h) - f(x-h)) / 2h with autograd's gradient. Leaves your variables and grads as they were.",
                explain: Explanation(text: "Autograd's gradient should match the slope you get by nudging each parameter element up and down a little and watching the loss. A small relative error means the backward formulas agree with the forward computation.",
                                     pytorch: "torch.autograd.gradcheck(fn, (params.double(),))"),
                handler: { s, a in try s.gradcheckCommand(a.string("NAME")) }),
        Command(name: "compare", aliases: [], parameters: [.positional("WHAT", .choice(["zero_grad"])), .positional("N", .integer(min: 1), optional: true), .positional("lr", .number, optional: true)], group: .training,
                summary: "train N steps with and without zero_grad from the same start, side by side",
                details: "Runs forward, backward, step N times (default 10) twice from the same parameters: once zeroing the gradients after each step, once not. Shows both loss series; the parameters are restored afterwards.",
                explain: Explanation(text: "Both runs start from the same parameters. Without zero_grad every step uses the sum of all gradients so far, so the steps keep growing and the loss behaves very differently.",
                                     pytorch: "for i in range(n): loss.backward(); step()  # with / without params.grad = None"),
                handler: { s, a in try s.training.compare(a) }),
        Command(name: "watch", aliases: ["display"], parameters: [.rest("EXPR", .tensor)], group: .seeing,
                summary: "show EXPR after every input that changes it",
                details: "Like gdb's display: `watch params.grad` prints the gradient whenever it changes. `unwatch N` stops, `info watch` lists.",
                explain: Explanation(text: "A watched expression is re-evaluated after each input and shown when its value changed. It runs without building a graph of its own that you keep.",
                                     pytorch: "print(expr)  # after every cell"),
                handler: { s, a in try s.watches.watch(a.string("EXPR") ?? "") }),
        Command(name: "unwatch", aliases: [], parameters: [.positional("N", .integer(min: 1))], group: .seeing,
                summary: "stop showing watch N",
                details: "Removes a watch added with `watch EXPR` (numbers from `info watch`).",
                explain: Explanation(text: "The expression is no longer shown after each input.",
                                     pytorch: "# remove the print"),
                handler: { s, a in try s.watches.unwatch(a.int("N") ?? 0) }),
        Command(name: "break", aliases: [], parameters: [.rest("CONDITION", .choice(["nan", "loss", "grad", "step"]), shown: "nan | loss < X | grad NAME > X | step N")], group: .seeing,
                summary: "stop train, loops and stepped backward when a condition holds",
                details: "`break nan`: the loss or any gradient becomes nan/inf. `break loss < 0.1`. `break grad W > 1e3`: the largest |element| of W.grad. `break step N`: iteration N. `info break` lists, `delete N` removes.",
                explain: Explanation(text: "train, Python loops and stepped backward passes check the breakpoints after each iteration or node and stop when one holds, leaving the values as they were at that moment.",
                                     pytorch: "if loss < 0.1: break"),
                handler: { s, a in try s.watches.addBreak(a.string("CONDITION") ?? "") }),
        Command(name: "info", aliases: [], parameters: [.positional("WHAT", .choice(["break", "watch"]), optional: true)], group: .seeing,
                summary: "list breakpoints or watches",
                details: "`info break` lists the breakpoints with their hit counts (and the watches); `info watch` the watches.",
                explain: Explanation(text: "Lists the breakpoints and watches with their numbers.",
                                     pytorch: "# no PyTorch equivalent"),
                handler: { s, a in try s.watches.info(a.string("WHAT") ?? "break") }),
        Command(name: "delete", aliases: [], parameters: [.positional("N", .integer(min: 1), optional: true)], group: .seeing,
                summary: "delete breakpoint N (all without N)",
                details: "Removes a breakpoint added with `break` (numbers from `info break`).",
                explain: Explanation(text: "The breakpoint no longer stops anything.",
                                     pytorch: "# remove the if ...: break"),
                handler: { s, a in try s.watches.delete(a.int("N")) }),
        Command(name: "load", aliases: [], parameters: [.rest("FILE", .file)], group: .session,
                summary: "replace the session with one saved by `save FILE`",
                details: "Restores every variable, parameter, gradient, the recorded model and the learning rate. A damaged file changes nothing.",
                explain: Explanation(text: "The session was replaced by the saved one: the same tensors bit for bit, the same gradients, the same recorded model. Autograd graphs are not saved; run `forward` to build a new one.",
                                     pytorch: "state = torch.load('session.pt')"),
                handler: { s, a in try s.loadCommand(a.string("FILE") ?? "") }),
        Command(name: "lesson", aliases: ["lessons"], parameters: [.positional("NAME", .lesson, optional: true, shown: "NAME|N")], group: .session,
                summary: "list the guided lessons, or start one (in a fresh session of its own)",
                details: "`lesson` lists the lessons with your progress; `lesson 2` or `lesson quadratic` runs one guided, in its own session: your variables stay as they are, and you come back to them when you `quit` the lesson. The same as `gradstep lesson` in the shell.",
                explain: Explanation(text: "A lesson runs its steps in a session of its own, so what it defines does not touch your variables.",
                                     pytorch: "# no PyTorch equivalent"),
                handler: { s, a in try s.lessons.start(a.string("NAME"), console: s.activeConsole) }),
        Command(name: "limit", aliases: [], parameters: [.positional("WHICH", .choice(["elements", "recursion"]), optional: true), .positional("N", .integer(min: 1), optional: true)], group: .session,
                summary: "show or set the limits: tensor size in elements, depth of def calls",
                details: "`limit elements N`: no creation function (zeros, randn, arange, …) may make a tensor of more than N elements (default 100000000). `limit recursion N`: a def may call itself at most N deep (default 1000, at most 10000). Past a limit the statement fails with a clear error and changes nothing.",
                explain: Explanation(text: "Limits keep a mistake (a huge shape, a def that calls itself forever) from exhausting memory or the stack: the statement fails with an error instead and the session stays as it was. PyTorch has no such limit for tensors; Python's recursion limit is the same idea.",
                                     pytorch: "sys.setrecursionlimit(1000)"),
                handler: { s, a in try s.limitCommand(a) }),
    ]

    /// The command called `word` (its name or an alias).
    public static func lookup(_ word: String) -> Command? {
        byWord[word]
    }

    /// Every command by each of its words (every line of a script asks whether it is a command).
    private static let byWord: [String: Command] = {
        var table: [String: Command] = [:]
        for c in all { for w in c.words where table[w] == nil { table[w] = c } }
        return table
    }()

    /// Every command word (names and aliases).
    public static var words: [String] { all.flatMap(\.words) }
}
