#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's legacy generator `RandomState` (what `np.random.seed`/`rand`/`randn` drive): MT19937
/// plus the cached second value of the polar Box–Muller pair (numpy/random/mtrand.pyx and
/// src/legacy/legacy-distributions.c, frozen since numpy 1.16).
public struct NumpyRandomState: Sendable, Equatable {
    public private(set) var engine: MT19937
    /// `aug_state.gauss` while `has_gauss`.
    public private(set) var cachedGauss: Double?

    /// `seed(n)` with an int in [0, 2**32): `mt19937_seed`.
    public init(seed: UInt32) {
        engine = MT19937(seed: UInt64(seed))
    }

    /// `seed([a, b, …])`: `mt19937_init_by_array` over the (non-empty) words.
    public init(key: [UInt32]) {
        engine = MT19937(key: key)
    }

    /// An unseeded generator, as numpy's at startup (fresh entropy from the system).
    public init() {
        var system = SystemRandomNumberGenerator()
        engine = MT19937(key: (0..<4).map { _ in UInt32(truncatingIfNeeded: system.next()) })
    }

    /// `random_sample`: one double in [0, 1).
    public mutating func nextDouble() -> Double { engine.nextDouble() }

    /// `legacy_gauss`: the polar method, returning the second value of each pair first and
    /// keeping the first for the next call.
    public mutating func gauss() -> Double {
        if let g = cachedGauss {
            cachedGauss = nil
            return g
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * engine.nextDouble() - 1.0
            x2 = 2.0 * engine.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = sqrt(-2.0 * log(r2) / r2)
        cachedGauss = f * x1
        return f * x2
    }

    /// `randint`'s draws: `count` values in [low, highInclusive] by masked rejection (`width` 8 or 16
    /// for the narrow dtypes, whose draws share 32-bit words).
    public mutating func randint(low: Int64, highInclusive: Int64, count: Int, width: Int = 64) -> [Int64] {
        let rng = UInt64(bitPattern: highInclusive) &- UInt64(bitPattern: low)
        if width <= 16 {
            return NumpyBounded.fillNarrow(&engine, off: UInt64(bitPattern: low), rng: rng & ((1 << UInt64(width)) - 1), count: count, masked: true, bits: width)
                .map { Int64(bitPattern: $0) }
        }
        return NumpyBounded.fill(&engine, off: UInt64(bitPattern: low), rng: rng, count: count, masked: true)
            .map { Int64(bitPattern: $0) }
    }

    /// `random_interval(max)` draws of a shuffle of `n` items: the (i, j) swaps in order.
    public mutating func shuffleSwaps(count n: Int) -> [(Int, Int)] {
        NumpyBounded.shuffleSwaps(&engine, count: n)
    }

    /// `permutation(n)`: `arange(n)` shuffled.
    public mutating func permutation(_ n: Int) -> [Int64] {
        var values = (0..<max(n, 0)).map { Int64($0) }
        for (i, j) in shuffleSwaps(count: values.count) { values.swapAt(i, j) }
        return values
    }
}
