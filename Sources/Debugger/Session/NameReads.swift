import Script

/// The global names a piece of Python code reads, found by walking its AST (over-approximate:
/// comprehension and lambda variables are removed, anything else named counts as read).
enum NameReads {
    /// Names an expression reads.
    static func of(_ e: Expr) -> Set<String> {
        var out = Set<String>()
        collect(e, into: &out)
        return out
    }

    /// Names a function body reads from outside itself (its parameters and local assignments removed).
    static func of(function def: FunctionDef) -> Set<String> {
        var reads = Set<String>()
        var locals = Set(def.parameters.allNames)
        collect(def.body, reads: &reads, locals: &locals)
        for p in def.parameters.positional + def.parameters.keywordOnly {
            if let d = p.defaultValue { collect(d, into: &reads) }
        }
        return reads.subtracting(locals)
    }

    /// The names an assignment target binds (`a`, `a, b = …`); attributes and subscripts bind none.
    static func targets(_ e: Expr) -> Set<String> {
        switch e.kind {
        case .name(let n): return [n]
        case .tuple(let items), .list(let items): return items.reduce(into: Set<String>()) { $0.formUnion(targets($1)) }
        case .starred(let inner): return targets(inner)
        default: return []
        }
    }

    private static func collect(_ body: [Stmt], reads: inout Set<String>, locals: inout Set<String>) {
        for s in body {
            switch s.kind {
            case .expression(let e), .return(.some(let e)):
                collect(e, into: &reads)
            case .assign(let ts, let v):
                collect(v, into: &reads)
                for t in ts { locals.formUnion(targets(t)); collectTargetReads(t, into: &reads) }
            case .augmentedAssign(let t, _, let v), .annotatedAssign(let t, _, .some(let v)):
                collect(v, into: &reads)
                collect(t, into: &reads)
                locals.formUnion(targets(t))
            case .if(let c, let b, let o), .while(let c, let b, let o):
                collect(c, into: &reads)
                collect(b, reads: &reads, locals: &locals)
                collect(o, reads: &reads, locals: &locals)
            case .for(let t, let it, let b, let o):
                collect(it, into: &reads)
                locals.formUnion(targets(t))
                collect(b, reads: &reads, locals: &locals)
                collect(o, reads: &reads, locals: &locals)
            case .with(let items, let b):
                for i in items {
                    collect(i.context, into: &reads)
                    if let t = i.target { locals.formUnion(targets(t)) }
                }
                collect(b, reads: &reads, locals: &locals)
            case .try(let t):
                collect(t.body, reads: &reads, locals: &locals)
                for h in t.handlers {
                    if let n = h.name { locals.insert(n) }
                    collect(h.body, reads: &reads, locals: &locals)
                }
                collect(t.orElse, reads: &reads, locals: &locals)
                collect(t.finally, reads: &reads, locals: &locals)
            case .functionDef(let d):
                locals.insert(d.name)
                reads.formUnion(of(function: d))
            case .assert(let c, let m):
                collect(c, into: &reads)
                if let m { collect(m, into: &reads) }
            case .raise(let e, _):
                if let e { collect(e, into: &reads) }
            case .delete(let ts):
                for t in ts { collect(t, into: &reads) }
            default:
                break
            }
        }
    }

    /// `a[i] = …` and `a.b = …` read `a` (and `i`).
    private static func collectTargetReads(_ t: Expr, into out: inout Set<String>) {
        switch t.kind {
        case .attribute(let base, _): collect(base, into: &out)
        case .subscript(let base, let index): collect(base, into: &out); collect(index, into: &out)
        case .tuple(let items), .list(let items): for i in items { collectTargetReads(i, into: &out) }
        default: break
        }
    }

    private static func collect(_ e: Expr, into out: inout Set<String>) {
        switch e.kind {
        case .name(let n): out.insert(n)
        case .integer, .bigInteger, .float, .imaginary, .string, .bytes, .bool, .none, .ellipsis: break
        case .fString(let parts): collect(parts, into: &out)
        case .unary(_, let a), .starred(let a), .attribute(let a, _): collect(a, into: &out)
        case .binary(_, let a, let b): collect(a, into: &out); collect(b, into: &out)
        case .subscript(let a, let i): collect(a, into: &out); collect(i, into: &out)
        case .boolean(_, let items), .tuple(let items), .list(let items), .set(let items):
            for i in items { collect(i, into: &out) }
        case .compare(let a, let rest):
            collect(a, into: &out)
            for c in rest { collect(c.right, into: &out) }
        case .conditional(let c, let b, let o):
            collect(c, into: &out); collect(b, into: &out); collect(o, into: &out)
        case .lambda(let params, let body):
            var inner = Set<String>()
            collect(body, into: &inner)
            out.formUnion(inner.subtracting(params.allNames))
        case .call(let f, let args):
            collect(f, into: &out)
            for a in args {
                switch a {
                case .positional(let x), .keyword(_, let x), .unpack(let x), .unpackKeywords(let x): collect(x, into: &out)
                }
            }
        case .slice(let l, let u, let s):
            for x in [l, u, s] { if let x { collect(x, into: &out) } }
        case .dict(let entries):
            for d in entries {
                if let k = d.key { collect(k, into: &out) }
                collect(d.value, into: &out)
            }
        case .listComprehension(let x, let cs), .setComprehension(let x, let cs), .generator(let x, let cs):
            collectComprehension([x], cs, into: &out)
        case .dictComprehension(let k, let v, let cs):
            collectComprehension([k, v], cs, into: &out)
        case .namedExpr(_, let v): collect(v, into: &out)
        case .yield(let v): if let v { collect(v, into: &out) }
        case .yieldFrom(let v): collect(v, into: &out)
        }
    }

    private static func collect(_ parts: [FStringPart], into out: inout Set<String>) {
        for p in parts {
            if case .field(let f) = p {
                collect(f.expression, into: &out)
                if let spec = f.formatSpec { collect(spec, into: &out) }
            }
        }
    }

    private static func collectComprehension(_ results: [Expr], _ cs: [Comprehension], into out: inout Set<String>) {
        var inner = Set<String>()
        var bound = Set<String>()
        for c in cs {
            collect(c.iterable, into: &inner)
            for cond in c.conditions { collect(cond, into: &inner) }
            bound.formUnion(targets(c.target))
        }
        for r in results { collect(r, into: &inner) }
        out.formUnion(inner.subtracting(bound))
    }
}
