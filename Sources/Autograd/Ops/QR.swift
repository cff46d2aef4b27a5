import Foundation

// torch.linalg.qr and torch.linalg.lstsq for one matrix, by LAPACK's Householder QR (geqrf/orgqr):
// each reflector makes the pivot `beta = -sign(alpha)·‖x‖`, so R's diagonal has LAPACK's signs and Q is
// PyTorch's. Computed in double and rounded to the tensor's dtype (float32 LAPACK works in float; the
// printed digits agree). No autograd: both refuse inputs that would need a backward.

/// A Householder QR of an m×n matrix (row-major doubles): R in the upper triangle of `a`, the
/// reflectors below it with their `tau`s, as LAPACK's geqr2 leaves them.
struct HouseholderQR {
    let m: Int, n: Int
    var a: [Double]
    var tau: [Double]

    init(_ values: [Double], rows m: Int, cols n: Int) {
        self.m = m
        self.n = n
        a = values
        tau = []
        for k in 0..<Swift.min(m, n) {
            let alpha = a[k * n + k]
            var xnorm = 0.0
            for i in (k + 1)..<m { xnorm = hypot(xnorm, a[i * n + k]) }
            guard xnorm != 0 else { tau.append(0); continue }
            let beta = -(alpha >= 0 ? 1.0 : -1.0) * hypot(alpha, xnorm)
            let t = (beta - alpha) / beta
            let scale = 1 / (alpha - beta)
            for i in (k + 1)..<m { a[i * n + k] *= scale }
            a[k * n + k] = beta
            tau.append(t)
            // Apply H = I - t·v·vᵀ (v = [1, a[k+1..., k]]) to the columns right of k.
            for j in (k + 1)..<n {
                var dot = a[k * n + j]
                for i in (k + 1)..<m { dot += a[i * n + k] * a[i * n + j] }
                dot *= t
                a[k * n + j] -= dot
                for i in (k + 1)..<m { a[i * n + j] -= dot * a[i * n + k] }
            }
        }
    }

    /// R's rows `0..<rows` (upper triangular, zeros below), row-major `rows × n`.
    func r(rows: Int) -> [Double] {
        var out = [Double](repeating: 0, count: rows * n)
        for i in 0..<Swift.min(rows, m) { for j in i..<n { out[i * n + j] = a[i * n + j] } }
        return out
    }

    /// Q's first `cols` columns (orgqr: the reflectors applied to the identity, last first), row-major `m × cols`.
    func q(cols: Int) -> [Double] {
        var q = [Double](repeating: 0, count: m * cols)
        for i in 0..<Swift.min(m, cols) { q[i * cols + i] = 1 }
        for k in stride(from: tau.count - 1, through: 0, by: -1) where tau[k] != 0 {
            applyReflector(k, to: &q, cols: cols)
        }
        return q
    }

    /// x ← H_k·x for each column of the m × cols matrix x.
    func applyReflector(_ k: Int, to x: inout [Double], cols: Int) {
        for j in 0..<cols {
            var dot = x[k * cols + j]
            for i in (k + 1)..<m { dot += a[i * n + k] * x[i * cols + j] }
            dot *= tau[k]
            x[k * cols + j] -= dot
            for i in (k + 1)..<m { x[i * cols + j] -= dot * a[i * n + k] }
        }
    }
}

extension Tensor {
    private func matrixForLinalg(_ name: String) throws -> (rows: Int, cols: Int) {
        guard dim == 2 else {
            if dim < 2 { throw TorchError.runtime("\(name): The input tensor A must have at least 2 dimensions.") }
            throw TorchError(.notImplemented, "\(name) of a batch of matrices is not supported by gradstep (one matrix at a time)")
        }
        guard dtype.isFloatingPoint else {
            throw TorchError.runtime("\(name): Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        if GradMode.isEnabled && requiresGrad {
            throw TorchError(.notImplemented, "the backward of \(name) is not supported by gradstep (call it under torch.no_grad() or on a detached tensor)")
        }
        return (shape[0], shape[1])
    }

    private func linalgResult(_ values: [Double], _ shape: [Int]) -> Tensor {
        dtype == .float64 ? Tensor(doubles: values, shape: shape) : Tensor(floats: values.map { Float($0) }, shape: shape)
    }

    /// `torch.linalg.qr(A, mode)`: (Q, R) for mode "reduced", "complete" or "r" (Q empty).
    public func linalgQR(mode: String = "reduced") throws -> (q: Tensor, r: Tensor) {
        guard ["reduced", "complete", "r"].contains(mode) else {
            throw TorchError.runtime("qr received unrecognized mode '\(mode)' but expected one of 'reduced' (default), 'r', or 'complete'")
        }
        let (m, n) = try matrixForLinalg("linalg.qr")
        let k = Swift.min(m, n)
        let qr = HouseholderQR(contiguousCopy().doubleValues(), rows: m, cols: n)
        let rRows = mode == "complete" ? m : k
        let r = linalgResult(qr.r(rows: rRows), [rRows, n])
        if mode == "r" { return (linalgResult([], [0]), r) }
        let qCols = mode == "complete" ? m : k
        return (linalgResult(qr.q(cols: qCols), [m, qCols]), r)
    }

    /// `torch.linalg.lstsq(A, B)` for a full-rank A with at least as many rows as columns: the
    /// least-squares solution (PyTorch's default CPU driver, gelsy, gives the same one), the rank, and
    /// gelsy's empty residuals and singular values.
    public func linalgLstsq(_ b: Tensor) throws -> (solution: Tensor, residuals: Tensor, rank: Tensor, singularValues: Tensor) {
        let (m, n) = try matrixForLinalg("linalg.lstsq")
        let vectorB = b.dim == 1
        guard b.dim == 1 || b.dim == 2, b.shape[0] == m else {
            throw TorchError.runtime("torch.linalg.lstsq: input.size(-2) should match other.size(-2)")
        }
        if GradMode.isEnabled && b.requiresGrad {
            throw TorchError(.notImplemented, "the backward of linalg.lstsq is not supported by gradstep (call it under torch.no_grad() or on detached tensors)")
        }
        guard b.dtype == dtype else {
            throw TorchError.runtime("torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's dtype \(dtype.rawValue) and other's dtype \(b.dtype.rawValue)")
        }
        let k = vectorB ? 1 : b.shape[1]
        let qr = HouseholderQR(contiguousCopy().doubleValues(), rows: m, cols: n)
        // gelsy's rank: diagonal entries of R above rcond·|R₀₀| (rcond = eps·max(m, n)).
        let eps = dtype == .float64 ? Double.ulpOfOne : Double(Float.ulpOfOne)
        let rcond = eps * Double(Swift.max(m, n))
        let r00 = n > 0 && m > 0 ? Swift.abs(qr.a[0]) : 0
        let rank = (0..<Swift.min(m, n)).filter { Swift.abs(qr.a[$0 * n + $0]) > rcond * r00 }.count
        guard m >= n, rank == n else {
            throw TorchError(.notImplemented, "torch.linalg.lstsq of a rank-deficient or wide matrix is not supported by gradstep (full column rank only)")
        }
        var y = b.contiguousCopy().doubleValues()
        for j in 0..<qr.tau.count where qr.tau[j] != 0 { qr.applyReflector(j, to: &y, cols: k) }
        var x = [Double](repeating: 0, count: n * k)
        for c in 0..<k {
            for i in stride(from: n - 1, through: 0, by: -1) {
                var s = y[i * k + c]
                for j in (i + 1)..<n { s -= qr.a[i * n + j] * x[j * k + c] }
                x[i * k + c] = s / qr.a[i * n + i]
            }
        }
        return (linalgResult(x, vectorB ? [n] : [n, k]), linalgResult([], [0]), Tensor(ints: [Int64(rank)], shape: []), linalgResult([], [0]))
    }
}
