import Autograd
import Script

/// `watch`, `unwatch`, `break`, `info`, `delete`, and the checks train, loops and stepping call.
extension DebugSession {
    func watchCommand(_ expr: String) throws {
        _ = try Parser.parse(expr)
        let id = seeing.watches.add(expr)
        showChangedWatches()
        emit(.hint("watch \(id): shown after every input that changes it (`unwatch \(id)` to stop)"))
    }

    func unwatchCommand(_ id: Int) throws {
        guard seeing.watches.remove(id) else {
            throw CommandError("no watch number \(id)", hint: "`info watch` lists them")
        }
        emit(.info("watch \(id) removed"))
    }

    func breakCommand(_ text: String) throws {
        let condition = try BreakCondition.parse(text.split(separator: " ").map(String.init))
        let id = seeing.breakpoints.add(condition)
        emit(.info("breakpoint \(id): \(condition.description)"))
        emit(.hint("train, Python loops and `backward --step` … `continue` stop when it holds; `delete \(id)` removes it"))
    }

    func infoCommand(_ what: String) throws {
        switch what {
        case "break":
            if seeing.breakpoints.isEmpty { emit(.info("no breakpoints")) }
            for e in seeing.breakpoints.entries {
                emit(.info("\(e.id)  \(e.condition.description)" + (e.hits > 0 ? "  (hit \(e.hits) time\(e.hits == 1 ? "" : "s"))" : "")))
            }
            if !seeing.watches.items.isEmpty { try infoCommand("watch") }
        case "watch":
            if seeing.watches.items.isEmpty { emit(.info("no watches")) }
            for w in seeing.watches.items { emit(.info("watch \(w.id)  \(w.expr)")) }
        default:
            throw usageError("info")
        }
    }

    func deleteCommand(_ number: Int?) throws {
        guard let id = number else {
            _ = seeing.breakpoints.delete(nil)
            emit(.info("all breakpoints deleted"))
            return
        }
        guard seeing.breakpoints.delete(id) else {
            throw CommandError("no breakpoint number \(id)", hint: "`info break` lists them")
        }
        emit(.info("breakpoint \(id) deleted"))
    }

    // MARK: - Hooks

    /// Shows each watch whose value changed (called after every input).
    func showChangedWatches() {
        guard !seeing.watches.items.isEmpty else { return }
        seeing.suspendLoopBreaks = true
        defer { seeing.suspendLoopBreaks = false }
        let changed = seeing.watches.changed { [self] expr in
            do {
                return Repr.repr(try GradMode.withDisabled { try interpreter.evaluate(expr) })
            } catch let e as PyError {
                return "<\(e.kind.rawValue): \(e.message)>"
            } catch {
                return "<error: \(error)>"
            }
        }
        for w in changed { emit(.seeing(.watchValue(id: w.id, expr: w.expr, value: w.last ?? ""))) }
    }

    /// What the breakpoints see now: the loss (if a single number) and every parameter's grad.
    func breakState(iteration: Int?, loss: Double?) -> BreakState {
        var l = loss
        if l == nil, let name = try? currentLossName(), case .tensor(let t)? = value(name), t.numel == 1 {
            l = t.doubleValues().first
        }
        let grads = parameters().compactMap { p in p.tensor.grad.map { (name: p.name, values: $0.doubleValues()) } }
        return BreakState(iteration: iteration, loss: l, grads: grads)
    }

    /// train's one call per iteration (after backward, before the step): the breakpoint that stops it.
    /// Emits the stop report when one fires.
    func trainBreakpoint(iteration: Int, loss: Double) -> Bool {
        guard !seeing.breakpoints.isEmpty else { return false }
        // As pdb's continue: the train after a stop resumes at the point it stopped without stopping there again.
        if seeing.resumingFromBreak {
            seeing.resumingFromBreak = false
            return false
        }
        guard let hit = seeing.breakpoints.check(breakState(iteration: iteration, loss: loss), place: "iteration \(iteration) (after backward, before its step)") else { return false }
        emit(.seeing(.breakHit(hit)))
        seeing.resumingFromBreak = true
        return true
    }

    /// Called at each Python loop iteration (through the interpreter's interrupt check).
    func loopBreakpointHit() -> Bool {
        guard !seeing.breakpoints.isEmpty, !seeing.suspendLoopBreaks else { return false }
        seeing.loopChecks &+= 1
        // The first check comes before any iteration ran.
        guard seeing.loopChecks > 1 else { return false }
        let iteration = seeing.loopChecks - 1
        guard let hit = seeing.breakpoints.check(breakState(iteration: iteration, loss: nil), place: "after loop iteration \(iteration)") else { return false }
        seeing.pendingBreak = hit
        return true
    }

    /// During `continue`: a NaN gradient, or a watched parameter's gradient crossing a threshold.
    func breakpointHitWhileStepping(_ view: BackwardStepView, stepper: BackwardStepper) -> (view: BackwardStepView, hit: BreakHit)? {
        guard !seeing.breakpoints.isEmpty else { return nil }
        var grads: [(name: String, values: [Double])] = []
        if let leaf = view.leaf, let after = leaf.after { grads.append((leaf.name, after.doubleValues())) }
        for (i, f) in view.inputs.enumerated() { if let s = f.sent { grads.append(("input \(i) of \(view.node)", s.doubleValues())) } }
        let state = BreakState(iteration: nil, loss: nil, grads: grads)
        guard let hit = seeing.breakpoints.check(state, place: "after node \(view.index)/\(view.total) (\(view.node))") else { return nil }
        return (view, hit)
    }
}
