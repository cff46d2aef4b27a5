import Foundation

/// The float64 random fills (PyTorch draws float64 tensors from 64-bit draws: 53 random bits per
/// uniform, and its generic `normal_fill` rather than the float-only AVX2 one).
extension TorchGenerator {
    /// `torch.rand(count, dtype=torch.float64)`: `uniform_real_distribution<double>(0, 1)` per element.
    public mutating func randDouble(_ count: Int) -> [Double] {
        (0..<Swift.max(count, 0)).map { _ in uniformDouble01() }
    }

    /// `t.uniform_(from, to)` on a float64 tensor: 53-bit uniforms scaled as `x * (to - from) + from`.
    public mutating func uniformDouble(_ count: Int, from: Double, to: Double) throws -> [Double] {
        guard from <= to else { throw RandomError.uniformBoundsReversed(from: from, to: to) }
        return (0..<Swift.max(count, 0)).map { _ in uniformDouble01() * (to - from) + from }
    }

    /// `torch.randn(count, dtype=torch.float64)` / `normal_` on a float64 tensor: `normal_fill` for 16 or
    /// more contiguous elements, else one `normal_distribution<double>` per element.
    public mutating func randnDouble(_ count: Int, mean: Double = 0, std: Double = 1, contiguous: Bool = true) -> [Double] {
        let n = Swift.max(count, 0)
        if n >= 16 && contiguous {
            var data = (0..<n).map { _ in uniformDouble01() }
            var start = 0
            while start + 16 <= n {
                TorchGenerator.boxMuller16(&data, at: start, mean: mean, std: std)
                start += 16
            }
            if n % 16 != 0 {
                let tail = n - 16
                for k in 0..<16 { data[tail + k] = uniformDouble01() }
                TorchGenerator.boxMuller16(&data, at: tail, mean: mean, std: std)
            }
            return data
        }
        return (0..<n).map { _ in normalDouble(mean: mean, std: std) }
    }

    /// `normal_fill_16<double>`: Box-Muller with libm's log, cos and sin.
    static func boxMuller16(_ data: inout [Double], at start: Int, mean: Double, std: Double) {
        for j in 0..<8 {
            let u1 = 1 - data[start + j]
            let u2 = data[start + j + 8]
            let radius = (-2 * Foundation.log(u1)).squareRoot()
            let theta = 2.0 * Double.pi * u2
            data[start + j] = radius * Foundation.cos(theta) * std + mean
            data[start + j + 8] = radius * Foundation.sin(theta) * std + mean
        }
    }
}
