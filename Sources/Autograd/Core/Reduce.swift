/// Reductions along dimensions (no graph): the kernels behind sum and mean.
enum Reduce {
    /// Sums over `dims` (all dims when empty and `all` is true). float32 accumulates in double.
    static func sum(_ t: Tensor, dims: [Int], keepdim: Bool) -> Tensor {
        // Everything reduces to one number (the common case: loss.sum(), mean(), grads of scalars):
        // no shape bookkeeping, PyTorch's float cascade.
        if t.dtype == .float32 && (t.numel == 1 || dims.count == t.shape.count || t.shape.allSatisfy({ $0 == 1 }) ||
                                   t.shape.enumerated().allSatisfy({ $0.element == 1 || dims.contains($0.offset) })) {
            let outShape: [Int]
            if keepdim {
                outShape = t.shape.allSatisfy({ $0 == 1 }) ? t.shape : t.shape.map { _ in 1 }
            } else {
                outShape = t.shape.enumerated().filter { !dims.contains($0.offset) }.map(\.element)
            }
            return Tensor(floats: [CascadeSum.sum(t.floatValues())], shape: outShape)
        }
        let rank = t.shape.count
        let reduceSet = Set(dims)
        var outShapeKeep = t.shape
        for d in reduceSet { outShapeKeep[d] = 1 }
        let outShape = keepdim ? outShapeKeep : t.shape.enumerated().filter { !reduceSet.contains($0.offset) }.map(\.element)
        let outCount = Shape.numel(outShapeKeep)
        // Map each input element (logical order) to its output slot.
        let outStrides = Shape.contiguousStrides(outShapeKeep)
        let n = t.numel
        if t.dtype == .float32 {
            let v = t.floatValues()
            var acc = [Double](repeating: 0, count: outCount)
            if outCount == 1 {
                // A full reduction: PyTorch's float cascade, in its order.
                return Tensor(floats: [CascadeSum.sum(v)], shape: outShape)
            } else if rank > 0 {
                var index = [Int](repeating: 0, count: rank)
                var o = 0
                for i in 0..<n {
                    acc[o] += Double(v[i])
                    var d = rank - 1
                    while d >= 0 {
                        index[d] += 1
                        if !reduceSet.contains(d) { o += outStrides[d] }
                        if index[d] < t.shape[d] { break }
                        if !reduceSet.contains(d) { o -= outStrides[d] * t.shape[d] }
                        index[d] = 0
                        d -= 1
                    }
                }
            }
            return Tensor(floats: acc.map { Float($0) }, shape: outShape)
        }
        let v = t.intValues()
        var acc = [Int64](repeating: 0, count: outCount)
        if outCount == 1 {
            var s: Int64 = 0
            for x in v { s &+= x }
            acc[0] = s
        } else if rank > 0 {
            var index = [Int](repeating: 0, count: rank)
            var o = 0
            for i in 0..<n {
                acc[o] &+= v[i]
                var d = rank - 1
                while d >= 0 {
                    index[d] += 1
                    if !reduceSet.contains(d) { o += outStrides[d] }
                    if index[d] < t.shape[d] { break }
                    if !reduceSet.contains(d) { o -= outStrides[d] * t.shape[d] }
                    index[d] = 0
                    d -= 1
                }
            }
        }
        return Tensor(ints: acc, shape: outShape)
    }
}
