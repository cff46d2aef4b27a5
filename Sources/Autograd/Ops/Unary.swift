import Foundation

// Elementwise functions: sin cos exp log tanh sigmoid relu sqrt abs.

extension Op {
    static let sin = Op("SinBackward0", symbol: "sin(a)", explanation: "takes the sine of every element",
                        derivatives: ["cos(a)"], kind: .elementwise, savesTensors: true, plan: .sin) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { Foundation.cos($0) }, double: { Foundation.cos($0) }))]
    }
    static let cos = Op("CosBackward0", symbol: "cos(a)", explanation: "takes the cosine of every element",
                        derivatives: ["-sin(a)"], kind: .elementwise, savesTensors: true, plan: .cos) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { -Foundation.sin($0) }, double: { -Foundation.sin($0) }))]
    }
    static let exp = Op("ExpBackward0", symbol: "exp(a)", explanation: "raises e to the power of every element",
                        derivatives: ["exp(a)"], kind: .elementwise, savesTensors: true, plan: .exp) { c in
        [try c.grad.mul(c.saved[0])]
    }
    static let log = Op("LogBackward0", symbol: "log(a)", explanation: "takes the natural logarithm of every element",
                        derivatives: ["1/a"], kind: .elementwise, savesTensors: true, plan: .log) { c in
        [try c.grad.div(c.saved[0])]
    }
    static let tanh = Op("TanhBackward0", symbol: "tanh(a)", explanation: "squashes every element into (-1, 1) with tanh",
                         derivatives: ["1 - tanh(a)²"], savesTensors: true, plan: .tanh) { c in
        [try Kernels.binary(c.grad, c.saved[0], float: KernelMath.tanhBackward, double: { g, y in g * (1 as Double).addingProduct(-y, y) }, int: { g, _ in g })]
    }
    static let sigmoid = Op("SigmoidBackward0", symbol: "sigmoid(a)", explanation: "squashes every element into (0, 1) with 1/(1+e^-a)",
                            derivatives: ["σ(a)·(1 - σ(a))"], kind: .elementwise, savesTensors: true, plan: .sigmoid) { c in
        [try Kernels.binary(c.grad, c.saved[0], float: KernelMath.sigmoidBackward, double: { g, y in g * ((1 - y) * y) }, int: { g, _ in g })]
    }
    static let relu = Op("ReluBackward0", symbol: "relu(a)", explanation: "keeps positive elements and sets the rest to 0",
                         derivatives: ["1 if a > 0 else 0"], kind: .elementwise, savesTensors: true, plan: .relu) { c in
        // threshold_backward selects (grad or 0), so a negative gradient masked out is +0, not -0.
        [try Kernels.binary(c.grad, c.saved[0], float: { g, y in y > 0 ? g : 0 }, double: { g, y in y > 0 ? g : 0 }, int: { g, _ in g })]
    }
    static let sqrt = Op("SqrtBackward0", symbol: "sqrt(a)", explanation: "takes the square root of every element",
                         derivatives: ["1/(2·sqrt(a))"], kind: .elementwise, savesTensors: true, plan: .sqrt) { c in
        [try c.grad.div(Kernels.unary(c.saved[0], float: { 2 * $0 }, double: { 2 * $0 }))]
    }
    static let abs = Op("AbsBackward0", symbol: "abs(a)", explanation: "takes the absolute value of every element",
                        derivatives: ["sign(a)"], kind: .elementwise, savesTensors: true, plan: .abs) { c in
        [try c.grad.mul(Kernels.unary(c.saved[0], float: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }, double: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }))]
    }
}

extension Tensor {
    /// Applies a floating function elementwise (`float` for float32, `double` for float64) and
    /// records `op` (saving the input or the output).
    private func unary(_ op: Op, saveOutput: Bool = false, float f: (Float) -> Float, double d: (Double) -> Double) -> Tensor {
        let out = Kernels.unary(self, float: f, double: d)
        return record(op, out, inputs: [self], saving: [saveOutput ? out : self])
    }

    public func sin() -> Tensor { unary(.sin, float: { Foundation.sin($0) }, double: { Foundation.sin($0) }) }
    public func cos() -> Tensor { unary(.cos, float: { Foundation.cos($0) }, double: { Foundation.cos($0) }) }
    public func exp() -> Tensor { unary(.exp, saveOutput: true, float: { Foundation.exp($0) }, double: { Foundation.exp($0) }) }
    public func log() -> Tensor { unary(.log, float: { Foundation.log($0) }, double: { Foundation.log($0) }) }
    public func tanh() -> Tensor { unary(.tanh, saveOutput: true, float: { Foundation.tanh($0) }, double: { Foundation.tanh($0) }) }
    public func sigmoid() -> Tensor {
        let out = Kernels.unaryVectorized(self, vector: KernelMath.sigmoidVector, scalar: KernelMath.sigmoidScalar,
                                          double: { 1 / (1 + Foundation.exp(-$0)) })
        return record(.sigmoid, out, inputs: [self], saving: [out])
    }
    public func sqrt() -> Tensor { unary(.sqrt, saveOutput: true, float: { $0.squareRoot() }, double: { $0.squareRoot() }) }

    /// `relu(a)`: integers stay integers, as in PyTorch.
    public func relu() -> Tensor {
        if dtype.isIntegral {
            let out = Tensor(ints: intValues().map { Swift.max($0, 0) }, shape: shape, dtype: dtype)
            return record(.relu, out, inputs: [self], saving: [out])
        }
        return unary(.relu, saveOutput: true, float: { $0 > 0 ? $0 : ($0.isNaN ? $0 : 0) }, double: { $0 > 0 ? $0 : ($0.isNaN ? $0 : 0) })
    }

    /// `abs(a)`: integers stay integers.
    public func abs() -> Tensor {
        if dtype.isIntegral {
            let out = Tensor(ints: intValues().map { $0 == Int64.min ? $0 : Swift.abs($0) }, shape: shape, dtype: dtype)
            return record(.abs, out, inputs: [self], saving: [self])
        }
        return unary(.abs, float: { Swift.abs($0) }, double: { Swift.abs($0) })
    }
}
