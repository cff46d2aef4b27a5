/// Reductions along dimensions (no graph): the kernels behind sum and mean.
enum Reduce {
    /// Sums over `dims` (distinct, already wrapped). float32 follows PyTorch's float cascade when
    /// the reduction is over everything or over the trailing dims (each output then sums a
    /// contiguous block; checked against torch 2.15), so `loss.item()` and `x.sum(1)` match to the
    /// last bit; other float32 reductions accumulate in double.
    static func sum(_ t: Tensor, dims: [Int], keepdim: Bool) -> Tensor {
        // Everything reduces to one number (loss.sum(), mean(), grads of scalars): no shape
        // bookkeeping on this hot path.
        if t.dtype == .float32 && t.shape.indices.allSatisfy({ t.shape[$0] == 1 || dims.contains($0) }) {
            let outShape = keepdim ? t.shape.map { _ in 1 } : t.shape.indices.filter { !dims.contains($0) }.map { t.shape[$0] }
            return Tensor(floats: [CascadeSum.sum(t.floatValues())], shape: outShape)
        }
        let reduced = Set(dims)
        let outShapeKeep = t.shape.indices.map { reduced.contains($0) ? 1 : t.shape[$0] }
        let outShape = keepdim ? outShapeKeep : t.shape.indices.filter { !reduced.contains($0) }.map { t.shape[$0] }
        let outCount = Shape.numel(outShapeKeep)
        if t.dtype == .float32, let inner = trailingBlock(t.shape, reduced: reduced) {
            // Reducing the trailing dims: each output sums one contiguous block, with PyTorch's cascade.
            let v = t.floatValues()
            let out = v.withUnsafeBufferPointer { p in
                (0..<outCount).map { j in CascadeSum.sum(UnsafeBufferPointer(rebasing: p[(j * inner)..<((j + 1) * inner)])) }
            }
            return Tensor(floats: out, shape: outShape)
        }
        let slots = outputSlots(t.shape, reduced: reduced, outStrides: Shape.contiguousStrides(outShapeKeep))
        if t.dtype == .float32 {
            let v = t.floatValues()
            var acc = [Double](repeating: 0, count: outCount)
            for (i, o) in slots.enumerated() { acc[o] += Double(v[i]) }
            return Tensor(floats: acc.map { Float($0) }, shape: outShape)
        }
        let v = t.intValues()
        var acc = [Int64](repeating: 0, count: outCount)
        for (i, o) in slots.enumerated() { acc[o] &+= v[i] }
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
