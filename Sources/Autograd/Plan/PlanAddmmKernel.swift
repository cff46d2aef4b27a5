extension PlanKernel {
    /// `bias + A @ B` (nn.Linear's 2-d forward) as `Tensor.addmm` computes it: the product summed in
    /// order as `mm`, rounded, then the broadcast bias added; the gradients are `mm`'s and, for the
    /// bias, the upstream gradient summed to its shape as `sumTo` does.
    static let addmm = PlanKernel { call in
        guard call.inputs.count == 3, let o = call.outputs.first, let g = o.grad,
              call.inputs[1].shape.count == 2, call.inputs[2].shape.count == 2 else { return nil }
        let bias = call.inputs[0], a = call.inputs[1], b = call.inputs[2]
        let n = a.shape[0], k = a.shape[1], m = b.shape[1], av = a.value, bv = b.value, ov = o.value, cv = bias.value
        guard o.shape == [n, m] else { return nil }
        let ib = call.arena.access(bias.shape, to: o.shape)
        let rb = bias.grad.map { gb in (gb, PlanReduce(input: bias, outShape: o.shape, arena: call.arena)) }
        return PlanStep(forward: {
            for i in 0..<n {
                for j in 0..<m {
                    var s: Float = k == 1 ? -0.0 : 0
                    for p in 0..<k { s += av[i * k + p] * bv[p * m + j] }
                    ov[i * m + j] = cv[ib.index(i * m + j)] + s
                }
            }
        }, backward: {
            if let (gb, r) = rb { r.accumulate(into: gb) { i in g[i] } }
            if let ga = a.grad {
                for i in 0..<n {
                    for p in 0..<k {
                        var s: Float = m == 1 ? -0.0 : 0
                        for j in 0..<m { s += g[i * m + j] * bv[p * m + j] }
                        ga[i * k + p] += s
                    }
                }
            }
            if let gw = b.grad {
                for p in 0..<k {
                    for j in 0..<m {
                        var s: Float = n == 1 ? -0.0 : 0
                        for i in 0..<n { s += av[i * k + p] * g[i * m + j] }
                        gw[p * m + j] += s
                    }
                }
            }
        })
    }
}
