import Foundation

// Products and norms: dot, mv, mm, matmul's dispatch, linalg.vector_norm.

extension Op {
    static let dot = Op("DotBackward0", symbol: "a · b", explanation: "multiplies two vectors elementwise and adds the products",
                        derivatives: ["b", "a"], savesTensors: true) { c in
        [c.wants(0) ? try c.saved[1].mul(c.grad) : nil,
         c.wants(1) ? try c.saved[0].mul(c.grad) : nil]
    }
    static let mv = Op("MvBackward0", symbol: "A @ v", explanation: "multiplies a matrix by a vector",
                       derivatives: ["v (outer)", "Aᵀ"], savesTensors: true) { c in
        let a = c.saved[0], v = c.saved[1], g = c.grad
        return [c.wants(0) ? try Tensor.mmRaw(g.reshaped([g.numel, 1]), v.reshaped([1, v.numel])) : nil,
                c.wants(1) ? try Tensor.mvRaw(a.transposedView(), g) : nil]
    }
    static let mm = Op("MmBackward0", symbol: "A @ B", explanation: "multiplies two matrices",
                       derivatives: ["Bᵀ", "Aᵀ"], savesTensors: true) { c in
        let a = c.saved[0], b = c.saved[1], g = c.grad
        return [c.wants(0) ? try Tensor.mmRaw(g, b.transposedView()) : nil,
                c.wants(1) ? try Tensor.mmRaw(a.transposedView(), g) : nil]
    }
    static let vectorNorm = Op("LinalgVectorNormBackward0", symbol: "‖a‖", explanation: "the Euclidean length: square root of the sum of squares",
                               derivatives: ["a/‖a‖"], savesTensors: true) { c in
        let a = c.saved[0], norm = c.saved[1]
        let nv = norm.floatValues()[0]
        let g = c.grad.floatValues()[0]
        // PyTorch: a * (grad / norm), with 0 where the norm is 0.
        let scale = nv == 0 ? Float(0) : g / nv
        return [Kernels.unaryFloat(a) { $0 * scale }]
    }
}

extension Tensor {
    /// A reshaped contiguous copy (internal helper for kernels; no graph).
    func reshaped(_ s: [Int]) -> Tensor {
        dtype == .float32 ? Tensor(floats: floatValues(), shape: s) : Tensor(ints: intValues(), shape: s, dtype: dtype)
    }

    /// The transpose of a 2-d tensor as a view (no graph).
    func transposedView() -> Tensor {
        Tensor(storage: storage, shape: [shape[1], shape[0]], strides: [strides[1], strides[0]], offset: offset, dtype: dtype, version: version)
    }

    /// Matrix product without graph; accumulates in double, rounds once.
    static func mmRaw(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let n = a.shape[0], k = a.shape[1], m = b.shape[1]
        if b.shape[0] != k {
            throw TorchError.runtime("mat1 and mat2 shapes cannot be multiplied (\(n)x\(k) and \(b.shape[0])x\(m))")
        }
        if a.dtype != .float32 && b.dtype != .float32 {
            let av = a.intValues(), bv = b.intValues()
            var out = [Int64](repeating: 0, count: n * m)
            for i in 0..<n { for p in 0..<k { let x = av[i * k + p]; for j in 0..<m { out[i * m + j] &+= x &* bv[p * m + j] } } }
            return Tensor(ints: out, shape: [n, m])
        }
        let av = a.floatValues(), bv = b.floatValues()
        var acc = [Double](repeating: 0, count: n * m)
        acc.withUnsafeMutableBufferPointer { o in
            for i in 0..<n {
                for p in 0..<k {
                    let x = Double(av[i * k + p])
                    for j in 0..<m { o[i * m + j] += x * Double(bv[p * m + j]) }
                }
            }
        }
        return Tensor(floats: acc.map { Float($0) }, shape: [n, m])
    }

    /// Matrix-vector product without graph.
    static func mvRaw(_ a: Tensor, _ v: Tensor) throws -> Tensor {
        let n = a.shape[0], k = a.shape[1]
        if v.shape[0] != k {
            throw TorchError.runtime("size mismatch, got input (\(n)), mat (\(n)x\(k)), vec (\(v.shape[0]))")
        }
        if a.dtype != .float32 && v.dtype != .float32 {
            let av = a.intValues(), vv = v.intValues()
            var out = [Int64](repeating: 0, count: n)
            for i in 0..<n { for p in 0..<k { out[i] &+= av[i * k + p] &* vv[p] } }
            return Tensor(ints: out, shape: [n])
        }
        let av = a.floatValues(), vv = v.floatValues()
        var out = [Float](repeating: 0, count: n)
        for i in 0..<n {
            var s = 0.0
            for p in 0..<k { s += Double(av[i * k + p]) * Double(vv[p]) }
            out[i] = Float(s)
        }
        return Tensor(floats: out, shape: [n])
    }

    /// `a.dot(b)` of two 1-d tensors.
    public func dot(_ other: Tensor) throws -> Tensor {
        guard dim == 1, other.dim == 1 else {
            throw TorchError.runtime("1D tensors expected, but got \(dim)D and \(other.dim)D tensors")
        }
        if numel != other.numel {
            throw TorchError.runtime("inconsistent tensor size, expected tensor [\(numel)] and src [\(other.numel)] to have the same number of elements, but got \(numel) and \(other.numel) elements respectively")
        }
        if dtype != other.dtype {
            throw TorchError.runtime("dot : expected both vectors to have same dtype, but found \(dtype == .float32 ? "Float" : "Long") and \(other.dtype == .float32 ? "Float" : "Long")")
        }
        let out: Tensor
        if dtype == .float32 {
            let a = floatValues(), b = other.floatValues()
            var s = 0.0
            for i in 0..<a.count { s += Double(a[i]) * Double(b[i]) }
            out = Tensor(floats: [Float(s)], shape: [])
        } else {
            let a = intValues(), b = other.intValues()
            var s: Int64 = 0
            for i in 0..<a.count { s &+= a[i] &* b[i] }
            out = Tensor(ints: [s], shape: [])
        }
        return record(.dot, out, inputs: [self, other], saving: [self, other],
                      checking: [other.requiresGrad, requiresGrad])
    }

    /// `A.mv(v)`.
    public func mv(_ v: Tensor) throws -> Tensor {
        guard dim == 2, v.dim == 1 else {
            throw TorchError.runtime("vector + matrix @ vector expected, got \(v.dim), \(dim), \(v.dim)")
        }
        if dtype != v.dtype {
            func name(_ d: DType) -> String { d == .float32 ? "Float" : (d == .int64 ? "Long" : "Bool") }
            throw TorchError.runtime("addmv input tensors must have the same dtype, but got \(name(v.dtype)), \(name(dtype)), and \(name(v.dtype))")
        }
        let out = try Tensor.mvRaw(self, v)
        return record(.mv, out, inputs: [self, v], saving: [self, v],
                      checking: [v.requiresGrad, requiresGrad])
    }

    /// `A.mm(B)`.
    public func mm(_ b: Tensor) throws -> Tensor {
        guard dim == 2 else { throw TorchError.runtime("mm: self must be a matrix, got \(dim)-D tensor") }
        guard b.dim == 2 else { throw TorchError.runtime("mm: mat2 must be a matrix, got \(b.dim)-D tensor") }
        if shape[1] != b.shape[0] {
            throw TorchError.runtime("mm: mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(b.shape[0])x\(b.shape[1]))")
        }
        if dtype != b.dtype {
            throw TorchError.runtime("expected m1 and m2 to have the same dtype, but got: \(dtype == .float32 ? "float" : "long int") != \(b.dtype == .float32 ? "float" : "long int")")
        }
        let out = try Tensor.mmRaw(self, b)
        return record(.mm, out, inputs: [self, b], saving: [self, b],
                      checking: [b.requiresGrad, requiresGrad])
    }

    /// `a @ b`: dot, mv, vector-matrix or mm by the ranks, as torch.matmul.
    public func matmul(_ other: Tensor) throws -> Tensor {
        if dim == 0 || other.dim == 0 {
            throw TorchError.runtime("both arguments to matmul need to be at least 1D, but they are \(dim)D and \(other.dim)D")
        }
        switch (dim, other.dim) {
        case (1, 1): return try dot(other)
        case (2, 1): return try mv(other)
        case (1, 2):
            return try unsqueeze(0).mm(other).squeezeInPlaceView(0)
        case (2, 2): return try mm(other)
        default:
            throw TorchError(.notImplemented, "gradstep's matmul supports 1-d and 2-d tensors; got \(dim)D and \(other.dim)D")
        }
    }

    /// `torch.linalg.vector_norm(a)` (ord 2, all elements).
    public func vectorNorm() throws -> Tensor {
        guard dtype == .float32 else {
            throw TorchError(.notImplemented, "linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long")
        }
        var s = 0.0
        for x in floatValues() { s += Double(x) * Double(x) }
        let out = Tensor(floats: [Float(s.squareRoot())], shape: [])
        return record(.vectorNorm, out, inputs: [self], saving: [self, out])
    }
}
