/// numpy's default bit generator: a 128-bit LCG with the XSL-RR output function
/// (numpy/random/src/pcg64/pcg64.h), with 128-bit arithmetic on two 64-bit halves.
/// 32-bit draws use both halves of one 64-bit draw, low half first, as `pcg64_next32` does.
public struct PCG64: NumpyBitGenerator, Sendable, Equatable {
    /// A 128-bit unsigned integer as its halves (the state and the increment).
    public struct Word128: Sendable, Equatable {
        public var high: UInt64
        public var low: UInt64
        public init(high: UInt64, low: UInt64) { self.high = high; self.low = low }

        static func &+ (a: Word128, b: Word128) -> Word128 {
            let (low, carry) = a.low.addingReportingOverflow(b.low)
            return Word128(high: a.high &+ b.high &+ (carry ? 1 : 0), low: low)
        }

        static func &* (a: Word128, b: Word128) -> Word128 {
            let p = a.low.multipliedFullWidth(by: b.low)
            return Word128(high: p.high &+ a.high &* b.low &+ a.low &* b.high, low: p.low)
        }
    }

    static let multiplier = Word128(high: 2_549_297_995_355_413_924, low: 4_865_540_595_714_422_341)

    public private(set) var state: Word128
    public private(set) var increment: Word128
    /// The high half of the last 64-bit draw, waiting to be the next 32-bit draw.
    private var pendingUInt32: UInt32?

    /// `pcg64_set_seed(seed, inc)`: `pcg_setseq_128_srandom_r`.
    public init(seed: Word128, sequence: Word128) {
        state = Word128(high: 0, low: 0)
        increment = Word128(high: sequence.high << 1 | sequence.low >> 63, low: sequence.low << 1 | 1)
        step()
        state = state &+ seed
        step()
    }

    /// `PCG64(seed_seq)`: four 64-bit words of `generate_state` are the state and the sequence.
    public init(_ seeds: SeedSequence) {
        let w = seeds.generateState64(4)
        self.init(seed: Word128(high: w[0], low: w[1]), sequence: Word128(high: w[2], low: w[3]))
    }

    private mutating func step() {
        state = state &* PCG64.multiplier &+ increment
    }

    public mutating func nextUInt64() -> UInt64 {
        step()
        let x = state.high ^ state.low
        let rot = state.high >> 58
        return x >> rot | x << ((64 &- rot) & 63)
    }

    public mutating func nextUInt32() -> UInt32 {
        if let pending = pendingUInt32 {
            pendingUInt32 = nil
            return pending
        }
        let next = nextUInt64()
        pendingUInt32 = UInt32(truncatingIfNeeded: next >> 32)
        return UInt32(truncatingIfNeeded: next)
    }

    /// `uint64_to_double`: the top 53 bits.
    public mutating func nextDouble() -> Double {
        Double(nextUInt64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}
