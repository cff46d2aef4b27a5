/// Assignment / deletion target checks with CPython's messages.
extension Parser {
    /// Where a target appears.
    enum TargetContext {
        case assign(first: Bool)
        case forLoop
        case with
        case delete
    }

    /// A list of targets for `for`, comprehensions and `del`: stops before `in`; a comma makes a tuple.
    mutating func parseTargetList(allowStar: Bool) throws -> Expr {
        let start = current.start
        let first = try parseTarget(allowStar: allowStar)
        guard isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if !(Parser.startsExpression(current) || (allowStar && isOp("*"))) { break }
            items.append(try parseTarget(allowStar: allowStar))
        }
        return Expr(.tuple(items), start: start, end: lastEnd)
    }

    /// One target: a `bitwise_or`-level expression (so `in` is not consumed), or `*target`.
    mutating func parseTarget(allowStar: Bool) throws -> Expr {
        if allowStar, isOp("*") {
            let star = advance()
            let inner = try parseBinary(minPrecedence: 1)
            return Expr(.starred(inner), start: star.start, end: lastEnd)
        }
        return try parseBinary(minPrecedence: 1)
    }

    /// The first expression inside `e` that cannot be a target of the given kind.
    static func invalidTarget(_ e: Expr, deleting: Bool) -> Expr? {
        switch e.kind {
        case .name, .attribute, .subscript:
            return nil
        case .tuple(let items), .list(let items):
            for item in items {
                if let bad = invalidTarget(item, deleting: deleting) { return bad }
            }
            return nil
        case .starred(let inner):
            return deleting ? e : invalidTarget(inner, deleting: deleting)
        default:
            return e
        }
    }

    func validateTarget(_ target: Expr, context: TargetContext) throws {
        if case .delete = context {
            if let bad = Parser.invalidTarget(target, deleting: true) {
                throw SyntaxError(.syntaxError, "cannot delete \(Parser.describe(bad))", at: bad.start, to: bad.end)
            }
            return
        }
        if case .starred = target.kind {
            throw SyntaxError(.syntaxError, "starred assignment target must be in a list or tuple",
                              at: target.start, to: target.end)
        }
        if let bad = Parser.invalidTarget(target, deleting: false) {
            var message = "cannot assign to \(Parser.describe(bad))"
            if case .assign(first: true) = context, bad == target {
                switch bad.kind {
                case .compare, .boolean, .unary(.not, _), .bool, .none: break
                default: message += " here. Maybe you meant '==' instead of '='?"
                }
            }
            throw SyntaxError(.syntaxError, message, at: bad.start, to: bad.end)
        }
        try Parser.checkStarred(target)
    }

    static func checkStarred(_ target: Expr) throws {
        switch target.kind {
        case .tuple(let items), .list(let items):
            var starred = 0
            for item in items {
                if case .starred = item.kind { starred += 1 }
                try checkStarred(item)
            }
            if starred > 1 {
                throw SyntaxError(.syntaxError, "multiple starred expressions in assignment",
                                  at: target.start, to: target.end)
            }
        case .starred(let inner):
            try checkStarred(inner)
        default:
            break
        }
    }

    /// CPython's name for an expression kind in error messages.
    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .name: return "name"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        case .integer, .bigInteger, .float, .imaginary, .string, .bytes: return "literal"
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .ellipsis: return "ellipsis"
        case .fString: return "f-string expression"
        case .unary, .binary, .boolean: return "expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .generator: return "generator expression"
        case .namedExpr: return "named expression"
        case .yield, .yieldFrom: return "yield expression"
        case .starred: return "starred"
        case .slice: return "slice"
        }
    }
}
