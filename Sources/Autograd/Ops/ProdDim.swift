// `a.prod(dim, keepdim=False)`: products along one dimension (ProdBackward1).

extension Op {
    static let prodDim = Op("ProdBackward1", symbol: "∏_dim a", explanation: "multiplies the elements along a dimension",
                            derivatives: ["the product of the other elements of the slice"], kind: .other, savesTensors: true) { c in
        let input = c.saved[0]
        let d = c.args.ints[0]
        let shape = input.shape
        let outer = shape[..<d].reduce(1, *), n = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        // The incoming gradient has the reduced shape (kept or not): one value per (outer, inner).
        func grads<T: BinaryFloatingPoint>(_ v: [T], _ g: [T]) -> [T] {
            var out = [T](repeating: 0, count: v.count)
            for o in 0..<outer {
                for i in 0..<inner {
                    let idx = (0..<n).map { (o * n + $0) * inner + i }
                    let others = Tensor.productsOfOthers(idx.map { v[$0] })
                    let gi = g[o * inner + i]
                    for (k, p) in idx.enumerated() { out[p] = others[k] * gi }
                }
            }
            return out
        }
        if input.dtype == .float64 { return [Tensor(doubles: grads(input.doubleValues(), c.grad.doubleValues()), shape: shape)] }
        return [Tensor(floats: grads(input.floatValues(), c.grad.floatValues()), shape: shape)]
    }
}

extension Tensor {
    /// `a.prod(dim, keepdim)`: int and bool inputs give int64 and no graph.
    public func prod(dim d: Int, keepdim: Bool = false) throws -> Tensor {
        let w = try Shape.wrapDim(d, rank: max(dim, 1))
        if dim == 0 { return prod() }
        let outer = shape[..<w].reduce(1, *), n = shape[w], inner = shape[(w + 1)...].reduce(1, *)
        var outShape = shape
        if keepdim { outShape[w] = 1 } else { outShape.remove(at: w) }
        if dtype == .float64 {
            let v = doubleValues()
            var out = [Double](repeating: 1, count: outer * inner)
            for o in 0..<outer { for k in 0..<n { for i in 0..<inner { out[o * inner + i] *= v[(o * n + k) * inner + i] } } }
            return record(.prodDim, Tensor(doubles: out, shape: outShape), inputs: [self], saving: [self], args: OpArgs(ints: [w]))
        }
        if dtype.isIntegral {
            let v = intValues()
            var out = [Int64](repeating: 1, count: outer * inner)
            for o in 0..<outer { for k in 0..<n { for i in 0..<inner { out[o * inner + i] = out[o * inner + i] &* v[(o * n + k) * inner + i] } } }
            return Tensor(ints: out, shape: outShape)
        }
        let v = floatValues()
        var out = [Float](repeating: 1, count: outer * inner)
        for o in 0..<outer { for k in 0..<n { for i in 0..<inner { out[o * inner + i] *= v[(o * n + k) * inner + i] } } }
        return record(.prodDim, Tensor(floats: out, shape: outShape), inputs: [self], saving: [self], args: OpArgs(ints: [w]))
    }
}
