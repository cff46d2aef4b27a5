// Tensor hooks (`t.register_hook(fn)`): functions that see, and may replace, the gradient flowing
// into a tensor during backward. As in PyTorch, a non-leaf's hooks belong to its grad_fn's output
// slot (they outlive the Python tensor object), a leaf's to the leaf itself, run before its gradient
// is accumulated into `.grad`.

/// A gradient hook: returns a replacement gradient, or nil to keep the one it was given.
public typealias GradHook = (Tensor) throws -> Tensor?

/// The hooks of one tensor, in registration order; ids let a handle remove its own.
public final class GradHookList {
    private(set) var hooks: [(id: Int, hook: GradHook)] = []
    private var nextID = 0

    func add(_ hook: @escaping GradHook) -> Int {
        nextID += 1
        hooks.append((nextID, hook))
        return nextID
    }

    public func remove(_ id: Int) { hooks.removeAll { $0.id == id } }

    var isEmpty: Bool { hooks.isEmpty }

    /// `g` through every hook in order; a hook's result must keep the gradient's shape.
    func apply(_ g: Tensor) throws -> Tensor {
        var g = g
        for (_, hook) in hooks {
            guard let r = try hook(g) else { continue }
            if r.shape != g.shape {
                throw TorchError.runtime("hook 'hook' has changed the size of value")
            }
            g = r
        }
        return g
    }
}

extension Tensor {
    /// `register_hook(fn)`: the list the hook went into and its id (for `handle.remove()`).
    public func registerHook(_ hook: @escaping GradHook) throws -> (list: GradHookList, id: Int) {
        guard requiresGrad else {
            throw TorchError.runtime("cannot register a hook on a tensor that doesn't require gradient")
        }
        let list: GradHookList
        if let fn = gradFn {
            if let existing = fn.gradHooks[outputNr] { list = existing } else {
                list = GradHookList()
                fn.gradHooks[outputNr] = list
            }
        } else if let existing = leafHooks {
            list = existing
        } else {
            list = GradHookList()
            leafHooks = list
        }
        return (list, list.add(hook))
    }
}

extension Node {
    /// The gradients arriving at this node after the hooks of the tensors they are for.
    func hooked(_ upstream: [Tensor?]) throws -> [Tensor?] {
        if let leaf = variable {
            guard let hooks = leaf.leafHooks, !hooks.isEmpty, let g = upstream.first ?? nil else { return upstream }
            return [try hooks.apply(g)]
        }
        guard !gradHooks.isEmpty else { return upstream }
        var out = upstream
        for (i, g) in upstream.enumerated() {
            guard let g, let hooks = gradHooks[i], !hooks.isEmpty else { continue }
            out[i] = try hooks.apply(g)
        }
        return out
    }

    /// Whether any tensor hook would run at this node (a compiled loop cannot run Python hooks).
    var hasGradHooks: Bool {
        if let leaf = variable { return !(leaf.leafHooks?.isEmpty ?? true) }
        return gradHooks.values.contains { !$0.isEmpty }
    }
}
