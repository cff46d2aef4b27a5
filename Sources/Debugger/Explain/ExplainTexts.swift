/// Every text explain mode shows: the prose after each command and the cause and fix under each
/// kind of error. Kept in one place so wording stays consistent and tests can check coverage.
public enum ExplainTexts {
    /// What the command did in autograd terms, and the PyTorch line that does the same.
    public static func command(_ name: String) -> Explanation? {
        commands[name]
    }

    static let commands: [String: Explanation] = [
        "limit": Explanation(
            text: "Limits keep a mistake (a huge shape, a def that calls itself forever) from exhausting memory or the stack: the statement fails with an error instead and the session stays as it was. PyTorch has no such limit for tensors; Python's recursion limit is the same idea.",
            pytorch: "sys.setrecursionlimit(1000)"),
        "plot": Explanation(
            text: "The plot shows the data as dots and the model's predictions in red, computed with the current parameters. Watching the red points move toward the dots after each step is gradient descent made visible; `plot loss` shows the same progress as one falling curve.",
            pytorch: "plt.scatter(x, y); plt.scatter(x, preds.detach(), color='red')"),
        "save": Explanation(
            text: "`save FILE` wrote every tensor bit for bit, with its requires_grad flag and .grad, plus the statements that define the model, so `load FILE` brings this exact moment back. `save plots DIR` wrote every plot of the session as an SVG file. Nothing about the model changed.",
            pytorch: "torch.save({'params': params, 'grad': params.grad}, 'session.pt')"),
        "load": Explanation(
            text: "The session was replaced by the saved one: the same tensors bit for bit, the same gradients, the same recorded model. Autograd graphs are not saved; run `forward` to build a new one.",
            pytorch: "state = torch.load('session.pt')"),
        "forward": Explanation(
            text: "Autograd re-ran your assignments and recorded every operation on tensors that require grad. Each result got a grad_fn pointing at the op that made it, so the graph now leads from the loss back to the parameters.",
            pytorch: "loss = ((f(x, params) - y)**2).mean()"),
        "backward": Explanation(
            text: "Autograd walked the graph from the loss to the leaves, multiplying each node's local derivative by the gradient arriving from above (the chain rule). Leaves that require grad got the result added to .grad, and the graph's saved values were freed.",
            pytorch: "loss.backward()"),
        "bstep": Explanation(
            text: "The same backward pass, paused before each node so you can see the chain rule one multiplication at a time. Nothing else differs: the leaves' .grad change only when their AccumulateGrad node runs.",
            pytorch: "loss.backward()  # one node at a time"),
        "grad": Explanation(
            text: "Only leaves that require grad keep a gradient in .grad after backward. Intermediate results pass theirs on and forget it unless you asked with retain_grad().",
            pytorch: "print(params.grad)"),
        "step": Explanation(
            text: "Each parameter moved a little against its gradient, the direction in which the loss grows fastest. The update runs under no_grad so that it is not itself recorded in a graph.",
            pytorch: "with torch.no_grad(): params -= lr * params.grad"),
        "zero_grad": Explanation(
            text: "backward adds into .grad instead of overwriting it. Clearing the gradients after each step makes the next step use only the next pass's gradient.",
            pytorch: "params.grad = None  # optimizer.zero_grad()"),
        "detach": Explanation(
            text: "A detached tensor has the same values but no grad_fn, so the graph ends there. Gradient cannot flow back through it to the parameters it was computed from.",
            pytorch: "h = h.detach()"),
        "graph": Explanation(
            text: "Every tensor computed from one that requires grad remembers the operation that made it (its grad_fn) and that operation's inputs. Following those links from the loss gives the graph backward walks.",
            pytorch: "loss.grad_fn, loss.grad_fn.next_functions"),
        "train": Explanation(
            text: "Training repeats the four moves: build the graph (forward), get gradients (backward), move the parameters (step) and clear the gradients (zero_grad). The loss should fall if the learning rate suits the problem.",
            pytorch: "for i in range(n): loss = ...; loss.backward(); step(); zero_grad()"),
        "lesson": Explanation(
            text: "A lesson runs its steps in a session of its own, so what it defines does not touch your variables.",
            pytorch: "# no PyTorch equivalent"),
        "restore": Explanation(
            text: "train copied every tensor's values and gradients before it started; restore writes those copies back into the same tensor objects, so everything that refers to them sees the values from before training.",
            pytorch: "saved = {k: v.clone() for k, v in params.items()}; ...; with torch.no_grad(): p.copy_(saved[k])"),
        "loss": Explanation(
            text: "The loss is the single number backward starts from: autograd computes how it changes with each parameter. It must be a scalar for backward to work without an explicit gradient.",
            pytorch: "loss = ((pred - y)**2).mean()"),
        "lr": Explanation(
            text: "The learning rate scales every step. Too small and the loss falls slowly; too large and each step overshoots, so the loss grows and can become inf or nan.",
            pytorch: "lr = 1e-5"),
        "seed": Explanation(
            text: "Seeding the random generator makes randn and rand give the same numbers every run, so results can be compared with PyTorch's.",
            pytorch: "torch.manual_seed(42)"),
        "vars": Explanation(
            text: "Parameters are the leaf tensors with requires_grad=True: the only ones backward fills a .grad for. Tensors with a grad_fn were computed from them and are part of the graph.",
            pytorch: "[n for n, v in globals().items() if isinstance(v, torch.Tensor)]"),
        "help": Explanation(
            text: "Each command is one autograd move you would otherwise type as PyTorch code. Anything that is not a command runs as Python.",
            pytorch: "help(torch.Tensor.backward)"),
        "reset": Explanation(
            text: "All variables and their graphs are gone, so nothing refers to the old tensors any more. Start again by defining data and parameters.",
            pytorch: "# restart the Python kernel"),
        "quit": Explanation(text: "The session ends.", pytorch: "exit()"),
        "explain": Explanation(
            text: "Explain mode adds these notes after each command and a cause and fix under each error.",
            pytorch: "# no PyTorch equivalent"),
        "gradcheck": Explanation(
            text: "Autograd's gradient should match the slope you get by nudging each parameter element up and down a little and watching the loss. A small relative error means the backward formulas agree with the forward computation.",
            pytorch: "torch.autograd.gradcheck(fn, (params.double(),))"),
        "compare": Explanation(
            text: "Both runs start from the same parameters. Without zero_grad every step uses the sum of all gradients so far, so the steps keep growing and the loss behaves very differently.",
            pytorch: "for i in range(n): loss.backward(); step()  # with / without params.grad = None"),
        "watch": Explanation(
            text: "A watched expression is re-evaluated after each input and shown when its value changed. It runs without building a graph of its own that you keep.",
            pytorch: "print(expr)  # after every cell"),
        "unwatch": Explanation(text: "The expression is no longer shown after each input.", pytorch: "# remove the print"),
        "break": Explanation(
            text: "train, Python loops and stepped backward passes check the breakpoints after each iteration or node and stop when one holds, leaving the values as they were at that moment.",
            pytorch: "if loss < 0.1: break"),
        "info": Explanation(text: "Lists the breakpoints and watches with their numbers.", pytorch: "# no PyTorch equivalent"),
        "delete": Explanation(text: "The breakpoint no longer stops anything.", pytorch: "# remove the if ...: break"),
    ]

    /// The kinds of error explain mode recognizes, each with a cause and a fix.
    public enum ErrorTopic: String, CaseIterable, Sendable {
        case backwardTwice, noGradFn, inplaceModified, leafInplace, scalarOutput, shapeMismatch, matmulShape,
             integerGrad, noLoss, notATensor, usage, finishedPass, nameError, syntaxError, typeError, indexError,
             valueError, zeroDivision, attributeError, interrupted, other

        /// The topic of an error from its kind (`RuntimeError`) and message.
        public static func classify(kind: String, message: String) -> ErrorTopic {
            let m = message
            if m.hasPrefix("Trying to backward through the graph a second time") { return .backwardTwice }
            if m.hasPrefix("element 0 of tensors does not require grad") { return .noGradFn }
            if m.hasPrefix("one of the variables needed for gradient computation has been modified") { return .inplaceModified }
            if m.contains("leaf Variable that requires grad") { return .leafInplace }
            if m.hasPrefix("grad can be implicitly created only for scalar outputs") { return .scalarOutput }
            if m.contains("must match the size of tensor") || m.contains("shape '[") || m.hasPrefix("Mismatch in shape") { return .shapeMismatch }
            if m.contains("cannot be multiplied") || m.contains("size mismatch") { return .matmulShape }
            if m.contains("floating point") && m.contains("require") { return .integerGrad }
            if m == "no loss yet" { return .noLoss }
            if m.contains("not a tensor") { return .notATensor }
            if m.hasPrefix("usage:") || m.hasPrefix("invalid learning rate") { return .usage }
            if m.contains("backward pass has finished") || m.contains("has already finished") { return .finishedPass }
            switch kind {
            case "NameError": return .nameError
            case "SyntaxError", "IndentationError": return .syntaxError
            case "TypeError": return .typeError
            case "IndexError": return .indexError
            case "ValueError": return .valueError
            case "ZeroDivisionError": return .zeroDivision
            case "AttributeError": return .attributeError
            case "KeyboardInterrupt": return .interrupted
            default: return .other
            }
        }

        /// Why it happened, in plain words.
        public var cause: String {
            switch self {
            case .backwardTwice: return "backward frees the values the graph saved for computing derivatives, so the same graph cannot be walked a second time."
            case .noGradFn: return "the tensor you called backward on was not computed from anything that requires grad, so there is no graph to walk."
            case .inplaceModified: return "a tensor that the graph saved for backward was changed in place afterwards, so its derivative would use the wrong values."
            case .leafInplace: return "changing a parameter in place while grad mode is on would be recorded as part of the graph and break it."
            case .scalarOutput: return "backward without arguments needs a single number to start from; this tensor has several elements."
            case .shapeMismatch: return "the tensors' shapes do not fit together: broadcasting needs each dimension to be equal or 1."
            case .matmulShape: return "for a matrix product the inner dimensions must be equal (an (n×k) times a (k×m))."
            case .integerGrad: return "only floating-point tensors can have gradients; integer tensors have no slopes."
            case .noLoss: return "the commands need to know which tensor is the loss, and none is defined yet."
            case .notATensor: return "the command works on tensors, and that name holds something else."
            case .usage: return "the command's arguments were not in the form it expects."
            case .finishedPass: return "every node of that backward pass has already run."
            case .nameError: return "the name was never assigned (or is misspelled) in this session."
            case .syntaxError: return "the line is not valid Python, so nothing ran."
            case .typeError: return "a value of the wrong type was given to an operation or a function."
            case .indexError: return "an index is outside the tensor's or list's size."
            case .valueError: return "a value has the right type but a wrong content (for example unpacking the wrong number of items)."
            case .zeroDivision: return "Python numbers cannot be divided by zero (tensors give inf instead)."
            case .attributeError: return "the object has no attribute or method with that name."
            case .interrupted: return "Ctrl-C stopped the run after the current iteration."
            case .other: return "PyTorch refused the operation; the message above says which rule it broke."
            }
        }

        /// The command (or Python) that fixes it.
        public var fix: String {
            switch self {
            case .backwardTwice: return "run `forward` first, or `backward --retain` to keep the saved values"
            case .noGradFn: return "make a parameter with `w = torch.randn(3, requires_grad=True)` and recompute the loss from it"
            case .inplaceModified: return "use an out-of-place op (`x = x * 2` instead of `x *= 2`), then `forward`"
            case .leafInplace: return "update parameters with `step` (it runs under torch.no_grad())"
            case .scalarOutput: return "reduce the tensor first, e.g. `loss = ((pred - y)**2).mean()`"
            case .shapeMismatch: return "check the shapes with `vars`, then reshape with `.view(...)` or `.unsqueeze(...)`"
            case .matmulShape: return "check the shapes with `vars`; transpose one side with `.T` if needed"
            case .integerGrad: return "create it as float: `torch.tensor([1., 2.], requires_grad=True)`"
            case .noLoss: return "assign `loss = ...` or choose a tensor with `loss NAME`"
            case .notATensor: return "list what each name holds with `vars`"
            case .usage: return "see `help COMMAND` for the arguments"
            case .finishedPass: return "run `forward` and `backward --step` again"
            case .nameError: return "define it first, or check the spelling with `vars`"
            case .syntaxError: return "fix the line where the caret points and run it again"
            case .typeError: return "check the types with `vars` and `type(x)`"
            case .indexError: return "check the size with `x.shape`"
            case .valueError: return "check how many items the value really has, e.g. with `len(x)`"
            case .zeroDivision: return "guard the division, or use a tensor"
            case .attributeError: return "check the spelling; `help` lists the commands"
            case .interrupted: return "run the command again to continue"
            case .other: return "read the message; `help` lists the commands"
            }
        }
    }
}
