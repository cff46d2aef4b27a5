import Foundation
import Autograd

/// `np.linalg.norm`: numpy's vector orders (inf, -inf, 0, 1, 2, any p) along one axis and matrix
/// orders (1, -1, inf, -inf, 'fro') over two, computed with the same reductions numpy's `norm` uses.
enum NumpyNorm {
    /// The `ord=` argument: None, a norm name, or a number.
    enum Order { case none, name(String), number(Double) }

    static func order(_ v: Value?) throws -> Order {
        guard let v, !v.isNone else { return .none }
        if case .string(let s) = v { return .name(s) }
        return .number(try Convert.double(v, name: "norm", argument: "ord"))
    }

    static func norm(_ t: Tensor, ord: Order, axis: Value?, keepdims: Bool) throws -> Tensor {
        let x = NumpyArrays.copy(t, t.dtype.isFloatingPoint ? t.dtype : .float64)
        if axis == nil || axis!.isNone {
            // numpy's fast path: the 2-norm of the flattened array.
            let flat: Bool
            switch ord {
            case .none: flat = true
            case .name(let s): flat = (s == "fro" || s == "f") && x.dim == 2
            case .number(let p): flat = p == 2 && x.dim == 1
            }
            if flat { return try twoNorm(x, axis: nil, keepdims: keepdims) }
        }
        var axes: [Int]
        if let axis, !axis.isNone {
            let items: [Value]
            if case .tuple(let tu) = axis { items = tu } else { items = [axis] }
            axes = try items.map { try Convert.int($0, name: "norm", argument: "axis") }
        } else {
            axes = Array(0..<x.dim)
        }
        if axes.count == 1 { return try vectorNorm(x, ord: ord, axis: axes[0], keepdims: keepdims) }
        guard axes.count == 2 else { throw PyError(.value, "Improper number of dimensions to norm.") }
        for (i, a) in axes.enumerated() {
            guard a >= -x.dim && a < x.dim else {
                throw PyError(library: "numpy.exceptions.AxisError", "axis \(a) is out of bounds for array of dimension \(x.dim)")
            }
            axes[i] = a < 0 ? a + x.dim : a
        }
        var (row, col) = (axes[0], axes[1])
        guard row != col else { throw PyError(.value, "Duplicate axes given.") }
        let r: Tensor
        switch ord {
        case .none: r = try twoNorm(x, axis: .tuple([.int(row), .int(col)]), keepdims: false)
        case .name(let s) where s == "fro" || s == "f": r = try twoNorm(x, axis: .tuple([.int(row), .int(col)]), keepdims: false)
        case .name("nuc"):
            throw PyError(.notImplemented, "np.linalg.norm with ord='nuc' is not supported by gradstep yet")
        case .number(let p) where p == 2 || p == -2:
            throw PyError(.notImplemented, "np.linalg.norm with a matrix ord=\(p == 2 ? 2 : -2) is not supported by gradstep yet")
        case .number(let p) where p == 1 || p == -1:
            if col > row { col -= 1 }
            let s = try NumpyReductions.sum(absolute(x), axis: .int(row), keepdims: false)
            r = try NumpyReductions.extreme(s, axis: .int(col), keepdims: false, max: p == 1, arg: false)
        case .number(let p) where p.isInfinite:
            if row > col { row -= 1 }
            let s = try NumpyReductions.sum(absolute(x), axis: .int(col), keepdims: false)
            r = try NumpyReductions.extreme(s, axis: .int(row), keepdims: false, max: p > 0, arg: false)
        default: throw PyError(.value, "Invalid norm order for matrices.")
        }
        guard keepdims else { return r }
        var shape = x.shape
        shape[axes[0]] = 1
        shape[axes[1]] = 1
        return try r.reshape(shape)
    }

    static func vectorNorm(_ x: Tensor, ord: Order, axis: Int, keepdims: Bool) throws -> Tensor {
        let ax = Value.int(axis)
        switch ord {
        case .none: return try twoNorm(x, axis: ax, keepdims: keepdims)
        case .name(let s): throw PyError(.value, "Invalid norm order '\(s)' for vectors")
        case .number(let p):
            if p.isInfinite { return try NumpyReductions.extreme(absolute(x), axis: ax, keepdims: keepdims, max: p > 0, arg: false) }
            if p == 0 {
                let nonzero = NumpyArrays.make(x.dtype, shape: x.shape, doubles: x.doubleValues().map { $0 != 0 ? 1 : 0 })
                return try NumpyReductions.sum(nonzero, axis: ax, keepdims: keepdims)
            }
            if p == 1 { return try NumpyReductions.sum(absolute(x), axis: ax, keepdims: keepdims) }
            if p == 2 { return try twoNorm(x, axis: ax, keepdims: keepdims) }
            let powered = NumpyMath.floating(absolute(x)) { Foundation.pow($0, p) }
            let s = try NumpyReductions.sum(powered, axis: ax, keepdims: keepdims)
            return NumpyMath.floating(s) { Foundation.pow($0, 1 / p) }
        }
    }

    /// `sqrt(sum(x * x))` over `axis`.
    static func twoNorm(_ x: Tensor, axis: Value?, keepdims: Bool) throws -> Tensor {
        let sq = try NumpyMath.apply(.multiply, .init(tensor: x, weak: false), .init(tensor: x, weak: false))
        let s = try NumpyReductions.sum(sq, axis: axis, keepdims: keepdims)
        return NumpyMath.floating(s) { $0.squareRoot() }
    }

    static func absolute(_ x: Tensor) -> Tensor { NumpyMath.floating(x) { Swift.abs($0) } }
}
