import Foundation

// tensordot, inner, kron (composed from permute/reshape/mm/mul as PyTorch composes them), and the
// ops with a node of their own: vdot, cross (linalg.cross) and cdist.

extension Op {
    static let vdot = Op("VdotBackward0", symbol: "a · b", explanation: "multiplies two vectors elementwise and adds the products",
                         derivatives: ["b", "a"], kind: .other, savesTensors: true) { c in
        [c.wants(0) ? try c.saved[1].mul(c.grad) : nil, c.wants(1) ? try c.saved[0].mul(c.grad) : nil]
    }
    /// `args.ints[0]`: the dim of length 3.
    static let cross = Op("LinalgCrossBackward0", symbol: "a × b", explanation: "the cross product of 3-vectors along a dimension",
                          derivatives: ["b × g", "g × a"], kind: .other, savesTensors: true) { c in
        let d = c.args.ints[0]
        return [c.wants(0) ? try Tensor.crossValues(c.saved[1], c.grad, dim: d).sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? try Tensor.crossValues(c.grad, c.saved[0], dim: d).sumTo(c.inputShapes[1]) : nil]
    }
    /// `args.scalars[0]`: p; saved: x1, x2, result.
    static let cdist = Op("CdistBackward0", symbol: "cdist(a, b)", explanation: "the p-norm distance between every row of a and every row of b",
                          derivatives: ["(a_i - b_j)·|a_i - b_j|^(p-2)/d^(p-1)", "the same for b, negated"], kind: .other, savesTensors: true) { c in
        try Tensor.cdistGrad(c, euclidean: false)
    }
    static let euclideanDist = Op("EuclideanDistBackward0", symbol: "cdist(a, b)", explanation: "the Euclidean distance between every row of a and every row of b",
                                  derivatives: ["(a_i - b_j)/d", "(b_j - a_i)/d"], kind: .other, savesTensors: true) { c in
        try Tensor.cdistGrad(c, euclidean: true)
    }
}

extension Tensor {
    /// A copy of this tensor's elements in a new shape, recorded as PyTorch's `_unsafe_view` (UnsafeViewBackward0).
    func unsafeView(_ s: [Int]) -> Tensor { record(.unsafeView, reshaped(s), inputs: [self]) }

    /// `torch.tensordot(a, b, dims)`: contracts `dimsA` of a with `dimsB` of b (permute, reshape, mm,
    /// reshape: ViewBackward0). Size-1 contracted dims are summed first, as PyTorch does.
    public static func tensordot(_ a: Tensor, _ b: Tensor, dimsA: [Int], dimsB: [Int]) throws -> Tensor {
        guard dimsA.count == dimsB.count else { throw TorchError.runtime("both dimension lists should have same length") }
        let da = try dimsA.map { try Shape.wrapDim($0, rank: a.dim) }, db = try dimsB.map { try Shape.wrapDim($0, rank: b.dim) }
        var t1 = a, t2 = b, csize = 1
        for i in 0..<da.count {
            let s1 = a.shape[da[i]], s2 = b.shape[db[i]]
            if s2 == 1 { t1 = try t1.sum(dims: [da[i]], keepdim: true) }
            else if s1 == 1 { t2 = try t2.sum(dims: [db[i]], keepdim: true) }
            else {
                guard s1 == s2 else {
                    throw TorchError.runtime("contracted dimensions need to match, but first has size \(s1) in dim \(dimsA[i]) and second has size \(s2) in dim \(dimsB[i])")
                }
                csize *= s1
            }
        }
        var p1 = [Int](), p2 = [Int](), rsizes = [Int](), size1 = 1, size2 = 1
        for i in 0..<a.dim where !da.contains(i) { p1.append(i); size1 *= t1.shape[i]; rsizes.append(t1.shape[i]) }
        p1 += da
        p2 += db
        for i in 0..<b.dim where !db.contains(i) { p2.append(i); size2 *= t2.shape[i]; rsizes.append(t2.shape[i]) }
        let m1 = try t1.permute(p1).reshape([size1, csize]), m2 = try t2.permute(p2).reshape([csize, size2])
        return try m1.mm(m2).reshape(rsizes)
    }

    /// `torch.inner(a, b)`: a product for a 0-d operand, else tensordot over both last dims.
    public static func inner(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if a.dim == 0 || b.dim == 0 { return try a.mul(b) }
        guard a.shape[a.dim - 1] == b.shape[b.dim - 1] else {
            throw TorchError.runtime("inner() the last dimension must match on both input tensors but got shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape))")
        }
        return try tensordot(a, b, dimsA: [-1], dimsB: [-1])
    }

    /// `torch.kron(a, b)`: PyTorch's KronImpl, each operand viewed with interleaved size-1 dims, one
    /// broadcast multiply, and an unsafe view to the block shape (UnsafeViewBackward0).
    public static func kron(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let maxdim = Swift.max(a.dim, b.dim)
        let padA = maxdim - a.dim, padB = maxdim - b.dim
        var aShape = [Int](), bShape = [Int](), result = [Int]()
        for i in 0..<maxdim {
            let sa = i >= padA ? a.shape[i - padA] : 1, sb = i >= padB ? b.shape[i - padB] : 1
            aShape += [sa, 1]
            bShape += [1, sb]
            result.append(sa * sb)
        }
        return try a.unsafeView(aShape).mul(b.unsafeView(bShape)).unsafeView(result)
    }

    /// `torch.vdot(a, b)`: the dot product of two 1-d tensors (VdotBackward0).
    public func vdot(_ other: Tensor) throws -> Tensor {
        let out = try GradMode.withDisabled { try self.detach().dot(other.detach()) }
        return record(.vdot, out, inputs: [self, other], saving: [self, other])
    }

    /// `torch.linalg.cross(a, b, dim=-1)`: the cross product along a dim of length 3 (inputs broadcast).
    public static func cross(_ a: Tensor, _ b: Tensor, dim d: Int) throws -> Tensor {
        guard a.dim == b.dim else {
            throw TorchError.runtime("linalg.cross: inputs must have the same number of dimensions.")
        }
        let shape = try Shape.broadcast(a.shape, b.shape)
        let w = try Shape.wrapDim(d, rank: shape.count)
        guard a.shape[w] == 3 && b.shape[w] == 3 else {
            throw TorchError.runtime("linalg.cross: inputs dimension \(d) must have length 3. Got \(a.shape[w]) and \(b.shape[w])")
        }
        let out = try crossValues(a, b, dim: w)
        return record(.cross, out, inputs: [a, b], saving: [a, b], args: OpArgs(ints: [w]))
    }

    /// `torch.cross(a, b, dim=None)`: the first dim of length 3 when none is given.
    public static func crossDefaultDim(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        guard let d = shape.firstIndex(of: 3) else { throw TorchError.runtime("no dimension of size 3 in input") }
        return try cross(a, b, dim: d)
    }

    /// The cross product's values (no graph), in the promoted dtype, computed as the kernel does:
    /// `a1·b2 - a2·b1`, ... in the element type.
    static func crossValues(_ a: Tensor, _ b: Tensor, dim w: Int) throws -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let x = try a.broadcast(to: shape).contiguousCopy(), y = try b.broadcast(to: shape).contiguousCopy()
        let dt = DType.promote(a.dtype, b.dtype)
        let slices = slices(shape, dim: w)
        // `a1*b2 - a2*b1` in PyTorch's kernel, which its compiler contracts to fma(a1, b2, -(a2*b1)).
        func compute<T: FloatingPoint>(_ u: [T], _ v: [T], _ zero: T) -> [T] {
            var out = [T](repeating: zero, count: u.count)
            func term(_ a: T, _ b: T, _ c: T, _ d: T) -> T { (-(c * d)).addingProduct(a, b) }
            for s in slices {
                out[s[0]] = term(u[s[1]], v[s[2]], u[s[2]], v[s[1]])
                out[s[1]] = term(u[s[2]], v[s[0]], u[s[0]], v[s[2]])
                out[s[2]] = term(u[s[0]], v[s[1]], u[s[1]], v[s[0]])
            }
            return out
        }
        switch dt {
        case .float64: return Tensor(doubles: compute(x.cast(to: dt).doubleValues(), y.cast(to: dt).doubleValues(), 0), shape: shape)
        case .float32, .float16: return Tensor(floats: compute(x.cast(to: .float32).floatValues(), y.cast(to: .float32).floatValues(), 0), shape: shape).cast(to: dt)
        default:
            let u = x.intValues(), v = y.intValues()
            var out = [Int64](repeating: 0, count: u.count)
            for s in slices {
                out[s[0]] = u[s[1]] &* v[s[2]] &- u[s[2]] &* v[s[1]]
                out[s[1]] = u[s[2]] &* v[s[0]] &- u[s[0]] &* v[s[2]]
                out[s[2]] = u[s[0]] &* v[s[1]] &- u[s[1]] &* v[s[0]]
            }
            return Tensor(ints: out, shape: shape, dtype: dt)
        }
    }

    /// `torch.cdist(x1, x2, p=2.0)`: the p-norm distance of every row of x1 ([B,] P, M) to every row
    /// of x2 ([B,] R, M). For p = 2 with more than 25 rows on a side, PyTorch switches to the
    /// matrix-product form `sqrt(clamp(|a|² - 2a·b + |b|², 0))` (EuclideanDistBackward0), and so does this.
    public static func cdist(_ x1: Tensor, _ x2: Tensor, p: Double) throws -> Tensor {
        guard x1.dim >= 2 else { throw TorchError.runtime("cdist only supports at least 2D tensors, X1 got: \(x1.dim)D") }
        guard x2.dim >= 2 else { throw TorchError.runtime("cdist only supports at least 2D tensors, X2 got: \(x2.dim)D") }
        guard x1.dtype.isFloatingPoint else { throw TorchError.runtime("cdist only supports floating-point dtypes, X1 got: \(x1.dtype.scalarTypeName)") }
        guard x2.dtype.isFloatingPoint else { throw TorchError.runtime("cdist only supports floating-point dtypes, X2 got: \(x2.dtype.scalarTypeName)") }
        let m = x1.shape[x1.dim - 1]
        guard m == x2.shape[x2.dim - 1] else {
            throw TorchError.runtime("X1 and X2 must have the same number of columns. X1: \(m) X2: \(x2.shape[x2.dim - 1])")
        }
        guard p >= 0 else { throw TorchError.runtime("cdist only supports non-negative p values") }
        guard x1.dim == 2 && x2.dim == 2 else {
            throw TorchError(.notImplemented, "torch.cdist of batched (3-d and above) inputs is not supported by gradstep yet")
        }
        let r1 = x1.shape[0], r2 = x2.shape[0]
        _ = try Shape.count([r1, r2])
        let a = x1.contiguousCopy().doubleValues(), b = x2.contiguousCopy().doubleValues()
        let isFloat = x1.dtype != .float64
        if p == 2 && (r1 > 25 || r2 > 25) && m > 0 {
            let out = try GradMode.withDisabled { () -> Tensor in
                let n1 = try x1.detach().pow(2).sum(dims: [-1], keepdim: true), n2 = try x2.detach().pow(2).sum(dims: [-1], keepdim: true)
                let left = try Tensor.cat([try x1.detach().mul(Tensor.wrapped(.int(-2))), n1, Tensor.full(n1.shape, 1, dtype: n1.dtype)], dim: -1)
                let right = try Tensor.cat([x2.detach(), Tensor.full(n2.shape, 1, dtype: n2.dtype), n2], dim: -1)
                return try left.matmul(right.t()).clampMin(.int(0)).sqrt()
            }
            // PyTorch views the batched result back to [r1, r2] (ViewBackward0 on top).
            return try record(.euclideanDist, out, inputs: [x1, x2], saving: [x1, x2, out]).view([r1, r2])
        }
        var out = [Double](repeating: 0, count: r1 * r2)
        for i in 0..<r1 {
            for j in 0..<r2 {
                if isFloat {
                    var agg: Float = 0
                    for k in 0..<m {
                        let d = Swift.abs(Float(a[i * m + k]) - Float(b[j * m + k]))
                        agg = cdistReduce(agg, d, p)
                    }
                    out[i * r2 + j] = Double(cdistFinish(agg, p))
                } else {
                    var agg: Double = 0
                    for k in 0..<m { agg = cdistReduce(agg, Swift.abs(a[i * m + k] - b[j * m + k]), p) }
                    out[i * r2 + j] = cdistFinish(agg, p)
                }
            }
        }
        let result = Tensor(doubles: out, shape: [r1, r2]).cast(to: DType.promote(x1.dtype, x2.dtype))
        return record(.cdist, result, inputs: [x1, x2], saving: [x1, x2, result], args: OpArgs(scalars: [p]))
    }

    /// One term of PyTorch's `Dist` reductions: count of non-zeros (p = 0), sum of |d| (1), of d² (2),
    /// max (inf), else sum of |d|^p.
    private static func cdistReduce<T: BinaryFloatingPoint>(_ agg: T, _ d: T, _ p: Double) -> T {
        switch p {
        case 0: return agg + (d != 0 ? 1 : 0)
        case 1: return agg + d
        // `agg + d*d` in PyTorch's kernel, which its compiler contracts into one fused multiply-add.
        case 2: return agg.addingProduct(d, d)
        case .infinity: return Swift.max(agg, d)
        default: return agg + T(Foundation.pow(Double(d), p))
        }
    }

    private static func cdistFinish<T: BinaryFloatingPoint>(_ agg: T, _ p: Double) -> T {
        switch p {
        case 0, 1, .infinity: return agg
        case 2: return agg.squareRoot()
        default: return T(Foundation.pow(Double(agg), 1 / p))
        }
    }

    /// `_cdist_backward`: for each row of x1, the sum over the rows of x2 of PyTorch's per-pair term
    /// (p = 2: `g·diff/d`; 1: `g·sign(diff)`; inf: `g·sign(diff)` where |diff| is the max; else
    /// `diff·|diff|^(p-2)·g/d^(p-1)`), in the element type and in PyTorch's order; x2's gradient is the
    /// same computation with the roles swapped (derivatives.yaml passes `grad.mT()`).
    /// `_euclidean_dist_backward` (the matrix-product path) is `x1·Σ_j r - r @ x2` with `r = g/d` (0 where d = 0).
    static func cdistGrad(_ c: BackwardContext, euclidean: Bool) throws -> [Tensor?] {
        let x1 = c.saved[0], x2 = c.saved[1], result = c.saved[2]
        if euclidean {
            return try GradMode.withDisabled {
                var ratio = try c.grad.div(result)
                ratio = try ratio.maskedFill(try result.compare("==", Tensor.zeros([], dtype: result.dtype)), value: Tensor.wrapped(.int(0)))
                let g1 = try x1.mul(ratio.sum(dims: [-1], keepdim: true)).sub(ratio.matmul(x2))
                let g2 = try x2.mul(ratio.sum(dims: [-2]).unsqueeze(-1)).sub(ratio.t().matmul(x1))
                return [c.wants(0) ? g1 : nil, c.wants(1) ? g2 : nil]
            }
        }
        let p = c.args.scalars[0]
        let g = c.grad.contiguousCopy()
        func side(_ a: Tensor, _ b: Tensor, _ grad: [Double], transposed: Bool) -> Tensor {
            let ra = a.shape[0], rb = b.shape[0], m = a.shape[1]
            let av = a.contiguousCopy().doubleValues(), bv = b.contiguousCopy().doubleValues()
            let dist = result.contiguousCopy().doubleValues()
            let r2 = result.shape[1]
            func pair(_ i: Int, _ j: Int) -> Int { transposed ? j * r2 + i : i * r2 + j }
            if a.dtype == .float64 {
                var out = [Double](repeating: 0, count: ra * m)
                for i in 0..<ra { for k in 0..<m { for j in 0..<rb {
                    out[i * m + k] += cdistTerm(av[i * m + k] - bv[j * m + k], grad[pair(i, j)], dist[pair(i, j)], p)
                } } }
                return Tensor(doubles: out, shape: a.shape)
            }
            var out = [Float](repeating: 0, count: ra * m)
            for i in 0..<ra { for k in 0..<m { for j in 0..<rb {
                out[i * m + k] += cdistTerm(Float(av[i * m + k]) - Float(bv[j * m + k]), Float(grad[pair(i, j)]), Float(dist[pair(i, j)]), p)
            } } }
            return Tensor(floats: out, shape: a.shape)
        }
        let gv = g.doubleValues()
        return [c.wants(0) ? side(x1, x2, gv, transposed: false).cast(to: c.gradDType) : nil,
                c.wants(1) ? side(x2, x1, gv, transposed: true).cast(to: c.gradDType) : nil]
    }

    /// One pair's term of PyTorch's cdist backward (DistanceOpsKernel.cpp), in the element type.
    private static func cdistTerm<T: BinaryFloatingPoint>(_ diff: T, _ grad: T, _ dist: T, _ p: Double) -> T {
        let sign: T = diff > 0 ? 1 : (diff < 0 ? -1 : 0)
        switch p {
        case 0: return 0
        case 1: return grad * sign
        case 2: return dist == 0 ? 0 : grad * diff / dist
        case .infinity:
            // grad·sign(diff)·(1 - min(1, ceil(||diff| - dist|)))
            return grad * sign * (1 - Swift.min(1, Swift.abs(Swift.abs(diff) - dist).rounded(.up)))
        default:
            if dist == 0 { return 0 }
            let pm2 = T(p) - 2, pm1 = T(p) - 1
            return diff * T(Foundation.pow(Double(Swift.abs(diff)), Double(pm2))) * grad / T(Foundation.pow(Double(dist), Double(pm1)))
        }
    }
}
