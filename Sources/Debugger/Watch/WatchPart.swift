import Autograd
import Script

/// The session's watches and breakpoints: the commands `watch`, `unwatch`, `break`, `info`, `delete`,
/// and the checks `train`, Python loops and a stepped backward make. Owns the watch list, the
/// breakpoints and the state of the loop being checked; reads the model through its host.
final class WatchPart {
    private unowned let host: any SessionHost
    private var watches = Watchlist()
    private var breakpoints = Breakpoints()
    /// Iterations of Python loops seen in the current input (for `break step N`).
    private var loopChecks = 0
    /// A breakpoint that stopped a Python loop, reported instead of KeyboardInterrupt.
    private var pendingBreak: BreakHit?
    /// True after a breakpoint stopped `train`: the next train does not stop again at the iteration it
    /// resumes from (pdb's continue).
    private var resumingFromBreak = false
    /// True while a command or a watch runs Python: loop breakpoints only stop the learner's own loops.
    private var suspendLoopBreaks = false

    init(host: any SessionHost) {
        self.host = host
    }

    /// Whether any breakpoint is set (loops are then checked after every iteration, so not compiled).
    var hasBreakpoints: Bool { !breakpoints.isEmpty }

    // MARK: - Commands

    func watch(_ expr: String) throws {
        _ = try Parser.parse(expr)
        let id = watches.add(expr)
        showChangedWatches()
        host.emit(.hint("watch \(id): shown after every input that changes it (`unwatch \(id)` to stop)"))
    }

    func unwatch(_ id: Int) throws {
        guard watches.remove(id) else {
            throw CommandError("no watch number \(id)", hint: "`info watch` lists them")
        }
        host.emit(.info("watch \(id) removed"))
    }

    func addBreak(_ text: String) throws {
        let condition = try BreakCondition.parse(text.split(separator: " ").map(String.init))
        let id = breakpoints.add(condition)
        host.emit(.info("breakpoint \(id): \(condition.description)"))
        host.emit(.hint("train, Python loops and `backward --step` … `continue` stop when it holds; `delete \(id)` removes it"))
    }

    func info(_ what: String) throws {
        switch what {
        case "break":
            if breakpoints.isEmpty { host.emit(.info("no breakpoints")) }
            for e in breakpoints.entries {
                host.emit(.info("\(e.id)  \(e.condition.description)" + (e.hits > 0 ? "  (hit \(e.hits) time\(e.hits == 1 ? "" : "s"))" : "")))
            }
            if !watches.items.isEmpty { try info("watch") }
        case "watch":
            if watches.items.isEmpty { host.emit(.info("no watches")) }
            for w in watches.items { host.emit(.info("watch \(w.id)  \(w.expr)")) }
        default:
            throw CommandError.usage(of: "info")
        }
    }

    func delete(_ number: Int?) throws {
        guard let id = number else {
            _ = breakpoints.delete(nil)
            host.emit(.info("all breakpoints deleted"))
            return
        }
        guard breakpoints.delete(id) else {
            throw CommandError("no breakpoint number \(id)", hint: "`info break` lists them")
        }
        host.emit(.info("breakpoint \(id) deleted"))
    }

    // MARK: - Hooks

    /// A new input starts: its loops count iterations from the first again.
    func startInput() { loopChecks = 0 }

    /// Runs `body` (a command, a watch) with loop breakpoints off: they only stop the learner's own loops.
    func withLoopBreaksSuspended<T>(_ body: () throws -> T) rethrows -> T {
        suspendLoopBreaks = true
        defer { suspendLoopBreaks = false }
        return try body()
    }

    /// The breakpoint that stopped a Python loop, if one did (taken: reported once).
    func takePendingBreak() -> BreakHit? {
        defer { pendingBreak = nil }
        return pendingBreak
    }

    /// Shows each watch whose value changed (called after every input).
    func showChangedWatches() {
        guard !watches.items.isEmpty else { return }
        let changed = withLoopBreaksSuspended {
            watches.changed { [host] expr in
                do {
                    return Repr.repr(try GradMode.withDisabled { try host.interpreter.evaluate(expr) })
                } catch let e as PyError {
                    return "<\(e.kind.rawValue): \(e.message)>"
                } catch {
                    return "<error: \(error)>"
                }
            }
        }
        for w in changed { host.emit(.seeing(.watchValue(id: w.id, expr: w.expr, value: w.last ?? ""))) }
    }

    /// What the breakpoints see now: the loss (if a single number) and every parameter's grad.
    private func breakState(iteration: Int?, loss: Double?) -> BreakState {
        var l = loss
        if l == nil, let name = try? host.currentLossName(), case .tensor(let t)? = host.value(name), t.numel == 1 {
            l = t.doubleValues().first
        }
        let grads = host.parameters().compactMap { p in p.tensor.grad.map { (name: p.name, values: $0.doubleValues()) } }
        return BreakState(iteration: iteration, loss: l, grads: grads)
    }

    /// train's check after backward, before the step, as its loop observes the gradients: whether a
    /// breakpoint is due (nothing counted; `trainBreakpoint` then stops it). `grads` gives the named
    /// gradients among those the breakpoints look at.
    func trainBreakDue(iteration: Int, loss: Double, grads: (Set<String>) -> [(name: String, values: [Double])]) -> Bool {
        guard !breakpoints.isEmpty else { return false }
        // As pdb's continue: the train after a stop resumes past it without stopping there again.
        if resumingFromBreak {
            resumingFromBreak = false
            return false
        }
        return breakpoints.wouldHit(BreakState(iteration: iteration, loss: loss, grads: grads(breakpoints.gradientNames)))
    }

    /// train's one call per iteration (after backward, before the step): the breakpoint that stops it.
    /// Emits the stop report when one fires.
    func trainBreakpoint(iteration: Int, loss: Double) -> Bool {
        guard !breakpoints.isEmpty else { return false }
        // As pdb's continue: the train after a stop resumes at the point it stopped without stopping there again.
        if resumingFromBreak {
            resumingFromBreak = false
            return false
        }
        guard let hit = breakpoints.check(breakState(iteration: iteration, loss: loss), place: "iteration \(iteration) (after backward, before its step)") else { return false }
        host.emit(.seeing(.breakHit(hit)))
        resumingFromBreak = true
        return true
    }

    /// Called at each Python loop iteration (through the interpreter's interrupt check).
    func loopBreakpointHit() -> Bool {
        guard !breakpoints.isEmpty, !suspendLoopBreaks else { return false }
        loopChecks &+= 1
        // The first check comes before any iteration ran.
        guard loopChecks > 1 else { return false }
        let iteration = loopChecks - 1
        guard let hit = breakpoints.check(breakState(iteration: iteration, loss: nil), place: "after loop iteration \(iteration)") else { return false }
        pendingBreak = hit
        return true
    }

    /// During `continue`: a NaN gradient, or a watched parameter's gradient crossing a threshold.
    func breakpointHitWhileStepping(_ view: BackwardStepView) -> (view: BackwardStepView, hit: BreakHit)? {
        guard !breakpoints.isEmpty else { return nil }
        var grads: [(name: String, values: [Double])] = []
        if let leaf = view.leaf, let after = leaf.after { grads.append((leaf.name, after.doubleValues())) }
        for (i, f) in view.inputs.enumerated() { if let s = f.sent { grads.append(("input \(i) of \(view.node)", s.doubleValues())) } }
        let state = BreakState(iteration: nil, loss: nil, grads: grads)
        guard let hit = breakpoints.check(state, place: "after node \(view.index)/\(view.total) (\(view.node))") else { return nil }
        return (view, hit)
    }
}
