// nll_loss / nll_loss2d (F.nll_loss, and cross_entropy with class-index targets).

extension Op {
    static let nllLoss = Op("NllLossBackward0", symbol: "nll(a, target)", explanation: "takes minus the log-probability of each sample's target class",
                            derivatives: ["-w[t] at the target class, 0 elsewhere"], kind: .other, savesTensors: true) { c in
        [c.wants(0) ? try Tensor.nllBackward(c) : nil, nil, nil]
    }
    static let nllLoss2d = Op("NllLoss2DBackward0", symbol: "nll2d(a, target)", explanation: "takes minus the log-probability of each pixel's target class",
                              derivatives: ["-w[t] at the target class, 0 elsewhere"], kind: .other, savesTensors: true) { c in
        [c.wants(0) ? try Tensor.nllBackward(c) : nil, nil, nil]
    }
}

/// The geometry of an nll_loss input: `outer` samples × `classes` × `inner` positions per sample.
struct NLLLayout {
    let outer: Int, classes: Int, inner: Int
    init(_ shape: [Int]) {
        if shape.count == 1 { outer = 1; classes = shape[0]; inner = 1; return }
        outer = shape[0]; classes = shape[1]; inner = shape[2...].reduce(1, *)
    }
}

extension Tensor {
    /// `torch._C._nn.nll_loss_nd(input, target, weight, reduction, ignore_index)`.
    public static func nllLoss(_ input: Tensor, _ target: Tensor, weight: Tensor?, reduction: LossReduction, ignoreIndex: Int) throws -> Tensor {
        if input.dim < 1 { throw TorchError(.value, "Expected 1 or more dimensions (got \(input.dim))") }
        if input.dim != 1 && (target.dim == 0 || input.shape[0] != target.shape[0]) {
            throw TorchError(.value, "Expected input batch_size (\(input.shape[0])) to match target batch_size (\(target.dim == 0 ? 1 : target.shape[0])).")
        }
        if target.dtype != .int64 && target.dtype != .bool {
            throw TorchError.runtime("expected target dtype to be Long or Byte, but got \(target.scalarTypeName)")
        }
        try input.requireFloating("nll_loss_out_frame")
        let classes = input.dim == 1 ? input.shape[0] : input.shape[1]
        if let w = weight, w.numel != classes {
            throw TorchError.runtime("weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: \(Shape.describe(w.shape))")
        }
        var expectedTarget = input.shape
        if input.dim >= 2 { expectedTarget.remove(at: 1) } else { expectedTarget = [] }
        if target.shape != expectedTarget && !(input.dim == 1 && target.numel == 1) {
            if input.dim == 2 || input.dim == 1 {
                throw TorchError.runtime("0D or 1D target tensor expected, multi-target not supported")
            }
            throw TorchError.runtime("size mismatch (got input: \(Shape.describe(input.shape)), target: \(Shape.describe(target.shape)))", code: .shapeMismatch)
        }
        let layout = NLLLayout(input.shape)
        let x = input.floatValues(), t = target.intValues()
        let w = weight?.floatValues()
        var losses = [Float](repeating: 0, count: layout.outer * layout.inner)
        var weights = [Float](repeating: 0, count: losses.count)
        for o in 0..<layout.outer {
            for i in 0..<layout.inner {
                let k = o * layout.inner + i
                let cls = Int(t[k])
                if cls == ignoreIndex { continue }
                guard cls >= 0 && cls < layout.classes else { throw TorchError(.index, "Target \(cls) is out of bounds.") }
                let wt = w?[cls] ?? 1
                weights[k] = wt
                losses[k] = -x[(o * layout.classes + cls) * layout.inner + i] * wt
            }
        }
        var out: Tensor
        switch reduction {
        case .none: out = Tensor(floats: losses, shape: expectedTarget)
        case .sum: out = LossReduction.sum.apply(Tensor(floats: losses, shape: [losses.count]))
        case .mean:
            let total = LossReduction.sum.apply(Tensor(floats: weights, shape: [weights.count])).floatValues()[0]
            let s = LossReduction.sum.apply(Tensor(floats: losses, shape: [losses.count])).floatValues()[0]
            out = Tensor(floats: [s / total], shape: [])
        }
        if input.dim <= 2 && reduction != .none {
            let (s, total) = Self.nllCascade(x, t, w, classes: classes, ignoreIndex: ignoreIndex)
            out = Tensor(floats: [reduction == .mean ? s / total : s], shape: [])
        }
        let op: Op = input.dim >= 3 ? .nllLoss2d : .nllLoss
        var inputs = [input, target]
        if let w = weight { inputs.append(w) }
        return record(op, out, inputs: inputs, saving: [target, Tensor(floats: weights, shape: [weights.count])],
                      checking: [true, false], args: OpArgs(ints: input.shape + [reduction.rawValue]))
    }

    /// nll_loss_out_frame's reduction for 1-D and 2-D inputs: `-x[b, t[b]]·w` summed in a cascade of
    /// 8 partial sums, where after sample b each level j with `b & (15 << 4j) == 0` is flushed into
    /// the next (measured: torch 2.15 uses 4-bit levels at every batch size up to 300,000); ignored
    /// samples are skipped before the flush. The total weight is the count of kept samples without
    /// a weight tensor, else the weights summed by the same cascade. Returns (sum, total weight).
    static func nllCascade(_ x: [Float], _ t: [Int64], _ w: [Float]?, classes: Int, ignoreIndex: Int) -> (Float, Float) {
        let levels = 8, power = 4, mask = (1 << power) - 1
        var loss = [Float](repeating: 0, count: levels), weight = [Float](repeating: 0, count: levels)
        var kept = 0
        for b in 0..<t.count {
            let cls = Int(t[b])
            if cls == ignoreIndex { continue }
            guard cls >= 0 && cls < classes else { continue }
            kept += 1
            let data = x[b * classes + cls]
            if let w {
                loss[0] -= data * w[cls]
                weight[0] += w[cls]
            } else {
                loss[0] -= data
            }
            for j in 0..<(levels - 1) {
                if b & (mask << (j * power)) != 0 { break }
                weight[j + 1] += weight[j]
                loss[j + 1] += loss[j]
                weight[j] = 0
                loss[j] = 0
            }
        }
        let total = w == nil ? Float(kept) : weight.reduce(0, +)
        return (loss.reduce(0, +), total)
    }

    /// d(nll)/d(input): `-w[t] * grad` at each sample's target class (divided by the total weight for mean).
    static func nllBackward(_ c: BackwardContext) throws -> Tensor {
        let ints = c.args.ints
        let shape = Array(ints.dropLast()), reduction = LossReduction(rawValue: ints.last ?? 1) ?? .mean
        let layout = NLLLayout(shape)
        let t = c.saved[0].intValues(), weights = c.saved[1].floatValues()
        var gi = [Float](repeating: 0, count: Shape.numel(shape))
        let gv = c.grad.floatValues()
        var scale: Float = 1
        if reduction == .mean {
            scale = LossReduction.sum.apply(c.saved[1]).floatValues()[0]
        }
        for k in 0..<weights.count where weights[k] != 0 || reduction == .mean {
            let cls = Int(t[k])
            guard cls >= 0 && cls < layout.classes else { continue }
            let o = k / layout.inner, i = k % layout.inner
            let g: Float
            switch reduction {
            case .none: g = gv[k]
            case .sum: g = gv[0]
            case .mean: g = gv[0] / scale
            }
            gi[(o * layout.classes + cls) * layout.inner + i] = -weights[k] * g
        }
        return Tensor(floats: gi, shape: shape)
    }
}
