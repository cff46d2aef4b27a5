extension Tensor {
    /// `torch.zeros(shape)`.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        full(shape, 0, dtype: dtype)
    }

    /// `torch.ones(shape)`.
    public static func ones(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        full(shape, 1, dtype: dtype)
    }

    /// `torch.full(shape, value)` for a shape already validated.
    public static func full(_ shape: [Int], _ value: Double, dtype: DType = .float32) -> Tensor {
        let n = Shape.numel(shape)
        let t: Tensor
        if dtype.storesFloats {
            t = Tensor(floats: [Float](repeating: Float(value), count: n), shape: shape, dtype: dtype)
        } else if dtype == .float64 {
            t = Tensor(doubles: [Double](repeating: value, count: n), shape: shape)
        } else {
            var v: Int64 = dtype == .bool ? (value != 0 ? 1 : 0) : (value.isFinite && Swift.abs(value) < 9.2e18 ? Int64(value) : 0)
            v = dtype.wrap(v)
            t = Tensor(ints: [Int64](repeating: v, count: n), shape: shape, dtype: dtype)
        }
        t.isConstant = true
        return t
    }

    /// Marks a tensor made from Python values alone (`torch.tensor([…])`); see `isConstant`.
    public func markConstant() -> Tensor {
        isConstant = true
        return self
    }

    /// Validating `torch.full`/`zeros`/`ones`: checks the shape against the element limit.
    public static func filled(_ shape: [Int], _ value: Double, dtype: DType = .float32, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        _ = try Shape.count(shape, limit: limit)
        return full(shape, value, dtype: dtype)
    }

    /// `torch.full(shape, value)` with a Python number as PyTorch converts it to `dtype`: integers
    /// exactly (2**63 - 1 stays itself), and c10's overflow check for a value the dtype cannot hold.
    public static func filled(_ shape: [Int], scalar: Scalar, dtype: DType, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        _ = try Shape.count(shape, limit: limit)
        guard dtype == .int64 || dtype == .int32 else { return full(shape, scalar.doubleValue, dtype: dtype) }
        // c10's overflow message names the C++ type (`int64_t`, `int`).
        let cName = dtype == .int64 ? "int64_t" : "int"
        let v: Int64
        switch scalar {
        case .int(let i): v = i
        case .bool(let b): v = b ? 1 : 0
        case .float(let d):
            // 2**63 as a double is just out of range: Int64(d) would trap.
            guard d.isFinite, d >= -9223372036854775808.0, d < 9223372036854775808.0 else {
                throw TorchError.runtime("value cannot be converted to type \(cName) without overflow")
            }
            v = Int64(d)
        }
        if dtype == .int32 && Int64(Int32(truncatingIfNeeded: v)) != v {
            throw TorchError.runtime("value cannot be converted to type \(cName) without overflow")
        }
        let t = Tensor(ints: [Int64](repeating: v, count: Shape.numel(shape)), shape: shape, dtype: dtype)
        t.isConstant = true
        return t
    }

    /// A 0-d tensor holding a Python number, marked as a wrapped number for type promotion. A float
    /// has the default dtype; as a float32 it keeps its exact value too (in `storage.doubles`), so an
    /// op with a float64 tensor computes with the double PyTorch passes as its scalar.
    public static func wrapped(_ s: Scalar) -> Tensor {
        let t: Tensor
        switch s {
        case .float(let d):
            if TorchSettings.defaultDType == .float64 {
                t = Tensor(doubles: [d], shape: [])
            } else {
                t = Tensor(floats: [Float(d)], shape: [])
                t.storage.doubles = [d]
            }
        case .int(let i): t = Tensor(ints: [i], shape: [])
        case .bool(let b): t = Tensor(ints: [b ? 1 : 0], shape: [], dtype: .bool)
        }
        t.isWrappedNumber = true
        t.isConstant = true
        return t
    }

    /// `torch.tensor(2.5)`-style 0-d tensor of a Python number (a float has the default dtype).
    public static func scalar(_ s: Scalar) -> Tensor {
        switch s {
        case .float(let d):
            if TorchSettings.defaultDType == .float64 { return Tensor(doubles: [d], shape: []).markConstant() }
            return Tensor(floats: [Float(d)], shape: []).markConstant()
        case .int(let i): return Tensor(ints: [i], shape: []).markConstant()
        case .bool(let b): return Tensor(ints: [b ? 1 : 0], shape: [], dtype: .bool).markConstant()
        }
    }

    /// `torch.arange(start, end, step)`: int64 when all arguments are integers, else the default dtype.
    public static func arange(start: Scalar, end: Scalar, step: Scalar, dtype: DType? = nil, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        let s = start.doubleValue, e = end.doubleValue, st = step.doubleValue
        if st == 0 { throw TorchError.runtime("step must be nonzero") }
        if !s.isFinite || !e.isFinite || !st.isFinite { throw TorchError.runtime("unsupported range: \(s) -> \(e)") }
        let allInt: Bool = {
            if case .float = start { return false }
            if case .float = end { return false }
            if case .float = step { return false }
            return true
        }()
        if allInt && (dtype == nil || dtype == .int64) {
            return try arangeInt64(start: exactInt(start), end: exactInt(end), step: exactInt(step), dtype: dtype, limit: limit)
        }
        if (st > 0 && e < s) || (st < 0 && e > s) {
            throw TorchError.runtime("upper bound and lower bound inconsistent with step sign")
        }
        let countD = ((e - s) / st).rounded(.up)
        if countD > Double(limit) {
            throw TorchError.runtime("arange would hold \(countD) elements, more than gradstep's limit of \(limit)")
        }
        let n = max(0, Int(countD))
        if let dtype, dtype.isFloatingPoint {
            return rangeElements(start: s, step: st, count: n, dtype: dtype).markConstant()
        }
        if let dtype, !allInt {
            // An integer dtype from floating bounds: the elements computed in double, then cast.
            let values = Tensor(doubles: (0..<n).map { s + Double($0) * st }, shape: [n])
            return values.cast(to: dtype).markConstant()
        }
        if allInt {
            var out = [Int64]()
            out.reserveCapacity(n)
            // The exact integers: Int64(Double(2**63 - 1)) would trap (the double rounds up to 2**63).
            func exact(_ v: Scalar) -> Int64 {
                switch v {
                case .int(let i): return i
                case .bool(let b): return b ? 1 : 0
                case .float(let d): return Int64(d)
                }
            }
            let si = exact(start), sti = exact(step)
            for i in 0..<n { out.append(si &+ Int64(i) &* sti) }
            let ints = Tensor(ints: out, shape: [n])
            return (dtype.map { ints.cast(to: $0) } ?? ints).markConstant()
        }
        return rangeElements(start: s, step: st, count: n, dtype: TorchSettings.defaultDType).markConstant()
    }

    /// The elements of a floating `arange` as PyTorch's CPU kernel makes them (RangeFactoriesKernel):
    /// in double, with fused multiply-adds. Its vector loop covers pairs of vectors (8 floats or 4
    /// doubles each): a vector's first element is `start + step·i` rounded to the dtype, the others
    /// that base plus `step·k`; the remaining tail elements are `start + step·i`. So
    /// `arange(-8, 8, 0.1)[80]` is 4.4409e-16 (the fused product keeps 80·0.1's excess over 8).
    static func rangeElements(start s: Double, step st: Double, count n: Int, dtype: DType) -> Tensor {
        let width = dtype == .float64 ? 4 : 8
        let vectorEnd = n - n % (2 * width)
        func round(_ d: Double) -> Double { dtype == .float64 ? d : Double(Float(d)) }
        var out = [Double](repeating: 0, count: n)
        var i = 0
        while i < vectorEnd {
            let base = round(s.addingProduct(st, Double(i)))
            out[i] = base
            for k in 1..<width { out[i + k] = round(base.addingProduct(st, Double(k))) }
            i += width
        }
        while i < n {
            out[i] = round(s.addingProduct(st, Double(i)))
            i += 1
        }
        let values = Tensor(doubles: out, shape: [n])
        return dtype == .float64 ? values : values.cast(to: dtype)
    }

    private static func exactInt(_ v: Scalar) -> Int64 {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return Int64(d)
        }
    }

    /// Integer `arange` as ATen computes it for int64: the bounds compared exactly, the size as
    /// `(end - start + step - sign) / step` in wrapping int64 arithmetic (a size that wraps negative
    /// is PyTorch's "invalid size" error), and the elements `start + i * step`.
    private static func arangeInt64(start: Int64, end: Int64, step: Int64, dtype: DType?, limit: Int) throws -> Tensor {
        if (step > 0 && end < start) || (step < 0 && end > start) {
            throw TorchError.runtime("upper bound and lower bound inconsistent with step sign")
        }
        let sign: Int64 = step > 0 ? 1 : -1
        let (size, overflow) = (end &- start &+ step &- sign).dividedReportingOverflow(by: step)
        if overflow || size < 0 { throw TorchError.runtime("invalid size, possible overflow?") }
        if size > Int64(limit) {
            throw TorchError.runtime("arange would hold \(size) elements, more than gradstep's limit of \(limit)")
        }
        let n = Int(size)
        var out = [Int64]()
        out.reserveCapacity(n)
        for i in 0..<n { out.append(start &+ Int64(i) &* step) }
        return Tensor(ints: out, shape: [n]).markConstant()
    }

    /// `torch.linspace(start, end, steps)` with PyTorch's symmetric evaluation (float32, or float64
    /// when `dtype` or the default dtype says so).
    public static func linspace(_ start: Double, _ end: Double, steps: Int, dtype: DType? = nil, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        if steps < 0 { throw TorchError.runtime("linspace(): number of steps must be non-negative") }
        if steps > limit { throw TorchError.runtime("linspace would hold \(steps) elements, more than gradstep's limit of \(limit)") }
        let target = dtype ?? TorchSettings.defaultDType
        if target == .float64 {
            if steps == 0 { return Tensor(doubles: [], shape: [0]).markConstant() }
            if steps == 1 { return Tensor(doubles: [start], shape: [1]).markConstant() }
            let step = (end - start) / Double(steps - 1)
            let half = steps / 2
            let out = (0..<steps).map { i in
                i < half ? start.addingProduct(step, Double(i)) : end.addingProduct(-step, Double(steps - i - 1))
            }
            return Tensor(doubles: out, shape: [steps]).markConstant()
        }
        if target != .float32 {
            // Integer linspace: PyTorch computes in the integer type (steps evaluated in double then cast).
            let f = try linspace(start, end, steps: steps, dtype: .float64, limit: limit)
            return f.cast(to: target).markConstant()
        }
        if steps == 0 { return Tensor(floats: [], shape: [0]).markConstant() }
        if steps == 1 { return Tensor(floats: [Float(start)], shape: [1]).markConstant() }
        let a = Float(start), b = Float(end)
        let step = (b - a) / Float(steps - 1)
        let half = steps / 2
        var out = [Float](repeating: 0, count: steps)
        for i in 0..<steps {
            // PyTorch's kernel evaluates both halves with fused multiply-adds.
            out[i] = i < half ? a.addingProduct(step, Float(i)) : b.addingProduct(-step, Float(steps - i - 1))
        }
        return Tensor(floats: out, shape: [steps]).markConstant()
    }

    /// `torch.zeros_like` / `ones_like` / `full_like`.
    public static func fullLike(_ t: Tensor, _ value: Double) -> Tensor { full(t.shape, value, dtype: t.dtype) }
}
