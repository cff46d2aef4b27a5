import Foundation

/// A spec's points made ready to draw: non-finite (and, on a log axis, non-positive) values dropped,
/// y in axis space (log10 when `logY`), the padded axis limits and the nice ticks in data space.
struct PlotData {
    /// Per series, points in axis space; nil marks a dropped point, which also breaks a line.
    var points: [[(x: Double, y: Double)?]]
    var xLo: Double, xHi: Double, yLo: Double, yHi: Double
    var logY: Bool
    var integerX: Bool
    var droppedNonFinite: Int
    var droppedNonPositive: Int

    init(_ spec: PlotSpec) {
        logY = spec.logY
        integerX = spec.integerX
        var nonFinite = 0, nonPositive = 0
        points = spec.series.map { s in
            s.points.map { p -> (x: Double, y: Double)? in
                guard p.x.isFinite, p.y.isFinite else { nonFinite += 1; return nil }
                if spec.logY {
                    guard p.y > 0 else { nonPositive += 1; return nil }
                    return (p.x, log10(p.y))
                }
                return (p.x, p.y)
            }
        }
        droppedNonFinite = nonFinite
        droppedNonPositive = nonPositive
        let kept = points.joined().compactMap { $0 }
        (xLo, xHi) = PlotData.limits(kept.map { $0.x }, log: false)
        (yLo, yHi) = PlotData.limits(kept.map { $0.y }, log: spec.logY)
        if let l = spec.xLimits, l.lo.isFinite, l.hi.isFinite, l.lo < l.hi { (xLo, xHi) = (l.lo, l.hi) }
        if let l = spec.yLimits, l.lo.isFinite, l.hi.isFinite, l.lo < l.hi {
            if !spec.logY {
                (yLo, yHi) = (l.lo, l.hi)
            } else if l.lo > 0 {
                (yLo, yHi) = (log10(l.lo), log10(l.hi))
            }
        }
    }

    /// The data range with 5% margins (matplotlib's default); an empty range is widened first by
    /// 5% of |v| (±0.05 around 0, as matplotlib; ±half a decade on a log axis); no values give 0…1.
    static func limits(_ values: [Double], log: Bool) -> (Double, Double) {
        guard var lo = values.min(), var hi = values.max() else { return (0, 1) }
        if hi - lo <= 1e-12 * max(abs(lo), abs(hi)) {
            let d = log ? 0.5 : (lo == 0 ? 0.05 : abs(lo) * 0.05)
            lo -= d
            hi += d
        }
        let span = (hi / 2 - lo / 2) * 2
        let mlo = lo - 0.05 * span, mhi = hi + 0.05 * span
        if mlo.isFinite, mhi.isFinite, span.isFinite { return (mlo, mhi) }
        return (lo, hi)
    }

    /// Where `v` (axis space) lies between `lo` and `hi`, as a fraction (overflow-safe).
    static func fraction(_ v: Double, _ lo: Double, _ hi: Double) -> Double {
        let den = hi / 2 - lo / 2
        guard den > 0 else { return 0.5 }
        return (v / 2 - lo / 2) / den
    }

    func xFraction(_ x: Double) -> Double { PlotData.fraction(x, xLo, xHi) }
    func yFraction(_ y: Double) -> Double { PlotData.fraction(y, yLo, yHi) }

    /// Nice x ticks inside the limits.
    func xTicks(maxCount: Int) -> [Double] {
        let ticks = PlotData.linearTicks(xLo, xHi, maxCount)
        guard integerX, PlotTicks.step(of: ticks) < 1 else { return ticks }
        // Iterations: steps of less than one would label 1.5; whole numbers only.
        let whole = PlotTicks.multiples(of: 1, lo: xLo, hi: xHi)
        return whole.count <= max(1, maxCount) ? whole : ticks.filter { $0 == $0.rounded() }
    }

    /// Nice y ticks inside the limits, in data space (powers of ten on a log axis).
    func yTicks(maxCount: Int) -> [Double] {
        if logY { return PlotTicks.log(lo: pow(10, yLo), hi: pow(10, yHi), maxCount: maxCount) }
        return PlotData.linearTicks(yLo, yHi, maxCount)
    }

    /// Labels for y ticks (each on its own on a log axis).
    func yLabels(_ ticks: [Double]) -> [String] {
        logY ? ticks.map(PlotTicks.label) : PlotTicks.labels(ticks)
    }

    /// A y tick (data space) in axis space.
    func yAxis(_ tick: Double) -> Double { logY ? log10(tick) : tick }

    static func linearTicks(_ lo: Double, _ hi: Double, _ maxCount: Int) -> [Double] {
        let span = hi / 2 - lo / 2
        if !(hi - lo).isFinite, span.isFinite, span > 0 {
            // Too wide for the usual step arithmetic: ticks of a halved range, doubled.
            return PlotTicks.linear(lo: lo / 2, hi: hi / 2, maxCount: maxCount).map { $0 * 2 }
        }
        return PlotTicks.linear(lo: lo, hi: hi, maxCount: maxCount)
    }

    /// The legend's notes about dropped values, empty when nothing was dropped.
    var notes: [String] {
        var notes: [String] = []
        if droppedNonFinite > 0 {
            notes.append("(\(droppedNonFinite) nan/inf dropped)")
        }
        if droppedNonPositive > 0 {
            notes.append("(\(droppedNonPositive) value\(droppedNonPositive == 1 ? "" : "s") ≤ 0 dropped: log y)")
        }
        return notes
    }

    /// A legend label: the series name, or "series N" (1-based) when it has none.
    static func label(_ s: PlotSeries, index: Int) -> String {
        let clean = sanitized(s.name)
        return clean.isEmpty ? "series \(index + 1)" : clean
    }

    /// Text made safe for one terminal line: newlines and tabs become spaces, other controls go.
    static func sanitized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" { out.append(" ") }
            else if scalar.value < 0x20 || (scalar.value >= 0x7f && scalar.value < 0xa0) { continue }
            else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
