// Elementwise tests of floating values: isnan isinf isfinite isposinf isneginf. Bool results,
// never in the graph (PyTorch records no grad_fn for them).

/// Which property of each element a predicate tests.
public enum FloatPredicate: String, Sendable {
    case isnan, isinf, isfinite, isposinf, isneginf

    func test(_ x: Double) -> Bool {
        switch self {
        case .isnan: return x.isNaN
        case .isinf: return x.isInfinite
        case .isfinite: return x.isFinite
        case .isposinf: return x == .infinity
        case .isneginf: return x == -.infinity
        }
    }
}

extension Tensor {
    /// `torch.isnan(a)`, `isinf`, `isfinite`, …: a bool tensor of `a`'s shape. Integer and bool
    /// elements are finite numbers. A compiled loop has no kernel for bool results, so it says so.
    public func elementTest(_ p: FloatPredicate) -> Tensor {
        LoopTracing.reject("\(p.rawValue) has no loop kernel (its result is a bool tensor)")
        let v = dtype.isFloatingPoint ? doubleValues() : [Double](repeating: 0, count: numel)
        return Tensor(ints: v.map { p.test($0) ? 1 : 0 }, shape: shape, dtype: .bool)
    }
}
