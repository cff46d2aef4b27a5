import Autograd
import Script

/// `backward [--step] [--retain]`, `bstep` and `forward [--step]`: the passes, handed to `SteppingPart`
/// when stepped.
extension DebugSession {
        func backwardEntry(step stepping: Bool, retain: Bool) throws {
        let name = try currentLossName()
        let loss = try lossTensor(name)
        let stepper = try makeBackwardStepper(loss: loss, lossName: name, retain: retain)
        if stepping {
            self.stepping.begin(stepper)
            emit(.info("stepping through backward from \(name): \(stepper.total) nodes, each runs once all gradients for it have arrived"))
            emit(.hint("verbs: " + StepVerbTable.help(forward: false)))
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
            stepper.labels = graphs.nodeLabels(nodes: stepper.pass.order)
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
        stepping.endBackward()
        graphs.rememberPass(stepper)
        var changes: [GradChange] = []
        var untouched: [String] = []
        var cut: [(String, String)] = []
        for p in stepper.params {
            let id = ObjectIdentifier(p.tensor)
            guard let added = stepper.received[id], let new = p.tensor.grad else {
                if let why = graphs.detachCause(p.name, p.tensor) { cut.append((p.name, why)) } else { untouched.append(p.name) }
                continue
            }
            let onNonzero = stepper.before[id].map { $0.doubleValues().contains { $0 != 0 } } ?? false
            let count = training.ledger.recordPass(p.tensor, onNonzeroGrad: onNonzero)
            changes.append(GradChange(name: p.name, old: stepper.before[id], added: added, new: new.detach().contiguousCopyValue(), passes: count))
        }
        emit(.backward(loss: stepper.lossName, changes: changes, untouched: untouched))
        for (name, why) in cut {
            emit(.warning("\(name) got no gradient because of a detach: \(why)"))
        }
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
            stepper.labels = graphs.nodeLabels(nodes: stepper.nodes)
            guard stepper.total > 0 else {
                emit(.forward(loss: name, value: loss, nodes: 0, recomputed: 0))
                return
            }
            stepping.begin(stepper)
            emit(.info("stepping through the forward pass of \(name): \(stepper.total) operations in the order they ran"))
            emit(.hint("verbs: next (n), continue (c), print EXPR (p), graph, quit (q); a blank line repeats the last verb"))
            return
        }
        try forwardCommand()
    }

    /// Ctrl-C or Ctrl-D at the stepping prompt: leave the stepper (backward: the grads go back to
    /// what they were before the pass) and say so; false when not stepping.
    public func leaveNestedPrompt(console: Console, byEndOfInput: Bool) -> Bool {
        guard stepping.isStepping else { return false }
        self.console = console
        defer { self.console = nil }
        return stepping.leave(byEndOfInput: byEndOfInput)
    }
}
