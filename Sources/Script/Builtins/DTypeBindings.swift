import Autograd

/// Everything Python sees of dtypes: the `torch.float64`-style names, the default dtype
/// (`torch.set_default_dtype` / `get_default_dtype`, held by the interpreter's `TorchSettings`),
/// promotion queries (`result_type`, `promote_types`, `can_cast`), print options, and the Tensor
/// methods that convert (`double`, `float`, `long`, `int`, `bool`, `to`, `type`) or make tensors
/// of the same dtype (`new_zeros`, `new_ones`, `new_full`, `new_empty`, `new_tensor`).
enum DTypeBindings {
    /// `torch.<name>` for each modelled dtype, aliases included.
    static let names: [String: DType] = [
        "float32": .float32, "float": .float32, "float64": .float64, "double": .float64,
        "int64": .int64, "long": .int64, "int32": .int32, "int": .int32, "bool": .bool,
        "float16": .float16, "half": .float16, "int16": .int16, "short": .int16, "int8": .int8, "uint8": .uint8,
        "uint16": .uint16, "uint32": .uint32, "uint64": .uint64,
    ]

    /// A dtype argument: `torch.float64`, or a tensor type name such as `'torch.DoubleTensor'`.
    static func dtype(_ v: Value) -> DType? {
        if case .object(let o) = v, let d = o as? DTypeObject { return d.dtype }
        if case .string(let s) = v { return DType.allCases.first { $0.tensorTypeName == s } }
        return nil
    }

    /// The operand of a promotion query: a tensor, or a Python number as a wrapped number.
    static func operand(_ v: Value, _ name: String) throws -> Tensor {
        switch v {
        case .tensor(let t): return t
        case .int(let i): return Tensor.wrapped(.int(Int64(i)))
        case .float(let d): return Tensor.wrapped(.float(d))
        case .bool(let b): return Tensor.wrapped(.bool(b))
        default: throw PyError(.type, "result_type() received an invalid combination of arguments - got (\(v.typeName))")
        }
    }

    static func requiredDType(_ a: CallArgs, _ i: Int, _ key: String, _ function: String) throws -> DType {
        let v = try a.required(i, key)
        guard case .object(let o) = v, let d = o as? DTypeObject else {
            throw PyError(.type, "\(function)(): argument '\(key)' (position \(i + 1)) must be torch.dtype, not \(v.typeName)")
        }
        return d.dtype
    }

    nonisolated(unsafe) static let functions: [String: TorchFunctions.Fn] = [
        "set_default_dtype": { a, interp in
            let d = try requiredDType(a, 0, "d", "set_default_dtype")
            guard d.isFloatingPoint else {
                throw PyError(.type, "only floating-point types are supported as the default type")
            }
            interp.torchSettings.defaultDType = d
            return .none
        },
        "get_default_dtype": { _, interp in .object(DTypeObject(interp.torchSettings.defaultDType)) },
        "result_type": { a, _ in
            let x = try operand(try a.required(0, "tensor1"), "result_type"), y = try operand(try a.required(1, "tensor2"), "result_type")
            if x.isWrappedNumber && y.isWrappedNumber {
                throw PyError(.type, "result_type() received an invalid combination of arguments - got (\(Repr.str(try a.required(0, "tensor1"))), \(Repr.str(try a.required(1, "tensor2"))))")
            }
            return .object(DTypeObject(Kernels.resultType([x, y])))
        },
        "promote_types": { a, _ in
            .object(DTypeObject(DType.promote(try requiredDType(a, 0, "type1", "promote_types"), try requiredDType(a, 1, "type2", "promote_types"))))
        },
        "can_cast": { a, _ in
            .bool(DType.canCast(from: try requiredDType(a, 0, "from_", "can_cast"), to: try requiredDType(a, 1, "to", "can_cast")))
        },
        "is_floating_point": { a, _ in .bool(try a.tensor(0, "input").dtype.isFloatingPoint) },
        "iinfo": { a, interp in try TorchTypeInfo.make(a, floating: false, interp) },
        "finfo": { a, interp in try TorchTypeInfo.make(a, floating: true, interp) },
        "set_printoptions": { a, interp in
            var o = interp.torchSettings.printOptions
            if let p = a.value(4, "profile"), !p.isNone {
                switch Repr.str(p) {
                case "default": o = TensorPrintOptions()
                case "short": o = TensorPrintOptions(precision: 2, threshold: 1000, edgeItems: 2, lineWidth: 80)
                case "full": o = TensorPrintOptions(precision: 4, threshold: Int.max, edgeItems: 3, lineWidth: 80)
                default: break
                }
            }
            if let v = a.value(0, "precision"), !v.isNone { o.precision = try Convert.int(v, name: "set_printoptions", argument: "precision") }
            if let v = a.value(1, "threshold"), !v.isNone {
                let d = try Convert.double(v)
                o.threshold = d >= 9.2e18 ? Int.max : Int(d)
            }
            if let v = a.value(2, "edgeitems"), !v.isNone { o.edgeItems = try Convert.int(v, name: "set_printoptions", argument: "edgeitems") }
            if let v = a.value(3, "linewidth"), !v.isNone { o.lineWidth = try Convert.int(v, name: "set_printoptions", argument: "linewidth") }
            if let v = a.value(5, "sci_mode") { o.sciMode = v.isNone ? nil : try v.truthy() }
            interp.torchSettings.printOptions = o
            return .none
        },
    ]

    /// `torch.Tensor(data)` / `torch.Tensor(*sizes)`: the legacy constructor makes a tensor of the
    /// default dtype from data, or of the given sizes (uninitialized in PyTorch; zeros here).
    /// `torch.FloatTensor(...)`, `torch.LongTensor(...)` … pass their fixed dtype.
    static func legacyTensor(_ a: CallArgs, _ interp: Interpreter, dtype fixed: DType? = nil) throws -> Value {
        let dtype = fixed ?? interp.torchSettings.defaultDType
        if a.positional.isEmpty { return .tensor(Tensor.full([0], 0, dtype: dtype)) }
        if a.positional.allSatisfy({ if case .int = $0 { return true }; return false }) {
            let sa = CallArgs(a.positional, name: "Tensor")
            return .tensor(try Tensor.filled(try sa.shape(), 0, dtype: dtype, limit: interp.maxElements))
        }
        let data = a.positional[0]
        if case .tensor(let t) = data { return .tensor(t) }
        return .tensor(try TensorLiteral.make(data, dtype: dtype))
    }

    /// Converts `t` as `.to(dtype)` does (ToCopyBackward0 when it stays differentiable).
    static func convert(_ t: Tensor, _ d: DType) -> Value { .tensor(t.to(d)) }

    /// The shape argument of `new_zeros(size)` and friends.
    static func newShape(_ a: CallArgs, _ name: String) throws -> [Int] {
        var sa = CallArgs(a.positional.isEmpty ? (a.value(nil, "size").map { [$0] } ?? []) : [a.positional[0]], name: name)
        if a.positional.count > 1 { sa = CallArgs(a.positional.filter { if case .int = $0 { return true }; return false }, name: name) }
        return try sa.shape()
    }

    /// Applies `requires_grad=` of a `new_*` call.
    static func finish(_ t: Tensor, _ a: CallArgs) throws -> Value {
        if try a.bool(nil, "requires_grad", default: false) { try t.requiresGrad_(true, via: .creation) }
        return .tensor(t)
    }

    nonisolated(unsafe) static let methods: [String: TensorAttributes.Method] = [
        "double": { t, _, _ in convert(t, .float64) },
        "float": { t, _, _ in convert(t, .float32) },
        "long": { t, _, _ in convert(t, .int64) },
        "int": { t, _, _ in convert(t, .int32) },
        "bool": { t, _, _ in convert(t, .bool) },
        "half": { t, _, _ in convert(t, .float16) },
        "short": { t, _, _ in convert(t, .int16) },
        "char": { t, _, _ in convert(t, .int8) },
        "byte": { t, _, _ in convert(t, .uint8) },
        "to": { t, a, _ in
            // to(dtype), to(device), to(device, dtype), to(other), to(dtype=…): only the dtype matters on CPU.
            var target: DType? = try a.dtype()
            // A device other than the CPU is PyTorch's error (`.to('cuda')` without CUDA).
            for v in a.positional + [a.value(nil, "device") ?? .none] { try DeviceObject.requireCPU(v) }
            for v in a.positional where target == nil {
                if let d = dtype(v) { target = d } else if case .tensor(let o) = v { target = o.dtype }
            }
            return target.map { convert(t, $0) } ?? .tensor(t)
        },
        "type": { t, a, _ in
            guard let v = a.value(0, "dtype"), !v.isNone else { return .string(t.dtype.tensorTypeName) }
            guard let d = dtype(v) else { throw PyError(.value, "invalid type: '\(Repr.str(v))'") }
            return convert(t, d)
        },
        "type_as": { t, a, _ in convert(t, try a.tensor(0, "other").dtype) },
        "element_size": { t, _, _ in .int(t.dtype.itemSize) },
        "new_zeros": { t, a, interp in
            try finish(try Tensor.filled(try newShape(a, "new_zeros"), 0, dtype: try a.dtype() ?? t.dtype, limit: interp.maxElements), a)
        },
        "new_ones": { t, a, interp in
            try finish(try Tensor.filled(try newShape(a, "new_ones"), 1, dtype: try a.dtype() ?? t.dtype, limit: interp.maxElements), a)
        },
        "new_empty": { t, a, interp in
            try finish(try Tensor.filled(try newShape(a, "new_empty"), 0, dtype: try a.dtype() ?? t.dtype, limit: interp.maxElements), a)
        },
        "new_full": { t, a, interp in
            var sa = CallArgs([try a.required(0, "size")], name: "new_full")
            let s = try sa.shape()
            sa.name = "new_full"
            return try finish(try Tensor.filled(s, try Convert.double(try a.required(1, "fill_value")), dtype: try a.dtype() ?? t.dtype,
                                                limit: interp.maxElements), a)
        },
        "new_tensor": { t, a, interp in
            let data = try a.required(0, "data")
            if case .tensor(let x) = data {
                interp.warnOnce("UserWarning", "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than tensor.new_tensor(sourceTensor).")
                return try finish(x.detach().cast(to: try a.dtype() ?? x.dtype), a)
            }
            let made = try TensorLiteral.make(data, dtype: try a.dtype() ?? t.dtype)
            return try finish(made, a)
        },
    ]
}

/// `torch.preserve_format`, `torch.contiguous_format`, …: CPU tensors here are always row-major, so a
/// memory format changes nothing; the names exist for library code that passes them.
final class MemoryFormatObject: PyObject {
    let name: String
    init(_ name: String) { self.name = name }
    var typeName: String { "memory_format" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { nil }
    func repr() -> String { "torch.\(name)" }

    static let names = ["preserve_format", "contiguous_format", "channels_last", "channels_last_3d"]
}
