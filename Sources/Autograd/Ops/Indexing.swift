// Indexing: t[i], t[a:b:c], t[:, 0], t[None], t[...], unbind (tuple unpacking), and t[idx] = value.

/// One item of a subscript, as Python writes it: `t[1, 2:5, None, ...]`.
public enum TensorIndex: Sendable {
    case int(Int)
    case slice(start: Int?, stop: Int?, step: Int?)
    case newAxis
    case ellipsis
}

extension Op {
    static let select = Op("SelectBackward0", symbol: "a[i]", explanation: "picks one position along a dimension",
                           derivatives: ["1 at the picked position, 0 elsewhere"], kind: .view, savesTensors: false, plan: .select,
                           differentiable: { c in [Tensor.recordKernel(.selectBackward, try selectGradient(c), inputs: [c.grad], args: c.args)] }) { c in
        [try selectGradient(c)]
    }
    @Sendable static func selectGradient(_ c: BackwardContext) throws -> Tensor {
        let g = Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)
        try g.selectView(dim: c.args.ints[0], index: c.args.ints[1]).assign(from: c.grad)
        return g
    }
    static let slice = Op("SliceBackward0", symbol: "a[i:j:k]", explanation: "takes a range of positions along a dimension",
                          derivatives: ["1 inside the slice, 0 elsewhere"], kind: .view, savesTensors: false, plan: .gather,
                          differentiable: { c in [Tensor.recordKernel(.sliceBackward, try sliceGradient(c), inputs: [c.grad], args: c.args)] }) { c in
        [try sliceGradient(c)]
    }
    @Sendable static func sliceGradient(_ c: BackwardContext) throws -> Tensor {
        let g = Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)
        let a = c.args.ints
        try g.sliceView(dim: a[0], start: a[1], count: a[2], step: a[3]).assign(from: c.grad)
        return g
    }
    static let alias = Op("AliasBackward0", symbol: "a[...]", explanation: "the same elements under another name",
                          derivatives: ["1"], kind: .view, savesTensors: false, plan: .identity,
                          differentiable: { c in [c.grad] }) { c in
        [c.grad]
    }
    /// `t[idx] = value` on a tensor in the graph. args.ints: region rank, region shape, then the
    /// logical positions in `t` of the region's elements.
    static let copySlices = Op("CopySlices", symbol: "a[i] = b", explanation: "writes b into a region of a (in place)",
                               derivatives: ["1 outside the region, 0 inside", "1 summed over the region"], kind: .other, savesTensors: false,
                               backward: Op.regionWriteBackward)
    /// Backward of writing b into positions of a (CopySlices, IndexPutBackward0). args.ints: region
    /// rank, region shape, then the logical positions in `a` of the region's elements. a's gradient is
    /// the upstream gradient with the overwritten positions zeroed; b's is the region's gradient summed
    /// to b's shape.
    @Sendable static func regionWriteBackward(_ c: BackwardContext) throws -> [Tensor?] {
        let a = c.args.ints
        let rank = a[0]
        let regionShape = Array(a[1..<(1 + rank)])
        let positions = a[(1 + rank)...]
        var ga: Tensor? = nil, gb: Tensor? = nil
        if c.grad.dtype == .float64 {
            var gd = c.grad.doubleValues()
            if c.wants(1) { gb = Tensor(doubles: positions.map { gd[$0] }, shape: regionShape).sumTo(c.inputShapes[1]) }
            if c.wants(0) {
                for p in positions { gd[p] = 0 }
                ga = Tensor(doubles: gd, shape: c.inputShapes[0])
            }
            return [ga, gb]
        }
        var gv = c.grad.floatValues()
        if c.wants(1) {
            gb = Tensor(floats: positions.map { gv[$0] }, shape: regionShape).sumTo(c.inputShapes[1])
        }
        if c.wants(0) {
            for p in positions { gv[p] = 0 }
            ga = Tensor(floats: gv, shape: c.inputShapes[0])
        }
        return [ga, gb]
    }
    static let unbind = Op("UnbindBackward0", symbol: "a, b, … = t", explanation: "splits a tensor into its rows (tuple unpacking)",
                           derivatives: ["1 into each row"], kind: .view, savesTensors: false, plan: .unbind,
                           differentiable: { c in
                               // unbind_backward: stack the rows' gradients (zeros for a row that got none)
                               let d = c.args.ints[0]
                               var rowShape = c.inputShapes[0]
                               rowShape.remove(at: d)
                               let rows = c.grads.map { $0 ?? Tensor.zeros(rowShape, dtype: c.gradDType) }
                               return [try Tensor.stack(rows, dim: d)]
                           }) { c in
        let g = Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)
        for (i, gi) in c.grads.enumerated() {
            if let gi { try g.selectView(dim: c.args.ints[0], index: i).assign(from: gi) }
        }
        return [g]
    }
}

extension Tensor {
    func selectView(dim d: Int, index i: Int) -> Tensor {
        var s = shape, st = strides
        s.remove(at: d)
        st.remove(at: d)
        // An empty view reads nothing; offset 0 keeps it inside the (possibly empty) storage.
        let off = s.contains(0) ? 0 : offset + i * strides[d]
        return Tensor(storage: storage, shape: s, strides: st, offset: off, dtype: dtype, version: version)
    }

    func sliceView(dim d: Int, start: Int, count: Int, step: Int) -> Tensor {
        var s = shape, st = strides
        s[d] = count
        // With one element the step never applies (and stride * a huge step could overflow).
        st[d] = count > 1 ? strides[d] * step : strides[d]
        let off = s.contains(0) ? 0 : offset + start * strides[d]
        return Tensor(storage: storage, shape: s, strides: st, offset: off, dtype: dtype, version: version)
    }

    /// `a.select(dim, i)` with negative indices and PyTorch's IndexError.
    public func select(dim d: Int, index i: Int) throws -> Tensor {
        if dim == 0 {
            throw TorchError(.index, "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
        }
        let dd = try Shape.wrapDim(d, rank: dim)
        let size = shape[dd]
        if i < -size || i >= size {
            throw TorchError(.index, "index \(i) is out of bounds for dimension \(dd) with size \(size)")
        }
        let w = i < 0 ? i + size : i
        return record(.select, selectView(dim: dd, index: w), inputs: [self], args: OpArgs(ints: [dd, w]))
    }

    /// Python slice semantics on one dim: clamped start/stop, positive step.
    public func slice(dim d: Int, start: Int?, stop: Int?, step: Int?) throws -> Tensor {
        let dd = try Shape.wrapDim(d, rank: dim)
        let st = step ?? 1
        if st == 0 { throw TorchError(.value, "slice step cannot be zero") }
        if st < 0 { throw TorchError(.value, "step must be greater than zero") }
        let size = shape[dd]
        func clamp(_ v: Int?, _ def: Int) -> Int {
            guard var x = v else { return def }
            if x < 0 { x = x &+ size }
            return Swift.min(Swift.max(x, 0), size)
        }
        let b = clamp(start, 0), e = Swift.max(clamp(stop, size), clamp(start, 0))
        let count = e == b ? 0 : (e - b - 1) / st + 1
        if b == 0 && e == size && st == 1 { return self }
        return record(.slice, sliceView(dim: dd, start: b, count: count, step: st), inputs: [self], args: OpArgs(ints: [dd, b, count, st]))
    }

    /// `t[items]` as Python evaluates a basic subscript.
    public func index(_ items: [TensorIndex]) throws -> Tensor {
        let consumed = items.filter { if case .int = $0 { return true }; if case .slice = $0 { return true }; return false }.count
        let ellipses = items.filter { if case .ellipsis = $0 { return true }; return false }.count
        if ellipses > 1 { throw TorchError(.index, "an index can only have a single ellipsis ('...')") }
        if consumed > dim {
            if dim == 0, case .int(let i) = items.first {
                if i != 0 { throw TorchError(.index, "index \(i) is out of bounds for dimension 0 with size 0") }
                throw TorchError(.index, "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
            }
            if dim == 0, items.count == 1, case .slice = items.first {
                throw TorchError(.index, "slice() cannot be applied to a 0-dim tensor.")
            }
            throw TorchError(.index, "too many indices for tensor of dimension \(dim)")
        }
        var result = self
        var d = 0
        for (position, item) in items.enumerated() {
            switch item {
            case .int(let i):
                // PyTorch names the dimension by the item's position in the subscript.
                let size = result.shape[d]
                if i < -size || i >= size {
                    throw TorchError(.index, "index \(i) is out of bounds for dimension \(position) with size \(size)")
                }
                result = try result.select(dim: d, index: i)
            case .slice(let a, let b, let c):
                result = try result.slice(dim: d, start: a, stop: b, step: c)
                d += 1
            case .newAxis:
                result = try result.unsqueeze(d)
                d += 1
            case .ellipsis:
                d += dim - consumed
            }
        }
        if result === self {
            // `t[...]` is an alias and `t[:]` a full slice: new views in PyTorch.
            let alias = Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype, version: version)
            if items.allSatisfy({ if case .ellipsis = $0 { return true }; return false }) {
                return record(.alias, alias, inputs: [self])
            }
            return record(.slice, alias,
                          inputs: [self], args: OpArgs(ints: [0, 0, dim > 0 ? shape[0] : 0, 1]))
        }
        return result
    }

    /// `t[items] = value` (value broadcast to the indexed region), in place.
    public func setIndex(_ items: [TensorIndex], _ value: Tensor) throws {
        if GradMode.isEnabled && isLeaf && leafRequiresGrad {
            throw TorchError.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.", code: .leafInplace)
        }
        let region = try GradMode.withDisabled { try index(items) }
        let b = try value.broadcast(to: region.shape)
        // An empty region writes nothing (its offset may lie past the end of an empty storage).
        if region.numel == 0 { return }
        let recording = GradMode.isEnabled && (requiresGrad || value.requiresGrad)
        let viewBase = recording ? viewBaseForRebase() : nil
        // This tensor's place in the graph before the write (CopySlices takes it as its first input).
        let old = Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype)
        old.gradFn = gradFn
        old._outputNr = _outputNr
        try region.assign(from: b)
        guard recording else { return }
        let positions = try GradMode.withDisabled {
            try Tensor(ints: (0..<Int64(numel)).map { $0 }, shape: shape).index(items).intValues().map { Int($0) }
        }
        let args = OpArgs(ints: [region.dim] + region.shape + positions)
        record(.copySlices, self, inputs: value.isWrappedNumber ? [old] : [old, value], args: args)
        if let viewBase { rebase(onto: viewBase) }
    }

    /// `a, b, c = t`: one view per row along dim 0 (UnbindBackward0).
    public func unbind(_ d: Int = 0) throws -> [Tensor] {
        if dim == 0 { throw TorchError(.type, "iteration over a 0-d tensor") }
        let dd = try Shape.wrapDim(d, rank: dim)
        let outs = (0..<shape[dd]).map { selectView(dim: dd, index: $0) }
        if outs.isEmpty { return [] }
        record(.unbind, outs, inputs: [self], args: OpArgs(ints: [dd]))
        return outs
    }
}

// select_backward / slice_backward as ops of their own under create_graph: they put the gradient
// into zeros, and their own gradient reads the same position back.
extension Op {
    static let selectBackward = Op.backwardKernel("SelectBackwardBackward0", symbol: "zeros with g at [i]", explanation: "select's backward: the gradient placed at the picked position",
                                                  derivatives: ["a[i]"]) { c in
        [try c.grad.select(dim: c.args.ints[0], index: c.args.ints[1])]
    }
    static let sliceBackward = Op.backwardKernel("SliceBackwardBackward0", symbol: "zeros with g in [i:j:k]", explanation: "slice's backward: the gradient placed inside the slice",
                                                 derivatives: ["a[i:j:k]"]) { c in
        let a = c.args.ints
        return [try c.grad.slice(dim: a[0], start: a[1], stop: a[2] > 0 ? a[1] + (a[2] - 1) * a[3] + 1 : a[1], step: a[3])]
    }
}
