// Views that share storage: view/reshape, t/T/transpose, unsqueeze/squeeze, expand; and clone/detach.

extension Op {
    static let view = Op("ViewBackward0", symbol: "a.view(shape)", explanation: "reads the same elements with a new shape",
                         derivatives: ["reshape back"], kind: .view, savesTensors: false, plan: .identity,
                         differentiable: { c in [try c.grad.reshape(c.inputShapes[0])] }) { c in
        [c.grad.reshaped(c.inputShapes[0])]
    }
    static let unsafeView = Op("UnsafeViewBackward0", symbol: "a.reshape(shape)", explanation: "copies the elements into a new shape",
                               derivatives: ["reshape back"], kind: .other, savesTensors: false, plan: .identity,
                               differentiable: { c in [try c.grad.reshape(c.inputShapes[0])] }) { c in
        [c.grad.reshaped(c.inputShapes[0])]
    }
    static let t = Op("TBackward0", symbol: "a.t()", explanation: "swaps rows and columns",
                      derivatives: ["transpose back"], kind: .view, savesTensors: false, plan: .gather,
                      differentiable: { c in [try c.grad.t()] }) { c in
        [c.grad.dim < 2 ? c.grad : c.grad.transposedView().contiguousCopy()]
    }
    static let permute = Op("PermuteBackward0", symbol: "a.T", explanation: "reverses the order of the dimensions",
                            derivatives: ["permute back"], kind: .view, savesTensors: false, plan: .gather,
                            differentiable: { c in [try c.grad.permute(Array((0..<c.grad.dim).reversed()))] }) { c in
        [c.grad.reversedDims().contiguousCopy()]
    }
    static let transpose = Op("TransposeBackward0", symbol: "a.transpose(i, j)", explanation: "swaps two dimensions",
                              derivatives: ["transpose back"], kind: .view, savesTensors: false, plan: .gather,
                              differentiable: { c in [try c.grad.transpose(c.args.ints[0], c.args.ints[1])] }) { c in
        [c.grad.swappedDims(c.args.ints[0], c.args.ints[1]).contiguousCopy()]
    }
    static let unsqueeze = Op("UnsqueezeBackward0", symbol: "a.unsqueeze(d)", explanation: "adds a dimension of size 1",
                              derivatives: ["squeeze back"], kind: .view, savesTensors: false, plan: .gather,
                              differentiable: { c in [try c.grad.squeeze(c.args.ints[0])] }) { c in
        [c.grad.reshaped(c.inputShapes[0])]
    }
    static let squeeze = Op("SqueezeBackward1", symbol: "a.squeeze(d)", explanation: "removes a dimension of size 1",
                            derivatives: ["unsqueeze back"], kind: .view, savesTensors: false, plan: .gather,
                            differentiable: { c in [try c.grad.unsqueezeTo(c.inputShapes[0], dims: c.args.ints)] }) { c in
        [c.grad.reshaped(c.inputShapes[0])]
    }
    static let squeezeAll = Op("SqueezeBackward0", symbol: "a.squeeze()", explanation: "removes every dimension of size 1",
                               derivatives: ["unsqueeze back"], kind: .view, savesTensors: false, plan: .gather,
                               differentiable: { c in [try c.grad.unsqueezeTo(c.inputShapes[0], dims: nil)] }) { c in
        [c.grad.reshaped(c.inputShapes[0])]
    }
    static let squeezeInPlace = Op("SqueezeBackward4", symbol: "a.squeeze_(d)", explanation: "removes a dimension of size 1 (vector @ matrix does this)",
                                   derivatives: ["unsqueeze back"], kind: .other, savesTensors: false, plan: .gather,
                                   differentiable: { c in [try c.grad.unsqueezeTo(c.inputShapes[0], dims: nil)] }) { c in
        [c.grad.reshaped(c.inputShapes[0])]
    }
    static let expand = Op("ExpandBackward0", symbol: "a.expand(shape)", explanation: "repeats size-1 dimensions without copying",
                           derivatives: ["sum over the repeats"], kind: .view, savesTensors: false,
                           differentiable: { c in [try c.grad.sumToRecorded(c.inputShapes[0])] }) { c in
        [c.grad.sumTo(c.inputShapes[0]).contiguousCopy()]
    }
    static let clone = Op("CloneBackward0", symbol: "a.clone()", explanation: "copies the elements into new memory",
                          derivatives: ["1"], kind: .other, savesTensors: false, plan: .identity,
                          differentiable: { c in [c.grad] }) { c in
        [c.grad]
    }
}

extension Tensor {
    /// PyTorch's `unsqueeze_to`: the gradient of a squeeze, given back the size-1 dims it removed
    /// (`dims`, or every size-1 dim of `shape` when nil), as recorded unsqueezes.
    func unsqueezeTo(_ shape: [Int], dims: [Int]?) throws -> Tensor {
        var g = self
        for d in dims ?? Array(shape.indices) where d < shape.count && shape[d] == 1 && g.dim < shape.count {
            g = try g.unsqueeze(d)
        }
        return g
    }

    /// A view with a new shape and contiguous strides over the same storage (caller checked contiguity).
    private func viewSharing(_ s: [Int]) -> Tensor {
        Tensor(storage: storage, shape: s, strides: Shape.contiguousStrides(s), offset: offset, dtype: dtype, version: version)
    }

    func reversedDims() -> Tensor {
        Tensor(storage: storage, shape: shape.reversed(), strides: strides.reversed(), offset: offset, dtype: dtype, version: version)
    }

    func swappedDims(_ i: Int, _ j: Int) -> Tensor {
        var s = shape, st = strides
        s.swapAt(i, j)
        st.swapAt(i, j)
        return Tensor(storage: storage, shape: s, strides: st, offset: offset, dtype: dtype, version: version)
    }

    /// `a.view(*shape)`: shares storage; needs contiguous input.
    public func view(_ requested: [Int]) throws -> Tensor {
        let s = try Shape.inferView(requested, count: numel)
        guard isContiguous else {
            throw TorchError.runtime("view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
        }
        return record(.view, viewSharing(s), inputs: [self])
    }

    /// `a.reshape(*shape)`: a view when possible, else a copy.
    public func reshape(_ requested: [Int]) throws -> Tensor {
        let s = try Shape.inferView(requested, count: numel)
        if isContiguous { return record(.view, viewSharing(s), inputs: [self]) }
        return record(.unsafeView, reshaped(s), inputs: [self])
    }

    /// `a.flatten()`.
    public func flatten() throws -> Tensor { try reshape([numel]) }

    /// `a.t()`: transposes a 2-d tensor (0-d and 1-d come back as they are).
    public func t() throws -> Tensor {
        guard dim <= 2 else { throw TorchError.runtime("t() expects a tensor with <= 2 dimensions, but self is \(dim)D") }
        let out = dim < 2 ? Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype, version: version) : transposedView()
        return record(.t, out, inputs: [self])
    }

    /// `a.T`: reverses the dims (a permute in PyTorch).
    public func T() -> Tensor {
        record(.permute, reversedDims(), inputs: [self])
    }

    /// `a.transpose(d0, d1)`.
    public func transpose(_ d0: Int, _ d1: Int) throws -> Tensor {
        let i = try Shape.wrapDim(d0, rank: dim), j = try Shape.wrapDim(d1, rank: dim)
        if dim == 0 { return record(.transpose, reversedDims(), inputs: [self], args: OpArgs(ints: [0, 0])) }
        return record(.transpose, swappedDims(i, j), inputs: [self], args: OpArgs(ints: [i, j]))
    }

    /// `a.unsqueeze(d)`.
    public func unsqueeze(_ d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim + 1)
        var s = shape, st = strides
        let newStride = w < dim ? strides[w] * shape[w] : 1
        s.insert(1, at: w)
        st.insert(newStride, at: w)
        let out = Tensor(storage: storage, shape: s, strides: st, offset: offset, dtype: dtype, version: version)
        return record(.unsqueeze, out, inputs: [self], args: OpArgs(ints: [w]))
    }

    private func squeezedView(_ dims: [Int]) -> Tensor {
        var s = [Int](), st = [Int]()
        for i in 0..<dim where !(dims.contains(i) && shape[i] == 1) {
            s.append(shape[i])
            st.append(strides[i])
        }
        return Tensor(storage: storage, shape: s, strides: st, offset: offset, dtype: dtype, version: version)
    }

    /// `a.squeeze(d)` (or every size-1 dim when `d` is nil).
    public func squeeze(_ d: Int? = nil) throws -> Tensor {
        if let d {
            let w = try Shape.wrapDim(d, rank: dim)
            return record(.squeeze, squeezedView(dim == 0 ? [] : [w]), inputs: [self], args: OpArgs(ints: [w]))
        }
        return record(.squeezeAll, squeezedView(Array(0..<dim)), inputs: [self])
    }

    /// The squeeze matmul applies after a vector-matrix product (PyTorch names it SqueezeBackward4).
    func squeezeInPlaceView(_ d: Int) throws -> Tensor {
        let out = squeezedView([d])
        if let fn = gradFn, GradMode.isEnabled {
            _ = fn
            return record(.squeezeInPlace, out, inputs: [self])
        }
        return out
    }

    /// `a.expand(*shape)` (-1 keeps a dim).
    public func expand(_ requested: [Int]) throws -> Tensor {
        var target = requested
        let lead = requested.count - dim
        if lead < 0 {
            throw TorchError.runtime("expand(torch.FloatTensor{\(Shape.describe(shape))}, size=\(Shape.describe(requested))): the number of sizes provided (\(requested.count)) must be greater or equal to the number of dimensions in the tensor (\(dim))")
        }
        for i in 0..<target.count where target[i] == -1 {
            if i < lead { throw TorchError.runtime("The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension \(i)") }
            target[i] = shape[i - lead]
        }
        for i in lead..<target.count where shape[i - lead] != 1 && shape[i - lead] != target[i] {
            throw TorchError.runtime("The expanded size of the tensor (\(requested[i])) must match the existing size (\(shape[i - lead])) at non-singleton dimension \(i).  Target sizes: \(Shape.describe(requested)).  Tensor sizes: \(Shape.describe(shape))")
        }
        _ = try Shape.count(target)
        // Always a new view, even to the same shape: recording on `self` would make a leaf a non-leaf.
        let view = target == shape ? detach() : try broadcast(to: target)
        return record(.expand, view, inputs: [self])
    }

    /// `a.clone()`: a copy that stays in the graph.
    public func clone() -> Tensor {
        record(.clone, contiguousCopy(), inputs: [self])
    }

    /// `a.detach()`: same storage and version counter, no graph, no grad.
    public func detach() -> Tensor {
        Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype, version: version)
    }

    /// `a.data`: same storage, a fresh version counter, no graph (so changes escape the version check).
    public var data: Tensor {
        Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype)
    }

    /// `a.data = other`: this tensor takes `other`'s elements (shape and storage), keeping its graph role.
    public func setData(_ other: Tensor) {
        LoopTracing.reject("`.data = …` gives a tensor new storage")
        storage = other.storage
        shape = other.shape
        strides = other.strides
        offset = other.offset
        dtype = other.dtype
    }

    /// `a.contiguous()`: the tensor itself when contiguous, else a copy in the graph.
    public func contiguous() -> Tensor {
        isContiguous ? self : clone()
    }
}
