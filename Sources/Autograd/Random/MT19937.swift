/// The 32-bit Mersenne Twister exactly as PyTorch's `at::mt19937` (aten/src/ATen/core/MT19937RNGEngine.h):
/// seeded with the low 32 bits of a 64-bit seed (`init_genrand`), state regenerated lazily when
/// the `left` counter runs out, standard MT19937 tempering.
public struct MT19937: Sendable, Equatable {
    static let stateSize = 624
    static let shift = 397
    static let matrixA: UInt32 = 0x9908_b0df
    static let upperMask: UInt32 = 0x8000_0000
    static let lowerMask: UInt32 = 0x7fff_ffff

    /// The full 64-bit seed given (PyTorch's `initial_seed()`); only its low 32 bits seed the state.
    public private(set) var seed: UInt64
    private var state: [UInt32]
    private var left: Int
    private var next: Int

    /// Seeds like `at::mt19937(seed)`; PyTorch's own default argument is 5489.
    public init(seed: UInt64 = 5489) {
        self.seed = seed
        var s = [UInt32](repeating: 0, count: MT19937.stateSize)
        s[0] = UInt32(truncatingIfNeeded: seed)
        for j in 1..<MT19937.stateSize {
            let prev = s[j - 1]
            s[j] = 1_812_433_253 &* (prev ^ (prev >> 30)) &+ UInt32(j)
        }
        state = s
        left = 1
        next = 0
    }

    /// Seeds like CPython's `random.seed(n)`: `init_by_array` over `key`, the 32-bit words of |n|
    /// (least significant first) (Modules/_randommodule.c).
    public init(key: [UInt32]) {
        self.init(seed: 19_650_218)
        let n = MT19937.stateSize
        let key = key.isEmpty ? [0] : key
        var s = state
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n { s[0] = s[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { s[0] = s[n - 1]; i = 1 }
        }
        s[0] = 0x8000_0000
        state = s
        left = 1
        next = 0
    }

    /// The next tempered 32-bit output (`mt19937::operator()`).
    public mutating func next32() -> UInt32 {
        left -= 1
        if left == 0 { regenerate() }
        var y = state[next]
        next += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    private static func twist(_ u: UInt32, _ v: UInt32) -> UInt32 {
        let mixed = (u & upperMask) | (v & lowerMask)
        return (mixed >> 1) ^ ((v & 1) != 0 ? matrixA : 0)
    }

    /// `next_state()`: regenerates all 624 words.
    private mutating func regenerate() {
        let n = MT19937.stateSize
        let m = MT19937.shift
        left = n
        next = 0
        state.withUnsafeMutableBufferPointer { p in
            for k in 0..<(n - m) {
                p[k] = p[k + m] ^ MT19937.twist(p[k], p[k + 1])
            }
            for k in (n - m)..<(n - 1) {
                p[k] = p[k + m - n] ^ MT19937.twist(p[k], p[k + 1])
            }
            p[n - 1] = p[m - 1] ^ MT19937.twist(p[n - 1], p[0])
        }
    }
}
