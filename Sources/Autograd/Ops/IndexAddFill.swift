// index_add, index_fill and index_copy: slices along a dim, named by an index vector, added to,
// filled or overwritten (the in-place forms `index_add_` ... derive from these); with PyTorch's checks
// and derivatives.yaml's backward formulas.

extension Op {
    /// `args.ints`: [dim]; `args.scalars`: [alpha]; `args` of the node also keep the index in `saved[0]`.
    static let indexAdd = Op("IndexAddBackward0", symbol: "a.index_add(d, idx, src)", explanation: "adds src's slices into a copy of a at the slices an index vector names",
                             derivatives: ["1", "alpha at each added slice"], kind: .other, savesTensors: true) { c in
        let d = c.args.ints[0]
        let g = c.grad
        let source: Tensor? = c.wants(1) ? try {
            let picked = try g.indexSelect(dim: d, index: c.saved[0])
            let alpha = c.args.scalars[0]
            let scaled = alpha == 1 ? picked : try picked.mul(Tensor.wrapped(.float(alpha)))
            // A 0-d source gets a 0-d gradient.
            return c.inputShapes[1].isEmpty ? try scaled.reshape([]) : scaled
        }() : nil
        return [c.wants(0) ? g : nil, source]
    }
    /// `args.ints`: the flat positions filled.
    static let indexFill = Op("IndexFillBackward0", symbol: "a.index_fill(d, idx, v)", explanation: "fills the slices an index vector names with one value",
                              derivatives: ["1 where not filled, 0 where filled"], kind: .other, savesTensors: false) { c in
        [Tensor.zeroing(c.grad, at: c.args.ints)]
    }
    /// `args.ints`: [dim, filled flat positions...]; saved: the index.
    static let indexCopy = Op("IndexCopyBackward0", symbol: "a.index_copy(d, idx, src)", explanation: "overwrites the slices an index vector names with src's slices",
                              derivatives: ["1 where not overwritten", "1 at each copied slice"], kind: .other, savesTensors: true) { c in
        let d = c.args.ints[0]
        let positions = Array(c.args.ints.dropFirst())
        let source: Tensor? = c.wants(1) ? try c.grad.indexSelect(dim: d, index: c.saved[0]) : nil
        return [c.wants(0) ? Tensor.zeroing(c.grad, at: positions) : nil, source]
    }
}

extension Tensor {
    /// Checks an index_add/index_copy/index_fill index (1-d or 0-d int64, in range) and returns, for
    /// each of its entries, the wrapped slice number.
    private func sliceIndices(_ index: Tensor, dim d: Int, name: String) throws -> [Int] {
        guard index.dim <= 1 else {
            throw TorchError(.index, "\(name)_(): Index is supposed to be a vector, but got dim: \(index.dim) with type: \(index.dtype.scalarTypeName) and size: \(Shape.describe(index.shape))")
        }
        guard index.dtype == .int64 || index.dtype == .int32 else {
            throw TorchError.runtime("\(name)(): Expected dtype int32/int64 for index")
        }
        let n = shape.isEmpty ? 1 : shape[d]
        return try index.contiguousCopy().intValues().map { i in
            guard i >= -Int64(n) && i < Int64(n) else {
                throw TorchError(.index, "index out of range in self")
            }
            return Int(i < 0 ? i + Int64(n) : i)
        }
    }

    /// The flat positions of slice `k` along `d` (row-major).
    private func slicePositions(_ k: Int, dim d: Int) -> [Int] {
        let full = shape.isEmpty ? [1] : shape
        let outer = full[..<d].reduce(1, *), n = full[d], inner = full[(d + 1)...].reduce(1, *)
        var out = [Int]()
        out.reserveCapacity(outer * inner)
        for o in 0..<outer { for i in 0..<inner { out.append((o * n + k) * inner + i) } }
        return out
    }

    /// `a.index_add(dim, index, source, alpha=1)`: a copy of a with `alpha * source[j]` added to slice
    /// `index[j]` along `dim` (repeated indices add up).
    public func indexAdd(dim d: Int, index: Tensor, source: Tensor, alpha: Scalar = .int(1)) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        let slots = try sliceIndices(index, dim: w, name: "index_add")
        var sliceShape = shape
        if !sliceShape.isEmpty { sliceShape[w] = slots.count }
        guard source.numel == Shape.numel(sliceShape) && (source.dim == dim || (source.dim <= 1 && dim <= 1)) else {
            throw TorchError.runtime("index_add_(): Number of indices (\(slots.count)) should be equal to source.size(dim) (\(source.dim == 0 ? 1 : source.shape[Swift.min(w, source.dim - 1)]))")
        }
        let alphaValue = alpha.doubleValue
        let out = try GradMode.withDisabled { () -> Tensor in
            let scaled = alphaValue == 1 ? source.detach() : try source.detach().mul(Tensor.wrapped(alpha))
            let resultType = DType.promote(dtype, scaled.dtype)
            guard resultType == dtype || scaled.isWrappedNumber else {
                throw TorchError.runtime("index_add_(): self (\(dtype.scalarTypeName)) and source (\(source.dtype.scalarTypeName)) must have the same scalar type")
            }
            let src = scaled.cast(to: dtype).contiguousCopy()
            let base = contiguousCopy()
            var targets = [Int](), sources = [Int]()
            let sourceSlices = (0..<slots.count).map { src.reshape(sliceShape.isEmpty ? [1] : sliceShape, unchecked: true).slicePositions($0, dim: sliceShape.isEmpty ? 0 : w) }
            for (j, k) in slots.enumerated() {
                targets += slicePositions(k, dim: w)
                sources += sourceSlices[j]
            }
            return base.adding(src, from: sources, at: targets)
        }
        return record(.indexAdd, out, inputs: [self, source], saving: [index], args: OpArgs(scalars: [alphaValue], ints: [w]))
    }

    /// `a.index_fill(dim, index, value)`: a copy of a with the named slices set to `value`.
    public func indexFill(dim d: Int, index: Tensor, value: Scalar) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        let slots = try sliceIndices(index, dim: w, name: "index_fill")
        let positions = Array(Set(slots)).sorted().flatMap { slicePositions($0, dim: w) }
        let fill = Tensor.full([positions.count], value.doubleValue, dtype: dtype)
        let out = contiguousCopy()
        out.writing(fill, at: positions)
        return record(.indexFill, out.detach(), inputs: [self], args: OpArgs(ints: positions))
    }

    /// `a.index_copy(dim, index, source)`: a copy of a whose slice `index[j]` is `source[j]` (a
    /// repeated index keeps the last).
    public func indexCopy(dim d: Int, index: Tensor, source: Tensor) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        let slots = try sliceIndices(index, dim: w, name: "index_copy")
        guard source.dtype == dtype else {
            throw TorchError.runtime("index_copy_(): self and source expected to have the same dtype, but got (self) \(dtype.scalarTypeName) and (source) \(source.dtype.scalarTypeName)")
        }
        var sliceShape = shape
        if !sliceShape.isEmpty { sliceShape[w] = slots.count }
        guard source.numel == Shape.numel(sliceShape) else {
            throw TorchError.runtime("index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: \(Shape.describe(shape.enumerated().filter { $0.offset != w }.map(\.element))) at dimension \(w) and source slice shape: \(Shape.describe(source.shape.enumerated().filter { $0.offset != w }.map(\.element))) at dimension 0.")
        }
        let src = source.contiguousCopy().reshape(sliceShape.isEmpty ? [1] : sliceShape, unchecked: true)
        var targets = [Int](), sources = [Int]()
        for (j, k) in slots.enumerated() {
            targets += slicePositions(k, dim: w)
            sources += src.slicePositions(j, dim: sliceShape.isEmpty ? 0 : w)
        }
        let out = contiguousCopy()
        out.writing(src.picking(sources, shape: [sources.count]), at: targets)
        let filled = Array(Set(targets)).sorted()
        return record(.indexCopy, out.detach(), inputs: [self, source], saving: [index], args: OpArgs(ints: [w] + filled))
    }

    /// A contiguous tensor's elements under another shape of the same size (no graph, no checks).
    fileprivate func reshape(_ s: [Int], unchecked: Bool) -> Tensor {
        Tensor(storage: storage, shape: s, strides: Shape.contiguousStrides(s), offset: offset, dtype: dtype)
    }

    /// This (contiguous) tensor with `src`'s elements at `from` added at `at`, in this dtype.
    fileprivate func adding(_ src: Tensor, from: [Int], at: [Int]) -> Tensor {
        switch dtype {
        case .float64:
            var v = doubleValues()
            let s = src.doubleValues()
            for (k, p) in at.enumerated() { v[p] += s[from[k]] }
            return Tensor(doubles: v, shape: shape)
        case .float32, .float16:
            var v = floatValues()
            let s = src.floatValues()
            for (k, p) in at.enumerated() { v[p] += s[from[k]] }
            return Tensor(floats: v, shape: shape, dtype: dtype)
        default:
            var v = intValues()
            let s = src.intValues()
            for (k, p) in at.enumerated() { v[p] = v[p] &+ s[from[k]] }
            return Tensor(ints: v, shape: shape, dtype: dtype)
        }
    }
}
