import Foundation

// The error function family: erf, erfc and erfinv, with backward. erf/erfc in float32 are computed in
// double and rounded (SLEEF's erff/erfcf, which PyTorch vectorizes, are within 1 ulp of that);
// erfinv is ATen's calc_erfinv (Math.h) in double; PyTorch 2.15's float32 erfinv equals the double result
// rounded (measured on values from -0.998 to 0.999, where the float evaluation is 2 ulps off).

extension Op {
    static let erf = Op("ErfBackward0", symbol: "erf(a)", explanation: "takes the error function of every element",
                        derivatives: ["2/√π·exp(-a²)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { Float(ErrorFunctions.twoOverSqrtPi) * Foundation.exp(-$0 * $0) },
                                      double: { ErrorFunctions.twoOverSqrtPi * Foundation.exp(-$0 * $0) }))]
    }
    static let erfc = Op("ErfcBackward0", symbol: "erfc(a)", explanation: "takes the complementary error function (1 - erf) of every element",
                         derivatives: ["-2/√π·exp(-a²)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { -Float(ErrorFunctions.twoOverSqrtPi) * Foundation.exp(-$0 * $0) },
                                      double: { -ErrorFunctions.twoOverSqrtPi * Foundation.exp(-$0 * $0) }))]
    }
    /// Saves its output y = erfinv(a): the derivative is √π/2·exp(y²).
    static let erfinv = Op("ErfinvBackward0", symbol: "erfinv(a)", explanation: "takes the inverse error function of every element",
                           derivatives: ["√π/2·exp(erfinv(a)²)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { Float(ErrorFunctions.sqrtPiOverTwo) * Foundation.exp($0 * $0) },
                                      double: { ErrorFunctions.sqrtPiOverTwo * Foundation.exp($0 * $0) }))]
    }
}

/// The scalar kernels of the error-function ops.
enum ErrorFunctions {
    static let twoOverSqrtPi = 1.1283791670955126
    static let sqrtPiOverTwo = 0.88622692545275801

    /// ATen's calc_erfinv: a rational first guess (Pavlis's translation of MATLAB's erfinv), then two
    /// Newton steps.
    static func erfinv(_ y: Double) -> Double {
        typealias T = Double
        let a: [T] = [0.886226899, -1.645349621, 0.914624893, -0.140543331]
        let b: [T] = [-2.118377725, 1.442710462, -0.329097515, 0.012229801]
        let c: [T] = [-1.970840454, -1.624906493, 3.429567803, 1.641345311]
        let d: [T] = [3.543889200, 1.637067800]
        let yAbs = Swift.abs(y)
        if yAbs > 1 { return .nan }
        if yAbs == 1 { return y > 0 ? .infinity : -.infinity }
        var x: T
        if yAbs <= 0.7 {
            let z = y * y
            let num = ((a[3] * z + a[2]) * z + a[1]) * z + a[0]
            let dem = (((b[3] * z + b[2]) * z + b[1]) * z + b[0]) * z + 1
            x = y * num / dem
        } else {
            let z = (-Foundation.log((1 - yAbs) / 2)).squareRoot()
            let num = ((c[3] * z + c[2]) * z + c[1]) * z + c[0]
            let dem = (d[1] * z + d[0]) * z + 1
            x = (y.sign == .minus ? -num : num) / dem
        }
        let k = T(2) / T(Double.pi.squareRoot())
        x = x - (Foundation.erf(x) - y) / (k * Foundation.exp(-x * x))
        x = x - (Foundation.erf(x) - y) / (k * Foundation.exp(-x * x))
        return x
    }
}

extension Tensor {
    private func errorFunction(_ op: Op, saveOutput: Bool = false, float f: (Float) -> Float, double d: (Double) -> Double) -> Tensor {
        let out = Kernels.unary(self, float: f, double: d)
        return record(op, out, inputs: [self], saving: [saveOutput ? out : self])
    }

    public func erf() -> Tensor { errorFunction(.erf, float: { Float(Foundation.erf(Double($0))) }, double: { Foundation.erf($0) }) }
    public func erfc() -> Tensor { errorFunction(.erfc, float: { Float(Foundation.erfc(Double($0))) }, double: { Foundation.erfc($0) }) }
    public func erfinv() -> Tensor {
        errorFunction(.erfinv, saveOutput: true,
                      float: { Float(ErrorFunctions.erfinv(Double($0))) }, double: { ErrorFunctions.erfinv($0) })
    }
}
