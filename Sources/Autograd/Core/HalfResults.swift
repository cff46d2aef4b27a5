// Half-precision results of ops whose kernels compute in float32.

extension Tensor {
    /// PyTorch computes a float16 op in float and rounds the result to half. gradstep's kernels run
    /// float16 inputs through their float32 loops, so an op whose floating inputs are all half and
    /// whose new result came out float32 gets that result rounded to half here, once, for every op
    /// (a conversion to float32 keeps its dtype; views already share the input's dtype).
    static func roundHalfResults(_ op: Op, _ outputs: [Tensor], inputs: [Tensor]) {
        guard op.name != "ToCopyBackward0", inputs.contains(where: { $0.dtype == .float16 }) else { return }
        let floating = inputs.filter { $0.dtype.isFloatingPoint && !$0.isWrappedNumber }
        guard floating.allSatisfy({ $0.dtype == .float16 }) else { return }
        for o in outputs where o.dtype == .float32 && o.coversStorage {
            o.storage.floats = o.storage.floats.map(DType.half)
            o.dtype = .float16
        }
    }
}
