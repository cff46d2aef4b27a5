// rot90, diag_embed, block_diag (copies whose backward reads each element back from where it went),
// tensor_split (slices), atleast_1d/2d/3d (views), tril_indices/triu_indices and matrix_power, as
// PyTorch builds them.

extension Op {
    static let rot90 = Op("Rot90Backward0", symbol: "a.rot90(k, dims)", explanation: "rotates the tensor by k quarter turns in the plane of two dims",
                          derivatives: ["1 at the rotated-back position"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let diagEmbed = Op("DiagEmbedBackward0", symbol: "diag_embed(a)", explanation: "puts the last dim of a on the diagonal of new matrices",
                              derivatives: ["1 on the diagonal, 0 elsewhere"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    /// `args.ints`: for each output element, `input * 2^32 + position` (-1: a zero).
    static let blockDiag = Op("BlockDiagBackward0", symbol: "block_diag(a, b, ...)", explanation: "places the matrices along the diagonal of a larger one",
                              derivatives: ["1 inside each block"], kind: .other, savesTensors: false) { c in
        var grads = [Tensor?]()
        let g = c.grad.contiguousCopy()
        for (k, shape) in c.inputShapes.enumerated() {
            var picked = [Int](), at = [Int]()
            for (o, code) in c.args.ints.enumerated() where code >= 0 && code >> 32 == k { picked.append(o); at.append(code & 0xFFFF_FFFF) }
            grads.append(c.wants(k) ? Tensor.scatterAdding(g.picking(picked, shape: [picked.count]), at: at, into: shape) : nil)
        }
        return grads
    }
}

extension Tensor {
    /// `torch.rot90(a, k=1, dims=[0, 1])`: k quarter turns from the first dim towards the second.
    public func rot90(_ k: Int, dims: [Int]) throws -> Tensor {
        guard dims.count == 2 else { throw TorchError.runtime("expected total rotation dims == 2, but got dims = \(dims.count)") }
        guard dim >= 2 else { throw TorchError.runtime("expected total dims >= 2, but got total dims = \(dim)") }
        guard dims[0] != dims[1] && Swift.abs(dims[0] - dims[1]) != dim else {
            throw TorchError.runtime("expected rotation dims to be different, but got dim0 = \(dims[0]) and dim1 = \(dims[1])")
        }
        guard dims[0] < dim && dims[0] >= -dim else { throw TorchError.runtime("Rotation dim0 out of range, dim0 = \(dims[0])") }
        guard dims[1] < dim && dims[1] >= -dim else { throw TorchError.runtime("Rotation dim1 out of range, dim1 = \(dims[1])") }
        let d0 = dims[0] < 0 ? dims[0] + dim : dims[0], d1 = dims[1] < 0 ? dims[1] + dim : dims[1]
        let turns = ((k % 4) + 4) % 4
        var outShape = shape
        if turns % 2 == 1 { outShape.swapAt(d0, d1) }
        let strides = Shape.contiguousStrides(shape)
        var map = [Int](repeating: 0, count: numel)
        Tensor.forEachCoordinate(outShape) { flat, c in
            var src = c
            switch turns {
            // out[i, j] = a[j, n1 - 1 - i] (flip dim1, then swap).
            case 1: src[d0] = c[d1]; src[d1] = shape[d1] - 1 - c[d0]
            case 2: src[d0] = shape[d0] - 1 - c[d0]; src[d1] = shape[d1] - 1 - c[d1]
            case 3: src[d0] = shape[d0] - 1 - c[d1]; src[d1] = c[d0]
            default: break
            }
            var p = 0
            for (axis, i) in src.enumerated() { p += i * strides[axis] }
            map[flat] = p
        }
        return positional(.rot90, map, shape: outShape)
    }

    /// `torch.diag_embed(a, offset=0, dim1=-2, dim2=-1)` for the default dims: each vector of the
    /// last dim on the diagonal (`offset` above or below it) of a new square matrix.
    public func diagEmbed(offset: Int = 0) throws -> Tensor {
        let n = shape.last ?? 1
        let (size, overflow) = n.addingReportingOverflow(Int(clamping: offset.magnitude))
        guard !overflow else { throw TorchError.runtime("diag_embed: offset \(offset) is too large") }
        let lead = Array(shape.dropLast())
        let outShape = lead + [size, size]
        _ = try Shape.count(outShape)
        var map = [Int](repeating: -1, count: Shape.numel(outShape))
        let batches = Shape.numel(lead)
        for b in 0..<batches {
            for i in 0..<n {
                let r = offset >= 0 ? i : i - offset, c = offset >= 0 ? i + offset : i
                map[b * size * size + r * size + c] = b * n + i
            }
        }
        return positional(.diagEmbed, map, shape: outShape)
    }

    /// `torch.block_diag(*tensors)`: 0-d, 1-d and 2-d tensors as blocks along the diagonal, in their
    /// promoted dtype.
    public static func blockDiag(_ ts: [Tensor]) throws -> Tensor {
        for (i, t) in ts.enumerated() where t.dim > 2 {
            throw TorchError.runtime("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input \(i) has \(t.dim) dimensions")
        }
        let blocks = ts.map { t -> (Int, Int) in t.dim == 0 ? (1, 1) : t.dim == 1 ? (1, t.shape[0]) : (t.shape[0], t.shape[1]) }
        // No blocks at all gives PyTorch's 1 x 0 result.
        let rows = ts.isEmpty ? 1 : blocks.reduce(0) { $0 + $1.0 }, cols = blocks.reduce(0) { $0 + $1.1 }
        _ = try Shape.count([rows, cols])
        let dt = ts.isEmpty ? DType.float32 : Kernels.resultType(ts)
        var codes = [Int](repeating: -1, count: rows * cols)
        var values = [Double](repeating: 0, count: rows * cols)
        var r0 = 0, c0 = 0
        for (k, t) in ts.enumerated() {
            let (h, w) = blocks[k]
            let v = t.contiguousCopy().doubleValues()
            for i in 0..<h { for j in 0..<w {
                codes[(r0 + i) * cols + c0 + j] = k << 32 | (i * w + j)
                values[(r0 + i) * cols + c0 + j] = v[i * w + j]
            } }
            r0 += h
            c0 += w
        }
        let out = dt.isFloatingPoint ? Tensor(doubles: values, shape: [rows, cols]).cast(to: dt)
            : Tensor(ints: ts.isEmpty ? [] : Tensor.blockInts(ts, codes), shape: [rows, cols], dtype: dt)
        return record(.blockDiag, out, inputs: ts, args: OpArgs(ints: codes))
    }

    /// Integer blocks without a trip through Double (exact beyond 2**53).
    private static func blockInts(_ ts: [Tensor], _ codes: [Int]) -> [Int64] {
        let values = ts.map { $0.contiguousCopy().intValues() }
        return codes.map { $0 < 0 ? 0 : values[$0 >> 32][$0 & 0xFFFF_FFFF] }
    }

    /// `torch.tensor_split(a, sections: int, dim=0)`: n pieces, the first `size % n` one longer; or at
    /// the given indices. Each piece is a slice (SliceBackward0).
    public func tensorSplit(sections n: Int, dim d: Int) throws -> [Tensor] {
        guard n > 0 else { throw TorchError.runtime("number of sections must be larger than 0, got \(n)") }
        _ = try Shape.count([n])
        let w = try Shape.wrapDim(d, rank: dim)
        let size = shape[w]
        let small = size / n, extra = size % n
        var start = 0
        return try (0..<n).map { k in
            let length = small + (k < extra ? 1 : 0)
            defer { start += length }
            return try slice(dim: w, start: start, stop: start + length, step: 1)
        }
    }

    /// `torch.tensor_split(a, indices, dim=0)`: pieces between consecutive indices (clamped to the size).
    public func tensorSplit(indices: [Int], dim d: Int) throws -> [Tensor] {
        let w = try Shape.wrapDim(d, rank: dim)
        let size = shape[w]
        // Piece k is a[indices[k-1]:indices[k]] with Python's slice clamping (empty when reversed).
        func clamp(_ i: Int) -> Int { i < 0 ? Swift.max(i + size, 0) : Swift.min(i, size) }
        let bounds = [0] + indices.map(clamp) + [size]
        return try (0..<(bounds.count - 1)).map { k in
            try slice(dim: w, start: bounds[k], stop: Swift.max(bounds[k + 1], bounds[k]), step: 1)
        }
    }

    /// `torch.atleast_1d/2d/3d(a)`: `a` itself when it has enough dims, else a view with size-1 dims
    /// added where numpy puts them.
    public func atLeast(_ n: Int) throws -> Tensor {
        switch (n, dim) {
        case (_, 0): return try reshape([Int](repeating: 1, count: n))
        case (2, 1): return try unsqueeze(0)
        case (3, 1): return try unsqueeze(0).unsqueeze(-1)
        case (3, 2): return try unsqueeze(-1)
        default: return self
        }
    }

    /// `torch.tril_indices(row, col, offset=0)` / `triu_indices`: the coordinates of the lower (upper)
    /// triangle, row by row, as a [2, N] int64 tensor.
    public static func triangleIndices(rows: Int, cols: Int, offset: Int, lower: Bool) throws -> Tensor {
        guard rows >= 0 else { throw TorchError.runtime("row must be non-negative, got\(rows)") }
        guard cols >= 0 else { throw TorchError.runtime("col must be non-negative, got\(cols)") }
        _ = try Shape.count([2, rows, cols])
        var r = [Int64](), c = [Int64]()
        for i in 0..<rows { for j in 0..<cols where lower ? j - i <= offset : j - i >= offset { r.append(Int64(i)); c.append(Int64(j)) } }
        return Tensor(ints: r + c, shape: [2, r.count])
    }

    /// `torch.linalg.matrix_power(A, n)`: PyTorch's binary decomposition of n into matmuls (n < 0
    /// through the inverse; n = 0 the identity, n = 1 a copy).
    public func matrixPower(_ n: Int) throws -> Tensor {
        guard dim >= 2, shape[dim - 1] == shape[dim - 2] else {
            throw TorchError.runtime("linalg.matrix_power: A must be batches of square matrices, but they are \(dim >= 2 ? shape[dim - 2] : 0) by \(dim >= 1 ? shape[dim - 1] : 0) matrices")
        }
        if n == 0 {
            // PyTorch copies the identity into a clone (CopyBackwards, a zero gradient).
            let out = clone()
            try out.copy_(try Tensor.eye(shape[dim - 1], dtype: dtype).broadcast(to: shape))
            return out
        }
        // n = -1 is the inverse itself; other negative powers multiply it out.
        if n == -1 { return try linalgInv() }
        let a = n < 0 ? try linalgInv() : self
        var k = n.magnitude
        if k == 1 { return a.clone() }
        if k == 2 { return try a.matmul(a) }
        if k == 3 { return try a.matmul(a).matmul(a) }
        var z: Tensor? = nil, result: Tensor? = nil
        while k > 0 {
            let bit = k % 2
            k /= 2
            z = try z.map { try $0.matmul($0) } ?? a
            if bit == 1, let zz = z { result = try result.map { try $0.matmul(zz) } ?? zz }
        }
        return result ?? a
    }
}

extension Tensor {
    /// `torch.trapezoid(y, dx=1, dim=-1)`: PyTorch's `(y.sum(d) - (y[0] + y[-1]) * 0.5) * dx`.
    public func trapezoid(dx: Double, dim d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        guard dtype != .bool else { throw TorchError.runtime("trapezoid: received a bool input for `y`, but bool is not supported") }
        if shape[w] == 0 { var s = shape; s.remove(at: w); return Tensor.zeros(s, dtype: dtype) }
        let ends = try select(dim: w, index: 0).add(select(dim: w, index: -1))
        // C++ multiplies by numbers (mul.Scalar: MulBackward1).
        return try sum(dims: [w]).sub(ends.scaled(0.5)).scaled(dx)
    }

    /// `torch.trapezoid(y, x, dim=-1)`: `((y[:-1] + y[1:]) * (x[1:] - x[:-1])).sum(d) / 2`, x a 1-d
    /// tensor along `dim` or one of y's shape.
    public func trapezoid(x: Tensor, dim d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        var xs = x
        if x.dim == 1 {
            guard x.shape[0] == shape[w] else {
                throw TorchError.runtime("trapezoid: There must be one `x` value for each sample point")
            }
            var s = [Int](repeating: 1, count: dim)
            s[w] = x.shape[0]
            xs = try x.view(s)
        }
        let n = shape[w]
        let dx = try xs.slice(dim: w, start: 1, stop: n, step: 1).sub(xs.slice(dim: w, start: 0, stop: n - 1, step: 1))
        let pairs = try slice(dim: w, start: 0, stop: n - 1, step: 1).add(slice(dim: w, start: 1, stop: n, step: 1))
        return try pairs.mul(dx).sum(dims: [w]).divScalar(2)
    }

    /// `torch.cumulative_trapezoid(y, dx=1, dim=-1)`: `(dx / 2 * (y[:-1] + y[1:])).cumsum(d)`.
    public func cumulativeTrapezoid(dx: Double, dim d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        let n = shape[w]
        let pairs = try slice(dim: w, start: 0, stop: Swift.max(n - 1, 0), step: 1).add(slice(dim: w, start: Swift.min(1, n), stop: n, step: 1))
        return try pairs.scaled(dx / 2).cumsum(w)
    }
}
