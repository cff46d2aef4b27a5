import Autograd

/// What the graph views, the step debugger, watches, breakpoints and explain mode remember between
/// inputs. One value stored on `DebugSession`.
struct SeeingState {
    /// Explain mode: prose and the PyTorch line after each command, cause and fix under each error.
    var explain = false
    /// The backward pass being stepped through, if any.
    var backwardStepper: BackwardStepper?
    /// The forward pass being stepped through, if any.
    var forwardStepper: ForwardStepper?
    var watches = Watchlist()
    var breakpoints = Breakpoints()
    /// Parameters whose gradient path a `detach NAME` cut, by NAME.
    var detachCuts: [String: Set<ObjectIdentifier>] = [:]
    /// The gradient that reached each node in the last backward (weakly keyed by node identity).
    var nodeGrads = NodeGradMemory()
    /// Iterations of Python loops seen in the current input (for `break step N`).
    var loopChecks = 0
    /// A breakpoint that stopped a Python loop, reported instead of KeyboardInterrupt.
    var pendingBreak: BreakHit?
    /// True after a breakpoint stopped `train`: the next train does not stop again at the iteration it
    /// resumes from (pdb's continue).
    var resumingFromBreak = false
    /// True while a command or a watch runs Python: loop breakpoints only stop the learner's own loops.
    var suspendLoopBreaks = false

    /// The prompt while stepping (`backward 3/9> `), nil otherwise.
    var prompt: String? {
        if let s = backwardStepper { return "backward \(min(s.position + 1, s.total))/\(s.total)> " }
        if let s = forwardStepper { return "forward \(min(s.position + 1, s.total))/\(s.total)> " }
        return nil
    }

    var isStepping: Bool { backwardStepper != nil || forwardStepper != nil }
}

/// The gradients that reached each node in the last backward pass; entries die with their nodes.
struct NodeGradMemory {
    private struct Entry {
        weak var node: Node?
        let grad: Tensor
    }
    private var entries: [ObjectIdentifier: Entry] = [:]

    mutating func record(_ node: Node, _ grad: Tensor) {
        entries[ObjectIdentifier(node)] = Entry(node: node, grad: grad)
    }

    mutating func clear() { entries = [:] }

    /// Gradients of nodes still alive.
    var live: [ObjectIdentifier: Tensor] {
        var out: [ObjectIdentifier: Tensor] = [:]
        for (k, e) in entries where e.node != nil { out[k] = e.grad }
        return out
    }
}
