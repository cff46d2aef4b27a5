import Foundation

// softmax / log_softmax along a dim, torch.where, and permute(dims), each with its backward.

extension Op {
    static let softmax = Op("SoftmaxBackward0", symbol: "softmax(a, dim)", explanation: "turns the elements along a dimension into probabilities that sum to 1",
                            derivatives: ["y·(g - Σ g·y)"], kind: .other, savesTensors: true,
                            differentiable: { c in [try Tensor.softmaxBackwardData(c.grad, c.live(0), dim: c.args.ints[0], log: false)] }) { c in
        [Tensor.softmaxBackward(c.grad, output: c.saved[0], dim: c.args.ints[0], log: false)]
    }
    static let logSoftmax = Op("LogSoftmaxBackward0", symbol: "log_softmax(a, dim)", explanation: "takes the log of the softmax along a dimension",
                               derivatives: ["g - exp(y)·Σ g"], kind: .other, savesTensors: true,
                               differentiable: { c in [try Tensor.softmaxBackwardData(c.grad, c.live(0), dim: c.args.ints[0], log: true)] }) { c in
        [Tensor.softmaxBackward(c.grad, output: c.saved[0], dim: c.args.ints[0], log: true)]
    }
    static let whereOp = Op("WhereBackward0", symbol: "where(cond, a, b)", explanation: "takes a where the condition holds and b elsewhere",
                            derivatives: ["cond", "not cond"], kind: .elementwise, savesTensors: true,
                            differentiable: { c in
                                let cond = c.live(0), zero = Tensor.zeros([], dtype: c.gradDType)
                                return [c.wants(0) ? try Tensor.whereSelect(cond, c.grad, zero).reduced(to: c, 0) : nil,
                                        c.wants(1) ? try Tensor.whereSelect(cond, zero, c.grad).reduced(to: c, 1) : nil]
                            }) { c in
        let cond = c.saved[0]
        let zero = Tensor.zeros([], dtype: c.grad.dtype)
        let ga = try Tensor.select(cond, c.grad, zero), gb = try Tensor.select(cond, zero, c.grad)
        return [c.wants(0) ? ga.sumTo(c.inputShapes[0]) : nil, c.wants(1) ? gb.sumTo(c.inputShapes[1]) : nil]
    }
    static let permuteDims = Op("PermuteBackward0", symbol: "a.permute(dims)", explanation: "reorders the dimensions",
                                derivatives: ["permute back"], kind: .view, savesTensors: false, plan: .gather) { c in
        let perm = c.args.ints
        var inverse = [Int](repeating: 0, count: perm.count)
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return [c.grad.permutedView(inverse).contiguousCopy()]
    }
}

extension Tensor {
    /// Elementwise choice between `a` and `b` by a bool `cond` (broadcasting), no graph.
    static func select(_ cond: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try Shape.broadcast(Shape.broadcast(cond.shape, a.shape), b.shape)
        let c = try cond.broadcast(to: shape).intValues()
        let rt = Kernels.promote(a, b)
        if rt == .float64 {
            let av = try a.broadcast(to: shape).doubleValues(), bv = try b.broadcast(to: shape).doubleValues()
            return Tensor(doubles: (0..<c.count).map { c[$0] != 0 ? av[$0] : bv[$0] }, shape: shape)
        }
        if rt.storesFloats {
            let av = try a.broadcast(to: shape).floatValues(), bv = try b.broadcast(to: shape).floatValues()
            return Tensor(floats: (0..<c.count).map { c[$0] != 0 ? av[$0] : bv[$0] }, shape: shape, dtype: rt)
        }
        let av = try a.broadcast(to: shape).intValues(), bv = try b.broadcast(to: shape).intValues()
        return Tensor(ints: (0..<c.count).map { c[$0] != 0 ? av[$0] : bv[$0] }, shape: shape, dtype: rt)
    }

    /// `torch.where(cond, a, b)`.
    public static func whereSelect(_ cond: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        if cond.dtype != .bool {
            throw TorchError.runtime("where expected condition to be a boolean tensor, but got a tensor with dtype \(cond.dtype.scalarTypeName)")
        }
        let out = try select(cond, a, b)
        return record(.whereOp, out, inputs: [a, b], saving: [cond.savedAlias()], checking: [false])
    }

    /// A view with dimensions reordered by `perm` (already validated).
    func permutedView(_ perm: [Int]) -> Tensor {
        Tensor(storage: storage, shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: offset, dtype: dtype, version: version)
    }

    /// `a.permute(*dims)`.
    public func permute(_ dims: [Int]) throws -> Tensor {
        guard dims.count == dim else {
            throw TorchError.runtime("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(dim) is not equal to len(dims) = \(dims.count)")
        }
        let perm = try dims.map { try Shape.wrapDim($0, rank: dim) }
        if Set(perm).count != perm.count { throw TorchError.runtime("permute(): duplicate dims are not allowed.") }
        return record(.permuteDims, permutedView(perm), inputs: [self], args: OpArgs(ints: perm))
    }

    /// softmax / log_softmax in double along `d`: the maximum subtracted, exponentials summed, then
    /// scaled by the reciprocal of the sum (softmax) or the log of the sum subtracted (log_softmax).
    private func softmaxDoubles(_ d: Int, log: Bool) -> Tensor {
        if shape.isEmpty { return Tensor(doubles: [log ? 0 : 1], shape: []) }
        let outer = shape[..<d].reduce(1, *), n = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let v = doubleValues()
        var out = [Double](repeating: 0, count: v.count)
        for o in 0..<outer {
            for i in 0..<inner {
                let base = o * n * inner + i
                var m = -Double.infinity
                for k in 0..<n { m = Swift.max(m, v[base + k * inner]) }
                var sum = 0.0
                for k in 0..<n { sum += Foundation.exp(v[base + k * inner] - m) }
                if log {
                    let ls = Foundation.log(sum)
                    for k in 0..<n { out[base + k * inner] = v[base + k * inner] - m - ls }
                } else {
                    let r = 1 / sum
                    for k in 0..<n { out[base + k * inner] = Foundation.exp(v[base + k * inner] - m) * r }
                }
            }
        }
        return Tensor(doubles: out, shape: shape)
    }

    /// The float64 backward of softmax (`y·(g - Σ g·y)`) and log_softmax (`g - exp(y)·Σ g`).
    static func softmaxBackwardDoubles(_ grad: Tensor, output y: Tensor, dim d: Int, log: Bool) -> Tensor {
        let shape = y.shape.isEmpty ? [1] : y.shape
        let outer = shape[..<d].reduce(1, *), n = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let g = grad.broadcastValuesDouble(to: y.shape), yv = y.doubleValues()
        var out = [Double](repeating: 0, count: yv.count)
        for o in 0..<outer {
            for i in 0..<inner {
                let base = o * n * inner + i
                var s = 0.0
                for k in 0..<n { s += log ? g[base + k * inner] : g[base + k * inner] * yv[base + k * inner] }
                for k in 0..<n {
                    let j = base + k * inner
                    out[j] = log ? g[j] - Foundation.exp(yv[j]) * s : yv[j] * (g[j] - s)
                }
            }
        }
        return Tensor(doubles: out, shape: y.shape)
    }

    private func softmaxValues(_ d: Int, log: Bool) -> Tensor {
        if Kernels.floatingResult(self) == .float64 { return softmaxDoubles(d, log: log) }
        if shape.isEmpty { return Tensor(floats: [log ? 0 : 1], shape: []) }
        let outer = shape[..<d].reduce(1, *), n = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let v = floatValues()
        let out = [Float](unsafeUninitializedCapacity: v.count) { buf, count in
            v.withUnsafeBufferPointer { p in
                guard let x = p.baseAddress, let y = buf.baseAddress else { return }
                if d == shape.count - 1 {
                    SoftmaxKernel.lastDim(x, y, rows: outer, n: n, log: log)
                } else if log {
                    SoftmaxKernel.logSoftmaxInner(x, y, outer: outer, n: n, inner: inner)
                } else {
                    SoftmaxKernel.softmaxInner(x, y, outer: outer, n: n, inner: inner)
                }
            }
            count = v.count
        }
        return Tensor(floats: out, shape: shape)
    }

    /// `_softmax_backward_data` / `_log_softmax_backward_data` on contiguous copies.
    static func softmaxBackward(_ grad: Tensor, output y: Tensor, dim d: Int, log: Bool) -> Tensor {
        if y.dtype == .float64 { return softmaxBackwardDoubles(grad, output: y, dim: d, log: log) }
        // A 0-dim tensor is one row of one element.
        let shape = y.shape.isEmpty ? [1] : y.shape
        let outer = shape[..<d].reduce(1, *), n = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let gv = grad.broadcastValuesFloat(to: y.shape), yv = y.floatValues()
        let out = [Float](unsafeUninitializedCapacity: yv.count) { buf, count in
            gv.withUnsafeBufferPointer { gp in
                yv.withUnsafeBufferPointer { yp in
                    guard let g = gp.baseAddress, let yb = yp.baseAddress, let o = buf.baseAddress else { return }
                    SoftmaxKernel.backward(g, yb, o, outer: outer, n: n, inner: inner, lastDim: d == shape.count - 1, log: log)
                }
            }
            count = yv.count
        }
        return Tensor(floats: out, shape: y.shape)
    }

    /// `torch.softmax(a, dim)`.
    public func softmax(dim d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        let out = softmaxValues(dim == 0 ? 0 : w, log: false)
        return record(.softmax, out, inputs: [self], saving: [out], args: OpArgs(ints: [dim == 0 ? 0 : w]))
    }

    /// `torch.log_softmax(a, dim)`.
    public func logSoftmax(dim d: Int) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: dim)
        let out = softmaxValues(dim == 0 ? 0 : w, log: true)
        return record(.logSoftmax, out, inputs: [self], saving: [out], args: OpArgs(ints: [dim == 0 ? 0 : w]))
    }

    /// `torch.eye(n, m)`.
    public static func eye(_ n: Int, _ m: Int? = nil, dtype: DType = .float32) throws -> Tensor {
        let cols = m ?? n
        if n < 0 { throw TorchError.runtime("n must be greater or equal to 0, got \(n)") }
        if cols < 0 { throw TorchError.runtime("m must be greater or equal to 0, got \(cols)") }
        let count = try Shape.count([n, cols])
        var v = [Float](repeating: 0, count: count)
        for i in 0..<Swift.min(n, cols) { v[i * cols + i] = 1 }
        let t = Tensor(floats: v, shape: [n, cols])
        return dtype == .float32 ? t : t.cast(to: dtype)
    }
}

// `_softmax_backward_data` / `_log_softmax_backward_data` as ops of their own under create_graph,
// with their derivatives.yaml entries as backward.
extension Op {
    static let softmaxBackwardData = Op.backwardKernel("SoftmaxBackwardDataBackward0", symbol: "y·(g - Σ g·y)", explanation: "softmax's backward",
                                                       derivatives: ["y·(· - Σ ·y)", "softmax_double_backward"]) { c in
        let gradOutput = c.live(0), output = c.live(1), d = c.args.ints[0]
        var out: [Tensor?] = [nil, nil]
        if c.wants(0) { out[0] = try Tensor.softmaxBackwardData(c.grad, output, dim: d, log: false) }
        if c.wants(1) {
            // softmax_double_backward: go * g - (y * go).sum(dim, true) * g - go * (y * g).sum(dim, true)
            let g = c.grad
            out[1] = try gradOutput.mul(g).sub(output.mul(gradOutput).sum(dims: [d], keepdim: true).mul(g))
                .sub(gradOutput.mul(output.mul(g).sum(dims: [d], keepdim: true)))
        }
        return out
    }
    static let logSoftmaxBackwardData = Op.backwardKernel("LogSoftmaxBackwardDataBackward0", symbol: "g - exp(y)·Σ g", explanation: "log_softmax's backward",
                                                          derivatives: ["· - exp(y)·Σ ·", "-Σ g·exp(y)"]) { c in
        let gradOutput = c.live(0), output = c.live(1), d = c.args.ints[0]
        var out: [Tensor?] = [nil, nil]
        // grad - (grad * output.exp()).sum(dim, true)
        if c.wants(0) { out[0] = try c.grad.sub(c.grad.mul(output.exp()).sum(dims: [d], keepdim: true)) }
        // -grad_output.sum(dim, true) * output.exp() * grad
        if c.wants(1) { out[1] = try gradOutput.sum(dims: [d], keepdim: true).neg().mul(output.exp()).mul(c.grad) }
        return out
    }
}

extension Tensor {
    /// The softmax (or log_softmax) backward kernel's value, recorded as its own op.
    static func softmaxBackwardData(_ grad: Tensor, _ output: Tensor, dim d: Int, log: Bool) throws -> Tensor {
        if output.dim == 0 {
            throw TorchError(.notImplemented, "double backward through \(log ? "Log" : "")SoftmaxBackward0 of a 0-d tensor is not supported by gradstep")
        }
        let value = softmaxBackward(grad, output: output, dim: d, log: log)
        return recordKernel(log ? .logSoftmaxBackwardData : .softmaxBackwardData, value, inputs: [grad, output], args: OpArgs(ints: [d]))
    }
}
