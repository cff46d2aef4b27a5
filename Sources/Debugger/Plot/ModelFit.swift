import Autograd
import Script

/// The expressions `plot` evaluates to draw data against predictions.
struct ModelFitSources {
    /// x; nil draws against the index 0, 1, 2, …
    var x: Expr?
    var y: Expr
    /// nil plots the data only.
    var prediction: Expr?
}

/// One variable's values made plottable.
struct PlotColumn {
    var values: [Double]
    var label: String
    /// False when x has several varying columns (predictions are then not a function of the one shown).
    var isSingleFeature: Bool
}

extension PlotPart {
    /// Parses one expression typed as a command argument.
    func parseExpression(_ text: String) throws -> Expr {
        let module = try Parser.parse(text, filename: "<plot>")
        guard module.body.count == 1, case .expression(let e) = module.body[0].kind else {
            throw CommandError("'\(text)' is not an expression", hint: "name a tensor, e.g. `plot x y yhat`")
        }
        return e
    }

    /// Evaluates `expr` as a tensor (lists of numbers become tensors), with grad mode on so the
    /// result tells whether it depends on a parameter.
    func evaluateTensor(_ expr: Expr) throws -> Tensor {
        let v = try GradMode.with(enabled: true) { try host.interpreter.evaluate(expr) }
        switch v {
        case .tensor(let t): return t
        case .int(let i): return Tensor(floats: [Float(i)], shape: [])
        case .float(let d): return Tensor(floats: [Float(d)], shape: [])
        case .list, .tuple:
            let items = try host.interpreter.iterate(v)
            var out: [Float] = []
            for item in items {
                switch item {
                case .int(let i): out.append(Float(i))
                case .float(let d): out.append(Float(d))
                case .tensor(let t) where t.numel == 1: out.append(Float(t.doubleValues()[0]))
                default: throw CommandError("\(ModelFitRule.label(expr)) holds a \(item.typeName); plot needs numbers")
                }
            }
            return Tensor(floats: out, shape: [out.count])
        default:
            throw CommandError("\(ModelFitRule.label(expr)) is a \(Interpreter.typeName(of: v)), not a tensor", code: .notATensor)
        }
    }

    /// The learner's functions (recorded `def`s).
    private func userFunctionNames() -> Set<String> {
        Set(host.tracker.statements.filter(\.isDefinition).flatMap(\.writes))
    }

    /// The expression last assigned to `name` at the top level, if any.
    private func assignedExpression(_ name: String) -> Expr? {
        for r in host.tracker.statements.reversed() where r.writes.contains(name) {
            switch r.stmt.kind {
            case .assign(let targets, let value):
                if targets.count == 1, case .name(let n) = targets[0].kind, n == name { return value }
                return nil
            default: return nil
            }
        }
        return nil
    }

    /// The loss's two operands by `ModelFitRule`, searching the loss's assignment and then those of
    /// the names it reads (up to 4 levels).
    private func lossOperands() -> (Expr, Expr)? {
        guard let loss = try? host.currentLossName() else { return nil }
        let functions = userFunctionNames()
        var queue = [(loss, 0)]
        var seen: Set<String> = []
        while !queue.isEmpty {
            let (name, depth) = queue.removeFirst()
            guard seen.insert(name).inserted, let e = assignedExpression(name) else { continue }
            if let pair = ModelFitRule.operands(in: e, userFunctions: functions) { return pair }
            if depth < 4 {
                queue += NameReads.of(e).sorted().filter { !host.isParameterName($0) && !functions.contains($0) }.map { ($0, depth + 1) }
            }
        }
        return nil
    }

    /// The first of `names` that holds a tensor.
    private func firstTensorName(_ names: [String]) -> String? {
        names.first { if case .tensor? = host.value($0) { return true } else { return false } }
    }

    /// Finds x, y and the prediction for `plot` (see `ModelFitRule`).
    func modelFitSources() throws -> ModelFitSources {
        var y: Expr?, prediction: Expr?
        if let (a, b) = lossOperands() {
            let ta = try? evaluateTensor(a), tb = try? evaluateTensor(b)
            let ra = ta?.requiresGrad ?? false, rb = tb?.requiresGrad ?? false
            let readsA = NameReads.of(a).contains { host.isParameterName($0) }, readsB = NameReads.of(b).contains { host.isParameterName($0) }
            let bIsPrediction: Bool
            if ra != rb { bIsPrediction = rb }
            else if readsA != readsB { bIsPrediction = readsB }
            else if case .name(let n) = a.kind, ModelFitRule.targetNames.contains(n) { bIsPrediction = true }
            else if case .name(let n) = b.kind, ModelFitRule.predictionNames.contains(n) { bIsPrediction = true }
            else { bIsPrediction = false }  // PyTorch's loss(input, target) order
            (prediction, y) = bIsPrediction ? (b, a) : (a, b)
        } else {
            if let n = firstTensorName(ModelFitRule.predictionNames) { prediction = try parseExpression(n) }
            if let n = firstTensorName(ModelFitRule.targetNames) { y = try parseExpression(n) }
        }
        guard let y else {
            throw CommandError("cannot tell which tensors are the data and the predictions",
                               hint: "name them: `plot x y yhat` (or define the loss as e.g. `loss = ((yhat - y)**2).mean()`)")
        }
        let n = (try? evaluateTensor(prediction ?? y))?.numel ?? 0
        let x = try inputName(readBy: prediction, count: n, excluding: [y, prediction].compactMap { $0 }).map(parseExpression)
        return ModelFitSources(x: x, y: y, prediction: prediction)
    }

    /// The data tensor the prediction is computed from: a non-parameter tensor with `count` rows that
    /// the prediction reads, directly or through the assignments and functions it uses (nearest
    /// first; `x`-like names first among equals); else a global `x`. Nil: plot against the index.
    private func inputName(readBy prediction: Expr?, count: Int, excluding: [Expr]) throws -> String? {
        let excluded = Set(excluding.compactMap { e -> String? in if case .name(let n) = e.kind { return n } else { return nil } })
        func fits(_ name: String) -> Bool {
            guard !excluded.contains(name), !host.isParameterName(name), case .tensor(let t)? = host.value(name) else { return false }
            return t.dim >= 1 && t.dim <= 2 && t.shape[0] == count && count > 1
        }
        func ordered(_ names: Set<String>) -> [String] {
            names.sorted { a, b in
                let ia = ModelFitRule.inputNames.firstIndex(of: a) ?? Int.max, ib = ModelFitRule.inputNames.firstIndex(of: b) ?? Int.max
                return ia != ib ? ia < ib : a < b
            }
        }
        if let prediction {
            var level = ordered(NameReads.of(prediction))
            var seen = Set<String>()
            for _ in 0..<5 where !level.isEmpty {
                if let hit = level.first(where: fits) { return hit }
                var next = Set<String>()
                for name in level where seen.insert(name).inserted {
                    for r in host.tracker.statements.reversed() where r.writes.contains(name) {
                        next.formUnion(r.reads)
                        break
                    }
                }
                level = ordered(next.subtracting(seen))
            }
        }
        return ModelFitRule.inputNames.first(where: fits)
    }

    /// x as plottable values: a vector as is; a matrix by its first column whose values vary (a
    /// column of ones is the bias); nil x gives the index.
    func xColumn(_ expr: Expr?, count: Int) throws -> PlotColumn {
        guard let expr else {
            return PlotColumn(values: (0..<count).map(Double.init), label: "index", isSingleFeature: true)
        }
        let t = try evaluateTensor(expr)
        let label = ModelFitRule.label(expr)
        if t.dim == 2, t.shape[0] == count, t.shape[1] > 1 {
            let cols = t.shape[1]
            let values = t.doubleValues()
            let columns = (0..<cols).map { c in stride(from: c, to: values.count, by: cols).map { values[$0] } }
            let varying = columns.indices.filter { c in Set(columns[c]).count > 1 }
            let c = varying.first ?? 0
            return PlotColumn(values: columns[c], label: "\(label)[:,\(c)]", isSingleFeature: varying.count <= 1)
        }
        guard t.numel == count else {
            throw CommandError("\(label) has \(t.numel) values but y has \(count)", hint: "x and y need one value per point")
        }
        return PlotColumn(values: t.doubleValues(), label: label, isSingleFeature: true)
    }

    /// The fit plot: data against predictions.
    func modelFitSpec(_ sources: ModelFitSources, title: String? = nil) throws -> PlotSpec {
        let yTensor = try evaluateTensor(sources.y)
        let y = yTensor.doubleValues()
        var predictions: [Double]?
        if let p = sources.prediction {
            let t = try evaluateTensor(p)
            guard t.numel == y.count else {
                throw CommandError("\(ModelFitRule.label(p)) has \(t.numel) values but \(ModelFitRule.label(sources.y)) has \(y.count)",
                                   hint: "predictions and data need one value per point; name them with `plot x y yhat`")
            }
            predictions = t.doubleValues()
        }
        let x = try xColumn(sources.x, count: y.count)
        return PlotBuilders.fit(x: x.values, y: y, predictions: predictions, xName: x.label,
                                yName: ModelFitRule.label(sources.y), predictionName: sources.prediction.map(ModelFitRule.label) ?? "",
                                predictionsAsLine: x.isSingleFeature, title: title)
    }
}
