import Autograd

/// A numpy `ndarray`: a tensor that never requires grad, so `tensor.numpy()` and `torch.from_numpy`
/// share its storage (an in-place change to either shows in the other), with numpy's dtype
/// promotion, operators and printing.
final class NDArray: PyStrConvertible, PyNumeric, PySubscriptable, PyCollection {
    let tensor: Tensor
    /// The array that owns the memory this view reads (`a[::-1].base is a`); nil for an owner.
    private(set) var base: NDArray?

    init(_ tensor: Tensor) {
        self.tensor = tensor
        NDArray.leaveCompiledLoops()
    }

    /// numpy's work is not traced, so a loop iteration that touches numpy keeps running in the
    /// interpreter (a compiled replay would skip it).
    static func leaveCompiledLoops() { LoopTracing.reject("numpy arrays are not compiled") }

    /// An ndarray for a float64/int64 (or any of the five dtypes) tensor, for other Swift code
    /// (np.random's engines): the array shares the tensor's storage.
    static func wrap(_ t: Tensor) -> Value { .object(NDArray(t.detach())) }

    /// An ndarray over `values` with `shape` (the counts must agree).
    static func wrap(doubles values: [Double], shape: [Int]) -> Value { .object(NDArray(Tensor(doubles: values, shape: shape))) }
    static func wrap(ints values: [Int64], shape: [Int]) -> Value { .object(NDArray(Tensor(ints: values, shape: shape))) }

    /// The result of a numpy operation: a numpy scalar when it has no dimensions, else an array.
    static func result(_ t: Tensor) -> Value { t.dim == 0 ? .object(NumpyScalar(t)) : .object(NDArray(t)) }

    var typeName: String { "numpy.ndarray" }
    func str() -> String { ArrayPrint.str(tensor) }
    func repr() -> String { ArrayPrint.repr(tensor) }
    var attributeNames: [String] { NDArrayMethods.names }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        try NDArrayMethods.get(self, name, interpreter)
    }

    // MARK: - Sequence

    var items: [Value] {
        guard tensor.dim > 0, let rows = try? tensor.unbind(0) else { return [] }
        return rows.map { NDArray.result($0) }
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        viewed(try NumpyIndexing.get(tensor, index))
    }

    /// `result` with its base set to this array's owner when it is a view of this array's memory.
    func viewed(_ result: Value) -> Value {
        if case .object(let r as NDArray) = result, r !== self, r.base == nil, r.tensor.storage === tensor.storage {
            r.base = base ?? self
        }
        return result
    }

    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws {
        try NumpyIndexing.set(tensor, index, value, interp)
    }

    // MARK: - Numbers

    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        try NumpyMath.binary(op, reflected ? other : .object(self), reflected ? .object(self) : other, interp)
    }

    func unary(_ op: UnaryOperator) throws -> Value { try NumpyMath.unary(op, tensor) }

    func compare(_ op: ComparisonOperator, _ other: Value, reflected: Bool) throws -> Value? {
        try NumpyMath.compare(op, reflected ? other : .object(self), reflected ? .object(self) : other)
    }

    func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard case .object(let r)? = try NumpyMath.binary(op, .object(self), other, interp) else { return nil }
        let result = (r as? NDArray)?.tensor ?? (r as? NumpyScalar)?.tensor ?? tensor
        if !NumpyMath.canCast(result.dtype, to: tensor.dtype) {
            throw NumpyExceptions.outputCasting(NumpyMath.ufuncName(op), from: NumpyDType.name(result.dtype), to: NumpyDType.name(tensor.dtype))
        }
        guard result.shape == tensor.shape || (try? Shape.broadcast(result.shape, tensor.shape)) == tensor.shape else {
            throw PyError(.value, "non-broadcastable output operand with shape \(NumpyIndexing.shapeText(tensor.shape)) doesn't match the broadcast shape \(NumpyIndexing.shapeText(result.shape))")
        }
        try NumpyArrays.write(result, into: tensor)
        return .object(self)
    }

    func absolute() throws -> Value { NDArray.result(NumpyMath.absolute(tensor)) }

    func truthy() throws -> Bool {
        if tensor.numel == 1 { return try tensor.item().doubleValue != 0 }
        if tensor.numel == 0 { return false }
        throw PyError(.value, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }

    func number() throws -> Scalar {
        // numpy 2.4 converts only 0-d arrays (size-1 arrays of higher rank are refused).
        guard tensor.dim == 0 else { throw PyError(.type, "only 0-dimensional arrays can be converted to Python scalars") }
        return try tensor.item()
    }
}

/// A numpy scalar (`np.float32(6.661948)`, what indexing one element returns): prints like Python's
/// number in its own precision and reprs as `np.float32(6.661948)`.
final class NumpyScalar: PyStrConvertible, PyNumeric {
    /// A 0-d tensor holding the value in its dtype.
    let tensor: Tensor
    init(_ tensor: Tensor) {
        self.tensor = tensor
        NDArray.leaveCompiledLoops()
    }
    convenience init(tensor: Tensor) { self.init(tensor) }

    var dtype: DType { tensor.dtype }
    var scalar: Scalar { (try? tensor.item()) ?? .int(0) }

    var typeName: String { "numpy." + (dtype == .bool ? "bool" : NumpyDType.name(dtype)) }

    func str() -> String {
        switch scalar {
        case .float(let d): return Dragon4.scalarString(d, isFloat32: dtype == .float32, isHalf: dtype == .float16)
        case .int(let i): return NumpyDType.intText(i, dtype)
        case .bool(let b): return b ? "True" : "False"
        }
    }

    func repr() -> String {
        if case .bool(let b) = scalar { return b ? "np.True_" : "np.False_" }
        return "np.\(NumpyDType.name(dtype))(\(str()))"
    }

    /// The Python value `item()` gives.
    var pythonValue: Value {
        switch scalar {
        case .float(let d): return .float(d)
        case .int(let i): return .int(Int(i))
        case .bool(let b): return .bool(b)
        }
    }

    var attributeNames: [String] { NDArrayMethods.scalarNames }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        try NDArrayMethods.scalarAttribute(self, name, interpreter)
    }

    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        try NumpyMath.binary(op, reflected ? other : .object(self), reflected ? .object(self) : other, interp)
    }
    func unary(_ op: UnaryOperator) throws -> Value { try NumpyMath.unary(op, tensor) }
    func compare(_ op: ComparisonOperator, _ other: Value, reflected: Bool) throws -> Value? {
        try NumpyMath.compare(op, reflected ? other : .object(self), reflected ? .object(self) : other)
    }
    func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? { nil }
    func truthy() throws -> Bool { scalar.doubleValue != 0 }
    func absolute() throws -> Value { NDArray.result(NumpyMath.absolute(tensor)) }
    func number() throws -> Scalar {
        // A uint64 beyond int64 is no Int64: it converts as its (rounded) float value, never negative.
        if dtype == .uint64, case .int(let i) = scalar, i < 0 { return .float(dtype.double(fromStored: i)) }
        return scalar
    }
    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws {
        throw PyError(.type, "'\(typeName)' object does not support item assignment")
    }
}

extension Value {
    /// The elements of a numpy array or scalar as doubles (what matplotlib's `np.asarray` reads), else nil.
    public var numpyDoubles: [Double]? { NumpyArrays.tensorOf(self)?.doubleValues() }
    /// The tensor holding a numpy array's or scalar's elements (shared, not copied), else nil.
    public var numpyTensor: Tensor? { NumpyArrays.tensorOf(self) }
}
