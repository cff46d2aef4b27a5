#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's `Generator` over PCG64 (`np.random.default_rng(seed)`): uniform doubles, the ziggurat
/// normal, Lemire's bounded integers and the sampling algorithms of numpy/random/_generator.pyx.
public struct NumpyGenerator: Sendable, Equatable {
    public private(set) var bits: PCG64

    /// `Generator(PCG64(SeedSequence(entropy)))`.
    public init(_ seeds: SeedSequence) {
        bits = PCG64(seeds)
    }

    /// `default_rng()` without a seed: fresh system entropy (128 bits, as numpy's `randbits`).
    public init() {
        var system = SystemRandomNumberGenerator()
        self.init(SeedSequence(entropy: (0..<4).map { _ in UInt32(truncatingIfNeeded: system.next()) }))
    }

    /// `random()`.
    public mutating func nextDouble() -> Double { bits.nextDouble() }

    /// `random_standard_normal`: numpy's 256-layer ziggurat on 64-bit draws.
    public mutating func standardNormal() -> Double {
        while true {
            var r = bits.nextUInt64()
            let idx = Int(r & 0xff)
            r >>= 8
            let sign = r & 1
            let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff
            var x = Double(rabs) * NumpyZiggurat.wi[idx]
            if sign & 1 != 0 { x = -x }
            if rabs < NumpyZiggurat.ki[idx] { return x }
            if idx == 0 {
                while true {
                    // numpy draws 1 - U (log1p(-U)) so that log never sees 0.
                    let xx = -NumpyZiggurat.inverseR * log1p(-bits.nextDouble())
                    let yy = -log1p(-bits.nextDouble())
                    if yy + yy > xx * xx {
                        return (rabs >> 8) & 1 != 0 ? -(NumpyZiggurat.r + xx) : NumpyZiggurat.r + xx
                    }
                }
            } else {
                let f = NumpyZiggurat.fi
                if (f[idx - 1] - f[idx]) * bits.nextDouble() + f[idx] < exp(-0.5 * x * x) { return x }
            }
        }
    }

    /// `integers`' draws: `count` values in [low, highInclusive] by Lemire's method.
    public mutating func integers(low: Int64, highInclusive: Int64, count: Int, width: Int = 64) -> [Int64] {
        let rng = UInt64(bitPattern: highInclusive) &- UInt64(bitPattern: low)
        if width <= 16 {
            return NumpyBounded.fillNarrow(&bits, off: UInt64(bitPattern: low), rng: rng & ((1 << UInt64(width)) - 1), count: count, masked: false, bits: width)
                .map { Int64(bitPattern: $0) }
        }
        return NumpyBounded.fill(&bits, off: UInt64(bitPattern: low), rng: rng, count: count, masked: false)
            .map { Int64(bitPattern: $0) }
    }

    /// The swaps of `shuffle` over `n` items (`random_interval` draws).
    public mutating func shuffleSwaps(count n: Int) -> [(Int, Int)] {
        NumpyBounded.shuffleSwaps(&bits, count: n)
    }

    /// `permutation(n)`: `arange(n)` shuffled.
    public mutating func permutation(_ n: Int) -> [Int64] {
        var values = (0..<max(n, 0)).map { Int64($0) }
        for (i, j) in shuffleSwaps(count: values.count) { values.swapAt(i, j) }
        return values
    }

    /// `choice(pop, size, replace=False)` without `p`: a tail shuffle for large populations,
    /// otherwise Floyd's algorithm over an open-addressing set, then (with `shuffle`) a shuffle.
    public mutating func sampleWithoutReplacement(population pop: Int, size: Int, shuffle: Bool) -> [Int64] {
        let cutoff = shuffle ? 50 : 20
        if pop > 10000 && size > pop / cutoff {
            var idx = (0..<pop).map { Int64($0) }
            NumpyBounded.shuffleInts(&bits, &idx, first: max(pop - size, 1))
            return Array(idx[(pop - size)...])
        }
        var out = [Int64](repeating: 0, count: size)
        let mask = NumpyBounded.mask(UInt64(1.2 * Double(size)))
        let empty = UInt64.max
        var set = [UInt64](repeating: empty, count: Int(mask) + 1)
        for j in (pop - size)..<pop {
            let val = NumpyBounded.one(&bits, rng: UInt64(j), masked: false)
            var loc = Int(val & mask)
            while set[loc] != empty && set[loc] != val { loc = (loc + 1) & Int(mask) }
            if set[loc] == empty {
                set[loc] = val
                out[j - pop + size] = Int64(val)
            } else {
                loc = j & Int(mask)
                while set[loc] != empty { loc = (loc + 1) & Int(mask) }
                set[loc] = UInt64(j)
                out[j - pop + size] = Int64(j)
            }
        }
        if shuffle { NumpyBounded.shuffleInts(&bits, &out, first: 1) }
        return out
    }
}
