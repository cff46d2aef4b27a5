// Shared pieces of the nn loss kernels: reducing elementwise losses and spreading the
// gradient of a reduced loss back over the elements.

extension LossReduction {
    /// `apply_loss_reduction`: the elementwise losses as they are, their mean, or their sum.
    func apply(_ losses: Tensor) -> Tensor {
        switch self {
        case .none: return losses
        case .sum: return Reduce.sum(losses, dims: Array(0..<losses.dim), keepdim: false)
        case .mean:
            let s = Reduce.sum(losses, dims: Array(0..<losses.dim), keepdim: false).floatValues()[0]
            return Tensor(floats: [s / Float(losses.numel)], shape: [])
        }
    }

    /// The incoming gradient for each of `count` elements, `norm` included (1/n for mean).
    /// The upstream gradient at each element, without the mean's 1/n: the binary cross-entropy
    /// backwards multiply by it and divide by numel last (`finish`).
    func upstreamGrads(_ grad: Tensor, shape: [Int]) throws -> [Float] {
        self == .none ? try grad.broadcast(to: shape).floatValues()
            : [Float](repeating: grad.floatValues().first ?? 0, count: Shape.numel(shape))
    }

    /// `grad_input.div_(numel)` for a mean, else the value as it is.
    @inline(__always) func finish(_ v: Float, count: Int) -> Float { self == .mean ? v / Float(count) : v }

    func elementGrads(_ grad: Tensor, shape: [Int]) throws -> [Float] {
        let n = Shape.numel(shape)
        switch self {
        case .none: return try grad.broadcast(to: shape).floatValues()
        case .sum: return [Float](repeating: grad.floatValues().first ?? 0, count: n)
        case .mean:
            // PyTorch multiplies by norm = 1/n (one rounding for norm, one for the product).
            let norm = Float(1) / Float(n)
            return [Float](repeating: norm * (grad.floatValues().first ?? 0), count: n)
        }
    }
}

extension Tensor {
    /// PyTorch's `Long`, `Float`, … name of a dtype, as its error texts spell it.
    var scalarTypeName: String {
        dtype.scalarTypeName
    }

    /// PyTorch's legacy type name: `torch.FloatTensor`.
    var legacyTypeName: String { "torch.\(scalarTypeName)Tensor" }

    /// Checks a kernel that only runs on floating types, with PyTorch's NotImplementedError text.
    func requireFloating(_ kernel: String) throws {
        if dtype != .float32 && dtype != .float64 {
            throw TorchError(.notImplemented, "\"\(kernel)\" not implemented for '\(scalarTypeName)'")
        }
    }
}
