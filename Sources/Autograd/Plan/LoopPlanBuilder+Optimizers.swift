import Foundation

// `optimizer.step()` in a compiled loop: each rule replays, element for element, the float32
// operations the library's single-tensor update (torch/optim/sgd.py, adam.py) runs through the
// tensor kernels, in the same order and rounding: `add(alpha=)` is one fused multiply-add
// (AddAlpha.swift), `mul_`/`div`/`add_` by a Python number use it as a float32, lerp_, addcmul_ and
// addcdiv_ are PointwiseTernary.swift's, and Adam's bias corrections are the Python float
// arithmetic of the step count the state holds (`step_t += 1; step = step_t.item()`).
// The learning rate is read when each replayed step runs (`Group.learningRate`), so an lr
// scheduler that changes it between iterations is followed; every other setting is a constant.

extension LoopPlanBuilder {
    func addOptimizerStep(_ step: OptimizerStep) throws {
        for group in step.groups {
            let traced = group.rule.lr
            let lr = group.learningRate ?? { traced }
            for p in group.parameters {
                guard let g = p.grad else {
                    signature.append("step skip")
                    continue
                }
                guard g.shape == p.param.shape, p.state.count == group.rule.stateCount else {
                    throw fail("an optimizer step on a gradient or state of another shape")
                }
                switch group.rule {
                case let .sgd(_, momentum, dampening, weightDecay, nesterov, maximize):
                    try addSGD(p.param, g, p.state.first, lr: lr, momentum: momentum, dampening: dampening,
                               weightDecay: weightDecay, nesterov: nesterov, maximize: maximize)
                case let .adam(_, beta1, beta2, eps, weightDecay, amsgrad, maximize, decoupled):
                    guard !amsgrad else { throw fail("Adam with amsgrad=True") }
                    try addAdam(p.param, g, p.state, lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay,
                                maximize: maximize, decoupled: decoupled)
                case let .rmsprop(_, alpha, eps, weightDecay, momentum, centered, maximize):
                    try addRMSprop(p.param, g, p.state, lr: lr, alpha: alpha, eps: eps, weightDecay: weightDecay,
                                   momentum: momentum, centered: centered, maximize: maximize)
                case let .adagrad(_, lrDecay, weightDecay, eps, maximize):
                    try addAdagrad(p.param, g, p.state, lr: lr, lrDecay: lrDecay, weightDecay: weightDecay, eps: eps, maximize: maximize)
                }
                signature.append("step " + (group.learningRate == nil ? group.rule.description : group.rule.settings))
            }
        }
    }

    /// `_single_tensor_sgd` for one parameter: `d = -g` (maximize), `d = d + wd·p`, momentum
    /// `buf = buf·m + (1 - dampening)·d` (Nesterov: `d = d + m·buf`, else `d = buf`), `p = p - lr·d`.
    private func addSGD(_ param: Tensor, _ grad: Tensor, _ buffer: Tensor?, lr: @escaping () -> Double, momentum: Double, dampening: Double,
                        weightDecay: Double, nesterov: Bool, maximize: Bool) throws {
        let gv = try value(grad, nil).pointer
        let buf = try buffer.map { b -> UnsafeMutablePointer<Float> in
            guard b.shape == param.shape else { throw fail("a momentum buffer of another shape") }
            return try target(b).pointer
        }
        let pb = try target(param)
        let pv = pb.pointer, n = param.numel
        let decay = Float(weightDecay), m = Float(momentum), keep = Float(1 - dampening)
        let hasDecay = weightDecay != 0
        steps.append {
            let alpha = Float(-lr())
            for i in 0..<n {
                var d = maximize ? -gv[i] : gv[i]
                if hasDecay { d = d.addingProduct(pv[i], decay) }
                if let buf {
                    buf[i] = (buf[i] * m).addingProduct(d, keep)
                    d = nesterov ? d.addingProduct(buf[i], m) : buf[i]
                }
                pv[i] = pv[i].addingProduct(d, alpha)
            }
        }
        signature.append("sgd b\(pb.id)")
    }

    /// `_single_tensor_adam` for one parameter (amsgrad off): the step count, weight decay (decoupled:
    /// `p = p·(1 - lr·wd)`), `m.lerp_(g, 1 - β1)`, `v = v·β2 + (1 - β2)·g·g`, then
    /// `p += -step_size · m / (sqrt(v) / sqrt(bc2) + eps)`.
    private func addAdam(_ param: Tensor, _ grad: Tensor, _ state: [Tensor], lr: @escaping () -> Double, beta1: Double, beta2: Double, eps: Double,
                         weightDecay: Double, maximize: Bool, decoupled: Bool) throws {
        guard state[0].numel == 1, state[1].shape == param.shape, state[2].shape == param.shape else {
            throw fail("Adam state of another shape")
        }
        let gv = try value(grad, nil).pointer
        let count = try target(state[0]).pointer
        let mv = try target(state[1]).pointer, vv = try target(state[2]).pointer
        let pb = try target(param)
        let pv = pb.pointer, n = param.numel
        let w1 = Float(1 - beta1), b2 = Float(beta2), c2 = Float(1 - beta2), epsf = Float(eps)
        let decay = Float(weightDecay)
        let hasDecay = weightDecay != 0
        steps.append {
            let lr = lr()
            let shrink = Float(1 - lr * weightDecay)
            count[0] = count[0] + 1
            let step = Double(count[0])
            let bc1 = 1 - Foundation.pow(beta1, step)
            let bc2 = 1 - Foundation.pow(beta2, step)
            let negStepSize = Float(-(lr / bc1))
            let bc2Sqrt = Float(Foundation.pow(bc2, 0.5))
            for i in 0..<n {
                var g = maximize ? -gv[i] : gv[i]
                if hasDecay {
                    if decoupled { pv[i] = pv[i] * shrink } else { g = g.addingProduct(pv[i], decay) }
                }
                mv[i] = Tensor.lerp(mv[i], g, w1)
                vv[i] = Tensor.addcmul(vv[i] * b2, g, g, c2)
                let denom = vv[i].squareRoot() / bc2Sqrt + epsf
                pv[i] = Tensor.addcdiv(pv[i], mv[i], denom, negStepSize)
            }
        }
        signature.append("adam b\(pb.id)")
    }

    /// `_single_tensor_rmsprop` for one parameter: the step count, `d = -g` (maximize),
    /// `d = d + wd·p`, `sq = sq·α + (1 - α)·d·d`, centered: `ga.lerp_(d, 1 - α)` and
    /// `avg = sqrt(sq - ga·ga)`, else `avg = sqrt(sq)`; `avg += eps`; momentum:
    /// `buf = buf·m + d / avg`, `p = p - lr·buf`, else `p = p - lr·d / avg`.
    private func addRMSprop(_ param: Tensor, _ grad: Tensor, _ state: [Tensor], lr: @escaping () -> Double, alpha: Double, eps: Double,
                            weightDecay: Double, momentum: Double, centered: Bool, maximize: Bool) throws {
        let hasMomentum = momentum > 0
        guard state[0].numel == 1, state.dropFirst().allSatisfy({ $0.shape == param.shape }) else {
            throw fail("RMSprop state of another shape")
        }
        let gv = try value(grad, nil).pointer
        let count = try target(state[0]).pointer
        let sq = try target(state[1]).pointer
        let buf = hasMomentum ? try target(state[2]).pointer : nil
        let ga = centered ? try target(state[hasMomentum ? 3 : 2]).pointer : nil
        let pb = try target(param)
        let pv = pb.pointer, n = param.numel
        let a = Float(alpha), keep = Float(1 - alpha), epsf = Float(eps), decay = Float(weightDecay), m = Float(momentum)
        let hasDecay = weightDecay != 0
        steps.append {
            let negLR = Float(-lr())
            count[0] = count[0] + 1
            for i in 0..<n {
                var g = maximize ? -gv[i] : gv[i]
                if hasDecay { g = g.addingProduct(pv[i], decay) }
                sq[i] = Tensor.addcmul(sq[i] * a, g, g, keep)
                var avg: Float
                if let ga {
                    ga[i] = Tensor.lerp(ga[i], g, keep)
                    avg = Tensor.addcmul(sq[i], ga[i], ga[i], -1).squareRoot()
                } else {
                    avg = sq[i].squareRoot()
                }
                avg = avg + epsf
                if let buf {
                    buf[i] = Tensor.addcdiv(buf[i] * m, g, avg, 1)
                    pv[i] = pv[i].addingProduct(buf[i], negLR)
                } else {
                    pv[i] = Tensor.addcdiv(pv[i], g, avg, negLR)
                }
            }
        }
        signature.append("rmsprop b\(pb.id)")
    }

    /// `_single_tensor_adagrad` for one parameter: the step count, `d = -g` (maximize),
    /// `d = d + wd·p`, `clr = lr / (1 + (step - 1)·lr_decay)` in Python floats, `sum += d·d`,
    /// `p = p - clr·d / (sqrt(sum) + eps)`.
    private func addAdagrad(_ param: Tensor, _ grad: Tensor, _ state: [Tensor], lr: @escaping () -> Double, lrDecay: Double,
                            weightDecay: Double, eps: Double, maximize: Bool) throws {
        guard state[0].numel == 1, state[1].shape == param.shape else { throw fail("Adagrad state of another shape") }
        let gv = try value(grad, nil).pointer
        let count = try target(state[0]).pointer
        let sum = try target(state[1]).pointer
        let pb = try target(param)
        let pv = pb.pointer, n = param.numel
        let epsf = Float(eps), decay = Float(weightDecay)
        let hasDecay = weightDecay != 0
        steps.append {
            count[0] = count[0] + 1
            let step = Double(count[0])
            let negCLR = Float(-(lr() / (1 + (step - 1) * lrDecay)))
            for i in 0..<n {
                var g = maximize ? -gv[i] : gv[i]
                if hasDecay { g = g.addingProduct(pv[i], decay) }
                sum[i] = Tensor.addcmul(sum[i], g, g, 1)
                let std = sum[i].squareRoot() + epsf
                pv[i] = Tensor.addcdiv(pv[i], g, std, negCLR)
            }
        }
        signature.append("adagrad b\(pb.id)")
    }
}
