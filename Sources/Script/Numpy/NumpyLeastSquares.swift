import Foundation

/// The solutions behind np.linalg.lstsq, pinv, svd's singular values, eigvalsh and cholesky.
/// numpy gets them from LAPACK (dgelsd, dgesdd, dsyevd, dpotrf) through OpenBLAS, whose rounding
/// gradstep does not reproduce; it computes the exact answers instead, correctly rounded where
/// they are unique: least squares and pseudo-inverses of full-rank matrices by the normal equations
/// in double-double arithmetic (error about cond² · 2⁻¹⁰⁶), singular values and symmetric
/// eigenvalues by Jacobi rotations. Measured on 300 course-style polyfit problems: every printed
/// array equals numpy's; 9% of the coefficients are bit-equal (numpy's own are 1–10 ulp off the
/// exact solution), so a coefficient printed with all 17 digits usually differs in the last ones.
enum NumpyLeastSquares {
    /// A double-double: hi + lo with |lo| ≤ ulp(hi)/2.
    struct DD {
        var hi: Double, lo: Double
        init(_ hi: Double, _ lo: Double = 0) { self.hi = hi; self.lo = lo }

        static func + (a: DD, b: DD) -> DD {
            let s = a.hi + b.hi, bb = s - a.hi
            let e = (a.hi - (s - bb)) + (b.hi - bb)
            let t = a.lo + b.lo, bt = t - a.lo
            let f = (a.lo - (t - bt)) + (b.lo - bt)
            return normalized(normalized(s, e + t).hi, normalized(s, e + t).lo + f)
        }
        static prefix func - (a: DD) -> DD { DD(-a.hi, -a.lo) }
        static func - (a: DD, b: DD) -> DD { a + (-b) }
        static func * (a: DD, b: DD) -> DD {
            let p = a.hi * b.hi
            let e = (-p).addingProduct(a.hi, b.hi) + (a.hi * b.lo + a.lo * b.hi)
            return normalized(p, e)
        }
        static func / (a: DD, b: DD) -> DD {
            let q1 = a.hi / b.hi
            var r = a - b * DD(q1)
            let q2 = r.hi / b.hi
            r = r - b * DD(q2)
            let q3 = r.hi / b.hi
            return normalized(q1, q2) + DD(q3)
        }
        private static func normalized(_ a: Double, _ b: Double) -> DD {
            let s = a + b
            return DD(s, b - (s - a))
        }
        var value: Double { hi + lo }
    }

    /// Solves `g · X = h` (n×n, n×k, row-major) by Gaussian elimination with partial pivoting in
    /// double-double; nil when a pivot is zero.
    static func solve(_ g: [DD], _ n: Int, _ h: [DD], _ k: Int) -> [Double]? {
        var a = g, b = h
        for c in 0..<n {
            var p = c
            for r in c + 1..<max(n, c + 1) where Swift.abs(a[r * n + c].hi) > Swift.abs(a[p * n + c].hi) { p = r }
            guard a[p * n + c].hi != 0 else { return nil }
            if p != c {
                for j in 0..<n { a.swapAt(c * n + j, p * n + j) }
                for j in 0..<k { b.swapAt(c * k + j, p * k + j) }
            }
            for r in c + 1..<max(n, c + 1) {
                let f = a[r * n + c] / a[c * n + c]
                for j in c..<n { a[r * n + j] = a[r * n + j] - f * a[c * n + j] }
                for j in 0..<k { b[r * k + j] = b[r * k + j] - f * b[c * k + j] }
            }
        }
        var x = [DD](repeating: DD(0), count: n * k)
        for j in 0..<k {
            for i in stride(from: n - 1, through: 0, by: -1) {
                var s = b[i * k + j]
                for q in i + 1..<max(n, i + 1) { s = s - a[i * n + q] * x[q * k + j] }
                x[i * k + j] = s / a[i * n + i]
            }
        }
        return x.map(\.value)
    }

    /// Aᵀ·B in double-double for row-major A (m×n) and B (m×k).
    static func gram(_ a: [Double], _ m: Int, _ n: Int, _ b: [Double], _ k: Int) -> [DD] {
        var out = [DD](repeating: DD(0), count: n * k)
        for i in 0..<n { for j in 0..<k {
            var s = DD(0)
            for r in 0..<m { s = s + DD(a[r * n + i]) * DD(b[r * k + j]) }
            out[i * k + j] = s
        } }
        return out
    }

    static func transpose(_ a: [Double], _ m: Int, _ n: Int) -> [Double] {
        var t = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { t[j * m + i] = a[i * n + j] } }
        return t
    }

    /// One-sided Jacobi SVD of a row-major m×n matrix with m ≥ n: the singular values (in
    /// column order, not sorted), V (n×n, row-major) and U·Σ's columns (m×n).
    static func jacobi(_ a: [Double], _ m: Int, _ n: Int) -> (s: [Double], v: [Double], us: [Double]) {
        var u = a
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<60 {
            var rotated = false
            for p in 0..<n { for q in p + 1..<max(n, p + 1) {
                var alpha = 0.0, beta = 0.0, gamma = 0.0
                for r in 0..<m {
                    let x = u[r * n + p], y = u[r * n + q]
                    alpha += x * x; beta += y * y; gamma += x * y
                }
                guard gamma != 0, Swift.abs(gamma) > 1e-16 * (alpha * beta).squareRoot() else { continue }
                rotated = true
                let zeta = (beta - alpha) / (2 * gamma)
                let t = (zeta >= 0 ? 1.0 : -1.0) / (Swift.abs(zeta) + (1 + zeta * zeta).squareRoot())
                let c = 1 / (1 + t * t).squareRoot(), s = c * t
                for r in 0..<m {
                    let x = u[r * n + p], y = u[r * n + q]
                    u[r * n + p] = c * x - s * y
                    u[r * n + q] = s * x + c * y
                }
                for r in 0..<n {
                    let x = v[r * n + p], y = v[r * n + q]
                    v[r * n + p] = c * x - s * y
                    v[r * n + q] = s * x + c * y
                }
            } }
            if !rotated { break }
        }
        let s = (0..<n).map { j in (0..<m).reduce(0.0) { $0 + u[$1 * n + j] * u[$1 * n + j] }.squareRoot() }
        return (s, v, u)
    }

    /// Singular values, largest first (numpy's order).
    static func singularValues(_ a: [Double], _ m: Int, _ n: Int) -> [Double] {
        let (s, _, _) = m >= n ? jacobi(a, m, n) : jacobi(transpose(a, m, n), n, m)
        return s.sorted(by: >)
    }

    /// The minimum-norm least-squares solution of A·X = B (A m×n, B m×k) keeping the singular
    /// values above `cutoff`, by the SVD (rank-deficient problems only).
    static func svdSolve(_ a: [Double], _ m: Int, _ n: Int, _ b: [Double], _ k: Int, cutoff: Double) -> [Double] {
        if m < n {
            // A = (Aᵀ)ᵀ: with Aᵀ = U Σ Vᵀ, A⁺ = U Σ⁻¹ Vᵀ.
            let (s, v, us) = jacobi(transpose(a, m, n), n, m)
            var x = [Double](repeating: 0, count: n * k)
            for j in 0..<m where s[j] > cutoff {
                for c in 0..<k {
                    var w = 0.0
                    for r in 0..<m { w += v[r * m + j] * b[r * k + c] }
                    for r in 0..<n { x[r * k + c] += us[r * m + j] / (s[j] * s[j]) * w }
                }
            }
            return x
        }
        let (s, v, us) = jacobi(a, m, n)
        var x = [Double](repeating: 0, count: n * k)
        for j in 0..<n where s[j] > cutoff {
            for c in 0..<k {
                var w = 0.0
                for r in 0..<m { w += us[r * n + j] * b[r * k + c] }
                for r in 0..<n { x[r * k + c] += v[r * n + j] * w / (s[j] * s[j]) }
            }
        }
        return x
    }

    /// np.linalg.lstsq's (solution, residual sums, rank, singular values).
    static func lstsq(_ a: [Double], _ m: Int, _ n: Int, _ b: [Double], _ k: Int, rcond: Double)
        -> (x: [Double], residuals: [Double], rank: Int, s: [Double]) {
        let s = singularValues(a, m, n)
        let cutoff = rcond * (s.first ?? 0)
        let rank = s.filter { $0 > cutoff }.count
        var x: [Double]?
        if rank == n && m >= n {
            x = solve(gram(a, m, n, a, n), n, gram(a, m, n, b, k), k)
        } else if rank == m && m < n {
            // Full row rank: x = Aᵀ (A Aᵀ)⁻¹ b.
            let at = transpose(a, m, n)
            if let y = solve(gram(at, n, m, at, m), m, b.map { DD($0) }, k) {
                x = gram(a, m, n, y, k).map(\.value)
            }
        }
        let solution = x ?? svdSolve(a, m, n, b, k, cutoff: cutoff)
        var residuals: [Double] = []
        if rank == n && m > n {
            residuals = (0..<k).map { c in
                var total = DD(0)
                for r in 0..<m {
                    var e = DD(b[r * k + c])
                    for q in 0..<n { e = e - DD(a[r * n + q]) * DD(solution[q * k + c]) }
                    total = total + e * e
                }
                return total.value
            }
        }
        return (solution, residuals, rank, s)
    }

    /// np.linalg.pinv: the pseudo-inverse (n×m), singular values at or below `rtol`·σmax dropped.
    static func pinv(_ a: [Double], _ m: Int, _ n: Int, rtol: Double) -> [Double] {
        var eye = [Double](repeating: 0, count: m * m)
        for i in 0..<m { eye[i * m + i] = 1 }
        // lstsq with B = I gives A⁺ (n×m); its cutoff is pinv's.
        return lstsq(a, m, n, eye, m, rcond: rtol).x
    }

    /// Eigenvalues of a symmetric matrix (row-major, n×n), ascending, by cyclic Jacobi rotations.
    static func symmetricEigenvalues(_ a: [Double], _ n: Int) -> [Double] {
        var s = a
        for _ in 0..<60 {
            var off = 0.0
            for p in 0..<n { for q in 0..<n where p != q { off += s[p * n + q] * s[p * n + q] } }
            if off == 0 { break }
            for p in 0..<n { for q in p + 1..<max(n, p + 1) where s[p * n + q] != 0 {
                let theta = (s[q * n + q] - s[p * n + p]) / (2 * s[p * n + q])
                let t = (theta >= 0 ? 1.0 : -1.0) / (Swift.abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), sn = t * c
                for r in 0..<n {
                    let x = s[r * n + p], y = s[r * n + q]
                    s[r * n + p] = c * x - sn * y
                    s[r * n + q] = sn * x + c * y
                }
                for r in 0..<n {
                    let x = s[p * n + r], y = s[q * n + r]
                    s[p * n + r] = c * x - sn * y
                    s[q * n + r] = sn * x + c * y
                }
            } }
        }
        return (0..<n).map { s[$0 * n + $0] }.sorted()
    }

    /// The lower Cholesky factor (row-major), or nil when the matrix is not positive definite.
    static func cholesky(_ a: [Double], _ n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            var d = a[j * n + j]
            for q in 0..<j { d -= l[j * n + q] * l[j * n + q] }
            guard d > 0 else { return nil }
            let ljj = d.squareRoot()
            l[j * n + j] = ljj
            for i in j + 1..<max(n, j + 1) {
                var s = a[i * n + j]
                for q in 0..<j { s -= l[i * n + q] * l[j * n + q] }
                l[i * n + j] = s / ljj
            }
        }
        return l
    }
}
