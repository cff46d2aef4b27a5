import Autograd

/// Turning Python values into numpy's tensors (`np.array`'s dtype discovery) and writing results back.
enum NumpyArrays {
    /// The element count of a new array of `shape`, refused (MemoryError) beyond gradstep's limit.
    static func checkedCount(_ shape: [Int]) throws -> Int {
        for d in shape where d < 0 { throw PyError(.value, "negative dimensions are not allowed") }
        do { return try Shape.count(shape) } catch {
            throw PyError(.memory, "Unable to allocate an array with shape \(NumpyIndexing.shapeText(shape)) (more elements than gradstep allows)")
        }
    }

    /// Double → int64 as numpy's cast does on x86 (NaN and out of range give int64's minimum).
    static func truncated(_ d: Double) -> Int64 {
        d.isFinite && Swift.abs(d) < 9.2e18 ? Int64(d.rounded(.towardZero)) : Int64.min
    }

    /// A 0-d tensor of `dtype` holding `s` (cast as numpy casts: float → int truncates, ints wrap).
    static func scalarTensor(_ s: Scalar, _ dtype: DType) -> Tensor {
        switch s {
        case .int(let v) where !dtype.isFloatingPoint: return Tensor(ints: [dtype.wrap(v)], shape: [], dtype: dtype)
        case .bool(let b) where !dtype.isFloatingPoint: return Tensor(ints: [b ? 1 : 0], shape: [], dtype: dtype)
        default: return make(dtype, shape: [], doubles: [s.doubleValue])
        }
    }

    /// A contiguous tensor of `dtype` from values given as doubles, cast as numpy casts them (half
    /// rounded once from the double, integers through the C cast).
    static func make(_ dtype: DType, shape: [Int], doubles: [Double]) -> Tensor {
        switch dtype {
        case .float32: return Tensor(floats: doubles.map { Float($0) }, shape: shape)
        case .float16: return Tensor(floats: doubles.map { Float(Float16($0)) }, shape: shape, dtype: .float16)
        case .float64: return Tensor(doubles: doubles, shape: shape)
        default: return Tensor(ints: doubles.map(dtype.castFromDouble), shape: shape, dtype: dtype)
        }
    }

    /// numpy 2's refusal of a Python integer its target integer type cannot hold (NEP 50).
    static func checkPythonInt(_ v: Int64, _ dtype: DType) throws {
        guard dtype.isIntegral, dtype != .bool, dtype != .int64 else { return }
        let (lo, hi) = NumpyDType.intRange(dtype)
        if v < lo || (dtype != .uint64 && v > hi) {
            throw PyError(.overflow, "Python integer \(v) out of bounds for \(NumpyDType.name(dtype))")
        }
    }

    /// The tensor an ndarray-like value stands for, if it is one (arrays, numpy scalars).
    static func tensorOf(_ v: Value) -> Tensor? {
        switch v {
        case .object(is NDArray), .object(is NumpyScalar): NDArray.leaveCompiledLoops()
        default: return nil
        }
        switch v {
        case .object(let a as NDArray): return a.tensor
        case .object(let s as NumpyScalar): return s.tensor
        default: return nil
        }
    }

    /// A tensor's data as numpy sees it through `__array__`: PyTorch refuses one that requires grad.
    static func fromTensor(_ t: Tensor) throws -> Tensor {
        if t.requiresGrad && GradMode.isEnabled {
            throw PyError(.runtime, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        }
        return t.detach()
    }

    /// `np.array(v, dtype=)`: always a new tensor (a copy), with numpy's dtype discovery.
    static func array(_ v: Value, dtype: DType?, _ interp: Interpreter? = nil) throws -> Tensor {
        if let t = tensorOf(v) { return copy(t, dtype ?? t.dtype) }
        if case .tensor(let t) = v { let d = try fromTensor(t); return copy(d, dtype ?? d.dtype) }
        var shape: [Int] = []
        var leaves: [(Scalar, DType)] = []
        var shapeKnown = false
        func walk(_ x: Value, _ depth: Int) throws {
            switch x {
            case .object(let a as NDArray):
                try noteShape(depth, a.tensor.shape)
                append(a.tensor)
            case .list, .tuple, .range, .object(is PyIterator), .object(is PyCollection):
                let items: [Value]
                switch x {
                case .list(let l): items = l.items
                case .tuple(let t): items = t
                default:
                    guard let interp else { throw PyError(.type, "gradstep's numpy cannot read \(x.typeName) here") }
                    items = try interp.iterate(x)
                }
                try note(depth, items.count)
                for item in items { try walk(item, depth + 1) }
            case .tensor(let t):
                let d = try fromTensor(t)
                try noteShape(depth, d.shape)
                append(d)
            case .object(let s as NumpyScalar):
                try note(depth, nil)
                leaves.append((s.scalar, s.dtype))
            case .int(let i):
                try note(depth, nil)
                if let dtype { try checkPythonInt(Int64(i), dtype) }
                leaves.append((.int(Int64(i)), .int64))
            case .bigInt(let digits):
                // Only uint64 holds a Python integer beyond int64 (kept as its bit pattern).
                try note(depth, nil)
                guard dtype == .uint64, let u = UInt64(digits) else {
                    throw PyError(.overflow, "Python integer \(digits) out of bounds for \(dtype.map(NumpyDType.name) ?? "int64")")
                }
                leaves.append((.int(Int64(bitPattern: u)), .uint64))
            case .float(let d): try note(depth, nil); leaves.append((.float(d), .float64))
            case .bool(let b): try note(depth, nil); leaves.append((.bool(b), .bool))
            default:
                throw PyError(.type, "gradstep's numpy arrays hold numbers only (bool, integers, float16, float32, float64), not \(x.typeName)")
            }
        }
        func append(_ t: Tensor) {
            if t.dtype.isFloatingPoint {
                for d in t.doubleValues() { leaves.append((.float(d), t.dtype)) }
            } else {
                for i in t.intValues() { leaves.append((t.dtype == .bool ? .bool(i != 0) : (t.dtype == .uint64 && i < 0 ? .float(t.dtype.double(fromStored: i)) : .int(i)), t.dtype)) }
            }
        }
        func noteShape(_ depth: Int, _ s: [Int]) throws {
            if s.isEmpty { return try note(depth, nil) }
            for (k, n) in s.enumerated() { try note(depth + k, n) }
            try note(depth + s.count, nil)
        }
        // Each nesting depth must have one length; a leaf fixes where the shape ends.
        func note(_ depth: Int, _ length: Int?) throws {
            if !shapeKnown {
                if let length { if depth == shape.count { shape.append(length); return } } else if depth == shape.count { shapeKnown = true; return }
            }
            if depth < shape.count, let length, shape[depth] == length { return }
            if depth == shape.count && length == nil && shapeKnown { return }
            throw PyError(.value, "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(NumpyIndexing.shapeText(Array(shape.prefix(depth)))) + inhomogeneous part.")
        }
        try walk(v, 0)
        let discovered = leaves.reduce(nil as DType?) { acc, leaf in acc.map { NumpyDType.promote($0, leaf.1) } ?? leaf.1 } ?? .float64
        let dt = dtype ?? discovered
        if dt.isFloatingPoint || leaves.contains(where: { if case .float = $0.0 { return true }; return false }) {
            return make(dt, shape: shape, doubles: leaves.map { $0.0.doubleValue })
        }
        let ints = leaves.map { leaf -> Int64 in
            switch leaf.0 {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .float(let d): return truncated(d)
            }
        }
        return Tensor(ints: ints.map(dt.wrap), shape: shape, dtype: dt)
    }

    /// `np.asarray(v, dtype=)`: the same storage when no conversion is needed.
    static func asarray(_ v: Value, dtype: DType?, _ interp: Interpreter? = nil) throws -> Tensor {
        if let t = tensorOf(v), dtype == nil || dtype == t.dtype { return t }
        if case .tensor(let t) = v {
            let d = try fromTensor(t)
            if dtype == nil || dtype == d.dtype { return d }
        }
        return try array(v, dtype: dtype, interp)
    }

    /// A contiguous copy of `t` cast to `dtype` (numpy's unsafe cast: float → int truncates).
    static func copy(_ t: Tensor, _ dtype: DType) -> Tensor {
        if dtype == t.dtype { return t.detach().clone() }
        if (t.dtype.isFloatingPoint && !dtype.isFloatingPoint) || dtype == .float16 || (t.dtype == .uint64 && dtype.isFloatingPoint) {
            return make(dtype, shape: t.shape, doubles: t.doubleValues())
        }
        return t.detach().cast(to: dtype).contiguous().clone()
    }

    /// Writes `source` (broadcast, cast to the target's dtype) into `target`'s elements.
    static func write(_ source: Tensor, into target: Tensor) throws {
        let cast = source.dtype == target.dtype ? source : copy(source, target.dtype)
        try GradMode.withDisabled { try target.copy_(cast) }
    }
}
