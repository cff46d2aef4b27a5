/// The three products of a matrix multiply inside a plan (`A @ B` and its two gradients), each
/// summed over the inner index in order from +0 (-0 when the inner size is 1), exactly as
/// `Tensor.mmRaw` sums them. The loops keep that order for every output element but run many
/// elements' sums side by side (the innermost loop walks independent sums over contiguous memory),
/// so they are not one long chain of dependent adds.
struct PlanMatmul {
    let n: Int, k: Int, m: Int
    let a: UnsafeMutablePointer<Float>, b: UnsafeMutablePointer<Float>
    /// Sums for the gradients before they are added into the gradient buffers.
    let scratchA: UnsafeMutablePointer<Float>, scratchB: UnsafeMutablePointer<Float>

    init(a: PlanSlot, b: PlanSlot, arena: PlanArena) {
        n = a.shape[0]; k = a.shape[1]; m = b.shape[1]
        self.a = a.value
        self.b = b.value
        scratchA = arena.floats(a.shape[1])
        scratchB = arena.floats(a.shape[1] * b.shape[1])
    }

    /// `out = A @ B` (n×m).
    @inline(__always)
    func product(into out: UnsafeMutablePointer<Float>) {
        let start: Float = k == 1 ? -0.0 : 0
        for x in 0..<(n * m) { out[x] = start }
        if m == 1 {
            // Blocks of rows small enough to stay in L1 while p walks the inner index.
            var lo = 0
            while lo < n {
                let hi = Swift.min(lo + 64, n)
                for p in 0..<k {
                    let y = b[p]
                    let column = a + p
                    for i in lo..<hi { out[i] += column[i &* k] * y }
                }
                lo = hi
            }
            return
        }
        for i in 0..<n {
            let row = out + i &* m
            for p in 0..<k {
                let x = a[i &* k &+ p], bRow = b + p &* m
                for j in 0..<m { row[j] += x * bRow[j] }
            }
        }
    }

    /// `gradA += g @ Bᵀ`: per (i, p) the sum over j of g[i, j]·B[p, j].
    @inline(__always)
    func accumulateA(_ g: UnsafeMutablePointer<Float>, into gradA: UnsafeMutablePointer<Float>) {
        let start: Float = m == 1 ? -0.0 : 0
        for i in 0..<n {
            let row = gradA + i &* k
            if m == 1 {
                let gi = g[i]
                for p in 0..<k { row[p] += start + gi * b[p] }
                continue
            }
            for p in 0..<k { scratchA[p] = start }
            for j in 0..<m {
                let gij = g[i &* m &+ j], column = b + j
                for p in 0..<k { scratchA[p] += gij * column[p &* m] }
            }
            for p in 0..<k { row[p] += scratchA[p] }
        }
    }

    /// `gradB += Aᵀ @ g`: per (p, j) the sum over i of A[i, p]·g[i, j].
    @inline(__always)
    func accumulateB(_ g: UnsafeMutablePointer<Float>, into gradB: UnsafeMutablePointer<Float>) {
        let start: Float = n == 1 ? -0.0 : 0
        for x in 0..<(k * m) { scratchB[x] = start }
        if m == 1 {
            for i in 0..<n {
                let gi = g[i], aRow = a + i &* k
                for p in 0..<k { scratchB[p] += aRow[p] * gi }
            }
            for p in 0..<k { gradB[p] += scratchB[p] }
            return
        }
        for i in 0..<n {
            let gRow = g + i &* m, aRow = a + i &* k
            for p in 0..<k {
                let x = aRow[p], s = scratchB + p &* m
                for j in 0..<m { s[j] += x * gRow[j] }
            }
        }
        for x in 0..<(k * m) { gradB[x] += scratchB[x] }
    }
}

extension PlanKernel {
    /// `A @ B` (matrix-matrix): float32 products summed in order, as `Tensor.mmRaw`; the gradients
    /// are the products `g @ Bᵀ` and `Aᵀ @ g` computed the same way.
    static let mm = PlanKernel { call in
        guard call.inputs.count == 2, let o = call.outputs.first, let g = o.grad,
              call.inputs[0].shape.count == 2, call.inputs[1].shape.count == 2 else { return nil }
        let a = call.inputs[0], b = call.inputs[1], ov = o.value
        let mm = PlanMatmul(a: a, b: b, arena: call.arena)
        return PlanStep(forward: { mm.product(into: ov) }, backward: {
            if let ga = a.grad { mm.accumulateA(g, into: ga) }
            if let gb = b.grad { mm.accumulateB(g, into: gb) }
        })
    }

    /// `bias + A @ B` (nn.Linear's 2-d forward) as `Tensor.addmm` computes it: the product as `mm`,
    /// rounded, then the broadcast bias added; the gradients are `mm`'s and, for the bias, the
    /// upstream gradient summed to its shape as `sumTo` does.
    static let addmm = PlanKernel { call in
        guard call.inputs.count == 3, let o = call.outputs.first, let g = o.grad,
              call.inputs[1].shape.count == 2, call.inputs[2].shape.count == 2 else { return nil }
        let bias = call.inputs[0], a = call.inputs[1], b = call.inputs[2]
        guard o.shape == [a.shape[0], b.shape[1]] else { return nil }
        let ov = o.value, cv = bias.value, count = o.count
        let mm = PlanMatmul(a: a, b: b, arena: call.arena)
        let ib = call.arena.access(bias.shape, to: o.shape)
        let rb = bias.grad.map { gb in (gb, PlanReduce(input: bias, outShape: o.shape, arena: call.arena)) }
        let m = b.shape[1], rowBias = bias.count == m && bias.shape.last == m && bias.shape.dropLast().allSatisfy { $0 == 1 }
        return PlanStep(forward: {
            mm.product(into: ov)
            if rowBias {
                // The usual nn.Linear bias: one value per column, the same for every row.
                var x = 0
                while x < count {
                    let row = ov + x
                    for j in 0..<m { row[j] = cv[j] + row[j] }
                    x += m
                }
            } else {
                for x in 0..<count { ov[x] = cv[ib.index(x)] + ov[x] }
            }
        }, backward: {
            if let (gb, r) = rb { r.accumulate(into: gb) { i in g[i] } }
            if let ga = a.grad { mm.accumulateA(g, into: ga) }
            if let gw = b.grad { mm.accumulateB(g, into: gw) }
        })
    }
}
