// maximum / minimum of two tensors and clamp with tensor bounds, with PyTorch's gradient rules
// (derivatives.yaml): ties split the gradient in half; a clamped element passes it to the bound.

extension Op {
    static let maximum = Op("MaximumBackward0", symbol: "maximum(a, b)", explanation: "takes the larger of a and b at every element",
                            derivatives: ["1 where a > b, ½ at ties", "1 where b > a, ½ at ties"], kind: .elementwise, savesTensors: true) { c in
        try Tensor.extremeGrads(c, max: true)
    }
    static let minimum = Op("MinimumBackward0", symbol: "minimum(a, b)", explanation: "takes the smaller of a and b at every element",
                            derivatives: ["1 where a < b, ½ at ties", "1 where b < a, ½ at ties"], kind: .elementwise, savesTensors: true) { c in
        try Tensor.extremeGrads(c, max: false)
    }
    /// `clamp(a, min=lo, max=hi)` with tensor bounds (either may be missing: `args.ints` = [hasLo, hasHi]).
    static let clampTensor = Op("ClampBackward0", symbol: "clamp(a, lo, hi)", explanation: "limits every element to the range given by the tensors lo and hi",
                                derivatives: ["1 inside the range, else 0", "1 where a < lo", "1 where a > hi"], kind: .elementwise, savesTensors: true) { c in
        try Tensor.clampTensorGrads(c)
    }
}

extension Tensor {
    /// `grad · factor(values)` per output element, where `values` are the saved tensors' elements
    /// broadcast to the gradient's shape; a factor of 0 gives +0 (PyTorch masks with `where` /
    /// `masked_fill`), 1 the gradient itself.
    static func maskedGrad(_ g: Tensor, _ saved: [Tensor], _ factor: ([Double]) -> Double) throws -> Tensor {
        let shape = g.shape
        let values = try saved.map { try $0.broadcast(to: shape).doubleValues() }
        var row = [Double](repeating: 0, count: saved.count)
        if g.dtype == .float64 {
            let gv = g.doubleValues()
            return Tensor(doubles: gv.indices.map { i in
                for k in values.indices { row[k] = values[k][i] }
                let f = factor(row)
                return f == 0 ? 0 : (f == 1 ? gv[i] : gv[i] * f)
            }, shape: shape)
        }
        let gv = g.floatValues()
        return Tensor(floats: gv.indices.map { i in
            for k in values.indices { row[k] = values[k][i] }
            let f = factor(row)
            return f == 0 ? 0 : (f == 1 ? gv[i] : gv[i] * Float(f))
        }, shape: shape)
    }

    /// derivatives.yaml for maximum: `where(a == b, grad / 2, grad).masked_fill_(a < b, 0)` for a,
    /// the mirror for b (minimum swaps the comparisons); NaN pairs pass the whole gradient to both.
    static func extremeGrads(_ c: BackwardContext, max: Bool) throws -> [Tensor?] {
        let g = c.grad
        func share(_ mine: Int) throws -> Tensor {
            try maskedGrad(g, c.saved) { v in
                let a = v[mine], b = v[1 - mine]
                if a == b { return 0.5 }
                return (max ? a < b : a > b) ? 0 : 1
            }.sumTo(c.inputShapes[mine])
        }
        return [c.wants(0) ? try share(0) : nil, c.wants(1) ? try share(1) : nil]
    }

    /// FunctionsManual's clamp_backward and clamp_backward_min_max.
    static func clampTensorGrads(_ c: BackwardContext) throws -> [Tensor?] {
        let hasLo = c.args.ints[0] != 0, hasHi = c.args.ints[1] != 0
        let g = c.grad
        var out: [Tensor?] = []
        // Saved: [self, lo?, hi?] in that order; the inputs likewise.
        let x = c.saved[0]
        let lo = hasLo ? c.saved[1] : nil, hi = hasHi ? c.saved[hasLo ? 2 : 1] : nil
        let bounds = [lo, hi].compactMap { $0 }
        out.append(c.wants(0) ? try maskedGrad(g, [x] + bounds) { v in
            let a = v[0]
            if hasLo && !(a >= v[1]) { return 0 }
            if hasHi && !(a <= v[hasLo ? 2 : 1]) { return 0 }
            return 1
        }.sumTo(c.inputShapes[0]) : nil)
        if let lo {
            let k = out.count
            out.append(c.wants(k) ? try maskedGrad(g, [x, lo] + (hi.map { [$0] } ?? [])) { v in
                hasHi ? (v[0] < v[1] && v[1] < v[2] ? 1 : 0) : (v[0] < v[1] ? 1 : 0)
            }.sumTo(c.inputShapes[k]) : nil)
        }
        if let hi {
            let k = out.count
            out.append(c.wants(k) ? try maskedGrad(g, [x, hi] + (lo.map { [$0] } ?? [])) { v in
                hasLo ? (v[0] > v[1] || v[1] < v[2] ? 1 : 0) : (v[0] > v[1] ? 1 : 0)
            }.sumTo(c.inputShapes[k]) : nil)
        }
        return out
    }

    /// `torch.maximum(a, b)` / `a.max(b)`: NaN wins (MaximumBackward0).
    public func maximum(_ other: Tensor) throws -> Tensor {
        let out = try Kernels.elementwiseExtreme(self, other, max: true)
        return record(.maximum, out, inputs: [self, other], saving: [self, other])
    }

    /// `torch.minimum(a, b)` / `a.min(b)`: NaN wins (MinimumBackward0).
    public func minimum(_ other: Tensor) throws -> Tensor {
        let out = try Kernels.elementwiseExtreme(self, other, max: false)
        return record(.minimum, out, inputs: [self, other], saving: [self, other])
    }

    /// `a.clamp(min=lo, max=hi)` with tensor bounds: `minimum(maximum(a, lo), hi)` in the result type
    /// of all three; NaN in `a` or a bound stays NaN, as PyTorch's vectorized kernel gives (ClampBackward0).
    public func clamp(min lo: Tensor?, max hi: Tensor?) throws -> Tensor {
        if lo == nil && hi == nil {
            throw TorchError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        let bounds = [lo, hi].compactMap { $0 }
        let rt = Kernels.resultType([self] + bounds)
        var out = self.cast(to: rt)
        if let lo { out = try Kernels.elementwiseExtreme(out, lo, max: true) }
        if let hi { out = try Kernels.elementwiseExtreme(out, hi, max: false) }
        let args = OpArgs(ints: [lo == nil ? 0 : 1, hi == nil ? 0 : 1])
        return record(.clampTensor, out, inputs: [self] + bounds, saving: [self] + bounds, args: args)
    }
}
