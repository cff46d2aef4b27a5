// Arithmetic ops: + - * / unary minus, each with its backward beside its forward.

extension Op {
    static let add = Op("AddBackward0", symbol: "a + b", explanation: "adds the two inputs elementwise (broadcasting)",
                        derivatives: ["1", "1"], kind: .elementwise, savesTensors: false, plan: .add) { c in
        [c.wants(0) ? c.grad.sumTo(c.inputShapes[0]) : nil,
         c.wants(1) ? c.grad.sumTo(c.inputShapes[1]) : nil]
    }

    static let sub = Op("SubBackward0", symbol: "a - b", explanation: "subtracts b from a elementwise (broadcasting)",
                        derivatives: ["1", "-1"], kind: .elementwise, savesTensors: false, plan: .sub) { c in
        [c.wants(0) ? c.grad.sumTo(c.inputShapes[0]) : nil,
         c.wants(1) ? try c.grad.neg().sumTo(c.inputShapes[1]) : nil]
    }

    static let rsub = Op("RsubBackward1", symbol: "s - a", explanation: "subtracts the tensor from a number",
                         derivatives: ["-1"], kind: .elementwise, savesTensors: false, plan: .rsub) { c in
        [try c.grad.neg()]
    }

    static let mul = Op("MulBackward0", symbol: "a * b", explanation: "multiplies the two inputs elementwise (broadcasting)",
                        derivatives: ["b", "a"], kind: .elementwise, savesTensors: true, plan: .mul) { c in
        [c.wants(0) ? try c.grad.mul(c.saved[1]).sumTo(c.inputShapes[0]) : nil,
         c.wants(1) ? try c.grad.mul(c.saved[0]).sumTo(c.inputShapes[1]) : nil]
    }

    static let div = Op("DivBackward0", symbol: "a / b", explanation: "divides a by b elementwise (broadcasting)",
                        derivatives: ["1/b", "-a/b²"], kind: .elementwise, savesTensors: true, plan: .div,
                        hazards: [DomainHazard(saved: 1, cause: "division by zero gives inf (and 0/0 gives nan); check the denominators") { $0 == 0 }]) { c in
        let a = c.saved[0], b = c.saved[1]
        return [c.wants(0) ? try c.grad.div(b).sumTo(c.inputShapes[0]) : nil,
                c.wants(1) ? try c.grad.neg().mul(a).div(b.mul(b)).sumTo(c.inputShapes[1]) : nil]
    }

    static let neg = Op("NegBackward0", symbol: "-a", explanation: "flips the sign of every element",
                        derivatives: ["-1"], kind: .elementwise, savesTensors: false, plan: .neg) { c in
        [try c.grad.neg()]
    }
}

extension BackwardContext {
    /// Whether input `i` needs a gradient (its edge leads somewhere).
    func wants(_ i: Int) -> Bool { i < node.inputs.count && node.inputs[i].node != nil }
}

extension Tensor {
    /// `a + b` with broadcasting and type promotion.
    public func add(_ other: Tensor) throws -> Tensor {
        let out = try Kernels.binary(self, other, float: { $0 + $1 }, double: { $0 + $1 }, int: { $0 &+ $1 })
        return record(.add, out, inputs: [self, other])
    }

    /// `a - b`.
    public func sub(_ other: Tensor) throws -> Tensor {
        if dtype == .bool && other.dtype == .bool {
            throw TorchError(.notImplemented, "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.")
        }
        let out = try Kernels.binary(self, other, float: { $0 - $1 }, double: { $0 - $1 }, int: { $0 &- $1 })
        return record(.sub, out, inputs: [self, other])
    }

    /// `number - a` (Python's reflected subtraction).
    public func rsub(_ number: Scalar) throws -> Tensor {
        let w = Tensor.wrapped(number)
        let out = try Kernels.binary(w, self, float: { $0 - $1 }, double: { $0 - $1 }, int: { $0 &- $1 })
        return record(.rsub, out, inputs: [self], args: OpArgs(scalars: [number.doubleValue]))
    }

    /// `a * b`.
    public func mul(_ other: Tensor) throws -> Tensor {
        let out = try Kernels.binary(self, other, float: { $0 * $1 }, double: { $0 * $1 }, int: { $0 &* $1 })
        return record(.mul, out, inputs: [self, other], saving: [self, other],
                      checking: [other.requiresGrad, requiresGrad])
    }

    /// `a / b`: true division, so integers give the default dtype.
    public func div(_ other: Tensor) throws -> Tensor {
        let out = try Kernels.binary(self, other, resultType: Kernels.floatingResult(self, other),
                                     float: { $0 / $1 }, double: { $0 / $1 }, int: { a, _ in a })
        return record(.div, out, inputs: [self, other], saving: [self, other],
                      checking: [other.requiresGrad, true])
    }

    /// `-a`.
    public func neg() throws -> Tensor {
        if dtype == .bool {
            throw TorchError(.notImplemented, "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.")
        }
        let out: Tensor
        if dtype.isFloatingPoint {
            out = Kernels.unary(self, float: { -$0 }, double: { -$0 })
        } else {
            out = Tensor(ints: intValues().map { dtype == .int32 ? Int64(0 &- Int32(truncatingIfNeeded: $0)) : 0 &- $0 }, shape: shape, dtype: dtype)
        }
        return record(.neg, out, inputs: [self])
    }
}
