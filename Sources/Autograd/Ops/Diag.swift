// torch.diag: a vector to a square matrix with it on diagonal `k`, or a matrix's diagonal `k` as a
// vector. No autograd yet (PyTorch records DiagonalBackward0): an input that needs one is refused.

extension Tensor {
    /// `torch.diag(input, diagonal)`.
    public func diag(_ k: Int = 0, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        guard dim == 1 || dim == 2 else { throw TorchError.runtime("diag(): Supports 1D or 2D tensors. Got \(dim)D") }
        if GradMode.isEnabled && requiresGrad {
            throw TorchError(.notImplemented, "the backward of torch.diag is not supported by gradstep (call it under torch.no_grad() or on a detached tensor)")
        }
        // Flat positions: where each output element comes from (nil: a zero of the 1-D case).
        let outShape: [Int]
        var source: [Int?]
        if dim == 1 {
            // A user-given offset: no overflow, and the square no larger than the element limit.
            let (size, overflow) = shape[0].addingReportingOverflow(k.magnitude > UInt(Int.max) ? Int.max : Int(k.magnitude))
            if overflow { throw TorchError.runtime("diag(): the offset \(k) makes a matrix too large") }
            _ = try Shape.count([size, size], limit: limit)
            let n = shape[0]
            outShape = [size, size]
            source = [Int?](repeating: nil, count: size * size)
            for i in 0..<n {
                let (r, c) = k >= 0 ? (i, i + k) : (i - k, i)
                source[r * size + c] = i
            }
        } else {
            let rows = shape[0], cols = shape[1]
            let count = k >= 0 ? Swift.max(0, Swift.min(rows, cols - k)) : Swift.max(0, Swift.min(rows + k, cols))
            outShape = [count]
            source = (0..<count).map { i in k >= 0 ? i * cols + i + k : (i - k) * cols + i }
        }
        let flat = contiguousCopy()
        switch dtype {
        case .float32, .float16:
            let v = flat.floatValues()
            return Tensor(floats: source.map { $0.map { v[$0] } ?? 0 }, shape: outShape, dtype: dtype)
        case .float64:
            let v = flat.doubleValues()
            return Tensor(doubles: source.map { $0.map { v[$0] } ?? 0 }, shape: outShape)
        default:
            let v = flat.intValues()
            return Tensor(ints: source.map { $0.map { v[$0] } ?? 0 }, shape: outShape, dtype: dtype)
        }
    }
}
