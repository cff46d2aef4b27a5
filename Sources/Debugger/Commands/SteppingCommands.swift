import Autograd
import Script

/// `backward [--step] [--retain]`, `bstep`, `forward [--step]` and the stepping verbs.
extension DebugSession {
    static var stepVerbHelp: String { StepVerbTable.help(forward: false) }

    func backwardEntry(step stepping: Bool, retain: Bool) throws {
        let name = try currentLossName()
        let loss = try lossTensor(name)
        let stepper = try makeBackwardStepper(loss: loss, lossName: name, retain: retain)
        if stepping {
            seeing.backwardStepper = stepper
            emit(.info("stepping through backward from \(name): \(stepper.total) nodes, each runs once all gradients for it have arrived"))
            emit(.hint("verbs: " + Self.stepVerbHelp))
            if let root = stepper.pass.current {
                emit(.info("paused at the root \(stepper.describe(root)); the gradient arriving is ∂\(name)/∂\(name) = 1"))
            }
            return
        }
        try stepper.run()
        finishBackward(stepper)
    }


    /// A stepper for a pass from `loss`; PyTorch's errors get advice.
    func makeBackwardStepper(loss: Tensor, lossName: String, retain: Bool) throws -> BackwardStepper {
        do {
            let stepper = try BackwardStepper(loss: loss, lossName: lossName, params: parameters(), names: tensorNames(), retainGraph: retain)
            stepper.labels = nodeLabels(nodes: stepper.pass.order)
            let interpreter = self.interpreter
            stepper.beginLineTracing = {
                interpreter.tracesCustomBackward = true
                interpreter.customBackwardTraces = []
            }
            stepper.endLineTracing = {
                interpreter.tracesCustomBackward = false
                defer { interpreter.customBackwardTraces = [] }
                return interpreter.customBackwardTraces
            }
            return stepper
        } catch let e as TorchError {
            switch e.code {
            case .backwardTwice:
                throw CommandError(e.message, kind: "RuntimeError",
                                   hint: "the graph was freed by the previous backward (its saved values are gone). Run `forward` to build a new graph, then `backward` again (or use `backward --retain` to keep it).", code: e.code)
            case .noGradFn:
                throw CommandError(e.message, kind: "RuntimeError",
                                   hint: "the loss was not computed from any parameter: create one with requires_grad=True (e.g. `w = torch.randn(3, requires_grad=True)`) and recompute the loss", code: e.code)
            default:
                throw e
            }
        }
    }

    /// The report after a complete pass: per parameter before / this pass / after, pass counters, and
    /// which parameters a detach cut off.
    func finishBackward(_ stepper: BackwardStepper) {
        seeing.backwardStepper = nil
        seeing.nodeGrads.clear()
        for (n, g) in stepper.nodeGrads { seeing.nodeGrads.record(n, g) }
        var changes: [GradChange] = []
        var untouched: [String] = []
        var cut: [(String, String)] = []
        for p in stepper.params {
            let id = ObjectIdentifier(p.tensor)
            guard let added = stepper.received[id], let new = p.tensor.grad else {
                if let why = detachCause(p.name, p.tensor) { cut.append((p.name, why)) } else { untouched.append(p.name) }
                continue
            }
            // The count follows the grad itself, however the learner's code changed it: a grad that was None
            // or zeros (`zero_grad`, `optimizer.zero_grad()`, `w.grad = None`, `w.grad.zero_()`) starts at 1;
            // one left by a backward the debugger did not run (the notebook's own `loss.backward()`) counts it.
            let count: Int
            if let old = stepper.before[id], old.doubleValues().contains(where: { $0 != 0 }) {
                count = max(passes[id] ?? 0, 1) + 1
            } else {
                count = 1
            }
            passes[id] = count
            let version = p.tensor.version.value
            gradVersions[id] = (count == 1 ? version : gradVersions[id]?.first ?? version, version)
            changes.append(GradChange(name: p.name, old: stepper.before[id], added: added, new: new.detach().contiguousCopyValue(), passes: count))
        }
        emit(.backward(loss: stepper.lossName, changes: changes, untouched: untouched))
        for (name, why) in cut {
            emit(.warning("\(name) got no gradient because of a detach: \(why)"))
        }
    }

    /// Why a parameter the loss no longer reaches lost its path, if a detach did it.
    func detachCause(_ paramName: String, _ t: Tensor) -> String? {
        let id = ObjectIdentifier(t)
        for (name, params) in seeing.detachCuts.sorted(by: { $0.key < $1.key }) where params.contains(id) && tracker.pinned.contains(name) {
            return "`detach \(name)` made \(name) data, so the path from the loss back through \(name) ends there"
        }
        let base = String(paramName.prefix { $0 != "[" })
        for r in tracker.statements where !r.isDefinition {
            let text = r.stmt.source().joined(separator: " ")
            guard text.contains(".detach()") else { continue }
            if dependsOn(reads: r.reads, name: base, before: r) { return "`\(text)` cuts the graph there" }
        }
        return nil
    }

    /// Whether names in `reads` are (transitively, through earlier recorded assignments) computed from `name`.
    private func dependsOn(reads: Set<String>, name: String, before: RecordedStatement) -> Bool {
        var seen = Set<String>()
        var work = Array(reads)
        while let n = work.popLast() {
            if n == name { return true }
            guard seen.insert(n).inserted else { continue }
            for r in tracker.statements where r.writes.contains(n) { work.append(contentsOf: r.reads) }
        }
        return false
    }

    func forwardEntry(step: Bool) throws {
        if step {
            // The forward runs as one traced loop iteration would: the tape keeps each op's inputs.
            let trace = LoopTape()
            let (name, loss, _) = try LoopTracing.$tape.withValue(trace) { try runForward() }
            let data = learnerVariableNames().compactMap { n -> (String, Tensor)? in
                if case .tensor(let t)? = value(n), !t.requiresGrad { return (n, t) } else { return nil }
            }
            let stepper = ForwardStepper(loss: loss, lossName: name, names: tensorNames(), trace: trace, dataTensors: data)
            stepper.labels = nodeLabels(nodes: stepper.nodes)
            guard stepper.total > 0 else {
                emit(.forward(loss: name, value: loss, nodes: 0, recomputed: 0))
                return
            }
            seeing.forwardStepper = stepper
            emit(.info("stepping through the forward pass of \(name): \(stepper.total) operations in the order they ran"))
            emit(.hint("verbs: next (n), continue (c), print EXPR (p), graph, quit (q); a blank line repeats the last verb"))
            return
        }
        try forwardCommand()
    }

    // MARK: - Verbs

    /// Runs one line typed while stepping: a verb from `StepVerbTable` (a blank line repeats the last
    /// valid one).
    func runStepVerb(_ line: String) -> RunOutcome {
        let trimmed = line.trimmingSpaces()
        let isForward = seeing.forwardStepper != nil
        var text = trimmed
        if text.isEmpty {
            text = seeing.backwardStepper?.lastVerb ?? seeing.forwardStepper?.lastVerb ?? "next"
        }
        let word = String(text.prefix { $0 != " " })
        let rest = String(text.dropFirst(word.count)).trimmingSpaces()
        do {
            guard let verb = StepVerbTable.lookup(word), (isForward ? verb.forward != nil : verb.backward != nil) else {
                throw CommandError("'\(word)' is not a stepping verb", hint: "while stepping: " + StepVerbTable.help(forward: isForward))
            }
            if !trimmed.isEmpty {
                seeing.backwardStepper?.lastVerb = trimmed
                seeing.forwardStepper?.lastVerb = trimmed
            }
            if isForward, let stepper = seeing.forwardStepper, let run = verb.forward {
                try run(self, stepper, rest)
            } else if let stepper = seeing.backwardStepper, let run = verb.backward {
                try run(self, stepper, rest)
            }
            return .ok
        } catch {
            report(error, source: nil)
            return .failed
        }
    }

    /// Ctrl-C or Ctrl-D at the stepping prompt: leave the stepper (backward: the grads go back to
    /// what they were before the pass) and say so; false when not stepping.
    public func leaveNestedPrompt(console: Console, byEndOfInput: Bool) -> Bool {
        guard seeing.isStepping else { return false }
        self.console = console
        defer { self.console = nil }
        emit(.info("\(byEndOfInput ? "Ctrl-D" : "Ctrl-C"): leaving the stepper (gradstep goes on; Ctrl-D at `gradstep>` quits)"))
        if let stepper = seeing.backwardStepper {
            stepBackwardQuit(stepper)
        } else if let stepper = seeing.forwardStepper {
            stepForwardQuit(stepper)
        }
        return true
    }

    /// `help VERB` at the stepping prompt: that verb (or command), else every verb.
    func stepVerbHelp(_ rest: String, forward: Bool) throws {
        let word = rest.hasPrefix("%") ? String(rest.dropFirst()) : rest
        if word.isEmpty {
            emit(.info("stepping through \(forward ? "forward" : "backward"): " + StepVerbTable.help(forward: forward)))
        } else if let verb = StepVerbTable.lookup(word), (forward ? verb.forward != nil : verb.backward != nil) {
            let aliases = verb.aliases.isEmpty ? "" : " (also " + verb.aliases.joined(separator: ", ") + ")"
            emit(.info(verb.name + (verb.arguments.isEmpty ? "" : " " + verb.arguments) + aliases + ": " + verb.summary))
        } else if let command = CommandTable.lookup(word) {
            emit(.commandHelp(command))
            emit(.hint("that is a gradstep command: finish or quit the stepper first (`c` or `q`)"))
        } else {
            throw CommandError("no stepping verb named '\(word)'", hint: "while stepping: " + StepVerbTable.help(forward: forward))
        }
    }

    // MARK: - What each verb does (the table in StepVerbTable.swift names them)

    func stepBackwardNext(_ stepper: BackwardStepper) throws {
        let view = try stepper.step()
        emit(.seeing(.backwardStep(view)))
        if stepper.isFinished { finishBackward(stepper) }
    }

    func stepBackwardContinue(_ stepper: BackwardStepper) throws {
        var found: (view: BackwardStepView, hit: BreakHit)?
        let (count, _) = try stepper.run { [self] view in
            found = breakpointHitWhileStepping(view, stepper: stepper)
            return found != nil
        }
        if let hit = found {
            emit(.info("ran \(count) node\(count == 1 ? "" : "s")"))
            emit(.seeing(.backwardStep(hit.view)))
            emit(.seeing(.breakHit(hit.hit)))
            if stepper.isFinished { finishBackward(stepper) }
        } else {
            emit(.info("ran \(count) node\(count == 1 ? "" : "s") to the end"))
            finishBackward(stepper)
        }
    }

    func stepBackwardFinish(_ stepper: BackwardStepper) throws {
        let (count, _) = try stepper.run()
        emit(.info("ran the remaining \(count) node\(count == 1 ? "" : "s")"))
        finishBackward(stepper)
    }

    func stepBackwardWhere(_ stepper: BackwardStepper) {
        let path = stepper.pathToCurrent()
        emit(.info("path from the root: " + path.joined(separator: " → ") + "  ◀ next"))
        if let cur = stepper.pass.current, let g = stepper.pass.pendingGradients(at: cur).first ?? nil {
            emit(.info("gradient waiting there: " + ReportRenderer.tensorText(g)))
        }
    }

    func stepBackwardGraph(_ stepper: BackwardStepper) {
        guard case .tensor(let loss)? = value(stepper.lossName) else { return }
        emit(.graph(graphText(loss, label: stepper.lossName, cursor: stepper.pass.current, visited: stepper.visited)))
    }

    func stepBackwardQuit(_ stepper: BackwardStepper) {
        stepper.restoreGrads()
        seeing.backwardStepper = nil
        emit(.info("backward abandoned after \(stepper.position) of \(stepper.total) nodes; every parameter's grad is as before the pass"))
        if stepper.position > 0 && !stepper.pass.retainGraph {
            emit(.hint("the nodes that ran freed their saved values: run `forward` before the next backward"))
        }
    }

    func stepForwardNext(_ stepper: ForwardStepper) {
        if let view = stepper.step() { emit(.seeing(.forwardStep(view))) }
        if stepper.isFinished { endForwardStepping(stepper) }
    }

    func stepForwardContinue(_ stepper: ForwardStepper) {
        while let view = stepper.step() { emit(.seeing(.forwardStep(view))) }
        endForwardStepping(stepper)
    }

    func stepForwardWhere(_ stepper: ForwardStepper) {
        emit(.info("operation \(min(stepper.position + 1, stepper.total)) of \(stepper.total)" + (stepper.current.map { ": " + $0.name } ?? "")))
    }

    func stepForwardQuit(_ stepper: ForwardStepper) {
        seeing.forwardStepper = nil
        emit(.info("forward stepping stopped; the graph of \(stepper.lossName) is complete (the forward had already run)"))
    }

    func endForwardStepping(_ stepper: ForwardStepper) {
        seeing.forwardStepper = nil
        emit(.info("forward done: \(stepper.lossName) = \(ReportRenderer.tensorText(stepper.loss)); the graph has \(GraphRenderer.nodeCount(stepper.loss)) nodes"))
    }

    func printExpression(_ expr: String) throws {
        guard !expr.isEmpty else { throw CommandError("usage: print EXPR", hint: "e.g. `p params.grad`", code: .usage) }
        do {
            emit(.value(Repr.repr(try interpreter.evaluate(expr))))
        } catch let e as PyError where e.kind == .name {
            // `p a` where `a` is a letter of the node's symbol (`a ** 2`), not a variable of the
            // learner's: show that operand's value from the graph.
            guard let (text, value) = operandValue(expr) else { throw e }
            emit(.info(text))
            if let value { emit(.value(Repr.repr(.tensor(value)))) }
        }
    }

    /// The value of operand `letter` of the node the stepper is at (backward or forward), or of a
    /// row the graph shows under the learner's name (`a` of `a, b, c = params` inside `f`), and a line
    /// saying what it is.
    private func operandValue(_ letter: String) -> (String, Tensor?)? {
        var at: (node: Node, labels: NodeLabels, known: [Tensor?])?
        if let stepper = seeing.backwardStepper, let node = stepper.lastNode ?? stepper.pass.current {
            at = (node, stepper.labels, node === stepper.lastNode ? stepper.lastOperands : BackwardStepper.operandValues(node))
        } else if let stepper = seeing.forwardStepper, let node = stepper.position > 0 ? stepper.nodes[stepper.position - 1] : stepper.current {
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
        let nodes = seeing.backwardStepper?.pass.order ?? seeing.forwardStepper?.nodes ?? []
        for n in nodes {
            guard let rows = labels.unbindRows(n), let i = rows.firstIndex(of: letter),
                  let source = n.inputs.first?.node?.variable, let name = labels.names[ObjectIdentifier(source)],
                  let row = try? source.detach().unbind(n.args.ints.first ?? 0), i < row.count else { continue }
            return ("\(letter) is row \(i) of \(name) (\(rows.joined(separator: ", ")) = \(name) in the graph), not a variable of yours:", row[i])
        }
        return nil
    }
}
