import Foundation

// The nn activations (torch._C._nn.* and torch.selu / celu / relu_): one op each, forward and
// derivative written over BinaryFloatingPoint-free Float closures so a Double path can sit beside.

/// PyTorch's SELU constants.
public enum SELUConstants {
    public static let alpha = 1.6732632423543772848170429916717
    public static let scale = 1.0507009873554804934193349852946
}

/// One pointwise activation: the value and its derivative at x, given the op's parameters.
/// `forward` is the kernel's scalar lambda (glibc); where PyTorch's `cpu_kernel_vec` vector lambda
/// rounds differently (SLEEF's exp, expm1, log1p, tanh), `vectorForward` is that lambda, and
/// VectorLoop picks per element which one PyTorch ran. `gradient` / `vectorGradient` are the two
/// lambdas of the op's backward kernel (`dy, x, p`), written in the kernel's own order of operations
/// (with the multiply-adds GCC fuses); without them backward is `dy · derivative(x)`.
struct Activation: Sendable {
    typealias Gradient = @Sendable (Float, Float, [Float]) -> Float
    let forward: @Sendable (Float, [Float]) -> Float
    let derivative: @Sendable (Float, [Float]) -> Float
    var vectorForward: (@Sendable (Float, [Float]) -> Float)? = nil
    var gradient: Gradient? = nil
    var vectorGradient: Gradient? = nil

    static let leakyRelu = Activation(forward: { x, p in x > 0 ? x : x * p[0] }, derivative: { x, p in x > 0 ? 1 : p[0] })
    /// p = [alpha, scale, input_scale]
    /// elu_kernel multiplies by `negcoef = alpha·scale` rounded to float (SELU's constants show it).
    static let elu = Activation(
        forward: { x, p in x > 0 ? x * p[1] : Foundation.expm1(x * p[2]) * (p[0] * p[1]) },
        derivative: { x, p in x > 0 ? p[1] : p[2] * p[0] * p[1] * Foundation.exp(x * p[2]) },
        vectorForward: { x, p in x > 0 ? x * p[1] : SleefFloat.expm1(x * p[2]) * (p[0] * p[1]) },
        gradient: { dy, x, p in x <= 0 ? dy * p[2] * (p[0] * p[1]) * Foundation.exp(x * p[2]) : dy * p[1] },
        // The vector lambda blends on `x > 0`, so a NaN input takes the exp branch there.
        vectorGradient: { dy, x, p in x > 0 ? dy * p[1] : dy * p[2] * (p[0] * p[1]) * SleefFloat.exp(x * p[2]) })
    /// p = [approximate tanh ? 1 : 0]. The tanh form's `x + kKappa·x³` is one FMA in both lambdas
    /// (GCC contracts it); the erf form goes through oneDNN's gelu_erf, not matched.
    static let gelu = Activation(
        forward: { x, p in
            if p[0] != 0 { return geluTanh(x, tanh: Foundation.tanh) }
            return x * 0.5 * (1 + Foundation.erf(x * Float(0.5.squareRoot())))
        },
        derivative: { x, p in
            if p[0] != 0 {
                let kBeta = Float(2.0.squareRoot() * (2 / Double.pi.squareRoot()) * 0.5), kKappa: Float = 0.044715
                let xsq = x * x, inner = kBeta * (x + kKappa * xsq * x), t = Foundation.tanh(inner)
                let left = 0.5 * x, right = 1 + t
                return 0.5 * right + left * (1 - t * t) * kBeta * (1 + 3 * kKappa * xsq)
            }
            let cdf = 0.5 * (1 + Foundation.erf(x * Float(0.5.squareRoot())))
            let pdf = Foundation.exp(-0.5 * x * x) * Float(1 / (2 * Double.pi).squareRoot())
            return cdf + x * pdf
        },
        vectorForward: { x, p in
            if p[0] != 0 { return geluTanh(x, tanh: SleefFloat.tanh) }
            return x * 0.5 * (1 + Foundation.erf(x * Float(0.5.squareRoot())))
        },
        gradient: { dy, x, p in p[0] != 0 ? geluTanhGradient(dy, x, tanh: Foundation.tanh) : dy * geluErfDerivative(x) },
        vectorGradient: { dy, x, p in p[0] != 0 ? geluTanhGradient(dy, x, tanh: SleefFloat.tanh) : dy * geluErfDerivative(x) })
    /// The exact GELU's derivative Φ(x) + x·φ(x) (its oneDNN kernel is not matched).
    @inline(__always) static func geluErfDerivative(_ x: Float) -> Float {
        let cdf = 0.5 * (1 + Foundation.erf(x * Float(0.5.squareRoot())))
        let pdf = Foundation.exp(-0.5 * x * x) * Float(1 / (2 * Double.pi).squareRoot())
        return cdf + x * pdf
    }
    /// GeluBackwardKernelImpl's tanh form, step by step as written there; GCC fuses `x + κx³`,
    /// `1 - t²` and `1 + 3κ·x²` into multiply-adds.
    @inline(__always) static func geluTanhGradient(_ dy: Float, _ x: Float, tanh: (Float) -> Float) -> Float {
        let kBeta = Float(2.0.squareRoot() * (2 / Double.pi.squareRoot()) * 0.5), kKappa: Float = 0.044715
        let xSquared = x * x, xCube = xSquared * x
        let t = tanh(kBeta * x.addingProduct(kKappa, xCube))
        let left = 0.5 * x, right = 1 + t
        let leftDerivative = 0.5 * right
        let tanhDerivative = (1 as Float).addingProduct(-t, t)
        let innerDerivative = kBeta * (1 as Float).addingProduct(3 * kKappa, xSquared)
        return dy * (leftDerivative + left * tanhDerivative * innerDerivative)
    }
    /// GeluKernelImpl's tanh approximation: `0.5·x·(1 + tanh(kBeta·(x + kKappa·x³)))`.
    @inline(__always) static func geluTanh(_ x: Float, tanh: (Float) -> Float) -> Float {
        let kBeta = Float(2.0.squareRoot() * (2 / Double.pi.squareRoot()) * 0.5), kKappa: Float = 0.044715
        let inner = kBeta * x.addingProduct(kKappa, x * x * x)
        return 0.5 * x * (1 + tanh(inner))
    }
    static let silu = Activation(forward: { x, _ in x / (1 + Foundation.exp(-x)) },
                                 derivative: { x, _ in let s = 1 / (1 + Foundation.exp(-x)); return s * (1 + x * (1 - s)) },
                                 vectorForward: { x, _ in x / (1 + SleefFloat.exp(-x)) },
                                 gradient: { dy, x, _ in siluGradient(dy, x, sigmoid: 1 / (1 + Foundation.exp(-x))) },
                                 vectorGradient: { dy, x, _ in siluGradient(dy, x, sigmoid: 1 / (1 + SleefFloat.exp(-x))) })
    /// silu_backward_kernel: `dy·σ·(1 + x·(1 − σ))`, the inner multiply-add fused.
    @inline(__always) static func siluGradient(_ dy: Float, _ x: Float, sigmoid s: Float) -> Float {
        (dy * s) * (1 as Float).addingProduct(x, 1 - s)
    }
    /// p = [beta, threshold]
    static let softplus = Activation(
        forward: { x, p in x * p[0] > p[1] ? x : Foundation.log1p(Foundation.exp(x * p[0])) / p[0] },
        derivative: { x, p in
            if x * p[0] > p[1] { return 1 }
            let z = Foundation.exp(x * p[0])
            return z / (z + 1)
        },
        vectorForward: { x, p in x * p[0] > p[1] ? x : SleefFloat.log1p(SleefFloat.exp(x * p[0])) / p[0] },
        gradient: { dy, x, p in x * p[0] > p[1] ? dy : softplusGradient(dy, Foundation.exp(x * p[0])) },
        vectorGradient: { dy, x, p in x * p[0] > p[1] ? dy : softplusGradient(dy, SleefFloat.exp(x * p[0])) })
    /// softplus_backward_kernel: `dy·z / (z + 1)` with z = exp(beta·x).
    @inline(__always) static func softplusGradient(_ dy: Float, _ z: Float) -> Float { (dy * z) / (z + 1) }
    /// p = [min, max]
    static let hardtanh = Activation(forward: { x, p in x < p[0] ? p[0] : (x > p[1] ? p[1] : x) },
                                     derivative: { x, p in (x <= p[0] || x >= p[1]) ? 0 : 1 })
    static let logSigmoid = Activation(
        forward: { x, _ in Tensor.logSigmoidValue(x) },
        // log_sigmoid_backward reads the buffer the forward filled with SLEEF's exp(-|x|).
        derivative: { x, _ in
            let neg = x < 0, z = SleefFloat.exp(-Swift.abs(x))
            return (neg ? 1 : 0) - (neg ? 1 : -1) * (z / (1 + z))
        })
    static let hardsigmoid = Activation(forward: { x, _ in Swift.min(Swift.max(x + 3, 0), 6) / 6 },
                                        derivative: { x, _ in (x > -3 && x < 3) ? 1 / 6 : 0 })
    static let hardswish = Activation(forward: { x, _ in x * Swift.min(Swift.max(x + 3, 0), 6) / 6 },
                                      derivative: { x, _ in x < -3 ? 0 : (x <= 3 ? x / 3 + 0.5 : 1) })
    static let mish = Activation(
        forward: { x, _ in x * Foundation.tanh(Foundation.log1p(Foundation.exp(x))) },
        derivative: { x, _ in
            let t = Foundation.tanh(Foundation.log1p(Foundation.exp(x))), s = 1 / (1 + Foundation.exp(-x))
            return t + x * s * (1 - t * t)
        },
        vectorForward: { x, _ in x * SleefFloat.tanh(SleefFloat.log1p(SleefFloat.exp(x))) },
        gradient: { dy, x, _ in
            mishGradient(dy, x, sigmoid: 1 / (1 + Foundation.exp(-x)), tanhSoftplus: Foundation.tanh(Foundation.log1p(Foundation.exp(x))))
        },
        vectorGradient: { dy, x, _ in
            mishGradient(dy, x, sigmoid: 1 / (1 + SleefFloat.exp(-x)), tanhSoftplus: SleefFloat.tanh(SleefFloat.log1p(SleefFloat.exp(x))))
        })
    /// mish_backward_kernel: `dy·(t + x·σ·(1 − t²))`, GCC fusing `1 − t²` and the outer add.
    @inline(__always) static func mishGradient(_ dy: Float, _ x: Float, sigmoid s: Float, tanhSoftplus t: Float) -> Float {
        dy * t.addingProduct(x * s, (1 as Float).addingProduct(-t, t))
    }
}

extension Activation {
    /// The first-order gradient on raw buffers: the upstream gradient times the derivative at each x,
    /// or, where the kernel has its own backward lambdas, those (the vector one on the elements
    /// PyTorch's vectorized loop covers).
    func gradientValues(_ grad: Tensor, _ saved: Tensor, _ params: [Double]) throws -> Tensor {
        let p = params.map { Float($0) }
        let x = saved.floatValues(), g = try grad.broadcast(to: saved.shape).floatValues()
        guard let scalar = gradient else {
            return Tensor(floats: (0..<x.count).map { g[$0] * derivative(x[$0], p) }, shape: saved.shape)
        }
        let vector = vectorGradient ?? scalar
        let mask = VectorLoop.unaryMask(saved)
        return Tensor(floats: x.indices.map { mask[$0] ? vector(g[$0], x[$0], p) : scalar(g[$0], x[$0], p) }, shape: saved.shape)
    }
}

extension Tensor {
    /// `softplus_backward`: the raw gradient's value, recorded as SoftplusBackwardBackward0.
    static func softplusBackward(_ grad: Tensor, _ x: Tensor, params: [Double]) throws -> Tensor {
        try activationBackward(.softplusBackward, .softplus, grad, x, params: params)
    }

    /// An activation's backward kernel (`softplus_backward`, `leaky_relu_backward`): the raw
    /// gradient's value, recorded as `op` on the gradient and the input.
    static func activationBackward(_ op: Op, _ f: Activation, _ grad: Tensor, _ x: Tensor, params: [Double]) throws -> Tensor {
        recordKernel(op, try f.gradientValues(grad, x, params), inputs: [grad, x], args: OpArgs(scalars: params))
    }
}

extension Op {
    private static func activation(_ name: String, _ symbol: String, _ explanation: String, _ derivative: String, _ f: Activation,
                                   differentiable: (@Sendable (BackwardContext) throws -> [Tensor?])? = nil) -> Op {
        Op(name, symbol: symbol, explanation: explanation, derivatives: [derivative], kind: .elementwise, savesTensors: true,
           differentiable: differentiable) { c in
            [try f.gradientValues(c.grad, c.saved[0], c.args.scalars)]
        }
    }
    static let leakyRelu = activation("LeakyReluBackward0", "leaky_relu(a)", "keeps positive elements and scales the rest by a small slope", "1 if a > 0 else slope", .leakyRelu) { c in
        [try Tensor.activationBackward(.leakyReluBackward, .leakyRelu, c.grad, c.live(0), params: c.args.scalars)]
    }
    /// `leaky_relu_backward(grad_output, self, negative_slope)` as an op (create_graph): linear in
    /// grad_output, constant in self.
    static let leakyReluBackward: Op = Op.backwardKernel("LeakyReluBackwardBackward0", symbol: "g if a > 0 else slope·g", explanation: "leaky_relu's backward: the gradient, scaled by the slope where a ≤ 0",
                                                     derivatives: ["1 if a > 0 else slope", "0"]) { c in
        [c.wants(0) ? try Tensor.activationBackward(.leakyReluBackward, .leakyRelu, c.grad, c.live(1), params: c.args.scalars) : nil,
         c.wants(1) ? Tensor.zeros(c.grad.shape, dtype: c.grad.dtype) : nil]
    }
    static let elu = activation("EluBackward0", "elu(a)", "keeps positive elements and bends the rest smoothly towards -alpha", "1 if a > 0 else alpha·e^a", .elu)
    static let celu = activation("CeluBackward0", "celu(a)", "keeps positive elements and bends the rest smoothly towards -alpha", "1 if a > 0 else e^(a/alpha)", .elu)
    static let gelu = activation("GeluBackward0", "gelu(a)", "weights each element by the probability a standard normal is below it", "Φ(a) + a·φ(a)", .gelu)
    static let silu = activation("SiluBackward0", "silu(a)", "multiplies each element by its sigmoid", "σ(a)(1 + a(1 - σ(a)))", .silu)
    static let softplus = activation("SoftplusBackward0", "softplus(a)", "a smooth relu: log(1 + e^a)", "σ(beta·a)", .softplus) { c in
        [try Tensor.softplusBackward(c.grad, c.live(0), params: c.args.scalars)]
    }
    /// `softplus_backward(grad_output, self, beta, threshold)` as an op (create_graph); derivatives.yaml:
    /// softplus_backward(grad, …) for grad_output, softplus_double_backward(grad * grad_output, …) for self.
    static let softplusBackward = Op.backwardKernel("SoftplusBackwardBackward0", symbol: "g·σ(beta·a)", explanation: "softplus's backward: the gradient times σ(beta·a)",
                                                    derivatives: ["σ(beta·a)", "g·beta·σ'(beta·a)"]) { c in
        let gradOutput = c.live(0), x = c.live(1), beta = c.args.scalars[0], threshold = c.args.scalars[1]
        var out: [Tensor?] = [nil, nil]
        if c.wants(0) { out[0] = try Tensor.softplusBackward(c.grad, x, params: c.args.scalars) }
        if c.wants(1) {
            // sigmoid_backward(g, z.sigmoid()) * (z < threshold).type_as(g) * beta, z = self * beta
            let g = try c.grad.mul(gradOutput)
            let z = try x.scaled(beta)
            let below = try z.compare("<", Tensor.wrapped(.float(threshold))).to(g.dtype)
            out[1] = try Tensor.sigmoidBackward(g, z.sigmoid()).mul(below).scaled(beta)
        }
        return out
    }
    static let hardtanh = activation("HardtanhBackward0", "hardtanh(a)", "clips every element into [min, max]", "1 inside (min, max) else 0", .hardtanh)
    static let logSigmoid = activation("LogSigmoidBackward0", "log_sigmoid(a)", "takes the log of the sigmoid of every element", "1 - σ(a)", .logSigmoid)
    static let hardsigmoid = activation("HardsigmoidBackward0", "hardsigmoid(a)", "a piecewise-linear sigmoid: clamp(a/6 + 1/2, 0, 1)", "1/6 inside (-3, 3) else 0", .hardsigmoid)
    static let hardswish = activation("HardswishBackward0", "hardswish(a)", "a times hardsigmoid(a)", "a/3 + 1/2 inside [-3, 3]", .hardswish)
    static let mish = activation("MishBackward0", "mish(a)", "a times tanh(softplus(a))", "tanh(sp) + a·σ(a)(1 - tanh(sp)²)", .mish)
}

/// Which activation an `nn` kernel name runs, its op and parameters.
public enum ActivationKind: Sendable {
    case leakyRelu(slope: Double)
    case elu(alpha: Double, scale: Double, inputScale: Double)
    case celu(alpha: Double)
    case gelu(tanh: Bool)
    case silu
    case softplus(beta: Double, threshold: Double)
    case hardtanh(min: Double, max: Double)
    case logSigmoid, hardsigmoid, hardswish, mish

    var parts: (Op, Activation, [Double], String) {
        switch self {
        case .leakyRelu(let s): return (.leakyRelu, .leakyRelu, [s], "leaky_relu_cpu")
        case .elu(let a, let s, let i): return (.elu, .elu, [a, s, i], "elu_cpu")
        case .celu(let a): return (.celu, .elu, [a, 1, 1 / a], "elu_cpu")
        case .gelu(let t): return (.gelu, .gelu, [t ? 1 : 0], "GeluKernelImpl")
        case .silu: return (.silu, .silu, [], "silu_cpu")
        case .softplus(let b, let t): return (.softplus, .softplus, [b, t], "softplus_cpu")
        case .hardtanh(let lo, let hi): return (.hardtanh, .hardtanh, [lo, hi], "hardtanh_cpu")
        case .logSigmoid: return (.logSigmoid, .logSigmoid, [], "log_sigmoid_cpu")
        case .hardsigmoid: return (.hardsigmoid, .hardsigmoid, [], "hardsigmoid_cpu")
        case .hardswish: return (.hardswish, .hardswish, [], "hardswish_cpu")
        case .mish: return (.mish, .mish, [], "mish_cpu")
        }
    }
}

extension Tensor {
    /// Applies an nn activation (out of place).
    public func activation(_ kind: ActivationKind) throws -> Tensor {
        let (op, f, params, kernel) = kind.parts
        try requireFloating(kernel)
        if dtype == .float64 { throw TorchError(.notImplemented, "\(kernel) on float64 tensors is not supported by gradstep yet (it computes in float32)") }
        let p = params.map { Float($0) }
        let x = floatValues()
        let values: [Float]
        if let vector = f.vectorForward {
            let mask = VectorLoop.unaryMask(self)
            values = x.indices.map { mask[$0] ? vector(x[$0], p) : f.forward(x[$0], p) }
        } else {
            values = x.map { f.forward($0, p) }
        }
        let out = Tensor(floats: values, shape: shape)
        return record(op, out, inputs: [self], saving: [self], args: OpArgs(scalars: params))
    }

    /// Applies an nn activation in place (`inplace=True`), returning this tensor.
    public func activation_(_ kind: ActivationKind) throws -> Tensor {
        try inPlace(nil) { try $0.activation(kind) }
        return self
    }

    /// `torch.relu_(a)`.
    public func relu_() throws -> Tensor {
        try inPlace(nil) { $0.relu() }
        return self
    }
}
