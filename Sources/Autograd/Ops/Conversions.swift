// Dtype conversions: `.to(dtype)`, `.double()`, `.float()`, `.long()`, `.int()`, `.bool()` (ToCopyBackward0).

extension Op {
    static let toCopy = Op("ToCopyBackward0", symbol: "a.to(dtype)", explanation: "copies the tensor into another element type",
                           derivatives: ["1"], kind: .elementwise, savesTensors: false) { c in
        // The gradient goes back in the input's dtype (the engine casts it; done here explicitly).
        [c.grad.cast(to: c.node.inputDTypes.first ?? c.grad.dtype)]
    }
}

extension Tensor {
    /// A contiguous copy of the elements in `target` dtype, with no graph (this tensor when it already has it
    /// and is contiguous is still copied: callers rely on a fresh tensor). Floats to integers truncate toward
    /// zero, to bool test for nonzero, int32 wraps.
    public func cast(to target: DType) -> Tensor {
        switch target {
        case .float32:
            return Tensor(floats: floatValues(), shape: shape)
        case .float64:
            return Tensor(doubles: doubleValues(), shape: shape)
        case .float16:
            return Tensor(floats: dtype == .float64 || dtype == .uint64 ? doubleValues().map { Float(Float16($0)) } : floatValues(),
                          shape: shape, dtype: .float16)
        default:
            // Floats convert as the C cast does (x86's), integers wrap into a narrower type.
            let v = dtype.isFloatingPoint ? doubleValues().map(target.castFromDouble) : intValues().map(target.wrap)
            return Tensor(ints: v, shape: shape, dtype: target)
        }
    }

    /// `a.to(dtype)`: the tensor itself when it already has `target`, else a copy recorded as
    /// ToCopyBackward0 (a floating result keeps the graph; an integer or bool one cannot require grad).
    public func to(_ target: DType) -> Tensor {
        if dtype == target { return self }
        let out = cast(to: target)
        // A copy nothing differentiates through stays off the graph (and off a traced loop's tape, as a
        // fresh tensor); an integer or bool result can never require grad.
        if !target.isFloatingPoint || !requiresGrad { return out }
        return record(.toCopy, out, inputs: [self])
    }

    /// `a.float()`: a float32 copy (the tensor itself when already float32).
    public func toFloat() -> Tensor { to(.float32) }
    /// `a.double()`: a float64 copy.
    public func toDouble() -> Tensor { to(.float64) }
    /// `a.long()`: an int64 copy.
    public func toLong() -> Tensor { to(.int64) }
    /// `a.int()`: an int32 copy.
    public func toInt() -> Tensor { to(.int32) }
    /// `a.bool()`: a bool copy (nonzero → True).
    public func toBool() -> Tensor { to(.bool) }
}
