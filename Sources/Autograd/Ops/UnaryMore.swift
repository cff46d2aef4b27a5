import Foundation

// More elementwise functions: tan atan asin acos sinh cosh log1p expm1 log2 log10 rsqrt, with backward.
// log1p and expm1 are SLEEF's (PyTorch maps them through Vectorized, tail included); sinh and cosh
// are glibc's, as PyTorch's Vectorized<float> maps them to std::sinh / std::cosh.

extension Op {
    static let tan = Op("TanBackward0", symbol: "tan(a)", explanation: "takes the tangent of every element",
                        derivatives: ["1 + tan(a)²"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { 1 + $0 * $0 }, double: { 1 + $0 * $0 }))]
    }
    static let atan = Op("AtanBackward0", symbol: "atan(a)", explanation: "takes the arctangent of every element",
                         derivatives: ["1/(1 + a²)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { 1 / (1 + $0 * $0) }, double: { 1 / (1 + $0 * $0) }))]
    }
    static let asin = Op("AsinBackward0", symbol: "asin(a)", explanation: "takes the arcsine of every element",
                         derivatives: ["1/sqrt(1 - a²)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { 1 / (1 - $0 * $0).squareRoot() }, double: { 1 / (1 - $0 * $0).squareRoot() }))]
    }
    static let acos = Op("AcosBackward0", symbol: "acos(a)", explanation: "takes the arccosine of every element",
                         derivatives: ["-1/sqrt(1 - a²)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { -1 / (1 - $0 * $0).squareRoot() }, double: { -1 / (1 - $0 * $0).squareRoot() }))]
    }
    static let sinh = Op("SinhBackward0", symbol: "sinh(a)", explanation: "takes the hyperbolic sine of every element",
                         derivatives: ["cosh(a)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { Foundation.cosh($0) }, double: { Foundation.cosh($0) }))]
    }
    static let cosh = Op("CoshBackward0", symbol: "cosh(a)", explanation: "takes the hyperbolic cosine of every element",
                         derivatives: ["sinh(a)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { Foundation.sinh($0) }, double: { Foundation.sinh($0) }))]
    }
    static let log1p = Op("Log1PBackward0", symbol: "log1p(a)", explanation: "takes log(1 + a) of every element",
                          derivatives: ["1/(1 + a)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.div(Kernels.unary(c.saved[0], float: { $0 + 1 }, double: { $0 + 1 }))]
    }
    static let expm1 = Op("Expm1Backward0", symbol: "expm1(a)", explanation: "takes e^a - 1 of every element",
                          derivatives: ["exp(a)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { $0 + 1 }, double: { $0 + 1 }))]
    }
    static let log2 = Op("Log2Backward0", symbol: "log2(a)", explanation: "takes the base-2 logarithm of every element",
                         derivatives: ["1/(a·ln 2)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.div(Kernels.unary(c.saved[0], float: { $0 * 0.6931471805599453 }, double: { $0 * 0.6931471805599453 }))]
    }
    static let log10 = Op("Log10Backward0", symbol: "log10(a)", explanation: "takes the base-10 logarithm of every element",
                          derivatives: ["1/(a·ln 10)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.div(Kernels.unary(c.saved[0], float: { $0 * 2.302585092994046 }, double: { $0 * 2.302585092994046 }))]
    }
    static let rsqrt = Op("RsqrtBackward0", symbol: "rsqrt(a)", explanation: "takes 1/sqrt(a) of every element",
                          derivatives: ["-1/(2·a^1.5)"], kind: .elementwise, savesTensors: true) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { -0.5 * $0 * $0 * $0 }, double: { -0.5 * $0 * $0 * $0 }))]
    }
}

extension Tensor {
    private func unaryMore(_ op: Op, saveOutput: Bool = false, float f: (Float) -> Float, double d: (Double) -> Double) -> Tensor {
        let out = Kernels.unary(self, float: f, double: d)
        return record(op, out, inputs: [self], saving: [saveOutput ? out : self])
    }

    public func tan() -> Tensor { unaryMore(.tan, saveOutput: true, float: { Foundation.tan($0) }, double: { Foundation.tan($0) }) }
    public func atan() -> Tensor { unaryMore(.atan, float: { Foundation.atan($0) }, double: { Foundation.atan($0) }) }
    public func asin() -> Tensor { unaryMore(.asin, float: { Foundation.asin($0) }, double: { Foundation.asin($0) }) }
    public func acos() -> Tensor { unaryMore(.acos, float: { Foundation.acos($0) }, double: { Foundation.acos($0) }) }
    public func sinh() -> Tensor { unaryMore(.sinh, float: { Foundation.sinh($0) }, double: { Foundation.sinh($0) }) }
    public func cosh() -> Tensor { unaryMore(.cosh, float: { Foundation.cosh($0) }, double: { Foundation.cosh($0) }) }
    public func log1p() -> Tensor { unaryMore(.log1p, float: { SleefFloat.log1p($0) }, double: { Foundation.log1p($0) }) }
    public func expm1() -> Tensor { unaryMore(.expm1, saveOutput: true, float: { SleefFloat.expm1($0) }, double: { Foundation.expm1($0) }) }
    public func log2() -> Tensor { unaryMore(.log2, float: { Foundation.log2($0) }, double: { Foundation.log2($0) }) }
    public func log10() -> Tensor { unaryMore(.log10, float: { Foundation.log10($0) }, double: { Foundation.log10($0) }) }
    public func rsqrt() -> Tensor { unaryMore(.rsqrt, saveOutput: true, float: { 1 / $0.squareRoot() }, double: { 1 / $0.squareRoot() }) }
}
