import XCTest
@testable import Autograd

/// Backward of every nn kernel (Sources/Autograd/NN) against central differences of its own
/// forward: L = Σ r·f(x) with fixed r, h = 1e-2 in float32, accumulated in Double; agreement within
/// 2e-2 · max(1, |g|) catches a wrong formula (a missing factor, a swapped index), not rounding.
final class NNKernelGradTests: XCTestCase {
    /// Deterministic inputs in [lo, hi).
    static func values(_ n: Int, seed: UInt64, _ lo: Double = -1, _ hi: Double = 1) -> [Float] {
        var g = SplitMix64(state: seed)
        return (0..<n).map { _ in Float(g.uniform(lo, hi)) }
    }

    /// Checks d(Σ r·f)/d(inputs[i]) for each i in `wrt` (the others are constants).
    func check(_ name: String, _ inputs: [Tensor], wrt: [Int], file: StaticString = #filePath, line: UInt = #line,
               _ f: ([Tensor]) throws -> Tensor) throws {
        let leaves = try inputs.enumerated().map { i, t -> Tensor in
            let c = Tensor(floats: t.floatValues(), shape: t.shape)
            if wrt.contains(i) { try c.requiresGrad_(true) }
            return c
        }
        let out = try f(leaves)
        let r = Tensor(floats: Self.values(out.numel, seed: 99), shape: out.shape)
        try out.mul(r).sum().backward()
        func loss(_ xs: [Tensor]) throws -> Double {
            try GradMode.withDisabled {
                let o = try f(xs).floatValues(), rv = r.floatValues()
                return zip(o, rv).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
            }
        }
        for i in wrt {
            let base = leaves[i].floatValues()
            guard let grad = leaves[i].grad?.floatValues() else { XCTFail("\(name): no gradient for input \(i)", file: file, line: line); continue }
            for k in 0..<base.count {
                let h: Float = 1e-2
                var plus = base, minus = base
                plus[k] += h; minus[k] -= h
                var xs = leaves.map { Tensor(floats: $0.floatValues(), shape: $0.shape) }
                xs[i] = Tensor(floats: plus, shape: leaves[i].shape)
                let lp = try loss(xs)
                xs[i] = Tensor(floats: minus, shape: leaves[i].shape)
                let lm = try loss(xs)
                let numeric = (lp - lm) / Double(2 * h)
                XCTAssertEqual(Double(grad[k]), numeric, accuracy: 2e-2 * max(1, abs(numeric)),
                               "\(name): d/dinput\(i)[\(k)]", file: file, line: line)
            }
        }
    }

    func t(_ shape: [Int], seed: UInt64, _ lo: Double = -1, _ hi: Double = 1) -> Tensor {
        Tensor(floats: Self.values(shape.reduce(1, *), seed: seed, lo, hi), shape: shape)
    }

    func testLosses() throws {
        let x = t([3, 4], seed: 1), y = t([3, 4], seed: 2)
        for red in [LossReduction.none, .mean, .sum] {
            try check("smooth_l1 \(red)", [x, y], wrt: [0, 1]) { try Tensor.smoothL1Loss($0[0], $0[1], reduction: red, beta: 0.7) }
            try check("huber \(red)", [x, y], wrt: [0, 1]) { try Tensor.huberLoss($0[0], $0[1], reduction: red, delta: 0.6) }
            let p = t([3, 4], seed: 3, 0.1, 0.9), q = t([3, 4], seed: 4, 0, 1), w = t([3, 4], seed: 5, 0.5, 2)
            try check("bce \(red)", [p, q, w], wrt: [0, 1]) { try Tensor.binaryCrossEntropy($0[0], $0[1], weight: $0[2], reduction: red) }
            let pw = t([4], seed: 6, 0.5, 3)
            try check("bce_logits \(red)", [x, q, w, pw], wrt: [0, 1]) {
                try Tensor.bceWithLogits($0[0], $0[1], weight: $0[2], posWeight: $0[3], reduction: red)
            }
            let target = Tensor(ints: [0, 3, 1], shape: [3])
            let cw = t([4], seed: 7, 0.5, 2)
            try check("nll \(red)", [x, cw], wrt: [0]) { try Tensor.nllLoss($0[0].logSoftmax(dim: 1), target, weight: $0[1], reduction: red, ignoreIndex: 3) }
            try check("cross_entropy smoothing \(red)", [x, cw], wrt: [0]) {
                try Tensor.crossEntropy($0[0], target, weight: $0[1], reduction: red, ignoreIndex: -100, labelSmoothing: 0.2)
            }
        }
        let img = t([2, 3, 2, 2], seed: 8), labels = Tensor(ints: [0, 1, 2, 1, 1, 0, 2, 2], shape: [2, 2, 2])
        try check("nll2d", [img], wrt: [0]) { try Tensor.crossEntropy($0[0], labels, weight: nil, reduction: .mean, ignoreIndex: -100, labelSmoothing: 0) }
    }

    func testActivations() throws {
        // Away from the kinks (0 for leaky_relu, ±1 for hardtanh, ±3 for the hard ones).
        let x = Tensor(floats: [-4.2, -2.1, -0.6, 0.4, 0.8, 1.7, 3.6], shape: [7])
        let kinds: [ActivationKind] = [.leakyRelu(slope: 0.1), .elu(alpha: 1.3, scale: 1.05, inputScale: 1), .celu(alpha: 0.7),
                                       .gelu(tanh: false), .gelu(tanh: true), .silu, .softplus(beta: 2, threshold: 5),
                                       .hardtanh(min: -1.5, max: 1.2), .logSigmoid, .hardsigmoid, .hardswish, .mish]
        for k in kinds { try check("\(k)", [x], wrt: [0]) { try $0[0].activation(k) } }
    }

    func testNormalization() throws {
        let x = t([4, 3, 2], seed: 11), w = t([3], seed: 12, 0.5, 1.5), b = t([3], seed: 13)
        try check("batch_norm train", [x, w, b], wrt: [0, 1, 2]) {
            try Tensor.batchNorm($0[0], weight: $0[1], bias: $0[2], runningMean: nil, runningVar: nil, training: true, momentum: 0.1, eps: 1e-5)
        }
        let rm = t([3], seed: 14), rv = t([3], seed: 15, 0.5, 2)
        try check("batch_norm eval", [x, w, b], wrt: [0, 1, 2]) {
            try Tensor.batchNorm($0[0], weight: $0[1], bias: $0[2], runningMean: rm, runningVar: rv, training: false, momentum: 0.1, eps: 1e-5)
        }
        let lw = t([3, 2], seed: 16, 0.5, 1.5), lb = t([3, 2], seed: 17)
        try check("layer_norm", [x, lw, lb], wrt: [0, 1, 2]) {
            try Tensor.layerNorm($0[0], normalizedShape: [3, 2], weight: $0[1], bias: $0[2], eps: 1e-5)
        }
    }

    func testConvolutionPoolingEmbedding() throws {
        let x = t([2, 2, 5, 5], seed: 21), w = t([4, 1, 3, 3], seed: 22), b = t([4], seed: 23)
        try check("conv2d groups=2 stride/pad/dilation", [x, w, b], wrt: [0, 1, 2]) {
            try Tensor.convolution($0[0], $0[1], $0[2], spatial: 2, stride: [2, 1], padding: .explicit([1, 2]), dilation: [1, 2], groups: 2)
        }
        let x1 = t([2, 3, 7], seed: 24), w1 = t([2, 3, 4], seed: 25)
        try check("conv1d same", [x1, w1], wrt: [0, 1]) {
            try Tensor.convolution($0[0], $0[1], nil, spatial: 1, stride: [1], padding: .same, dilation: [1], groups: 1)
        }
        try check("max_pool2d", [x], wrt: [0]) { try Tensor.maxPool2d($0[0], kernel: [2, 2], stride: [2, 2], padding: [1, 0], dilation: [1, 1], ceilMode: true).0 }
        try check("avg_pool2d", [x], wrt: [0]) {
            try Tensor.avgPool2d($0[0], kernel: [3, 3], stride: [2, 2], padding: [1, 1], ceilMode: false, countIncludePad: false, divisorOverride: nil)
        }
        try check("adaptive_avg_pool2d", [x], wrt: [0]) { try Tensor.adaptiveAvgPool2d($0[0], outputSize: [2, 3]) }
        try check("pad reflect", [x], wrt: [0]) { try $0[0].pad([1, 2, 2, 1], mode: "reflect", value: 0) }
        try check("pad replicate", [x], wrt: [0]) { try $0[0].pad([2, 0, 1, 1], mode: "replicate", value: 0) }
        try check("pad circular", [x], wrt: [0]) { try $0[0].pad([1, 2, 2, 0], mode: "circular", value: 0) }
        try check("prelu", [x, t([2], seed: 31, 0.1, 0.5)], wrt: [0, 1]) { try Tensor.prelu($0[0], $0[1]) }
        try check("cosine_similarity", [t([3, 4], seed: 33, 0.5, 1.5), t([3, 4], seed: 32, -1.5, -0.5)], wrt: [0, 1]) { try Tensor.cosineSimilarity($0[0], $0[1], dim: 1, eps: 1e-8) }
        let table = t([5, 3], seed: 26)
        try check("embedding", [table], wrt: [0]) {
            try Tensor.embedding($0[0], Tensor(ints: [1, 4, 2, 1], shape: [2, 2]), paddingIdx: -1, scaleGradByFreq: false)
        }
        let a = t([3, 2], seed: 27), c = t([3, 4], seed: 28), bw = t([5, 2, 4], seed: 29), bb = t([5], seed: 30)
        try check("bilinear", [a, c, bw, bb], wrt: [0, 1, 2, 3]) { try Tensor.bilinear($0[0], $0[1], $0[2], $0[3]) }
    }

    /// The padding row of an embedding gets no gradient, and the scale-by-frequency divides by the count.
    func testEmbeddingPaddingRowHasNoGradient() throws {
        let table = try leaf([1, 2, 3, 4, 5, 6], [3, 2])
        let out = try Tensor.embedding(table, Tensor(ints: [0, 2, 0], shape: [3]), paddingIdx: 2, scaleGradByFreq: false)
        XCTAssertEqual(out.gradFn?.name, "EmbeddingBackward0")
        try out.sum().backward()
        XCTAssertEqual(table.grad?.floatValues(), [2, 2, 0, 0, 0, 0])
        // PyTorch: scale_grad_by_freq divides each row's gradient by how often the batch used it.
        let t2 = try leaf([1, 2, 3, 4, 5, 6], [3, 2])
        try Tensor.embedding(t2, Tensor(ints: [0, 1, 0], shape: [3]), paddingIdx: -1, scaleGradByFreq: true).sum().backward()
        XCTAssertEqual(t2.grad?.floatValues(), [1, 1, 1, 1, 0, 0])
    }

    /// Dropout's mask is PyTorch's bernoulli_ stream: torch.manual_seed(0); F.dropout(torch.ones(20), 0.5).
    func testDropoutFollowsPyTorchsStream() throws {
        var g = TorchGenerator(seed: 0)
        let out = try Tensor.dropout(Tensor.ones([20]), p: 0.5, train: true, generator: &g)
        XCTAssertEqual(out.floatValues(), [0, 0, 2, 0, 0, 0, 2, 2, 0, 2, 2, 2, 2, 0, 2, 2, 2, 2, 0, 0])
    }
}
