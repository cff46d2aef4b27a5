import Foundation

/// Nice tick positions (1-2-5 steps, decades on a log axis) and their labels without trailing zeros.
public enum PlotTicks {
    /// The smallest 1, 2 or 5 × 10^k that is ≥ `raw` (raw must be positive and finite; else 1).
    public static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let exponent = (log10(raw)).rounded(.down)
        let base = pow(10, exponent)
        let fraction = raw / base
        let mantissa: Double
        if fraction <= 1 + 1e-9 { mantissa = 1 }
        else if fraction <= 2 + 1e-9 { mantissa = 2 }
        else if fraction <= 5 + 1e-9 { mantissa = 5 }
        else { mantissa = 10 }
        return mantissa * base
    }

    /// The next larger nice step after `step` (1 → 2 → 5 → 10).
    static func nextStep(_ step: Double) -> Double {
        niceStep(step * 1.000001)
    }

    /// Multiples of a nice step inside [lo, hi], at most `maxCount` of them (at least one step tried).
    public static func linear(lo: Double, hi: Double, maxCount: Int) -> [Double] {
        guard lo.isFinite, hi.isFinite, lo < hi else { return lo.isFinite && lo == hi ? [lo] : [] }
        let count = max(1, maxCount)
        var step = niceStep((hi - lo) / Double(count))
        for _ in 0..<8 {
            let ticks = multiples(of: step, lo: lo, hi: hi)
            if ticks.count <= count { return ticks }
            step = nextStep(step)
        }
        return multiples(of: step, lo: lo, hi: hi)
    }

    /// The step between consecutive ticks (for label precision); 1 when fewer than two ticks.
    static func step(of ticks: [Double]) -> Double {
        ticks.count >= 2 ? ticks[1] - ticks[0] : 1
    }

    static func multiples(of step: Double, lo: Double, hi: Double) -> [Double] {
        guard step > 0, step.isFinite else { return [] }
        let first = (lo / step - 1e-9).rounded(.up)
        let last = (hi / step + 1e-9).rounded(.down)
        guard first.isFinite, last.isFinite, last >= first, last - first < 1000 else { return [] }
        var ticks: [Double] = []
        var k = first
        while k <= last {
            var v = k * step
            if abs(v) < step * 1e-9 { v = 0 }
            ticks.append(v)
            k += 1
        }
        return ticks
    }

    /// Ticks for a log axis spanning [lo, hi] (positive values): powers of ten, every n-th decade from
    /// the first visible one if there are too many; 1-2-5 within decades when fewer than two decades are visible; linear nice
    /// ticks as a last resort.
    public static func log(lo: Double, hi: Double, maxCount: Int) -> [Double] {
        guard lo.isFinite, hi.isFinite, lo > 0, hi > lo else { return [] }
        let count = max(1, maxCount)
        let a = log10(lo), b = log10(hi)
        let firstDecade = (a - 1e-9).rounded(.up), lastDecade = (b + 1e-9).rounded(.down)
        if lastDecade - firstDecade >= 1 {
            let span = lastDecade - firstDecade
            // The smallest stride that fits, so the first and (when possible) the last decade show.
            let every = count > 1 ? max(1, (span / Double(count - 1)).rounded(.up)) : span + 1
            var ticks: [Double] = []
            var e = firstDecade
            while e <= lastDecade { ticks.append(pow(10, e)); e += every }
            return ticks
        }
        var ticks: [Double] = []
        var e = (a - 1e-9).rounded(.down)
        while e <= b + 1e-9 {
            for m in [1.0, 2.0, 5.0] {
                let v = m * pow(10, e)
                if v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9) { ticks.append(v) }
            }
            e += 1
        }
        if ticks.count >= 2 && ticks.count <= count { return ticks }
        return linear(lo: lo, hi: hi, maxCount: count)
    }

    /// Labels for evenly spaced ticks: fixed notation with as many decimals as the step needs, or
    /// `1e+04` style when the largest magnitude is ≥ 1e4 or < 1e-3; trailing zeros removed.
    public static func labels(_ ticks: [Double]) -> [String] {
        let step = abs(step(of: ticks))
        let maxAbs = ticks.map { abs($0) }.max() ?? 0
        let stepExp = step > 0 && step.isFinite ? Int(log10(step).rounded(.down)) : 0
        if maxAbs >= 1e4 || (maxAbs > 0 && maxAbs < 1e-3) {
            return ticks.map { v in
                if v == 0 { return "0" }
                let exp = Int(log10(abs(v)).rounded(.down))
                return scientific(v, digits: min(15, max(0, exp - stepExp)))
            }
        }
        let decimals = min(15, max(0, -stepExp))
        return ticks.map { fixed($0, decimals: decimals) }
    }

    /// A single value on its own, as a log-axis label: `0.01`, `1`, `100`, `1e+04`, `1e-05`.
    public static func label(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e4 || a < 1e-3 { return scientific(v, digits: 6) }
        return fixed(v, decimals: min(15, max(0, 6 - Int(log10(a).rounded(.down)) - 1)))
    }

    /// Fixed notation with `decimals` places, trailing zeros (and a bare point) removed; no `-0`.
    static func fixed(_ v: Double, decimals: Int) -> String {
        var s = String(format: "%.\(decimals)f", v)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" { s = "0" }
        return s
    }

    /// `%.{digits}e` with trailing zeros of the mantissa removed: `1e+04`, `2.5e+04`, `-3e-05`.
    static func scientific(_ v: Double, digits: Int) -> String {
        let s = String(format: "%.\(digits)e", v)
        guard let e = s.firstIndex(of: "e") else { return s }
        var mantissa = String(s[..<e])
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        return mantissa + s[e...]
    }
}
