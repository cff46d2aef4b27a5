// Loss functions: F.mse_loss / nn.MSELoss.

extension Op {
    static let mseLoss = Op("MseLossBackward0", symbol: "mse(a, b)", explanation: "the mean of the squared differences between prediction and target",
                            derivatives: ["2(a-b)/n", "-2(a-b)/n"], kind: .other, savesTensors: true, plan: .mseLoss) { c in
        let a = c.saved[0], b = c.saved[1]
        let reduction = c.args.ints[0]
        let rt = Kernels.floatingResult(a, b)
        let diff = try Kernels.binary(a, b, resultType: rt, float: { $0 - $1 }, double: { $0 - $1 }, int: { $0 &- $1 })
        let count = reduction == 1 ? diff.numel : 1
        // ATen's mse_backward kernel: `norm * (a - b) * grad` with norm = 2/n computed in double, then
        // rounded to the element type (2·d·g/n rounds differently and drifts over a long fit).
        let normDouble = 2.0 / Double(count), norm = Float(normDouble)
        let g = reduction == 0 ? c.grad : try c.grad.broadcast(to: diff.shape)
        let local = try Kernels.binary(diff, g, resultType: rt, float: { norm * $0 * $1 }, double: { normDouble * $0 * $1 }, int: { x, _ in x })
        return [c.wants(0) ? local.sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? try local.neg().sumTo(c.inputShapes[1]) : nil]
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
