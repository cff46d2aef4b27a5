import Autograd
import Script

/// `gradcheck [NAME]`: autograd's gradients against central finite differences.
extension DebugSession {
    func gradcheckCommand(_ only: String?) throws {
        let name = try currentLossName()
        let plan = tracker.plan(for: name, isParameter: isParameterName)
        guard !plan.isEmpty else {
            throw CommandError("\(name) does not depend on any parameter, so there is nothing to check",
                               hint: "make a tensor with requires_grad=True and compute \(name) from it")
        }
        var params = parameters()
        if let only {
            params = params.filter { $0.name == only || $0.name.hasPrefix(only + "[") }
            guard !params.isEmpty else { throw CommandError("\(only) is not a parameter", hint: "`vars` marks the parameters") }
        }
        let snapshot = VariableSnapshot(interpreter.globals)
        defer { snapshot.restore(into: interpreter.globals) }
        let module = Module(body: plan)
        func lossValue() throws -> Double {
            let t = try lossTensor(name)
            guard t.numel == 1 else { throw CommandError("\(name) has \(t.numel) elements; the loss must be a single number", hint: "reduce it, e.g. with .mean()") }
            return t.doubleValues().first ?? .nan
        }
        // Autograd's gradient from the current parameters, in a pass of its own.
        for p in parameters() { p.tensor.grad = nil }
        try GradMode.with(enabled: true) { try interpreter.run(module) }
        _ = try lossValue()
        try lossTensor(name).backward()
        let limit = 32
        var rows: [GradcheckRow] = []
        var omitted = 0
        var hUsed = 0.0
        for p in params {
            let g = p.tensor.grad?.doubleValues() ?? [Double](repeating: 0, count: p.tensor.numel)
            let offsets = p.tensor.storageIndices()
            for (k, off) in offsets.enumerated() {
                if rows.count >= limit { omitted += offsets.count - k; break }
                guard off >= 0, off < p.tensor.storage.floats.count, k < g.count else { continue }
                let original = p.tensor.storage.floats[off]
                let h = 1e-3 * max(1, Swift.abs(Double(original)))
                hUsed = max(hUsed, h)
                /// (f(x+h) - f(x-h)) / 2h, with the step actually taken in float32.
                func central(_ h: Double) throws -> Double {
                    defer { p.tensor.storage.floats[off] = original }
                    p.tensor.storage.floats[off] = Float(Double(original) + h)
                    try GradMode.withDisabled { try interpreter.run(module) }
                    let plus = try lossValue()
                    p.tensor.storage.floats[off] = Float(Double(original) - h)
                    try GradMode.withDisabled { try interpreter.run(module) }
                    let minus = try lossValue()
                    let up = Double(Float(Double(original) + h)) - Double(Float(Double(original) - h))
                    return (plus - minus) / up
                }
                let numeric = try central(h)
                // The same difference with 2h: how far the estimate itself moves is its rounding noise.
                let noise = Swift.abs(numeric - (try central(2 * h)))
                let scale = max(Swift.abs(g[k]), Swift.abs(numeric))
                // A nan on either side is a disagreement (max(0, nan) is 0, which would read as "equal").
                let rel = g[k].isNaN || numeric.isNaN ? .nan : scale == 0 ? 0 : Swift.abs(g[k] - numeric) / scale
                let label = p.tensor.numel == 1 && p.tensor.dim == 0 ? p.name : "\(p.name)[\(Self.indexText(k, shape: p.tensor.shape))]"
                rows.append(GradcheckRow(name: label, autograd: g[k], numeric: numeric, relativeError: rel, noise: noise))
            }
        }
        emit(.seeing(.gradcheck(rows: rows, h: hUsed, omitted: omitted)))
    }


    /// `1, 2` for flat index k in `shape`.
    static func indexText(_ k: Int, shape: [Int]) -> String {
        var rest = k
        var parts: [Int] = []
        for d in shape.reversed() {
            guard d > 0 else { return "\(k)" }
            parts.append(rest % d)
            rest /= d
        }
        return parts.reversed().map(String.init).joined(separator: ", ")
    }
}
