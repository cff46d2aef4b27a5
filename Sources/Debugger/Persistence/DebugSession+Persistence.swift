import Autograd
import Script

extension DebugSession {
    /// The session as a `SessionFile`.
    func sessionFile() -> SessionFile {
        var capture = SessionCapture()
        var variables: [VariableRecord] = []
        for name in learnerVariableNames() {
            guard let v = value(name) else { continue }
            if case .function = v, !tracker.statements.contains(where: { $0.isDefinition && $0.writes.contains(name) }) {
                capture.skip(name)
                continue
            }
            if let r = capture.record(v) { variables.append(VariableRecord(name: name, value: r)) } else { capture.skip(name) }
        }
        return SessionFile(learningRate: BitText.double(learningRate), selectedLoss: tracker.selectedLoss,
                           pinned: tracker.pinned.sorted(),
                           statements: tracker.statements.map { $0.stmt.source().joined(separator: "\n") },
                           tensors: capture.tensors, variables: variables, skipped: capture.skipped,
                           lossSteps: plots.lossSteps.map(BitText.double), losses: plots.losses.map(BitText.double))
    }

    /// What a session file cannot keep, said at `save`: views (tensors that share memory with another
    /// variable's tensor come back as separate copies).
    func unkeptStructure() -> [String] {
        var owner: [ObjectIdentifier: (name: String, tensor: Tensor)] = [:]
        var notes: [String] = []
        for name in learnerVariableNames() {
            guard case .tensor(let t)? = value(name) else { continue }
            let key = ObjectIdentifier(t.storage)
            if let first = owner[key] {
                if first.tensor !== t { notes.append("\(name) shares memory with \(first.name) (a view); after load it is a separate copy") }
            } else {
                owner[key] = (name, t)
            }
        }
        return notes
    }

    /// Replaces the whole session with `file`. Everything is decoded before the session changes, so a
    /// damaged file leaves the current session as it was.
    func restore(_ file: SessionFile) throws {
        try file.validate()
        let lr = try BitText.double(file.learningRate)
        let lossSteps = try (file.lossSteps ?? []).map(BitText.double)
        let losses = try (file.losses ?? []).map(BitText.double)
        guard lossSteps.count == losses.count else { throw SessionFileError("the loss history's steps and values differ in length") }
        guard lr.isFinite, lr >= 0 else { throw SessionFileError("bad learning rate in session file") }
        var statements: [Stmt] = []
        for text in file.statements {
            do {
                statements.append(contentsOf: try Parser.parse(text, filename: "<session>").body)
            } catch {
                throw SessionFileError("a recorded statement does not parse: \(text)")
            }
        }
        let tensors = try file.tensors.map(makeTensor)
        for (i, r) in file.tensors.enumerated() {
            guard let g = r.grad else { continue }
            guard g >= 0 && g < tensors.count, g != i, tensors[g].shape == tensors[i].shape else {
                throw SessionFileError("bad gradient reference in session file")
            }
            tensors[i].grad = tensors[g]
        }
        var values: [(String, Value)] = []
        for v in file.variables {
            // Functions come back by re-running their recorded `def`.
            if case .function = v.value { continue }
            values.append((v.name, try makeValue(v.value, tensors)))
        }

        resetState()
        training.loadDefaultLearningRate(lr)
        plots.restoreLosses(steps: lossSteps, values: losses)
        for (name, v) in values { interpreter.globals.vars[name] = v }
        for stmt in statements {
            if case .functionDef = stmt.kind { try interpreter.run(Module(body: [stmt])) }
            tracker.record(stmt)
        }
        tracker.selectedLoss = file.selectedLoss
        tracker.pinned = Set(file.pinned)
        if file.tensors.contains(where: \.hadGraph) { rebuildGraph() }
    }

    /// Re-runs the recorded model so the loss has its graph again (the parameters are unchanged, so
    /// the values are the saved ones).
    private func rebuildGraph() {
        guard let name = try? currentLossName() else { return }
        let plan = tracker.plan(for: name, isParameter: isParameterName)
        guard !plan.isEmpty else { return }
        let snapshot = VariableSnapshot(interpreter.globals)
        do {
            try GradMode.with(enabled: true) { try interpreter.run(Module(body: plan)) }
        } catch {
            snapshot.restore(into: interpreter.globals)
        }
    }

    private func makeTensor(_ r: TensorRecord) throws -> Tensor {
        guard let dtype = DType(rawValue: r.dtype) else { throw SessionFileError("unknown dtype \(r.dtype)") }
        var count = 1
        for d in r.shape {
            guard d >= 0 else { throw SessionFileError("bad tensor shape \(r.shape)") }
            let (c, o) = count.multipliedReportingOverflow(by: d)
            guard !o, c <= interpreter.maxElements else { throw SessionFileError("tensor of shape \(r.shape) is too large") }
            count = c
        }
        guard r.values.count == count else { throw SessionFileError("tensor of shape \(r.shape) has \(r.values.count) values") }
        let t: Tensor
        if dtype == .float32 {
            t = Tensor(floats: try r.values.map(BitText.float), shape: r.shape)
        } else {
            t = Tensor(ints: try r.values.map { s in
                guard let i = Int64(s) else { throw SessionFileError("bad integer '\(s)'") }
                return dtype == .bool ? (i != 0 ? 1 : 0) : i
            }, shape: r.shape, dtype: dtype)
        }
        // A tensor that had a grad_fn comes back as data; `rebuildGraph` recomputes it with its graph.
        if r.requiresGrad && !r.hadGraph && dtype == .float32 { try t.requiresGrad_(true) }
        t.isParameter = r.isParameter
        return t
    }

    private func makeValue(_ r: ValueRecord, _ tensors: [Tensor]) throws -> Value {
        switch r {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return .bigInt(s)
        case .float(let s): return .float(try BitText.double(s))
        case .string(let s): return .string(s)
        case .tensor(let i):
            guard i >= 0 && i < tensors.count else { throw SessionFileError("bad tensor reference in session file") }
            return .tensor(tensors[i])
        case .list(let items): return .list(ListBox(try items.map { try makeValue($0, tensors) }))
        case .tuple(let items): return .tuple(try items.map { try makeValue($0, tensors) })
        case .dict(let pairs):
            var entries: [(key: Value, value: Value)] = []
            for p in pairs {
                guard p.count == 2 else { throw SessionFileError("bad dict entry in session file") }
                entries.append((try makeValue(p[0], tensors), try makeValue(p[1], tensors)))
            }
            return .dict(DictBox(entries))
        case .function(let name):
            throw SessionFileError("function \(name) has no recorded definition")
        }
    }
}
