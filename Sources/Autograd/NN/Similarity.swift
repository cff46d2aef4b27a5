// prelu (a learned negative slope per channel) and cosine_similarity (composite, as PyTorch's).

extension Op {
    static let prelu = Op("PreluKernelBackward0", symbol: "prelu(a, w)", explanation: "keeps positive elements and scales the rest by a learned slope per channel",
                          derivatives: ["1 if a > 0 else w", "a if a ≤ 0 else 0"], kind: .other, savesTensors: true) { c in
        let x = c.saved[0].floatValues(), w = c.saved[1].floatValues()
        let g = try c.grad.broadcast(to: c.saved[0].shape).floatValues()
        let channels = w.count, inner = c.args.ints[0]
        var gx = [Float](repeating: 0, count: x.count), gw = [Double](repeating: 0, count: channels)
        for i in 0..<x.count {
            let ch = channels == 1 ? 0 : (i / inner) % channels
            if x[i] > 0 { gx[i] = g[i] } else { gx[i] = w[ch] * g[i]; gw[ch] += Double(x[i]) * Double(g[i]) }
        }
        return [c.wants(0) ? Tensor(floats: gx, shape: c.saved[0].shape) : nil,
                c.wants(1) ? Tensor(floats: gw.map { Float($0) }, shape: c.saved[1].shape) : nil]
    }
}

extension Tensor {
    /// `torch.prelu(input, weight)`: weight has 1 element or one per channel (dim 1; dim 0 of a 1-d input).
    public static func prelu(_ input: Tensor, _ weight: Tensor) throws -> Tensor {
        try input.requireFloating("prelu_cpu")
        let channels = input.dim >= 2 ? input.shape[1] : (input.dim == 1 ? input.shape[0] : 1)
        if weight.numel != 1 && weight.numel != channels {
            throw TorchError.runtime("Mismatch of parameter numbers and input channel size. Found parameter numbers = \(weight.numel) and channel size = \(channels).")
        }
        let inner = input.dim >= 2 ? input.shape[2...].reduce(1, *) : 1
        let x = input.floatValues(), w = weight.floatValues()
        let out = (0..<x.count).map { i -> Float in
            let ch = w.count == 1 ? 0 : (i / inner) % w.count
            return x[i] > 0 ? x[i] : w[ch] * x[i]
        }
        return record(.prelu, Tensor(floats: out, shape: input.shape), inputs: [input, weight], saving: [input, weight], args: OpArgs(ints: [inner]))
    }

    /// `torch.cosine_similarity(x1, x2, dim, eps)`: each input divided by its norm (clamped to eps), then
    /// the product summed along `dim` (PyTorch's composite; its last node is SumBackward1).
    public static func cosineSimilarity(_ a: Tensor, _ b: Tensor, dim d: Int, eps: Double) throws -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let x1 = a.shape == shape ? a : try a.expand(shape), x2 = b.shape == shape ? b : try b.expand(shape)
        let dim = try Shape.wrapDim(d, rank: shape.count)
        func normalized(_ x: Tensor) throws -> Tensor {
            let n = try x.vectorNorm(ord: 2, dims: [dim], keepdim: true).clone()
            try GradMode.withDisabled { try n.copyResult_(try n.clamp(min: .float(eps), max: nil)) }
            return try x.div(n)
        }
        return try normalized(x1).mul(try normalized(x2)).sum(dims: [dim])
    }
}
