import Foundation

/// PyTorch 2.15's float32 softmax and log_softmax CPU kernels, element for element:
/// ATen/native/cpu/LogSoftmaxKernelImpl.h and SoftMaxKernel.cpp. Along the last dim each row is
/// reduced with `vec::reduce_all` / `map_reduce_all` (one vector of lanes, then a horizontal tree),
/// exp and log are SLEEF's; along another dim, one vector's worth of neighbouring columns is
/// processed at a time and the leftover columns with the scalar (glibc) functions. The vector is
/// 8 floats with AVX2 and 16 with AVX-512 (CPUCapability), which changes every rounding order here.
enum SoftmaxKernel {
    static let lanes = CPUCapability.current.floatLanes

    /// VecReduceAllSIMD's horizontal tree: each step folds the upper half of the lanes onto the
    /// lower half (AVX-512 and AVX2 shuffle the same way), so lane 0 ends with the result.
    @inline(__always) static func horizontal(_ v: inout [Float], _ op: (Float, Float) -> Float) -> Float {
        var half = v.count / 2
        while half >= 1 {
            for l in 0..<half { v[l] = op(v[l], v[l + half]) }
            half /= 2
        }
        return v[0]
    }

    /// vec::maximum: NaN if either is NaN.
    @inline(__always) static func maximum(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return Float(bitPattern: 0xffff_ffff) }
        return Swift.max(a, b)
    }

    /// `vec::map_reduce_all(map, op, data, n)` for one row (`reduce_all` when `map` is identity).
    static func reduceAll(_ p: UnsafePointer<Float>, _ n: Int, _ map: (Float) -> Float, _ op: (Float, Float) -> Float) -> Float {
        if n < lanes {
            // vec_reduce_all with a size: lane 0 folds in lanes 1..<n, left to right.
            var acc = map(p[0])
            for i in 1..<max(n, 1) { acc = op(acc, map(p[i])) }
            return acc
        }
        var v = (0..<lanes).map { map(p[$0]) }
        var d = lanes
        while d + lanes <= n {
            for l in 0..<lanes { v[l] = op(v[l], map(p[d + l])) }
            d += lanes
        }
        // The partial last vector updates only its own lanes.
        for l in 0..<(n - d) { v[l] = op(v[l], map(p[d + l])) }
        return horizontal(&v, op)
    }

    /// Softmax (or log_softmax) of `rows` rows of `n` contiguous elements each.
    static func lastDim(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, rows: Int, n: Int, log: Bool) {
        guard n > 0 else { return }
        for r in 0..<rows {
            let p = x + r * n, o = y + r * n
            let m = reduceAll(p, n, { $0 }, maximum)
            if log {
                let s = reduceAll(p, n, { SleefFloat.exp($0 - m) }, +)
                let ls = SleefFloat.log(s)
                for k in 0..<n { o[k] = (p[k] - m) - ls }
            } else {
                for k in 0..<n { o[k] = SleefFloat.exp(p[k] - m) }
                let inv = 1 / reduceAll(UnsafePointer(o), n, { $0 }, +)
                for k in 0..<n { o[k] = o[k] * inv }
            }
        }
    }

    /// log_softmax along a dim that is not the last: `outer × n × inner` elements
    /// (serial_vec_logsoftmax_range). Columns go in chunks (at most
    /// 128 KiB of a column block, a multiple of the lanes); in each chunk the last `size % lanes` columns use
    /// the scalar functions (glibc exp), the others the vector ones (SLEEF exp).
    static func logSoftmaxInner(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, outer: Int, n: Int, inner: Int) {
        guard n > 0, inner > 0 else { return }
        var maxChunk = max(128 * 1024 / n / 4, lanes)
        maxChunk = maxChunk / lanes * lanes
        let chunk = min(maxChunk, inner)
        let chunks = (inner + chunk - 1) / chunk
        var mx = [Float](repeating: 0, count: chunk), sum = [Float](repeating: 0, count: chunk)
        for i in 0..<(outer * chunks) {
            let o = i / chunks, begin = (i % chunks) * chunk
            let size = min(chunk, inner - begin)
            let vectorEnd = size - size % lanes
            for d in 0..<size { mx[d] = -.infinity; sum[d] = 0 }
            for k in 0..<n {
                let p = x + (o * n + k) * inner + begin
                // blendv(max, data, data > max): a NaN never replaces the running max.
                for d in 0..<size where p[d] > mx[d] { mx[d] = p[d] }
            }
            for k in 0..<n {
                let off = (o * n + k) * inner + begin
                for d in 0..<size {
                    sum[d] += d < vectorEnd ? SleefFloat.exp(x[off + d] - mx[d]) : Foundation.exp(x[off + d] - mx[d])
                }
            }
            for d in 0..<size { sum[d] = SleefFloat.log(sum[d]) }
            for k in 0..<n {
                let off = (o * n + k) * inner + begin
                for d in 0..<size { y[off + d] = (x[off + d] - mx[d]) - sum[d] }
            }
        }
    }

    /// softmax along a dim that is not the last (`_vec_softmax`): the `outer × inner` columns are
    /// split evenly over the intra-op threads; in a thread's range, `lanes` columns at a time take the
    /// vector path (SLEEF exp) when they lie in one row of `inner`, the rest the scalar one.
    static func softmaxInner(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, outer: Int, n: Int, inner: Int) {
        let total = outer * inner
        guard n > 0, total > 0 else { return }
        let threads = min(VectorLoop.threads, total)
        let chunk = (total + threads - 1) / threads
        var start = 0
        while start < total {
            let end = min(total, start + chunk)
            var idx = start
            while idx < end {
                let i = idx % inner
                let vector = i + lanes <= inner && idx + lanes <= end
                let count = vector ? lanes : (idx + lanes > end ? end - idx : inner - i)
                for c in 0..<count {
                    let col = (idx + c) / inner * n * inner + (idx + c) % inner
                    let p = x + col, q = y + col
                    var m = p[0], s: Float = 0
                    if vector {
                        for k in 1..<max(n, 1) { m = maximum(m, p[k * inner]) }
                    } else {
                        for k in 1..<max(n, 1) where m < p[k * inner] { m = p[k * inner] }  // std::max
                    }
                    for k in 0..<n {
                        let e = vector ? SleefFloat.exp(p[k * inner] - m) : Foundation.exp(p[k * inner] - m)
                        q[k * inner] = e
                        s = s + e
                    }
                    for k in 0..<n { q[k * inner] = q[k * inner] / s }
                }
                idx += count
            }
            start = end
        }
    }

    /// The gradient of softmax (log: log_softmax) from upstream `g` and the saved output `y`.
    /// GCC fuses `g - exp(y) * sum` and the column sums `sum += g * y` into multiply-adds; the row
    /// sums of map2_reduce_all (products from one lambda, sums in another) stay separately rounded.
    /// All checked against torch 2.15 by ReductionParityTests.
    static func backward(_ g: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>,
                         outer: Int, n: Int, inner: Int, lastDim: Bool, log: Bool) {
        guard n > 0 else { return }
        if lastDim {
            for r in 0..<outer {
                let gp = g + r * n, yp = y + r * n, o = out + r * n
                let sum: Float
                if log {
                    sum = reduceAll(gp, n, { $0 }, +)
                } else if n < lanes {
                    var acc = gp[0] * yp[0]
                    for i in 1..<n { acc = acc + gp[i] * yp[i] }
                    sum = acc
                } else {
                    // map2_reduce_all: one vector of products, then the horizontal tree.
                    var v = (0..<lanes).map { gp[$0] * yp[$0] }
                    var d = lanes
                    while d + lanes <= n {
                        for l in 0..<lanes { v[l] = v[l] + gp[d + l] * yp[d + l] }
                        d += lanes
                    }
                    for l in 0..<(n - d) { v[l] = v[l] + gp[d + l] * yp[d + l] }
                    sum = horizontal(&v, +)
                }
                if log {
                    for k in 0..<n { o[k] = gp[k].addingProduct(-SleefFloat.exp(yp[k]), sum) }
                } else {
                    for k in 0..<n { o[k] = (gp[k] - sum) * yp[k] }
                }
            }
            return
        }
        guard inner > 0 else { return }
        var maxChunk = max(128 * 1024 / n / 4, lanes)
        maxChunk = maxChunk / lanes * lanes
        let chunk = min(maxChunk, inner)
        let chunks = (inner + chunk - 1) / chunk
        var sum = [Float](repeating: 0, count: chunk)
        for i in 0..<(outer * chunks) {
            let o = i / chunks, begin = (i % chunks) * chunk
            let size = min(chunk, inner - begin)
            let vectorEnd = size - size % lanes
            for d in 0..<size { sum[d] = 0 }
            for k in 0..<n {
                let off = (o * n + k) * inner + begin
                if log {
                    for d in 0..<size { sum[d] += g[off + d] }
                } else {
                    for d in 0..<size { sum[d] = sum[d].addingProduct(g[off + d], y[off + d]) }
                }
            }
            for k in 0..<n {
                let off = (o * n + k) * inner + begin
                for d in 0..<size {
                    if log {
                        let e = d < vectorEnd ? SleefFloat.exp(y[off + d]) : Foundation.exp(y[off + d])
                        out[off + d] = g[off + d].addingProduct(-e, sum[d])
                    } else {
                        out[off + d] = (g[off + d] - sum[d]) * y[off + d]
                    }
                }
            }
        }
    }
}
