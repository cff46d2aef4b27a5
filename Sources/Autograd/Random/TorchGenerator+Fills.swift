/// Buffer fills matching PyTorch's CPU random kernels (DistributionTemplates.h, TensorFactories.cpp).
extension TorchGenerator {
    /// `torch.rand(count)`: `count` uniform floats in [0, 1).
    public mutating func rand(_ count: Int) -> [Float] {
        let n = Swift.max(count, 0)
        var out = [Float]()
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(uniformFloat(from: 0, to: 1)) }
        return out
    }

    /// `t.uniform_(from, to)` on a float32 tensor of `count` elements, in iteration order.
    /// `from` and `to` are rounded to float first, as PyTorch does.
    public mutating func uniform(_ count: Int, from: Double, to: Double) throws -> [Float] {
        guard from <= to else { throw RandomError.uniformBoundsReversed(from: from, to: to) }
        guard to - from <= Double(Float.greatestFiniteMagnitude) else {
            throw RandomError.uniformRangeTooWide(from: from, to: to)
        }
        let lo = Float(from)
        let hi = Float(to)
        let n = Swift.max(count, 0)
        var out = [Float]()
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(uniformFloat(from: lo, to: hi)) }
        return out
    }

    /// `torch.randn(count)` on a contiguous float32 tensor.
    public mutating func randn(_ count: Int) -> [Float] {
        normalFill(count, mean: 0, std: 1, contiguous: true)
    }

    /// `t.normal_(mean, std)` / `torch.normal(mean, std, size)` with float mean and std.
    /// Pass `contiguous: false` for a non-contiguous view: PyTorch then always takes the
    /// element-wise double path, whatever the size.
    public mutating func normal(_ count: Int, mean: Double, std: Double, contiguous: Bool = true) throws -> [Float] {
        guard std >= 0 else { throw RandomError.negativeStd(std) }
        return normalFill(count, mean: mean, std: std, contiguous: contiguous)
    }

    /// `normal_kernel`: 16 or more contiguous floats take the vectorised Box-Muller fill, anything
    /// else draws one `normal_distribution<double>` per element.
    mutating func normalFill(_ count: Int, mean: Double, std: Double, contiguous: Bool) -> [Float] {
        let n = Swift.max(count, 0)
        if n >= 16 && contiguous {
            return normalFillAVX2(n, mean: Float(mean), std: Float(std))
        }
        var out = [Float]()
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(Float(normalDouble(mean: mean, std: std))) }
        return out
    }

    /// `normal_fill_AVX2`: uniform floats for all elements, Box-Muller in blocks of 16 (first 8
    /// give the radius, last 8 the angle), and a ragged tail recomputed from 16 fresh uniforms
    /// written over the last 16 slots.
    mutating func normalFillAVX2(_ n: Int, mean: Float, std: Float) -> [Float] {
        var data = [Float](repeating: 0, count: n)
        for i in 0..<n { data[i] = uniformFloat(from: 0, to: 1) }
        var start = 0
        while start + 16 <= n {
            TorchGenerator.boxMuller16(&data, at: start, mean: mean, std: std)
            start += 16
        }
        if n % 16 != 0 {
            let tail = n - 16
            for k in 0..<16 { data[tail + k] = uniformFloat(from: 0, to: 1) }
            TorchGenerator.boxMuller16(&data, at: tail, mean: mean, std: std)
        }
        return data
    }

    /// `normal_fill_16_AVX2` on `data[start..<start+16]`.
    static func boxMuller16(_ data: inout [Float], at start: Int, mean: Float, std: Float) {
        let twoPi = Float(2.0 * Double.pi)
        for j in 0..<8 {
            let u1 = 1 - data[start + j]
            let u2 = data[start + j + 8]
            let radius = (-2 * CephesAVXMath.log(u1)).squareRoot()
            let theta = twoPi * u2
            let (s, c) = CephesAVXMath.sincos(theta)
            let n1 = radius * c
            let n2 = radius * s
            data[start + j] = mean.addingProduct(n1, std)
            data[start + j + 8] = mean.addingProduct(n2, std)
        }
    }

    /// `torch.randint(low, high, (count,))` for int64: `random() % range + low` while the range is
    /// below 2^32, `random64() % range + low` beyond.
    public mutating func randint(low: Int64, high: Int64, count: Int) throws -> [Int64] {
        guard low < high else { throw RandomError.emptyIntegerRange(low: low, high: high) }
        guard count >= 0 else { throw RandomError.negativeCount(count) }
        let range = UInt64(bitPattern: high) &- UInt64(bitPattern: low)
        let base = UInt64(bitPattern: low)
        var out = [Int64]()
        out.reserveCapacity(count)
        for _ in 0..<count {
            let draw = range >= (1 << 32) ? random64() : UInt64(random())
            out.append(Int64(bitPattern: (draw % range) &+ base))
        }
        return out
    }

    /// `torch.randperm(n)` (CPU, int64): identity then, for i in 0..<n-1, swap i with
    /// `i + random() % (n - i)`. Only PyTorch's small-n algorithm (n < 2^32 / 20) is implemented.
    public mutating func randperm(_ n: Int) throws -> [Int64] {
        guard n >= 0 else { throw RandomError.negativePermutationSize(n) }
        guard n < Int(UInt32.max / 20) else { throw RandomError.permutationTooLarge(n) }
        var out = (0..<n).map { Int64($0) }
        if n < 2 { return out }
        for i in 0..<(n - 1) {
            let z = Int(UInt64(random()) % UInt64(n - i))
            out.swapAt(i, i + z)
        }
        return out
    }
}
