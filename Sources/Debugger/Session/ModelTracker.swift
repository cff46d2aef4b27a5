import Script

/// A top-level statement the session remembers: an assignment to names, or a `def`.
public struct RecordedStatement: Sendable {
    public var stmt: Stmt
    /// Names the statement binds.
    public var writes: Set<String>
    /// Global names it reads (for a `def`: the names its body reads from outside).
    public var reads: Set<String>
    /// True for `def`: never re-run, but its reads count when a statement calls it.
    public var isDefinition: Bool
    /// True when what it computed required grad when it ran (it was built from a parameter): `forward`
    /// re-resolves its names, so new parameters bound to the same name are used.
    public var computedFromParameters = false
}

/// The learner's model as the session sees it: the top-level assignments in order, the names each
/// reads, the selected loss, and names pinned as data by `detach`. It plans what `forward` re-runs.
public struct ModelTracker: Sendable {
    public private(set) var statements: [RecordedStatement] = []
    /// Chosen with `loss NAME`; nil means "the last assigned `loss` or `err`".
    public var selectedLoss: String?
    /// Names replaced by a detached copy: `forward` keeps their current value.
    public var pinned: Set<String> = []

    public init() {}

    /// Remembers `stmt` if it is a top-level assignment to names or a `def`; other statements are ignored.
    public mutating func record(_ stmt: Stmt, computedFromParameters: Bool = false) {
        var writes = Set<String>()
        var reads = Set<String>()
        var isDefinition = false
        switch stmt.kind {
        case .assign(let targets, let value):
            for t in targets { writes.formUnion(NameReads.targets(t)) }
            reads = NameReads.of(value)
        case .augmentedAssign(let target, _, let value), .annotatedAssign(let target, _, .some(let value)):
            writes = NameReads.targets(target)
            reads = NameReads.of(value).union(writes)
        case .functionDef(let def):
            writes = [def.name]
            reads = NameReads.of(function: def)
            isDefinition = true
        default:
            return
        }
        guard !writes.isEmpty else { return }
        pinned.subtract(writes)
        statements.append(RecordedStatement(stmt: stmt, writes: writes, reads: reads, isDefinition: isDefinition,
                                            computedFromParameters: computedFromParameters))
    }

    /// The loss's name: the selected one, else the most recently assigned of `loss`/`err` for which
    /// `isTensor` holds.
    public func lossName(isTensor: (String) -> Bool) -> String? {
        if let s = selectedLoss { return s }
        // Only a choice between two tensors needs the history (scanning it for every input would make
        // a script quadratic in its length).
        let candidates = ["loss", "err"].filter(isTensor)
        if candidates.count < 2 { return candidates.first }
        for r in statements.reversed() {
            for n in ["loss", "err"] where r.writes.contains(n) && isTensor(n) { return n }
        }
        for n in ["loss", "err"] where isTensor(n) { return n }
        return nil
    }

    /// The recorded assignments `forward` re-runs to recompute `loss`, in their original order: those
    /// the loss depends on (transitively) that themselves depend on a parameter or a pinned name. Parameters and pinned
    /// names are not recomputed; assignments that read no parameter are data and keep their values.
    public func plan(for loss: String, isParameter: (String) -> Bool) -> [Stmt] {
        var needed = Set<Int>()
        var resolved: [Int: [Int]] = [:]   // statement → the statements that produce what it reads
        func writer(_ name: String, before: Int) -> Int? {
            var i = min(before, statements.count) - 1
            while i >= 0 {
                if statements[i].writes.contains(name) { return i }
                i -= 1
            }
            return nil
        }
        // A read refers to the binding made before the reading statement. It is the parameter (or
        // pinned value) only when no later statement rebinds that name: `y = x@a` run while `a` was
        // data stays data after `a = nn.Parameter(a)`. A statement that was built from parameters
        // re-resolves the name instead: after `params = torch.randn(3).requires_grad_()` (starting
        // again), `yhat = f(x, params)` reads the new params.
        func isCurrent(_ name: String, before: Int, reader: Int?) -> Bool {
            guard isParameter(name) || pinned.contains(name) else { return false }
            if writer(name, before: before) == writer(name, before: statements.count) { return true }
            guard let reader else { return false }
            return isParameter(name) && statements[reader].computedFromParameters
        }
        var work: [(name: String, before: Int, reader: Int?)] = [(loss, statements.count, nil)]
        while let (name, before, reader) = work.popLast() {
            if isCurrent(name, before: before, reader: reader) { continue }
            guard let i = writer(name, before: before) else { continue }
            if let reader { resolved[reader, default: []].append(i) }
            guard needed.insert(i).inserted else { continue }
            let r = statements[i]
            // A def's body reads globals when it is called: resolve them before the caller.
            let scopeEnd = r.isDefinition ? before : i
            for n in r.reads { work.append((n, scopeEnd, i)) }
        }
        // A def may read names assigned after it: iterate until nothing changes.
        var dependsOnParameter: [Int: Bool] = [:]
        var changed = true
        while changed {
            changed = false
            for i in needed.sorted() where dependsOnParameter[i] != true {
                let end = statements[i].isDefinition ? statements.count : i
                let direct = statements[i].reads.contains { isCurrent($0, before: end, reader: i) }
                let indirect = (resolved[i] ?? []).contains { dependsOnParameter[$0] ?? false }
                if direct || indirect {
                    dependsOnParameter[i] = true
                    changed = true
                }
            }
        }
        return needed.sorted().filter { !statements[$0].isDefinition && (dependsOnParameter[$0] ?? false) }
            .map { statements[$0].stmt }
    }

    /// Forgets everything (the `reset` command).
    public mutating func reset() {
        statements = []
        selectedLoss = nil
        pinned = []
    }
}
