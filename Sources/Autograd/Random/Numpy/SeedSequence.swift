/// numpy's `SeedSequence` (numpy/random/bit_generator.pyx): entropy words hashed into a pool of four
/// 32-bit words, from which `generate_state` derives any number of seed words. `default_rng(seed)`
/// seeds its PCG64 through it.
public struct SeedSequence: Sendable, Equatable {
    static let poolSize = 4
    static let initA: UInt32 = 0x43b0_d7e5
    static let multA: UInt32 = 0x931e_8875
    static let initB: UInt32 = 0x8b51_f9dd
    static let multB: UInt32 = 0x58f3_8ded
    static let mixMultL: UInt32 = 0xca01_f9dd
    static let mixMultR: UInt32 = 0x4973_f715

    /// The mixed entropy pool.
    public private(set) var pool: [UInt32]

    /// A sequence over `entropy`: the 32-bit words of the seed (an int's words least significant
    /// first; a list's items' words concatenated).
    public init(entropy: [UInt32]) {
        var hashConst = SeedSequence.initA
        func hashmix(_ value: UInt32) -> UInt32 {
            var v = value ^ hashConst
            hashConst = hashConst &* SeedSequence.multA
            v = v &* hashConst
            return v ^ (v >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let r = SeedSequence.mixMultL &* x &- SeedSequence.mixMultR &* y
            return r ^ (r >> 16)
        }
        let n = SeedSequence.poolSize
        var pool = (0..<n).map { i in hashmix(i < entropy.count ? entropy[i] : 0) }
        for src in 0..<n {
            for dst in 0..<n where src != dst {
                pool[dst] = mix(pool[dst], hashmix(pool[src]))
            }
        }
        if entropy.count > n {
            for src in n..<entropy.count {
                for dst in 0..<n { pool[dst] = mix(pool[dst], hashmix(entropy[src])) }
            }
        }
        self.pool = pool
    }

    /// `_int_to_uint32_array` for a non-negative integer.
    public static func words(_ n: UInt64) -> [UInt32] {
        if n == 0 { return [0] }
        var out = [UInt32]()
        var v = n
        while v > 0 {
            out.append(UInt32(truncatingIfNeeded: v))
            v >>= 32
        }
        return out
    }

    /// `_int_to_uint32_array` for a non-negative integer given in decimal digits (Python's big ints).
    public static func words(decimal digits: String) -> [UInt32]? {
        var limbs: [UInt32] = [0]
        for ch in digits {
            guard let d = ch.wholeNumberValue, ch.isASCII else { return nil }
            var carry = UInt64(d)
            for i in limbs.indices {
                let v = UInt64(limbs[i]) * 10 + carry
                limbs[i] = UInt32(truncatingIfNeeded: v)
                carry = v >> 32
            }
            if carry > 0 { limbs.append(UInt32(carry)) }
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        return limbs
    }

    /// `generate_state(n_words)` as uint32 words.
    public func generateState(_ count: Int) -> [UInt32] {
        var hashConst = SeedSequence.initB
        var out = [UInt32]()
        out.reserveCapacity(max(count, 0))
        for i in 0..<max(count, 0) {
            var v = pool[i % pool.count] ^ hashConst
            hashConst = hashConst &* SeedSequence.multB
            v = v &* hashConst
            out.append(v ^ (v >> 16))
        }
        return out
    }

    /// `generate_state(n_words, np.uint64)`: pairs of 32-bit words, little-endian.
    public func generateState64(_ count: Int) -> [UInt64] {
        let w = generateState(2 * count)
        return (0..<max(count, 0)).map { UInt64(w[2 * $0]) | UInt64(w[2 * $0 + 1]) << 32 }
    }
}
