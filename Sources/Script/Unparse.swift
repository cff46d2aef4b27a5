/// Turning AST nodes back into Python text (every compound expression parenthesized), for tests and displays.
extension Expr {
    /// Python source for this expression where every operator application is wrapped in parentheses,
    /// e.g. `-x**2` gives `(-(x ** 2))`.
    public var parenthesized: String {
        switch kind {
        case .name(let n): return n
        case .integer(let v): return String(v)
        case .bigInteger(let t): return t
        case .float(let v): return v.isFinite && v == v.rounded() && abs(v) < 1e16 ? String(Int(v)) + ".0" : "\(v)"
        case .imaginary(let v): return "\(v)j"
        case .string(let s): return Expr.quote(s)
        case .bytes(let b): return "b" + Expr.quote(String(decoding: b, as: UTF8.self))
        case .fString(let parts): return "f" + Expr.quote(Expr.fStringBody(parts))
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .ellipsis: return "..."
        case .unary(let op, let e): return op == .not ? "(not \(e.parenthesized))" : "(\(op.rawValue)\(e.parenthesized))"
        case .binary(let op, let l, let r): return "(\(l.parenthesized) \(op.rawValue) \(r.parenthesized))"
        case .boolean(let op, let values): return "(" + values.map(\.parenthesized).joined(separator: " \(op.rawValue) ") + ")"
        case .compare(let first, let links):
            return "(" + first.parenthesized + links.map { " \($0.op.rawValue) \($0.right.parenthesized)" }.joined() + ")"
        case .conditional(let c, let b, let o): return "(\(b.parenthesized) if \(c.parenthesized) else \(o.parenthesized))"
        case .lambda(let params, let body):
            let p = params.source
            return "(lambda" + (p.isEmpty ? "" : " " + p) + ": \(body.parenthesized))"
        case .call(let f, let args): return f.parenthesized + "(" + args.map(\.source).joined(separator: ", ") + ")"
        case .attribute(let e, let name): return e.parenthesized + "." + name
        case .subscript(let e, let index):
            if case .tuple(let items) = index.kind, !items.isEmpty {
                return e.parenthesized + "[" + items.map(\.parenthesized).joined(separator: ", ") + (items.count == 1 ? "," : "") + "]"
            }
            return e.parenthesized + "[" + index.parenthesized + "]"
        case .slice(let lower, let upper, let step):
            return (lower?.parenthesized ?? "") + ":" + (upper?.parenthesized ?? "") + (step.map { ":" + $0.parenthesized } ?? "")
        case .starred(let e): return "*" + e.parenthesized
        case .tuple(let items):
            return "(" + items.map(\.parenthesized).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .list(let items): return "[" + items.map(\.parenthesized).joined(separator: ", ") + "]"
        case .set(let items): return "{" + items.map(\.parenthesized).joined(separator: ", ") + "}"
        case .dict(let entries):
            return "{" + entries.map { e in e.key.map { "\($0.parenthesized): \(e.value.parenthesized)" } ?? "**\(e.value.parenthesized)" }
                .joined(separator: ", ") + "}"
        case .listComprehension(let e, let c): return "[" + e.parenthesized + Expr.clauses(c) + "]"
        case .setComprehension(let e, let c): return "{" + e.parenthesized + Expr.clauses(c) + "}"
        case .dictComprehension(let k, let v, let c): return "{" + k.parenthesized + ": " + v.parenthesized + Expr.clauses(c) + "}"
        case .generator(let e, let c): return "(" + e.parenthesized + Expr.clauses(c) + ")"
        case .namedExpr(let target, let value): return "(\(target) := \(value.parenthesized))"
        case .yield(let value): return value.map { "(yield \($0.parenthesized))" } ?? "(yield)"
        case .yieldFrom(let value): return "(yield from \(value.parenthesized))"
        }
    }

    static func clauses(_ comprehensions: [Comprehension]) -> String {
        comprehensions.map { c in
            " for \(c.target.parenthesized) in \(c.iterable.parenthesized)" + c.conditions.map { " if \($0.parenthesized)" }.joined()
        }.joined()
    }

    static func quote(_ s: String) -> String {
        var out = "'"
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 32 || c.value == 127 {
                    out += "\\x" + (c.value < 16 ? "0" : "") + String(c.value, radix: 16)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "'"
    }

    static func fStringBody(_ parts: [FStringPart]) -> String {
        parts.map { part in
            switch part {
            case .literal(let t): return t.replacingBraces()
            case .field(let f):
                var s = "{" + (f.debugText ?? f.expression.parenthesized)
                if let c = f.conversion { s += "!" + String(c) }
                if let spec = f.formatSpec { s += ":" + fStringBody(spec) }
                return s + "}"
            }
        }.joined()
    }
}

extension String {
    fileprivate func replacingBraces() -> String {
        var out = ""
        for c in self {
            if c == "{" { out += "{{" } else if c == "}" { out += "}}" } else { out.append(c) }
        }
        return out
    }
}

extension Argument {
    /// The argument as Python source.
    public var source: String {
        switch self {
        case .positional(let e): return e.parenthesized
        case .keyword(let name, let e): return "\(name)=\(e.parenthesized)"
        case .unpack(let e): return "*" + e.parenthesized
        case .unpackKeywords(let e): return "**" + e.parenthesized
        }
    }
}

extension Parameters {
    /// The parameter list as Python source (without parentheses).
    public var source: String {
        func one(_ p: Parameter) -> String {
            p.name + (p.annotation.map { ": " + $0.parenthesized } ?? "") + (p.defaultValue.map { "=" + $0.parenthesized } ?? "")
        }
        var items: [String] = []
        for (k, p) in positional.enumerated() {
            items.append(one(p))
            if positionalOnlyCount > 0 && k + 1 == positionalOnlyCount { items.append("/") }
        }
        if let v = varArgs { items.append("*" + one(v)) } else if !keywordOnly.isEmpty { items.append("*") }
        items += keywordOnly.map(one)
        if let k = kwArgs { items.append("**" + one(k)) }
        return items.joined(separator: ", ")
    }
}

extension Stmt {
    /// The statement as Python source lines, blocks indented by four spaces.
    public func source(indent: String = "") -> [String] {
        func block(_ body: [Stmt]) -> [String] { body.flatMap { $0.source(indent: indent + "    ") } }
        switch kind {
        case .expression(let e): return [indent + e.parenthesized]
        case .assign(let targets, let value):
            return [indent + (targets + [value]).map(\.parenthesized).joined(separator: " = ")]
        case .augmentedAssign(let t, let op, let v): return [indent + "\(t.parenthesized) \(op.rawValue)= \(v.parenthesized)"]
        case .annotatedAssign(let t, let a, let v):
            return [indent + "\(t.parenthesized): \(a.parenthesized)" + (v.map { " = " + $0.parenthesized } ?? "")]
        case .functionDef(let f):
            return f.decorators.map { indent + "@" + $0.parenthesized }
                + [indent + "def \(f.name)(\(f.parameters.source))" + (f.returns.map { " -> " + $0.parenthesized } ?? "") + ":"]
                + block(f.body)
        case .classDef(let c):
            return c.decorators.map { indent + "@" + $0.parenthesized }
                + [indent + "class \(c.name)" + (c.bases.isEmpty ? "" : "(" + c.bases.map(\.source).joined(separator: ", ") + ")") + ":"]
                + block(c.body)
        case .return(let v): return [indent + "return" + (v.map { " " + $0.parenthesized } ?? "")]
        case .if(let c, let body, let orElse):
            var lines = [indent + "if \(c.parenthesized):"] + block(body)
            if !orElse.isEmpty { lines += [indent + "else:"] + block(orElse) }
            return lines
        case .for(let t, let it, let body, let orElse):
            var lines = [indent + "for \(t.parenthesized) in \(it.parenthesized):"] + block(body)
            if !orElse.isEmpty { lines += [indent + "else:"] + block(orElse) }
            return lines
        case .while(let c, let body, let orElse):
            var lines = [indent + "while \(c.parenthesized):"] + block(body)
            if !orElse.isEmpty { lines += [indent + "else:"] + block(orElse) }
            return lines
        case .with(let items, let body):
            let header = items.map { $0.context.parenthesized + ($0.target.map { " as " + $0.parenthesized } ?? "") }
            return [indent + "with " + header.joined(separator: ", ") + ":"] + block(body)
        case .try(let t):
            var lines = [indent + "try:"] + block(t.body)
            for h in t.handlers {
                lines.append(indent + "except" + (h.type.map { " " + $0.parenthesized } ?? "") + (h.name.map { " as " + $0 } ?? "") + ":")
                lines += block(h.body)
            }
            if !t.orElse.isEmpty { lines += [indent + "else:"] + block(t.orElse) }
            if !t.finally.isEmpty { lines += [indent + "finally:"] + block(t.finally) }
            return lines
        case .raise(let e, let cause):
            return [indent + "raise" + (e.map { " " + $0.parenthesized } ?? "") + (cause.map { " from " + $0.parenthesized } ?? "")]
        case .pass: return [indent + "pass"]
        case .break: return [indent + "break"]
        case .continue: return [indent + "continue"]
        case .import(let names):
            return [indent + "import " + names.map { $0.name + ($0.asName.map { " as " + $0 } ?? "") }.joined(separator: ", ")]
        case .importFrom(let module, let names, let level):
            return [indent + "from " + String(repeating: ".", count: level) + (module ?? "") + " import "
                + names.map { $0.name + ($0.asName.map { " as " + $0 } ?? "") }.joined(separator: ", ")]
        case .global(let names): return [indent + "global " + names.joined(separator: ", ")]
        case .nonlocal(let names): return [indent + "nonlocal " + names.joined(separator: ", ")]
        case .delete(let targets): return [indent + "del " + targets.map(\.parenthesized).joined(separator: ", ")]
        case .assert(let test, let message):
            return [indent + "assert " + test.parenthesized + (message.map { ", " + $0.parenthesized } ?? "")]
        }
    }
}

extension Module {
    /// The module as Python source (one statement per line, compound expressions parenthesized).
    public var source: String { body.flatMap { $0.source() }.joined(separator: "\n") }
}
