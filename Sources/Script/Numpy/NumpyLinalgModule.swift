import Foundation
import Autograd

/// `np.linalg`: norm, inv, solve and det by Gaussian elimination with partial pivoting (LAPACK's
/// getrf order), in float64.
enum NumpyLinalgModule {
    static func namespace() -> NamespaceObject {
        var m: [String: Value] = [:]
        for (k, f) in functions { m[k] = .builtin(Builtin(k, f)) }
        let ns = NamespaceObject("numpy.linalg", m)
        ns.lazyMember = { name, interp in
            name == "LinAlgError" ? interp.classes.libraryException("numpy.linalg.LinAlgError").map { .object($0) } : nil
        }
        return ns
    }

    /// `np.exceptions`: numpy's own exception classes (the ones gradstep raises).
    static func exceptionsNamespace() -> NamespaceObject {
        let ns = NamespaceObject("numpy.exceptions")
        ns.lazyMember = { name, interp in
            (try? interp.library.load("numpy.exceptions", interp))?.members[name]
        }
        return ns
    }

    /// numpy's `_assert_stacked_2d`.
    static func stacked2d(_ t: Tensor) throws {
        if t.dim < 2 {
            throw PyError(library: "numpy.linalg.LinAlgError", "\(t.dim)-dimensional array given. Array must be at least two-dimensional")
        }
    }

    static func singular() -> PyError { PyError(library: "numpy.linalg.LinAlgError", "Singular matrix") }

    static func square(_ t: Tensor) throws -> (n: Int, values: [Double]) {
        try stacked2d(t)
        guard t.dim == 2, t.shape[0] == t.shape[1] else {
            throw PyError(library: "numpy.linalg.LinAlgError", "Last 2 dimensions of the array must be square")
        }
        return (t.shape[0], NumpyArrays.copy(t, .float64).doubleValues())
    }

    /// LU factorisation in place (row-major), with the pivot rows and the permutation's sign.
    static func lu(_ a: inout [Double], _ n: Int) throws -> (pivots: [Int], sign: Double) {
        var pivots = Array(0..<n)
        var sign = 1.0
        for k in 0..<n {
            var p = k
            for i in (k + 1)..<max(n, k + 1) where Swift.abs(a[i * n + k]) > Swift.abs(a[p * n + k]) { p = i }
            if a[p * n + k] == 0 { throw singular() }
            if p != k {
                for j in 0..<n { a.swapAt(k * n + j, p * n + j) }
                pivots.swapAt(k, p)
                sign = -sign
            }
            // OpenBLAS scales the column by the pivot's reciprocal.
            let r = 1 / a[k * n + k]
            for i in (k + 1)..<max(n, k + 1) {
                a[i * n + k] *= r
                let f = a[i * n + k]
                for j in (k + 1)..<max(n, k + 1) { a[i * n + j] -= f * a[k * n + j] }
            }
        }
        return (pivots, sign)
    }

    /// Solves `A x = b` for each column of `b` (n × m, row-major).
    static func solve(_ aValues: [Double], _ n: Int, _ b: [Double], columns m: Int) throws -> [Double] {
        var a = aValues
        let (pivots, _) = try lu(&a, n)
        var x = [Double](repeating: 0, count: n * m)
        for c in 0..<m {
            var y = (0..<n).map { b[pivots[$0] * m + c] }
            for i in 0..<n { for j in 0..<i { y[i] -= a[i * n + j] * y[j] } }
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in (i + 1)..<max(n, i + 1) { y[i] -= a[i * n + j] * y[j] }
                y[i] *= 1 / a[i * n + i]
            }
            for i in 0..<n { x[i * m + c] = y[i] }
        }
        return x
    }

    typealias Fn = (inout CallArgs, Interpreter) throws -> Value

    nonisolated(unsafe) static let functions: [String: Fn] = [
        "norm": { a, _ in
            let t = try NumpyFunctions.tensor(try a.required(0, "x"), "norm")
            if let o = a.value(1, "ord"), !o.isNone { throw PyError(.notImplemented, "np.linalg.norm with ord= is not supported by gradstep yet") }
            let x = NumpyArrays.copy(t, t.dtype.isFloatingPoint ? t.dtype : .float64)
            let sq = try NumpyMath.apply(.multiply, .init(tensor: x, weak: false), .init(tensor: x, weak: false))
            let s = try NumpyReductions.sum(sq, axis: a.value(2, "axis"), keepdims: try a.bool(3, "keepdims", default: false))
            return NDArray.result(NumpyMath.floating(s, { $0.squareRoot() }))
        },
        "inv": { a, _ in
            let (n, v) = try square(try NumpyFunctions.tensor(try a.required(0, "a"), "inv"))
            var eye = [Double](repeating: 0, count: n * n)
            for i in 0..<n { eye[i * n + i] = 1 }
            return .object(NDArray(Tensor(doubles: try solve(v, n, eye, columns: n), shape: [n, n])))
        },
        "solve": { a, _ in
            let (n, v) = try square(try NumpyFunctions.tensor(try a.required(0, "a"), "solve"))
            let b = try NumpyFunctions.tensor(try a.required(1, "b"), "solve")
            let m = b.dim == 1 ? 1 : (b.shape.last ?? 1)
            guard b.shape.first == n else { throw PyError(.value, "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size \(b.shape.first ?? 0) is different from \(n))") }
            let x = try solve(v, n, NumpyArrays.copy(b, .float64).doubleValues(), columns: m)
            return .object(NDArray(Tensor(doubles: x, shape: b.shape)))
        },
        "det": { a, _ in
            var (n, v) = try square(try NumpyFunctions.tensor(try a.required(0, "a"), "det"))
            let sign: Double
            do { sign = try lu(&v, n).sign } catch { return .object(NumpyScalar(Tensor(doubles: [0], shape: []))) }
            // numpy's det is sign · exp(Σ log|u_ii|) (umath_linalg's det_from_factored).
            var s = sign, logdet = 0.0
            for i in 0..<n {
                let u = v[i * n + i]
                if u < 0 { s = -s }
                logdet += Foundation.log(Swift.abs(u))
            }
            return .object(NumpyScalar(Tensor(doubles: [s * Foundation.exp(logdet)], shape: [])))
        },
    ]
}
