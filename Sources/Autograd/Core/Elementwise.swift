/// Kernels shared by the ops: type promotion, broadcasting views, and elementwise loops.
///
/// Every elementwise kernel takes one function per element type it can compute in: `float` for a
/// float32 result, `double` for a float64 result, `int` for integer and bool results. None of them
/// has a default, so an op cannot silently compute a float64 result in float32.
public enum Kernels {
    /// PyTorch's result type for a binary op (`torch.result_type`).
    static func promote(_ a: Tensor, _ b: Tensor) -> DType { resultType([a, b]) }

    /// PyTorch's `result_type` over several operands: dimensioned tensors, 0-d tensors and wrapped
    /// Python numbers form three tiers; a lower tier only decides the result when its category
    /// (bool < integer < floating) is higher than every higher tier's. A wrapped float counts as the
    /// default dtype, a wrapped int as int64.
    public static func resultType(_ operands: [Tensor]) -> DType {
        var dimResult: DType? = nil, zeroResult: DType? = nil, wrappedResult: DType? = nil
        func join(_ a: DType?, _ b: DType) -> DType { a.map { DType.promote($0, b) } ?? b }
        for t in operands {
            if t.isWrappedNumber {
                wrappedResult = join(wrappedResult, t.dtype.isFloatingPoint ? TorchSettings.defaultDType : t.dtype)
            } else if t.dim == 0 {
                zeroResult = join(zeroResult, t.dtype)
            } else {
                dimResult = join(dimResult, t.dtype)
            }
        }
        return combineCategories(dimResult, combineCategories(zeroResult, wrappedResult)) ?? TorchSettings.defaultDType
    }

    /// c10's `combine_categories`: the higher tier wins unless the lower one is of a higher category.
    static func combineCategories(_ higher: DType?, _ lower: DType?) -> DType? {
        guard let h = higher else { return lower }
        guard let l = lower else { return h }
        if h.isFloatingPoint { return h }
        if h == .bool || l.isFloatingPoint { return DType.promote(h, l) }
        return h
    }

    /// The floating dtype a true division or a floating function of `a` and `b` gives: their result
    /// type when floating, else the default dtype.
    static func floatingResult(_ a: Tensor, _ b: Tensor) -> DType {
        let rt = promote(a, b)
        return rt.isFloatingPoint ? rt : TorchSettings.defaultDType
    }

    /// The dtype a floating function of `t` gives: its own when floating, else the default dtype.
    static func floatingResult(_ t: Tensor) -> DType {
        t.dtype.isFloatingPoint ? t.dtype : TorchSettings.defaultDType
    }

    /// Elementwise binary op with broadcasting and type promotion (or the given `resultType`):
    /// `float` for a float32 result, `double` for float64, `int` for the integer types and bool.
    @inline(__always)
    static func binary(_ a: Tensor, _ b: Tensor, resultType: DType? = nil,
                       float: (Float, Float) -> Float,
                       double: (Double, Double) -> Double,
                       int: (Int64, Int64) -> Int64) throws -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let rt = resultType ?? promote(a, b)
        switch rt {
        case .float32, .float16:
            let out = binaryFloats(a, b, shape: shape, float)
            return Tensor(floats: out, shape: shape, dtype: rt)
        case .float64:
            let av = a.broadcastValuesDouble(to: shape), bv = b.broadcastValuesDouble(to: shape)
            let n = av.count
            let out = [Double](unsafeUninitializedCapacity: n) { buf, count in
                for i in 0..<n { buf[i] = double(av[i], bv[i]) }
                count = n
            }
            return Tensor(doubles: out, shape: shape)
        default:
            let av = a.broadcastValuesInt(to: shape), bv = b.broadcastValuesInt(to: shape)
            var out = [Int64](repeating: 0, count: av.count)
            for i in 0..<av.count { out[i] = int(av[i], bv[i]) }
            if rt == .bool || rt.isNarrowInteger { for i in 0..<out.count { out[i] = rt.wrap(out[i]) } }
            return Tensor(ints: out, shape: shape, dtype: rt)
        }
    }

    /// The float loop of a broadcasting binary op, with fast paths for equal shapes and scalars.
    @inline(__always)
    static func binaryFloats(_ a: Tensor, _ b: Tensor, shape: [Int], _ f: (Float, Float) -> Float) -> [Float] {
        let n = Shape.numel(shape)
        if a.shape == shape && b.shape == shape {
            // Element i is read before it is written, so a temporary operand's array takes the result.
            if b.storage !== a.storage, var out = takeTemporary(a, count: n) {
                let bv = b.floatValues()
                out.withUnsafeMutableBufferPointer { p in bv.withUnsafeBufferPointer { pb in for i in 0..<n { p[i] = f(p[i], pb[i]) } } }
                return out
            }
            let av = a.floatValues(), bv = b.floatValues()
            return floats(n) { buf in
                av.withUnsafeBufferPointer { pa in
                    bv.withUnsafeBufferPointer { pb in
                        for i in 0..<n { buf[i] = f(pa[i], pb[i]) }
                    }
                }
            }
        }
        if b.numel == 1 && a.shape == shape {
            let s = b.floatValues()[0]
            if var out = takeTemporary(a, count: n) {
                out.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i] = f(p[i], s) } }
                return out
            }
            let av = a.floatValues()
            return floats(n) { buf in
                av.withUnsafeBufferPointer { pa in for i in 0..<n { buf[i] = f(pa[i], s) } }
            }
        }
        if a.numel == 1 && b.shape == shape {
            let s = a.floatValues()[0]
            if var out = takeTemporary(b, count: n) {
                out.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i] = f(s, p[i]) } }
                return out
            }
            let bv = b.floatValues()
            return floats(n) { buf in
                bv.withUnsafeBufferPointer { pb in for i in 0..<n { buf[i] = f(s, pb[i]) } }
            }
        }
        let av = a.broadcastValuesFloat(to: shape), bv = b.broadcastValuesFloat(to: shape)
        return floats(n) { buf in
            for i in 0..<n { buf[i] = f(av[i], bv[i]) }
        }
    }

    /// A unary op PyTorch runs through `cpu_kernel_vec` with two functions that round differently:
    /// `vector` for the elements its vector loop covers, `scalar` for the rest (see VectorLoop).
    /// A float64 input computes with `double`, or with `vectorDouble` where the float64 kernel's
    /// vector loop covers the element (integers give the default dtype).
    static func unaryVectorized(_ t: Tensor, vector: (Float) -> Float, scalar: (Float) -> Float,
                                double: (Double) -> Double, vectorDouble: ((Double) -> Double)? = nil) -> Tensor {
        if floatingResult(t) == .float64 {
            guard let vectorDouble, t.dtype == .float64 else { return unaryDoubles(t, double) }
            let v = t.doubleValues(), mask = VectorLoop.unaryMask(t, block: VectorLoop.doubleBlock)
            return Tensor(doubles: v.indices.map { mask[$0] ? vectorDouble(v[$0]) : double(v[$0]) }, shape: t.shape)
        }
        let mask = t.dtype == .float32 ? VectorLoop.unaryMask(t) : [Bool](repeating: false, count: t.numel)
        if var out = takeTemporary(t, count: mask.count) {
            let n = out.count
            out.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i] = mask[i] ? vector(p[i]) : scalar(p[i]) } }
            return Tensor(floats: out, shape: t.shape, dtype: .float32)
        }
        let v = t.floatValues()
        let n = v.count
        let out = floats(n) { buf in
            for i in 0..<n { buf[i] = mask[i] ? vector(v[i]) : scalar(v[i]) }
        }
        return Tensor(floats: out, shape: t.shape, dtype: floatingResult(t))
    }

    /// The binary counterpart of `unaryVectorized`, with broadcasting; a float64 result computes with `double`.
    static func binaryVectorized(_ a: Tensor, _ b: Tensor, vector: (Float, Float) -> Float,
                                 scalar: (Float, Float) -> Float, double: (Double, Double) -> Double) throws -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        if floatingResult(a, b) == .float64 {
            return try binary(a, b, resultType: .float64, float: scalar, double: double, int: { x, _ in x })
        }
        let mask = VectorLoop.binaryMask(a, b, shape: shape)
        let av = a.broadcastValuesFloat(to: shape), bv = b.broadcastValuesFloat(to: shape)
        let n = Shape.numel(shape)
        let out = floats(n) { buf in
            for i in 0..<n { buf[i] = mask[i] ? vector(av[i], bv[i]) : scalar(av[i], bv[i]) }
        }
        return Tensor(floats: out, shape: shape, dtype: floatingResult(a, b))
    }

    /// Elementwise floating function of `t` (contiguous result): float64 inputs compute with `double`,
    /// float32 inputs with `float`; integer and bool inputs give the default dtype.
    @inline(__always)
    static func unary(_ t: Tensor, float f: (Float) -> Float, double d: (Double) -> Double) -> Tensor {
        if floatingResult(t) == .float64 { return unaryDoubles(t, d) }
        if var out = takeTemporary(t, count: t.numel) {
            let n = out.count
            out.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i] = f(p[i]) } }
            return Tensor(floats: out, shape: t.shape, dtype: .float32)
        }
        let v = t.floatValues()
        let n = v.count
        let out = floats(n) { buf in
            v.withUnsafeBufferPointer { p in for i in 0..<n { buf[i] = f(p[i]) } }
        }
        return Tensor(floats: out, shape: t.shape, dtype: floatingResult(t))
    }

    /// The float64 loop of `unary`.
    static func unaryDoubles(_ t: Tensor, _ d: (Double) -> Double) -> Tensor {
        let v = t.doubleValues()
        let n = v.count
        let out = [Double](unsafeUninitializedCapacity: n) { buf, count in
            v.withUnsafeBufferPointer { p in for i in 0..<n { buf[i] = d(p[i]) } }
            count = n
        }
        return Tensor(doubles: out, shape: t.shape)
    }
}

extension Tensor {
    /// A view of this tensor expanded to `shape` (size-1 and missing leading dims get stride 0).
    public func broadcast(to target: [Int]) throws -> Tensor {
        if target == shape { return self }
        if target.count < shape.count {
            throw TorchError.runtime("The expanded size of the tensor (\(target.count)) must match the existing size (\(shape.count)) at non-singleton dimension 0.  Target sizes: \(Shape.describe(target)).  Tensor sizes: \(Shape.describe(shape))")
        }
        let lead = target.count - shape.count
        var newStrides = [Int](repeating: 0, count: target.count)
        for i in 0..<target.count {
            if i < lead { continue }
            let d = shape[i - lead]
            if d == target[i] {
                newStrides[i] = strides[i - lead]
            } else if d == 1 {
                newStrides[i] = 0
            } else {
                throw TorchError.runtime("The expanded size of the tensor (\(target[i])) must match the existing size (\(d)) at non-singleton dimension \(i).  Target sizes: \(Shape.describe(target)).  Tensor sizes: \(Shape.describe(shape))")
            }
        }
        return Tensor(storage: storage, shape: target, strides: newStrides, offset: offset, dtype: dtype, version: version)
    }

    func broadcastValuesFloat(to target: [Int]) -> [Float] {
        if target == shape { return floatValues() }
        // Shapes were checked by Shape.broadcast before this is called.
        guard let v = try? broadcast(to: target) else { return [] }
        return v.floatValues()
    }

    func broadcastValuesDouble(to target: [Int]) -> [Double] {
        if target == shape { return doubleValues() }
        guard let v = try? broadcast(to: target) else { return [] }
        if isWrappedNumber { return [Double](repeating: doubleValues()[0], count: v.numel) }
        return v.doubleValues()
    }

    func broadcastValuesInt(to target: [Int]) -> [Int64] {
        if target == shape { return intValues() }
        guard let v = try? broadcast(to: target) else { return [] }
        return v.intValues()
    }

    /// Sums this gradient down to `target` (undoing broadcasting): PyTorch's `sum_to`.
    public func sumTo(_ target: [Int]) -> Tensor {
        if shape == target { return self }
        let lead = shape.count - target.count
        var dims = [Int]()
        for i in 0..<shape.count {
            if i < lead { dims.append(i); continue }
            if target[i - lead] == 1 && shape[i] != 1 { dims.append(i) }
        }
        var r = Reduce.sum(self, dims: dims, keepdim: true)
        if lead > 0 || r.shape != target {
            r = Tensor(storage: r.storage, shape: target, strides: Shape.contiguousStrides(target), offset: 0, dtype: r.dtype)
        }
        return r
    }

    /// A contiguous copy of the elements (same dtype), with no graph.
    public func contiguousCopy() -> Tensor {
        switch dtype {
        case .float32, .float16: return Tensor(floats: floatValues(), shape: shape, dtype: dtype)
        case .float64: return Tensor(doubles: doubleValues(), shape: shape)
        default: return Tensor(ints: intValues(), shape: shape, dtype: dtype)
        }
    }
}
