import Foundation

// torch.embedding (row lookup with a scatter-add backward) and torch.dropout (a Bernoulli mask
// drawn from PyTorch's CPU stream, then a multiply).

extension Op {
    static let embedding = Op("EmbeddingBackward0", symbol: "weight[indices]", explanation: "looks up one row of the weight table per index",
                              derivatives: ["scatter-add of g into the looked-up rows"], kind: .other, savesTensors: true) { c in
        guard c.wants(0) else { return [nil, nil] }
        let rows = c.inputShapes[0][0], d = c.inputShapes[0].count > 1 ? c.inputShapes[0][1] : 1
        let idx = c.saved[0].intValues(), g = c.grad.floatValues()
        let padding = c.args.ints[0], scaleByFreq = c.args.flag
        var counts = [Int](repeating: 0, count: rows)
        if scaleByFreq { for i in idx { counts[Int(i)] += 1 } }
        var gw = [Float](repeating: 0, count: rows * d)
        for (k, i) in idx.enumerated() {
            let r = Int(i)
            if r == padding { continue }
            let scale: Float = scaleByFreq ? 1 / Float(counts[r]) : 1
            for j in 0..<d { gw[r * d + j] += g[k * d + j] * scale }
        }
        return [Tensor(floats: gw, shape: c.inputShapes[0]), nil]
    }
}

extension Tensor {
    /// `torch.embedding(weight, indices, padding_idx, scale_grad_by_freq, sparse)`; `padding_idx` -1 means none.
    public static func embedding(_ weight: Tensor, _ indices: Tensor, paddingIdx: Int, scaleGradByFreq: Bool) throws -> Tensor {
        if indices.dtype != .int64 && indices.dtype != .int32 {
            throw TorchError.runtime("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got \(indices.legacyTypeName) instead (while checking arguments for embedding)")
        }
        if weight.dim != 2 { throw TorchError.runtime("'weight' must be 2-D") }
        let rows = weight.shape[0], d = weight.shape[1]
        let idx = indices.intValues(), w = weight.floatValues()
        var out = [Float]()
        out.reserveCapacity(idx.count * d)
        for i in idx {
            guard i >= 0 && Int(i) < rows else { throw TorchError(.index, "index out of range in self") }
            out.append(contentsOf: w[(Int(i) * d)..<(Int(i) * d + d)])
        }
        return record(.embedding, Tensor(floats: out, shape: indices.shape + [d]), inputs: [weight, indices],
                      saving: [indices], args: OpArgs(ints: [paddingIdx], flag: scaleGradByFreq))
    }

    /// `torch.embedding_renorm_(weight, indices, max_norm, norm_type)`: rows looked up whose norm
    /// exceeds max_norm are scaled to max_norm (in place, each row once).
    public static func embeddingRenorm_(_ weight: Tensor, _ indices: Tensor, maxNorm: Double, normType: Double) throws {
        let d = weight.shape.count > 1 ? weight.shape[1] : 1
        var w = weight.floatValues()
        for r in Set(indices.intValues().map { Int($0) }).sorted() where r >= 0 && r < weight.shape[0] {
            var acc = 0.0
            for j in 0..<d { acc += Swift.abs(Double(w[r * d + j])).pow(normType) }
            let norm = acc.pow(1 / normType)
            if norm > maxNorm {
                let scale = maxNorm / (norm + 1e-7)
                for j in 0..<d { w[r * d + j] = Float(Double(w[r * d + j]) * scale) }
            }
        }
        try weight.copyResult_(Tensor(floats: w, shape: weight.shape))
    }

    /// The dropout mask PyTorch draws: `empty_like(input).bernoulli_(1 - p).div_(1 - p)`.
    /// bernoulli_ with a scalar p draws one 53-bit uniform double per element (`random64()`).
    static func dropoutNoise(_ shape: [Int], p: Double, generator: inout TorchGenerator) -> Tensor {
        let n = Shape.numel(shape), keep = 1 - p
        let scale = Float(keep)
        var v = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let u = Double(generator.random64() & ((1 << 53) - 1)) * 0x1p-53
            v[i] = u < keep ? 1 / scale : 0
        }
        return Tensor(floats: v, shape: shape)
    }

    /// `torch.dropout(input, p, train)`: the input itself when p == 0, not training or empty.
    public static func dropout(_ input: Tensor, p: Double, train: Bool, generator: inout TorchGenerator) throws -> Tensor {
        if p < 0 || p > 1 { throw TorchError(.value, "dropout probability has to be between 0 and 1, but got \(PythonFloat.repr(p))") }
        if p == 0 || !train || input.numel == 0 { return input }
        if p == 1 { return try input.mul(Tensor.zeros([], dtype: input.dtype)) }
        return try input.mul(dropoutNoise(input.shape, p: p, generator: &generator))
    }

    /// `torch.dropout_(input, p, train)`: in place, returning the input.
    public static func dropout_(_ input: Tensor, p: Double, train: Bool, generator: inout TorchGenerator) throws -> Tensor {
        if p < 0 || p > 1 { throw TorchError(.value, "dropout probability has to be between 0 and 1, but got \(PythonFloat.repr(p))") }
        if p == 0 || !train || input.numel == 0 { return input }
        if p == 1 { try input.mul_(Tensor.zeros([], dtype: input.dtype)); return input }
        try input.mul_(dropoutNoise(input.shape, p: p, generator: &generator))
        return input
    }
}

private extension Double {
    func pow(_ e: Double) -> Double { e == 2 ? self * self : (e == 1 ? self : _pow(self, e)) }
}
private func _pow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
