import Foundation

// Buffer kernels for compiled training plans. Each mirrors its op's tensor forward and backward in
// Ops/ exactly (same float operations, same order), which the plan tests check bit for bit.

extension PlanKernel {
    /// An elementwise binary op with broadcasting; `M` gives its value and the contribution to each
    /// input's gradient from (upstream g, a, b), before the sum over broadcast dims. Generic so the
    /// compiler inlines the math into the loops.
    static func binary<M: PlanBinaryMath>(_ math: M.Type) -> PlanKernel {
        PlanKernel { call in
            guard call.inputs.count == 2, let o = call.outputs.first, let g = o.grad else { return nil }
            let a = call.inputs[0], b = call.inputs[1]
            let ia = call.arena.access(a.shape, to: o.shape), ib = call.arena.access(b.shape, to: o.shape)
            let n = o.count
            let av = a.value, bv = b.value, ov = o.value
            let forward: () -> Void
            switch (ia, ib) {
            case (.same, .same): forward = { for i in 0..<n { ov[i] = M.f(av[i], bv[i]) } }
            case (.same, .scalar): forward = { let s = bv[0]; for i in 0..<n { ov[i] = M.f(av[i], s) } }
            case (.scalar, .same): forward = { let s = av[0]; for i in 0..<n { ov[i] = M.f(s, bv[i]) } }
            default: forward = { for i in 0..<n { ov[i] = M.f(av[ia.index(i)], bv[ib.index(i)]) } }
            }
            let ra = a.grad.map { ga in (ga, PlanReduce(input: a, outShape: o.shape, arena: call.arena)) }
            let rb = b.grad.map { gb in (gb, PlanReduce(input: b, outShape: o.shape, arena: call.arena)) }
            let backward: () -> Void = {
                if let (ga, r) = ra { r.accumulate(into: ga) { i in M.da(g[i], av[ia.index(i)], bv[ib.index(i)]) } }
                if let (gb, r) = rb { r.accumulate(into: gb) { i in M.db(g[i], av[ia.index(i)], bv[ib.index(i)]) } }
            }
            return PlanStep(forward: forward, backward: backward)
        }
    }

    /// An elementwise unary op; `M.d` gives the gradient contribution from (upstream g, input x, output y).
    /// Every unary definition (UnaryOpDefinition) is such an `M`, so its loop kernel is this one.
    static func unary<M: PlanUnaryMath>(_ math: M.Type) -> PlanKernel {
        PlanKernel { call in
            guard let x = call.inputs.first, let o = call.outputs.first, let g = o.grad else { return nil }
            let n = o.count, xv = x.value, ov = o.value
            if M.hasVectorPath {
                let mask = VectorLoop.vectorMask(count: n)
                return PlanStep(forward: { for i in 0..<n { ov[i] = mask[i] ? M.fVector(xv[i]) : M.f(xv[i]) } },
                                backward: { if let gx = x.grad { for i in 0..<n { gx[i] += M.d(g[i], xv[i], ov[i]) } } })
            }
            return PlanStep(forward: { for i in 0..<n { ov[i] = M.f(xv[i]) } },
                            backward: { if let gx = x.grad { for i in 0..<n { gx[i] += M.d(g[i], xv[i], ov[i]) } } })
        }
    }

    static let add = binary(AddMath.self)
    static let sub = binary(SubMath.self)
    static let mul = binary(MulMath.self)
    static let div = binary(DivMath.self)
    static let neg = unary(NegMath.self)

    /// `s - a`: the number is the op's first scalar argument.
    static let rsub = PlanKernel { call in
        guard let x = call.inputs.first, let o = call.outputs.first, let g = o.grad, let s = call.args.scalars.first else { return nil }
        let sf = Float(s), n = o.count, xv = x.value, ov = o.value
        return PlanStep(forward: { for i in 0..<n { ov[i] = sf - xv[i] } },
                        backward: { if let gx = x.grad { for i in 0..<n { gx[i] += -g[i] } } })
    }

    /// `a ** k`: the local derivative is `a^(k-1) · k`, computed as the tensor code does; which
    /// elements take PyTorch's vector lambda matters only when k is not special-cased.
    static let powScalar = PlanKernel { call in
        guard let x = call.inputs.first, let o = call.outputs.first, let g = o.grad, let k = call.args.scalars.first else { return nil }
        let n = o.count, xv = x.value, ov = o.value, kf = Float(k)
        let mask = VectorLoop.vectorMask(count: n)
        let splits = KernelMath.powSplits(k), splitsBack = KernelMath.powSplits(k - 1)
        return PlanStep(forward: {
            if splits {
                for i in 0..<n { ov[i] = KernelMath.pow(xv[i], k, vector: mask[i]) }
            } else {
                for i in 0..<n { ov[i] = KernelMath.pow(xv[i], k, vector: false) }
            }
        }, backward: {
            guard let gx = x.grad else { return }
            if k == 0 { for i in 0..<n { gx[i] += 0 } } else if splitsBack {
                for i in 0..<n { gx[i] += g[i] * (KernelMath.pow(xv[i], k - 1, vector: mask[i]) * kf) }
            } else {
                for i in 0..<n { gx[i] += g[i] * (KernelMath.pow(xv[i], k - 1, vector: false) * kf) }
            }
        })
    }

    // The unary elementwise ops' kernels derive from their definitions (Ops/UnaryDefinition.swift).
    /// view / reshape / clone / alias: the same elements; the gradient passes through.
    static let identity = unary(IdentityMath.self)

    /// `a.sum()` and `a.mean()` (the sum divided by n), in PyTorch's order (SumKernel).
    static func reduceAll(mean: Bool) -> PlanKernel {
        PlanKernel { call in
            guard let x = call.inputs.first, let o = call.outputs.first, o.count == 1, let g = o.grad else { return nil }
            let n = x.count, xv = x.value, ov = o.value, nf = Float(n)
            let kernel = SumKernel.all(count: n)
            return PlanStep(forward: {
                let s = kernel.total(xv)
                ov[0] = mean ? s / nf : s
            }, backward: {
                guard let gx = x.grad else { return }
                let c = mean ? g[0] / nf : g[0]
                for i in 0..<n { gx[i] += c }
            })
        }
    }
    /// `a.sum(dims)` / `a.mean(dims)`: as `Reduce.sum` (SumKernel); the mean divides by n.
    static func reduceDims(mean: Bool) -> PlanKernel {
        PlanKernel { call in
            guard let x = call.inputs.first, let o = call.outputs.first, let g = o.grad else { return nil }
            let dims = call.args.ints, shape = x.shape
            guard dims.allSatisfy({ $0 >= 0 && $0 < shape.count }) else { return nil }
            let reduced = Set(dims)
            let kept = shape.indices.map { reduced.contains($0) ? 1 : shape[$0] }
            let outCount = Shape.numel(kept), n = x.count, xv = x.value, ov = o.value
            guard outCount == o.count else { return nil }
            var per = 1
            for d in reduced { per *= shape[d] }
            let divisor = Float(per)
            let kernel = SumKernel.contiguous(shape, reduced: reduced)
            let slots = call.arena.ints(n)
            for (i, s) in Reduce.outputSlots(shape, reduced: reduced, outStrides: Shape.contiguousStrides(kept)).enumerated() { slots[i] = s }
            return PlanStep(forward: {
                kernel.run(xv, into: ov)
                if mean { for j in 0..<outCount { ov[j] = ov[j] / divisor } }
            }, backward: {
                guard let gx = x.grad else { return }
                if mean { for i in 0..<n { gx[i] += g[slots[i]] / divisor } } else { for i in 0..<n { gx[i] += g[slots[i]] } }
            })
        }
    }
    static let sumDims = reduceDims(mean: false)
    static let meanDims = reduceDims(mean: true)
    static let sumAll = reduceAll(mean: false)
    static let meanAll = reduceAll(mean: true)

    /// `F.mse_loss(a, b)` with reduction mean or sum.
    static let mseLoss = PlanKernel { call in
        guard call.inputs.count == 2, let o = call.outputs.first, o.count == 1, let g = o.grad,
              let reduction = call.args.ints.first, reduction == 1 || reduction == 2 else { return nil }
        let a = call.inputs[0], b = call.inputs[1]
        let shape = (try? Shape.broadcast(a.shape, b.shape)) ?? []
        let n = Shape.numel(shape)
        let ia = call.arena.access(a.shape, to: shape), ib = call.arena.access(b.shape, to: shape)
        let diff = call.arena.floats(n), sq = call.arena.floats(n)
        let av = a.value, bv = b.value, ov = o.value
        let norm = Float(2.0 / Double(reduction == 1 ? n : 1))
        let kernel = SumKernel.all(count: n)
        let ra = a.grad.map { ga in (ga, PlanReduce(input: a, outShape: shape, arena: call.arena)) }
        let rb = b.grad.map { gb in (gb, PlanReduce(input: b, outShape: shape, arena: call.arena)) }
        return PlanStep(forward: {
            for i in 0..<n {
                let d = av[ia.index(i)] - bv[ib.index(i)]
                diff[i] = d
                sq[i] = d * d
            }
            let s = kernel.total(sq)
            ov[0] = reduction == 1 ? s / Float(n) : s
        }, backward: {
            let g0 = g[0]
            // As the eager MseLossBackward0: norm * (a - b) * grad, norm = 2/n rounded once.
            if let (ga, r) = ra { r.accumulate(into: ga) { i in norm * diff[i] * g0 } }
            if let (gb, r) = rb { r.accumulate(into: gb) { i in -(norm * diff[i] * g0) } }
        })
    }

    /// `a, b, c = t` (unbind along dim 0): each output is one row.
    static let unbind = PlanKernel { call in
        guard let x = call.inputs.first, call.args.ints.first == 0, !call.outputs.isEmpty else { return nil }
        let rows = call.outputs.count, inner = x.count / max(rows, 1), xv = x.value
        let outs = call.outputs.map(\.value)
        let grads = call.outputs.enumerated().map { k, s in call.outputReached[k] ? s.grad : nil }
        return PlanStep(forward: {
            for k in 0..<rows { for j in 0..<inner { outs[k][j] = xv[k * inner + j] } }
        }, backward: {
            guard let gx = x.grad else { return }
            for k in 0..<rows {
                if let gk = grads[k] { for j in 0..<inner { gx[k * inner + j] += gk[j] } } else {
                    for j in 0..<inner { gx[k * inner + j] += 0 }
                }
            }
        })
    }

    /// `t[i]` (select along dim 0).
    static let select = PlanKernel { call in
        guard let x = call.inputs.first, let o = call.outputs.first, let g = o.grad,
              call.args.ints.count == 2, call.args.ints[0] == 0 else { return nil }
        let index = call.args.ints[1], inner = o.count, xv = x.value, ov = o.value, total = x.count
        return PlanStep(forward: { for j in 0..<inner { ov[j] = xv[index * inner + j] } },
                        backward: {
                            guard let gx = x.grad else { return }
                            for e in 0..<total {
                                let j = e - index * inner
                                gx[e] += (j >= 0 && j < inner) ? g[j] : 0
                            }
                        })
    }

    /// A view op that reads each output element from a distinct input element (slice, transpose,
    /// permute, squeeze, unsqueeze), through `call.gather`. Backward puts each gradient element back
    /// where it came from and adds +0 to the elements the view does not cover (the engine's zeros).
    static let gather = PlanKernel { call in
        guard let x = call.inputs.first, let o = call.outputs.first, let g = o.grad, let map = call.gather else { return nil }
        let n = o.count, xv = x.value, ov = o.value
        var covered = [Bool](repeating: false, count: x.count)
        for j in 0..<n { covered[map[j]] = true }
        let uncovered = covered.indices.filter { !covered[$0] }
        return PlanStep(forward: { for j in 0..<n { ov[j] = xv[map[j]] } },
                        backward: {
                            guard let gx = x.grad else { return }
                            for i in uncovered { gx[i] += 0 }
                            for j in 0..<n { gx[map[j]] += g[j] }
                        })
    }

    /// `a.dot(b)`: float32 products summed in order, as the tensor code does.
    static let dot = PlanKernel { call in
        guard call.inputs.count == 2, let o = call.outputs.first, let g = o.grad else { return nil }
        let a = call.inputs[0], b = call.inputs[1], n = a.count, av = a.value, bv = b.value, ov = o.value
        let start: Float = n == 1 ? -0.0 : 0
        return PlanStep(forward: {
            var s = start
            for i in 0..<n { s += av[i] * bv[i] }
            ov[0] = s
        }, backward: {
            let g0 = g[0]
            if let ga = a.grad { for i in 0..<n { ga[i] += bv[i] * g0 } }
            if let gb = b.grad { for i in 0..<n { gb[i] += av[i] * g0 } }
        })
    }

    /// `A @ v` (matrix-vector): float32 products summed in order, as `Tensor.mvRaw`.
    static let mv = PlanKernel { call in
        guard call.inputs.count == 2, let o = call.outputs.first, let g = o.grad, call.inputs[0].shape.count == 2 else { return nil }
        let a = call.inputs[0], v = call.inputs[1]
        let rows = a.shape[0], cols = a.shape[1], av = a.value, vv = v.value, ov = o.value
        let rowStart: Float = cols == 1 ? -0.0 : 0, columnStart: Float = rows == 1 ? -0.0 : 0
        return PlanStep(forward: {
            for i in 0..<rows {
                var s = rowStart
                for p in 0..<cols { s += av[i * cols + p] * vv[p] }
                ov[i] = s
            }
        }, backward: {
            if let ga = a.grad {
                for i in 0..<rows { for p in 0..<cols { ga[i * cols + p] += -0.0 + g[i] * vv[p] } }
            }
            if let gv = v.grad {
                for p in 0..<cols {
                    var s = columnStart
                    for i in 0..<rows { s += av[i * cols + p] * g[i] }
                    gv[p] += s
                }
            }
        })
    }
}

/// The math of an elementwise binary op inside a plan: its value and gradient contributions.
protocol PlanBinaryMath: SendableMetatype {
    static func f(_ a: Float, _ b: Float) -> Float
    static func da(_ g: Float, _ a: Float, _ b: Float) -> Float
    static func db(_ g: Float, _ a: Float, _ b: Float) -> Float
}

/// The math of an elementwise unary op inside a plan: its value and gradient contribution. Ops
/// whose PyTorch kernel rounds differently in its vector loop set `hasVectorPath` and `fVector`.
protocol PlanUnaryMath: SendableMetatype {
    static func f(_ x: Float) -> Float
    static func d(_ g: Float, _ x: Float, _ y: Float) -> Float
    static var hasVectorPath: Bool { get }
    static func fVector(_ x: Float) -> Float
}

extension PlanUnaryMath {
    static var hasVectorPath: Bool { false }
    static func fVector(_ x: Float) -> Float { f(x) }
}

enum NegMath: PlanUnaryMath {
    @inline(__always) static func f(_ x: Float) -> Float { -x }
    @inline(__always) static func d(_ g: Float, _ x: Float, _ y: Float) -> Float { -g }
}
enum IdentityMath: PlanUnaryMath {
    @inline(__always) static func f(_ x: Float) -> Float { x }
    @inline(__always) static func d(_ g: Float, _ x: Float, _ y: Float) -> Float { g }
}
