import Foundation

// batch_norm and layer_norm: normalise with a mean and biased variance (statistics accumulated in
// Double, as PyTorch's CPU kernels accumulate float in double), then scale and shift.

extension Op {
    static let nativeBatchNorm = Op("NativeBatchNormBackward0", symbol: "batch_norm(a, w, b)", explanation: "normalises each channel over the batch, then scales by w and shifts by b",
                                    derivatives: ["w·invstd·(g - mean(g) - x̂·mean(g·x̂))", "Σ g·x̂", "Σ g"], kind: .other, savesTensors: true) { c in
        try Tensor.normBackward(c, layout: BatchNormLayout(c.inputShapes[0]), training: c.args.flag)
    }
    static let nativeLayerNorm = Op("NativeLayerNormBackward0", symbol: "layer_norm(a, w, b)", explanation: "normalises each sample over its last dimensions, then scales by w and shifts by b",
                                    derivatives: ["w·invstd·(g - mean(g) - x̂·mean(g·x̂))", "Σ g·x̂", "Σ g"], kind: .other, savesTensors: true) { c in
        let n = c.args.ints[0]
        return try Tensor.normBackward(c, layout: BatchNormLayout(layerRows: Shape.numel(c.inputShapes[0]) / Swift.max(n, 1), n: n), training: true)
    }
}

/// Where a normalisation's groups are: element (o, ch, i) is at (o·channels + ch)·inner + i and
/// belongs to group ch (batch norm: channels; layer norm: rows with channels = 1 per row).
struct BatchNormLayout {
    let outer: Int, channels: Int, inner: Int
    /// Layer norm: each row is its own group, the affine parameters run along the row.
    let isLayer: Bool
    init(_ shape: [Int]) {
        outer = shape[0]; channels = shape.count > 1 ? shape[1] : 1; inner = shape.count > 2 ? shape[2...].reduce(1, *) : 1; isLayer = false
    }
    init(layerRows rows: Int, n: Int) { outer = rows; channels = 1; inner = n; isLayer = true }
    var groups: Int { isLayer ? outer : channels }
    var perGroup: Int { isLayer ? inner : outer * inner }
    /// Indices of group g's elements.
    func indices(_ g: Int) -> [Int] {
        if isLayer { return Array((g * inner)..<((g + 1) * inner)) }
        var out = [Int]()
        out.reserveCapacity(outer * inner)
        for o in 0..<outer { for i in 0..<inner { out.append((o * channels + g) * inner + i) } }
        return out
    }
    /// The affine parameter index of element k of group g (its position in `indices(g)`).
    func param(group g: Int, position k: Int) -> Int { isLayer ? k : g }
}

extension Tensor {
    /// `torch.batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn)`.
    public static func batchNorm(_ input: Tensor, weight: Tensor?, bias: Tensor?, runningMean: Tensor?, runningVar: Tensor?,
                                 training: Bool, momentum: Double, eps: Double) throws -> Tensor {
        if input.dim < 2 { throw TorchError(.value, "Expected 2D or 3D input (got \(input.dim)D input)") }
        try input.requireFloating("batch_norm")
        let layout = BatchNormLayout(input.shape)
        for (name, t) in [("running_mean", runningMean), ("running_var", runningVar), ("weight", weight), ("bias", bias)] {
            if let t, t.numel != layout.channels {
                throw TorchError.runtime("\(name) should contain \(layout.channels) elements not \(t.numel)")
            }
        }
        let x = input.floatValues()
        var means = [Double](repeating: 0, count: layout.channels), invstds = means
        if training {
            var unbiased = means
            for ch in 0..<layout.channels {
                // ATen's batch_norm_cpu_collect_stats: the sum in double, the mean stored as float,
                // (x - mean)² in float accumulated in double, invstd computed in double stored as float.
                let idx = layout.indices(ch), n = Double(idx.count)
                var s = 0.0
                for k in idx { s += Double(x[k]) }
                let m = Float(s / n)
                var v = 0.0
                for k in idx { let d = x[k] - m; v += Double(d * d) }
                means[ch] = Double(m)
                invstds[ch] = Double(Float(1 / (v / n + eps).squareRoot()))
                unbiased[ch] = idx.count > 1 ? v / (n - 1) : .nan
            }
            try GradMode.withDisabled {
                if let rm = runningMean {
                    let old = rm.floatValues()
                    try rm.copyResult_(Tensor(floats: (0..<old.count).map { Float(momentum * means[$0] + (1 - momentum) * Double(old[$0])) }, shape: rm.shape))
                }
                if let rv = runningVar {
                    let old = rv.floatValues()
                    try rv.copyResult_(Tensor(floats: (0..<old.count).map { Float(momentum * unbiased[$0] + (1 - momentum) * Double(old[$0])) }, shape: rv.shape))
                }
            }
        } else {
            guard let rm = runningMean, let rv = runningVar else {
                throw TorchError.runtime("running_mean and running_var must be defined in evaluation mode")
            }
            means = rm.floatValues().map { Double($0) }
            // In evaluation ATen computes invstd in float: 1 / sqrt(running_var + eps).
            invstds = rv.floatValues().map { Double(1 / ($0 + Float(eps)).squareRoot()) }
        }
        let out = batchNormalized(x, layout: layout, means: means, invstds: invstds, weight: weight?.floatValues(), bias: bias?.floatValues())
        var inputs = [input]
        inputs.append(weight ?? Tensor(floats: [], shape: [0]))
        inputs.append(bias ?? Tensor(floats: [], shape: [0]))
        let stats = Tensor(floats: means.map { Float($0) } + invstds.map { Float($0) }, shape: [2 * layout.channels])
        return record(.nativeBatchNorm, Tensor(floats: out, shape: input.shape), inputs: inputs,
                      saving: [input, weight ?? Tensor(floats: [], shape: [0]), stats], checking: [true, true, false],
                      args: OpArgs(flag: training))
    }

    /// `torch.layer_norm(input, normalized_shape, weight, bias, eps, cudnn)`.
    public static func layerNorm(_ input: Tensor, normalizedShape: [Int], weight: Tensor?, bias: Tensor?, eps: Double) throws -> Tensor {
        let k = normalizedShape.count
        if k == 0 || input.dim < k || Array(input.shape.suffix(k)) != normalizedShape {
            throw TorchError.runtime("Given normalized_shape=\(Shape.describe(normalizedShape)), expected input with shape [*, \(normalizedShape.map(String.init).joined(separator: ", "))], but got input of size\(Shape.describe(input.shape))")
        }
        for (name, t) in [("weight", weight), ("bias", bias)] {
            if let t, t.shape != normalizedShape {
                throw TorchError.runtime("Expected \(name) to be of same shape as normalized_shape, but got \(name) of shape \(Shape.describe(t.shape)) and normalized_shape = \(Shape.describe(normalizedShape))")
            }
        }
        try input.requireFloating("LayerNormKernelImpl")
        let n = Shape.numel(normalizedShape)
        let rows = n == 0 ? 0 : input.numel / n
        let layout = BatchNormLayout(layerRows: rows, n: n)
        let x = input.floatValues()
        var means = [Double](repeating: 0, count: rows), invstds = means
        for r in 0..<rows {
            var s = 0.0
            for j in 0..<n { s += Double(x[r * n + j]) }
            let m = s / Double(n)
            var v = 0.0
            for j in 0..<n { let d = Double(x[r * n + j]) - m; v += d * d }
            means[r] = m
            invstds[r] = 1 / (v / Double(n) + eps).squareRoot()
        }
        let out = normalized(x, layout: layout, means: means, invstds: invstds, weight: weight?.floatValues(), bias: bias?.floatValues())
        let stats = Tensor(floats: means.map { Float($0) } + invstds.map { Float($0) }, shape: [2 * rows])
        return record(.nativeLayerNorm, Tensor(floats: out, shape: input.shape),
                      inputs: [input, weight ?? Tensor(floats: [], shape: [0]), bias ?? Tensor(floats: [], shape: [0])],
                      saving: [input, weight ?? Tensor(floats: [], shape: [0]), stats], checking: [true, true, false],
                      args: OpArgs(ints: [n]))
    }

    /// ATen's batch_norm_cpu_transform_input: per channel alpha = invstd·w and beta = b - mean·alpha in
    /// float, then `x·alpha + beta`, which PyTorch's build contracts to fused multiply-adds (measured:
    /// two equal rows normalize to a few 1e-7, not 0, as PyTorch's do).
    private static func batchNormalized(_ x: [Float], layout: BatchNormLayout, means: [Double], invstds: [Double], weight: [Float]?, bias: [Float]?) -> [Float] {
        var out = [Float](repeating: 0, count: x.count)
        for g in 0..<layout.groups {
            for (pos, k) in layout.indices(g).enumerated() {
                let p = layout.param(group: g, position: pos)
                let alpha = Float(invstds[g]) * (weight?[p] ?? 1)
                let beta = (bias?[p] ?? 0).addingProduct(-Float(means[g]), alpha)
                out[k] = beta.addingProduct(x[k], alpha)
            }
        }
        return out
    }

    private static func normalized(_ x: [Float], layout: BatchNormLayout, means: [Double], invstds: [Double], weight: [Float]?, bias: [Float]?) -> [Float] {
        var out = [Float](repeating: 0, count: x.count)
        for g in 0..<layout.groups {
            for (pos, k) in layout.indices(g).enumerated() {
                let p = layout.param(group: g, position: pos)
                var y = (Double(x[k]) - means[g]) * invstds[g]
                if let weight { y *= Double(weight[p]) }
                if let bias { y += Double(bias[p]) }
                out[k] = Float(y)
            }
        }
        return out
    }

    /// Backward of batch norm (training or eval) and layer norm: gradients for input, weight, bias.
    static func normBackward(_ c: BackwardContext, layout: BatchNormLayout, training: Bool) throws -> [Tensor?] {
        let x = c.saved[0].floatValues(), w = c.saved[1].numel > 0 ? c.saved[1].floatValues() : nil
        let stats = c.saved[2].floatValues()
        let groups = layout.groups
        let g = try c.grad.broadcast(to: c.inputShapes[0]).floatValues()
        var gx = [Float](repeating: 0, count: x.count)
        let paramCount = layout.isLayer ? layout.inner : layout.channels
        var gw = [Double](repeating: 0, count: paramCount), gb = gw
        for grp in 0..<groups {
            let idx = layout.indices(grp)
            let mean = Double(stats[grp]), invstd = Double(stats[groups + grp])
            let n = Double(idx.count)
            var sumDy = 0.0, sumDyXhat = 0.0
            var dys = [Double](repeating: 0, count: idx.count), xhats = dys
            for (pos, k) in idx.enumerated() {
                let p = layout.param(group: grp, position: pos)
                let xhat = (Double(x[k]) - mean) * invstd
                gw[p] += Double(g[k]) * xhat
                gb[p] += Double(g[k])
                let dy = Double(g[k]) * (w.map { Double($0[p]) } ?? 1)
                dys[pos] = dy; xhats[pos] = xhat
                sumDy += dy; sumDyXhat += dy * xhat
            }
            for (pos, k) in idx.enumerated() {
                if training {
                    gx[k] = Float(invstd / n * (n * dys[pos] - sumDy - xhats[pos] * sumDyXhat))
                } else {
                    gx[k] = Float(dys[pos] * invstd)
                }
            }
        }
        let pshape = c.inputShapes[1]
        return [c.wants(0) ? Tensor(floats: gx, shape: c.inputShapes[0]) : nil,
                c.wants(1) ? Tensor(floats: gw.map { Float($0) }, shape: pshape) : nil,
                c.wants(2) ? Tensor(floats: gb.map { Float($0) }, shape: c.inputShapes[2]) : nil]
    }
}
