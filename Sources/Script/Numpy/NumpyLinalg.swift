import Autograd

/// `@`, `np.matmul` and `np.dot` for 1-d and 2-d arrays, accumulating each output element in
/// order in the result's own precision with fused multiply-adds, as OpenBLAS's kernels do.
enum NumpyLinalg {
    static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if a.dim == 0 || b.dim == 0 {
            throw PyError(.value, "matmul: Input operand \(a.dim == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
        }
        guard a.dim <= 2 && b.dim <= 2 else {
            throw PyError(.notImplemented, "gradstep's numpy matmul takes 1-d and 2-d arrays (batched matmul is not supported yet)")
        }
        let r = NumpyDType.promote(a.dtype, b.dtype)
        let (n, k) = a.dim == 1 ? (1, a.shape[0]) : (a.shape[0], a.shape[1])
        let (k2, m) = b.dim == 1 ? (b.shape[0], 1) : (b.shape[0], b.shape[1])
        guard k == k2 else {
            throw PyError(.value, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k))")
        }
        _ = try NumpyArrays.checkedCount([n, m])
        var shape: [Int] = []
        if a.dim == 2 { shape.append(n) }
        if b.dim == 2 { shape.append(m) }
        switch r {
        case .float32, .float16:
            // Half accumulates in float and rounds the sums once.
            let x = NumpyArrays.copy(a, .float32).floatValues(), y = NumpyArrays.copy(b, .float32).floatValues()
            var out = [Float](repeating: 0, count: n * m)
            for i in 0..<n { for j in 0..<m {
                var s: Float = 0
                for p in 0..<k { s = s.addingProduct(x[i * k + p], y[p * m + j]) }
                out[i * m + j] = s
            } }
            return Tensor(floats: out, shape: shape, dtype: r)
        case .float64:
            let x = NumpyArrays.copy(a, .float64).doubleValues(), y = NumpyArrays.copy(b, .float64).doubleValues()
            var out = [Double](repeating: 0, count: n * m)
            for i in 0..<n { for j in 0..<m {
                var s: Double = 0
                for p in 0..<k { s = s.addingProduct(x[i * k + p], y[p * m + j]) }
                out[i * m + j] = s
            } }
            return Tensor(doubles: out, shape: shape)
        default:
            let x = a.intValues(), y = b.intValues()
            var out = [Int64](repeating: 0, count: n * m)
            for i in 0..<n { for j in 0..<m {
                var s: Int64 = 0
                for p in 0..<k { s = r == .bool ? (s | (x[i * k + p] & y[p * m + j])) : s &+ x[i * k + p] &* y[p * m + j] }
                out[i * m + j] = s
            } }
            return Tensor(ints: out, shape: shape, dtype: r)
        }
    }

    /// `np.dot(a, b)`: a product with a scalar when either is 0-d, else matmul.
    static func dot(_ x: NumpyMath.Operand, _ y: NumpyMath.Operand) throws -> Tensor {
        if x.tensor.dim == 0 || y.tensor.dim == 0 { return try NumpyMath.apply(.multiply, x, y) }
        let (a, b) = (x.tensor.shape, y.tensor.shape)
        let bd = b.count == 1 ? 0 : b.count - 2
        if let k = a.last, k != b[bd] {
            throw PyError(.value, "shapes \(NumpyIndexing.shapeText(a)) and \(NumpyIndexing.shapeText(b)) not aligned: \(k) (dim \(a.count - 1)) != \(b[bd]) (dim \(bd))")
        }
        if x.tensor.dim == 2, y.tensor.dim == 2 || y.tensor.dim == 1 { return try matmul(x.tensor, y.tensor) }
        if x.tensor.dim == 1 { return try matmul(x.tensor, y.tensor) }
        throw PyError(.notImplemented, "gradstep's np.dot takes arrays of at most 2 dimensions")
    }
}
