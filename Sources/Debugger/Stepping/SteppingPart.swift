import Autograd
import Script

/// The step debugger: the backward or forward pass being stepped through, the prompt it shows
/// (`backward 3/9> `), and its verbs (`StepVerbTable`). The session hands it a pass to step through
/// and routes every line typed while stepping to `runStepVerb`.
final class SteppingPart {
    private unowned let host: any SessionHost
    /// The backward pass being stepped through, if any.
    private(set) var backwardStepper: BackwardStepper?
    /// The forward pass being stepped through, if any.
    private(set) var forwardStepper: ForwardStepper?

    init(host: any SessionHost) {
        self.host = host
    }

    /// The prompt while stepping (`backward 3/9> `), nil otherwise.
    var prompt: String? {
        if let s = backwardStepper { return "backward \(min(s.position + 1, s.total))/\(s.total)> " }
        if let s = forwardStepper { return "forward \(min(s.position + 1, s.total))/\(s.total)> " }
        return nil
    }

    var isStepping: Bool { backwardStepper != nil || forwardStepper != nil }

    /// Pauses a backward pass at its root: the next lines are verbs.
    func begin(_ stepper: BackwardStepper) { backwardStepper = stepper }

    /// Steps through a forward pass that already ran: the next lines are verbs.
    func begin(_ stepper: ForwardStepper) { forwardStepper = stepper }

    /// The backward pass finished (or ran without stepping): no stepper any more.
    func endBackward() { backwardStepper = nil }

    /// Ctrl-C or Ctrl-D at the stepping prompt: leave the stepper (backward: the grads go back to
    /// what they were before the pass) and say so; false when not stepping.
    func leave(byEndOfInput: Bool) -> Bool {
        guard isStepping else { return false }
        host.emit(.info("\(byEndOfInput ? "Ctrl-D" : "Ctrl-C"): leaving the stepper (gradstep goes on; Ctrl-D at `gradstep>` quits)"))
        if let stepper = backwardStepper {
            stepBackwardQuit(stepper)
        } else if let stepper = forwardStepper {
            stepForwardQuit(stepper)
        }
        return true
    }

    // MARK: - Verbs

    /// Runs one line typed while stepping: a verb from `StepVerbTable` (a blank line repeats the last
    /// valid one).
    func runStepVerb(_ line: String) -> RunOutcome {
        let trimmed = line.trimmingSpaces()
        let isForward = forwardStepper != nil
        var text = trimmed
        if text.isEmpty {
            text = backwardStepper?.lastVerb ?? forwardStepper?.lastVerb ?? "next"
        }
        let word = String(text.prefix { $0 != " " })
        let rest = String(text.dropFirst(word.count)).trimmingSpaces()
        do {
            guard let verb = StepVerbTable.lookup(word), (isForward ? verb.forward != nil : verb.backward != nil) else {
                throw CommandError("'\(word)' is not a stepping verb", hint: "while stepping: " + StepVerbTable.help(forward: isForward))
            }
            if !trimmed.isEmpty {
                backwardStepper?.lastVerb = trimmed
                forwardStepper?.lastVerb = trimmed
            }
            if isForward, let stepper = forwardStepper, let run = verb.forward {
                try run(self, stepper, rest)
            } else if let stepper = backwardStepper, let run = verb.backward {
                try run(self, stepper, rest)
            }
            return .ok
        } catch {
            host.report(error, source: nil)
            return .failed
        }
    }

    /// `help VERB` at the stepping prompt: that verb (or command), else every verb.
    func stepVerbHelp(_ rest: String, forward: Bool) throws {
        let word = rest.hasPrefix("%") ? String(rest.dropFirst()) : rest
        if word.isEmpty {
            host.emit(.info("stepping through \(forward ? "forward" : "backward"): " + StepVerbTable.help(forward: forward)))
        } else if let verb = StepVerbTable.lookup(word), (forward ? verb.forward != nil : verb.backward != nil) {
            let aliases = verb.aliases.isEmpty ? "" : " (also " + verb.aliases.joined(separator: ", ") + ")"
            host.emit(.info(verb.name + (verb.arguments.isEmpty ? "" : " " + verb.arguments) + aliases + ": " + verb.summary))
        } else if let command = CommandTable.lookup(word) {
            host.emit(.commandHelp(command))
            host.emit(.hint("that is a gradstep command: finish or quit the stepper first (`c` or `q`)"))
        } else {
            throw CommandError("no stepping verb named '\(word)'", hint: "while stepping: " + StepVerbTable.help(forward: forward))
        }
    }

    // MARK: - What each verb does (the table in StepVerbTable.swift names them)

    func stepBackwardNext(_ stepper: BackwardStepper) throws {
        let view = try stepper.step()
        host.emit(.seeing(.backwardStep(view)))
        if stepper.isFinished { host.finishBackward(stepper) }
    }

    func stepBackwardContinue(_ stepper: BackwardStepper) throws {
        var found: (view: BackwardStepView, hit: BreakHit)?
        let (count, _) = try stepper.run { [self] view in
            found = host.watches.breakpointHitWhileStepping(view)
            return found != nil
        }
        if let hit = found {
            host.emit(.info("ran \(count) node\(count == 1 ? "" : "s")"))
            host.emit(.seeing(.backwardStep(hit.view)))
            host.emit(.seeing(.breakHit(hit.hit)))
            if stepper.isFinished { host.finishBackward(stepper) }
        } else {
            host.emit(.info("ran \(count) node\(count == 1 ? "" : "s") to the end"))
            host.finishBackward(stepper)
        }
    }

    func stepBackwardFinish(_ stepper: BackwardStepper) throws {
        let (count, _) = try stepper.run()
        host.emit(.info("ran the remaining \(count) node\(count == 1 ? "" : "s")"))
        host.finishBackward(stepper)
    }

    func stepBackwardWhere(_ stepper: BackwardStepper) {
        let path = stepper.pathToCurrent()
        host.emit(.info("path from the root: " + path.joined(separator: " → ") + "  ◀ next"))
        if let cur = stepper.pass.current, let g = stepper.pass.pendingGradients(at: cur).first ?? nil {
            host.emit(.info("gradient waiting there: " + ReportRenderer.tensorText(g)))
        }
    }

    func stepBackwardGraph(_ stepper: BackwardStepper) {
        guard case .tensor(let loss)? = host.value(stepper.lossName) else { return }
        host.emit(.graph(host.graphs.graphText(loss, label: stepper.lossName, columns: .all, cursor: stepper.pass.current, visited: stepper.visited)))
    }

    func stepBackwardQuit(_ stepper: BackwardStepper) {
        stepper.restoreGrads()
        backwardStepper = nil
        host.emit(.info("backward abandoned after \(stepper.position) of \(stepper.total) nodes; every parameter's grad is as before the pass"))
        if stepper.position > 0 && !stepper.pass.retainGraph {
            host.emit(.hint("the nodes that ran freed their saved values: run `forward` before the next backward"))
        }
    }

    func stepForwardNext(_ stepper: ForwardStepper) {
        if let view = stepper.step() { host.emit(.seeing(.forwardStep(view))) }
        if stepper.isFinished { endForwardStepping(stepper) }
    }

    func stepForwardContinue(_ stepper: ForwardStepper) {
        while let view = stepper.step() { host.emit(.seeing(.forwardStep(view))) }
        endForwardStepping(stepper)
    }

    func stepForwardGraph(_ stepper: ForwardStepper) {
        host.emit(.graph(host.graphs.graphText(stepper.loss, label: stepper.lossName, columns: .all, cursor: stepper.current, visited: [])))
    }

    func stepForwardWhere(_ stepper: ForwardStepper) {
        host.emit(.info("operation \(min(stepper.position + 1, stepper.total)) of \(stepper.total)" + (stepper.current.map { ": " + $0.name } ?? "")))
    }

    func stepForwardQuit(_ stepper: ForwardStepper) {
        forwardStepper = nil
        host.emit(.info("forward stepping stopped; the graph of \(stepper.lossName) is complete (the forward had already run)"))
    }

    func endForwardStepping(_ stepper: ForwardStepper) {
        forwardStepper = nil
        host.emit(.info("forward done: \(stepper.lossName) = \(ReportRenderer.tensorText(stepper.loss)); the graph has \(GraphRenderer.nodeCount(stepper.loss)) nodes"))
    }

    func printExpression(_ expr: String) throws {
        guard !expr.isEmpty else { throw CommandError("usage: print EXPR", hint: "e.g. `p params.grad`", code: .usage) }
        do {
            host.emit(.value(Repr.repr(try host.interpreter.evaluate(expr))))
        } catch let e as PyError where e.kind == .name {
            // `p a` where `a` is a letter of the node's symbol (`a ** 2`), not a variable of the
            // learner's: show that operand's value from the graph.
            guard let (text, value) = operandValue(expr) else { throw e }
            host.emit(.info(text))
            if let value { host.emit(.value(Repr.repr(.tensor(value)))) }
        }
    }

    /// The value of operand `letter` of the node the stepper is at (backward or forward), or of a
    /// row the graph shows under the learner's name (`a` of `a, b, c = params` inside `f`), and a line
    /// saying what it is.
    private func operandValue(_ letter: String) -> (String, Tensor?)? {
        var at: (node: Node, labels: NodeLabels, known: [Tensor?])?
        if let stepper = backwardStepper, let node = stepper.lastNode ?? stepper.pass.current {
            at = (node, stepper.labels, node === stepper.lastNode ? stepper.lastOperands : BackwardStepper.operandValues(node))
        } else if let stepper = forwardStepper, let node = stepper.position > 0 ? stepper.nodes[stepper.position - 1] : stepper.current {
            at = (node, stepper.labels, BackwardStepper.operandValues(node))
        }
        guard let (node, labels, known) = at else { return nil }
        if let i = labels.operandIndex(node, shown: letter), i < node.inputs.count {
            let value = i < known.count ? known[i] : nil
            let what = "\(letter) in \(labels.symbol(node)) is input \(i) of \(node.name), not a variable of yours"
            guard let value else {
                return (what + "; its value is not kept (no variable holds it and \(node.name) did not save it)", nil)
            }
            return (what + ":", value.detach())
        }
        // A row of an unpacking the graph shows (`a, b, c = params` ran inside a function).
        let nodes = backwardStepper?.pass.order ?? forwardStepper?.nodes ?? []
        for n in nodes {
            guard let rows = labels.unbindRows(n), let i = rows.firstIndex(of: letter),
                  let source = n.inputs.first?.node?.variable, let name = labels.names[ObjectIdentifier(source)],
                  let row = try? source.detach().unbind(n.args.ints.first ?? 0), i < row.count else { continue }
            return ("\(letter) is row \(i) of \(name) (\(rows.joined(separator: ", ")) = \(name) in the graph), not a variable of yours:", row[i])
        }
        return nil
    }
}
