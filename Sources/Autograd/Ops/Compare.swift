import Foundation

// Comparisons, logical ops, floor division, remainder, reciprocal.

extension Op {
    static let reciprocal = Op("ReciprocalBackward0", symbol: "1/a", explanation: "takes 1 divided by every element",
                               derivatives: ["-1/a²"], kind: .elementwise, savesTensors: true,
                               differentiable: { c in [try c.grad.neg().mul(c.live(0).mul(c.live(0)))] }) { c in
        let r = c.saved[0]
        return [try c.grad.mul(Kernels.unary(r, float: { -$0 * $0 }, double: { -$0 * $0 }))]
    }
    static let remainder = Op("RemainderBackward0", symbol: "a % b", explanation: "the remainder of a divided by b (sign of b)",
                              derivatives: ["1", "-floor(a/b)"], kind: .elementwise, savesTensors: true) { c in
        // PyTorch: other's gradient is -grad * floor(a / b).
        [c.wants(0) ? c.grad.sumTo(c.inputShapes[0]) : nil,
         c.wants(1) ? try c.grad.neg().mul(c.saved[0].divRoundedValues(c.saved[1], floor: true)).sumTo(c.inputShapes[1]) : nil]
    }
    static let remainderTensor = Op("RemainderBackward1", symbol: "a % b", explanation: "the remainder of a divided by b (sign of b)",
                                    derivatives: ["1", "-floor(a/b)"], kind: .elementwise, savesTensors: true) { c in
        [c.wants(0) ? c.grad.sumTo(c.inputShapes[0]) : nil,
         c.wants(1) ? try c.grad.neg().mul(c.saved[0].divRoundedValues(c.saved[1], floor: true)).sumTo(c.inputShapes[1]) : nil]
    }
}

extension Tensor {
    /// `1 / a` elementwise (PyTorch's `reciprocal`).
    public func reciprocal() throws -> Tensor {
        let out = Kernels.unary(self, float: { 1 / $0 }, double: { 1 / $0 })
        return record(.reciprocal, out, inputs: [self], saving: [out])
    }

    /// `a == b`, `a < b`, …: a bool tensor, never in the graph.
    public func compare(_ op: String, _ other: Tensor) throws -> Tensor {
        let rt = Kernels.promote(self, other)
        let shape = try Shape.broadcast(self.shape, other.shape)
        var out = [Int64]()
        if rt == .float32 {
            let a = broadcastValuesFloat(to: shape).map(Double.init), b = other.broadcastValuesFloat(to: shape).map(Double.init)
            out = try Tensor.compareValues(op, a, b)
        } else if rt == .float16 {
            // Both sides in half, as PyTorch casts them to the common dtype.
            let a = broadcastValuesFloat(to: shape).map { Double(DType.half($0)) }
            let b = other.broadcastValuesFloat(to: shape).map { Double(DType.half($0)) }
            out = try Tensor.compareValues(op, a, b)
        } else if rt == .float64 {
            let a = broadcastValuesDouble(to: shape), b = other.broadcastValuesDouble(to: shape)
            out = try Tensor.compareValues(op, a, b)
        } else {
            let a = broadcastValuesInt(to: shape), b = other.broadcastValuesInt(to: shape)
            out = try Tensor.compareValues(op, a, b)
        }
        return Tensor(ints: out, shape: shape, dtype: .bool)
    }

    private static func compareValues<T: Comparable>(_ op: String, _ a: [T], _ b: [T]) throws -> [Int64] {
        let f: (T, T) -> Bool
        switch op {
        case "==": f = (==)
        case "!=": f = (!=)
        case "<": f = (<)
        case "<=": f = (<=)
        case ">": f = (>)
        case ">=": f = (>=)
        default: throw TorchError(.type, "unsupported comparison \(op)")
        }
        return zip(a, b).map { f($0, $1) ? 1 : 0 }
    }

    /// `~mask` / `logical_not`.
    public func logicalNot() throws -> Tensor {
        if dtype == .bool { return Tensor(ints: intValues().map { $0 == 0 ? 1 : 0 }, shape: shape, dtype: .bool) }
        return Tensor(ints: intValues().map { ~$0 }, shape: shape, dtype: dtype)
    }

    /// `a & b`, `a | b`, `a ^ b` on bool or int tensors.
    public func logicalBinary(_ other: Tensor, _ symbol: String, _ f: @escaping (Int64, Int64) -> Int64) throws -> Tensor {
        if dtype.isFloatingPoint || other.dtype.isFloatingPoint {
            let name = (dtype.isFloatingPoint ? dtype : other.dtype).scalarTypeName
            throw TorchError(.notImplemented, "\"bitwise_\(symbol == "&" ? "and" : symbol == "|" ? "or" : "xor")_cpu\" not implemented for '\(name)'")
        }
        return try Kernels.binary(self, other, float: { a, _ in a }, double: { a, _ in a }, int: f)
    }

    /// `a % b` with Python's sign rule (the result has the sign of b).
    public func remainder(_ other: Tensor) throws -> Tensor {
        try checkIntegerDivisor(other)
        let out = try Kernels.binary(self, other,
                                     float: { a, b in
                                         let r = Foundation.fmod(a, b)
                                         return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
                                     },
                                     double: { a, b in
                                         let r = Foundation.fmod(a, b)
                                         return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
                                     },
                                     int: { a, b in
                                         if b == 0 || b == -1 { return 0 }
                                         let r = a % b
                                         return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
                                     })
        return record(other.isWrappedNumber ? .remainder : .remainderTensor, out, inputs: [self, other], saving: [self, other])
    }
}

extension Tensor {
    /// Integer `//` and `%` by zero fail in PyTorch (floats give inf/nan instead).
    func checkIntegerDivisor(_ other: Tensor) throws {
        guard !Kernels.promote(self, other).isFloatingPoint, other.numel > 0, other.intValues().contains(0) else { return }
        throw TorchError.runtime("ZeroDivisionError")
    }
}

extension Kernels {
    /// `torch.maximum` / `torch.minimum` (no graph).
    public static func elementwiseExtreme(_ a: Tensor, _ b: Tensor, max: Bool) throws -> Tensor {
        try binary(a, b, float: { x, y in x.isNaN || y.isNaN ? .nan : (max ? Swift.max(x, y) : Swift.min(x, y)) },
                   double: { x, y in x.isNaN || y.isNaN ? .nan : (max ? Swift.max(x, y) : Swift.min(x, y)) },
                   int: { x, y in max ? Swift.max(x, y) : Swift.min(x, y) })
    }
}
