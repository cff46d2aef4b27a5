/// What numpy's distributions ask of a bit generator (`bitgen_t` in numpy/random/bit_generator.pxd):
/// 64-bit and 32-bit draws and a double in [0, 1). Each engine implements them exactly as numpy does,
/// so the distributions written once over this protocol give numpy's streams for every engine.
public protocol NumpyBitGenerator {
    /// `next_uint64`.
    mutating func nextUInt64() -> UInt64
    /// `next_uint32`.
    mutating func nextUInt32() -> UInt32
    /// `next_double`: a double in [0, 1) with 53 random bits.
    mutating func nextDouble() -> Double
}

/// numpy's `MT19937` bit generator over the Mersenne Twister PyTorch and CPython also use
/// (numpy/random/src/mt19937/mt19937.h).
extension MT19937: NumpyBitGenerator {
    public mutating func nextUInt32() -> UInt32 { next32() }

    /// `mt19937_next64`: the first draw is the high half (as GCC evaluates numpy's expression).
    public mutating func nextUInt64() -> UInt64 {
        let hi = UInt64(next32())
        return hi << 32 | UInt64(next32())
    }

    /// `mt19937_next_double`: 27 bits of one draw and 26 of the next.
    public mutating func nextDouble() -> Double {
        let a = next32() >> 5, b = next32() >> 6
        return (Double(a) * 67_108_864.0 + Double(b)) / 9_007_199_254_740_992.0
    }
}

/// The bounded-integer and shuffling primitives of numpy/random/src/distributions/distributions.c,
/// generic over the bit generator.
public enum NumpyBounded {
    /// `gen_mask`: the smallest all-ones mask covering `max`.
    public static func mask(_ max: UInt64) -> UInt64 {
        var m = max
        m |= m >> 1
        m |= m >> 2
        m |= m >> 4
        m |= m >> 8
        m |= m >> 16
        m |= m >> 32
        return m
    }

    /// `random_interval(max)`: uniform in [0, max] by masked rejection; 32-bit draws while `max`
    /// fits in 32 bits. Every shuffle (Fisher–Yates from the end) draws with it.
    public static func interval<G: NumpyBitGenerator>(_ g: inout G, _ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        let m = mask(max)
        if max <= 0xffff_ffff {
            while true {
                let v = UInt64(g.nextUInt32()) & m
                if v <= max { return v }
            }
        }
        while true {
            let v = g.nextUInt64() & m
            if v <= max { return v }
        }
    }

    /// `random_bounded_uint64_fill`: `count` values in [off, off + rng] (wrapping), by masked
    /// rejection (`RandomState.randint`) or Lemire's multiply-shift (`Generator.integers`).
    public static func fill<G: NumpyBitGenerator>(_ g: inout G, off: UInt64, rng: UInt64, count: Int, masked: Bool) -> [UInt64] {
        var out = [UInt64]()
        out.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) { out.append(off &+ one(&g, rng: rng, masked: masked)) }
        return out
    }

    /// `random_bounded_uint{8,16}_fill`: `count` values in [off, off + rng] for an 8- or 16-bit
    /// dtype, drawn from 32-bit words `bits` at a time (a buffer numpy keeps across the values),
    /// by masked rejection or Lemire's method.
    public static func fillNarrow<G: NumpyBitGenerator>(_ g: inout G, off: UInt64, rng: UInt64, count: Int, masked: Bool, bits: Int) -> [UInt64] {
        var buffer: UInt32 = 0
        var left = 0
        let top = (UInt64(1) << UInt64(bits)) - 1
        // buffered_uint8 / buffered_uint16: a new word when the buffer is empty, else its next bits.
        func next() -> UInt64 {
            if left == 0 {
                buffer = g.nextUInt32()
                left = 32 / bits - 1
            } else {
                buffer >>= UInt32(bits)
                left -= 1
            }
            return UInt64(buffer) & top
        }
        var out = [UInt64]()
        out.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) {
            if rng == 0 { out.append(off); continue }
            if rng == top { out.append(off &+ next()); continue }
            if masked {
                let m = mask(rng)
                var v = next() & m
                while v > rng { v = next() & m }
                out.append(off &+ v)
            } else {
                let excl = rng + 1
                var m = next() * excl
                var leftover = m & top
                if leftover < excl {
                    let threshold = (top - rng) % excl
                    while leftover < threshold {
                        m = next() * excl
                        leftover = m & top
                    }
                }
                out.append(off &+ (m >> UInt64(bits)))
            }
        }
        return out
    }

    /// `random_bounded_uint64(off = 0, rng)`: one value in [0, rng].
    public static func one<G: NumpyBitGenerator>(_ g: inout G, rng: UInt64, masked: Bool) -> UInt64 {
        if rng == 0 { return 0 }
        if rng <= 0xffff_ffff {
            // The 32-bit methods cannot take rng = 2**32 - 1; numpy draws a plain 32-bit word then.
            if rng == 0xffff_ffff { return UInt64(g.nextUInt32()) }
            let r = UInt32(rng)
            return UInt64(masked ? masked32(&g, r, UInt32(mask(rng))) : lemire32(&g, r))
        }
        if rng == UInt64.max { return g.nextUInt64() }
        return masked ? masked64(&g, rng, mask(rng)) : lemire64(&g, rng)
    }

    static func masked32<G: NumpyBitGenerator>(_ g: inout G, _ rng: UInt32, _ mask: UInt32) -> UInt32 {
        while true {
            let v = g.nextUInt32() & mask
            if v <= rng { return v }
        }
    }

    static func masked64<G: NumpyBitGenerator>(_ g: inout G, _ rng: UInt64, _ mask: UInt64) -> UInt64 {
        while true {
            let v = g.nextUInt64() & mask
            if v <= rng { return v }
        }
    }

    /// `buffered_bounded_lemire_uint32`.
    static func lemire32<G: NumpyBitGenerator>(_ g: inout G, _ rng: UInt32) -> UInt32 {
        let excl = rng &+ 1
        var m = UInt64(g.nextUInt32()) &* UInt64(excl)
        var leftover = UInt32(truncatingIfNeeded: m)
        if leftover < excl {
            let threshold = (UInt32.max &- rng) % excl
            while leftover < threshold {
                m = UInt64(g.nextUInt32()) &* UInt64(excl)
                leftover = UInt32(truncatingIfNeeded: m)
            }
        }
        return UInt32(truncatingIfNeeded: m >> 32)
    }

    /// `bounded_lemire_uint64` (the 128-bit product's high and low halves).
    static func lemire64<G: NumpyBitGenerator>(_ g: inout G, _ rng: UInt64) -> UInt64 {
        let excl = rng &+ 1
        var m = g.nextUInt64().multipliedFullWidth(by: excl)
        if m.low < excl {
            let threshold = (UInt64.max &- rng) % excl
            while m.low < threshold {
                m = g.nextUInt64().multipliedFullWidth(by: excl)
            }
        }
        return m.high
    }

    /// The swaps of numpy's Fisher–Yates shuffle (`_shuffle_raw`, and the untyped path): for i from
    /// n-1 down to `first`, swap i with `random_interval(i)`.
    public static func shuffleSwaps<G: NumpyBitGenerator>(_ g: inout G, count n: Int, first: Int = 1) -> [(Int, Int)] {
        guard n > first else { return [] }
        var swaps = [(Int, Int)]()
        swaps.reserveCapacity(n - first)
        for i in stride(from: n - 1, through: first, by: -1) {
            swaps.append((i, Int(interval(&g, UInt64(i)))))
        }
        return swaps
    }

    /// `_shuffle_int` (Generator.choice): like the shuffle above but drawing j with Lemire's method.
    public static func shuffleInts<G: NumpyBitGenerator>(_ g: inout G, _ data: inout [Int64], first: Int) {
        guard data.count > first else { return }
        for i in stride(from: data.count - 1, through: first, by: -1) {
            let j = Int(one(&g, rng: UInt64(i), masked: false))
            data.swapAt(i, j)
        }
    }
}
