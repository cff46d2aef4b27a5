// cov, corrcoef and linalg.matrix_norm, composed from recorded ops in PyTorch's order
// (Correlation.cpp, LinearAlgebra.cpp), so values, grad_fns and gradients are PyTorch's.

extension Tensor {
    /// `torch.cov(a, correction=1, fweights=None, aweights=None)`: the covariance of the rows
    /// (variables) over the columns (observations), as PyTorch's Correlation.cpp computes it: the
    /// (weighted) mean taken out, `mm(a - mean, (w·(a - mean)).T)` divided by the normalisation
    /// factor, squeezed (SqueezeBackward0). `exhausted` is true when the factor was <= 0 (PyTorch
    /// warns and divides by 0).
    public func cov(correction: Int, fweights: Tensor? = nil, aweights: Tensor? = nil) throws -> (result: Tensor, exhausted: Bool) {
        guard dim <= 2 else {
            throw TorchError.runtime("cov(): expected input to have two or fewer dimensions but got an input with \(dim) dimensions")
        }
        let input = dim < 2 ? try view([1, -1]) : self
        let observations = input.shape[1]
        var w: Tensor? = nil
        for (name, weights) in [("fweights", fweights), ("aweights", aweights)] {
            guard let weights else { continue }
            guard weights.dim <= 1 else {
                throw TorchError.runtime("cov(): expected \(name) to have one or fewer dimensions but got \(name) with \(weights.dim) dimensions")
            }
            if name == "fweights" && !weights.dtype.isIntegral {
                throw TorchError.runtime("cov(): expected fweights to have integral dtype but got fweights with \(weights.dtype.scalarTypeName) dtype")
            }
            if name == "aweights" && !weights.dtype.isFloatingPoint {
                throw TorchError.runtime("cov(): expected aweights to have floating point dtype but got aweights with \(weights.dtype.scalarTypeName) dtype")
            }
            guard weights.numel == observations else {
                throw TorchError.runtime("cov(): expected \(name) to have the same numel as there are observations in the input but got \(weights.numel) != \(observations)")
            }
            if observations > 0 && weights.contiguousCopy().doubleValues().contains(where: { $0 < 0 }) {
                throw TorchError.runtime("cov(): \(name) cannot be negative")
            }
            w = try w.map { try $0.mul(weights) } ?? weights
        }
        let wSum = w?.sum() ?? Tensor(ints: [Int64(observations)], shape: [])
        if w != nil, wSum.doubleValues()[0] == 0 { throw TorchError.runtime("cov(): weights sum to zero, can't be normalized") }
        let avg = try (w.map { try input.mul($0) } ?? input).sum(dims: [1]).div(wSum)
        var normFactor: Tensor
        if let w, let aweights, correction != 0 {
            normFactor = try wSum.sub(Tensor.wrapped(.int(Int64(correction))).mul(w.mul(aweights).sum()).div(wSum))
        } else {
            normFactor = try wSum.sub(Tensor.wrapped(.int(Int64(correction))))
        }
        let exhausted = normFactor.doubleValues()[0] <= 0
        if exhausted { normFactor = Tensor.zeros([], dtype: normFactor.dtype) }
        let centered = try input.sub(avg.unsqueeze(1))
        let c = try centered.mm((w.map { try centered.mul($0) } ?? centered).t())
        return (try c.div(normFactor).squeeze(), exhausted)
    }

    /// `torch.corrcoef(a)`: the covariance scaled by both standard deviations, clipped to [-1, 1]
    /// (ClampBackward1); `c / c` for one variable.
    public func corrcoef() throws -> Tensor {
        guard dim <= 2 else {
            throw TorchError.runtime("corrcoef(): expected input to have two or fewer dimensions but got an input with \(dim) dimensions")
        }
        let c = try cov(correction: 1).result
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
