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
            // numpy indexes with any integer dtype; tensor indexing would take uint8 as a mask.
            if a.tensor.dtype == .bool || a.tensor.dtype == .int64 || a.tensor.dtype == .int32 { return .tensor(a.tensor) }
            return .tensor(NumpyArrays.copy(a.tensor, .int64))
        case .object(let s as NumpyScalar):
            if s.dtype.isFloatingPoint { throw indexError() }
            return .int(Int(s.tensor.intValues()[0]))
        case .float, .string:
            throw indexError()
        case .tuple(let items): return .tuple(try items.map(convert))
        case .range(let start, let stop, let step):
            // A range indexes as the integer array it lists (`probs[range(N), y]`).
            let n = Builtins.rangeCount(start, stop, step)
            guard n <= 1 << 32 else { throw PyError(.memory, "range of \(n) items is too large to index with") }
            return .tensor(Tensor(ints: (0..<n).map { Int64(start + $0 * step) }, shape: [n]))
        case .list(let l) where l.items.contains(where: { if case .bool = $0 { return true }; return false }):
            return .tensor(try NumpyArrays.array(index, dtype: nil))
        default: return index
        }
    }

    /// An index for a tensor with its numpy parts as PyTorch takes them (`t[np.array([0, 2])]`,
    /// `t[np.int64(1)]`); other values unchanged.
    static func forTensor(_ index: Value) -> Value {
        switch index {
        case .object(let a as NDArray): return .tensor(a.tensor)
        case .object(let s as NumpyScalar) where !s.dtype.isFloatingPoint && s.dtype != .bool: return .int(Int(s.tensor.intValues()[0]))
        case .tuple(let items): return .tuple(items.map(forTensor))
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

    /// A view of `t` reversed along `axes` (negative strides, sharing `t`'s memory as numpy's does).
    static func flip(_ t: Tensor, _ axes: [Int]) throws -> Tensor {
        var cur = t
        for axis in axes where cur.shape[axis] > 0 {
            cur = try cur.steppedView(dim: axis, start: cur.shape[axis] - 1, count: cur.shape[axis], step: -1)
        }
        return cur
    }

    /// The array reversed along every axis a negative-step slice indexes, and the index with those
    /// slices turned into positive ones on the reversed axes (`a[5:1:-2]` is `a[::-1][4:8:2]`): the
    /// result is still a view of `t`.
    static func flippingNegativeSteps(_ t: Tensor, _ index: Value) throws -> (Tensor, Value) {
        let items: [Value]
        if case .tuple(let tt) = index { items = tt } else { items = [index] }
        func consumed(_ v: Value) -> Int {
            switch v {
            case .none, .ellipsis: return 0
            case .object(let a as NDArray) where a.tensor.dtype == .bool: return a.tensor.dim
            default: return 1
            }
        }
        let explicit = items.reduce(0) { $0 + consumed($1) }
        var axis = 0
        var axes: [Int] = []
        var rewritten: [Value] = []
        for item in items {
            if case .ellipsis = item { axis += max(t.dim - explicit, 0); rewritten.append(item); continue }
            if case .slice(let a, let b, let c?) = item, c < 0, axis < t.dim {
                let n = t.shape[axis]
                let (start, stop, step) = try Builtins.sliceBounds(a, b, c, count: n)
                axes.append(axis)
                rewritten.append(.slice(n - 1 - start, n - 1 - stop, -step))
            } else {
                rewritten.append(item)
            }
            axis += consumed(item)
        }
        return (try flip(t, axes), .tuple(rewritten))
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
        if hasNegativeStep(index) {
            let (flipped, positive) = try flippingNegativeSteps(t, index)
            return try get(flipped, positive)
        }
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
            // The reversed view writes through to the array.
            let (flipped, positive) = try flippingNegativeSteps(t, index)
            try set(flipped, positive, value, interp)
            return
        }
        let converted = try convert(index)
        // numpy 2 refuses a Python integer the array's integer type cannot hold (NEP 50).
        if case .int(let i) = value { try NumpyArrays.checkPythonInt(Int64(i), t.dtype) }
        let src = NumpyArrays.copy(try NumpyArrays.asarray(value, dtype: nil, interp), t.dtype)
        do {
            try GradMode.withDisabled { try interp.setItem(.tensor(t), converted, .tensor(src)) }
        } catch { throw renamed(error) }
    }
}
