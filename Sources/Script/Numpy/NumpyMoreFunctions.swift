import Foundation
import Autograd

/// Less central numpy functions course notebooks call: unique, flip, outer, diag, isclose, tile,
/// repeat, meshgrid, diff.
enum NumpyMoreFunctions {
    typealias Fn = (inout CallArgs, Interpreter) throws -> Value

    static func tensor(_ a: CallArgs, _ i: Int, _ key: String, _ name: String) throws -> Tensor {
        try NumpyFunctions.tensor(try a.required(i, key), name)
    }

    nonisolated(unsafe) static let functions: [String: Fn] = [
        "unique": { a, _ in
            let t = try tensor(a, 0, "ar", "unique")
            let flat = try NDArrayMethods.reshape(t, [t.numel])
            let order = try NumpyFunctions.argsort(flat).intValues().map(Int.init)
            let v = flat.doubleValues()
            var keep: [Int] = [], counts: [Int64] = []
            for i in order {
                if let last = keep.last, v[last] == v[i] || (v[last].isNaN && v[i].isNaN) { counts[counts.count - 1] += 1 } else { keep.append(i); counts.append(1) }
            }
            let picked = NumpyArrays.make(t.dtype, shape: [keep.count], doubles: keep.map { v[$0] })
            let out: Tensor = t.dtype.isFloatingPoint ? picked : Tensor(ints: keep.map { flat.intValues()[$0] }, shape: [keep.count], dtype: t.dtype)
            if try a.bool(nil, "return_counts", default: false) {
                return .tuple([.object(NDArray(out)), .object(NDArray(Tensor(ints: counts, shape: [counts.count])))])
            }
            return .object(NDArray(out))
        },
        "flip": { a, _ in
            let t = try tensor(a, 0, "m", "flip")
            var items: [Value] = []
            if let ax = a.value(1, "axis"), !ax.isNone {
                let axes = try NumpyReductions.axes(ax, rank: t.dim)
                items = (0..<t.dim).map { axes.contains($0) ? .slice(nil, nil, -1) : .slice(nil, nil, nil) }
            } else {
                items = (0..<t.dim).map { _ in .slice(nil, nil, -1) }
            }
            return NDArray.result(try NumpyIndexing.steppedBackwards(t, .tuple(items)))
        },
        "outer": { a, _ in
            let x = try tensor(a, 0, "a", "outer"), y = try tensor(a, 1, "b", "outer")
            let col = try NDArrayMethods.reshape(x, [x.numel, 1]), row = try NDArrayMethods.reshape(y, [1, y.numel])
            return .object(NDArray(try NumpyMath.apply(.multiply, .init(tensor: col, weak: false), .init(tensor: row, weak: false))))
        },
        "diag": { a, _ in
            let t = try tensor(a, 0, "v", "diag")
            if t.dim == 1 {
                let n = t.numel
                var v = [Double](repeating: 0, count: n * n)
                let d = t.doubleValues()
                for i in 0..<n { v[i * n + i] = d[i] }
                return .object(NDArray(NumpyArrays.make(t.dtype, shape: [n, n], doubles: v)))
            }
            guard t.dim == 2 else { throw PyError(.value, "Input must be 1- or 2-d.") }
            let n = min(t.shape[0], t.shape[1])
            let d = t.contiguous().doubleValues()
            return .object(NDArray(NumpyArrays.make(t.dtype, shape: [n], doubles: (0..<n).map { d[$0 * t.shape[1] + $0] })))
        },
        "isclose": { a, _ in
            let x = try tensor(a, 0, "a", "isclose"), y = try tensor(a, 1, "b", "isclose")
            let rtol = try a.double(2, "rtol", default: 1e-5), atol = try a.double(3, "atol", default: 1e-8)
            let shape = try NumpyMath.broadcastShape(x.shape, y.shape)
            let xv = try x.broadcast(to: shape).doubleValues(), yv = try y.broadcast(to: shape).doubleValues()
            let r = zip(xv, yv).map { (p, q) -> Int64 in (p == q || Swift.abs(p - q) <= atol + rtol * Swift.abs(q)) ? 1 : 0 }
            return NDArray.result(Tensor(ints: r, shape: shape, dtype: .bool))
        },
        "tile": { a, _ in
            let t = try tensor(a, 0, "A", "tile")
            let reps = try Convert.int(try a.required(1, "reps"))
            let flat = try NDArrayMethods.reshape(t, [t.numel])
            guard t.dim <= 1 else { throw PyError(.notImplemented, "gradstep's np.tile takes 1-d arrays") }
            _ = try NumpyArrays.checkedCount([flat.numel, max(reps, 0)])
            if reps <= 0 { return .object(NDArray(try flat.slice(dim: 0, start: 0, stop: 0, step: 1))) }
            return .object(NDArray(try Tensor.cat([Tensor](repeating: flat, count: reps), dim: 0)))
        },
        "repeat": { a, _ in
            let t = try tensor(a, 0, "a", "repeat")
            let reps = max(try Convert.int(try a.required(1, "repeats")), 0)
            let flat = try NDArrayMethods.reshape(t, [t.numel])
            _ = try NumpyArrays.checkedCount([flat.numel, reps])
            if t.dtype.isFloatingPoint {
                let v = flat.doubleValues().flatMap { [Double](repeating: $0, count: reps) }
                return .object(NDArray(NumpyArrays.make(t.dtype, shape: [v.count], doubles: v)))
            }
            let v = flat.intValues().flatMap { [Int64](repeating: $0, count: reps) }
            return .object(NDArray(Tensor(ints: v, shape: [v.count], dtype: t.dtype)))
        },
        "meshgrid": { a, _ in
            guard a.positional.count == 2 else { throw PyError(.notImplemented, "gradstep's np.meshgrid takes two 1-d arrays") }
            let x = try tensor(a, 0, "x", "meshgrid"), y = try tensor(a, 1, "y", "meshgrid")
            let ij = (a.value(nil, "indexing").map { Repr.str($0) } ?? "xy") == "ij"
            let (rows, cols) = ij ? (x.numel, y.numel) : (y.numel, x.numel)
            _ = try NumpyArrays.checkedCount([rows, cols])
            let xv = x.doubleValues(), yv = y.doubleValues()
            var gx = [Double](), gy = [Double]()
            for i in 0..<rows { for j in 0..<cols {
                gx.append(ij ? xv[i] : xv[j]); gy.append(ij ? yv[j] : yv[i])
            } }
            return .tuple([.object(NDArray(NumpyArrays.make(x.dtype, shape: [rows, cols], doubles: gx))),
                           .object(NDArray(NumpyArrays.make(y.dtype, shape: [rows, cols], doubles: gy)))])
        },
        "diff": { a, _ in
            let t = try tensor(a, 0, "a", "diff")
            guard t.dim == 1 else { throw PyError(.notImplemented, "gradstep's np.diff takes 1-d arrays") }
            let n = t.numel
            if n < 1 { return .object(NDArray(t)) }
            let hi = try t.slice(dim: 0, start: 1, stop: n, step: 1), lo = try t.slice(dim: 0, start: 0, stop: n - 1, step: 1)
            return .object(NDArray(try NumpyMath.apply(.subtract, .init(tensor: hi, weak: false), .init(tensor: lo, weak: false))))
        },
    ]
}
