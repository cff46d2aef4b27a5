import Foundation

// Piecewise-constant and clamping ops: floor ceil round trunc sign clamp, each with its backward.

extension Op {
    static let floor = Op("FloorBackward0", symbol: "floor(a)", explanation: "rounds every element down to a whole number",
                          derivatives: ["0"], kind: .elementwise, savesTensors: false) { c in [Tensor.zeros(c.inputShapes[0])] }
    static let ceil = Op("CeilBackward0", symbol: "ceil(a)", explanation: "rounds every element up to a whole number",
                         derivatives: ["0"], kind: .elementwise, savesTensors: false) { c in [Tensor.zeros(c.inputShapes[0])] }
    static let round = Op("RoundBackward0", symbol: "round(a)", explanation: "rounds every element to the nearest whole number (halves to even)",
                          derivatives: ["0"], kind: .elementwise, savesTensors: false) { c in [Tensor.zeros(c.inputShapes[0])] }
    /// `round(a, decimals=d)`: RoundBackward1 (its gradient is zero too).
    static let roundDecimals = Op("RoundBackward1", symbol: "round(a, decimals=d)", explanation: "rounds every element to d decimal places (halves to even)",
                                  derivatives: ["0"], kind: .elementwise, savesTensors: false) { c in [Tensor.zeros(c.inputShapes[0])] }
    static let trunc = Op("TruncBackward0", symbol: "trunc(a)", explanation: "drops the fractional part of every element",
                          derivatives: ["0"], kind: .elementwise, savesTensors: false) { c in [Tensor.zeros(c.inputShapes[0])] }
    static let sign = Op("SignBackward0", symbol: "sign(a)", explanation: "gives -1, 0 or 1 by the sign of every element",
                         derivatives: ["0"], kind: .elementwise, savesTensors: false) { c in [Tensor.zeros(c.inputShapes[0])] }
    static let clamp = Op("ClampBackward1", symbol: "clamp(a, lo, hi)", explanation: "limits every element to the range [lo, hi]",
                          derivatives: ["1 inside the range, else 0"], kind: .elementwise, savesTensors: true,
                          differentiable: Op.clampGraphBackward) { c in
        [try c.grad.mul(Tensor.clampMask(c.saved[0], c.args))]
    }
    static let clampMin = Op("ClampMinBackward0", symbol: "clamp(a, min=lo)", explanation: "raises every element below lo up to lo",
                             derivatives: ["1 if a ≥ lo else 0"], kind: .elementwise, savesTensors: true,
                          differentiable: Op.clampGraphBackward) { c in
        [try c.grad.mul(Tensor.clampMask(c.saved[0], c.args))]
    }
    static let clampMax = Op("ClampMaxBackward0", symbol: "clamp(a, max=hi)", explanation: "lowers every element above hi down to hi",
                             derivatives: ["1 if a ≤ hi else 0"], kind: .elementwise, savesTensors: true,
                          differentiable: Op.clampGraphBackward) { c in
        [try c.grad.mul(Tensor.clampMask(c.saved[0], c.args))]
    }
}

extension Op {
    /// clamp_backward: where(lo <= self <= hi, grad, 0).
    @Sendable static func clampGraphBackward(_ c: BackwardContext) throws -> [Tensor?] {
        let inside = try Tensor.clampMask(c.live(0), c.args).compare("!=", Tensor.wrapped(.int(0)))
        return [try Tensor.whereSelect(inside, c.grad, Tensor.zeros([], dtype: c.gradDType))]
    }
}

extension Tensor {
    /// 1 where `a` lies inside the clamp bounds in `args` (scalars: [lo?, hi?]; ints: [hasLo, hasHi]), else 0.
    static func clampMask(_ a: Tensor, _ args: OpArgs) -> Tensor {
        let hasLo = args.ints[0] != 0, hasHi = args.ints[1] != 0
        let lo = args.scalars[0], hi = args.scalars[1]
        func inside(_ d: Double) -> Bool { !(hasLo && d < lo) && !(hasHi && d > hi) }
        return Kernels.unary(a, float: { inside(Double($0)) ? 1 : 0 }, double: { inside($0) ? 1 : 0 })
    }

    /// Applies `f` to floats (recording `op`); integer tensors come back as an unchanged copy.
    private func piecewiseConstant(_ op: Op, _ rule: FloatingPointRoundingRule?, int g: (Int64) -> Int64 = { $0 }) -> Tensor {
        if dtype.isIntegral {
            return Tensor(ints: intValues().map(g), shape: shape, dtype: dtype)
        }
        let out = rule.map { r in Kernels.unary(self, float: { $0.rounded(r) }, double: { $0.rounded(r) }) }
            ?? Kernels.unary(self, float: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }, double: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) })
        return record(op, out, inputs: [self])
    }

    public func floor() -> Tensor { piecewiseConstant(.floor, .down) }
    public func ceil() -> Tensor { piecewiseConstant(.ceil, .up) }
    public func round() -> Tensor { piecewiseConstant(.round, .toNearestOrEven) }

    /// `a.round(decimals=d)` as round_decimals_kernel computes it in the element type: with
    /// p = 10^|d|, nearbyint(a·p)/p, or nearbyint(a/p)·p for negative d. Integers are refused as PyTorch does.
    public func round(decimals: Int) throws -> Tensor {
        if decimals == 0 { return round() }
        guard dtype.isFloatingPoint else {
            throw TorchError.runtime("\"round_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let negative = decimals < 0, n = Swift.min(Swift.abs(decimals), 400)
        let pd = Foundation.pow(10.0, Double(n)), pf = Float(pd)
        let out = Kernels.unary(self,
                                float: { negative ? ($0 / pf).rounded(.toNearestOrEven) * pf : ($0 * pf).rounded(.toNearestOrEven) / pf },
                                double: { negative ? ($0 / pd).rounded(.toNearestOrEven) * pd : ($0 * pd).rounded(.toNearestOrEven) / pd })
        return record(.roundDecimals, out, inputs: [self], args: OpArgs(ints: [decimals]))
    }
    public func trunc() -> Tensor { piecewiseConstant(.trunc, .towardZero) }
    public func sign() throws -> Tensor {
        if dtype == .bool { return contiguousCopy() }
        // nil rule: the sign (NaN gives 0).
        return piecewiseConstant(.sign, nil, int: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) })
    }

    /// `a.clamp(min, max)`: either bound may be nil (not both). Integer tensors with integer bounds stay integer.
    public func clamp(min lo: Scalar?, max hi: Scalar?) throws -> Tensor {
        try clamp(min: lo, max: hi, op: .clamp)
    }

    /// `a.clamp_min(lo)` (ClampMinBackward0).
    public func clampMin(_ lo: Scalar) throws -> Tensor { try clamp(min: lo, max: nil, op: .clampMin) }
    /// `a.clamp_max(hi)` (ClampMaxBackward0).
    public func clampMax(_ hi: Scalar) throws -> Tensor { try clamp(min: nil, max: hi, op: .clampMax) }

    /// `clamp` recorded as `op`: PyTorch's `clamp(min=…)` is ClampBackward1 whatever bounds it gets;
    /// only `clamp_min` / `clamp_max` record their own nodes.
    private func clamp(min lo: Scalar?, max hi: Scalar?, op: Op) throws -> Tensor {
        if lo == nil && hi == nil {
            throw TorchError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        let floatBounds = [lo, hi].contains { if case .float? = $0 { return true }; return false }
        let args = OpArgs(scalars: [lo?.doubleValue ?? 0, hi?.doubleValue ?? 0], ints: [lo == nil ? 0 : 1, hi == nil ? 0 : 1])
        if dtype.isIntegral && !floatBounds {
            // The exact integers (Int64(Double(2**63 - 1)) would trap); bool bounds are 0/1.
            func exact(_ v: Scalar) -> Int64 { if case .int(let i) = v { return i }; return v.doubleValue != 0 ? 1 : 0 }
            let l = lo.map(exact), h = hi.map(exact)
            return Tensor(ints: intValues().map { x in
                var y = x
                if let l, y < l { y = l }
                if let h, y > h { y = h }
                return y
            }, shape: shape, dtype: dtype == .bool ? .int64 : dtype)
        }
        let l = lo.map { Float($0.doubleValue) }, h = hi.map { Float($0.doubleValue) }
        let ld = lo.map(\.doubleValue), hd = hi.map(\.doubleValue)
        let out = Kernels.unary(self, float: { x in
            if x.isNaN { return x }
            var y = x
            if let l, y < l { y = l }
            if let h, y > h { y = h }
            return y
        }, double: { x in
            if x.isNaN { return x }
            var y = x
            if let ld, y < ld { y = ld }
            if let hd, y > hd { y = hd }
            return y
        })
        return record(op, out, inputs: [self], saving: [self], args: args)
    }
}
