import Foundation

/// The element math of an elementwise binary op, declared once: its value for float32, float64 and
/// the integer dtypes, and the gradient contribution to each input from (upstream g, a, b) for float32
/// and float64. The eager forward (`Tensor.elementwise`), the eager backward (`Op.binaryGradients`,
/// before the sum over broadcast dims) and the compiled loop kernel (`PlanKernel.binary`) derive from it.
protocol BinaryOpMath: PlanBinaryMath {
    /// The value for float64 elements.
    static func f(_ a: Double, _ b: Double) -> Double
    /// The value for integer and bool elements (wrapping, as C++ does).
    static func int(_ a: Int64, _ b: Int64) -> Int64
    /// The gradient contribution to `a`, for float64.
    static func da(_ g: Double, _ a: Double, _ b: Double) -> Double
    /// The gradient contribution to `b`, for float64.
    static func db(_ g: Double, _ a: Double, _ b: Double) -> Double
}

extension Tensor {
    /// The eager forward of a binary definition, with broadcasting and type promotion (or `resultType`).
    func elementwise<M: BinaryOpMath>(_ m: M.Type, _ other: Tensor, resultType: DType? = nil) throws -> Tensor {
        try Kernels.binary(self, other, resultType: resultType, float: M.f, double: M.f, int: M.int)
    }
}

extension BackwardContext {
    /// The gradients of a binary definition's inputs: its `da` / `db` over the broadcast shape, in the
    /// dtype PyTorch's composite formula (`grad * b`, ...) computes in, then summed to each input's shape.
    /// `a` and `b` are the saved inputs (nil when the op's derivative does not read them; its functions
    /// then see the gradient in their place).
    func binaryGradients<M: BinaryOpMath>(_ m: M.Type, a: Tensor?, b: Tensor?) throws -> [Tensor?] {
        let g = grad
        func contribution(_ i: Int, float: @escaping (Float, Float, Float) -> Float,
                          double: @escaping (Double, Double, Double) -> Double) throws -> Tensor? {
            guard wants(i) else { return nil }
            let operands = [g] + [a, b].compactMap { $0 }
            let shape = try operands.dropFirst().reduce(g.shape) { try Shape.broadcast($0, $1.shape) }
            let n = Shape.numel(shape)
            let out: Tensor
            if Kernels.resultType(operands) == .float64 {
                let gv = g.broadcastValuesDouble(to: shape)
                let av = a?.broadcastValuesDouble(to: shape) ?? gv, bv = b?.broadcastValuesDouble(to: shape) ?? gv
                out = Tensor(doubles: [Double](unsafeUninitializedCapacity: n) { buf, count in
                    for k in 0..<n { buf[k] = double(gv[k], av[k], bv[k]) }
                    count = n
                }, shape: shape)
            } else {
                let gv = g.broadcastValuesFloat(to: shape)
                let av = a?.broadcastValuesFloat(to: shape) ?? gv, bv = b?.broadcastValuesFloat(to: shape) ?? gv
                out = Tensor(floats: [Float](unsafeUninitializedCapacity: n) { buf, count in
                    for k in 0..<n { buf[k] = float(gv[k], av[k], bv[k]) }
                    count = n
                }, shape: shape)
            }
            return out.sumTo(inputShapes[i])
        }
        return [try contribution(0, float: M.da, double: M.da), try contribution(1, float: M.db, double: M.db)]
    }
}
