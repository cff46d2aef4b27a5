import Foundation

// `optimizer.step()` in a compiled loop: each rule replays, element for element, the float32
// operations the library's single-tensor update (torch/optim/sgd.py, adam.py) runs through the
// tensor kernels, in the same order and rounding: `add(alpha=)` is one fused multiply-add
// (AddAlpha.swift), `mul_`/`div`/`add_` by a Python number use it as a float32, lerp_, addcmul_ and
// addcdiv_ are PointwiseTernary.swift's, and Adam's bias corrections are the Python float
// arithmetic of the step count the state holds (`step_t += 1; step = step_t.item()`).

extension LoopPlanBuilder {
    func addOptimizerStep(_ step: OptimizerStep) throws {
        for group in step.groups {
            for p in group.parameters {
                guard let g = p.grad else {
                    signature.append("step skip")
                    continue
                }
                guard g.shape == p.param.shape, p.state.count == group.rule.stateCount else {
                    throw fail("an optimizer step on a gradient or state of another shape")
                }
                switch group.rule {
                case let .sgd(lr, momentum, dampening, weightDecay, nesterov, maximize):
                    try addSGD(p.param, g, p.state.first, lr: lr, momentum: momentum, dampening: dampening,
                               weightDecay: weightDecay, nesterov: nesterov, maximize: maximize)
                case let .adam(lr, beta1, beta2, eps, weightDecay, amsgrad, maximize, decoupled):
                    guard !amsgrad else { throw fail("Adam with amsgrad=True") }
                    try addAdam(p.param, g, p.state, lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay,
                                maximize: maximize, decoupled: decoupled)
                }
                signature.append("step \(group.rule)")
            }
        }
    }

    /// `_single_tensor_sgd` for one parameter: `d = -g` (maximize), `d = d + wd·p`, momentum
    /// `buf = buf·m + (1 - dampening)·d` (Nesterov: `d = d + m·buf`, else `d = buf`), `p = p - lr·d`.
    private func addSGD(_ param: Tensor, _ grad: Tensor, _ buffer: Tensor?, lr: Double, momentum: Double, dampening: Double,
                        weightDecay: Double, nesterov: Bool, maximize: Bool) throws {
        let gv = try value(grad, nil).pointer
        let buf = try buffer.map { b -> UnsafeMutablePointer<Float> in
            guard b.shape == param.shape else { throw fail("a momentum buffer of another shape") }
            return try target(b).pointer
        }
        let pb = try target(param)
        let pv = pb.pointer, n = param.numel
        let alpha = Float(-lr), decay = Float(weightDecay), m = Float(momentum), keep = Float(1 - dampening)
        let hasDecay = weightDecay != 0
        steps.append {
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
    private func addAdam(_ param: Tensor, _ grad: Tensor, _ state: [Tensor], lr: Double, beta1: Double, beta2: Double, eps: Double,
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
        let decay = Float(weightDecay), shrink = Float(1 - lr * weightDecay)
        let hasDecay = weightDecay != 0
        steps.append {
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
}
