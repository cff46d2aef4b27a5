/// Kernels shared by the ops: type promotion, broadcasting views, and elementwise loops.
public enum Kernels {
    /// PyTorch's result type for a binary op: categories bool < int < float, where a wrapped
    /// Python number only raises the category (to the default dtype of that category).
    static func promote(_ a: Tensor, _ b: Tensor) -> DType {
        func cat(_ d: DType) -> Int { d == .bool ? 0 : (d == .int64 ? 1 : 2) }
        func dtype(forCategory c: Int) -> DType { c == 0 ? .bool : (c == 1 ? .int64 : .float32) }
        if a.isWrappedNumber == b.isWrappedNumber {
            return dtype(forCategory: max(cat(a.dtype), cat(b.dtype)))
        }
        let (tensor, number) = a.isWrappedNumber ? (b, a) : (a, b)
        return cat(number.dtype) > cat(tensor.dtype) ? dtype(forCategory: cat(number.dtype)) : tensor.dtype
    }

    /// Elementwise binary op with broadcasting. `float` runs for a float32 result, `int` for int64/bool.
    @inline(__always)
    static func binary(_ a: Tensor, _ b: Tensor, resultType: DType? = nil,
                       float: (Float, Float) -> Float,
                       int: (Int64, Int64) -> Int64) throws -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let rt = resultType ?? promote(a, b)
        if rt == .float32 {
            let out = binaryFloats(a, b, shape: shape, float)
            return Tensor(floats: out, shape: shape)
        }
        let av = a.broadcastValuesInt(to: shape), bv = b.broadcastValuesInt(to: shape)
        var out = [Int64](repeating: 0, count: av.count)
        for i in 0..<av.count { out[i] = int(av[i], bv[i]) }
        if rt == .bool { for i in 0..<out.count { out[i] = out[i] != 0 ? 1 : 0 } }
        return Tensor(ints: out, shape: shape, dtype: rt)
    }

    /// The float loop of a broadcasting binary op, with fast paths for equal shapes and scalars.
    @inline(__always)
    static func binaryFloats(_ a: Tensor, _ b: Tensor, shape: [Int], _ f: (Float, Float) -> Float) -> [Float] {
        let n = Shape.numel(shape)
        if a.shape == shape && b.shape == shape {
            let av = a.floatValues(), bv = b.floatValues()
            return [Float](unsafeUninitializedCapacity: n) { buf, count in
                av.withUnsafeBufferPointer { pa in
                    bv.withUnsafeBufferPointer { pb in
                        for i in 0..<n { buf[i] = f(pa[i], pb[i]) }
                    }
                }
                count = n
            }
        }
        if b.numel == 1 && a.shape == shape {
            let av = a.floatValues(), s = b.floatValues()[0]
            return [Float](unsafeUninitializedCapacity: n) { buf, count in
                av.withUnsafeBufferPointer { pa in for i in 0..<n { buf[i] = f(pa[i], s) } }
                count = n
            }
        }
        if a.numel == 1 && b.shape == shape {
            let bv = b.floatValues(), s = a.floatValues()[0]
            return [Float](unsafeUninitializedCapacity: n) { buf, count in
                bv.withUnsafeBufferPointer { pb in for i in 0..<n { buf[i] = f(s, pb[i]) } }
                count = n
            }
        }
        let av = a.broadcastValuesFloat(to: shape), bv = b.broadcastValuesFloat(to: shape)
        return [Float](unsafeUninitializedCapacity: n) { buf, count in
            for i in 0..<n { buf[i] = f(av[i], bv[i]) }
            count = n
        }
    }

    /// A unary op PyTorch runs through `cpu_kernel_vec` with two functions that round differently:
    /// `vector` for the elements its vector loop covers, `scalar` for the rest (see VectorLoop).
    static func unaryVectorized(_ t: Tensor, vector: (Float) -> Float, scalar: (Float) -> Float) -> Tensor {
        let v = t.floatValues()
        let mask = t.dtype == .float32 ? VectorLoop.unaryMask(t) : [Bool](repeating: false, count: v.count)
        let n = v.count
        let out = [Float](unsafeUninitializedCapacity: n) { buf, count in
            for i in 0..<n { buf[i] = mask[i] ? vector(v[i]) : scalar(v[i]) }
            count = n
        }
        return Tensor(floats: out, shape: t.shape)
    }

    /// The binary counterpart of `unaryVectorized`, with broadcasting; float32 results only.
    static func binaryVectorized(_ a: Tensor, _ b: Tensor, vector: (Float, Float) -> Float,
                                 scalar: (Float, Float) -> Float) throws -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let mask = VectorLoop.binaryMask(a, b, shape: shape)
        let av = a.broadcastValuesFloat(to: shape), bv = b.broadcastValuesFloat(to: shape)
        let n = Shape.numel(shape)
        let out = [Float](unsafeUninitializedCapacity: n) { buf, count in
            for i in 0..<n { buf[i] = mask[i] ? vector(av[i], bv[i]) : scalar(av[i], bv[i]) }
            count = n
        }
        return Tensor(floats: out, shape: shape)
    }

    /// Elementwise unary op on a float32 view of `t` (ints converted), contiguous result.
    @inline(__always)
    static func unaryFloat(_ t: Tensor, _ f: (Float) -> Float) -> Tensor {
        let v = t.floatValues()
        let n = v.count
        let out = [Float](unsafeUninitializedCapacity: n) { buf, count in
            v.withUnsafeBufferPointer { p in for i in 0..<n { buf[i] = f(p[i]) } }
            count = n
        }
        return Tensor(floats: out, shape: t.shape)
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
        if dtype == .float32 { return Tensor(floats: floatValues(), shape: shape) }
        return Tensor(ints: intValues(), shape: shape, dtype: dtype)
    }
}
