/// Weighted sampling shared by both generators' `choice(…, p=…)` (mtrand.pyx / _generator.pyx).
public enum NumpyWeightedChoice {
    /// `kahan_sum` (numpy/random/_common.pyx), the sum `choice` checks against 1.
    public static func kahanSum(_ values: [Double]) -> Double {
        guard var sum = values.first else { return 0 }
        var c = 0.0
        for v in values.dropFirst() {
            let y = v - c
            let t = sum + y
            c = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// `cdf = p.cumsum(); cdf /= cdf[-1]`.
    public static func cdf(_ p: [Double]) -> [Double] {
        var out = [Double]()
        out.reserveCapacity(p.count)
        var acc = 0.0
        for v in p {
            acc += v
            out.append(acc)
        }
        guard let last = out.last else { return out }
        return out.map { $0 / last }
    }

    /// `cdf.searchsorted(u, side='right')`: how many entries are <= u.
    public static func searchRight(_ cdf: [Double], _ u: Double) -> Int64 {
        var lo = 0, hi = cdf.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cdf[mid] <= u { lo = mid + 1 } else { hi = mid }
        }
        return Int64(lo)
    }

    /// `choice(…, replace=False, p=p)`: rounds of uniform draws (`draw(k)` gives k doubles) that
    /// zero the chosen entries' weights and keep each new index at its first occurrence.
    public static func withoutReplacement(_ p: [Double], size: Int, draw: (Int) -> [Double]) -> [Int64] {
        var weights = p
        var found = [Int64]()
        while found.count < size {
            let x = draw(size - found.count)
            for i in found { weights[Int(i)] = 0 }
            let c = cdf(weights)
            var seen = Set<Int64>()
            for u in x {
                let k = searchRight(c, u)
                if seen.insert(k).inserted { found.append(k) }
            }
        }
        return found
    }
}
