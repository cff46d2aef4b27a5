/// Expression parsing, from `star_expressions` down to atoms.
extension Parser {
    /// `a, *b, c` without parentheses: a tuple when there is a comma.
    mutating func parseStarExpressions() throws -> Expr {
        let start = current.start
        let first = try parseStarOrNamed()
        guard isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if !(Parser.startsExpression(current) || isOp("*")) { break }
            items.append(try parseStarOrNamed())
        }
        return Expr(.tuple(items), start: start, end: lastEnd)
    }

    mutating func parseStarOrNamed() throws -> Expr {
        if isOp("*") {
            let star = advance()
            let inner = try parseBinary(minPrecedence: 1)
            return Expr(.starred(inner), start: star.start, end: lastEnd)
        }
        return try parseNamedExpression()
    }

    /// `name := value` or an ordinary expression.
    mutating func parseNamedExpression() throws -> Expr {
        if case .name(let name) = current.kind, peekToken(1).kind == .op(":=") {
            let start = advance().start
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: name, value: value), start: start, end: lastEnd)
        }
        return try parseExpression()
    }

    /// `lambda` or `a if c else b` or a disjunction.
    mutating func parseExpression() throws -> Expr {
        try descend()
        defer { depth -= 1 }
        if isKeyword("lambda") { return try parseLambda() }
        let start = current.start
        let body = try parseOr()
        guard isKeyword("if") else { return body }
        advance()
        let condition = try parseOr()
        guard acceptKeyword("else") else {
            throw SyntaxError(.syntaxError, "expected 'else' after 'if' expression", at: start, to: lastEnd)
        }
        let orElse = try parseExpression()
        return Expr(.conditional(condition: condition, body: body, orElse: orElse), start: start, end: lastEnd)
    }

    mutating func parseLambda() throws -> Expr {
        let start = advance().start
        let parameters = try parseParameters(closing: ":", allowAnnotations: false)
        try expectColon()
        let body = try parseExpression()
        return Expr(.lambda(parameters, body), start: start, end: lastEnd)
    }

    mutating func parseOr() throws -> Expr {
        let start = current.start
        let first = try parseAnd()
        guard isKeyword("or") else { return first }
        var values = [first]
        while acceptKeyword("or") { values.append(try parseAnd()) }
        return Expr(.boolean(.or, values), start: start, end: lastEnd)
    }

    mutating func parseAnd() throws -> Expr {
        let start = current.start
        let first = try parseNot()
        guard isKeyword("and") else { return first }
        var values = [first]
        while acceptKeyword("and") { values.append(try parseNot()) }
        return Expr(.boolean(.and, values), start: start, end: lastEnd)
    }

    mutating func parseNot() throws -> Expr {
        guard isKeyword("not") else { return try parseComparison() }
        try descend()
        defer { depth -= 1 }
        let start = advance().start
        let operand = try parseNot()
        return Expr(.unary(.not, operand), start: start, end: lastEnd)
    }

    /// The comparison operator at the current token, and how many tokens it spans.
    func comparisonOperator() -> (ComparisonOperator, Int)? {
        switch current.kind {
        case .op(let o):
            switch o {
            case "==": return (.equal, 1)
            case "!=": return (.notEqual, 1)
            case "<": return (.less, 1)
            case "<=": return (.lessOrEqual, 1)
            case ">": return (.greater, 1)
            case ">=": return (.greaterOrEqual, 1)
            default: return nil
            }
        case .keyword("in"): return (.in, 1)
        case .keyword("not") where peekToken(1).kind == .keyword("in"): return (.notIn, 2)
        case .keyword("is"): return peekToken(1).kind == .keyword("not") ? (.isNot, 2) : (.is, 1)
        default: return nil
        }
    }

    mutating func parseComparison() throws -> Expr {
        let start = current.start
        let first = try parseBinary(minPrecedence: 1)
        var links: [Comparison] = []
        while let (op, count) = comparisonOperator() {
            for _ in 0..<count { advance() }
            links.append(Comparison(op: op, right: try parseBinary(minPrecedence: 1)))
        }
        return links.isEmpty ? first : Expr(.compare(first, links), start: start, end: lastEnd)
    }

    static let binaryPrecedence: [String: (Int, BinaryOperator)] = [
        "|": (1, .bitOr), "^": (2, .bitXor), "&": (3, .bitAnd), "<<": (4, .leftShift), ">>": (4, .rightShift),
        "+": (5, .add), "-": (5, .subtract), "*": (6, .multiply), "/": (6, .divide), "//": (6, .floorDivide),
        "%": (6, .modulo), "@": (6, .matrixMultiply),
    ]

    /// Left-associative binary operators `|` … `*` by precedence climbing.
    mutating func parseBinary(minPrecedence: Int) throws -> Expr {
        let start = current.start
        var left = try parseUnary()
        // Each operator nests the tree one level deeper on the left; count it against the depth limit.
        var nesting = 0
        defer { depth -= nesting }
        while case .op(let o) = current.kind, let (precedence, op) = Parser.binaryPrecedence[o], precedence >= minPrecedence {
            try descend()
            nesting += 1
            advance()
            let right = try parseBinary(minPrecedence: precedence + 1)
            left = Expr(.binary(op, left, right), start: start, end: lastEnd)
        }
        return left
    }

    mutating func parseUnary() throws -> Expr {
        let op: UnaryOperator
        switch current.kind {
        case .op("-"): op = .negate
        case .op("+"): op = .plus
        case .op("~"): op = .invert
        default: return try parsePower()
        }
        try descend()
        defer { depth -= 1 }
        let start = advance().start
        let operand = try parseUnary()
        return Expr(.unary(op, operand), start: start, end: lastEnd)
    }

    /// `primary ** factor` (right-associative; the exponent may carry a unary sign).
    mutating func parsePower() throws -> Expr {
        let start = current.start
        let base = try parsePrimary()
        guard acceptOp("**") else { return base }
        try descend()
        defer { depth -= 1 }
        let exponent = try parseUnary()
        return Expr(.binary(.power, base, exponent), start: start, end: lastEnd)
    }

    /// An atom followed by `.name`, `(args)` and `[index]` trailers.
    mutating func parsePrimary() throws -> Expr {
        let start = current.start
        var e = try parseAtom()
        var nesting = 0
        defer { depth -= nesting }
        while true {
            if isOp(".") || isOp("(") || isOp("[") {
                try descend()
                nesting += 1
            }
            if isOp(".") {
                advance()
                guard case .name(let name) = current.kind else { throw invalidSyntax(at: current) }
                advance()
                e = Expr(.attribute(e, name), start: start, end: lastEnd)
            } else if isOp("(") {
                let open = advance()
                let args = try parseCallArguments(open: open)
                e = Expr(.call(e, args), start: start, end: lastEnd)
            } else if isOp("[") {
                advance()
                let index = try parseSubscriptIndex()
                e = Expr(.subscript(e, index: index), start: start, end: lastEnd)
            } else {
                return e
            }
        }
    }

    /// After `(`: arguments up to and including `)`.
    mutating func parseCallArguments(open: Token) throws -> [Argument] {
        bracketLevel += 1
        defer { bracketLevel -= 1 }
        var args: [Argument] = []
        var sawKeyword = false
        var sawKeywordUnpack = false
        while !isOp(")") {
            let argStart = current.start
            let last: Expr
            if acceptOp("*") {
                let value = try parseExpression()
                if sawKeywordUnpack {
                    throw SyntaxError(.syntaxError, "iterable argument unpacking follows keyword argument unpacking",
                                      at: argStart, to: lastEnd)
                }
                args.append(.unpack(value))
                last = value
            } else if acceptOp("**") {
                let value = try parseExpression()
                sawKeywordUnpack = true
                args.append(.unpackKeywords(value))
                last = value
            } else if case .name(let name) = current.kind, peekToken(1).kind == .op("=") {
                advance()
                advance()
                let value = try parseExpression()
                sawKeyword = true
                args.append(.keyword(name, value))
                last = value
            } else {
                let value = try parseNamedExpression()
                if isKeyword("for") {
                    let comprehensions = try parseComprehensions()
                    let generator = Expr(.generator(value, comprehensions), start: value.start, end: lastEnd)
                    if !(args.isEmpty && isOp(")")) {
                        throw SyntaxError(.syntaxError, "Generator expression must be parenthesized",
                                          at: generator.start, to: generator.end)
                    }
                    args.append(.positional(generator))
                    last = generator
                } else if isOp("=") {
                    throw SyntaxError(.syntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?",
                                      at: value.start, to: value.end)
                } else {
                    if sawKeywordUnpack {
                        throw SyntaxError(.syntaxError, "positional argument follows keyword argument unpacking",
                                          at: value.start, to: value.end)
                    }
                    if sawKeyword {
                        throw SyntaxError(.syntaxError, "positional argument follows keyword argument",
                                          at: value.start, to: value.end)
                    }
                    args.append(.positional(value))
                    last = value
                }
            }
            if acceptOp(",") { continue }
            if isOp(")") { break }
            throw missingComma(after: last)
        }
        advance()
        return args
    }

    /// The error for an unexpected token after `item` inside brackets.
    mutating func missingComma(after item: Expr) -> SyntaxError {
        let token = current
        var nameThenString = false
        if case .name = item.kind, case .string = token.kind { nameThenString = true }
        guard bracketLevel > 0, Parser.startsExpression(token), !nameThenString else {
            return invalidSyntax(at: token)
        }
        var probe = self
        let end = (try? probe.parseExpression())?.end ?? token.end
        return SyntaxError(.syntaxError, "invalid syntax. Perhaps you forgot a comma?", at: item.start, to: end)
    }

    /// After `[`: one index, a slice, or a tuple of them; consumes `]`.
    mutating func parseSubscriptIndex() throws -> Expr {
        bracketLevel += 1
        defer { bracketLevel -= 1 }
        let start = current.start
        var items = [try parseSliceItem()]
        var trailingComma = false
        while true {
            if acceptOp(",") {
                if isOp("]") {
                    trailingComma = true
                    break
                }
                items.append(try parseSliceItem())
                continue
            }
            if isOp("]") { break }
            throw missingComma(after: items[items.count - 1])
        }
        advance()
        if items.count == 1 && !trailingComma { return items[0] }
        return Expr(.tuple(items), start: start, end: items[items.count - 1].end)
    }

    mutating func parseSliceItem() throws -> Expr {
        let start = current.start
        var lower: Expr?
        if !isOp(":") {
            let item = try parseStarOrNamed()
            if !isOp(":") { return item }
            lower = item
        }
        advance()
        let upper = isOp(":") || isOp(",") || isOp("]") ? nil : try parseExpression()
        var step: Expr?
        if acceptOp(":") {
            step = isOp(",") || isOp("]") ? nil : try parseExpression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), start: start, end: lastEnd)
    }

    /// `for target in iterable if condition …` clauses (at least one).
    mutating func parseComprehensions() throws -> [Comprehension] {
        var result: [Comprehension] = []
        while acceptKeyword("for") {
            let target = try parseTargetList(allowStar: true)
            try validateTarget(target, context: .forLoop)
            guard acceptKeyword("in") else { throw invalidSyntax(at: current) }
            let iterable = try parseOr()
            var conditions: [Expr] = []
            while acceptKeyword("if") { conditions.append(try parseOr()) }
            result.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return result
    }

    // MARK: atoms

    mutating func parseAtom() throws -> Expr {
        let token = current
        let start = token.start
        switch token.kind {
        case .name(let name):
            advance()
            return Expr(.name(name), start: start, end: token.end)
        case .integer(let value):
            advance()
            return Expr(.integer(value), start: start, end: token.end)
        case .bigInteger(let text):
            advance()
            return Expr(.bigInteger(text), start: start, end: token.end)
        case .float(let value):
            advance()
            return Expr(.float(value), start: start, end: token.end)
        case .imaginary(let value):
            advance()
            return Expr(.imaginary(value), start: start, end: token.end)
        case .string:
            return try parseStrings()
        case .keyword("True"), .keyword("False"):
            advance()
            return Expr(.bool(token.kind == .keyword("True")), start: start, end: token.end)
        case .keyword("None"):
            advance()
            return Expr(.none, start: start, end: token.end)
        case .op("..."):
            advance()
            return Expr(.ellipsis, start: start, end: token.end)
        case .op("("):
            return try parseParenthesized()
        case .op("["):
            return try parseListDisplay()
        case .op("{"):
            return try parseBraceDisplay()
        case .keyword("yield"):
            if functionDepth == 0 {
                throw SyntaxError(.syntaxError, "'yield' outside function", at: start, to: token.end)
            }
            throw invalidSyntax(at: token)
        default:
            throw invalidSyntax(at: token)
        }
    }

    /// `yield`, `yield value`, `yield a, b` (a tuple) or `yield from iterable`.
    mutating func parseYieldExpression() throws -> Expr {
        let token = advance()
        if functionDepth == 0 {
            throw SyntaxError(.syntaxError, "'yield' outside function", at: token.start, to: token.end)
        }
        if acceptKeyword("from") {
            let source = try parseExpression()
            return Expr(.yieldFrom(source), start: token.start, end: lastEnd)
        }
        if isNewline || isEnd || isOp(";") || isOp(")") || isOp("=") || isOp("]") || isOp("}") {
            return Expr(.yield(nil), start: token.start, end: token.end)
        }
        let value = try parseStarExpressions()
        return Expr(.yield(value), start: token.start, end: lastEnd)
    }

    mutating func parseParenthesized() throws -> Expr {
        let open = advance()
        bracketLevel += 1
        defer { bracketLevel -= 1 }
        if acceptOp(")") { return Expr(.tuple([]), start: open.start, end: lastEnd) }
        if isKeyword("yield") {
            let y = try parseYieldExpression()
            try expectOp(")")
            return y
        }
        let first = try parseStarOrNamed()
        if isKeyword("for") {
            let comprehensions = try parseComprehensions()
            if !isOp(")") { throw missingComma(after: first) }
            advance()
            return Expr(.generator(first, comprehensions), start: open.start, end: lastEnd)
        }
        if acceptOp(")") {
            if case .starred = first.kind {
                throw SyntaxError(.syntaxError, "cannot use starred expression here", at: first.start, to: first.end)
            }
            return first
        }
        var items = [first]
        while true {
            if acceptOp(",") {
                if isOp(")") { break }
                items.append(try parseStarOrNamed())
                continue
            }
            if isOp(")") { break }
            throw missingComma(after: items[items.count - 1])
        }
        advance()
        return Expr(.tuple(items), start: open.start, end: lastEnd)
    }

    mutating func parseListDisplay() throws -> Expr {
        let open = advance()
        bracketLevel += 1
        defer { bracketLevel -= 1 }
        if acceptOp("]") { return Expr(.list([]), start: open.start, end: lastEnd) }
        let first = try parseStarOrNamed()
        if isKeyword("for") {
            let comprehensions = try parseComprehensions()
            if !isOp("]") { throw missingComma(after: first) }
            advance()
            return Expr(.listComprehension(first, comprehensions), start: open.start, end: lastEnd)
        }
        var items = [first]
        while true {
            if acceptOp(",") {
                if isOp("]") { break }
                items.append(try parseStarOrNamed())
                continue
            }
            if isOp("]") { break }
            throw missingComma(after: items[items.count - 1])
        }
        advance()
        return Expr(.list(items), start: open.start, end: lastEnd)
    }

    mutating func parseBraceDisplay() throws -> Expr {
        let open = advance()
        bracketLevel += 1
        defer { bracketLevel -= 1 }
        if acceptOp("}") { return Expr(.dict([]), start: open.start, end: lastEnd) }
        // Dict display / comprehension.
        if isOp("**") || !isOp("*") {
            var entries: [DictEntry] = []
            if acceptOp("**") {
                entries.append(DictEntry(key: nil, value: try parseBinary(minPrecedence: 1)))
            } else {
                let key = try parseNamedExpression()
                if !isOp(":") {
                    return try parseSetRest(open: open, first: key)
                }
                advance()
                let value = try parseExpression()
                if isKeyword("for") {
                    let comprehensions = try parseComprehensions()
                    if !isOp("}") { throw missingComma(after: value) }
                    advance()
                    return Expr(.dictComprehension(key: key, value: value, comprehensions), start: open.start, end: lastEnd)
                }
                entries.append(DictEntry(key: key, value: value))
            }
            while true {
                if acceptOp(",") {
                    if isOp("}") { break }
                    if acceptOp("**") {
                        entries.append(DictEntry(key: nil, value: try parseBinary(minPrecedence: 1)))
                        continue
                    }
                    let key = try parseExpression()
                    guard acceptOp(":") else {
                        throw SyntaxError(.syntaxError, "':' expected after dictionary key", at: key.start, to: key.end)
                    }
                    entries.append(DictEntry(key: key, value: try parseExpression()))
                    continue
                }
                if isOp("}") { break }
                throw missingComma(after: entries[entries.count - 1].value)
            }
            advance()
            return Expr(.dict(entries), start: open.start, end: lastEnd)
        }
        let first = try parseStarOrNamed()
        return try parseSetRest(open: open, first: first)
    }

    mutating func parseSetRest(open: Token, first: Expr) throws -> Expr {
        if isKeyword("for") {
            let comprehensions = try parseComprehensions()
            if !isOp("}") { throw missingComma(after: first) }
            advance()
            return Expr(.setComprehension(first, comprehensions), start: open.start, end: lastEnd)
        }
        var items = [first]
        while true {
            if acceptOp(",") {
                if isOp("}") { break }
                items.append(try parseStarOrNamed())
                continue
            }
            if isOp("}") { break }
            throw missingComma(after: items[items.count - 1])
        }
        advance()
        return Expr(.set(items), start: open.start, end: lastEnd)
    }

    /// Adjacent string literals, concatenated; f-strings become `.fString`.
    mutating func parseStrings() throws -> Expr {
        let start = current.start
        var parts: [FStringPart] = []
        var sawFString = false
        var sawBytes: Bool?
        while case .string(let literal) = current.kind {
            let token = advance()
            if let bytes = sawBytes, bytes != literal.isBytes {
                throw SyntaxError(.syntaxError, "cannot mix bytes and nonbytes literals", at: start, to: token.end)
            }
            sawBytes = literal.isBytes
            if literal.isFString {
                sawFString = true
                var scanner = FStringScanner(literal: literal, depth: depth)
                parts += try scanner.parseParts(nesting: 0)
            } else {
                parts.append(.literal(literal.value))
            }
        }
        let merged = FStringScanner.merge(parts)
        if sawBytes == true {
            var bytes: [UInt8] = []
            for part in merged {
                if case .literal(let text) = part {
                    bytes += text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
                }
            }
            return Expr(.bytes(bytes), start: start, end: lastEnd)
        }
        if sawFString { return Expr(.fString(merged), start: start, end: lastEnd) }
        var text = ""
        for part in merged {
            if case .literal(let t) = part { text += t }
        }
        return Expr(.string(text), start: start, end: lastEnd)
    }
}
