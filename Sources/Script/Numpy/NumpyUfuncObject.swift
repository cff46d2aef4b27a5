import Foundation
import Autograd

/// A numpy ufunc as an object (`<ufunc 'greater'>`): callable, with `outer` (every pair of elements,
/// the result shaped `x.shape + y.shape`) and `__name__`.
final class NumpyUfuncObject: PyObject {
    let name: String
    let function: (inout CallArgs, Interpreter) throws -> Value
    init(_ name: String, _ function: @escaping (inout CallArgs, Interpreter) throws -> Value) {
        self.name = name
        self.function = function
    }

    var typeName: String { "numpy.ufunc" }
    func repr() -> String { "<ufunc '\(name)'>" }
    var attributeNames: [String] { ["__name__", "outer"] }

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
        default: return nil
        }
    }
}
