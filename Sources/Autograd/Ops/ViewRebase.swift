// In-place changes through a view of a tensor in the graph (`y[1:3].mul_(10)`, `c = b.view(2, 2);
// c[0, 1] = 5.`): the base tensor changed too, so, as PyTorch does, the base takes a CopySlices node
// and the view is regenerated over the new base (AsStridedBackward0). Without this the base's
// gradient would ignore the write (a silently wrong gradient).

extension Op {
    /// A view whose elements sit at arbitrary positions of its input (possibly more than once): the
    /// gradient is scattered back, summing repeats. args.ints: input rank, input shape, then the
    /// logical position in the input of each view element.
    static func scatteringView(_ name: String, symbol: String, explanation: String) -> Op {
        Op(name, symbol: symbol, explanation: explanation, derivatives: ["1 at the viewed positions (summed where repeated)"],
           kind: .view, savesTensors: false) { c in
            let a = c.args.ints
            guard let rank = a.first, a.count >= 1 + rank else { return [nil] }
            let baseShape = Array(a[1..<(1 + rank)]), positions = a[(1 + rank)...]
            let g = c.grad.contiguousCopy()
            if g.dtype == .float64 {
                let gv = g.doubleValues()
                var out = [Double](repeating: 0, count: Shape.numel(baseShape))
                for (k, p) in positions.enumerated() where k < gv.count && p < out.count { out[p] += gv[k] }
                return [Tensor(doubles: out, shape: baseShape)]
            }
            let gv = g.floatValues()
            var out = [Float](repeating: 0, count: Shape.numel(baseShape))
            for (k, p) in positions.enumerated() where k < gv.count && p < out.count { out[p] += gv[k] }
            return [Tensor(floats: out, shape: baseShape, dtype: g.dtype)]
        }
    }
    /// A view regenerated over its base after an in-place change (PyTorch's AsStridedBackward0).
    static let asStridedView = scatteringView("AsStridedBackward0", symbol: "a.as_strided(…)",
                                              explanation: "the same elements of a, seen through a view taken again after an in-place change")
    /// `a.unfold(dim, size, step)`: sliding windows as a view (windows may overlap).
    static let unfoldView = scatteringView("UnfoldBackward0", symbol: "a.unfold(d, size, step)",
                                           explanation: "every window of `size` elements along a dimension, `step` apart, as a new last dimension")
}

extension Tensor {
    /// The tensor this one is a view of, when it came from a non-leaf through view ops only and that
    /// tensor is still alive: the one whose history an in-place change of this view must rewrite.
    func viewBaseForRebase() -> Tensor? {
        guard var node = gradFn, node.op?.isView == true else { return nil }
        var edge = Edge(node: node, inputNr: _outputNr)
        while let op = node.op, op.isView {
            guard let next = node.inputs.first, let n = next.node else { return nil }
            edge = next
            node = n
        }
        guard !node.isAccumulateGrad, let base = node.output(edge.inputNr), base !== self, base.storage === storage else { return nil }
        return base
    }

    /// After an in-place op gave this view its new grad_fn: `base` takes CopySlices(its old history,
    /// this view's new value) and this view becomes AsStridedBackward0 of the new base.
    func rebase(onto base: Tensor) {
        let positions = base.logicalPositions(of: self)
        LoopTracing.tape?.reject("an in-place change of a view of a tensor in the graph")
        let viewValue = Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype, version: version)
        viewValue.gradFn = gradFn
        viewValue._outputNr = _outputNr
        let baseOld = Tensor(storage: base.storage, shape: base.shape, strides: base.strides, offset: base.offset, dtype: base.dtype, version: base.version)
        baseOld.gradFn = base.gradFn
        baseOld._outputNr = base._outputNr
        record(.copySlices, base, inputs: [baseOld, viewValue], args: OpArgs(ints: [dim] + shape + positions))
        record(.asStridedView, self, inputs: [base], args: OpArgs(ints: [base.dim] + base.shape + positions))
    }

    /// Where each element of `view` (sharing this tensor's storage) sits in this tensor, in logical order.
    func logicalPositions(of view: Tensor) -> [Int] {
        var where_ = [Int: Int]()
        where_.reserveCapacity(numel)
        for (k, o) in storageIndices().enumerated() { where_[o] = k }
        return view.storageIndices().map { where_[$0] ?? 0 }
    }

    /// `a.unfold(dimension, size, step)`: a view with every window of `size` elements along
    /// `dimension`, `step` apart, as a new last dimension.
    public func unfold(dimension d: Int, size: Int, step: Int) throws -> Tensor {
        let dd = dim == 0 ? 0 : try Shape.wrapDim(d, rank: dim)
        let length = dim == 0 ? 1 : shape[dd]
        guard size <= length else {
            throw TorchError.runtime("maximum size for tensor at dimension \(dd) is \(length) but size is \(size)")
        }
        guard step > 0 else { throw TorchError.runtime("step is \(step) but must be > 0") }
        guard size >= 0 else { throw TorchError.runtime("size is \(size) but must be >= 0") }
        var newShape = shape, newStrides = strides
        let innerStride = dim == 0 ? 1 : strides[dd]
        if dim > 0 {
            newShape[dd] = (length - size) / step + 1
            newStrides[dd] = innerStride * step
        }
        newShape.append(size)
        newStrides.append(innerStride)
        let view = Tensor(storage: storage, shape: newShape, strides: newStrides, offset: offset, dtype: dtype, version: version)
        // Positions are only worth computing when a node will hold them.
        guard GradMode.isEnabled && requiresGrad else { return record(.unfoldView, view, inputs: [self]) }
        return record(.unfoldView, view, inputs: [self], args: OpArgs(ints: [dim] + shape + logicalPositions(of: view)))
    }
}
