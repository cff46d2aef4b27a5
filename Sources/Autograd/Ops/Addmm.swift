// addmm: `bias + A @ B` in one op, as nn.Linear's 2-d forward is (F.linear → torch.addmm).

extension Op {
    static let addmm = Op("AddmmBackward0", symbol: "b + A @ B", explanation: "multiplies two matrices and adds a (broadcast) bias",
                          derivatives: ["1", "Bᵀ", "Aᵀ"], kind: .other, savesTensors: true, plan: .addmm,
                          differentiable: { c in
                              [try c.grad.reduced(to: c, 0),
                               c.wants(1) ? try c.grad.mm(c.live(1).t()) : nil,
                               c.wants(2) ? try c.live(0).t().mm(c.grad) : nil]
                          }) { c in
        let a = c.saved[0], b = c.saved[1], g = c.grad
        return [c.wants(0) ? g.sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? try Tensor.mmRaw(g, b.transposedView()) : nil,
                c.wants(2) ? try Tensor.mmRaw(a.transposedView(), g) : nil]
    }
}

extension Tensor {
    /// `torch.addmm(self, mat1, mat2)`: `self + mat1 @ mat2` with `self` broadcast to the product's shape
    /// (beta = alpha = 1). The product is rounded to its dtype first, then the bias is added.
    public static func addmm(_ input: Tensor, _ mat1: Tensor, _ mat2: Tensor) throws -> Tensor {
        guard mat1.dim == 2 else { throw TorchError.runtime("mat1 must be a matrix, got \(mat1.dim)-D tensor") }
        guard mat2.dim == 2 else { throw TorchError.runtime("mat2 must be a matrix, got \(mat2.dim)-D tensor") }
        if mat1.shape[1] != mat2.shape[0] {
            throw TorchError.runtime("addmm: mat1 and mat2 shapes cannot be multiplied (\(mat1.shape[0])x\(mat1.shape[1]) and \(mat2.shape[0])x\(mat2.shape[1]))", code: .matmulShape)
        }
        if mat1.dtype != mat2.dtype {
            throw TorchError.runtime("mat1 and mat2 must have the same dtype, but got \(mat1.dtype.scalarTypeName) and \(mat2.dtype.scalarTypeName)")
        }
        // One op: a traced loop iteration records addmm, not the broadcast and add it is made of.
        let compute = {
            let product = try mmRaw(mat1, mat2)
            return try GradMode.withDisabled { try input.broadcast(to: product.shape).add(product) }
        }
        let out = try LoopTracing.tape.map { try $0.composite(compute) } ?? compute()
        return record(.addmm, out, inputs: [input, mat1, mat2], saving: [mat1, mat2],
                      checking: [mat2.requiresGrad, mat1.requiresGrad])
    }
}

extension Tensor {
    /// `F.linear(input, weight, bias)` as PyTorch's at::linear: a 2-d input with bias is one addmm;
    /// any other rank is folded to 2-d, multiplied, and unfolded with `_unsafe_view`.
    public static func linear(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?) throws -> Tensor {
        let wt = try weight.t()
        if input.dim == 2 {
            if let bias { return try addmm(bias, input, wt) }
            return try input.mm(wt)
        }
        if input.dim == 0 { throw TorchError.runtime("both arguments to linear need to be at least 1D, but they are 0D and \(weight.dim)D") }
        let k = input.shape[input.dim - 1]
        let flat = try input.reshape([input.numel / Swift.max(k, 1), k])
        let product = try bias.map { try addmm($0, flat, wt) } ?? flat.mm(wt)
        let outShape = Array(input.shape.dropLast()) + [product.shape[1]]
        return record(.unsafeView, product.reshaped(outShape), inputs: [product])
    }
}
