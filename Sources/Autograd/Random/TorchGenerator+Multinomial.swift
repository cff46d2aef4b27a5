import Foundation

/// `torch.multinomial` as ATen's CPU code draws it (Distributions.cpp, MultinomialKernel.cpp), so
/// a seeded sample is PyTorch's:
/// - without replacement, or one sample: the Gumbel trick `argmax/topk(p / q)` with `q` from
///   `exponential_()` (one `-log1p(-u)` per probability, u a 53-bit double draw, rows in order,
///   rounded to the probabilities' dtype);
/// - with replacement: per row, the normalized cumulative sums in the probabilities' dtype, then one
///   double draw per sample and a binary search.
extension TorchGenerator {
    /// The sampled category indices, row after row (`nSample` per row); `rows` rows of `categories`
    /// probabilities, given as doubles that hold float32 values exactly when `isFloat`.
    public mutating func multinomial(_ probs: [Double], rows: Int, categories: Int, nSample: Int,
                                     replacement: Bool, isFloat: Bool) throws -> [Int64] {
        func round(_ x: Double) -> Double { isFloat ? Double(Float(x)) : x }
        var out: [Int64] = []
        out.reserveCapacity(rows * nSample)
        if !replacement || nSample == 1 {
            guard probs.allSatisfy({ $0 >= 0 && $0 < .infinity }) else {
                throw TorchError.runtime("probability tensor contains either `inf`, `nan` or element < 0")
            }
            for r in 0..<rows where probs[(r * categories)..<((r + 1) * categories)].reduce(0, +) == 0 {
                throw TorchError.runtime("invalid multinomial distribution (sum of probabilities <= 0)")
            }
            // exponential_(1) over the whole tensor first, then p / q in the dtype.
            let q = probs.map { _ in round(-Foundation.log1p(-uniformDouble01())) }
            let ratio = zip(probs, q).map { isFloat ? Double(Float($0) / Float($1)) : $0 / $1 }
            for r in 0..<rows {
                let row = ratio[(r * categories)..<((r + 1) * categories)]
                // topk: the largest first; argmax keeps the first of equal maxima.
                let order = row.indices.sorted { row[$0] > row[$1] || (row[$0] == row[$1] && $0 < $1) }
                for i in order.prefix(nSample) { out.append(Int64(i - r * categories)) }
            }
            return out
        }
        for r in 0..<rows {
            var cumulative: [Double] = []
            var sum = 0.0
            for j in 0..<categories {
                let p = probs[r * categories + j]
                if p < 0 { throw TorchError.runtime("invalid multinomial distribution (encountering probability entry < 0)") }
                if !p.isFinite { throw TorchError.runtime("invalid multinomial distribution (encountering probability entry = infinity or NaN)") }
                sum = round(sum + p)
                cumulative.append(sum)
            }
            if !(sum > 0) { throw TorchError.runtime("invalid multinomial distribution (sum of probabilities <= 0)") }
            cumulative = cumulative.map { round($0 / sum) }
            cumulative[categories - 1] = 1
            for _ in 0..<nSample {
                let u = uniformDouble01()
                var left = 0, right = categories
                while right - left > 0 {
                    let mid = left + (right - left) / 2
                    if cumulative[mid] < u { left = mid + 1 } else { right = mid }
                }
                out.append(Int64(left))
            }
        }
        return out
    }
}
