/// Reductions along dimensions (no graph): the kernels behind sum and mean.
enum Reduce {
    /// Sums over `dims` (distinct, already wrapped). float32 and float64 follow PyTorch's order exactly
    /// (SumKernel: the layout in memory decides it), so `loss.item()` and `x.sum(0)` match to the
    /// last bit; int64 and bool sum exactly.
    static func sum(_ t: Tensor, dims: [Int], keepdim: Bool) -> Tensor {
        let reduced = Set(dims)
        let outShapeKeep = t.shape.indices.map { reduced.contains($0) ? 1 : t.shape[$0] }
        let outShape = keepdim ? outShapeKeep : t.shape.indices.filter { !reduced.contains($0) }.map { t.shape[$0] }
        let outCount = Shape.numel(outShapeKeep)
        if t.dtype == .float16 {
            // Half accumulates in float (PyTorch's acc_type) and rounds each sum once.
            let wide = sum(t.cast(to: .float32), dims: dims, keepdim: keepdim)
            return Tensor(floats: wide.floatValues(), shape: wide.shape, dtype: .float16)
        }
        if t.dtype == .float32 && outCount == 0 { return Tensor(floats: [], shape: outShape) }
        if t.dtype == .float64 && outCount == 0 { return Tensor(doubles: [], shape: outShape) }
        if t.dtype == .float64 {
            let kernel = SumKernel(shape: t.shape, strides: t.strides, reduced: reduced)
            let out = [Double](unsafeUninitializedCapacity: outCount) { buf, count in
                t.storage.doubles.withUnsafeBufferPointer { p in
                    if let base = p.baseAddress, let o = buf.baseAddress, t.numel > 0 {
                        kernel.run(base + t.offset, into: o)
                    } else {
                        for j in 0..<outCount { buf[j] = 0 }
                    }
                }
                count = outCount
            }
            return Tensor(doubles: out, shape: outShape)
        }
        if t.dtype == .float32 {
            let kernel = SumKernel(shape: t.shape, strides: t.strides, reduced: reduced)
            let out = [Float](unsafeUninitializedCapacity: outCount) { buf, count in
                t.storage.floats.withUnsafeBufferPointer { p in
                    if let base = p.baseAddress, let o = buf.baseAddress, t.numel > 0 {
                        kernel.run(base + t.offset, into: o)
                    } else {
                        for j in 0..<outCount { buf[j] = 0 }
                    }
                }
                count = outCount
            }
            return Tensor(floats: out, shape: outShape)
        }
        let slots = outputSlots(t.shape, reduced: reduced, outStrides: Shape.contiguousStrides(outShapeKeep))
        let v = t.intValues()
        var acc = [Int64](repeating: 0, count: outCount)
        for (i, o) in slots.enumerated() { acc[o] &+= v[i] }
        // Integer and bool sums are int64, as in PyTorch (int32 too).
        return Tensor(ints: acc, shape: outShape)
    }

    /// When the reduced dims come after every kept dim (size-1 dims aside), each output sums a
    /// contiguous block of the input in logical order: the block's length; else nil.
    static func trailingBlock(_ shape: [Int], reduced: Set<Int>) -> Int? {
        var inner = 1
        var seenReduced = false
        for d in shape.indices where shape[d] != 1 {
            if reduced.contains(d) {
                seenReduced = true
                inner *= shape[d]
            } else if seenReduced {
                return nil
            }
        }
        return inner
    }

    /// For each element of a tensor of `shape` (logical order), the output slot it is summed into.
    static func outputSlots(_ shape: [Int], reduced: Set<Int>, outStrides: [Int]) -> [Int] {
        let n = Shape.numel(shape)
        var slots = [Int]()
        slots.reserveCapacity(n)
        var index = [Int](repeating: 0, count: shape.count)
        var o = 0
        for _ in 0..<n {
            slots.append(o)
            var d = shape.count - 1
            while d >= 0 {
                index[d] += 1
                if !reduced.contains(d) { o += outStrides[d] }
                if index[d] < shape[d] { break }
                if !reduced.contains(d) { o -= outStrides[d] * shape[d] }
                index[d] = 0
                d -= 1
            }
        }
        return slots
    }
}
