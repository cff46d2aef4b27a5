import Foundation
import Autograd

/// A numpy ufunc as an object (`<ufunc 'greater'>`): callable, with `outer` (every pair of elements,
/// the result shaped `x.shape + y.shape`), `__name__`, and for add/multiply/maximum/minimum `reduce`
/// and `accumulate` (along axis 0 by default, as numpy's).
final class NumpyUfuncObject: PyObject {
    let name: String
    let function: (inout CallArgs, Interpreter) throws -> Value
    init(_ name: String, _ function: @escaping (inout CallArgs, Interpreter) throws -> Value) {
        self.name = name
        self.function = function
    }

    var typeName: String { "numpy.ufunc" }
    func repr() -> String { "<ufunc '\(name)'>" }
    var attributeNames: [String] { ["__name__", "accumulate", "outer", "reduce"] }

    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? { try function(&args, interpreter) }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__name__": return .string(self.name)
        case "outer":
            return .builtin(Builtin("outer") { args, interp in
                // x gains one trailing axis per axis of y, then the two broadcast.
                let x = try NumpyFunctions.tensor(try args.required(0, "A"), self.name)
                let y = try NumpyFunctions.tensor(try args.required(1, "B"), self.name)
                let col = try NDArrayMethods.reshape(x, x.shape + [Int](repeating: 1, count: y.dim))
                var call = CallArgs([.object(NDArray(col)), .object(NDArray(y))], keywords: [], name: self.name)
                return try self.function(&call, interp)
            })
        case "reduce", "accumulate":
            guard ["add", "multiply", "maximum", "minimum"].contains(self.name) else {
                throw PyError(.notImplemented, "np.\(self.name).\(name) is not supported by gradstep")
            }
            return .builtin(Builtin(name) { args, _ in
                let t = try NumpyFunctions.tensor(try args.required(0, "array"), self.name)
                let axis = args.value(1, "axis") ?? .int(0)
                if name == "reduce" {
                    let keep = try args.bool(nil, "keepdims", default: false)
                    switch self.name {
                    case "add": return NDArray.result(try NumpyReductions.sum(t, axis: axis, keepdims: keep))
                    case "multiply": return NDArray.result(try NumpyReductions.fold(t, axis: axis, keepdims: keep, kind: "prod"))
                    default: return NDArray.result(try NumpyReductions.extreme(t, axis: axis, keepdims: keep, max: self.name == "maximum", arg: false))
                    }
                }
                if t.dim == 0 { throw PyError(.type, "cannot accumulate on a scalar") }
                switch self.name {
                case "add": return .object(NDArray(try NumpyFunctions.cumsum(t, axis)))
                case "multiply": return .object(NDArray(try NumpyAxisFunctions.cumprod(t, axis)))
                default: return .object(NDArray(try NumpyAxisFunctions.runningExtreme(t, axis, max: self.name == "maximum")))
                }
            })
        default: return nil
        }
    }
}
