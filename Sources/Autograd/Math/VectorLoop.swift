import Foundation

/// Which elements PyTorch's `cpu_kernel_vec` computes with its vector function and which with its
/// scalar one (ATen/native/cpu/Loops.h). Its `vectorized_loop` handles blocks of two vectors (16
/// floats with AVX2, 32 with AVX-512) and leaves the last `len % block` elements of each call to the
/// scalar function. A call
/// covers one inner row of a contiguous iteration; TensorIterator splits iterations of 32,768 or
/// more elements over the intra-op threads, and each thread's share is a separate call. Kernels
/// whose two functions round differently (sigmoid, pow) must pick per element the same way.
enum VectorLoop {
    /// at::internal::GRAIN_SIZE.
    static let grainSize = 32_768
    /// Elements per vectorised iteration: 2 × Vectorized<float>::size() for the CPU capability
    /// PyTorch picks on this machine.
    static let block = 2 * CPUCapability.current.floatLanes
    /// The same for float64 kernels (Vectorized<double> holds half as many).
    static let doubleBlock = 2 * CPUCapability.current.doubleLanes
    /// PyTorch's default intra-op thread count: one per core.
    static let threads = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// For a contiguous iteration of `n` elements, made of rows of `row` elements each run by its own
    /// call: whether element `i` takes the vector path.
    static func vectorMask(count n: Int, row: Int? = nil, block: Int = VectorLoop.block) -> [Bool] {
        var mask = [Bool](repeating: false, count: n)
        guard n > 0 else { return mask }
        let rowLength = max(1, row ?? n)
        let chunks = n < grainSize || threads == 1 ? 1 : min(threads, (n + grainSize - 1) / grainSize)
        let chunk = (n + chunks - 1) / chunks
        var start = 0
        while start < n {
            let end = min(n, start + chunk)
            // Within a thread's range, each piece of a row is one call.
            var s = start
            while s < end {
                let rowEnd = min(end, (s / rowLength + 1) * rowLength)
                let len = rowEnd - s
                let vectorEnd = s + len - len % block
                for i in s..<vectorEnd { mask[i] = true }
                s = rowEnd
            }
            start = end
        }
        return mask
    }

    /// The mask for a unary kernel reading `t`, in `t`'s logical order. A contiguous input iterates
    /// flat; a dense permuted one (a transpose) too, in memory order, since PyTorch gives the output
    /// the input's layout; other layouts go through the scalar function (the strided `basic_loop`).
    static func unaryMask(_ t: Tensor, block: Int = VectorLoop.block) -> [Bool] {
        let n = t.numel
        if t.isContiguous { return vectorMask(count: n, block: block) }
        let dims = t.shape.indices.filter { t.shape[$0] != 1 }.sorted { t.strides[$0] < t.strides[$1] }
        var expected = 1
        for d in dims {
            guard t.strides[d] == expected else { return [Bool](repeating: false, count: n) }
            expected *= t.shape[d]
        }
        let flat = vectorMask(count: n, block: block)
        var mask = [Bool](repeating: false, count: n)
        var index = [Int](repeating: 0, count: t.shape.count)
        var position = 0
        for i in 0..<n {
            mask[i] = flat[position]
            var d = t.shape.count - 1
            while d >= 0 {
                index[d] += 1
                position += t.strides[d]
                if index[d] < t.shape[d] { break }
                position -= t.strides[d] * t.shape[d]
                index[d] = 0
                d -= 1
            }
        }
        return mask
    }

    /// The mask for a binary kernel producing `shape` from `a` and `b` (with broadcasting): rows are
    /// the trailing dims over which both inputs are contiguous or one is a single number.
    static func binaryMask(_ a: Tensor, _ b: Tensor, shape: [Int]) -> [Bool] {
        let n = Shape.numel(shape)
        let aFlat = a.isContiguous && a.shape == shape, bFlat = b.isContiguous && b.shape == shape
        if (aFlat || a.numel == 1) && (bFlat || b.numel == 1) { return vectorMask(count: n) }
        // Broadcast along leading dims: rows are the trailing dims both inputs share contiguously.
        var row = 1
        for d in shape.indices.reversed() {
            let lead = shape.count - d
            func covers(_ t: Tensor) -> Bool {
                guard t.isContiguous, t.shape.count >= lead else { return false }
                return Array(t.shape.suffix(lead)) == Array(shape.suffix(lead))
            }
            guard covers(a) && covers(b) else { break }
            row *= shape[d]
        }
        if row == 1, let last = shape.last, last > 1 {
            // One input repeats a number along the inner dim: still vectorised (a "contiguous scalar").
            func inner(_ t: Tensor) -> Int { t.shape.count == shape.count ? t.shape[t.shape.count - 1] : (t.shape.last ?? 1) }
            let ia = inner(a), ib = inner(b)
            if (ia == last && a.isContiguous && ib == 1) || (ib == last && b.isContiguous && ia == 1) { row = last }
        }
        if row == 1 { return [Bool](repeating: false, count: n) }
        return vectorMask(count: n, row: row)
    }
}
