// cross_entropy_loss: log_softmax then nll_loss (class indices), with label smoothing, or the
// soft-target form for class probabilities. Composite in PyTorch too, so its grad_fn is the
// last op it runs (NllLossBackward0, AddBackward0, NegBackward0 or DivBackward1).

extension Op {
    static let divScalar = Op("DivBackward1", symbol: "a / s", explanation: "divides every element by a number",
                              derivatives: ["1/s"], kind: .elementwise, savesTensors: false,
                              differentiable: { c in [c.grad.divScalar(c.args.scalars[0])] }) { c in
        let s = c.args.scalars[0], f = Float(s)
        return [Kernels.unary(c.grad, float: { $0 / f }, double: { $0 / s })]
    }
}

extension Tensor {
    /// `a.div(number)` as C++ calls it (`DivBackward1`, not the Python operator's `DivBackward0`).
    func divScalar(_ s: Double) -> Tensor {
        let f = Float(s)
        return record(.divScalar, Kernels.unary(self, float: { $0 / f }, double: { $0 / s }), inputs: [self], args: OpArgs(scalars: [s]))
    }

    /// `torch._C._nn.cross_entropy_loss(input, target, weight, reduction, ignore_index, label_smoothing)`.
    public static func crossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor?, reduction: LossReduction,
                                    ignoreIndex: Int, labelSmoothing: Double) throws -> Tensor {
        let classDim = input.dim == 1 ? 0 : 1
        if input.dim == 0 { throw TorchError(.value, "Expected 1 or more dimensions (got 0)") }
        let classes = input.shape[classDim]
        if labelSmoothing < 0 || labelSmoothing > 1 {
            throw TorchError.runtime("label_smoothing must be between 0.0 and 1.0. Got: \(PythonFloat.repr(labelSmoothing))")
        }
        let isProbabilities = target.dtype != .int64 && target.dtype != .bool && target.shape == input.shape
        if isProbabilities {
            let logp = try input.logSoftmax(dim: classDim)
            var t = target
            if labelSmoothing > 0 {
                t = try t.mul(Tensor.wrapped(.float(1 - labelSmoothing))).add(Tensor.wrapped(.float(labelSmoothing / Double(classes))))
            }
            var prod = try logp.mul(t)
            if let w = weight {
                var wshape = [Int](repeating: 1, count: input.dim)
                wshape[classDim] = classes
                prod = try prod.mul(w.reshape(wshape))
            }
            switch reduction {
            case .none: return try prod.sum(dims: [classDim]).neg()
            case .sum: return try prod.sum().neg()
            case .mean:
                return try prod.sum().neg().divScalar(Double(input.numel / Swift.max(classes, 1)))
            }
        }
        let logp = try input.logSoftmax(dim: classDim)
        let nll = try nllLoss(logp, target, weight: weight, reduction: reduction, ignoreIndex: ignoreIndex)
        if labelSmoothing <= 0 { return nll }
        let keep = Tensor(floats: target.intValues().map { $0 == Int64(ignoreIndex) ? 0 : 1 }, shape: target.shape)
        var smooth: Tensor
        if let w = weight {
            var wshape = [Int](repeating: 1, count: input.dim)
            wshape[classDim] = classes
            smooth = try logp.mul(w.reshape(wshape)).sum(dims: [classDim]).neg()
        } else {
            smooth = try logp.sum(dims: [classDim]).neg()
        }
        smooth = try smooth.mul(keep)
        let ret: Tensor
        switch reduction {
        case .none: ret = smooth
        case .sum: ret = smooth.sum()
        case .mean:
            if let w = weight {
                let wv = w.floatValues()
                let picked = target.intValues().filter { $0 != Int64(ignoreIndex) }.map { wv[Int($0)] }
                ret = try smooth.sum().div(Tensor(floats: picked, shape: [picked.count]).sum())
            } else {
                ret = try smooth.sum().div(keep.sum())
            }
        }
        return try nll.mul(Tensor.wrapped(.float(1 - labelSmoothing))).add(ret.mul(Tensor.wrapped(.float(labelSmoothing / Double(classes)))))
    }

    /// `torch._C._nn.one_hot(tensor, num_classes=-1)`.
    public static func oneHot(_ t: Tensor, numClasses: Int) throws -> Tensor {
        if t.dtype != .int64 { throw TorchError.runtime("one_hot is only applicable to index tensor of type LongTensor.") }
        let v = t.intValues()
        var n = numClasses
        if n == -1 {
            if v.isEmpty { throw TorchError.runtime("Can not infer total number of classes from empty tensor.") }
            n = Int(v.max() ?? 0) + 1
        } else if n < -1 {
            throw TorchError.runtime("num_classes should be positive")
        }
        if v.contains(where: { $0 < 0 }) { throw TorchError.runtime("Class values must be non-negative.") }
        if v.contains(where: { $0 >= Int64(n) }) { throw TorchError.runtime("Class values must be smaller than num_classes.") }
        let count = try Shape.count(t.shape + [n])
        var out = [Int64](repeating: 0, count: count)
        for (i, c) in v.enumerated() { out[i * n + Int(c)] = 1 }
        return Tensor(ints: out, shape: t.shape + [n])
    }
}
