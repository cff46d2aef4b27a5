// bmm: a batch of matrix products, (b×n×k) @ (b×k×m). Its values are matmul's for 3-d operands (which
// PyTorch computes with bmm too); only the recorded node differs: BmmBackward0 instead of the view.

extension Op {
    static let bmm = Op("BmmBackward0", symbol: "A @ B (batched)", explanation: "multiplies each matrix of one batch by the matching matrix of another",
                        derivatives: ["Bᵀ", "Aᵀ"], kind: .other, savesTensors: true) { c in
        let a = c.saved[0].detach(), b = c.saved[1].detach(), g = c.grad.detach()
        return [c.wants(0) ? try g.matmul(try b.transpose(1, 2)) : nil,
                c.wants(1) ? try a.transpose(1, 2).matmul(g) : nil]
    }
}

extension Tensor {
    /// `torch.bmm(a, b)`: both 3-d, the same batch size and matching inner sizes, as PyTorch checks.
    public func bmm(_ other: Tensor) throws -> Tensor {
        guard dim == 3 else { throw TorchError.runtime("batch1 must be a 3D tensor") }
        guard other.dim == 3 else { throw TorchError.runtime("batch2 must be a 3D tensor") }
        guard shape[0] == other.shape[0] else {
            throw TorchError.runtime("batch1 and batch2 must have same number of batches, got \(shape[0]) and \(other.shape[0])")
        }
        guard shape[2] == other.shape[1] else {
            throw TorchError.runtime("Expected size for first two dimensions of batch2 tensor to be: [\(shape[0]), \(shape[2])] but got: [\(other.shape[0]), \(other.shape[1])].", code: .matmulShape)
        }
        guard dtype == other.dtype else {
            throw TorchError.runtime("expected scalar type \(dtype.scalarTypeName) but found \(other.dtype.scalarTypeName)")
        }
        let out = try detach().matmul(other.detach()).contiguousCopy()
        return record(.bmm, out, inputs: [self, other], saving: [self, other])
    }
}
