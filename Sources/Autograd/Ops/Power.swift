import Foundation

// Powers: tensor ** number (PowBackward0), tensor ** tensor (PowBackward1), number ** tensor (PowBackward2).

extension Op {
    static let powScalar = Op("PowBackward0", symbol: "a ** k", explanation: "raises every element to a fixed power",
                              derivatives: ["k·a^(k-1)"], kind: .elementwise, savesTensors: true, plan: .powScalar,
                              hazards: [DomainHazard(cause: "a power of a negative or zero number (e.g. x ** 0.5 with x < 0, or 0 ** -1)") { x, args in
                                  let k = args.scalars.first ?? 1
                                  return (x < 0 && k.rounded() != k) || (x == 0 && k < 1)
                              }],
                              differentiable: { c in
                                  // pow_backward: grad * (k * self.pow(k - 1)); zeros for k == 0
                                  let k = c.args.scalars[0]
                                  if k == 0 { return [Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)] }
                                  return [try c.grad.mul(c.live(0).pow(k - 1).scaled(k))]
                              }) { c in
        let k = c.args.scalars[0]
        if k == 0 { return [Tensor.zeros(c.inputShapes[0])] }
        let local = try c.saved[0].pow(k - 1).mul(Tensor.wrapped(.float(k)))
        return [try c.grad.mul(local)]
    }

    static let powTensor = Op("PowBackward1", symbol: "a ** b", explanation: "raises a to the power b elementwise",
                              derivatives: ["b·a^(b-1)", "a^b·ln(a)"], kind: .elementwise, savesTensors: true,
                              differentiable: { c in
                                  let a = c.live(0), b = c.live(1), result = c.live(2)
                                  let zero = Tensor.zeros([], dtype: c.gradDType)
                                  var ga: Tensor? = nil, gb: Tensor? = nil
                                  if c.wants(0) {
                                      // where(exponent == 0, 0, grad * (exponent * pow(self, exponent - 1)))
                                      let local = try b.mul(a.pow(b.sub(Tensor.wrapped(.int(1)))))
                                      ga = try Tensor.whereSelect(b.compare("==", Tensor.wrapped(.float(0))), zero, c.grad.mul(local)).reduced(to: c, 0)
                                  }
                                  if c.wants(1) {
                                      // grad * where(self == 0 & exponent >= 0, 0, result * self.log())
                                      let cond = try a.compare("==", Tensor.wrapped(.float(0)))
                                          .logicalBinary(b.compare(">=", Tensor.wrapped(.float(0))), "&") { $0 & $1 }
                                      gb = try c.grad.mul(Tensor.whereSelect(cond, zero, result.mul(a.log()))).reduced(to: c, 1)
                                  }
                                  return [ga, gb]
                              }) { c in
        let a = c.saved[0], b = c.saved[1], result = c.saved[2]
        var ga: Tensor? = nil, gb: Tensor? = nil
        if c.wants(0) {
            // grad * b * a^(b-1), zero where b == 0
            let bm1 = try b.sub(Tensor.wrapped(.int(1)))
            let local = try Kernels.binary(b, try a.pow(bm1), resultType: Kernels.floatingResult(a, b),
                                           float: { e, p in e == 0 ? 0 : e * p }, double: { e, p in e == 0 ? 0 : e * p }, int: { x, _ in x })
            ga = try c.grad.mul(local).sumTo(c.inputShapes[0])
        }
        if c.wants(1) {
            let rt = Kernels.floatingResult(a, b)
            let logs = try Kernels.binary(a, b, resultType: rt, float: { x, e in (x == 0 && e >= 0) ? 0 : logf(x) },
                                          double: { x, e in (x == 0 && e >= 0) ? 0 : Foundation.log(x) }, int: { x, _ in x })
            let local = try Kernels.binary(result, logs, resultType: rt, float: { $0 * $1 }, double: { $0 * $1 }, int: { x, _ in x })
            gb = try c.grad.mul(local).sumTo(c.inputShapes[1])
        }
        return [ga, gb]
    }

    static let rpow = Op("PowBackward2", symbol: "s ** a", explanation: "raises a number to the power of each element",
                         derivatives: ["s^a·ln(s)"], kind: .elementwise, savesTensors: true,
                         differentiable: { c in
                             // pow_backward_exponent: grad * (result * log(base))
                             let base = c.args.scalars[0]
                             if base == 0 { throw TorchError(.notImplemented, "double backward through PowBackward2 with base 0 is not supported by gradstep") }
                             return [try c.grad.mul(c.live(0).scaled(Foundation.log(base)))]
                         }) { c in
        let base = c.args.scalars[0]
        let result = c.saved[0]
        let lnBaseD = Foundation.log(base), lnBase = Float(lnBaseD)
        let local = Kernels.unary(result, float: { base == 0 ? 0 : $0 * lnBase }, double: { base == 0 ? 0 : $0 * lnBaseD })
        return [try c.grad.mul(local)]
    }
}

extension Tensor {
    /// `a ** k` for a Python number `k`.
    public func pow(_ k: Double, exponentIsInt: Bool = false) throws -> Tensor {
        let out: Tensor
        if dtype.isIntegral && exponentIsInt {
            if k < 0 { throw TorchError.runtime("Integers to negative integer powers are not allowed.") }
            let e = k >= 9.2e18 ? Int64.max : Int64(k)
            out = Tensor(ints: intValues().map { Tensor.intPow($0, e) }, shape: shape, dtype: dtype == .bool ? .int64 : dtype)
        } else {
            out = KernelMath.powSplits(k)
                ? Kernels.unaryVectorized(self, vector: { KernelMath.pow($0, k, vector: true) },
                                          scalar: { KernelMath.pow($0, k, vector: false) }, double: { KernelMath.pow($0, k) })
                : Kernels.unary(self, float: { KernelMath.pow($0, k, vector: false) }, double: { KernelMath.pow($0, k) })
        }
        return record(.powScalar, out, inputs: [self], saving: [self], args: OpArgs(scalars: [k]))
    }

    /// `a ** b` for two tensors.
    public func pow(_ exponent: Tensor) throws -> Tensor {
        if exponent.isWrappedNumber, let s = try? exponent.item() {
            if case .int = s { return try pow(s.doubleValue, exponentIsInt: true) }
            return try pow(s.doubleValue)
        }
        let rt = Kernels.promote(self, exponent)
        if rt.isIntegral && exponent.intValues().contains(where: { $0 < 0 }) {
            throw TorchError.runtime("Integers to negative integer powers are not allowed.")
        }
        let out = rt.isFloatingPoint
            ? try Kernels.binaryVectorized(self, exponent, vector: KernelMath.powVector, scalar: KernelMath.powScalar,
                                           double: { Foundation.pow($0, $1) })
            : try Kernels.binary(self, exponent, float: { powf($0, $1) }, double: { Foundation.pow($0, $1) }, int: { Tensor.intPow($0, $1) })
        return record(.powTensor, out, inputs: [self, exponent], saving: [self, exponent, out])
    }

    /// `number ** a` (Python's reflected power).
    public func rpow(_ base: Scalar) throws -> Tensor {
        let b = base.doubleValue
        let out: Tensor
        if dtype.isIntegral, case .int(let bi) = base {
            if intValues().contains(where: { $0 < 0 }) { throw TorchError.runtime("Integers to negative integer powers are not allowed.") }
            out = Tensor(ints: intValues().map { Tensor.intPow(bi, $0) }, shape: shape)
        } else {
            // pow(Scalar, Tensor) runs the tensor-tensor kernel with the base as a broadcast number.
            let bf = Float(b)
            out = b == 1 ? Kernels.unary(self, float: { _ in 1 }, double: { _ in 1 })
                : Kernels.unaryVectorized(self, vector: { KernelMath.powVector(bf, $0) }, scalar: { KernelMath.powScalar(bf, $0) },
                                          double: { Foundation.pow(b, $0) })
        }
        return record(.rpow, out, inputs: [self], saving: [out], args: OpArgs(scalars: [b]))
    }

    /// Integer power with wrap-around on overflow (as int64 arithmetic in PyTorch).
    static func intPow(_ base: Int64, _ exp: Int64) -> Int64 {
        if exp < 0 { return 0 }
        var result: Int64 = 1, b = base, e = exp
        while e > 0 {
            if e & 1 == 1 { result = result &* b }
            b = b &* b
            e >>= 1
        }
        return result
    }
}
