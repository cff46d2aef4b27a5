import Autograd

/// Watches one traced iteration for Python-level effects a compiled plan would not repeat
/// (output, plotting, list or attribute changes, random numbers), notes which variables the
/// iteration writes before it reads them, and collects the iteration's guards: the `if` conditions
/// and assigned values that read the loop variable (`if i % 100 == 0:`), which a plan re-checks for
/// every iteration it replaces.
final class LoopWatch {
    let variable: String
    /// The loop's scope, and the scope that binds the loop variable (the globals under `global i`).
    let scope: Scope
    let variableHome: Scope
    let globals: Scope
    private(set) var impurity: String?
    private(set) var guards: [LoopGuard] = []
    /// Per variable of the loop's scope or the globals (`ScopeSnapshot.key`): true when the
    /// iteration wrote it before reading it.
    private(set) var writtenFirst: [String: Bool] = [:]
    /// While a condition or assigned value is evaluated: the names it read, with their values.
    var collecting: [String: Value]?
    var sawLoopVariable = false
    /// The global random generator as the iteration's known draws (a DataLoader's, `RowBatches`)
    /// left it: any other change of it is a draw a plan would not repeat.
    var generator: TorchGenerator

    init(variable: String, scope: Scope, globals: Scope, generator: TorchGenerator) {
        self.variable = variable
        self.generator = generator
        self.scope = scope
        self.globals = globals
        if let proxy = scope as? GlobalScopeProxy, proxy.names.contains(variable) { variableHome = globals } else { variableHome = scope }
    }

    func impure(_ why: String) {
        if impurity == nil { impurity = why }
    }

    /// Whether storing `new` where `old` is leaves the state as it was: the same object, or an equal
    /// plain value (`self._opt_called = True` on every step). Such a write is no effect a plan misses.
    static func unchanged(_ old: Value?, _ new: Value) -> Bool {
        guard let old else { return false }
        switch (old, new) {
        case (.tensor(let a), .tensor(let b)): return a === b
        case (.list(let a), .list(let b)): return a === b
        case (.dict(let a), .dict(let b)): return a === b
        case (.object(let a), .object(let b)): return a === b
        case (.function(let a), .function(let b)): return a === b
        default: return ScopeSnapshot.same(old, new)
        }
    }

    /// `name` was read and found in `home`.
    func read(_ name: String, _ value: Value, in home: Scope) {
        if home === scope || home === globals {
            let key = ScopeSnapshot.key(name, global: home === globals)
            if writtenFirst[key] == nil { writtenFirst[key] = false }
        }
        if name == variable && home === variableHome {
            if collecting == nil { impure("the loop variable is read outside an `if` condition or an assignment") }
            sawLoopVariable = true
        }
        if collecting != nil, collecting?[name] == nil { collecting?[name] = value }
    }

    /// `name` was bound in `home`.
    func wrote(_ name: String, in home: Scope) {
        if home === scope || home === globals {
            let key = ScopeSnapshot.key(name, global: home === globals)
            if writtenFirst[key] == nil { writtenFirst[key] = true }
        }
    }

    /// A condition or assigned value `expr` read the loop variable and gave `value`.
    func addGuard(_ expr: Expr, _ value: Value, environment: [String: Value]) {
        guard LoopGuard.isCheckable(expr) else {
            impure("the loop variable is used in an expression a plan cannot re-check")
            return
        }
        for (name, v) in environment where name != variable {
            switch v {
            case .int, .float, .bool, .none, .string, .bigInt: continue
            default:
                impure("a condition on the loop variable also reads `\(name)`")
                return
            }
        }
        guards.append(LoopGuard(expr: expr, value: value, environment: environment))
    }
}

extension Interpreter {
    /// `lookup` while an iteration is traced: tells the watch what was read and where it was found.
    func watchedLookup(_ name: String, _ scope: Scope, _ watch: LoopWatch) throws -> Value {
        var found: (value: Value, home: Scope)?
        if let p = scope as? GlobalScopeProxy, p.names.contains(name), let v = globals.vars[name] {
            found = (v, globals)
        } else {
            var s: Scope? = scope
            while let cur = s, found == nil {
                if let v = cur.value(name) { found = (v, cur) } else if let f = cur.function, f.localNames.contains(name) {
                    throw Interpreter.unboundLocal(name, own: cur === scope)
                }
                s = cur.parent
            }
            if found == nil, scope !== globals, let v = globals.vars[name] { found = (v, globals) }
        }
        guard let found else {
            // Builtins and the NameError: the ordinary path.
            loopWatch = nil
            defer { loopWatch = watch }
            return try lookup(name, scope)
        }
        watch.read(name, found.value, in: found.home)
        return found.value
    }

    /// Evaluates an `if` condition or an assigned value while an iteration is traced; when it read
    /// the loop variable it becomes a guard.
    func guardedEval(_ e: Expr, _ scope: Scope) throws -> Value {
        guard let watch = loopWatch, watch.collecting == nil else { return try eval(e, scope) }
        watch.collecting = [:]
        watch.sawLoopVariable = false
        defer { watch.collecting = nil }
        let v: Value
        do {
            v = try eval(e, scope)
        } catch {
            if watch.sawLoopVariable { watch.impure("a condition on the loop variable raises an error") }
            throw error
        }
        if watch.sawLoopVariable { watch.addGuard(e, v, environment: watch.collecting ?? [:]) }
        return v
    }
}
