import Foundation
import Autograd

/// numpy indexing (`a[i]`, `a[1:3]`, `a[mask]`, `a[[0, 2]]`, `a[i, j] = v`) on an array's tensor:
/// the interpreter's tensor indexing does the work once numpy values in the index are tensors.
enum NumpyIndexing {
    /// `(2,3)` / `(3,)` / `()`: a shape as numpy's error messages print it (no spaces).
    static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
    }

    /// The index with numpy arrays and scalars turned into what tensor indexing takes.
    static func convert(_ index: Value) throws -> Value {
        switch index {
        case .object(let a as NDArray):
            if a.tensor.dtype.isFloatingPoint { throw indexError() }
            return .tensor(a.tensor)
        case .object(let s as NumpyScalar):
            if s.dtype.isFloatingPoint { throw indexError() }
            return .int(Int(s.tensor.intValues()[0]))
        case .float, .string:
            throw indexError()
        case .tuple(let items): return .tuple(try items.map(convert))
        case .list(let l) where l.items.contains(where: { if case .bool = $0 { return true }; return false }):
            return .tensor(try NumpyArrays.array(index, dtype: nil))
        case .slice(_, _, let step?) where step < 0:
            throw PyError(.notImplemented, "gradstep's numpy arrays do not take negative slice steps yet (a[::-1]); use np.flip(a)")
        default: return index
        }
    }

    static func indexError() -> PyError {
        PyError(.index, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
    }

    /// Torch's index errors say "dimension"; numpy's say "axis".
    static func renamed(_ e: Error) -> Error {
        var p = pyError(e)
        if p.kind == .index { p.message = p.message.replacingOccurrences(of: "for dimension", with: "for axis") }
        return p
    }

    /// `a[index]`: a view for basic indexing, a copy for advanced; one element is a numpy scalar.
    static func get(_ t: Tensor, _ index: Value) throws -> Value {
        if case .tuple(let items) = index, items.isEmpty { return t.dim == 0 ? .object(NumpyScalar(t)) : .object(NDArray(t)) }
        let converted = try convert(index)
        do {
            let r = try GradMode.withDisabled { try Interpreter.indexTensor(t, converted) }
            return NDArray.result(r)
        } catch { throw renamed(error) }
    }

    /// `a[index] = value`, the value cast to the array's dtype.
    static func set(_ t: Tensor, _ index: Value, _ value: Value, _ interp: Interpreter) throws {
        let converted = try convert(index)
        let src = NumpyArrays.copy(try NumpyArrays.asarray(value, dtype: nil, interp), t.dtype)
        do {
            try GradMode.withDisabled { try interp.setItem(.tensor(t), converted, .tensor(src)) }
        } catch { throw renamed(error) }
    }
}
