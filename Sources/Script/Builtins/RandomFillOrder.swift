import Autograd

/// The order in which PyTorch's in-place random fills (`uniform_`, `normal_`) visit a tensor's
/// elements: its TensorIterator walks dims from the largest stride to the smallest, so a transposed
/// view is filled in memory order, not in logical (row-major) order.
enum RandomFillOrder {
    /// Rearranges `samples` (in the order they were drawn) into the logical row-major order of `t`.
    static func logical<T>(_ samples: [T], for t: Tensor) -> [T] {
        let shape = t.shape, strides = t.strides
        let rank = shape.count
        guard rank > 1, samples.count == t.numel else { return samples }
        // Outermost first: larger strides before smaller; size-1 dims and ties keep their order.
        let order = (0..<rank).sorted { a, b in
            let sa = shape[a] == 1 ? Int.max : strides[a], sb = shape[b] == 1 ? Int.max : strides[b]
            return sa != sb ? sa > sb : a < b
        }
        if order == Array(0..<rank) { return samples }
        let logicalStrides = Shape.contiguousStrides(shape)
        var out = samples
        var index = [Int](repeating: 0, count: rank)
        for k in 0..<samples.count {
            var flat = 0
            for d in 0..<rank { flat += index[d] * logicalStrides[d] }
            if flat >= 0 && flat < out.count { out[flat] = samples[k] }
            // Advance the index in iteration order (the last dim of `order` moves fastest).
            var j = rank - 1
            while j >= 0 {
                let d = order[j]
                index[d] += 1
                if index[d] < shape[d] { break }
                index[d] = 0
                j -= 1
            }
        }
        return out
    }
}
