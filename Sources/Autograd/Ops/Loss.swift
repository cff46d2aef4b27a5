// Loss functions: F.mse_loss / nn.MSELoss.

extension Op {
    static let mseLoss = Op("MseLossBackward0", symbol: "mse(a, b)", explanation: "the mean of the squared differences between prediction and target",
                            derivatives: ["2(a-b)/n", "-2(a-b)/n"], kind: .other, savesTensors: true, plan: .mseLoss,
                            differentiable: { c in
                                // mse_loss_backward(grad, self, target), and its negation for target
                                let g = try Tensor.mseLossBackward(c.grad, c.live(0), c.live(1), reduction: c.args.ints[0])
                                return [try g.reduced(to: c, 0), c.wants(1) ? try g.neg().reduced(to: c, 1) : nil]
                            }) { c in
        let local = try Op.mseLossGradient(grad: c.grad, c.saved[0], c.saved[1], reduction: c.args.ints[0])
        return [c.wants(0) ? local.sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? try local.neg().sumTo(c.inputShapes[1]) : nil]
    }

    /// The gradient of mse_loss for its input, of the broadcast shape (no graph).
    static func mseLossGradient(grad: Tensor, _ a: Tensor, _ b: Tensor, reduction: Int) throws -> Tensor {
        let rt = Kernels.floatingResult(a, b)
        let diff = try Kernels.binary(a, b, resultType: rt, float: { $0 - $1 }, double: { $0 - $1 }, int: { $0 &- $1 })
        let count = reduction == 1 ? diff.numel : 1
        // ATen's mse_backward kernel: `norm * (a - b) * grad` with norm = 2/n computed in double, then
        // rounded to the element type (2·d·g/n rounds differently and drifts over a long fit).
        let normDouble = 2.0 / Double(count), norm = Float(normDouble)
        let g = reduction == 0 ? grad : try grad.broadcast(to: diff.shape)
        return try Kernels.binary(diff, g, resultType: rt, float: { norm * $0 * $1 }, double: { normDouble * $0 * $1 }, int: { x, _ in x })
    }
}

extension Op {
    /// `mse_loss_backward(grad_output, self, target, reduction)` as an op (create_graph), with
    /// derivatives.yaml's entry: mse_loss_double_backward_grad_output for grad_output,
    /// ±mse_loss_double_backward(grad * grad_output) for self and target.
    static let mseLossBackward = Op.backwardKernel("MseLossBackwardBackward0", symbol: "2(a-b)·g/n", explanation: "mse_loss's backward: 2(a - b)/n times the gradient",
                                                   derivatives: ["2(a-b)/n", "2g/n", "-2g/n"]) { c in
        let gradOutput = c.live(0), a = c.live(1), b = c.live(2), reduction = c.args.ints[0]
        func double(_ t: Tensor) throws -> Tensor {
            let twice = try t.scaled(2)
            return reduction == LossReduction.mean.rawValue ? try twice.div(Tensor.wrapped(.int(Int64(a.numel)))) : twice
        }
        var out: [Tensor?] = [nil, nil, nil]
        if c.wants(0) {
            if reduction == LossReduction.none.rawValue {
                out[0] = try Tensor.mseLossBackward(c.grad, a, b, reduction: reduction)
            } else {
                let ones = Tensor.ones(gradOutput.shape, dtype: gradOutput.dtype)
                out[0] = try Tensor.mseLossBackward(ones, a, b, reduction: reduction).mul(c.grad).sum()
            }
        }
        if c.wants(1) || c.wants(2) {
            let scaled = try double(c.grad.mul(gradOutput))
            if c.wants(1) { out[1] = try scaled.reduced(to: c, 1) }
            if c.wants(2) { out[2] = try scaled.neg().reduced(to: c, 2) }
        }
        return out
    }
}

extension Tensor {
    /// `mse_loss_backward`: the raw first-order kernel's value, recorded as MseLossBackwardBackward0.
    static func mseLossBackward(_ grad: Tensor, _ a: Tensor, _ b: Tensor, reduction: Int) throws -> Tensor {
        let value = try Op.mseLossGradient(grad: grad, a, b, reduction: reduction)
        return recordKernel(.mseLossBackward, value, inputs: [grad, a, b], args: OpArgs(ints: [reduction]))
    }
}

/// How a loss reduces its elementwise values: `none`, `mean` (the default) or `sum`.
public enum LossReduction: Int, Sendable {
    case none = 0, mean = 1, sum = 2

    public init?(name: String) {
        switch name {
        case "none": self = .none
        case "mean": self = .mean
        case "sum": self = .sum
        default: return nil
        }
    }
}

extension Tensor {
    /// `F.mse_loss(input, target, reduction=…)`. Returns the loss and, when the shapes differ,
    /// PyTorch's broadcasting UserWarning text for the caller to show.
    public func mseLoss(_ target: Tensor, reduction: LossReduction = .mean) throws -> (Tensor, warning: String?) {
        var warning: String? = nil
        if shape != target.shape {
            warning = "Using a target size (\(Shape.sizeRepr(target.shape))) that is different to the input size (\(Shape.sizeRepr(shape))). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size."
        }
        let diff = try Kernels.binary(self, target, resultType: Kernels.floatingResult(self, target),
                                      float: { $0 - $1 }, double: { $0 - $1 }, int: { $0 &- $1 })
        let sq = Kernels.unary(diff, float: { $0 * $0 }, double: { $0 * $0 })
        let out: Tensor
        switch reduction {
        case .none: out = sq
        case .sum: out = Reduce.sum(sq, dims: Array(0..<sq.dim), keepdim: false)
        case .mean:
            let s = Reduce.sum(sq, dims: Array(0..<sq.dim), keepdim: false)
            out = sq.dtype == .float64 ? Tensor(doubles: [s.doubleValues()[0] / Double(sq.numel)], shape: [])
                                       : Tensor(floats: [s.floatValues()[0] / Float(sq.numel)], shape: [])
        }
        return (record(.mseLoss, out, inputs: [self, target], saving: [self, target], args: OpArgs(ints: [reduction.rawValue])), warning)
    }
}
