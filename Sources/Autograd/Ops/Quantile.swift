import Foundation

// quantile / nanquantile, composed as PyTorch's quantile_impl (Sorting.cpp) composes them: sort,
// ranks, gather below and above, an in-place lerp between them, and a final in-place squeeze (so the
// result's grad_fn is SqueezeBackward4), each step recorded so the gradient flows back through the sort.

/// How `quantile` picks between the two neighbouring order statistics.
public enum QuantileInterpolation: String, Sendable {
    case linear, lower, higher, midpoint, nearest
}

extension Tensor {
    /// `torch.quantile(a, q, dim=None, keepdim=False, interpolation='linear')` (`ignoreNaN`: nanquantile).
    /// `q` is a 0-d or 1-d tensor of a's dtype (a 1-d q adds a leading dim of its length).
    public func quantile(_ q: Tensor, dim d: Int?, keepdim: Bool, interpolation: QuantileInterpolation, ignoreNaN: Bool) throws -> Tensor {
        let name = ignoreNaN ? "nanquantile" : "quantile"
        guard numel > 0 else { throw TorchError.runtime("\(name)() input tensor must be non-empty") }
        guard q.dim <= 1 else { throw TorchError.runtime("\(name)() q must be a scalar or 1D tensor") }
        guard dtype == .float32 || dtype == .float64 else { throw TorchError.runtime("\(name)() input tensor must be either float or double dtype") }
        guard q.dtype == dtype else { throw TorchError.runtime("\(name)() q tensor must be same dtype as the input tensor") }
        let qs = q.contiguousCopy().doubleValues()
        guard qs.allSatisfy({ $0 >= 0 && $0 <= 1 }) else { throw TorchError.runtime("\(name)() q values must be in the range [0, 1]") }
        var outShape = [Int]()
        var w: Int? = nil
        if let d, dim > 0 {
            let wd = try Shape.wrapDim(d, rank: dim)
            w = wd
            outShape = shape
            if keepdim { outShape[wd] = 1 } else { outShape.remove(at: wd) }
        } else if let d {
            _ = try Shape.wrapDim(d, rank: dim)
            if keepdim { outShape = [] }
        } else if keepdim {
            outShape = [Int](repeating: 1, count: dim)
        }
        // Sorted along the last dim, viewed as the reduced shape plus that dim.
        let sorted: Tensor
        if let wd = w {
            sorted = wd == dim - 1 ? try sort(dim: -1).values : try unsqueeze(-1).transpose(wd, -1).sort(dim: -1).values
        } else {
            sorted = try reshape([numel]).sort(dim: -1).values
        }
        let n = sorted.shape[sorted.dim - 1]
        let lead = outShape
        let rows = try sorted.reshape(lead + [n])
        let nq = qs.count
        // Ranks per row and quantile in double (q, already in the tensor's dtype, times the last index),
        // the weights then rounded to the dtype: what matches PyTorch's results (checked on 300 random cases).
        let values = rows.contiguousCopy().doubleValues()
        let rowCount = Shape.numel(lead)
        var below = [Int64](), above = [Int64](), weights = [Double]()
        let float32 = dtype == .float32
        for r in 0..<rowCount {
            let row = values[(r * n)..<((r + 1) * n)]
            let nanCount = row.filter(\.isNaN).count
            for qv in qs {
                var rank: Double
                if ignoreNaN {
                    let last = Double(n - nanCount - 1)
                    rank = qv * last
                    if rank < 0 { rank = 0 }
                } else {
                    rank = nanCount > 0 ? Double(n - 1) : qv * Double(n - 1)
                }
                switch interpolation {
                case .lower: rank = rank.rounded(.down)
                case .higher: rank = rank.rounded(.up)
                case .nearest: rank = rank.rounded(.toNearestOrEven)
                case .linear, .midpoint: break
                }
                let lo = rank.rounded(.towardZero)
                below.append(Int64(lo))
                above.append(Int64(rank.rounded(.up)))
                let weight = interpolation == .midpoint ? 0.5 : rank - lo
                weights.append(float32 ? Double(Float(weight)) : weight)
            }
        }
        let indexShape = lead + [nq]
        var result = try rows.gather(dim: -1, index: Tensor(ints: below, shape: indexShape))
        if interpolation == .linear || interpolation == .midpoint {
            let upper = try rows.gather(dim: -1, index: Tensor(ints: above, shape: indexShape))
            result = Tensor.lerpValues(result, upper, weights)
        }
        if q.dim == 0 { return try result.squeezeInPlaceView(result.dim - 1) }
        let moved = try result.unsqueeze(0).transpose(0, -1)
        return try moved.squeezeInPlaceView(moved.dim - 1)
    }

    /// `below.lerp_(above, weights)`: PyTorch's lerp, `a + w·(b - a)` for w < 0.5 else
    /// `b - (b - a)·(1 - w)`, each a fused multiply-add in the element type as its compiled kernel does.
    static func lerpValues(_ a: Tensor, _ b: Tensor, _ w: [Double]) -> Tensor {
        let x = a.contiguousCopy().doubleValues(), y = b.contiguousCopy().doubleValues()
        let out: Tensor
        if a.dtype == .float64 {
            out = Tensor(doubles: zip(zip(x, y), w).map { p, wt in
                let (s, e) = p
                return Swift.abs(wt) < 0.5 ? s.addingProduct(wt, e - s) : e.addingProduct(-(e - s), 1 - wt)
            }, shape: a.shape)
        } else {
            out = Tensor(floats: zip(zip(x, y), w).map { p, wt in
                let s = Float(p.0), e = Float(p.1), wf = Float(wt)
                return Swift.abs(wf) < 0.5 ? s.addingProduct(wf, e - s) : e.addingProduct(-(e - s), 1 - wf)
            }, shape: a.shape)
        }
        // lerp_(end, weight) with a tensor weight that needs no gradient: lerp's own LerpBackward1.
        let weight = Tensor(doubles: w, shape: a.shape).cast(to: a.dtype)
        return record(.lerpTensor, out, inputs: [a, b, weight], saving: [a, b, weight])
    }
}
