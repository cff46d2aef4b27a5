/// PyTorch's float32 sum, in its exact order (aten/src/ATen/native/cpu/SumKernel.cpp, AVX2 build):
/// elements are read as 8-lane vectors, summed by a 4-way interleaved multi-level cascade, the
/// scalar tail is added, then the 8 lanes left to right. Accumulation is in float, as PyTorch does,
/// so `loss.item()` prints the same digits.
enum CascadeSum {
    static let lanes = 8
    static let ilp = 4
    static let levels = 4

    /// CeilLog2 as c10::utils computes it.
    private static func ceilLog2(_ x: Int) -> Int {
        if x <= 2 { return x <= 1 ? 0 : 1 }
        return Int.bitWidth - (x - 1).leadingZeroBitCount
    }

    /// multi_row_sum over `size` rows of `nrows` accumulators, each `width` floats wide.
    /// `load(row, k, lane)` reads lane `lane` of column `k` in row `row`.
    private static func multiRowSum(size: Int, nrows: Int, width: Int, _ load: (Int, Int, Int) -> Float) -> [[Float]] {
        let levelPower = max(4, ceilLog2(size) / levels)
        let levelStep = 1 << levelPower
        let levelMask = levelStep - 1
        var acc = [[[Float]]](repeating: [[Float]](repeating: [Float](repeating: 0, count: width), count: nrows), count: levels)
        var i = 0
        while i + levelStep <= size {
            for _ in 0..<levelStep {
                for k in 0..<nrows { for l in 0..<width { acc[0][k][l] += load(i, k, l) } }
                i += 1
            }
            for j in 1..<levels {
                for k in 0..<nrows { for l in 0..<width { acc[j][k][l] += acc[j - 1][k][l]; acc[j - 1][k][l] = 0 } }
                if (i & (levelMask << (j * levelPower))) != 0 { break }
            }
        }
        while i < size {
            for k in 0..<nrows { for l in 0..<width { acc[0][k][l] += load(i, k, l) } }
            i += 1
        }
        for j in 1..<levels {
            for k in 0..<nrows { for l in 0..<width { acc[0][k][l] += acc[j][k][l] } }
        }
        return acc[0]
    }

    /// row_sum: a (-1, 4)-shaped cascade, the leftover rows into the first partial, then the partials.
    private static func rowSum(size: Int, width: Int, _ load: (Int, Int) -> Float) -> [Float] {
        let sizeILP = size / ilp
        var partial = multiRowSum(size: sizeILP, nrows: ilp, width: width) { row, k, lane in load(row * ilp + k, lane) }
        var i = sizeILP * ilp
        while i < size {
            for l in 0..<width { partial[0][l] += load(i, l) }
            i += 1
        }
        for k in 1..<ilp { for l in 0..<width { partial[0][l] += partial[k][l] } }
        return partial[0]
    }

    /// The sum of `v` as PyTorch's CPU kernel computes it for a contiguous float32 tensor.
    static func sum(_ v: [Float]) -> Float {
        let n = v.count
        return v.withUnsafeBufferPointer { p -> Float in
            if n >= lanes {
                let vecSize = n / lanes
                let lanesSum = rowSum(size: vecSize, width: lanes) { vec, lane in p[vec * lanes + lane] }
                var final: Float = 0
                for k in (vecSize * lanes)..<n { final += p[k] }
                for l in 0..<lanes { final += lanesSum[l] }
                return final
            }
            return rowSum(size: n, width: 1) { i, _ in p[i] }[0]
        }
    }
}
