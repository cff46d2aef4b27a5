/// A strided n-dimensional array of elements of one `DType` that takes part in autograd.
///
/// A tensor is a reference: views (`x[:, 0]`, `view`, `detach()`) share its storage, and autograd
/// identifies leaves by identity, as in PyTorch. Shape, strides and offset describe where the
/// elements sit in `storage`, in row-major logical order.
public final class Tensor {
    public internal(set) var storage: Storage
    public internal(set) var shape: [Int]
    public internal(set) var strides: [Int]
    public internal(set) var offset: Int
    public internal(set) var dtype: DType
    /// Shared by views and `detach()`; bumped by every in-place change.
    public internal(set) var version: VersionCounter

    /// For leaves: whether gradients are accumulated into `grad`.
    var leafRequiresGrad: Bool = false
    /// The node that made this tensor (nil for leaves): PyTorch's `grad_fn`.
    public internal(set) var gradFn: Node?
    /// The accumulated gradient: nil until a backward reaches this leaf.
    public var grad: Tensor?
    /// Set by `retain_grad()`: a non-leaf keeps its gradient in `grad`.
    public internal(set) var retainsGrad: Bool = false
    /// A leaf's `register_hook` functions (a non-leaf's live on its grad_fn).
    var leafHooks: GradHookList?
    /// Created by `nn.Parameter(…)`: prints as `Parameter containing:`.
    public var isParameter: Bool = false
    /// A Python number wrapped as a 0-d tensor for an operation (lower priority in type promotion).
    public internal(set) var isWrappedNumber: Bool = false
    /// Made by a factory from Python values alone (`zeros`, `tensor([…])`, a wrapped number): a
    /// compiled loop may rebuild it from the values it had, where any other new tensor must be traced.
    public internal(set) var isConstant: Bool = false
    /// This leaf's AccumulateGrad node, shared by every graph that uses it.
    /// Cleared by the node's deinit (not a Swift weak reference: those cost a side table per object).
    unowned(unsafe) var accumulator: Node?
    var _outputNr: Int = 0

    deinit {
        // The node that made this tensor must not reach it any more.
        gradFn?.forgetOutput(ObjectIdentifier(self))
    }

    init(storage: Storage, shape: [Int], strides: [Int], offset: Int, dtype: DType, version: VersionCounter = VersionCounter()) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.dtype = dtype
        self.version = version
    }

    /// A contiguous float32 tensor that owns `values` (shape must match the count).
    public convenience init(floats values: [Float], shape: [Int]) {
        self.init(storage: Storage(floats: values), shape: shape, strides: Shape.contiguousStrides(shape), offset: 0, dtype: .float32)
    }

    /// A contiguous float32 or float16 tensor that owns `values` (rounded to half for float16).
    public convenience init(floats values: [Float], shape: [Int], dtype: DType) {
        let stored = dtype == .float16 ? values.map(DType.half) : values
        self.init(storage: Storage(floats: stored), shape: shape, strides: Shape.contiguousStrides(shape), offset: 0,
                  dtype: dtype == .float16 ? .float16 : .float32)
    }

    /// A contiguous float64 tensor that owns `values` (shape must match the count).
    public convenience init(doubles values: [Double], shape: [Int]) {
        self.init(storage: Storage(doubles: values), shape: shape, strides: Shape.contiguousStrides(shape), offset: 0, dtype: .float64)
    }

    /// A contiguous integer (or bool) tensor that owns `values` (a narrow type's values wrapped into its range).
    /// A floating `dtype` (an op that computed a float result through its integer loop) stores the values
    /// where that dtype keeps its elements, so storage and dtype always agree.
    public convenience init(ints values: [Int64], shape: [Int], dtype: DType = .int64) {
        if dtype.storesFloats {
            self.init(floats: values.map { Float($0) }, shape: shape, dtype: dtype)
            return
        }
        if dtype == .float64 {
            self.init(storage: Storage(doubles: values.map { Double($0) }), shape: shape, strides: Shape.contiguousStrides(shape), offset: 0, dtype: .float64)
            return
        }
        let stored = dtype.isNarrowInteger && dtype != .int32 ? values.map(dtype.wrap) : values
        self.init(storage: Storage(ints: stored), shape: shape, strides: Shape.contiguousStrides(shape), offset: 0, dtype: dtype)
    }

    /// A 0-d float32 tensor.
    public convenience init(scalar: Float) { self.init(floats: [scalar], shape: []) }

    // MARK: - Basic facts

    /// Number of dimensions.
    public var dim: Int { shape.count }
    /// Number of elements.
    public var numel: Int { Shape.numel(shape) }
    /// True when no graph node made this tensor (PyTorch's `is_leaf`).
    public var isLeaf: Bool { gradFn == nil }
    /// PyTorch's `requires_grad`: a leaf's flag, or true for any tensor a graph node made.
    public var requiresGrad: Bool { gradFn != nil || leafRequiresGrad }

    /// True when the elements are laid out row-major without gaps starting at `offset`.
    public var isContiguous: Bool {
        // As in PyTorch, a tensor without elements is contiguous whatever its strides.
        if shape.contains(0) { return true }
        var expected = 1
        var i = shape.count - 1
        while i >= 0 {
            if shape[i] != 1 && strides[i] != expected { return false }
            expected &*= shape[i]
            i -= 1
        }
        return true
    }

    /// True when this tensor is exactly its whole storage in order (no copy needed to read it).
    var coversStorage: Bool {
        offset == 0 && isContiguous && storageCount == numel
    }

    /// The number of elements in the storage array this tensor's dtype uses.
    var storageCount: Int {
        if dtype.storesFloats { return storage.floats.count }
        return dtype == .float64 ? storage.doubles.count : storage.ints.count
    }

    // MARK: - Reading elements in logical order

    /// Storage indices of every element, in row-major logical order.
    public func storageIndices() -> [Int] {
        let n = numel
        if isContiguous { return Array(offset..<(offset + n)) }
        var out = [Int]()
        out.reserveCapacity(n)
        if n == 0 { return out }
        var index = [Int](repeating: 0, count: shape.count)
        var pos = offset
        for _ in 0..<n {
            out.append(pos)
            var d = shape.count - 1
            while d >= 0 {
                index[d] += 1
                pos += strides[d]
                if index[d] < shape[d] { break }
                pos -= strides[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
        return out
    }

    /// The elements as float32 in logical order (ints converted, float64 rounded).
    public func floatValues() -> [Float] {
        switch dtype {
        case .float32, .float16:
            if coversStorage { return storage.floats }
            if isContiguous { return Array(storage.floats[offset..<(offset + numel)]) }
            let s = storage.floats
            return storageIndices().map { s[$0] }
        case .float64: return doubleValues().map { Float($0) }
        case .uint64: return doubleValues().map { Float($0) }
        default: return intValues().map { Float($0) }
        }
    }

    /// The elements as int64 in logical order (floats truncated toward zero, as PyTorch's cast; uint64
    /// as its bit pattern).
    public func intValues() -> [Int64] {
        switch dtype {
        case .float32, .float16: return floatValues().map { Tensor.truncate($0) }
        case .float64: return doubleValues().map { Tensor.truncate($0) }
        default:
            if coversStorage { return storage.ints }
            if isContiguous { return Array(storage.ints[offset..<(offset + numel)]) }
            let s = storage.ints
            return storageIndices().map { s[$0] }
        }
    }

    /// The elements as Doubles in logical order (exactly, for every dtype but int64 beyond 2^53).
    public func doubleValues() -> [Double] {
        switch dtype {
        case .float64:
            if coversStorage { return storage.doubles }
            if isContiguous { return Array(storage.doubles[offset..<(offset + numel)]) }
            let s = storage.doubles
            return storageIndices().map { s[$0] }
        case .float32, .float16:
            // A wrapped Python float keeps its exact value beside its float32 element (see `wrapped`).
            if isWrappedNumber && storage.doubles.count == 1 { return storage.doubles }
            return floatValues().map(Double.init)
        case .uint64: return intValues().map { Double(UInt64(bitPattern: $0)) }
        default: return intValues().map(Double.init)
        }
    }

    /// Double → int64 conversion that never traps (NaN and out of range → Int64.min, as x86's cvttsd2si).
    static func truncate(_ d: Double) -> Int64 {
        if d.isNaN || d >= 9.223372036854775807e18 || d < -9.223372036854775807e18 { return Int64.min }
        return Int64(d.rounded(.towardZero))
    }

    /// Float → int64 conversion that never traps (NaN → 0, out of range → clamped like a C cast would not be).
    static func truncate(_ f: Float) -> Int64 {
        if f.isNaN { return Int64.min }
        if f >= 9.2233715e18 { return Int64.min }
        if f <= -9.2233715e18 { return Int64.min }
        return Int64(f.rounded(.towardZero))
    }

    /// The single element as a Python value (`item()`), or PyTorch's error for several elements.
    public func item() throws -> Scalar {
        try pythonRead("item()") { t in
            guard t.numel == 1 else {
                throw TorchError.runtime("a Tensor with \(t.numel) elements cannot be converted to Scalar")
            }
            switch t.dtype {
            case .float32, .float16: return .float(Double(t.floatValues()[0]))
            case .float64: return .float(t.doubleValues()[0])
            case .bool: return .bool(t.intValues()[0] != 0)
            default: return .int(t.intValues()[0])
            }
        }
    }

    // MARK: - Writing

    /// Overwrites every element (in logical order) with `values`, bumping the version.
    func assign(floats values: [Float]) {
        precondition(values.count == numel)
        if dtype == .float64 {
            assign(doubles: values.map(Double.init))
            return
        }
        if !dtype.storesFloats {
            assign(doubles: values.map(Double.init))
            return
        }
        overwrite(floats: dtype == .float16 ? values.map(DType.half) : values)
        version.bump()
        if let tape = LoopTracing.tape { tape.wrote(self) }
    }

    /// Writes float32 `values` (logical order) into the elements without bumping the version
    /// (a compiled loop writes its results back this way and bumps the versions itself).
    func overwrite(floats values: [Float]) {
        if coversStorage {
            storage.floats = values
        } else if isContiguous {
            storage.floats.replaceSubrange(offset..<(offset + values.count), with: values)
        } else {
            let idx = storageIndices()
            storage.floats.withUnsafeMutableBufferPointer { buf in
                for (k, i) in idx.enumerated() { buf[i] = values[k] }
            }
        }
    }

    /// Overwrites every element (in logical order) with float64 `values` (cast to this dtype), bumping the version.
    func assign(doubles values: [Double]) {
        precondition(values.count == numel)
        switch dtype {
        case .float32: assign(floats: values.map { Float($0) }); return
        case .float16: assign(floats: values.map { Float(Float16($0)) }); return
        case .bool: assign(ints: values.map { $0 != 0 ? 1 : 0 }); return
        case .float64: break
        default: assign(ints: values.map(dtype.castFromDouble)); return
        }
        overwrite(doubles: values)
        version.bump()
        if let tape = LoopTracing.tape { tape.wrote(self) }
    }

    /// Writes float64 `values` (logical order) into the elements without bumping the version.
    func overwrite(doubles values: [Double]) {
        if coversStorage {
            storage.doubles = values
        } else if isContiguous {
            storage.doubles.replaceSubrange(offset..<(offset + values.count), with: values)
        } else {
            let idx = storageIndices()
            storage.doubles.withUnsafeMutableBufferPointer { buf in
                for (k, i) in idx.enumerated() { buf[i] = values[k] }
            }
        }
    }

    /// Overwrites every element (in logical order) with `values`, bumping the version.
    func assign(ints values: [Int64]) {
        precondition(values.count == numel)
        if dtype.storesFloats {
            assign(floats: values.map { Float($0) })
            return
        }
        if dtype == .float64 {
            assign(doubles: values.map { Double($0) })
            return
        }
        // Narrow integers wrap as PyTorch's (and numpy's) casts do.
        let vals = dtype == .int64 || dtype == .uint64 ? values : values.map(dtype.wrap)
        if coversStorage {
            storage.ints = vals
        } else if isContiguous {
            storage.ints.replaceSubrange(offset..<(offset + vals.count), with: vals)
        } else {
            let idx = storageIndices()
            storage.ints.withUnsafeMutableBufferPointer { buf in
                for (k, i) in idx.enumerated() { buf[i] = vals[k] }
            }
        }
        version.bump()
        if let tape = LoopTracing.tape { tape.wrote(self) }
    }

    /// Copies `source` (broadcast to this shape, cast to this dtype) into this tensor's elements.
    func assign(from source: Tensor) throws {
        let b = try source.broadcast(to: shape)
        switch dtype {
        case .float32, .float16: assign(floats: b.floatValues())
        case .float64: assign(doubles: b.doubleValues())
        default:
            if b.dtype.isFloatingPoint { assign(doubles: b.doubleValues()) } else { assign(ints: b.intValues()) }
        }
    }
}

/// A Python number: what `item()` returns and what scalars in expressions are.
public enum Scalar: Equatable, Sendable, CustomStringConvertible {
    case int(Int64)
    case float(Double)
    case bool(Bool)

    public var doubleValue: Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        }
    }

    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .float(let d): return "\(d)"
        case .bool(let b): return b ? "True" : "False"
        }
    }
}
