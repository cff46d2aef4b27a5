import Autograd

/// Turns reports into console text: the one place that decides wording, layout and `TextStyle`.
public struct ReportRenderer {
    public init() {}

    /// Sentences for a person at a terminal wrap at spaces, never inside a word or number (the
    /// terminal's own wrapping would cut them); other consoles get each paragraph on one line.
    static func prose(_ text: String, _ console: Console, indent: Int = 0) -> String {
        guard console.isTerminal else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrap(String($0), width: console.width - 1, indent: indent) }
            .joined(separator: "\n")
    }

    /// Text for the console: at a terminal, wrapped at spaces to its width (for the start banner).
    public static func wrapped(_ text: String, for console: Console) -> String { prose(text, console) }

    /// `text` to start at column `indent` (already there) and wrap into lines that start there too.
    static func wrapHanging(_ text: String, width: Int, indent: Int) -> String {
        let room = max(20, width - indent)
        let body = wrap(text, width: room, indent: 0, minimum: 20)
        return body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? String($0.element) : String(repeating: " ", count: indent) + $0.element }
            .joined(separator: "\n")
    }

    /// Writes `report` to `console`.
    public func render(_ report: Report, to console: Console) {
        switch report {
        case .value(let text):
            console.out(text + "\n", .plain)
        case .error(let kind, let message, let hint, let traceback):
            if let traceback { console.err(traceback, .dim) }
            console.err((message.isEmpty ? kind : "\(kind): \(message)") + "\n", .error)
            if let hint { console.err(Self.prose("hint: \(hint)", console, indent: 6) + "\n", .dim) }
        case .syntaxError(let text):
            console.err(text + "\n", .error)
        case .info(let text):
            console.out(text + "\n", .plain)
        case .warning(let text):
            console.out(Self.prose("warning: " + text, console, indent: 9) + "\n", .warning)
        case .hint(let text):
            console.out(Self.prose(text, console) + "\n", .dim)
        case .echoInput(let prompt, let line):
            console.out(prompt, .prompt)
            console.out(line + "\n", .plain)
        case .forward(let loss, let value, let nodes, let recomputed):
            console.out(loss, .name)
            console.out(" = " + Self.tensorText(value) + "\n", .value)
            let what = recomputed == 1 ? "1 assignment" : "\(recomputed) assignments"
            console.out("recomputed \(what); new graph: \(nodes) node\(nodes == 1 ? "" : "s")\n", .dim)
        case .backward(let loss, let changes, let untouched):
            console.out("backward from \(loss)\n", .heading)
            var accumulated = false
            for c in changes {
                console.out(c.name + ".grad", .name)
                console.out("  (pass \(c.passes) since zero_grad)\n", .dim)
                if c.old != nil { accumulated = true }
                console.out("    before     " + (c.old.map(Self.tensorText) ?? "None") + "\n", .plain)
                console.out("  + this pass  " + Self.tensorText(c.added) + "\n", .plain)
                console.out("  = after      " + Self.tensorText(c.new) + "\n", .value)
            }
            for name in untouched {
                console.out("\(name) got no gradient: \(loss) does not depend on it\n", .dim)
            }
            if accumulated {
                console.out("Gradients accumulate: each backward adds to .grad until you zero_grad.\n", .warning)
            }
        case .grads(let entries):
            if entries.isEmpty { console.out("no parameters (tensors with requires_grad=True)\n", .dim) }
            for e in entries {
                console.out(e.name + ".grad", .name)
                if let g = e.grad {
                    console.out(" = " + Self.tensorText(g), .value)
                    console.out(e.passes > 1 ? "  (\(e.passes) passes accumulated)\n" : "\n", .dim)
                } else {
                    console.out(" = None\n", .plain)
                }
                if let note = e.note { console.out("    " + note + "\n", .dim) }
            }
        case .step(let lr, let changes, let skipped):
            console.out("step with lr = \(PythonFloat.repr(lr)):  p -= lr * p.grad\n", .heading)
            for c in changes {
                console.out(c.name, .name)
                console.out(": " + Self.tensorText(c.before) + " → ", .plain)
                console.out(Self.tensorText(c.after) + "\n", .value)
            }
            for name in skipped { console.out("\(name) has no grad: unchanged\n", .dim) }
        case .optimizerStep(let call, let rule, let changes, let skipped):
            console.out("step: \(call)  (your optimizer: \(rule))\n", .heading)
            for c in changes {
                console.out(c.name, .name)
                console.out(": " + Self.tensorText(c.before) + " → ", .plain)
                console.out(Self.tensorText(c.after) + "\n", .value)
            }
            for name in skipped { console.out("\(name) has no grad: unchanged\n", .dim) }
        case .optimizerState(let v):
            console.out("\(v.optimizer).state after the step:\n", .heading)
            if v.rows.isEmpty { console.out("  (empty: the optimizer has not stepped a parameter yet)\n", .dim) }
            for row in v.rows {
                console.out("  " + row.parameter + "\n", .name)
                for e in row.entries {
                    let head = "    \(e.key) = "
                    let text = e.value.map(Self.tensorText) ?? e.text ?? "None"
                    console.out(head + Self.indentContinuation(text, by: head.count) + "\n", .value)
                }
            }
        case .zeroGrad(let names, let zeros):
            if names.isEmpty {
                console.out("no parameters to zero\n", .dim)
            } else {
                let what = zeros ? "filled with zeros" : "set to None"
                console.out("\(names.map { $0 + ".grad" }.joined(separator: ", ")) \(what)\n", .good)
            }
        case .detached(let name, let stopped, let wasParameter):
            console.out(name, .name)
            console.out(" is now a detached copy (requires_grad=False, no grad_fn)\n", .plain)
            if wasParameter {
                console.out("\(name) was a parameter: it no longer receives gradient and step leaves it alone.\n", .warning)
            }
            if !stopped.isEmpty {
                console.out("no longer receives gradient through \(name): \(stopped.joined(separator: ", "))\n", .warning)
            }
        case .graph(let text):
            console.out(text, .plain)
        case .trainProgress(let iteration, let total, let loss):
            let width = String(total).count
            let it = String(repeating: " ", count: max(0, width - String(iteration).count)) + String(iteration)
            console.out("iter \(it)/\(total)  loss \(PythonFloat.repr(loss))\n", .plain)
        case .trainEnd(let ending):
            switch ending {
            case .finished(let n, let loss):
                console.out("trained \(n) iteration\(n == 1 ? "" : "s"); loss \(PythonFloat.repr(loss))\n", .good)
            case .interrupted(let i, let loss):
                if console.isTerminal { console.out("\n", .plain) }  // after the terminal's echoed ^C
                console.out(Self.prose("interrupted after iteration \(i); loss \(PythonFloat.repr(loss)). Parameters keep their values.", console) + "\n", .warning)
            case .diverged(let i, let loss, let lr):
                console.err("stopped at iteration \(i): the loss became \(PythonFloat.repr(loss)).\n", .error)
                console.err(Self.prose("The learning rate (\(PythonFloat.repr(lr))) is probably too large: each step overshoots and the loss grows. Run `restore` to put the parameters back as they were before this train, then try a smaller lr, e.g. `lr \(PythonFloat.repr(lr / 10))`.", console) + "\n", .dim)
            case .nonFinite(let i, let what, let value, let cause):
                let shown = value.map { PythonFloat.repr($0) } ?? "nan or inf"
                console.err(Self.prose("stopped at iteration \(i): \(what) became \(shown). Parameters keep the values of the last completed step.", console) + "\n", .error)
                console.err(Self.prose("Likely cause: \(cause).", console) + "\n", .dim)
                console.err(Self.prose("`restore` puts the parameters back as they were before this train.", console) + "\n", .dim)
            }
        case .variables(let vars):
            if vars.isEmpty { console.out("no variables yet\n", .dim) }
            let width = vars.map(\.name.count).max() ?? 0
            for v in vars {
                console.out(v.name + String(repeating: " ", count: width - v.name.count + 2), .name)
                var kind = v.type
                if let s = v.shape { kind += Shape.describe(s) }
                console.out(kind, .plain)
                if v.isParameter { console.out("  parameter", .good) }
                if let fn = v.gradFn { console.out("  grad_fn=<\(fn)>", .dim) }
                console.out(v.summary.isEmpty ? "\n" : "  " + v.summary + "\n", .value)
            }
        case .commandList(let commands):
            console.out(Self.prose("Commands (a bare word runs the command; add `(`, `=` or other Python to run Python):", console) + "\n", .heading)
            let usage = commands.map(\.usage)
            let widest = usage.map(\.count).max() ?? 0
            // At a terminal the usage column takes at most a third of the width and summaries wrap under themselves;
            // a longer usage gets its own line. Elsewhere one line per command.
            let column = console.isTerminal ? min(widest, max(18, (console.width - 1) / 3)) : widest
            // Grouped as the table declares them (`Command.group`), in the groups' order.
            for group in CommandGroup.allCases {
                let members = zip(commands, usage).filter { $0.0.group == group }
                if members.isEmpty { continue }
                console.out(group.rawValue + ":\n", .dim)
                for (c, u) in members {
                    if u.count <= column {
                        console.out("  " + u + String(repeating: " ", count: column - u.count + 2), .name)
                    } else {
                        console.out("  " + Self.wrap(u, width: console.width - 3, indent: 4) + "\n" + String(repeating: " ", count: column + 4), .name)
                    }
                    let summary = console.isTerminal ? Self.wrapHanging(c.summary, width: console.width - 1, indent: column + 4) : c.summary
                    console.out(summary + "\n", .plain)
                }
            }
            console.out(Self.prose("Type `help COMMAND` for details. Anything else is run as Python. A name you define wins over "
                                   + "a command of that name (as IPython's automagic); `%COMMAND` always runs the command.", console) + "\n", .dim)
        case .commandHelp(let c):
            console.out(Self.prose(c.usage, console, indent: 4) + "\n", .heading)
            if !c.aliases.isEmpty { console.out("aliases: " + c.aliases.joined(separator: ", ") + "\n", .dim) }
            console.out(Self.prose(c.summary + "\n\n" + c.details, console) + "\n", .plain)
        case .setting(let name, let value):
            console.out(name, .name)
            console.out(" = " + value + "\n", .value)
        case .plot(let text):
            console.out(text + "\n", .plain)
        case .compare(let c):
            renderCompare(c, to: console)
        case .explain(let e):
            renderExplanation(e, to: console)
        case .seeing(let s):
            renderSeeing(s, to: console)
        }
    }

    /// A tensor's values as PyTorch prints them, without autograd suffixes.
    static func tensorText(_ t: Tensor) -> String { t.detach().description }
}
