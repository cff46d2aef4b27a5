import Autograd

/// Python bindings of the ordering and selection ops (sort, topk, nonzero, diagonal, ...) and of the
/// ops PyTorch composes from others in C++ (hstack, tile, movedim, diff, ...): those are built here
/// from the same ops, so their grad_fn is the one PyTorch shows (hstack's is CatBackward0).
/// Each method is also `torch.NAME(input, ...)` unless listed in `methodOnly`.
enum SelectionBindings {
    typealias Method = TensorAttributes.Method

    nonisolated(unsafe) static let methods: [String: Method] = [
        "sort": { t, a, _ in
            let (v, i) = try t.sort(dim: try a.int(0, "dim", default: -1), descending: try a.bool(1, "descending", default: false))
            _ = try a.bool(nil, "stable", default: false)
            return .object(ReturnTypesObject("sort", [("values", .tensor(v)), ("indices", .tensor(i))]))
        },
        "argsort": { t, a, _ in
            _ = try a.bool(nil, "stable", default: false)
            return .tensor(try t.argsort(dim: try a.int(0, "dim", default: -1), descending: try a.bool(1, "descending", default: false)))
        },
        "msort": { t, _, _ in .tensor(try t.sort(dim: 0).values) },
        "topk": { t, a, _ in
            let (v, i) = try t.topk(try a.int(0, "k"), dim: try a.int(1, "dim", default: -1), largest: try a.bool(2, "largest", default: true),
                                    sorted: try a.bool(3, "sorted", default: true))
            return .object(ReturnTypesObject("topk", [("values", .tensor(v)), ("indices", .tensor(i))]))
        },
        "median": { t, a, _ in
            guard let d = try a.optionalInt(0, "dim") else { return .tensor(try t.median()) }
            return ReductionBindings.valuesIndices("median", try t.median(dim: d, keepdim: try a.bool(1, "keepdim", default: false)))
        },
        "nonzero": { t, a, _ in
            let r = t.nonzero(asTuple: try a.bool(nil, "as_tuple", default: false))
            return try a.bool(nil, "as_tuple", default: false) ? .tuple(r.map { .tensor($0) }) : .tensor(r[0])
        },
        "argwhere": { t, _, _ in .tensor(t.nonzero()[0]) },
        "count_nonzero": { t, a, _ in .tensor(try t.countNonzero(dims: try TensorAttributes.dims(a) ?? [])) },
        "masked_select": { t, a, _ in .tensor(try t.maskedSelect(try a.tensor(0, "mask"))) },
        "diagonal": { t, a, _ in
            .tensor(try t.diagonal(offset: try a.int(0, "offset", default: 0), dim1: try a.int(1, "dim1", default: 0), dim2: try a.int(2, "dim2", default: 1)))
        },
        "trace": { t, _, _ in .tensor(try t.trace()) },
        "take": { t, a, _ in .tensor(try t.take(try a.tensor(0, "index"))) },
        "take_along_dim": { t, a, _ in
            let idx = try a.tensor(0, "indices")
            guard let d = try a.optionalInt(1, "dim") else { return .tensor(try t.reshape([t.numel]).take(try idx.reshape([idx.numel]))) }
            return .tensor(try t.gather(dim: d, index: idx))
        },
        "unfold": { t, a, _ in .tensor(try t.unfold(dimension: try a.int(0, "dimension"), size: try a.int(1, "size"), step: try a.int(2, "step"))) },
        "narrow": { t, a, _ in
            let d = try Shape.wrapDim(try a.int(0, "dim"), rank: t.dim)
            let size = t.shape[d]
            var start = try a.int(1, "start")
            let length = try a.int(2, "length")
            if start < -size || start > size {
                throw PyError(.index, "start out of range (expected to be in range of [\(-size), \(size)], but got \(start))")
            }
            if start < 0 { start += size }
            if length < 0 || start > size - length {
                throw PyError(.runtime, "start (\(start)) + length (\(length)) exceeds dimension size (\(size)).")
            }
            return .tensor(try t.slice(dim: d, start: start, stop: start + length, step: 1))
        },
        "tile": { t, a, interp in
            var reps = try a.shape(from: 0, key: "dims")
            if reps.count < t.dim { reps = Array(repeating: 1, count: t.dim - reps.count) + reps }
            return .tensor(try t.repeatTiled(reps, limit: interp.maxElements))
        },
        "swapaxes": { t, a, _ in .tensor(try t.transpose(try a.int(0, "axis0"), try a.int(1, "axis1"))) },
        "swapdims": { t, a, _ in .tensor(try t.transpose(try a.int(0, "dim0"), try a.int(1, "dim1"))) },
        "movedim": { t, a, interp in try movedim(t, a, interp) },
        "moveaxis": { t, a, interp in try movedim(t, a, interp) },
        "ravel": { t, _, _ in .tensor(try t.reshape([t.numel])) },
        "broadcast_to": { t, a, _ in .tensor(try t.expand(try a.shape(from: 0, key: "size"))) },
        "fliplr": { t, _, _ in
            guard t.dim >= 2 else { throw PyError(.runtime, "Input must be >= 2-d.") }
            return .tensor(try t.flip([1]))
        },
        "flipud": { t, _, _ in
            guard t.dim >= 1 else { throw PyError(.runtime, "Input must be >= 1-d.") }
            return .tensor(try t.flip([0]))
        },
        "diff": { t, a, _ in try diff(t, a) },
        "divide": { t, a, interp in try forward("div", t, &a, interp) },
        "true_divide": { t, a, interp in try forward("div", t, &a, interp) },
        "subtract": { t, a, interp in try forward("sub", t, &a, interp) },
        "multiply": { t, a, interp in try forward("mul", t, &a, interp) },
        "logical_and": { t, a, _ in .tensor(try logical(t, try a.operand(0, "other")) { $0 && $1 }) },
        "logical_or": { t, a, _ in .tensor(try logical(t, try a.operand(0, "other")) { $0 || $1 }) },
        "logical_xor": { t, a, _ in .tensor(try logical(t, try a.operand(0, "other")) { $0 != $1 }) },
        "logical_not": { t, _, _ in .tensor(try logical(t, t) { a, _ in !a }) },
        "isclose": { t, a, _ in
            .tensor(try isclose(t, try a.operand(0, "other"), rtol: try a.double(1, "rtol", default: 1e-5),
                                atol: try a.double(2, "atol", default: 1e-8), equalNaN: try a.bool(3, "equal_nan", default: false)))
        },
        "bmm": { t, a, _ in .tensor(try t.bmm(try a.tensor(0, "mat2"))) },
    ]

    /// torch functions with no method form, built from other ops as PyTorch composes them.
    nonisolated(unsafe) static let functions: [String: TorchFunctions.Fn] = [
        "hstack": { a, interp in
            let ts = try tensors(a, interp, "hstack")
            let atLeast1 = try ts.map { $0.dim == 0 ? try $0.reshape([1]) : $0 }
            return .tensor(try Tensor.cat(atLeast1, dim: atLeast1[0].dim == 1 ? 0 : 1))
        },
        "vstack": { a, interp in .tensor(try Tensor.cat(try tensors(a, interp, "vstack").map(atLeast2d), dim: 0)) },
        "row_stack": { a, interp in .tensor(try Tensor.cat(try tensors(a, interp, "row_stack").map(atLeast2d), dim: 0)) },
        "dstack": { a, interp in
            let ts = try tensors(a, interp, "dstack").map { t -> Tensor in
                switch t.dim {
                case 0: return try t.reshape([1, 1, 1])
                case 1: return try t.reshape([1, t.numel, 1])
                case 2: return try t.unsqueeze(2)
                default: return t
                }
            }
            return .tensor(try Tensor.cat(ts, dim: 2))
        },
        "column_stack": { a, interp in
            let ts = try tensors(a, interp, "column_stack").map { t in t.dim <= 1 ? try t.reshape([t.numel, 1]) : t }
            return .tensor(try Tensor.cat(ts, dim: 1))
        },
    ]

    /// `torch.hstack(tensors)`: the sequence argument, non-empty.
    private static func tensors(_ a: CallArgs, _ interp: Interpreter, _ name: String) throws -> [Tensor] {
        let ts = try interp.iterate(try a.required(0, "tensors")).map { try Convert.operand($0, name: name) }
        guard !ts.isEmpty else { throw PyError(.runtime, "\(name) expects a non-empty TensorList") }
        return ts
    }

    private static func atLeast2d(_ t: Tensor) throws -> Tensor {
        t.dim >= 2 ? t : try t.reshape([1, t.numel])
    }

    /// An alias (`divide` is `div`): the same method with the same arguments.
    private static func forward(_ name: String, _ t: Tensor, _ a: inout CallArgs, _ interp: Interpreter) throws -> Value {
        guard let m = TensorAttributes.methods[name] else { throw PyError(.attribute, "'Tensor' object has no attribute '\(name)'") }
        return try m(t, &a, interp)
    }

    /// `movedim(source, destination)` with ints or sequences: a permute, as PyTorch builds it.
    private static func movedim(_ t: Tensor, _ a: CallArgs, _ interp: Interpreter) throws -> Value {
        func list(_ v: Value) throws -> [Int] {
            if case .int(let i) = v { return [i] }
            return try interp.iterate(v).map { try Convert.int($0) }
        }
        let src = try list(try a.required(0, "source")).map { try Shape.wrapDim($0, rank: t.dim) }
        let dst = try list(try a.required(1, "destination")).map { try Shape.wrapDim($0, rank: t.dim) }
        guard src.count == dst.count else {
            throw PyError(.runtime, "movedim: Invalid source or destination dims: source (\(src) dims) should contain the same number of dims as destination (\(dst) dims)")
        }
        var order = [Int](repeating: -1, count: t.dim)
        for (s, d) in zip(src, dst) { order[d] = s }
        var rest = (0..<t.dim).filter { !src.contains($0) }.makeIterator()
        for k in order.indices where order[k] < 0 { order[k] = rest.next() ?? 0 }
        return .tensor(try t.permute(order))
    }

    /// `diff(n=1, dim=-1)`: differences of neighbours along `dim`, n times (`a[1:] - a[:-1]`).
    private static func diff(_ t: Tensor, _ a: CallArgs) throws -> Value {
        let n = try a.int(0, "n", default: 1)
        guard n >= 0 else { throw PyError(.runtime, "order must be non-negative but got \(n)") }
        if let p = a.value(2, "prepend"), !p.isNone { throw PyError(.notImplemented, "diff(prepend=...) is not supported by gradstep yet") }
        if let p = a.value(3, "append"), !p.isNone { throw PyError(.notImplemented, "diff(append=...) is not supported by gradstep yet") }
        guard t.dim >= 1 else { throw PyError(.runtime, "diff expects input to be at least one-dimensional") }
        let d = try Shape.wrapDim(try a.int(1, "dim", default: -1), rank: t.dim)
        var r = t
        for _ in 0..<n {
            let size = r.shape[d]
            if size == 0 { break }
            r = try r.slice(dim: d, start: 1, stop: size, step: 1).sub(try r.slice(dim: d, start: 0, stop: size - 1, step: 1))
        }
        return .tensor(r)
    }

    /// logical_and/or/xor/not: a bool tensor of the broadcast shape (any dtype; non-zero is true).
    private static func logical(_ x: Tensor, _ y: Tensor, _ f: (Bool, Bool) -> Bool) throws -> Tensor {
        let shape = try Shape.broadcast(x.shape, y.shape)
        func truth(_ t: Tensor) throws -> [Bool] {
            let b = try t.broadcast(to: shape).contiguousCopy()
            return b.dtype.isFloatingPoint ? b.doubleValues().map { $0 != 0 } : b.intValues().map { $0 != 0 }
        }
        let p = try truth(x), q = try truth(y)
        return Tensor(ints: zip(p, q).map { f($0, $1) ? 1 : 0 }, shape: shape, dtype: .bool)
    }

    /// `isclose(other, rtol, atol, equal_nan)`: |a - b| <= atol + rtol * |b|, elementwise.
    private static func isclose(_ x: Tensor, _ y: Tensor, rtol: Double, atol: Double, equalNaN: Bool) throws -> Tensor {
        guard x.dtype == y.dtype || y.isWrappedNumber else {
            throw PyError(.runtime, "\(x.dtype.rawValue) did not match \(y.dtype.rawValue)")
        }
        let shape = try Shape.broadcast(x.shape, y.shape)
        let p = try x.broadcast(to: shape).contiguousCopy().doubleValues(), q = try y.broadcast(to: shape).contiguousCopy().doubleValues()
        let close = zip(p, q).map { a, b -> Int64 in
            if a == b { return 1 }
            if a.isNaN || b.isNaN { return equalNaN && a.isNaN && b.isNaN ? 1 : 0 }
            if a.isInfinite || b.isInfinite { return 0 }
            return abs(a - b) <= atol + rtol * abs(b) ? 1 : 0
        }
        return Tensor(ints: close, shape: shape, dtype: .bool)
    }
}
