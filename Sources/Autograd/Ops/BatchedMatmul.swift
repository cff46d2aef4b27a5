// torch.matmul when either side has three or more dimensions, built from mm / mv and views so the
// existing backward formulas apply.

extension Tensor {
    /// `a @ b` with a batched operand, following `torch.matmul`'s choices: fold the batch into the
    /// rows and call mm / mv when the other side is a vector or matrix (transposing first when the
    /// smaller side requires grad), else broadcast the batch dims and multiply matrix by matrix.
    /// The result's grad_fn is UnsafeViewBackward0 (CloneBackward0 for a folded 2-d @ batched).
    func batchedMatmul(_ other: Tensor) throws -> Tensor {
        if dim >= 3 && other.dim <= 2 {
            return try Tensor.foldedMatmul(self, other)
        }
        if dim <= 2 && other.dim >= 3 && ((requiresGrad && GradMode.isEnabled) || (dim == 1 && Tensor.rowsFoldable(other.swappedDims(other.dim - 1, other.dim - 2)))) {
            let big = try other.transpose(-1, -2)
            let small = dim == 2 ? try t() : self
            let out = try Tensor.foldedMatmul(big, small)
            return dim == 2 ? try out.transpose(-1, -2).clone() : out
        }
        return try broadcastMatmul(other)
    }

    /// Whether all but the last dim of `t` flatten into one without a copy (size-1 dims don't count).
    static func rowsFoldable(_ t: Tensor) -> Bool {
        if t.numel == 0 { return true }
        let lead = (0..<(t.dim - 1)).filter { t.shape[$0] != 1 }
        for (i, j) in zip(lead, lead.dropFirst()) where t.strides[i] != t.strides[j] * t.shape[j] { return false }
        return true
    }

    /// Folds `big` (3+ dims) to rows × k and multiplies by the matrix or vector `small`.
    static func foldedMatmul(_ big: Tensor, _ small: Tensor) throws -> Tensor {
        let k = big.shape[big.dim - 1]
        var outShape = Array(big.shape.dropLast())
        let rows = Shape.numel(outShape)
        let folded = try big.reshape([rows, k])
        let product: Tensor
        if small.dim == 2 {
            outShape.append(small.shape[1])
            product = try folded.mm(small)
        } else {
            product = try folded.mv(small)
        }
        return record(.unsafeView, product.reshaped(outShape), inputs: [product])
    }

    /// Broadcasts the batch dims, multiplies each pair of matrices, and views the stack as the result.
    func broadcastMatmul(_ other: Tensor) throws -> Tensor {
        let a = dim == 1 ? try unsqueeze(0) : self
        let b = other.dim == 1 ? try other.unsqueeze(-1) : other
        let n = a.shape[a.dim - 2], k1 = a.shape[a.dim - 1]
        let k2 = b.shape[b.dim - 2], m = b.shape[b.dim - 1]
        let batch = try Shape.broadcast(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)))
        let count = Shape.numel(batch)
        if k1 != k2 {
            throw TorchError.runtime("Expected size for first two dimensions of batch2 tensor to be: [\(count), \(k1)] but got: [\(count), \(k2)].")
        }
        if dtype != other.dtype {
            func name(_ d: DType) -> String { d.scalarTypeName }
            throw TorchError.runtime("expected scalar type \(name(dtype)) but found \(name(other.dtype))")
        }
        let a3 = try a.expand(batch + [n, k1]).reshape([count, n, k1])
        let b3 = try b.expand(batch + [k2, m]).reshape([count, k2, m])
        var pieces: [Tensor] = []
        for i in 0..<count {
            pieces.append(try a3.select(dim: 0, index: i).mm(b3.select(dim: 0, index: i)))
        }
        let stacked = try Tensor.stack(pieces, dim: 0)
        var outShape = batch
        if dim > 1 { outShape.append(n) }
        if other.dim > 1 { outShape.append(m) }
        return record(.unsafeView, stacked.reshaped(outShape), inputs: [stacked])
    }
}
