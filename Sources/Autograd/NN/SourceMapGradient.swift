extension Tensor {
    /// The gradient of an op whose output element `o` copies input element `sources[o]` (-1: padding,
    /// no input): `grad` sent back to the sources. `accumulating` adds onto zeros, as col2im does where
    /// windows overlap (a -0 alone comes back as +0); otherwise each source takes its one value as it is,
    /// as a permutation's backward (pixel_shuffle's) copies it.
    static func gradient(_ grad: Tensor, toSources sources: [Int], shape: [Int], accumulating: Bool) -> Tensor {
        func sendBack<T: BinaryFloatingPoint>(_ g: [T]) -> [T] {
            var gi = [T](repeating: 0, count: Shape.numel(shape))
            for (o, i) in sources.enumerated() where i >= 0 {
                if accumulating { gi[i] += g[o] } else { gi[i] = g[o] }
            }
            return gi
        }
        if grad.dtype == .float64 { return Tensor(doubles: sendBack(grad.doubleValues()), shape: shape) }
        return Tensor(floats: sendBack(grad.floatValues()), shape: shape)
    }
}
