// Advanced indexing with a tensor: t[idx] for an int64 index tensor (rows of dim 0) or a bool mask.

extension Op {
    static let indexTensor = Op("IndexBackward0", symbol: "a[idx]", explanation: "gathers the positions an index tensor names",
                                derivatives: ["1 at each gathered position (summed when repeated)"], kind: .other, savesTensors: true,
                                differentiable: { c in
                                    // The gathered rows' elements as flat positions of the input.
                                    let inShape = c.inputShapes[0]
                                    let row = inShape.dropFirst(c.args.ints.first ?? 1).reduce(1, *)
                                    let positions = c.saved[0].intValues().flatMap { i in (0..<row).map { Int(i) * row + $0 } }
                                    return [Tensor.indexPutGradient(c.grad, positions: positions, into: inShape)]
                                }) { c in
        let idx = c.saved[0].intValues()
        let inShape = c.inputShapes[0]
        // A bool mask over the leading k dims gathers rows of the flattened leading dims.
        let row = inShape.dropFirst(c.args.ints.first ?? 1).reduce(1, *)
        if c.grad.dtype == .float64 {
            var g = [Double](repeating: 0, count: Shape.numel(inShape))
            let gv = c.grad.doubleValues()
            for (k, i) in idx.enumerated() {
                for j in 0..<row { g[Int(i) * row + j] += gv[k * row + j] }
            }
            return [Tensor(doubles: g, shape: inShape)]
        }
        var g = [Float](repeating: 0, count: Shape.numel(inShape))
        let gv = c.grad.floatValues()
        for (k, i) in idx.enumerated() {
            for j in 0..<row { g[Int(i) * row + j] += gv[k * row + j] }
        }
        return [Tensor(floats: g, shape: inShape)]
    }
}

extension Tensor {
    /// Positions of dim 0 an index tensor selects (bool masks over the leading dims become positions
    /// of the flattened leading dims), checked against the size.
    private func resolveIndex(_ idx: Tensor, writing: Bool = false) throws -> (positions: [Int64], outLead: [Int], base: Tensor) {
        if idx.dtype == .bool {
            guard idx.dim <= dim, Array(shape.prefix(idx.dim)) == idx.shape else {
                throw TorchError(.index, "The shape of the mask \(Shape.describe(idx.shape)) at index 0 does not match the shape of the indexed tensor \(Shape.describe(shape)) at index 0")
            }
            let lead = Shape.numel(idx.shape)
            let rest = Array(shape.dropFirst(idx.dim))
            let flat = Tensor(storage: contiguousCopy().storage, shape: [lead] + rest, strides: Shape.contiguousStrides([lead] + rest), offset: 0, dtype: dtype)
            let pos = idx.intValues().enumerated().filter { $0.element != 0 }.map { Int64($0.offset) }
            return (pos, [pos.count], flat)
        }
        guard idx.dtype == .int64 || idx.dtype == .int32 else {
            throw TorchError(.index, "tensors used as indices must be long, int, byte or bool tensors")
        }
        if dim == 0 { throw TorchError(.index, "too many indices for tensor of dimension 0") }
        let n = Int64(shape[0])
        // PyTorch checks bounds only when the result has elements; an empty dimension has its own text.
        let checks = (!writing && shape.first == 0) || !shape.dropFirst().contains(0)
        let pos = try idx.intValues().map { i -> Int64 in
            guard checks else { return 0 }
            if n == 0 && !writing { throw TorchError(.index, "index is out of bounds for dimension with size 0") }
            if i < -n || i >= n { throw TorchError(.index, "index \(i) is out of bounds for dimension 0 with size \(n)") }
            return i < 0 ? i + n : i
        }
        return (pos, idx.shape, self)
    }

    /// `t[idx]` with an index tensor: a copy (IndexBackward0).
    public func gather(indexTensor idx: Tensor) throws -> Tensor {
        let (pos, lead, base) = try resolveIndex(idx)
        let rest = Array(base.shape.dropFirst())
        let row = Shape.numel(rest)
        let outShape = lead + rest
        if base.dtype.isFloatingPoint {
            let r: Tensor
            if base.dtype == .float64 {
                let v = base.doubleValues()
                var out = [Double]()
                out.reserveCapacity(pos.count * row)
                for i in pos { out.append(contentsOf: v[Int(i) * row..<(Int(i) + 1) * row]) }
                r = Tensor(doubles: out, shape: outShape)
            } else {
                let v = base.floatValues()
                var out = [Float]()
                out.reserveCapacity(pos.count * row)
                for i in pos { out.append(contentsOf: v[Int(i) * row..<(Int(i) + 1) * row]) }
                r = Tensor(floats: out, shape: outShape)
            }
            return record(.indexTensor, r, inputs: [self], saving: [Tensor(ints: pos, shape: [pos.count])],
                          args: OpArgs(ints: [idx.dtype == .bool ? idx.dim : 1]))
        }
        let v = base.intValues()
        var out = [Int64]()
        for i in pos { out.append(contentsOf: v[Int(i) * row..<(Int(i) + 1) * row]) }
        return Tensor(ints: out, shape: outShape, dtype: dtype)
    }

    /// `t[idx] = src` with an index tensor or mask, in place.
    public func scatter(indexTensor idx: Tensor, _ src: Tensor) throws {
        try checkInPlaceAllowed()
        let (pos, lead, _) = try resolveIndex(idx, writing: true)
        let rest = idx.dtype == .bool ? Array(shape.dropFirst(idx.dim)) : Array(shape.dropFirst())
        let row = Shape.numel(rest)
        if dtype == .float64 {
            let values = try src.broadcast(to: lead + rest).doubleValues()
            var all = doubleValues()
            for (k, i) in pos.enumerated() {
                for j in 0..<row { all[Int(i) * row + j] = values[k * row + j] }
            }
            assign(doubles: all)
            return
        }
        let values = try src.broadcast(to: lead + rest).floatValues()
        var all = floatValues()
        for (k, i) in pos.enumerated() {
            for j in 0..<row { all[Int(i) * row + j] = values[k * row + j] }
        }
        assign(floats: all)
    }
}
