import Foundation

// Losses computed element by element then reduced: l1 (composite, as in PyTorch), smooth_l1,
// huber, binary_cross_entropy and binary_cross_entropy_with_logits, each with PyTorch's backward.

extension Op {
    static let smoothL1Loss = Op("SmoothL1LossBackward0", symbol: "smooth_l1(a, b)", explanation: "squared error below beta, absolute error above it",
                                 derivatives: ["clamp((a-b)/beta, -1, 1)", "-clamp((a-b)/beta, -1, 1)"], kind: .other, savesTensors: true) { c in
        let beta = Float(c.args.scalars[0])
        return try Tensor.pointwiseLossBackward(c) { x, y in
            let d = x - y
            return d <= -beta ? -1 : (d >= beta ? 1 : d / beta)
        }
    }
    static let huberLoss = Op("HuberLossBackward0", symbol: "huber(a, b)", explanation: "half the squared error below delta, delta times the absolute error above it",
                              derivatives: ["clamp(a-b, -delta, delta)", "-clamp(a-b, -delta, delta)"], kind: .other, savesTensors: true) { c in
        let delta = Float(c.args.scalars[0])
        return try Tensor.pointwiseLossBackward(c) { x, y in
            let d = x - y
            return d < -delta ? -delta : (d > delta ? delta : d)
        }
    }
    static let binaryCrossEntropy = Op("BinaryCrossEntropyBackward0", symbol: "bce(a, t)", explanation: "minus the log-likelihood of the targets under probabilities a",
                                       derivatives: ["w(a - t) / (a(1-a))", "w·log((1-a)/a)"], kind: .other, savesTensors: true) { c in
        let n = c.saved[0].numel
        let reduction = LossReduction(rawValue: c.args.ints[0]) ?? .mean
        let g = try reduction.upstreamGrads(c.grad, shape: c.saved[0].shape)
        let x = c.saved[0].floatValues(), t = c.saved[1].floatValues()
        let w = c.saved.count > 2 ? c.saved[2].floatValues() : nil
        let gi = (0..<n).map { i -> Float in
            let v = g[i] * (x[i] - t[i]) / Swift.max((1 - x[i]) * x[i], 1e-12)
            return reduction.finish(w.map { v * $0[i] } ?? v, count: n)
        }
        let gt = (0..<n).map { i -> Float in
            let v = g[i] * (Foundation.log(Swift.max(1 - x[i], 1e-12)) - Foundation.log(Swift.max(x[i], 1e-12)))
            return reduction.finish(w.map { v * $0[i] } ?? v, count: n)
        }
        return [c.wants(0) ? Tensor(floats: gi, shape: c.saved[0].shape) : nil,
                c.wants(1) ? Tensor(floats: gt, shape: c.saved[0].shape) : nil, nil]
    }
    static let bceWithLogits = Op("BinaryCrossEntropyWithLogitsBackward0", symbol: "bce_logits(a, t)",
                                  explanation: "binary cross-entropy of sigmoid(a) against t, computed stably from the logits",
                                  derivatives: ["w(σ(a) - t)", "-w·a"], kind: .other, savesTensors: true) { c in
        let shape = c.args.ints.dropLast().map { $0 }
        let reduction = LossReduction(rawValue: c.args.ints.last ?? 1) ?? .mean
        let g = try reduction.upstreamGrads(c.grad, shape: shape)
        let n = g.count
        let x = try c.saved[0].broadcast(to: shape).floatValues(), t = try c.saved[1].broadcast(to: shape).floatValues()
        // input.sigmoid(): torch's own kernel, SLEEF or glibc by position in the input.
        let sigmoid = try Kernels.unaryVectorized(c.saved[0], vector: KernelMath.sigmoidVector, scalar: KernelMath.sigmoidScalar,
                                                  double: { 1 / (1 + Foundation.exp(-$0)) }).broadcast(to: shape).floatValues()
        let hasWeight = c.args.flag
        let w = hasWeight ? try c.saved[2].broadcast(to: shape).floatValues() : nil
        let pw = c.saved.count > (hasWeight ? 3 : 2) ? try c.saved[hasWeight ? 3 : 2].broadcast(to: shape).floatValues() : nil
        var gi = [Float](repeating: 0, count: n), gt = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let s = sigmoid[i]
            var a: Float, b: Float
            if let pw {
                let pt = pw[i] * t[i]
                a = (pt + 1 - t[i]) * s - pt
                b = -x[i] - (pw[i] - 1) * Tensor.logSigmoidValue(x[i])
            } else {
                a = s - t[i]
                b = -x[i]
            }
            // grad_input.mul_(grad), then mul_(weight), then div_(numel) for a mean.
            a *= g[i]; b *= g[i]
            if let w { a *= w[i]; b *= w[i] }
            gi[i] = reduction.finish(a, count: n)
            gt[i] = reduction.finish(b, count: n)
        }
        var out: [Tensor?] = [c.wants(0) ? Tensor(floats: gi, shape: shape).sumTo(c.inputShapes[0]) : nil,
                              c.wants(1) ? Tensor(floats: gt, shape: shape).sumTo(c.inputShapes[1]) : nil]
        while out.count < c.inputShapes.count { out.append(nil) }
        return out
    }
}

extension Tensor {
    /// Backward of an elementwise loss of (input, target) whose derivative in input is `d(x, y)` and in target `-d(x, y)`.
    static func pointwiseLossBackward(_ c: BackwardContext, _ d: (Float, Float) -> Float) throws -> [Tensor?] {
        let x = c.saved[0], y = c.saved[1]
        let reduction = LossReduction(rawValue: c.args.ints[0]) ?? .mean
        let g = try reduction.elementGrads(c.grad, shape: x.shape)
        let xv = x.floatValues(), yv = y.floatValues()
        let gi = (0..<xv.count).map { d(xv[$0], yv[$0]) * g[$0] }
        return [c.wants(0) ? Tensor(floats: gi, shape: x.shape) : nil,
                c.wants(1) ? Tensor(floats: gi.map { -$0 }, shape: x.shape) : nil]
    }

    /// log(sigmoid(x)) computed without overflow, as log_sigmoid_cpu_kernel does: its own loop runs
    /// every element (the tail through a partial load) with SLEEF's exp and log1p.
    static func logSigmoidValue(_ x: Float) -> Float {
        Swift.min(x, 0) - SleefFloat.log1p(SleefFloat.exp(-Swift.abs(x)))
    }

    private static func checkSameShape(_ input: Tensor, _ target: Tensor) throws {
        if input.shape != target.shape {
            throw TorchError.runtime("The size of tensor a (\(input.shape.last ?? 1)) must match the size of tensor b (\(target.shape.last ?? 1)) at non-singleton dimension \(input.dim - 1)", code: .shapeMismatch)
        }
    }

    /// `torch._C._nn.l1_loss`: `abs(input - target)` then mean or sum, as PyTorch composes it.
    public static func l1Loss(_ input: Tensor, _ target: Tensor, reduction: LossReduction) throws -> Tensor {
        let a = try input.sub(target).abs()
        switch reduction {
        case .none: return a
        case .sum: return a.sum()
        case .mean: return try a.mean()
        }
    }

    /// `torch._C._nn.smooth_l1_loss(input, target, reduction, beta)` (beta > 0).
    public static func smoothL1Loss(_ input: Tensor, _ target: Tensor, reduction: LossReduction, beta: Double) throws -> Tensor {
        if beta < 0 { throw TorchError.runtime("smooth_l1_loss does not support negative values for beta.") }
        try checkSameShape(input, target)
        let b = Float(beta)
        let out = try Kernels.binary(input, target, resultType: Kernels.floatingResult(input, target), float: { x, y in
            let z = Swift.abs(x - y)
            return z < b ? 0.5 * z * z / b : z - 0.5 * b
        }, double: { x, y in
            let z = Swift.abs(x - y)
            return z < beta ? 0.5 * z * z / beta : z - 0.5 * beta
        }, int: { x, _ in x })
        return record(.smoothL1Loss, reduction.apply(out), inputs: [input, target], saving: [input, target],
                      args: OpArgs(scalars: [beta], ints: [reduction.rawValue]))
    }

    /// `torch._C._nn.huber_loss(input, target, reduction, delta)`.
    public static func huberLoss(_ input: Tensor, _ target: Tensor, reduction: LossReduction, delta: Double) throws -> Tensor {
        if delta <= 0 { throw TorchError.runtime("huber_loss does not support non-positive values for delta.") }
        try checkSameShape(input, target)
        let dl = Float(delta)
        let out = try Kernels.binary(input, target, resultType: Kernels.floatingResult(input, target), float: { x, y in
            let z = Swift.abs(x - y)
            return z < dl ? 0.5 * z * z : dl * (z - 0.5 * dl)
        }, double: { x, y in
            let z = Swift.abs(x - y)
            return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta)
        }, int: { x, _ in x })
        return record(.huberLoss, reduction.apply(out), inputs: [input, target], saving: [input, target],
                      args: OpArgs(scalars: [delta], ints: [reduction.rawValue]))
    }

    /// `torch._C._nn.binary_cross_entropy(input, target, weight, reduction)` (weight already expanded).
    public static func binaryCrossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor?, reduction: LossReduction) throws -> Tensor {
        if input.dtype != target.dtype && input.dtype == .float32 {
            throw TorchError.runtime("Found dtype \(target.scalarTypeName) but expected \(input.scalarTypeName)")
        }
        try input.requireFloating("binary_cross_entropy")
        let x = input.floatValues(), t = try target.broadcast(to: input.shape).floatValues()
        let w = try weight.map { try $0.broadcast(to: input.shape).floatValues() }
        var losses = [Float](repeating: 0, count: x.count)
        for i in 0..<x.count {
            guard x[i] >= 0 && x[i] <= 1 else { throw TorchError.runtime("all elements of input should be between 0 and 1") }
            // binary_cross_entropy_out_cpu: glibc's log1p(-x) and log, `a·b − c·d` with GCC fusing
            // the first product into the subtraction.
            let logx = Swift.max(Foundation.log(x[i]), -100), log1mx = Swift.max(Foundation.log1p(-x[i]), -100)
            var l = (-(t[i] * logx)).addingProduct(t[i] - 1, log1mx)
            if let w { l *= w[i] }
            losses[i] = l
        }
        let out = reduction.apply(Tensor(floats: losses, shape: input.shape))
        var inputs = [input, target], saved = [input, target]
        if let weight { inputs.append(weight); saved.append(try weight.broadcast(to: input.shape)) }
        return record(.binaryCrossEntropy, out, inputs: inputs, saving: saved, args: OpArgs(ints: [reduction.rawValue]))
    }

    /// `torch.binary_cross_entropy_with_logits(input, target, weight, pos_weight, reduction)`.
    public static func bceWithLogits(_ input: Tensor, _ target: Tensor, weight: Tensor?, posWeight: Tensor?, reduction: LossReduction) throws -> Tensor {
        if target.dtype != .float32 && target.dtype != .float64 {
            throw TorchError.runtime("result type Float can't be cast to the desired output type \(target.scalarTypeName)")
        }
        try input.requireFloating("binary_cross_entropy_with_logits")
        var shape = try Shape.broadcast(input.shape, target.shape)
        if let w = weight { shape = try Shape.broadcast(shape, w.shape) }
        if let p = posWeight { shape = try Shape.broadcast(shape, p.shape) }
        let x = try input.broadcast(to: shape).floatValues(), t = try target.broadcast(to: shape).floatValues()
        let w = try weight.map { try $0.broadcast(to: shape).floatValues() }
        let pw = try posWeight.map { try $0.broadcast(to: shape).floatValues() }
        var losses = [Float](repeating: 0, count: x.count)
        for i in 0..<x.count {
            var ls = logSigmoidValue(x[i])
            if let pw { ls *= (pw[i] - 1) * t[i] + 1 }
            var l = (1 - t[i]) * x[i] - ls
            if let w { l *= w[i] }
            losses[i] = l
        }
        let out = reduction.apply(Tensor(floats: losses, shape: shape))
        var inputs = [input, target], saved = [input, target]
        if let weight { inputs.append(weight); saved.append(weight) }
        if let posWeight { inputs.append(posWeight); saved.append(posWeight) }
        return record(.bceWithLogits, out, inputs: inputs, saving: saved,
                      args: OpArgs(ints: shape + [reduction.rawValue], flag: weight != nil))
    }
}
