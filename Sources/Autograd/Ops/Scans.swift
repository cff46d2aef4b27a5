import Foundation

// cumprod and logsumexp, with PyTorch's backward formulas (FunctionsManual's cumprod_backward and
// logsumexp_backward).

extension Op {
    static let cumprod = Op("CumprodBackward0", symbol: "cumprod(a, dim)", explanation: "running products along a dimension",
                            derivatives: ["Σ later grads × product of the other factors"], kind: .other, savesTensors: true) { c in
        [try Tensor.cumprodGrad(c.grad, input: c.saved[0], output: c.saved[1], dim: c.args.ints[0])]
    }
    static let logsumexp = Op("LogsumexpBackward0", symbol: "logsumexp(a, dim)", explanation: "log of the sum of exponentials along dimensions (a smooth max)",
                              derivatives: ["softmax(a) along the dims"], kind: .other, savesTensors: true) { c in
        let dims = c.args.ints
        let g = try Tensor.expandReducedShape(c.grad, dims: dims, keepdim: c.args.flag, rank: c.inputShapes[0].count)
        let r = try Tensor.expandReducedShape(c.saved[1], dims: dims, keepdim: c.args.flag, rank: c.inputShapes[0].count)
        return [try g.mul(c.saved[0].sub(r).exp())]
    }
}

extension Tensor {
    /// A reduced tensor viewed with its reduced dims back as size 1 (so it broadcasts over the input).
    static func expandReducedShape(_ t: Tensor, dims: [Int], keepdim: Bool, rank: Int) throws -> Tensor {
        if keepdim { return t }
        var s = t.shape
        for d in dims.sorted() { s.insert(1, at: Swift.min(d, s.count)) }
        return try t.contiguousCopy().reshape(s)
    }

    /// `a.cumprod(dim)`: running products, accumulated as cumprod_cpu_kernel does (float32 in a
    /// double, acc_type<float, false>, each output rounded).
    public func cumprod(_ d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        if dim == 0 { return record(.cumprod, contiguousCopy(), inputs: [self], saving: [self, self], args: OpArgs(ints: [0])) }
        let outer = shape[..<w].reduce(1, *), n = shape[w], inner = shape[(w + 1)...].reduce(1, *)
        func scan<T>(_ v: [T], _ one: T, _ mul: (T, T) -> T) -> [T] {
            var v = v
            for o in 0..<outer {
                for i in 0..<inner {
                    var acc = one
                    for k in 0..<n { let p = (o * n + k) * inner + i; acc = mul(acc, v[p]); v[p] = acc }
                }
            }
            return v
        }
        let out: Tensor
        switch dtype {
        case .float32, .float16: out = Tensor(floats: scan(floatValues().map(Double.init), 1, *).map(Float.init), shape: shape, dtype: dtype)
        case .float64: out = Tensor(doubles: scan(doubleValues(), 1, *), shape: shape)
        default: out = Tensor(ints: scan(intValues(), 1, &*), shape: shape, dtype: dtype == .bool ? .int64 : dtype)
        }
        return record(.cumprod, out, inputs: [self], saving: [self, out], args: OpArgs(ints: [w]))
    }

    /// cumprod_backward: without zeros, `reverse_cumsum(grad · out) / a`; with a zero in the input,
    /// each gradient as the sum over later outputs of grad × the product of the other factors.
    static func cumprodGrad(_ grad: Tensor, input: Tensor, output: Tensor, dim d: Int) throws -> Tensor {
        if input.dim == 0 { return grad }
        if !input.doubleValues().contains(0) {
            return try cumulativeSum(grad.mul(output), dim: d, reverse: true).div(input)
        }
        let shape = input.shape
        let outer = shape[..<d].reduce(1, *), n = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let x = input.doubleValues(), g = grad.doubleValues()
        var out = [Double](repeating: 0, count: x.count)
        for o in 0..<outer {
            for i in 0..<inner {
                func at(_ k: Int) -> Int { (o * n + k) * inner + i }
                for k in 0..<n {
                    var total = 0.0, prefix = 1.0
                    for j in 0..<k { prefix *= x[at(j)] }
                    var later = prefix
                    for j in k..<n {
                        if j > k { later *= x[at(j)] }
                        total += g[at(j)] * later
                    }
                    out[at(k)] = total
                }
            }
        }
        let result = Tensor(doubles: out, shape: shape)
        return grad.dtype == .float64 ? result : result.cast(to: grad.dtype)
    }

    /// `torch.logsumexp(a, dims, keepdim)` as PyTorch computes it: the max along the dims (0 where it
    /// is infinite) taken out, `log(sum(exp(a - max))) + max`.
    public func logsumexp(dims: [Int], keepdim: Bool = false) throws -> Tensor {
        let ds = try reductionDims(dims)
        let floating = dtype.isFloatingPoint ? self.detach() : self.detach().cast(to: TorchSettings.defaultDType)
        let out = try GradMode.withDisabled { () -> Tensor in
            var m = floating
            for d in ds { m = try m.extremeAlong(dim: d, max: true, keepdim: true).0 }
            m = try Tensor.select(m.elementTest(.isinf), Tensor.zeros([], dtype: m.dtype), m)
            let s = try floating.sub(m).exp().sum(dims: ds, keepdim: keepdim).log()
            return try s.add(keepdim ? m : m.reshape(s.shape))
        }
        return record(.logsumexp, out, inputs: [self], saving: [self, out], args: OpArgs(ints: ds, flag: keepdim))
    }
}
