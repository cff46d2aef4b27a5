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

    static func hasNegativeStep(_ index: Value) -> Bool {
        switch index {
        case .slice(_, _, let step?): return step < 0
        case .tuple(let items): return items.contains(where: hasNegativeStep)
        default: return false
        }
    }

    /// Ints and slices with a negative step (`a[::-1]`, `m[:, ::-2]`), one axis at a time; the
    /// reversed axes are gathered into a copy (tensor views cannot step backwards).
    static func steppedBackwards(_ t: Tensor, _ index: Value) throws -> Tensor {
        let items: [Value]
        if case .tuple(let tt) = index { items = tt } else { items = [index] }
        guard items.count <= t.dim else {
            throw PyError(.index, "too many indices for array: array is \(t.dim)-dimensional, but \(items.count) were indexed")
        }
        var cur = t
        var d = 0
        for item in items {
            switch item {
            case .int, .bool, .object:
                var k = try Convert.index(item)
                let n = cur.shape[d]
                if k < -n || k >= n { throw PyError(.index, "index \(k) is out of bounds for axis \(d) with size \(n)") }
                if k < 0 { k += n }
                cur = try cur.select(dim: d, index: k)
            case .slice(let a, let b, let c):
                let (start, stop, step) = try Builtins.sliceBounds(a, b, c, count: cur.shape[d])
                if step > 0 {
                    cur = try cur.slice(dim: d, start: start, stop: stop, step: step)
                } else {
                    let picks = Array(stride(from: start, to: stop, by: step))
                    cur = picks.isEmpty ? try cur.slice(dim: d, start: 0, stop: 0, step: 1)
                        : try Tensor.stack(try picks.map { try cur.select(dim: d, index: $0) }, dim: d)
                }
                d += 1
            default:
                throw PyError(.notImplemented, "gradstep's numpy arrays take a negative slice step only with integers and other slices in the same index")
            }
        }
        return cur
    }

    /// How many axes an index uses (None and ... use none, a boolean mask uses its rank).
    static func axesUsed(_ index: Value) -> Int {
        switch index {
        case .tuple(let items): return items.reduce(0) { $0 + axesUsed($1) }
        case .none, .ellipsis: return 0
        case .object(let a as NDArray) where a.tensor.dtype == .bool: return a.tensor.dim
        default: return 1
        }
    }

    static func checkCount(_ t: Tensor, _ index: Value) throws {
        let used = axesUsed(index)
        if used > t.dim {
            throw PyError(.index, "too many indices for array: array is \(t.dim)-dimensional, but \(used) were indexed")
        }
    }

    /// `a[index]`: a view for basic indexing, a copy for advanced; one element is a numpy scalar.
    static func get(_ t: Tensor, _ index: Value) throws -> Value {
        try checkCount(t, index)
        if case .tuple(let items) = index, items.isEmpty { return t.dim == 0 ? .object(NumpyScalar(t)) : .object(NDArray(t)) }
        if hasNegativeStep(index) { return NDArray.result(try GradMode.withDisabled { try steppedBackwards(t, index) }) }
        let converted = try convert(index)
        do {
            let r = try GradMode.withDisabled { try Interpreter.indexTensor(t, converted) }
            return NDArray.result(r)
        } catch { throw renamed(error) }
    }

    /// `a[index] = value`, the value cast to the array's dtype.
    static func set(_ t: Tensor, _ index: Value, _ value: Value, _ interp: Interpreter) throws {
        try checkCount(t, index)
        if hasNegativeStep(index) {
            throw PyError(.notImplemented, "assigning through a negative slice step (a[::-1] = ...) is not supported by gradstep's numpy yet")
        }
        let converted = try convert(index)
        let src = NumpyArrays.copy(try NumpyArrays.asarray(value, dtype: nil, interp), t.dtype)
        do {
            try GradMode.withDisabled { try interp.setItem(.tensor(t), converted, .tensor(src)) }
        } catch { throw renamed(error) }
    }
}
