#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// PyTorch's CPU random generator (`at::CPUGeneratorImpl`) as a value: an `MT19937` engine plus
/// the cached second Box-Muller samples. `torch.manual_seed(n)` is `manualSeed(n)`; every fill
/// consumes the engine exactly as PyTorch 2.x's CPU kernels do (x86-64 with AVX2), so the values
/// are bit-identical to `torch.rand`, `torch.randn`, `uniform_`, `normal_`, `torch.randint` and
/// `torch.randperm` after the same seed and the same call sequence.
public struct TorchGenerator: Sendable, Equatable {
    /// The Mersenne Twister that every draw comes from.
    public private(set) var engine: MT19937
    /// Cached `r * sin(theta)` from the last double-precision Box-Muller pair (`normal_distribution<double>`).
    public private(set) var nextDoubleNormalSample: Double?
    /// Cached float sample (`normal_distribution<float>`); no fill here uses it, kept for state parity.
    public private(set) var nextFloatNormalSample: Float?

    /// A generator seeded like `torch.manual_seed(seed)`.
    public init(seed: UInt64) {
        engine = MT19937(seed: seed)
        nextDoubleNormalSample = nil
        nextFloatNormalSample = nil
    }

    /// A generator seeded nondeterministically, as PyTorch's default CPU generator is at startup
    /// (`getNonDeterministicRandom()`: 64 bits from the system's random source).
    public init() {
        var system = SystemRandomNumberGenerator()
        self.init(seed: system.next())
    }

    /// `torch.manual_seed(seed)`: reseeds the engine and drops cached normal samples.
    public mutating func manualSeed(_ seed: UInt64) {
        self = TorchGenerator(seed: seed)
    }

    /// `torch.manual_seed` with a Python int, which may be negative (PyTorch reinterprets its bits).
    public mutating func manualSeed(_ seed: Int64) {
        manualSeed(UInt64(bitPattern: seed))
    }

    /// `torch.seed()`: reseeds nondeterministically and returns the new seed.
    @discardableResult
    public mutating func seed() -> UInt64 {
        var system = SystemRandomNumberGenerator()
        let value = system.next()
        manualSeed(value)
        return value
    }

    /// `torch.initial_seed()`: the seed last set.
    public var initialSeed: UInt64 { engine.seed }

    /// `CPUGeneratorImpl::random()`: one 32-bit draw.
    public mutating func random() -> UInt32 { engine.next32() }

    /// `CPUGeneratorImpl::random64()`: the first 32-bit draw is the high half.
    public mutating func random64() -> UInt64 {
        let hi = UInt64(engine.next32())
        let lo = UInt64(engine.next32())
        return (hi << 32) | lo
    }

    // MARK: - Scalar distributions (DistributionsHelper.h / TransformationHelper.h)

    /// `uniform_real_distribution<float>(from, to)`: 24 random bits of a 32-bit draw scaled to
    /// [0, 1), then `x * (to - from) + from` in float.
    @inline(__always)
    mutating func uniformFloat(from: Float, to: Float) -> Float {
        let x = Float(random() & 0x00ff_ffff) * (1.0 / 16_777_216.0)
        // PyTorch's build contracts this to one fused multiply-add (checked against PyTorch 2.x).
        return from.addingProduct(x, to - from)
    }

    /// `uniform_real_distribution<double>(0, 1)`: 53 random bits of a 64-bit draw.
    @inline(__always)
    mutating func uniformDouble01() -> Double {
        let x = Double(random64() & 0x001f_ffff_ffff_ffff) * (1.0 / 9_007_199_254_740_992.0)
        return x  // `x * (1 - 0) + 0`
    }

    /// `normal_distribution<double>(mean, std)`: Box-Muller on doubles, the sine sample cached.
    mutating func normalDouble(mean: Double, std: Double) -> Double {
        if let cached = nextDoubleNormalSample {
            nextDoubleNormalSample = nil
            return TorchGenerator.scaleNormal(cached, mean: mean, std: std)
        }
        let u1 = uniformDouble01()
        let u2 = uniformDouble01()
        let r = (-2.0 * log1p(-u2)).squareRoot()
        let theta = 2.0 * Double.pi * u1
        nextDoubleNormalSample = r * sin(theta)
        return TorchGenerator.scaleNormal(r * cos(theta), mean: mean, std: std)
    }

    @inline(__always)
    static func scaleNormal(_ value: Double, mean: Double, std: Double) -> Double {
        // Contracted like the float path; on doubles rounded to float either form agrees in practice.
        mean.addingProduct(value, std)
    }
}
