import Foundation

extension Tensor {
    /// `torch.logspace(start, end, steps, base)` as ATen's CPU kernel: exponents from both ends
    /// (start + step·i for the first half, end − step·(steps−1−i) for the rest) in double, with
    /// start and end first rounded to the dtype and `end − start` taken in it, then base**exponent.
    public static func logspace(_ start: Double, _ end: Double, steps: Int, base: Double, dtype: DType? = nil,
                                limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        if steps < 0 { throw TorchError.runtime("number of steps must be non-negative") }
        if steps > limit { throw TorchError.runtime("logspace would hold \(steps) elements, more than gradstep's limit of \(limit)") }
        let target = dtype ?? TorchSettings.defaultDType
        guard target == .float32 || target == .float64 else {
            throw TorchError(.notImplemented, "torch.logspace with dtype \(target.rawValue) is not supported by gradstep")
        }
        let single = target == .float32
        let s = single ? Double(Float(start)) : start, e = single ? Double(Float(end)) : end
        var values = [Double]()
        if steps == 1 {
            values = [Foundation.pow(base, s)]
        } else if steps > 1 {
            let span = single ? Double(Float(end) - Float(start)) : end - start
            let step = span / Double(steps - 1)
            let half = steps / 2
            for i in 0..<steps {
                let exponent: Double = i < half ? s + step * Double(i) : e - step * Double(steps - i - 1)
                values.append(Foundation.pow(base, exponent))
            }
        }
        let out = single ? Tensor(floats: values.map { Float($0) }, shape: [steps]) : Tensor(doubles: values, shape: [steps])
        return out.markConstant()
    }
}
