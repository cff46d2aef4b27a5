// masked_fill: one value written where a bool mask is true (causal attention masks, padding).

extension Op {
    static let maskedFill = Op("MaskedFillBackward0", symbol: "a.masked_fill(mask, v)", explanation: "replaces the elements where the mask is true by a number",
                               derivatives: ["0 where masked, else 1"], kind: .elementwise, savesTensors: true) { c in
        [try Tensor.maskedGrad(c.grad, [c.saved[0]]) { $0[0] != 0 ? 0 : 1 }.sumTo(c.inputShapes[0])]
    }
    static let maskedFillTensor = Op("MaskedFillBackward1", symbol: "a.masked_fill(mask, v)", explanation: "replaces the elements where the mask is true by a 0-d tensor's value",
                                     derivatives: ["0 where masked, else 1", "the sum of the gradient where masked"], kind: .elementwise, savesTensors: true) { c in
        let mask = c.saved[0]
        return [c.wants(0) ? try Tensor.maskedGrad(c.grad, [mask]) { $0[0] != 0 ? 0 : 1 }.sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? try Tensor.maskedGrad(c.grad, [mask]) { $0[0] != 0 ? 1 : 0 }.sum().reshape(c.inputShapes[1]) : nil]
    }
}

extension Tensor {
    /// `a.masked_fill(mask, value)`: `value` (a number, or a 0-d tensor) where the bool `mask` is true,
    /// the result of the broadcast shape.
    public func maskedFill(_ mask: Tensor, value: Tensor) throws -> Tensor {
        if mask.dtype != .bool {
            let names: [DType: String] = [.int64: "long int", .int32: "int", .float32: "float", .float64: "double"]
            throw TorchError.runtime("masked_fill_ only supports boolean masks, but got mask with dtype \(names[mask.dtype] ?? mask.dtype.scalarTypeName)")
        }
        if value.dim != 0 {
            throw TorchError.runtime("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with \(value.dim) dimension(s).")
        }
        let shape = try Shape.broadcast(self.shape, mask.shape)
        let fill = value.isWrappedNumber ? value : value.detach()
        let out = try Tensor.select(mask, fill.cast(to: dtype), self.broadcast(to: shape))
        if value.isWrappedNumber || !value.requiresGrad {
            return record(.maskedFill, out, inputs: [self], saving: [mask.savedAlias()], checking: [false])
        }
        return record(.maskedFillTensor, out, inputs: [self, value], saving: [mask.savedAlias()], checking: [false])
    }
}
