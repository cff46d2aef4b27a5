import Autograd

/// What the debugger session needs beyond `run`: evaluating parsed expressions without re-parsing,
/// and attribute names for TAB completion.
extension Interpreter {
    /// Evaluates a parsed expression in the global scope (an expression statement's value, for echo).
    public func evaluate(_ expr: Expr) throws -> Value {
        do {
            return try torchSettings.withBound { try eval(expr, globals) }
        } catch var e as PyError {
            if e.line == 0 { e.line = expr.line; e.column = expr.column }
            throw e
        } catch let e as SyntaxError {
            throw e
        } catch {
            var p = pyError(error)
            p.line = expr.line
            p.column = expr.column
            throw p
        }
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
