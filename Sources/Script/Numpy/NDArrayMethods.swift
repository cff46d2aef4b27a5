import Foundation
import Autograd

/// The attributes and methods of `ndarray` and of numpy scalars.
enum NDArrayMethods {
    typealias Method = (Tensor, inout CallArgs, Interpreter) throws -> Value

    static let properties = ["T", "base", "dtype", "itemsize", "nbytes", "ndim", "shape", "size"]
    static var names: [String] { (properties + Array(methods.keys)).sorted() }
    static let scalarNames = ["dtype", "item", "itemsize", "ndim", "shape", "size", "tolist", "astype"]

    static func shapeValue(_ shape: [Int]) -> Value { .tuple(shape.map { .int($0) }) }

    static func get(_ a: NDArray, _ name: String, _ interp: Interpreter) throws -> Value? {
        let t = a.tensor
        switch name {
        case "shape": return shapeValue(t.shape)
        case "ndim": return .int(t.dim)
        case "size": return .int(t.numel)
        case "dtype": return .object(NumpyDTypeObject(t.dtype))
        case "T": return a.viewed(.object(NDArray(try t.permute(Array((0..<t.dim).reversed())))))
        case "base": return a.base.map { .object($0) } ?? Value.none
        case "itemsize": return .int(itemSize(t.dtype))
        case "nbytes": return .int(itemSize(t.dtype) * t.numel)
        default: break
        }
        guard let m = methods[name] else { return nil }
        return .builtin(Builtin(name) { args, interp in
            var args = args
            args.name = name
            let t = try NumpyAxisFunctions.maskedForReduction(name, t, &args)
            // Methods that return views (reshape, ravel, transpose, squeeze) give them a base.
            return a.viewed(try m(t, &args, interp))
        })
    }

    static func itemSize(_ d: DType) -> Int { d.itemSize }

    static func scalarAttribute(_ s: NumpyScalar, _ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "shape": return .tuple([])
        case "ndim": return .int(0)
        case "size": return .int(1)
        case "dtype": return .object(NumpyDTypeObject(s.dtype))
        case "itemsize": return .int(itemSize(s.dtype))
        case "item", "tolist": return .builtin(Builtin(name) { _, _ in s.pythonValue })
        case "real": return .object(s)
        default:
            guard let m = methods[name] else { return nil }
            return .builtin(Builtin(name) { args, interp in
                var a = args
                a.name = name
                return try m(s.tensor, &a, interp)
            })
        }
    }

    /// Python values of the elements, nested as lists (`tolist`).
    static func toList(_ t: Tensor) -> Value {
        let flat: [Value]
        switch t.dtype {
        case .float32, .float64, .float16: flat = t.doubleValues().map { .float($0) }
        case .bool: flat = t.intValues().map { .bool($0 != 0) }
        case .uint64: flat = t.intValues().map { $0 >= 0 ? .int(Int($0)) : .unsigned(UInt64(bitPattern: $0)) }
        default: flat = t.intValues().map { .int(Int($0)) }
        }
        if t.dim == 0 { return flat.first ?? .none }
        func build(_ dim: Int, _ start: Int) -> Value {
            let stride = t.shape[(dim + 1)...].reduce(1, *)
            if dim == t.dim - 1 { return .list(ListBox(Array(flat[start..<(start + t.shape[dim])]))) }
            return .list(ListBox((0..<t.shape[dim]).map { build(dim + 1, start + $0 * stride) }))
        }
        return build(0, 0)
    }

    /// The shape arguments of `reshape(2, 3)` / `reshape((2, 3))`, with one `-1` inferred.
    static func newShape(_ a: CallArgs, from start: Int, count: Int) throws -> [Int] {
        var items = Array(a.positional.dropFirst(start))
        if items.isEmpty, let v = a.value(nil, "shape") ?? a.value(nil, "newshape") { items = [v] }
        if items.count == 1 {
            if case .tuple(let t) = items[0] { items = t } else if case .list(let l) = items[0] { items = l.items }
        }
        let dims = try items.map { try Convert.int($0, name: "reshape", argument: "shape") }
        let unknown = dims.filter { $0 == -1 }.count
        if unknown > 1 { throw PyError(.value, "can only specify one unknown dimension") }
        var known = 1
        for d in dims where d != -1 {
            let (p, overflow) = known.multipliedReportingOverflow(by: d)
            if overflow || d < -1 { throw PyError(.value, "cannot reshape array of size \(count) into shape \(shapeText(dims))") }
            known = p
        }
        var out = dims
        if unknown == 1, let i = dims.firstIndex(of: -1) {
            if known == 0 || count % known != 0 {
                throw PyError(.value, "cannot reshape array of size \(count) into shape \(shapeText(dims))")
            }
            out[i] = count / known
        }
        if known != count && unknown == 0 || out.contains(where: { $0 < 0 }) {
            throw PyError(.value, "cannot reshape array of size \(count) into shape \(shapeText(dims))")
        }
        return out
    }

    static func shapeText(_ dims: [Int]) -> String { NumpyIndexing.shapeText(dims) }

    static func reshape(_ t: Tensor, _ shape: [Int]) throws -> Tensor {
        if t.isContiguous { return try t.view(shape) }
        return try t.contiguous().view(shape)
    }

    static func keepdims(_ a: CallArgs) throws -> Bool { try a.bool(nil, "keepdims", default: false) }

    nonisolated(unsafe) static let methods: [String: Method] = core.merging(NumpyAxisFunctions.methods) { p, _ in p }

    nonisolated(unsafe) private static let core: [String: Method] = [
        "reshape": { t, a, _ in .object(NDArray(try reshape(t, try newShape(a, from: 0, count: t.numel)))) },
        "sum": { t, a, _ in NDArray.result(try NumpyReductions.sum(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), dtype: try a.value(1, "dtype").flatMap { try NumpyDType.resolve($0) })) },
        "mean": { t, a, _ in
            // dtype= computes (and returns) the mean in that type.
            let d = try a.value(1, "dtype").flatMap { try NumpyDType.resolve($0) }
            let src = d.map { NumpyArrays.copy(t, $0) } ?? t
            return NDArray.result(try NumpyReductions.sum(src, axis: a.value(0, "axis"), keepdims: try keepdims(a), mean: true))
        },
        "std": { t, a, _ in NDArray.result(try NumpyReductions.variance(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), ddof: try a.int(nil, "ddof", default: 0), std: true)) },
        "var": { t, a, _ in NDArray.result(try NumpyReductions.variance(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), ddof: try a.int(nil, "ddof", default: 0), std: false)) },
        "min": { t, a, _ in NDArray.result(try NumpyReductions.extreme(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), max: false, arg: false)) },
        "max": { t, a, _ in NDArray.result(try NumpyReductions.extreme(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), max: true, arg: false)) },
        "argmin": { t, a, _ in NDArray.result(try NumpyReductions.extreme(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), max: false, arg: true)) },
        "argmax": { t, a, _ in NDArray.result(try NumpyReductions.extreme(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), max: true, arg: true)) },
        "prod": { t, a, _ in NDArray.result(try NumpyReductions.fold(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), kind: "prod")) },
        "any": { t, a, _ in NDArray.result(try NumpyReductions.fold(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), kind: "any")) },
        "all": { t, a, _ in NDArray.result(try NumpyReductions.fold(t, axis: a.value(0, "axis"), keepdims: try keepdims(a), kind: "all")) },
        "astype": { t, a, interp in
            if NumpyStrConversion.isStr(try a.required(0, "dtype")) {
                let s = NumpyStrConversion.fromArray(t, interp)
                return .object(s)
            }
            let d = try NumpyDType.resolve(try a.required(0, "dtype")) ?? .float64
            let out = NumpyArrays.copy(t, d)
            try NumpyFPErrors.report(NumpyFPErrors.cast(t, out), "cast", interp)
            return t.dim == 0 ? .object(NumpyScalar(out)) : .object(NDArray(out))
        },
        "copy": { t, _, _ in .object(NDArray(NumpyArrays.copy(t, t.dtype))) },
        "tolist": { t, _, _ in toList(t) },
        "item": { t, a, _ in
            if let i = a.positional.first {
                let k = try Convert.int(i)
                guard k >= -t.numel && k < t.numel else { throw PyError(.index, "index \(k) is out of bounds for size \(t.numel)") }
                return toList(try reshape(t, [t.numel]).select(dim: 0, index: k < 0 ? k + t.numel : k))
            }
            guard t.numel == 1 else { throw PyError(.value, "can only convert an array of size 1 to a Python scalar") }
            return toList(try reshape(t, []))
        },
        "flatten": { t, _, _ in .object(NDArray(NumpyArrays.copy(try reshape(t, [t.numel]), t.dtype))) },
        "ravel": { t, _, _ in .object(NDArray(try reshape(t, [t.numel]))) },
        "transpose": { t, a, _ in
            var perm = Array((0..<t.dim).reversed())
            if !a.positional.isEmpty {
                var items = a.positional
                // a.transpose(1, 0), a.transpose((1, 0)) and a.transpose([1, 0]) all name the axes.
                if items.count == 1, case .tuple(let tt) = items[0] { items = tt }
                if items.count == 1, case .list(let l) = items[0] { items = l.items }
                if items.count == 1, case .none = items[0] { return .object(NDArray(try t.permute(perm))) }
                perm = try items.map { try Convert.int($0) }
            }
            return .object(NDArray(try t.permute(perm)))
        },
        "squeeze": { t, a, _ in .object(NDArray(try NumpyFunctions.squeeze(t, a.value(0, "axis")))) },
        "dot": { t, a, _ in
            guard let y = try NumpyMath.operand(try a.required(0, "b")) else { throw PyError(.type, "unsupported operand for dot") }
            return NDArray.result(try NumpyLinalg.dot(NumpyMath.Operand(tensor: t, weak: false), y))
        },
        "clip": { t, a, _ in try NumpyFunctions.clip(.object(NDArray(t)), a.value(0, "min") ?? .none, a.value(1, "max") ?? .none) },
        "round": { t, a, _ in NDArray.result(NumpyFunctions.round(t, decimals: try a.int(0, "decimals", default: 0))) },
        "cumsum": { t, a, _ in .object(NDArray(try NumpyFunctions.cumsum(t, a.value(0, "axis")))) },
        "fill": { t, a, _ in
            try NumpyArrays.write(NumpyArrays.copy(try NumpyArrays.asarray(try a.required(0, "value"), dtype: nil), t.dtype), into: t)
            return .none
        },
        "argsort": { t, a, _ in .object(NDArray(try NumpyFunctions.alongAxis(t, a.value(0, "axis"), NumpyFunctions.argsort))) },
        "sort": { t, a, _ in
            // In place, along the last axis by default.
            try NumpyArrays.write(try NumpyFunctions.alongAxis(t, a.value(0, "axis") ?? .int(-1), NumpyFunctions.sortedLastAxis), into: t)
            return .none
        },
        "nonzero": { t, _, _ in NumpyFunctions.nonzero(t) },
    ]
}
