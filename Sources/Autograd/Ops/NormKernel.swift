/// float32 Euclidean norms in the order and rounding of PyTorch's CPU kernel, so `.item()` of
/// `torch.linalg.vector_norm` agrees to the last bit.
///
/// PyTorch reduces a contiguous run (the reduced dims are the trailing ones) with eight float lanes of
/// `acc + x * x`, sums the lanes left to right, then adds the tail: groups of four with a separate
/// multiply and add, the last `tail % 4` with a fused multiply-add. Other layouts accumulate
/// `acc + x * x` one element at a time.
enum NormKernel {
    /// The L2 norm of each output slot of `values` (logical order, `shape`) reduced over `dims`.
    static func l2(_ values: [Float], shape: [Int], dims: [Int]) -> [Float] {
        let rank = shape.count
        let reduced = Set(dims)
        var kept = shape
        for d in reduced where d >= 0 && d < rank { kept[d] = 1 }
        let outCount = Shape.numel(kept)
        let outStrides = Shape.contiguousStrides(kept)
        var groups = [[Float]](repeating: [], count: outCount)
        if rank == 0 {
            groups = [values]
        } else {
            var index = [Int](repeating: 0, count: rank)
            var o = 0
            for v in values {
                if o >= 0 && o < outCount { groups[o].append(v) }
                var d = rank - 1
                while d >= 0 {
                    index[d] += 1
                    if !reduced.contains(d) { o += outStrides[d] }
                    if index[d] < shape[d] { break }
                    if !reduced.contains(d) { o -= outStrides[d] * shape[d] }
                    index[d] = 0
                    d -= 1
                }
            }
        }
        let trailing = reduced.isEmpty || reduced == Set((rank - reduced.count)..<rank)
        return groups.map { trailing ? contiguousL2($0) : sequentialL2($0) }
    }

    /// The vectorised last-dimension kernel.
    static func contiguousL2(_ a: [Float]) -> Float {
        var lanes = [Float](repeating: 0, count: 8)
        var d = 0
        while d + 8 <= a.count {
            for j in 0..<8 { lanes[j] = lanes[j] + a[d + j] * a[d + j] }
            d += 8
        }
        var acc = lanes[0]
        for j in 1..<8 { acc = acc + lanes[j] }
        let rest = a.count - d
        let plain = rest / 4 * 4
        for k in 0..<plain { acc = acc + a[d + k] * a[d + k] }
        for k in plain..<rest { acc = acc.addingProduct(a[d + k], a[d + k]) }
        return acc.squareRoot()
    }

    /// The generic one-element-at-a-time reduction.
    static func sequentialL2(_ a: [Float]) -> Float {
        var acc: Float = 0
        for x in a { acc = acc + x * x }
        return acc.squareRoot()
    }
}
