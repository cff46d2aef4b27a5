/// A statement node with its source range (`end` is exclusive).
public struct Stmt: Sendable, Equatable {
    public var kind: StmtKind
    public var start: SourcePosition
    public var end: SourcePosition

    public init(_ kind: StmtKind, start: SourcePosition, end: SourcePosition) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// The line of the statement's first character.
    public var line: Int { start.line }
    /// The column of the statement's first character.
    public var column: Int { start.column }
}

/// The shape of a statement.
public indirect enum StmtKind: Sendable, Equatable {
    case expression(Expr)
    /// `t1 = t2 = value`: targets left to right (names, attributes, subscripts, tuples/lists, starred inside those).
    case assign(targets: [Expr], value: Expr)
    /// `target op= value` (target is a name, attribute or subscript).
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `target: annotation = value`
    case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    /// `if`; an `elif` chain is a nested `.if` as the only statement of `orElse`.
    case `if`(condition: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(condition: Expr, body: [Stmt], orElse: [Stmt])
    case with([WithItem], body: [Stmt])
    case `try`(TryStatement)
    case raise(Expr?, cause: Expr?)
    case pass
    case `break`
    case `continue`
    /// `import a.b as c, d`
    case `import`([ImportName])
    /// `from ..module import a as b` (`level` counts the dots; a `*` import is one name `"*"`).
    case importFrom(module: String?, names: [ImportName], level: Int)
    case global([String])
    case nonlocal([String])
    case delete([Expr])
    case assert(Expr, message: Expr?)
}

/// `def name(parameters) -> returns: body`
public struct FunctionDef: Sendable, Equatable {
    public var name: String
    public var parameters: Parameters
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr] = [], returns: Expr? = nil) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

/// `class Name(bases): body`
public struct ClassDef: Sendable, Equatable {
    public var name: String
    public var bases: [Argument]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr] = []) {
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = decorators
    }
}

/// One `expr as target` of a `with` statement.
public struct WithItem: Sendable, Equatable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr? = nil) {
        self.context = context
        self.target = target
    }
}

/// `try: … except E as e: … else: … finally: …`
public struct TryStatement: Sendable, Equatable {
    public var body: [Stmt]
    public var handlers: [ExceptHandler]
    public var orElse: [Stmt]
    public var finally: [Stmt]
    public init(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt]) {
        self.body = body
        self.handlers = handlers
        self.orElse = orElse
        self.finally = finally
    }
}

/// `except type as name: body`
public struct ExceptHandler: Sendable, Equatable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var position: SourcePosition
    public init(type: Expr?, name: String?, body: [Stmt], position: SourcePosition) {
        self.type = type
        self.name = name
        self.body = body
        self.position = position
    }
}

/// A dotted module or imported name with its optional `as` alias.
public struct ImportName: Sendable, Equatable {
    public var name: String
    public var asName: String?
    public var position: SourcePosition
    public init(name: String, asName: String? = nil, position: SourcePosition) {
        self.name = name
        self.asName = asName
        self.position = position
    }
}
