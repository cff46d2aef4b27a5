/// Statement parsing.
extension Parser {
    mutating func parseFile() throws -> Module {
        var body: [Stmt] = []
        while !isEnd {
            if isNewline || current.kind == .dedent {
                advance()
                continue
            }
            body += try parseStatement()
        }
        return Module(body: body)
    }

    /// Parses one statement line (possibly several `;`-separated simple statements) or one compound statement.
    mutating func parseStatement() throws -> [Stmt] {
        let token = current
        switch token.kind {
        case .indent:
            throw SyntaxError(.indentationError, "unexpected indent",
                              at: SourcePosition(line: token.end.line, column: max(token.end.column - 1, 1)), caret: false)
        case .keyword(let k):
            switch k {
            case "if": return [try parseIf(keyword: "if")]
            case "for": return [try parseFor()]
            case "while": return [try parseWhile()]
            case "def": return [try parseFunctionDef(decorators: [], start: token.start)]
            case "class": return [try parseClassDef(decorators: [], start: token.start)]
            case "with": return [try parseWith()]
            case "try": return [try parseTry()]
            case "elif", "else", "except", "finally": throw invalidSyntax(at: token)
            default: return try parseSimpleStatements()
            }
        case .op("@"):
            return [try parseDecorated()]
        case .name("match") where startsMatchStatement():
            throw SyntaxError(.syntaxError, "match statements (structural pattern matching) are not supported by gradstep yet",
                              at: token.start, to: token.end)
        default:
            return try parseSimpleStatements()
        }
    }

    /// Whether the line at `match` is a match statement (`match <subject>:`): `match` is a soft
    /// keyword, so a name `match` followed by a subject and a line-ending colon.
    func startsMatchStatement() -> Bool {
        let next = peekToken(1)
        if case .op(let o) = next.kind, !["(", "[", "{", "-", "*", "~"].contains(o) { return false }
        if next.kind == .newline || next.kind == .endMarker { return false }
        var k = p + 1
        var last = next
        while k < tokens.count, tokens[k].kind != .newline, tokens[k].kind != .endMarker {
            last = tokens[k]
            k += 1
        }
        return last.kind == .op(":")
    }

    /// `simple (';' simple)* [';'] NEWLINE`
    mutating func parseSimpleStatements() throws -> [Stmt] {
        var statements = [try parseSimpleStatement()]
        while acceptOp(";") {
            if isNewline || isEnd { break }
            statements.append(try parseSimpleStatement())
        }
        if isNewline {
            advance()
            return statements
        }
        if isEnd { return statements }
        if let last = statements.last, case .expression(let e) = last.kind, case .name("print") = e.kind,
           Parser.startsExpression(current), !isOp("("), !isOp("["), !isOp("-"), !isOp("+") {
            var end = current.end
            var k = p
            while k < tokens.count, tokens[k].kind != .newline, tokens[k].kind != .endMarker {
                end = tokens[k].end
                k += 1
            }
            throw SyntaxError(.syntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?",
                              at: e.start, to: end)
        }
        throw invalidSyntax(at: current)
    }

    mutating func parseSimpleStatement() throws -> Stmt {
        let token = current
        let start = token.start
        if case .keyword(let k) = token.kind {
            switch k {
            case "pass":
                advance()
                return Stmt(.pass, start: start, end: lastEnd)
            case "break":
                advance()
                if loopDepth == 0 { throw SyntaxError(.syntaxError, "'break' outside loop", at: start, to: lastEnd) }
                return Stmt(.break, start: start, end: lastEnd)
            case "continue":
                advance()
                if loopDepth == 0 {
                    throw SyntaxError(.syntaxError, "'continue' not properly in loop", at: start, to: lastEnd)
                }
                return Stmt(.continue, start: start, end: lastEnd)
            case "return":
                advance()
                let value = isNewline || isEnd || isOp(";") ? nil : try parseStarExpressions()
                if functionDepth == 0 {
                    throw SyntaxError(.syntaxError, "'return' outside function", at: start, to: lastEnd)
                }
                return Stmt(.return(value), start: start, end: lastEnd)
            case "import": return try parseImport()
            case "from": return try parseFromImport()
            case "global", "nonlocal":
                advance()
                var names = [try expectName()]
                while acceptOp(",") { names.append(try expectName()) }
                return Stmt(k == "global" ? .global(names) : .nonlocal(names), start: start, end: lastEnd)
            case "del":
                advance()
                let targets = try parseTargetList(allowStar: false)
                let items: [Expr]
                if case .tuple(let list) = targets.kind { items = list } else { items = [targets] }
                for item in items { try validateTarget(item, context: .delete) }
                return Stmt(.delete(items), start: start, end: lastEnd)
            case "assert":
                advance()
                let test = try parseExpression()
                let message = acceptOp(",") ? try parseExpression() : nil
                return Stmt(.assert(test, message: message), start: start, end: lastEnd)
            case "raise":
                advance()
                var exception: Expr?
                var cause: Expr?
                if !(isNewline || isEnd || isOp(";")) {
                    exception = try parseExpression()
                    if acceptKeyword("from") { cause = try parseExpression() }
                }
                return Stmt(.raise(exception, cause: cause), start: start, end: lastEnd)
            case "yield":
                return Stmt(.expression(try parseYieldExpression()), start: start, end: lastEnd)
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "//=": .floorDivide, "%=": .modulo,
        "**=": .power, "@=": .matrixMultiply, "<<=": .leftShift, ">>=": .rightShift, "|=": .bitOr,
        "^=": .bitXor, "&=": .bitAnd,
    ]

    mutating func parseExpressionStatement() throws -> Stmt {
        let start = current.start
        let first = try parseStarExpressions()
        if isOp("=") {
            var items = [first]
            while acceptOp("=") { items.append(isKeyword("yield") ? try parseYieldExpression() : try parseStarExpressions()) }
            let value = items.removeLast()
            for (index, target) in items.enumerated() {
                try validateTarget(target, context: .assign(first: index == 0))
            }
            return Stmt(.assign(targets: items, value: value), start: start, end: lastEnd)
        }
        if case .op(let o) = current.kind, let op = Parser.augmentedOperators[o] {
            switch first.kind {
            case .name, .attribute, .subscript:
                break
            default:
                throw SyntaxError(.syntaxError, "'\(Parser.describe(first))' is an illegal expression for augmented assignment",
                                  at: first.start, to: first.end)
            }
            advance()
            let value = isKeyword("yield") ? try parseYieldExpression() : try parseStarExpressions()
            return Stmt(.augmentedAssign(target: first, op: op, value: value), start: start, end: lastEnd)
        }
        if isOp(":") {
            switch first.kind {
            case .name, .attribute, .subscript:
                advance()
                let annotation = try parseExpression()
                let value = acceptOp("=") ? try parseStarExpressions() : nil
                return Stmt(.annotatedAssign(target: first, annotation: annotation, value: value), start: start, end: lastEnd)
            default:
                throw SyntaxError(.syntaxError, "only single target (not \(Parser.describe(first))) can be annotated",
                                  at: first.start, to: first.end)
            }
        }
        return Stmt(.expression(first), start: start, end: lastEnd)
    }

    // MARK: imports

    mutating func parseDottedName() throws -> String {
        var name = try expectName()
        while acceptOp(".") { name += "." + (try expectName()) }
        return name
    }

    mutating func parseImport() throws -> Stmt {
        let start = advance().start
        var names: [ImportName] = []
        repeat {
            let position = current.start
            let name = try parseDottedName()
            let alias = acceptKeyword("as") ? try expectName() : nil
            names.append(ImportName(name: name, asName: alias, position: position))
        } while acceptOp(",")
        return Stmt(.import(names), start: start, end: lastEnd)
    }

    mutating func parseFromImport() throws -> Stmt {
        let start = advance().start
        var level = 0
        while true {
            if acceptOp(".") { level += 1 } else if acceptOp("...") { level += 3 } else { break }
        }
        var module: String?
        if !isKeyword("import") { module = try parseDottedName() }
        guard acceptKeyword("import") else { throw invalidSyntax(at: current) }
        var names: [ImportName] = []
        if isOp("*") {
            names.append(ImportName(name: "*", position: advance().start))
        } else {
            let parenthesized = acceptOp("(")
            repeat {
                if parenthesized && isOp(")") { break }
                let position = current.start
                let name = try expectName()
                let alias = acceptKeyword("as") ? try expectName() : nil
                names.append(ImportName(name: name, asName: alias, position: position))
            } while acceptOp(",")
            if parenthesized { try expectOp(")") }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), start: start, end: lastEnd)
    }

    // MARK: blocks

    /// Parses the block after a header's `:`; `what` is e.g. `"'for' statement"`.
    mutating func parseBlock(_ what: String, headerLine: Int) throws -> [Stmt] {
        guard isNewline else {
            return try parseSimpleStatements()
        }
        let newline = advance()
        guard current.kind == .indent else {
            let position = isEnd ? newline.start : current.start
            throw SyntaxError(.indentationError, "expected an indented block after \(what) on line \(headerLine)",
                              at: position, caret: !isEnd)
        }
        advance()
        var body: [Stmt] = []
        while current.kind != .dedent && !isEnd {
            if isNewline {
                advance()
                continue
            }
            body += try parseStatement()
        }
        if current.kind == .dedent { advance() }
        return body
    }

    /// Reports `if x = 1:` the way CPython does.
    mutating func checkConditionFollowedByAssignment(_ condition: Expr) throws {
        guard isOp("=") else { return }
        advance()
        var end = lastEnd
        var probe = self
        if let value = try? probe.parseExpression() { end = value.end }
        throw SyntaxError(.syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                          at: condition.start, to: end)
    }

    mutating func parseIf(keyword: String) throws -> Stmt {
        let header = advance()
        let condition = try parseNamedExpression()
        try checkConditionFollowedByAssignment(condition)
        try expectColon()
        let body = try parseBlock("'\(keyword)' statement", headerLine: header.start.line)
        var orElse: [Stmt] = []
        if isKeyword("elif") {
            orElse = [try parseIf(keyword: "elif")]
        } else if isKeyword("else") {
            let elseToken = advance()
            try expectColon()
            orElse = try parseBlock("'else' statement", headerLine: elseToken.start.line)
        }
        return Stmt(.if(condition: condition, body: body, orElse: orElse), start: header.start, end: lastEnd)
    }

    mutating func parseLoopBody(_ what: String, headerLine: Int) throws -> [Stmt] {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try parseBlock(what, headerLine: headerLine)
    }

    mutating func parseElse() throws -> [Stmt] {
        guard isKeyword("else") else { return [] }
        let elseToken = advance()
        try expectColon()
        return try parseBlock("'else' statement", headerLine: elseToken.start.line)
    }

    mutating func parseFor() throws -> Stmt {
        let header = advance()
        let target = try parseTargetList(allowStar: true)
        try validateTarget(target, context: .forLoop)
        guard acceptKeyword("in") else { throw invalidSyntax(at: current) }
        let iterable = try parseStarExpressions()
        try expectColon()
        let body = try parseLoopBody("'for' statement", headerLine: header.start.line)
        let orElse = try parseElse()
        return Stmt(.for(target: target, iterable: iterable, body: body, orElse: orElse), start: header.start, end: lastEnd)
    }

    mutating func parseWhile() throws -> Stmt {
        let header = advance()
        let condition = try parseNamedExpression()
        try checkConditionFollowedByAssignment(condition)
        try expectColon()
        let body = try parseLoopBody("'while' statement", headerLine: header.start.line)
        let orElse = try parseElse()
        return Stmt(.while(condition: condition, body: body, orElse: orElse), start: header.start, end: lastEnd)
    }

    mutating func parseWith() throws -> Stmt {
        let header = advance()
        var items: [WithItem] = []
        repeat {
            let context = try parseExpression()
            var target: Expr?
            if acceptKeyword("as") {
                let t = try parseTarget(allowStar: false)
                try validateTarget(t, context: .with)
                target = t
            }
            items.append(WithItem(context: context, target: target))
        } while acceptOp(",")
        try expectColon()
        let body = try parseBlock("'with' statement", headerLine: header.start.line)
        return Stmt(.with(items, body: body), start: header.start, end: lastEnd)
    }

    mutating func parseTry() throws -> Stmt {
        let header = advance()
        try expectColon()
        let body = try parseBlock("'try' statement", headerLine: header.start.line)
        var handlers: [ExceptHandler] = []
        while isKeyword("except") {
            let token = advance()
            var type: Expr?
            var name: String?
            if !isOp(":") {
                type = try parseExpression()
                if isOp(",") {
                    throw SyntaxError(.syntaxError, "multiple exception types must be parenthesized",
                                      at: type?.start ?? current.start, to: lastEnd)
                }
                if acceptKeyword("as") { name = try expectName() }
            }
            try expectColon()
            let handlerBody = try parseBlock("'except' statement", headerLine: token.start.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, position: token.start))
        }
        let orElse = handlers.isEmpty ? [] : try parseElse()
        var finally: [Stmt] = []
        if isKeyword("finally") {
            let token = advance()
            try expectColon()
            finally = try parseBlock("'finally' statement", headerLine: token.start.line)
        }
        if handlers.isEmpty && finally.isEmpty {
            throw SyntaxError(.syntaxError, "expected 'except' or 'finally' block", at: current.start, to: current.end)
        }
        return Stmt(.try(TryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally)),
                    start: header.start, end: lastEnd)
    }

    mutating func parseDecorated() throws -> Stmt {
        let start = current.start
        var decorators: [Expr] = []
        while acceptOp("@") {
            decorators.append(try parseNamedExpression())
            guard isNewline else { throw invalidSyntax(at: current) }
            advance()
        }
        if isKeyword("def") { return try parseFunctionDef(decorators: decorators, start: start) }
        if isKeyword("class") { return try parseClassDef(decorators: decorators, start: start) }
        throw invalidSyntax(at: current)
    }

    mutating func parseFunctionDef(decorators: [Expr], start: SourcePosition) throws -> Stmt {
        let header = advance()
        let name = try expectName()
        try expectOp("(")
        bracketLevel += 1
        let parameters = try parseParameters(closing: ")", allowAnnotations: true)
        bracketLevel -= 1
        try expectOp(")")
        let returns = acceptOp("->") ? try parseExpression() : nil
        try expectColon()
        let savedLoop = loopDepth
        loopDepth = 0
        functionDepth += 1
        defer {
            loopDepth = savedLoop
            functionDepth -= 1
        }
        let body = try parseBlock("function definition", headerLine: header.start.line)
        let def = FunctionDef(name: name, parameters: parameters, body: body, decorators: decorators, returns: returns)
        return Stmt(.functionDef(def), start: start, end: lastEnd)
    }

    mutating func parseClassDef(decorators: [Expr], start: SourcePosition) throws -> Stmt {
        let header = advance()
        let name = try expectName()
        var bases: [Argument] = []
        if isOp("(") {
            let open = advance()
            bases = try parseCallArguments(open: open)
        }
        try expectColon()
        let savedLoop = loopDepth
        let savedFunction = functionDepth
        loopDepth = 0
        functionDepth = 0
        defer {
            loopDepth = savedLoop
            functionDepth = savedFunction
        }
        let body = try parseBlock("class definition", headerLine: header.start.line)
        return Stmt(.classDef(ClassDef(name: name, bases: bases, body: body, decorators: decorators)),
                    start: start, end: lastEnd)
    }

    /// Parameters of a `def` (closing `)`) or `lambda` (closing `:`).
    mutating func parseParameters(closing: String, allowAnnotations: Bool) throws -> Parameters {
        var result = Parameters()
        var seenDefault = false
        var seenStar = false
        var seenSlash = false
        var names: Set<String> = []

        func parameter(_ parser: inout Parser) throws -> Parameter {
            let token = parser.current
            let name = try parser.expectName()
            if names.contains(name) {
                throw SyntaxError(.syntaxError, "duplicate argument '\(name)' in function definition",
                                  at: token.start, to: token.end)
            }
            names.insert(name)
            let annotation = allowAnnotations && parser.acceptOp(":") ? try parser.parseExpression() : nil
            return Parameter(name: name, annotation: annotation, position: token.start)
        }

        while !isOp(closing) {
            if isOp("/") {
                let slash = advance()
                if seenSlash || seenStar || result.positional.isEmpty { throw invalidSyntax(at: slash) }
                seenSlash = true
                result.positionalOnlyCount = result.positional.count
            } else if isOp("**") {
                advance()
                result.kwArgs = try parameter(&self)
                _ = acceptOp(",")
                guard isOp(closing) else {
                    throw SyntaxError(.syntaxError, "arguments cannot follow var-keyword argument", at: current.start, to: current.end)
                }
                break
            } else if isOp("*") {
                let star = advance()
                if seenStar { throw SyntaxError(.syntaxError, "* argument may appear only once", at: star.start, to: star.end) }
                seenStar = true
                if case .name = current.kind {
                    result.varArgs = try parameter(&self)
                } else if isOp(closing) || (isOp(",") && peekToken(1).kind == .op(closing)) {
                    throw SyntaxError(.syntaxError, "named arguments must follow bare *", at: star.start, to: star.end)
                }
            } else {
                let token = current
                var param = try parameter(&self)
                if acceptOp("=") {
                    param.defaultValue = try parseExpression()
                    if !seenStar { seenDefault = true }
                } else if seenDefault && !seenStar {
                    throw SyntaxError(.syntaxError, "non-default argument follows default argument",
                                      at: token.start, to: token.end)
                }
                if seenStar { result.keywordOnly.append(param) } else { result.positional.append(param) }
            }
            if !acceptOp(",") { break }
        }
        return result
    }
}
