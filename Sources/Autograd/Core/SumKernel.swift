/// PyTorch's float32 `sum` over any dims, in its exact order (aten/src/ATen/native/cpu/SumKernel.cpp
/// and TensorIterator's reduction layout, AVX2 build, checked against torch 2.15).
///
/// TensorIterator moves the reduced dims innermost (ordered by input stride), orders the kept dims
/// by stride, merges dims that are contiguous for input and output alike, and hands the two
/// innermost dims to `cascade_sum`'s loop, once per index of the outer dims (each call adds into
/// the output). The loop sums a contiguous row with the vectorised cascade (`CascadeSum.sum`);
/// it sums columns with `multi_row_sum` (a per-column cascade) for column groups of 32 (vector
/// columns) or 4 (strided columns), and `row_sum` (the same cascade over 4 interleaved partial sums)
/// for the leftover columns. A full reduction of 32,768 or more elements is split over the intra-op
/// threads, each summing its share, and the shares are added. Dims of size 1 change nothing.
struct SumKernel {
    /// One iteration dim after reordering and merging: size, input stride, output stride.
    private struct Dim { var size: Int; var input: Int; var output: Int }
    private let dims: [Dim]
    /// Elements in the output (the kept dims).
    let outCount: Int
    private let inCount: Int
    /// Set when the whole sum is one contiguous row summed by one call (the hot path of
    /// `loss.mean()` and of gradients of broadcast scalars): its length.
    private let flatRow: Int?

    /// A sum over `reduced` of a tensor laid out as `shape`/`strides` (elements); the output is
    /// contiguous over the kept dims in order.
    init(shape: [Int], strides: [Int], reduced: Set<Int>) {
        var outStrides = [Int](repeating: 0, count: shape.count)
        var step = 1
        for d in shape.indices.reversed() where !reduced.contains(d) {
            outStrides[d] = step
            step *= shape[d]
        }
        outCount = step
        inCount = Shape.numel(shape)
        // Size-1 dims never change the order; TensorIterator merges them away.
        var perm = shape.indices.reversed().filter { shape[$0] != 1 }
        func shouldSwap(_ d0: Int, _ d1: Int) -> Int {
            // The output first: reduced dims (stride 0) go innermost.
            let o0 = outStrides[d0], o1 = outStrides[d1]
            if (o0 == 0) != (o1 == 0) { return o1 == 0 ? 1 : -1 }
            for (s0, s1) in [(o0, o1), (strides[d0], strides[d1])] {
                if s0 == 0 || s1 == 0 { continue }
                if s0 < s1 { return -1 }
                if s0 > s1 { return 1 }
                if shape[d0] > shape[d1] { return 1 }
            }
            return 0
        }
        // TensorIterator::reorder_dimensions: insertion sort that tolerates ambiguous pairs.
        if perm.count > 1 {
            for i in 1..<perm.count {
                var d1 = i
                var d0 = i - 1
                while d0 >= 0 {
                    let c = shouldSwap(perm[d0], perm[d1])
                    if c > 0 {
                        perm.swapAt(d0, d1)
                        d1 = d0
                    } else if c < 0 {
                        break
                    }
                    d0 -= 1
                }
            }
        }
        // TensorIterator::coalesce_dimensions.
        var merged = [Dim]()
        for d in perm {
            let next = Dim(size: shape[d], input: strides[d], output: outStrides[d])
            if var last = merged.last, last.size * last.input == next.input, last.size * last.output == next.output {
                last.size *= next.size
                merged[merged.count - 1] = last
            } else {
                merged.append(next)
            }
        }
        dims = merged
        let oneCall = inCount < VectorLoop.grainSize || VectorLoop.threads == 1
        flatRow = merged.count == 1 && merged[0].output == 0 && merged[0].input == 1 && oneCall ? merged[0].size : nil
    }

    /// A full sum of `n` contiguous elements (`loss.sum()`, `mean()`, gradients of scalars).
    static func all(count n: Int) -> SumKernel { SumKernel(shape: [n], strides: [1], reduced: [0]) }

    /// A sum over `reduced` of a contiguous tensor of `shape`.
    static func contiguous(_ shape: [Int], reduced: Set<Int>) -> SumKernel {
        SumKernel(shape: shape, strides: Shape.contiguousStrides(shape), reduced: reduced)
    }

    /// The sum of `n` contiguous elements at `input`.
    func total<T: SumElement>(_ input: UnsafePointer<T>) -> T {
        var r: T = 0
        run(input, into: &r)
        return r
    }

    /// Writes the sums into `out` (`outCount` elements) from the input elements at `input`.
    func run<T: SumElement>(_ input: UnsafePointer<T>, into out: UnsafeMutablePointer<T>) {
        if let n = flatRow {
            out[0] = 0 + CascadeSum.sum(UnsafeBufferPointer(start: input, count: n))
            return
        }
        for j in 0..<outCount { out[j] = 0 }
        if inCount == 0 { return }
        if dims.isEmpty {
            out[0] = 0 + input[0]
            return
        }
        if dims.count == 1 && dims[0].output == 0 && inCount >= VectorLoop.grainSize && VectorLoop.threads > 1 {
            twoPass(input, into: out)
            return
        }
        if outCount > 1 && inCount >= VectorLoop.grainSize && VectorLoop.threads > 1 {
            parallelDims(input, into: out)
            return
        }
        if dims.count <= 2 {
            // The common case (one call of the loop): no outer-index bookkeeping.
            loop2d(input, out, dims[0], dims.count > 1 ? dims[1] : Dim(size: 1, input: 0, output: 0))
            return
        }
        iterate(input, out, dims)
    }

    /// serial_for_each: the loop over the two innermost dims, once per index of the outer dims
    /// (the first outer dim fastest).
    private func iterate<T: SumElement>(_ input: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ dims: [Dim]) {
        let d0 = dims[0], d1 = dims.count > 1 ? dims[1] : Dim(size: 1, input: 0, output: 0)
        let outer = Array(dims.dropFirst(2))
        var index = [Int](repeating: 0, count: outer.count)
        var inOffset = 0, outOffset = 0
        while true {
            loop2d(input + inOffset, out + outOffset, d0, d1)
            var k = 0
            while k < outer.count {
                index[k] += 1
                inOffset += outer[k].input
                outOffset += outer[k].output
                if index[k] < outer[k].size { break }
                inOffset -= outer[k].input * outer[k].size
                outOffset -= outer[k].output * outer[k].size
                index[k] = 0
                k += 1
            }
            if k == outer.count { return }
        }
    }

    /// parallel_dim_reduction: the outermost kept dim with at least one column per thread (else
    /// the largest) is split between the threads, each summing its columns alone; when that dim is
    /// contiguous in the input, the split points are rounded down to multiples of 32 columns.
    private func parallelDims<T: SumElement>(_ input: UnsafePointer<T>, into out: UnsafeMutablePointer<T>) {
        var split = dims.count - 1
        var d = dims.count - 1
        while d >= 0 && dims[d].output != 0 {
            if dims[d].size >= VectorLoop.threads { split = d; break }
            if dims[d].size > dims[split].size { split = d }
            d -= 1
        }
        let cols = dims[split].size
        let threads = min(VectorLoop.threads, cols)
        let chunk = (cols + threads - 1) / threads
        let round = dims[split].input == 1
        var begin = 0
        while begin < cols {
            var b = begin, e = min(cols, begin + chunk)
            begin = e
            if round {
                b -= b % 32
                if e != cols { e -= e % 32 }
            }
            if b >= e { continue }
            var sub = dims
            sub[split].size = e - b
            iterate(input + b * dims[split].input, out + b * dims[split].output, sub)
        }
    }

    /// parallel_reduce's two_pass_reduction for a full sum of a 1-D iteration: each thread sums its
    /// share into its own slot, then the slots are summed by the same kernel.
    private func twoPass<T: SumElement>(_ input: UnsafePointer<T>, into out: UnsafeMutablePointer<T>) {
        let n = dims[0].size, stride = dims[0].input
        let threads = min(VectorLoop.threads, (n + VectorLoop.grainSize - 1) / VectorLoop.grainSize)
        let chunk = (n + threads - 1) / threads
        withUnsafeTemporaryAllocation(of: T.self, capacity: VectorLoop.threads) { slots in
            slots.initialize(repeating: 0)
            var begin = 0, t = 0
            while begin < n {
                let len = min(chunk, n - begin)
                let slot = slots.baseAddress! + t
                loop2d(input + begin * stride, slot, Dim(size: len, input: stride, output: 0), Dim(size: 1, input: 0, output: 0))
                begin += len
                t += 1
            }
            let base = UnsafePointer(slots.baseAddress!)
            loop2d(base, out, Dim(size: VectorLoop.threads, input: 1, output: 0), Dim(size: 1, input: 0, output: 0))
        }
    }

    /// cascade_sum's loop over two dims: (size0, size1) with input and output strides.
    private func loop2d<T: SumElement>(_ input: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ a: Dim, _ b: Dim) {
        var d0 = a, d1 = b
        if d0.output != 0 && d1.output == 0 { swap(&d0, &d1) }
        if d0.output != 0 && d1.output != 0 {
            // No reduction in these two dims: add elementwise.
            for j in 0..<d1.size {
                for i in 0..<d0.size { out[i * d0.output + j * d1.output] += input[i * d0.input + j * d1.input] }
            }
            return
        }
        let os = d1.output
        if d0.input == 1 && d0.size >= T.lanes {
            // Contiguous inner reduction: the vectorised cascade per row.
            for j in 0..<d1.size {
                out[j * os] += CascadeSum.sum(UnsafeBufferPointer(start: input + j * d1.input, count: d0.size))
            }
        } else if d1.input == 1 && d1.size >= T.lanes {
            // Contiguous outer reduction: groups of 4 vectors (32 float or 16 double columns) by
            // multi_row_sum, then single vectors and single columns by row_sum.
            let group = 4 * T.lanes
            let grouped = d1.size / group * group
            for j in 0..<d1.size {
                let column = input + j
                out[j * os] += j < grouped ? CascadeSum.columnCascade(d0.size) { column[$0 * d0.input] }
                                           : CascadeSum.rowSum(d0.size) { column[$0 * d0.input] }
            }
        } else if d0.input < d1.input {
            for j in 0..<d1.size {
                let row = input + j * d1.input
                out[j * os] += CascadeSum.rowSum(d0.size) { row[$0 * d0.input] }
            }
        } else {
            let grouped = d1.size / 4 * 4
            for j in 0..<d1.size {
                let column = input + j * d1.input
                out[j * os] += j < grouped ? CascadeSum.columnCascade(d0.size) { column[$0 * d0.input] }
                                           : CascadeSum.rowSum(d0.size) { column[$0 * d0.input] }
            }
        }
    }
}
