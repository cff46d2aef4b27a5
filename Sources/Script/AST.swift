/// A parsed Python module: its statements in order.
public struct Module: Sendable, Equatable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

/// An expression node with its source range (`end` is exclusive).
public struct Expr: Sendable, Equatable {
    public var kind: ExprKind
    public var start: SourcePosition
    public var end: SourcePosition

    public init(_ kind: ExprKind, start: SourcePosition, end: SourcePosition) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// The line of the node's first character.
    public var line: Int { start.line }
    /// The column of the node's first character.
    public var column: Int { start.column }
}

/// The shape of an expression.
public indirect enum ExprKind: Sendable, Equatable {
    case name(String)
    case integer(Int)
    /// An integer literal too large for `Int`, as written without underscores.
    case bigInteger(String)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    /// An f-string: literal text and replacement fields in order.
    case fString([FStringPart])
    case bool(Bool)
    case none
    case ellipsis
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `a and b and c` / `a or b` with all operands (at least two).
    case boolean(BooleanOperator, [Expr])
    /// `a < b <= c`: the first operand and each following (operator, operand).
    case compare(Expr, [Comparison])
    /// `body if condition else orElse`
    case conditional(condition: Expr, body: Expr, orElse: Expr)
    case lambda(Parameters, Expr)
    case call(Expr, [Argument])
    case attribute(Expr, String)
    /// `value[index]`; a multi-item index is a `.tuple`, and `a:b:c` items are `.slice`.
    case `subscript`(Expr, index: Expr)
    /// `lower:upper:step` inside a subscript; every part may be omitted.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case starred(Expr)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictEntry])
    case listComprehension(Expr, [Comprehension])
    case setComprehension(Expr, [Comprehension])
    case dictComprehension(key: Expr, value: Expr, [Comprehension])
    case generator(Expr, [Comprehension])
    /// `name := value`
    case namedExpr(target: String, value: Expr)
    /// `yield value` (value nil for a bare `yield`).
    case yield(Expr?)
    /// `yield from iterable`
    case yieldFrom(Expr)
}

/// Unary operators: `-x`, `+x`, `~x`, `not x`.
public enum UnaryOperator: String, Sendable, Equatable {
    case negate = "-"
    case plus = "+"
    case invert = "~"
    case not = "not"
}

/// Binary operators; the raw value is the Python spelling.
public enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
    case matrixMultiply = "@"
    case leftShift = "<<"
    case rightShift = ">>"
    case bitOr = "|"
    case bitXor = "^"
    case bitAnd = "&"
}

/// `and` / `or`.
public enum BooleanOperator: String, Sendable, Equatable {
    case and
    case or
}

/// Comparison operators; the raw value is the Python spelling.
public enum ComparisonOperator: String, Sendable, Equatable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in` = "in"
    case notIn = "not in"
    case `is` = "is"
    case isNot = "is not"
}

/// One link of a comparison chain.
public struct Comparison: Sendable, Equatable {
    public var op: ComparisonOperator
    public var right: Expr
    public init(op: ComparisonOperator, right: Expr) {
        self.op = op
        self.right = right
    }
}

/// A call argument, in source order.
public enum Argument: Sendable, Equatable {
    case positional(Expr)
    case keyword(String, Expr)
    /// `*iterable`
    case unpack(Expr)
    /// `**mapping`
    case unpackKeywords(Expr)
}

/// A `key: value` entry of a dict display, or `**mapping` when `key` is nil.
public struct DictEntry: Sendable, Equatable {
    public var key: Expr?
    public var value: Expr
    public init(key: Expr?, value: Expr) {
        self.key = key
        self.value = value
    }
}

/// `for target in iterable if c1 if c2` inside a comprehension.
public struct Comprehension: Sendable, Equatable {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]
    public init(target: Expr, iterable: Expr, conditions: [Expr]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
    }
}

/// A piece of an f-string.
public enum FStringPart: Sendable, Equatable {
    case literal(String)
    case field(FStringField)
}

/// A `{expression!conversion:format}` replacement field.
public struct FStringField: Sendable, Equatable {
    public var expression: Expr
    /// For `{x=}`: the text before the value (`"x="`), printed verbatim.
    public var debugText: String?
    /// `s`, `r` or `a`; `{x=}` without conversion or format spec gets `r`, as in CPython.
    public var conversion: Character?
    /// The format spec, which may itself contain replacement fields; nil when absent.
    public var formatSpec: [FStringPart]?

    public init(expression: Expr, debugText: String? = nil, conversion: Character? = nil, formatSpec: [FStringPart]? = nil) {
        self.expression = expression
        self.debugText = debugText
        self.conversion = conversion
        self.formatSpec = formatSpec
    }
}

/// The parameter list of a `def` or `lambda`.
public struct Parameters: Sendable, Equatable {
    /// Parameters before `*` (positional-or-keyword, including any before `/`).
    public var positional: [Parameter]
    /// How many of `positional` are positional-only (before `/`).
    public var positionalOnlyCount: Int
    /// `*args`
    public var varArgs: Parameter?
    /// Parameters after `*` or `*args`.
    public var keywordOnly: [Parameter]
    /// `**kwargs`
    public var kwArgs: Parameter?

    public init(positional: [Parameter] = [], positionalOnlyCount: Int = 0, varArgs: Parameter? = nil,
                keywordOnly: [Parameter] = [], kwArgs: Parameter? = nil) {
        self.positional = positional
        self.positionalOnlyCount = positionalOnlyCount
        self.varArgs = varArgs
        self.keywordOnly = keywordOnly
        self.kwArgs = kwArgs
    }

    /// Every parameter name in declaration order.
    public var allNames: [String] {
        positional.map(\.name) + (varArgs.map { [$0.name] } ?? []) + keywordOnly.map(\.name) + (kwArgs.map { [$0.name] } ?? [])
    }
}

/// One parameter: name, optional default and annotation.
public struct Parameter: Sendable, Equatable {
    public var name: String
    public var defaultValue: Expr?
    public var annotation: Expr?
    public var position: SourcePosition
    public init(name: String, defaultValue: Expr? = nil, annotation: Expr? = nil, position: SourcePosition) {
        self.name = name
        self.defaultValue = defaultValue
        self.annotation = annotation
        self.position = position
    }
}
