import Foundation

// Products and norms: dot, mv, mm, matmul's dispatch, linalg.vector_norm.

extension Op {
    static let dot = Op("DotBackward0", symbol: "a · b", explanation: "multiplies two vectors elementwise and adds the products",
                        derivatives: ["b", "a"], kind: .other, savesTensors: true, plan: .dot,
                        differentiable: { c in
                            [c.wants(0) ? try c.grad.mul(c.live(1)) : nil, c.wants(1) ? try c.grad.mul(c.live(0)) : nil]
                        }) { c in
        [c.wants(0) ? try c.saved[1].mul(c.grad) : nil,
         c.wants(1) ? try c.saved[0].mul(c.grad) : nil]
    }
    static let mv = Op("MvBackward0", symbol: "A @ v", explanation: "multiplies a matrix by a vector",
                       derivatives: ["v (outer)", "Aᵀ"], kind: .other, savesTensors: true, plan: .mv,
                       differentiable: { c in
                           // grad.ger(vec) (outer: grad.reshape(-1, 1) * vec), self.t().mv(grad)
                           [c.wants(0) ? try c.grad.reshape([-1, 1]).mul(c.live(1)) : nil,
                            c.wants(1) ? try c.live(0).t().mv(c.grad) : nil]
                       }) { c in
        let a = c.saved[0], v = c.saved[1], g = c.grad
        return [c.wants(0) ? try Tensor.mmRaw(g.reshaped([g.numel, 1]), v.reshaped([1, v.numel])) : nil,
                c.wants(1) ? try Tensor.mvRaw(a.transposedView(), g) : nil]
    }
    static let mm = Op("MmBackward0", symbol: "A @ B", explanation: "multiplies two matrices",
                       derivatives: ["Bᵀ", "Aᵀ"], kind: .other, savesTensors: true, plan: .mm,
                       differentiable: { c in
                           [c.wants(0) ? try c.grad.mm(c.live(1).t()) : nil, c.wants(1) ? try c.live(0).t().mm(c.grad) : nil]
                       }) { c in
        let a = c.saved[0], b = c.saved[1], g = c.grad
        return [c.wants(0) ? try Tensor.mmRaw(g, b.transposedView()) : nil,
                c.wants(1) ? try Tensor.mmRaw(a.transposedView(), g) : nil]
    }
    static let vectorNorm = Op("LinalgVectorNormBackward0", symbol: "‖a‖", explanation: "the Euclidean length: square root of the sum of squares",
                               derivatives: ["a/‖a‖"], kind: .other, savesTensors: true,
                               differentiable: { c in
                                   // norm_backward for ord 2: grad * (self / norm).masked_fill_(norm == 0, 0),
                                   // grad and norm unsqueezed back over the reduced dims.
                                   guard c.args.scalars[0] == 2 else {
                                       throw TorchError(.notImplemented, "double backward through LinalgVectorNormBackward0 with ord other than 2 is not supported by gradstep")
                                   }
                                   let a = c.live(0), dims = c.args.ints.sorted()
                                   var g = c.grad, norm = c.live(1)
                                   if !c.args.flag && a.dim > 0 {
                                       for d in dims { g = try g.unsqueeze(d); norm = try norm.unsqueeze(d) }
                                   }
                                   let zero = Tensor.zeros([], dtype: a.dtype)
                                   let ratio = try Tensor.whereSelect(norm.compare("==", Tensor.wrapped(.float(0))), zero, a.div(norm))
                                   return [try g.mul(ratio)]
                               }) { c in
        let a = c.saved[0], dims = c.args.ints, keepdim = c.args.flag, p = c.args.scalars[0]
        if a.dtype == .float64 { return [try Tensor.vectorNormBackwardDouble(a, norm: c.saved[1], grad: c.grad, p: p, dims: dims, keepdim: keepdim)] }
        let norm = try Tensor.expandReduced(c.saved[1], dims: dims, keepdim: keepdim, to: a.shape).floatValues()
        let g = try Tensor.expandReduced(c.grad, dims: dims, keepdim: keepdim, to: a.shape).floatValues()
        let v = a.floatValues()
        var out = [Float](repeating: 0, count: v.count)
        if p.isInfinite {
            // Evenly shared among the elements whose |a| equals the norm, per reduced slot.
            let hits = v.indices.map { Swift.abs(v[$0]) == norm[$0] ? Float(1) : 0 }
            let counts = try Tensor.expandReduced(Reduce.sum(Tensor(floats: hits, shape: a.shape), dims: dims, keepdim: keepdim),
                                                  dims: dims, keepdim: keepdim, to: a.shape).floatValues()
            for i in v.indices where hits[i] != 0 { out[i] = (v[i] < 0 ? -1 : 1) * g[i] / counts[i] }
        } else {
            for i in v.indices {
                let x = v[i], n = norm[i]
                let sgn: Float = x > 0 ? 1 : (x < 0 ? -1 : 0)
                // norm_backward: grad * (self / norm), 0 where the norm is 0 (torch 2.15's order).
                if p == 2 { out[i] = n == 0 ? 0 : g[i] * (x / n) }
                else if p == 1 { out[i] = sgn * g[i] }
                else { out[i] = n == 0 ? 0 : sgn * Float(Foundation.pow(Double(Swift.abs(x)), p - 1)) * g[i] / Float(Foundation.pow(Double(n), p - 1)) }
            }
        }
        return [Tensor(floats: out, shape: a.shape)]
    }
}

extension Tensor {
    /// The float64 gradient of `vector_norm` (same rules as the float32 formula, in double).
    static func vectorNormBackwardDouble(_ a: Tensor, norm saved: Tensor, grad: Tensor, p: Double, dims: [Int], keepdim: Bool) throws -> Tensor {
        let norm = try Tensor.expandReduced(saved, dims: dims, keepdim: keepdim, to: a.shape).doubleValues()
        let g = try Tensor.expandReduced(grad, dims: dims, keepdim: keepdim, to: a.shape).doubleValues()
        let v = a.doubleValues()
        var out = [Double](repeating: 0, count: v.count)
        if p.isInfinite {
            let hits = v.indices.map { Swift.abs(v[$0]) == norm[$0] ? 1.0 : 0 }
            let counts = try Tensor.expandReduced(Reduce.sum(Tensor(doubles: hits, shape: a.shape), dims: dims, keepdim: keepdim),
                                                  dims: dims, keepdim: keepdim, to: a.shape).doubleValues()
            for i in v.indices where hits[i] != 0 { out[i] = (v[i] < 0 ? -1 : 1) * g[i] / counts[i] }
        } else {
            for i in v.indices {
                let x = v[i], n = norm[i]
                let sgn: Double = x > 0 ? 1 : (x < 0 ? -1 : 0)
                if p == 2 { out[i] = n == 0 ? 0 : g[i] * (x / n) }
                else if p == 1 { out[i] = sgn * g[i] }
                else { out[i] = n == 0 ? 0 : sgn * Foundation.pow(Swift.abs(x), p - 1) * g[i] / Foundation.pow(n, p - 1) }
            }
        }
        return Tensor(doubles: out, shape: a.shape)
    }

    /// A reshaped contiguous copy (internal helper for kernels; no graph).
    func reshaped(_ s: [Int]) -> Tensor {
        let c = contiguousCopy()
        return Tensor(storage: c.storage, shape: s, strides: Shape.contiguousStrides(s), offset: 0, dtype: dtype)
    }

    /// The transpose of a 2-d tensor as a view (no graph).
    func transposedView() -> Tensor {
        Tensor(storage: storage, shape: [shape[1], shape[0]], strides: [strides[1], strides[0]], offset: offset, dtype: dtype, version: version)
    }

    /// Matrix product without graph. Each element sums its float32 products in order (no fused
    /// multiply-add), as PyTorch's CPU kernels do for the sizes learners use (checked against torch 2.15:
    /// every element of mm up to K = 256 with a narrow result, and every mv/mm gradient).
    static func mmRaw(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let n = a.shape[0], k = a.shape[1], m = b.shape[1]
        if b.shape[0] != k {
            throw TorchError.runtime("mat1 and mat2 shapes cannot be multiplied (\(n)x\(k) and \(b.shape[0])x\(m))", code: .matmulShape)
        }
        if a.dtype == .float64 || b.dtype == .float64 {
            let av = a.doubleValues(), bv = b.doubleValues()
            var acc = [Double](repeating: k == 1 ? -0.0 : 0, count: n * m)
            for i in 0..<n { for p in 0..<k { let x = av[i * k + p]; for j in 0..<m { acc[i * m + j] += x * bv[p * m + j] } } }
            return Tensor(doubles: acc, shape: [n, m])
        }
        if a.dtype.isIntegral && b.dtype.isIntegral {
            let av = a.intValues(), bv = b.intValues()
            var out = [Int64](repeating: 0, count: n * m)
            for i in 0..<n { for p in 0..<k { let x = av[i * k + p]; for j in 0..<m { out[i * m + j] &+= x &* bv[p * m + j] } } }
            return Tensor(ints: out, shape: [n, m])
        }
        let av = a.floatValues(), bv = b.floatValues()
        // A rank-one product (k == 1) is the product itself, so -0 survives as in PyTorch's kernel.
        var acc = [Float](repeating: k == 1 ? -0.0 : 0, count: n * m)
        // Through raw pointers the j loop vectorises (8 sums side by side, each still adding its
        // products in p order, a multiply then an add): 3.4x faster on a 64x300 @ 300x300 product,
        // which made `bstep` on a 10^5-parameter model spend most of its time here.
        acc.withUnsafeMutableBufferPointer { o in
            av.withUnsafeBufferPointer { pa in
                bv.withUnsafeBufferPointer { pb in
                    guard let o = o.baseAddress, let pa = pa.baseAddress, let pb = pb.baseAddress else { return }
                    for i in 0..<n {
                        let row = o + i * m
                        for p in 0..<k {
                            let x = pa[i * k + p], col = pb + p * m
                            for j in 0..<m { row[j] += x * col[j] }
                        }
                    }
                }
            }
        }
        return Tensor(floats: acc, shape: [n, m])
    }

    /// Matrix-vector product without graph.
    static func mvRaw(_ a: Tensor, _ v: Tensor) throws -> Tensor {
        let n = a.shape[0], k = a.shape[1]
        if v.shape[0] != k {
            throw TorchError.runtime("size mismatch, got input (\(n)), mat (\(n)x\(k)), vec (\(v.shape[0]))", code: .matmulShape)
        }
        if a.dtype == .float64 || v.dtype == .float64 {
            let av = a.doubleValues(), vv = v.doubleValues()
            var out = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var s: Double = k == 1 ? -0.0 : 0
                for p in 0..<k { s += av[i * k + p] * vv[p] }
                out[i] = s
            }
            return Tensor(doubles: out, shape: [n])
        }
        if a.dtype.isIntegral && v.dtype.isIntegral {
            let av = a.intValues(), vv = v.intValues()
            var out = [Int64](repeating: 0, count: n)
            for i in 0..<n { for p in 0..<k { out[i] &+= av[i * k + p] &* vv[p] } }
            return Tensor(ints: out, shape: [n])
        }
        let av = a.floatValues(), vv = v.floatValues()
        var out = [Float](repeating: 0, count: n)
        for i in 0..<n {
            // In order, in float32, as mmRaw (PyTorch's result for rows of up to 4 elements).
            var s: Float = k == 1 ? -0.0 : 0
            for p in 0..<k { s += av[i * k + p] * vv[p] }
            out[i] = s
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
            throw TorchError.runtime("dot : expected both vectors to have same dtype, but found \(dtype.scalarTypeName) and \(other.dtype.scalarTypeName)")
        }
        let out: Tensor
        if dtype == .float64 {
            let a = doubleValues(), b = other.doubleValues()
            var s: Double = a.count == 1 ? -0.0 : 0
            for i in 0..<a.count { s += a[i] * b[i] }
            out = Tensor(doubles: [s], shape: [])
        } else if dtype == .float32 {
            let a = floatValues(), b = other.floatValues()
            var s: Float = a.count == 1 ? -0.0 : 0
            for i in 0..<a.count { s += a[i] * b[i] }
            out = Tensor(floats: [s], shape: [])
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
        if v.dim == 0 { throw TorchError(.index, "Dimension specified as 0 but tensor has no dimensions") }
        guard dim == 2, v.dim == 1 else {
            throw TorchError.runtime("vector + matrix @ vector expected, got 1, \(dim), \(v.dim)")
        }
        if dtype != v.dtype {
            func name(_ d: DType) -> String { d.scalarTypeName }
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
            throw TorchError.runtime("mm: mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(b.shape[0])x\(b.shape[1]))", code: .matmulShape)
        }
        if dtype != b.dtype {
            throw TorchError.runtime("expected m1 and m2 to have the same dtype, but got: \(dtype.cTypeName) != \(b.dtype.cTypeName)")
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
            return try batchedMatmul(other)
        }
    }

    /// `torch.linalg.vector_norm(a, ord, dim, keepdim)`: ord any positive number or ±inf; dims nil means all.
    public func vectorNorm(ord p: Double = 2, dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TorchError(.notImplemented, "linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        let ds = try dims.map { try reductionDims($0) } ?? Array(0..<dim)
        var kept = shape
        for d in ds { kept[d] = 1 }
        let v = doubleValues()
        let mapped = v.map { x -> Double in
            let a = Swift.abs(x)
            if p.isInfinite { return a }
            if p == 2 { return a * a }
            if p == 1 { return a }
            return p == 0 ? (a != 0 ? 1 : 0) : Foundation.pow(a, p)
        }
        var result: [Double]
        if p == 2 && dtype == .float32 {
            result = NormKernel.l2(floatValues(), shape: shape, dims: ds).map { Double($0) }
        } else if p.isInfinite {
            var best = [Double](repeating: p > 0 ? 0 : .infinity, count: Shape.numel(kept))
            let strides = Shape.contiguousStrides(kept)
            Reduce.forEachIndex(shape) { i, index in
                var o = 0
                for d in 0..<shape.count where !ds.contains(d) { o += index[d] * strides[d] }
                best[o] = p > 0 ? Swift.max(best[o], mapped[i]) : Swift.min(best[o], mapped[i])
            }
            result = best
        } else if dtype == .float32 && p != 2 {
            // PyTorch's NormOneOps / NormZeroOps / NormOps accumulate in float, one element at a time
            // (`acc + |x|^p` with powf), then take `acc^(1/p)` in float.
            let x = floatValues(), pf = Float(p)
            var acc = [Float](repeating: 0, count: Shape.numel(kept))
            let strides = Shape.contiguousStrides(kept)
            Reduce.forEachIndex(shape) { i, index in
                var o = 0
                for d in 0..<shape.count where !ds.contains(d) { o += index[d] * strides[d] }
                let a = Swift.abs(x[i])
                acc[o] = acc[o] + (p == 1 ? a : p == 0 ? (a != 0 ? 1 : 0) : Foundation.pow(a, pf))
            }
            result = acc.map { p == 1 || p == 0 ? Double($0) : Double(Foundation.pow($0, 1 / pf)) }
        } else {
            result = Reduce.sumDouble(mapped, shape: shape, dims: ds)
            if p == 2 { result = result.map { $0.squareRoot() } } else if p != 1 && p != 0 { result = result.map { Foundation.pow($0, 1 / p) } }
        }
        let outShape = keepdim ? kept : shape.enumerated().filter { !ds.contains($0.offset) }.map(\.element)
        let out = dtype == .float64 ? Tensor(doubles: result, shape: outShape) : Tensor(floats: result.map { Float($0) }, shape: outShape)
        return record(.vectorNorm, out, inputs: [self], saving: [self, out], args: OpArgs(scalars: [p], ints: ds, flag: keepdim))
    }
}
