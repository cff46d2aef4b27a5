// nonzero, masked_select, count_nonzero, diagonal, trace, take: elements picked by a condition or a
// position pattern, with PyTorch's checks; the differentiable ones add the gradient back where each
// element came from.

extension Op {
    static let maskedSelect = Op("MaskedSelectBackward0", symbol: "a.masked_select(mask)", explanation: "the elements where the mask is true, as a vector",
                                 derivatives: ["1 at each selected element, 0 elsewhere"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let take = Op("TakeBackward0", symbol: "a.take(idx)", explanation: "the elements at flat positions, in the index's shape",
                         derivatives: ["1 at each taken element (summed when taken twice)"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    /// `a.diagonal()` as the view it is. `args.ints`: the flat positions of its elements in `a`.
    static let diagonalView = Op("DiagonalBackward0", symbol: "a.diagonal()", explanation: "views the elements whose two indices are equal",
                                 derivatives: ["1 on the diagonal"], kind: .view, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    /// `args.ints`: the flat positions of the diagonal.
    static let trace = Op("TraceBackward0", symbol: "a.trace()", explanation: "the sum of the main diagonal",
                          derivatives: ["1 on the diagonal, 0 elsewhere"], kind: .other, savesTensors: false) { c in
        let g = c.grad.expandingScalar(c.args.ints.count)
        return [Tensor.scatterAdding(g, at: c.args.ints, into: c.inputShapes[0])]
    }
}

extension Tensor {
    /// A 0-d gradient repeated `n` times (as a vector).
    fileprivate func expandingScalar(_ n: Int) -> Tensor {
        dtype == .float64 ? Tensor(doubles: Array(repeating: doubleValues()[0], count: n), shape: [n])
            : Tensor(floats: Array(repeating: floatValues()[0], count: n), shape: [n])
    }

    /// Whether each element (row-major) is non-zero (NaN counts as non-zero).
    private var nonzeroMask: [Bool] {
        dtype.isFloatingPoint ? contiguousCopy().doubleValues().map { $0 != 0 } : contiguousCopy().intValues().map { $0 != 0 }
    }

    /// `a.nonzero()` / `torch.argwhere(a)`: the coordinates of the non-zero elements, one row each
    /// (int64 of shape [count, a.dim]); with `asTuple`, one index vector per dimension.
    public func nonzero(asTuple: Bool = false) -> [Tensor] {
        let mask = nonzeroMask
        var coords = [Int64]()
        var count = 0
        Tensor.forEachCoordinate(shape) { flat, coord in
            guard mask[flat] else { return }
            count += 1
            coords += coord.map { Int64($0) }
        }
        if asTuple {
            // A 0-d tensor gives one vector, as if it had shape [1].
            if dim == 0 { return [Tensor(ints: Array(repeating: 0, count: count), shape: [count])] }
            return (0..<dim).map { d in Tensor(ints: stride(from: d, to: coords.count, by: dim).map { coords[$0] }, shape: [count]) }
        }
        return [Tensor(ints: coords, shape: [count, dim])]
    }

    /// `a.count_nonzero(dim=None)`: int64 counts of the non-zero elements, over all or over `dims`.
    public func countNonzero(dims: [Int]) throws -> Tensor {
        let asInt = Tensor(ints: nonzeroMask.map { $0 ? 1 : 0 }, shape: shape)
        if dims.isEmpty { return asInt.sum() }
        return try asInt.sum(dims: dims)
    }

    /// `a.masked_select(mask)`: the elements where the bool mask (broadcast with `a`) is true, as a vector.
    public func maskedSelect(_ mask: Tensor) throws -> Tensor {
        guard mask.dtype == .bool else { throw TorchError.runtime("masked_select: expected BoolTensor for mask") }
        let shape = try Shape.broadcast(self.shape, mask.shape)
        let m = try mask.broadcast(to: shape).contiguousCopy().intValues()
        let expanded = try broadcast(to: shape)
        // Positions in the broadcast tensor, mapped back to this tensor's elements for the gradient.
        let sourceOf = try Tensor.broadcastSources(from: self.shape, to: shape)
        let picked = m.indices.filter { m[$0] != 0 }
        let out = expanded.contiguousCopy().picking(picked, shape: [picked.count])
        return record(.maskedSelect, out, inputs: [self], args: OpArgs(ints: picked.map { sourceOf[$0] }))
    }

    /// For every element of `target` (row-major), the element of a tensor of `source` shape it broadcasts from.
    static func broadcastSources(from source: [Int], to target: [Int]) throws -> [Int] {
        let offset = target.count - source.count
        let strides = Shape.contiguousStrides(source)
        var out = [Int](repeating: 0, count: Shape.numel(target))
        forEachCoordinate(target) { flat, coord in
            var p = 0
            for (k, s) in source.enumerated() where s != 1 { p += coord[k + offset] * strides[k] }
            out[flat] = p
        }
        return out
    }

    /// The flat positions of diagonal `offset` of the plane (`dim1`, `dim2`), for every index of the other
    /// dims (which come first in the result, the diagonal last), and the result's shape.
    private func diagonalPositions(offset: Int, dim1: Int, dim2: Int) throws -> (positions: [Int], shape: [Int]) {
        let d1 = try Shape.wrapDim(dim1, rank: dim), d2 = try Shape.wrapDim(dim2, rank: dim)
        if d1 == d2 { throw TorchError.runtime("diagonal dimensions cannot be identical \(dim1), \(dim2)") }
        let length = offset >= 0 ? Swift.max(0, Swift.min(shape[d1], shape[d2] - offset)) : Swift.max(0, Swift.min(shape[d1] + offset, shape[d2]))
        let rest = (0..<dim).filter { $0 != d1 && $0 != d2 }
        let outShape = rest.map { shape[$0] } + [length]
        let strides = Shape.contiguousStrides(shape)
        var positions = [Int]()
        positions.reserveCapacity(Shape.numel(outShape))
        Tensor.forEachCoordinate(outShape) { _, coord in
            var p = 0
            for (j, k) in rest.enumerated() { p += coord[j] * strides[k] }
            let i = coord[coord.count - 1]
            let r = offset >= 0 ? i : i - offset, c = offset >= 0 ? i + offset : i
            positions.append(p + r * strides[d1] + c * strides[d2])
        }
        return (positions, outShape)
    }

    /// `a.diagonal(offset=0, dim1=0, dim2=1)`: a view of the diagonal's elements (the other dims
    /// first, the diagonal last; its stride the sum of the two dims' strides), so writing into it
    /// changes `a`, as in PyTorch.
    public func diagonal(offset: Int = 0, dim1: Int = 0, dim2: Int = 1) throws -> Tensor {
        if dim < 2 { throw TorchError(.index, "Dimension out of range (expected to be in range of [-\(Swift.max(dim, 1)), \(Swift.max(dim, 1) - 1)], but got 1)") }
        let (positions, outShape) = try diagonalPositions(offset: offset, dim1: dim1, dim2: dim2)
        let d1 = try Shape.wrapDim(dim1, rank: dim), d2 = try Shape.wrapDim(dim2, rank: dim)
        let viewStrides = (0..<dim).filter { $0 != d1 && $0 != d2 }.map { strides[$0] } + [strides[d1] + strides[d2]]
        let start = outShape.last == 0 ? offset : self.offset + (offset >= 0 ? offset * strides[d2] : -offset * strides[d1])
        let view = Tensor(storage: storage, shape: outShape, strides: viewStrides, offset: start, dtype: dtype, version: version)
        return record(.diagonalView, view, inputs: [self], args: OpArgs(ints: positions))
    }

    /// `a.trace()`: the sum of the main diagonal of a matrix (integers sum to int64).
    public func trace() throws -> Tensor {
        guard dim == 2 else { throw TorchError.runtime("trace: expected a matrix, but got tensor with dim \(dim)") }
        let (positions, _) = try diagonalPositions(offset: 0, dim1: 0, dim2: 1)
        let picked = contiguousCopy().picking(positions, shape: [positions.count])
        let sum = picked.sum()
        if dtype.isIntegral { return sum }
        return record(.trace, sum.detach(), inputs: [self], args: OpArgs(ints: positions))
    }

    /// `a.take(index)`: the elements at flat (row-major) positions, in the index's shape.
    public func take(_ index: Tensor) throws -> Tensor {
        guard index.dtype == .int64 else {
            throw TorchError.runtime("take(): Expected a long tensor for index, but got \(index.dtype.scalarTypeName)")
        }
        let n = numel
        let positions = try index.contiguousCopy().intValues().map { i -> Int in
            guard i >= -Int64(n) && i < Int64(n) else {
                throw TorchError(.index, "out of range: tried to access index \(i) on a tensor of \(n) elements.")
            }
            return Int(i < 0 ? i + Int64(n) : i)
        }
        return positional(.take, positions, shape: index.shape)
    }
}
