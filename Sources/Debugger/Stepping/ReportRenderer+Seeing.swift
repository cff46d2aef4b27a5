import Autograd
import Script

/// Text for the graph views, stepping, watches, breakpoints, compare and explain mode.
extension ReportRenderer {
    func renderSeeing(_ report: Report.Seeing, to console: Console) {
        switch report {
        case .backwardStep(let v): renderBackwardStep(v, to: console)
        case .forwardStep(let v): renderForwardStep(v, to: console)
        case .gradcheck(let rows, let h, let omitted): renderGradcheck(rows, h: h, omitted: omitted, to: console)
        case .watchValue(let id, let expr, let value):
            console.out("\(id): ", .dim)
            console.out(expr, .name)
            console.out(" = " + Self.indentContinuation(value, by: "\(id): \(expr) = ".count) + "\n", .value)
        case .breakHit(let hit):
            console.out(Self.prose("breakpoint \(hit.id) (\(hit.condition)) stopped at \(hit.place): \(hit.reason)", console) + "\n", .warning)
            console.out(Self.prose("the values are as they were at that moment; `delete \(hit.id)` removes the breakpoint", console) + "\n", .dim)
        case .errorExplanation(let cause, let fix):
            console.err(Self.wrap("why: " + cause, width: console.width, indent: 5) + "\n", .dim)
            console.err(Self.wrap("fix: " + fix, width: console.width, indent: 5) + "\n", .dim)
        }
    }

    func renderBackwardStep(_ v: BackwardStepView, to console: Console) {
        console.out("[\(v.index)/\(v.total)] ", .dim)
        console.out(v.node, .heading)
        if !v.symbol.isEmpty { console.out("  " + v.symbol, .plain) }
        if let l = v.label { console.out("  (\(l))", .name) }
        console.out("\n", .plain)
        console.out("      " + v.explanation + "\n", .dim)
        let up = v.upstream.map(Self.tensorText) ?? "None"
        let wrt = v.label.map { $0.contains(", ") ? "(\($0))" : $0 } ?? "out"
        console.out("  upstream  ∂\(v.lossName)/∂\(wrt) = " + Self.indentContinuation(up, by: 14 + v.lossName.count + wrt.count) + "\n", .value)
        for trace in v.learnerBackward { renderLineTrace(trace, to: console) }
        if let leaf = v.leaf {
            console.out("  " + leaf.name + ".grad", .name)
            console.out("  before     " + (leaf.before.map(Self.tensorText) ?? "None") + "\n", .plain)
            let pad = String(repeating: " ", count: leaf.name.count + 7)
            console.out(pad + "+= this pass  " + (leaf.added.map(Self.tensorText) ?? "None") + "\n", .plain)
            console.out(pad + " = after      " + (leaf.after.map(Self.tensorText) ?? "None") + "\n", .value)
            if leaf.before != nil {
                console.out("  (the old gradient stays: backward adds, it does not overwrite)\n", .warning)
            }
        }
        for (i, f) in v.inputs.enumerated() {
            console.out("  → input \(i): " + f.target + "\n", .plain)
            if f.sent == nil && f.target.hasPrefix("data") { continue }
            if let d = f.derivative {
                var line = "      local  " + d
                if let local = f.local { line += " = " + Self.indentContinuation(Self.tensorText(local), by: line.count + 3) }
                console.out(line + "\n", .plain)
            }
            let sent = f.sent.map(Self.tensorText) ?? "None"
            var note = ""
            if let sentT = f.sent, let up = v.upstream, sentT.numel < up.numel {
                note = "  (summed over the broadcast: the input had shape \(Shape.describe(sentT.shape)))"
            }
            console.out("      sends  upstream × local = " + Self.indentContinuation(sent, by: 31) + note + "\n", .value)
        }
        if let next = v.next {
            console.out("  next: \(next)\n", .dim)
        }
    }

    /// A custom Function's backward as it ran: the arguments, then each line with the names it set.
    func renderLineTrace(_ t: LineTrace, to console: Console) {
        func text(_ v: Value) -> String {
            switch v {
            case .tensor(let x): return Self.tensorText(x)
            case .tuple(let items): return "(" + items.map(text).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
            default: return Repr.repr(v)
            }
        }
        console.out("  your \(t.function) ran:\n", .heading)
        for a in t.arguments {
            let head = "      \(a.name) = "
            console.out(head + Self.indentContinuation(text(a.value), by: head.count) + "\n", .value)
        }
        // Each statement as Python writes it; no line numbers, since a function typed at the prompt
        // numbers its lines from its own first line, not the learner's session.
        for l in t.lines {
            console.out("    │ ", .dim)
            console.out(l.code + "\n", .plain)
            let pad = "    │     "
            for (name, value) in l.set {
                let head = pad + "\(name) = "
                console.out(head + Self.indentContinuation(text(value), by: head.count) + "\n", .value)
            }
            if let r = l.returned {
                let head = pad + "returns "
                console.out(head + Self.indentContinuation(text(r), by: head.count) + "\n", .value)
            }
        }
        if t.omitted > 0 { console.out("  … \(t.omitted) more line\(t.omitted == 1 ? "" : "s") ran\n", .dim) }
    }

    func renderForwardStep(_ v: ForwardStepView, to console: Console) {
        console.out("[\(v.index)/\(v.total)] ", .dim)
        console.out(v.node, .heading)
        if !v.symbol.isEmpty { console.out("  " + v.symbol, .plain) }
        console.out("\n", .plain)
        if !v.explanation.isEmpty { console.out("      " + v.explanation + "\n", .dim) }
        for (i, input) in v.inputs.enumerated() {
            console.out("  input \(i): " + input.what + (input.value.map { "  " + $0 } ?? "") + "\n", .plain)
        }
        let out = v.output ?? "(an intermediate result: no variable keeps it)"
        console.out("  output\(v.label.map { " " + $0 } ?? ""): \(Shape.describe(v.outputShape))  \(out)\n", .value)
    }

    func renderGradcheck(_ rows: [GradcheckRow], h: Double, omitted: Int, to console: Console) {
        console.out("gradcheck: autograd vs central differences (f(x+h) - f(x-h)) / 2h, h ≈ \(GraphRenderer.number(h)) × max(1, |x|)\n", .heading)
        let nameWidth = max(9, rows.map(\.name.count).max() ?? 0)
        func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        func left(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        console.out(left("parameter", nameWidth) + pad("autograd", 14) + pad("numeric", 14) + pad("rel. error", 12) + "\n", .dim)
        for r in rows {
            let mark = r.agrees ? "  ✓" : r.withinNoise ? "  ≈" : "  ✗"
            console.out(left(r.name, nameWidth), .name)
            console.out(pad(Self.g(r.autograd), 14) + pad(Self.g(r.numeric), 14), .plain)
            console.out(pad(Self.e(r.relativeError), 12) + mark + "\n", r.agrees ? .good : r.withinNoise ? .warning : .error)
        }
        if omitted > 0 { console.out("… \(omitted) more element\(omitted == 1 ? "" : "s") not checked (`gradcheck NAME` checks one parameter)\n", .dim) }
        if rows.isEmpty { console.out("no parameter elements to check\n", .dim) }
        else if rows.allSatisfy(\.agrees) {
            // The footer states the very tolerance the ✓ marks use, so the two never disagree.
            console.out(Self.prose("autograd agrees with the finite differences: every relative error is below \(Self.e(GradcheckRow.tolerance)) (float32 rounding and the step h make errors of that size)", console) + "\n", .good)
        } else if rows.allSatisfy({ $0.agrees || $0.withinNoise }) {
            console.out(Self.prose("autograd agrees with the finite differences as far as float32 can tell: ✓ rows have a relative error below \(Self.e(GradcheckRow.tolerance)); ≈ rows differ by no more than three times the finite difference's own float32 noise (how much it moves from h to 2h), which swamps a gradient element that small", console) + "\n", .good)
        } else {
            console.out(Self.prose("some gradients disagree (✗: relative error \(Self.e(GradcheckRow.tolerance)) or more): a derivative may be wrong, or the function is not smooth there (relu, abs at 0)", console) + "\n", .warning)
        }
    }

    func renderCompare(_ c: ZeroGradComparison, to console: Console) {
        console.out(Self.prose("compare zero_grad: \(c.iterations) iterations, lr = \(PythonFloat.repr(c.lr)), same starting parameters", console) + "\n", .heading)
        let n = max(c.withZeroGrad.count, c.withoutZeroGrad.count)
        let every = n <= 20 ? 1 : max(1, n / 10)
        let itWidth = max(4, String(n).count)
        func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        console.out(pad("iter", itWidth) + pad("with zero_grad", 18) + pad("without", 18) + "\n", .dim)
        for i in 0..<n where i == 0 || (i + 1) % every == 0 || i == n - 1 {
            let a = i < c.withZeroGrad.count ? Self.g(c.withZeroGrad[i]) : "—"
            let b = i < c.withoutZeroGrad.count ? Self.g(c.withoutZeroGrad[i]) : "—"
            console.out(pad(String(i + 1), itWidth) + pad(a, 18) + pad(b, 18) + "\n", .plain)
        }
        switch c.outcome {
        case .withoutEndsHigher, .withoutDiverged:
            let end = c.outcome == .withoutDiverged ? "at \(Self.g(c.withoutZeroGrad.last ?? .nan))" : "higher"
            console.out(Self.prose("Without zero_grad, step k uses the sum of k gradients, so the steps grow and the loss ends \(end). Zero the gradients after every step.", console) + "\n", .warning)
        case .withoutEndsLower:
            console.out(Self.prose("Here the accumulated gradients happened to help (like momentum), but the steps are not what the learning rate says. Zero the gradients after every step.", console) + "\n", .warning)
        case .bothDiverged:
            console.out(Self.prose("Both runs diverged (the loss ends higher than it started): the learning rate is too large even with zero_grad, so this run says nothing about zero_grad. Try a smaller lr, e.g. `compare zero_grad \(c.iterations) \(PythonFloat.repr(c.lr / 10))`.", console) + "\n", .warning)
        case .withDiverged:
            console.out(Self.prose("With zero_grad the loss ends higher than it started: the learning rate is too large. The run without zero_grad proves nothing here. Try a smaller lr, e.g. `compare zero_grad \(c.iterations) \(PythonFloat.repr(c.lr / 10))`.", console) + "\n", .warning)
        case .undecided:
            break
        }
        console.out("(parameters are back to where they started)\n", .dim)
    }

    func renderExplanation(_ e: Explanation, to console: Console) {
        console.out(Self.wrap("explain: " + e.text, width: console.width, indent: 9) + "\n", .dim)
        console.out("PyTorch: ", .dim)
        console.out(e.pytorch + "\n", .name)
    }

    /// `%.6g`-like: short, readable numbers for tables.
    static func g(_ v: Double) -> String {
        (try? PythonFormat.format(.float(v), spec: ".6g")) ?? PythonFloat.repr(v)
    }

    static func e(_ v: Double) -> String {
        (try? PythonFormat.format(.float(v), spec: ".1e")) ?? PythonFloat.repr(v)
    }

    /// Word-wraps `text` to `width` columns, continuation lines indented by `indent` spaces.
    static func wrap(_ text: String, width: Int, indent: Int, minimum: Int = 40) -> String {
        let limit = max(minimum, width)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, line.count + 1 + word.count > limit {
                lines.append(line)
                line = String(repeating: " ", count: indent) + word
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Indents the continuation lines of a multi-line value so they line up after a label.
    static func indentContinuation(_ text: String, by n: Int) -> String {
        guard text.contains("\n") else { return text }
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? String($0.element) : pad + $0.element }.joined(separator: "\n")
    }
}
