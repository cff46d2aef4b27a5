// Arithmetic ops: + - * / unary minus. The element math of + - * / is declared once below (BinaryOpMath);
// the eager forward and backward and the loop kernels derive from it.

enum AddMath: BinaryOpMath {
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { a + b }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { a + b }
    @inline(__always) static func int(_ a: Int64, _ b: Int64) -> Int64 { a &+ b }
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { g }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { g }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { g }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { g }
}

enum SubMath: BinaryOpMath {
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { a - b }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { a - b }
    @inline(__always) static func int(_ a: Int64, _ b: Int64) -> Int64 { a &- b }
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { g }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { -g }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { g }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { -g }
}

enum MulMath: BinaryOpMath {
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { a * b }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { a * b }
    @inline(__always) static func int(_ a: Int64, _ b: Int64) -> Int64 { a &* b }
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { g * b }
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { g * a }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { g * b }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { g * a }
}

/// True division: integer inputs compute in the default floating dtype (the `int` form is unused).
enum DivMath: BinaryOpMath {
    @inline(__always) static func f(_ a: Float, _ b: Float) -> Float { a / b }
    @inline(__always) static func f(_ a: Double, _ b: Double) -> Double { a / b }
    @inline(__always) static func int(_ a: Int64, _ b: Int64) -> Int64 { a }
    @inline(__always) static func da(_ g: Float, _ a: Float, _ b: Float) -> Float { g / b }
    // DivBackward0 (div_tensor_other_backward): -grad * ((a / b) / b), each step rounded (checked
    // against torch 2.15 on 100000 random float32 triples; -grad * a / (b * b) differs in about half).
    @inline(__always) static func db(_ g: Float, _ a: Float, _ b: Float) -> Float { (-g) * ((a / b) / b) }
    @inline(__always) static func da(_ g: Double, _ a: Double, _ b: Double) -> Double { g / b }
    @inline(__always) static func db(_ g: Double, _ a: Double, _ b: Double) -> Double { (-g) * ((a / b) / b) }
}

extension Op {
    static let add = Op("AddBackward0", symbol: "a + b", explanation: "adds the two inputs elementwise (broadcasting)",
                        derivatives: ["1", "1"], kind: .elementwise, savesTensors: false, plan: .add,
                        differentiable: { c in [try c.grad.reduced(to: c, 0), try c.grad.reduced(to: c, 1)] }) { c in
        try c.binaryGradients(AddMath.self, a: nil, b: nil)
    }

    static let sub = Op("SubBackward0", symbol: "a - b", explanation: "subtracts b from a elementwise (broadcasting)",
                        derivatives: ["1", "-1"], kind: .elementwise, savesTensors: false, plan: .sub,
                        differentiable: { c in [try c.grad.reduced(to: c, 0), c.wants(1) ? try c.grad.neg().reduced(to: c, 1) : nil] }) { c in
        try c.binaryGradients(SubMath.self, a: nil, b: nil)
    }

    static let rsub = Op("RsubBackward1", symbol: "s - a", explanation: "subtracts the tensor from a number",
                         derivatives: ["-1"], kind: .elementwise, savesTensors: false, plan: .rsub,
                         differentiable: { c in [try c.grad.neg()] }) { c in
        [try c.grad.neg()]
    }

    static let mul = Op("MulBackward0", symbol: "a * b", explanation: "multiplies the two inputs elementwise (broadcasting)",
                        derivatives: ["b", "a"], kind: .elementwise, savesTensors: true, plan: .mul,
                        differentiable: { c in
                            // grad * other, grad * self
                            [c.wants(0) ? try c.grad.mul(c.live(1)).reduced(to: c, 0) : nil,
                             c.wants(1) ? try c.grad.mul(c.live(0)).reduced(to: c, 1) : nil]
                        }) { c in
        try c.binaryGradients(MulMath.self, a: c.saved[0], b: c.saved[1])
    }

    static let div = Op("DivBackward0", symbol: "a / b", explanation: "divides a by b elementwise (broadcasting)",
                        derivatives: ["1/b", "-a/b²"], kind: .elementwise, savesTensors: true, plan: .div,
                        hazards: [DomainHazard(saved: 1, cause: "division by zero gives inf (and 0/0 gives nan); check the denominators") { $0 == 0 }],
                        differentiable: { c in
                            // grad / other, -grad * ((self / other) / other)
                            let a = c.live(0), b = c.live(1)
                            return [c.wants(0) ? try c.grad.div(b).reduced(to: c, 0) : nil,
                                    c.wants(1) ? try c.grad.neg().mul(a.div(b).div(b)).reduced(to: c, 1) : nil]
                        }) { c in
        try c.binaryGradients(DivMath.self, a: c.saved[0], b: c.saved[1])
    }

    static let neg = Op("NegBackward0", symbol: "-a", explanation: "flips the sign of every element",
                        derivatives: ["-1"], kind: .elementwise, savesTensors: false, plan: .neg,
                        differentiable: { c in [try c.grad.neg()] }) { c in
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
        let out = try elementwise(AddMath.self, other)
        return record(.add, out, inputs: [self, other])
    }

    /// `a - b`.
    public func sub(_ other: Tensor) throws -> Tensor {
        if dtype == .bool && other.dtype == .bool {
            throw TorchError(.notImplemented, "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.")
        }
        let out = try elementwise(SubMath.self, other)
        return record(.sub, out, inputs: [self, other])
    }

    /// `number - a` (Python's reflected subtraction).
    public func rsub(_ number: Scalar) throws -> Tensor {
        let w = Tensor.wrapped(number)
        let out = try w.elementwise(SubMath.self, self)
        return record(.rsub, out, inputs: [self], args: OpArgs(scalars: [number.doubleValue]))
    }

    /// `a * b`.
    public func mul(_ other: Tensor) throws -> Tensor {
        let out = try elementwise(MulMath.self, other)
        return record(.mul, out, inputs: [self, other], saving: [self, other],
                      checking: [other.requiresGrad, requiresGrad])
    }

    /// `a / b`: true division, so integers give the default dtype.
    public func div(_ other: Tensor) throws -> Tensor {
        let out = try elementwise(DivMath.self, other, resultType: Kernels.floatingResult(self, other))
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
            out = Tensor(ints: intValues().map { dtype.wrap(0 &- $0) }, shape: shape, dtype: dtype)
        }
        return record(.neg, out, inputs: [self])
    }
}
