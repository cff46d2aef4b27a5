// cov, corrcoef and linalg.matrix_norm, composed from recorded ops in PyTorch's order
// (Correlation.cpp, LinearAlgebra.cpp), so values, grad_fns and gradients are PyTorch's.

extension Tensor {
    /// Whether `cov` with this `correction` has no degrees of freedom left (PyTorch warns, then divides by 0).
    public func covHasNoDegreesOfFreedom(correction: Int) -> Bool {
        (dim < 2 ? numel : shape[1]) - correction <= 0
    }

    /// `torch.cov(a, correction=1)`: the covariance of the rows (variables) over the columns
    /// (observations): `mm(a - mean, (a - mean).T) / (N - correction)`, squeezed (SqueezeBackward0).
    public func cov(correction: Int) throws -> Tensor {
        guard dim <= 2 else {
            throw TorchError.runtime("cov(): expected input to have two or fewer dimensions but got an input with \(dim) dimensions")
        }
        let input = dim < 2 ? try view([1, -1]) : self
        let observations = input.shape[1]
        let count = Tensor(ints: [Int64(observations)], shape: [])
        let avg = try input.sum(dims: [1]).div(count)
        var normFactor = Int64(observations - correction)
        if normFactor <= 0 { normFactor = 0 }
        let centered = try input.sub(avg.unsqueeze(1))
        let c = try centered.mm(centered.t())
        return try c.div(Tensor(ints: [normFactor], shape: [])).squeeze()
    }

    /// `torch.corrcoef(a)`: the covariance scaled by both standard deviations, clipped to [-1, 1]
    /// (ClampBackward1); `c / c` for one variable.
    public func corrcoef() throws -> Tensor {
        guard dim <= 2 else {
            throw TorchError.runtime("corrcoef(): expected input to have two or fewer dimensions but got an input with \(dim) dimensions")
        }
        let c = try cov(correction: 1)
        if c.dim == 0 { return try c.div(c) }
        let stddev = try c.diagonal().sqrt()
        let scaled = try c.div(stddev.view([-1, 1])).div(stddev.view([1, -1]))
        return try scaled.clamp(min: .int(-1), max: .int(1))
    }

    /// `torch.linalg.matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False)` for the orders that need
    /// no singular values: 'fro' (a vector 2-norm over both dims), 1 / -1 (largest / smallest column
    /// sum of |A|) and inf / -inf (row sums): amax/amin of a sum, as PyTorch composes them.
    public func matrixNorm(ord: String, dims: [Int] = [-2, -1], keepdim: Bool = false) throws -> Tensor {
        guard dim >= 2 else {
            throw TorchError.runtime("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
        }
        guard dims.count == 2 else { throw TorchError.runtime("linalg.matrix_norm: dim must be a 2-tuple. Got \(dims.map(String.init).joined(separator: " "))") }
        let d0 = try Shape.wrapDim(dims[0], rank: dim), d1 = try Shape.wrapDim(dims[1], rank: dim)
        guard d0 != d1 else { throw TorchError.runtime("linalg.matrix_norm: dims must be different. Got (\(dims[0]), \(dims[1]))") }
        guard dtype.isFloatingPoint else {
            throw TorchError.runtime("linalg.matrix_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        switch ord {
        case "fro": return try vectorNorm(ord: 2, dims: [d0, d1], keepdim: keepdim)
        case "1", "-1", "inf", "-inf":
            // PyTorch: the 1-norm over dim[0] (dim[1] for inf), then amax/amin over the other dim.
            let (normDim, pickDim) = ord.hasSuffix("1") ? (d0, d1) : (d1, d0)
            let norms = try vectorNorm(ord: 1, dims: [normDim], keepdim: keepdim)
            let remaining = !keepdim && normDim < pickDim ? pickDim - 1 : pickDim
            return try norms.amaxAmin(dims: [remaining], keepdim: keepdim, max: !ord.hasPrefix("-"))
        default:
            guard ["2", "-2", "nuc"].contains(ord) else { throw TorchError.runtime("linalg.matrix_norm: Order \(ord) not supported.") }
            // Singular values from LAPACK's float32 SVD differ from exact ones in the last bits (and are
            // rounding noise, not 0, for a rank-deficient matrix): gradstep would print other digits.
            throw TorchError(.notImplemented, "torch.linalg.matrix_norm(ord=\(ord)) is not supported by gradstep: it needs singular values, whose last digits are LAPACK's, which gradstep does not reproduce")
        }
    }
}
