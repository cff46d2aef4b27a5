// Moving elements by logical position, for every dtype: what indexing copies and its gradients use.

extension Tensor {
    /// The elements at logical `positions` (row-major order of this tensor), as a new contiguous
    /// tensor of `shape` with this dtype.
    func picking(_ positions: [Int], shape: [Int]) -> Tensor {
        switch dtype {
        case .float32, .float16:
            let v = floatValues()
            return Tensor(floats: positions.map { v[$0] }, shape: shape, dtype: dtype)
        case .float64:
            let v = doubleValues()
            return Tensor(doubles: positions.map { v[$0] }, shape: shape)
        default:
            let v = intValues()
            return Tensor(ints: positions.map { v[$0] }, shape: shape, dtype: dtype)
        }
    }

    /// Writes `source`'s elements (logical order, cast to this dtype) at logical `positions`, bumping the version.
    func writing(_ source: Tensor, at positions: [Int]) {
        switch dtype {
        case .float32, .float16:
            var all = floatValues()
            for (k, v) in source.floatValues().enumerated() { all[positions[k]] = v }
            assign(floats: all)
        case .float64:
            var all = doubleValues()
            for (k, v) in source.doubleValues().enumerated() { all[positions[k]] = v }
            assign(doubles: all)
        default:
            var all = intValues()
            let src = source.dtype.isFloatingPoint ? source.doubleValues().map(dtype.castFromDouble) : source.intValues()
            for (k, v) in src.enumerated() { all[positions[k]] = v }
            assign(ints: all)
        }
    }

    /// A gradient of `shape` that adds `g`'s elements (logical order) at logical `positions`
    /// (repeated positions accumulate), in `g`'s floating dtype.
    static func scatterAdding(_ g: Tensor, at positions: [Int], into shape: [Int]) -> Tensor {
        if g.dtype == .float64 {
            var out = [Double](repeating: 0, count: Shape.numel(shape))
            for (k, v) in g.doubleValues().enumerated() { out[positions[k]] += v }
            return Tensor(doubles: out, shape: shape)
        }
        var out = [Float](repeating: 0, count: Shape.numel(shape))
        for (k, v) in g.floatValues().enumerated() { out[positions[k]] += v }
        return Tensor(floats: out, shape: shape)
    }
}

extension Tensor {
    /// A contiguous copy of the rows (slices of dim 0) at `indices`, in that order: the batch
    /// `torch.stack([t[i] for i in indices])` makes, with no graph. Indices must be in range.
    public func rows(_ indices: [Int]) -> Tensor {
        var outShape = shape
        outShape[0] = indices.count
        let row = shape.dropFirst().reduce(1, *)
        let base = isContiguous ? self : contiguousCopy()
        let start = base.offset
        func gather<T>(_ all: [T]) -> [T] {
            var out: [T] = []
            out.reserveCapacity(indices.count * row)
            for i in indices { out.append(contentsOf: all[(start + i * row)..<(start + (i + 1) * row)]) }
            return out
        }
        if dtype.storesFloats { return Tensor(floats: gather(base.storage.floats), shape: outShape, dtype: dtype) }
        if dtype == .float64 { return Tensor(doubles: gather(base.storage.doubles), shape: outShape) }
        return Tensor(ints: gather(base.storage.ints), shape: outShape, dtype: dtype)
    }
}
