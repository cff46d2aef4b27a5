/// An element type PyTorch's vectorised sum handles, with its AVX2 vector width.
protocol SumElement: BinaryFloatingPoint {
    /// Lanes of one `Vectorized<T>` (8 floats or 4 doubles in 256 bits).
    static var lanes: Int { get }
}
extension Float: SumElement { static var lanes: Int { 8 } }
extension Double: SumElement { static var lanes: Int { 4 } }

/// PyTorch's float32 (and float64: 4 lanes instead of 8) sum, in its exact order (aten/src/ATen/native/cpu/SumKernel.cpp, AVX2 build):
/// elements are read as 8-lane vectors, summed by a 4-way interleaved multi-level cascade, the
/// scalar tail is added, then the 8 lanes left to right. Accumulation is in float, as PyTorch does,
/// so `loss.item()` prints the same digits. No allocation: scratch lives on the stack.
enum CascadeSum {
    static let ilp = 4
    static let levels = 4

    /// CeilLog2 as c10::utils computes it.
    @inline(__always)
    private static func ceilLog2(_ x: Int) -> Int {
        if x <= 2 { return x <= 1 ? 0 : 1 }
        return Int.bitWidth - (x - 1).leadingZeroBitCount
    }

    /// row_sum over `size` items of `width` lanes: a multi_row_sum of (-1, 4)-shaped rows, leftover
    /// items into the first partial, then partials 1…3 into it. `load(item, lane)` reads input.
    /// The result's `width` lanes are written to `out`.
    @inline(__always)
    private static func rowSum<T: SumElement>(size: Int, width: Int, out: UnsafeMutablePointer<T>, _ load: (Int, Int) -> T) {
        let rows = size / ilp
        let levelPower = max(4, ceilLog2(rows) / levels)
        let levelStep = 1 << levelPower
        let levelMask = levelStep - 1
        let stride = ilp * width  // one level: ilp accumulators of width lanes
        withUnsafeTemporaryAllocation(of: T.self, capacity: levels * stride) { acc in
            acc.initialize(repeating: 0)
            var i = 0
            while i + levelStep <= rows {
                for _ in 0..<levelStep {
                    for k in 0..<ilp { for l in 0..<width { acc[k * width + l] += load(i * ilp + k, l) } }
                    i += 1
                }
                for j in 1..<levels {
                    for x in 0..<stride {
                        acc[j * stride + x] += acc[(j - 1) * stride + x]
                        acc[(j - 1) * stride + x] = 0
                    }
                    if (i & (levelMask << (j * levelPower))) != 0 { break }
                }
            }
            while i < rows {
                for k in 0..<ilp { for l in 0..<width { acc[k * width + l] += load(i * ilp + k, l) } }
                i += 1
            }
            for j in 1..<levels { for x in 0..<stride { acc[x] += acc[j * stride + x] } }
            // Leftover items go into partial 0, then partials 1…3 are added to it.
            var item = rows * ilp
            while item < size {
                for l in 0..<width { acc[l] += load(item, l) }
                item += 1
            }
            for k in 1..<ilp { for l in 0..<width { acc[l] += acc[k * width + l] } }
            for l in 0..<width { out[l] = acc[l] }
        }
    }

    /// `row_sum` over `n` scalars read by `load` (4 interleaved partial sums, each a cascade).
    static func rowSum<T: SumElement>(_ n: Int, _ load: (Int) -> T) -> T {
        var r: T = 0
        withUnsafeMutablePointer(to: &r) { out in rowSum(size: n, width: 1, out: out) { i, _ in load(i) } }
        return r
    }

    /// `multi_row_sum` for one column of `n` rows: a single multi-level cascade, no interleaving.
    static func columnCascade<T: SumElement>(_ n: Int, _ load: (Int) -> T) -> T {
        let levelPower = max(4, ceilLog2(n) / levels)
        let levelStep = 1 << levelPower
        let levelMask = levelStep - 1
        var acc: (T, T, T, T) = (0, 0, 0, 0)
        var i = 0
        while i + levelStep <= n {
            for _ in 0..<levelStep {
                acc.0 += load(i)
                i += 1
            }
            acc.1 += acc.0; acc.0 = 0
            if (i & (levelMask << levelPower)) != 0 { continue }
            acc.2 += acc.1; acc.1 = 0
            if (i & (levelMask << (2 * levelPower))) != 0 { continue }
            acc.3 += acc.2; acc.2 = 0
        }
        while i < n {
            acc.0 += load(i)
            i += 1
        }
        acc.0 += acc.1
        acc.0 += acc.2
        acc.0 += acc.3
        return acc.0
    }

    /// The sum of `v` as PyTorch's CPU kernel computes it for a contiguous float32 tensor.
    static func sum<T: SumElement>(_ v: [T]) -> T {
        v.withUnsafeBufferPointer { sum($0) }
    }

    /// The same sum over a buffer.
    static func sum<T: SumElement>(_ p: UnsafeBufferPointer<T>) -> T {
        let n = p.count
        let lanes = T.lanes
        return withUnsafeTemporaryAllocation(of: T.self, capacity: lanes) { lanesBuf -> T in
            let out = lanesBuf.baseAddress!
            if n >= lanes {
                let vecSize = n / lanes
                rowSum(size: vecSize, width: lanes, out: out) { vec, lane in p[vec * lanes + lane] }
                var final: T = 0
                for k in (vecSize * lanes)..<n { final += p[k] }
                for l in 0..<lanes { final += out[l] }
                return final
            }
            rowSum(size: n, width: 1, out: out) { i, _ in p[i] }
            return out[0]
        }
    }
}
