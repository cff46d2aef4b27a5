import Foundation

// Elementwise ops that take arguments besides their tensors, or have no derivative: lerp (a number or a
// tensor weight), logit(eps), nan_to_num(nan, posinf, neginf), heaviside, signbit and isin. Values
// follow ATen's CPU kernels; gradients derivatives.yaml's formulas in their order of rounding.

extension Op {
    /// `lerp(a, b, w)` with a number weight (`args.scalars[0]`); the backward saves nothing.
    static let lerpScalar = Op("LerpBackward0", symbol: "lerp(a, b, w)", explanation: "moves from a toward b by the fraction w at every element: a + w·(b - a)",
                               derivatives: ["1 - w", "w"], kind: .elementwise, savesTensors: false) { c in
        let w = c.args.scalars[0]
        // grad * (1 - weight.toDouble()), grad * weight: the double multiplies a float gradient as a float.
        return [c.wants(0) ? Tensor.scaledValues(c.grad, by: 1 - w).sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? Tensor.scaledValues(c.grad, by: w).sumTo(c.inputShapes[1]) : nil]
    }
    /// `lerp(a, b, w)` with a tensor weight: saves a, b and w.
    static let lerpTensor = Op("LerpBackward1", symbol: "lerp(a, b, w)", explanation: "moves from a toward b by the fraction w at every element: a + w·(b - a)",
                               derivatives: ["1 - w", "w", "b - a"], kind: .elementwise, savesTensors: true) { c in
        let g = c.grad, a = c.saved[0], b = c.saved[1], w = c.saved[2]
        func grad(_ i: Int, _ float: @escaping (Float, Float, Float, Float) -> Float,
                  _ double: @escaping (Double, Double, Double, Double) -> Double) throws -> Tensor? {
            guard c.wants(i) else { return nil }
            return try Tensor.ternary(g, a, b, w, float: float, double: double).sumTo(c.inputShapes[i])
        }
        // grad * (1 - weight), grad * weight, grad * (end - self).
        return [try grad(0, { g, _, _, w in g * (1 - w) }, { g, _, _, w in g * (1 - w) }),
                try grad(1, { g, _, _, w in g * w }, { g, _, _, w in g * w }),
                try grad(2, { g, a, b, _ in g * (b - a) }, { g, a, b, _ in g * (b - a) })]
    }

    /// `logit(a, eps)`: `args.scalars[0]` is eps, negative for None.
    static let logit = Op("LogitBackward0", symbol: "logit(a)", explanation: "takes log(a/(1 - a)) of every element, the inverse of sigmoid",
                          derivatives: ["1/(a·(1 - a))"], kind: .elementwise, savesTensors: true,
                          hazards: [DomainHazard(cause: "logit of a number outside (0, 1) is infinite or nan; keep its argument inside (0, 1), e.g. pass eps=") { x, args in
                              args.scalars[0] < 0 && (x <= 0 || x >= 1)
                          }]) { c in
        let eps = c.args.scalars[0]
        // logit_backward: outside [eps, 1 - eps] the gradient is 0 (nan outside [0, 1] without eps).
        let lo = eps < 0 ? 0 : eps, hi = eps < 0 ? 1 : 1 - eps, outside = eps < 0 ? Double.nan : 0
        return [try Kernels.binary(c.grad, c.saved[0], resultType: c.grad.dtype,
                                   float: { g, x in Double(x) < lo || Double(x) > hi ? Float(outside) : g / (x * (1 - x)) },
                                   double: { g, x in x < lo || x > hi ? outside : g / (x * (1 - x)) }, int: { g, _ in g })]
    }

    /// `nan_to_num(a, ...)`: the gradient passes where the input was finite.
    static let nanToNum = Op("NanToNumBackward0", symbol: "nan_to_num(a)", explanation: "replaces nan, inf and -inf in every element by finite numbers",
                             derivatives: ["1 where a is finite, else 0"], kind: .elementwise, savesTensors: true) { c in
        // grad * at::isfinite(self): a negative gradient times 0 is -0.
        [try Kernels.binary(c.grad, c.saved[0], resultType: c.grad.dtype,
                            float: { g, x in g * (x.isFinite ? 1 : 0) }, double: { g, x in g * (x.isFinite ? 1 : 0) }, int: { g, _ in g })]
    }

    /// What PyTorch records for an op without a derivative formula (heaviside): backward fails.
    static func notImplemented(_ aten: String) -> Op {
        Op("torch::autograd::NotImplemented", symbol: "\(aten)(a, b)", explanation: "an op PyTorch has no derivative for",
           derivatives: ["not implemented", "not implemented"], kind: .other, savesTensors: false) { _ in
            throw TorchError.runtime("derivative for aten::\(aten) is not implemented")
        }
    }
    static let heaviside = notImplemented("heaviside")
}

extension Tensor {
    /// `g · k` elementwise, in g's dtype (a Python double multiplying a float tensor as a float).
    static func scaledValues(_ g: Tensor, by k: Double) -> Tensor {
        Kernels.unary(g, float: { $0 * Float(k) }, double: { $0 * k })
    }

    /// An elementwise function of four tensors over their broadcast shape, in the floating type of `g`.
    static func ternary(_ g: Tensor, _ a: Tensor, _ b: Tensor, _ c: Tensor,
                        float: (Float, Float, Float, Float) -> Float, double: (Double, Double, Double, Double) -> Double) throws -> Tensor {
        let shape = try [a, b, c].reduce(g.shape) { try Shape.broadcast($0, $1.shape) }
        if g.dtype == .float64 || a.dtype == .float64 {
            let v = [g, a, b, c].map { $0.broadcastValuesDouble(to: shape) }
            return Tensor(doubles: v[0].indices.map { double(v[0][$0], v[1][$0], v[2][$0], v[3][$0]) }, shape: shape)
        }
        let v = [g, a, b, c].map { $0.broadcastValuesFloat(to: shape) }
        return Tensor(floats: v[0].indices.map { float(v[0][$0], v[1][$0], v[2][$0], v[3][$0]) }, shape: shape)
    }

    /// PyTorch's dtype checks for lerp: `end` (and a dimensioned `weight`) must have self's floating dtype.
    private func checkLerp(_ end: Tensor, _ weight: Tensor?) throws {
        let kernel = weight == nil ? "lerp_kernel_scalar" : "lerp_kernel_tensor"
        if !dtype.isFloatingPoint { throw TorchError(.notImplemented, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'") }
        if end.dtype != dtype {
            throw TorchError.runtime("expected dtype \(dtype.scalarTypeName.lowercased()) for `end` but got dtype \(end.dtype.scalarTypeName.lowercased())")
        }
        if let weight, weight.dim > 0, weight.dtype != dtype {
            throw TorchError.runtime("expected dtype \(dtype.scalarTypeName.lowercased()) for `weight` but got dtype \(weight.dtype.scalarTypeName.lowercased())")
        }
    }

    /// `torch.lerp(self, end, weight)` with a number weight: ATen's fused form from the nearer end.
    public func lerp(_ end: Tensor, weight: Double) throws -> Tensor {
        try checkLerp(end, nil)
        let out: Tensor
        if dtype == .float64 {
            out = try Kernels.binary(self, end, resultType: .float64, float: { a, _ in a }, double: { Tensor.lerp($0, $1, weight) }, int: { a, _ in a })
        } else {
            let w = Float(weight)
            out = try Kernels.binary(self, end, resultType: dtype, float: { Tensor.lerp($0, $1, w) }, double: { a, _ in a }, int: { a, _ in a })
        }
        return record(.lerpScalar, out, inputs: [self, end], args: OpArgs(scalars: [weight]))
    }

    /// `torch.lerp(self, end, weight)` with a tensor weight (broadcast with both ends).
    public func lerp(_ end: Tensor, weight: Tensor) throws -> Tensor {
        try checkLerp(end, weight)
        let out = try Tensor.ternary(self, end, weight, self, float: { a, b, w, _ in Tensor.lerp(a, b, w) },
                                     double: { a, b, w, _ in Tensor.lerp(a, b, w) })
        return record(.lerpTensor, dtype == .float64 ? out : out.cast(to: dtype), inputs: [self, end, weight], saving: [self, end, weight])
    }

    /// `torch.logit(self, eps=None)`: eps clamps the input to [eps, 1 - eps] first.
    public func logit(eps: Double?) -> Tensor {
        let e = eps ?? -1
        let lo = e < 0 ? -Double.infinity : e, hi = e < 0 ? Double.infinity : 1 - e
        func clamp<T: BinaryFloatingPoint>(_ x: T, _ lo: T, _ hi: T) -> T { x < lo ? lo : (x > hi ? hi : x) }
        // logit_kernel: x == 1 gives inf. Its log is the log op's on every element, tail included
        // (measured: torch.logit(u) equals torch.log(u / (1 - u)) bit for bit at every length), so it is
        // LogDef's here.
        let out = Kernels.unary(self,
            float: { v in let x = clamp(v, Float(lo), Float(hi)); return x == 1 ? .infinity : LogDef.value(x / (1 - x)) },
            double: { v in let x = clamp(v, lo, hi); return x == 1 ? .infinity : LogDef.value(x / (1 - x)) })
        return record(.logit, out, inputs: [self], saving: [self], args: OpArgs(scalars: [e]))
    }

    /// `torch.nan_to_num(self, nan=0.0, posinf=None, neginf=None)`: infinities default to the dtype's
    /// largest and lowest finite values; integer and bool tensors come back as copies.
    public func nanToNum(nan: Double, posinf: Double?, neginf: Double?) -> Tensor {
        guard dtype.isFloatingPoint else { return contiguousCopy() }
        let out: Tensor
        if dtype == .float64 {
            let p = posinf ?? Double.greatestFiniteMagnitude, n = neginf ?? -Double.greatestFiniteMagnitude
            out = Kernels.unaryDoubles(self) { x in x.isNaN ? nan : (x == .infinity ? p : (x == -.infinity ? n : x)) }
        } else {
            let big = dtype == .float16 ? Float(Float16.greatestFiniteMagnitude) : Float.greatestFiniteMagnitude
            let nf = Float(nan), p = posinf.map { Float($0) } ?? big, n = neginf.map { Float($0) } ?? -big
            out = Kernels.unary(self, float: { x in x.isNaN ? nf : (x == .infinity ? p : (x == -.infinity ? n : x)) }, double: { $0 })
        }
        return record(.nanToNum, out, inputs: [self], saving: [self])
    }

    /// `torch.heaviside(self, values)`: 0 below zero, 1 above, `values` at zero (nan gives 0).
    public func heaviside(_ values: Tensor) throws -> Tensor {
        if dtype != values.dtype { throw TorchError.runtime("heaviside is not yet implemented for tensors with different dtypes.") }
        let out = try Kernels.binary(self, values, float: { a, v in a == 0 ? v : (a > 0 ? 1 : 0) },
                                     double: { a, v in a == 0 ? v : (a > 0 ? 1 : 0) },
                                     int: { a, v in a == 0 ? v : (a > 0 ? 1 : 0) })
        return record(.heaviside, out, inputs: [self, values])
    }

    /// `torch.signbit(self)`: whether the sign bit is set (true for -0.0), as a bool tensor.
    public func signbit() -> Tensor {
        let bits: [Int64] = dtype.isFloatingPoint ? doubleValues().map { $0.sign == .minus ? 1 : 0 } : intValues().map { $0 < 0 ? 1 : 0 }
        return Tensor(ints: bits, shape: shape, dtype: .bool)
    }
}
