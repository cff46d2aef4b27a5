import Autograd

/// What the debugger session needs beyond `run`: evaluating parsed expressions without re-parsing,
/// and attribute names for TAB completion.
extension Interpreter {
    /// Evaluates a parsed expression in the global scope (an expression statement's value, for echo).
    public func evaluate(_ expr: Expr) throws -> Value {
        currentLine = expr.line
        return try located(line: expr.line, column: expr.column) { try torchSettings.withBound { try eval(expr, globals) } }
    }

    /// The attribute names `value.` completes to: tensor properties and methods, a module's members,
    /// an object's attributes; empty for other values.
    public func attributeNames(of value: Value) -> [String] {
        switch value {
        case .tensor: return TensorAttributes.names
        case .object(let o): return o.attributeNames
        default: return []
        }
    }

    /// Python's type name of a value (`Tensor`, `Parameter`, `int`, `function`, …).
    public static func typeName(of value: Value) -> String { value.typeName }
}
