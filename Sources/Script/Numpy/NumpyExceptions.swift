import Autograd

/// The errors numpy's ufunc machinery raises with its own exception classes
/// (numpy/_core/_exceptions.py; the classes are `ClassRuntime.libraryExceptions`).
enum NumpyExceptions {
    /// numpy's dtype name for a ufunc operand: a Python str or str array as `<Un`, a number or
    /// numeric array by its dtype; nil for what numpy would not take as an array.
    static func operandDtype(_ v: Value) -> String? {
        switch v {
        case .string(let s): return "<U\(Swift.max(s.count, 1))"
        case .object(let a as NumpyStrArray): return a.dtypeName
        default: return (try? NumpyMath.operand(v)).flatMap { $0.map { NumpyDType.name($0.tensor.dtype) } }
        }
    }

    /// A ufunc of two operands where one is a str (or str array) and the other a number: the
    /// `_UFuncNoLoopError` numpy raises; nil when neither is a str.
    static func strOperands(_ name: String, _ x: Value, _ y: Value) -> PyError? {
        let isStr: (Value) -> Bool = { v in
            if case .string = v { return true }
            if case .object(_ as NumpyStrArray) = v { return true }
            return false
        }
        guard isStr(x) || isStr(y), let a = operandDtype(x), let b = operandDtype(y) else { return nil }
        return noLoop(name, [a, b])
    }

    /// `_UFuncNoLoopError`: no loop of ufunc `name` takes these operand dtypes (a str array
    /// with a number, say).
    static func noLoop(_ name: String, _ dtypes: [String]) -> PyError {
        let types = dtypes.map { "dtype('\($0)')" }.joined(separator: ", ")
        return PyError(library: "numpy._core._exceptions._UFuncNoLoopError",
                       "ufunc '\(name)' did not contain a loop with signature matching types (\(types)\(dtypes.count == 1 ? "," : "")) -> None")
    }

    /// `_UFuncOutputCastingError`: the result of ufunc `name` cannot be stored in `out`'s dtype.
    static func outputCasting(_ name: String, from: String, to: String) -> PyError {
        PyError(library: "numpy._core._exceptions._UFuncOutputCastingError",
                "Cannot cast ufunc '\(name)' output from dtype('\(from)') to dtype('\(to)') with casting rule 'same_kind'")
    }
}
