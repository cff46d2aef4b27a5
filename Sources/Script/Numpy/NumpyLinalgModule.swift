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
            return NDArray.result(try NumpyNorm.norm(t, ord: try NumpyNorm.order(a.value(1, "ord")), axis: a.value(2, "axis"),
                                                     keepdims: try a.bool(3, "keepdims", default: false)))
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
        "lstsq": { a, _ in
            let at = try NumpyFunctions.tensor(try a.required(0, "a"), "lstsq")
            let bt = try NumpyFunctions.tensor(try a.required(1, "b"), "lstsq")
            // numpy's `_assert_2d` (b's 1-d form counts as a column).
            for t in [at, bt] where t.dim != 2 && !(t === bt && t.dim == 1) {
                throw PyError(library: "numpy.linalg.LinAlgError", "\(t.dim)-dimensional array given. Array must be two-dimensional")
            }
            let (m, n) = (at.shape[0], at.shape[1]), k = bt.dim == 1 ? 1 : bt.shape[1]
            guard bt.shape[0] == m else { throw PyError(library: "numpy.linalg.LinAlgError", "Incompatible dimensions") }
            let eps = Double.ulpOfOne
            var rcond = eps * Double(Swift.max(m, n))
            if let r = a.value(2, "rcond"), !r.isNone { rcond = try Convert.double(r, name: "lstsq", argument: "rcond") }
            if rcond < 0 { rcond = eps }
            let r = NumpyLeastSquares.lstsq(NumpyArrays.copy(at, .float64).doubleValues(), m, n,
                                            NumpyArrays.copy(bt, .float64).doubleValues(), k, rcond: rcond)
            let x = Tensor(doubles: r.x, shape: bt.dim == 1 ? [n] : [n, k])
            let s = Tensor(doubles: Array(r.s.prefix(Swift.min(m, n))), shape: [Swift.min(m, n)])
            return .tuple([.object(NDArray(x)), .object(NDArray(Tensor(doubles: r.residuals, shape: [r.residuals.count]))),
                           .object(NumpyScalar(Tensor(ints: [Int64(r.rank)], shape: [], dtype: .int32))), .object(NDArray(s))])
        },
        "pinv": { a, _ in
            let t = try NumpyFunctions.tensor(try a.required(0, "a"), "pinv")
            try stacked2d(t)
            guard t.dim == 2 else { throw PyError(.notImplemented, "np.linalg.pinv of stacked matrices is not supported by gradstep") }
            if try a.bool(2, "hermitian", default: false) { throw PyError(.notImplemented, "np.linalg.pinv(hermitian=True) is not supported by gradstep") }
            let (m, n) = (t.shape[0], t.shape[1])
            var rtol = Double.ulpOfOne * Double(Swift.max(m, n))
            if let r = a.value(1, "rcond") ?? a.value(nil, "rtol"), !r.isNone { rtol = try Convert.double(r, name: "pinv", argument: "rcond") }
            let p = NumpyLeastSquares.pinv(NumpyArrays.copy(t, .float64).doubleValues(), m, n, rtol: rtol)
            return .object(NDArray(Tensor(doubles: p, shape: [n, m])))
        },
        "svd": { a, _ in
            let t = try NumpyFunctions.tensor(try a.required(0, "a"), "svd")
            try stacked2d(t)
            guard !(try a.bool(2, "compute_uv", default: true)) else {
                throw PyError(.notImplemented, "np.linalg.svd's singular vectors are not supported by gradstep (their signs are LAPACK dgesdd's choice); np.linalg.svd(a, compute_uv=False) gives the singular values")
            }
            guard t.dim == 2 else { throw PyError(.notImplemented, "np.linalg.svd of stacked matrices is not supported by gradstep") }
            let s = NumpyLeastSquares.singularValues(NumpyArrays.copy(t, .float64).doubleValues(), t.shape[0], t.shape[1])
            return .object(NDArray(Tensor(doubles: s, shape: [s.count])))
        },
        "eigvalsh": { a, _ in
            let (n, v) = try square(try NumpyFunctions.tensor(try a.required(0, "a"), "eigvalsh"))
            var upper = false
            if case .string(let u)? = a.value(1, "UPLO") { upper = u == "U" }
            var sym = v
            for i in 0..<n { for j in 0..<n where upper ? j < i : j > i { sym[i * n + j] = v[j * n + i] } }
            return .object(NDArray(Tensor(doubles: NumpyLeastSquares.symmetricEigenvalues(sym, n), shape: [n])))
        },
        "cholesky": { a, _ in
            let (n, v) = try square(try NumpyFunctions.tensor(try a.required(0, "a"), "cholesky"))
            guard let l = NumpyLeastSquares.cholesky(v, n) else {
                throw PyError(library: "numpy.linalg.LinAlgError", "Matrix is not positive definite")
            }
            if try a.bool(nil, "upper", default: false) {
                return .object(NDArray(Tensor(doubles: NumpyLeastSquares.transpose(l, n, n), shape: [n, n])))
            }
            return .object(NDArray(Tensor(doubles: l, shape: [n, n])))
        },
        "eigh": { _, _ in
            throw PyError(.notImplemented, "np.linalg.eigh is not supported by gradstep: its eigenvectors' signs are LAPACK dsyevd's choice; np.linalg.eigvalsh gives the eigenvalues")
        },
        "eig": { _, _ in
            throw PyError(.notImplemented, "np.linalg.eig is not supported by gradstep: the order of its eigenvalues and the signs of its eigenvectors are LAPACK dgeev's choice")
        },
        "eigvals": { _, _ in
            throw PyError(.notImplemented, "np.linalg.eigvals is not supported by gradstep: the order of its eigenvalues is LAPACK dgeev's choice; np.linalg.eigvalsh gives a symmetric matrix's")
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
