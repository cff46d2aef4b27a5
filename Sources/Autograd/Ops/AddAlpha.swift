// add / sub with `alpha=` (`p.add_(g, alpha=-lr)` in every optimizer): PyTorch's kernel computes
// `a + alpha * b` with one fused multiply-add in float32, so the optimizers' numbers are bit-exact.

extension Op {
    static let addAlpha = Op("AddBackward0", symbol: "a + alpha·b", explanation: "adds alpha times b to a elementwise (broadcasting)",
                             derivatives: ["1", "alpha"], kind: .elementwise, savesTensors: false) { c in
        let alpha = Float(c.args.scalars[0]), alphaDouble = c.args.scalars[0]
        return [c.wants(0) ? c.grad.sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? Kernels.unary(c.grad, float: { $0 * alpha }, double: { $0 * alphaDouble }).sumTo(c.inputShapes[1]) : nil]
    }
    static let subAlpha = Op("SubBackward0", symbol: "a - alpha·b", explanation: "subtracts alpha times b from a elementwise (broadcasting)",
                             derivatives: ["1", "-alpha"], kind: .elementwise, savesTensors: false) { c in
        let alpha = Float(c.args.scalars[0]), alphaDouble = c.args.scalars[0]
        return [c.wants(0) ? c.grad.sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? Kernels.unary(c.grad, float: { -$0 * alpha }, double: { -$0 * alphaDouble }).sumTo(c.inputShapes[1]) : nil]
    }
}

extension Tensor {
    /// `a.add(b, alpha=s)` / `a.sub(b, alpha=s)`: `a ± s·b` (fused for floats); integers stay integers.
    public func add(_ other: Tensor, alpha: Scalar, subtract: Bool = false) throws -> Tensor {
        let signed = subtract ? -alpha.doubleValue : alpha.doubleValue
        let al = Float(signed)
        if case .float = alpha, dtype != .float32 && dtype != .float64 && other.dtype != .float32 && other.dtype != .float64 {
            throw TorchError.runtime("For integral input tensors, argument alpha must not be a floating point number.")
        }
        let ia = Int64(signed)
        let out = try Kernels.binary(self, other, float: { x, y in x.addingProduct(y, al) },
                                     double: { x, y in x.addingProduct(y, signed) }, int: { x, y in x &+ y &* ia })
        return record(subtract ? .subAlpha : .addAlpha, out, inputs: [self, other], args: OpArgs(scalars: [alpha.doubleValue]))
    }

    /// `a.add_(b, alpha=s)` / `a.sub_(b, alpha=s)` in place.
    public func add_(_ other: Tensor, alpha: Scalar, subtract: Bool = false) throws {
        try inPlace(other) { try $0.add(other, alpha: alpha, subtract: subtract) }
    }
}
