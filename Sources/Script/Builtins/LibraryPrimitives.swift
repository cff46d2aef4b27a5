import Autograd

/// Torch functions and Tensor methods the bundled library calls (Sources/Script/Library/PRIMITIVES.md)
/// that the main tables did not have; looked up after `TorchFunctions.functions` / `TensorAttributes.methods`.
enum LibraryPrimitives {
    nonisolated(unsafe) static let functions: [String: TorchFunctions.Fn] = [
        "Generator": { a, _ in
            if let d = a.value(0, "device"), !d.isNone, Repr.str(d) != "cpu" {
                throw PyError(.runtime, "Device type \(Repr.str(d).uppercased()) is not supported by gradstep (CPU only)")
            }
            return .object(TorchGeneratorObject())
        },
        // Returns the inputs themselves when the shapes agree, expanded views otherwise, as PyTorch does.
        "broadcast_tensors": { a, interp in
            var tensors: [Tensor] = []
            for v in a.positional {
                guard case .tensor(let t) = v else { throw PyError(.type, "broadcast_tensors(): argument 'tensors' must be tuple of Tensors, not \(v.typeName)") }
                tensors.append(t)
            }
            var shape: [Int] = []
            for t in tensors { shape = try Shape.broadcast(shape, t.shape) }
            return .tuple(try tensors.map { .tensor($0.shape == shape ? $0 : try $0.expand(shape)) })
        },
        "broadcast_shapes": { a, interp in
            var shape: [Int] = []
            for v in a.positional {
                let s: [Int]
                if case .int(let n) = v { s = [n] } else { s = try interp.iterate(v).map { try Convert.int($0) } }
                shape = try Shape.broadcast(shape, s)
            }
            return .size(shape)
        },
        "is_grad_enabled": { _, _ in .bool(GradMode.isEnabled) },
    ]

    nonisolated(unsafe) static let methods: [String: TensorAttributes.Method] = [
        "ndimension": { t, _, _ in .int(t.dim) },
        "random_": { t, a, interp in
            if !a.positional.isEmpty { throw PyError(.notImplemented, "Tensor.random_(from, to) is not supported by gradstep yet") }
            let n = t.numel
            guard [DType.int64, .float64, .int32, .bool, .float32].contains(t.dtype) else {
                throw PyError(.notImplemented, "Tensor.random_() of a \(t.dtype.rawValue) tensor is not supported by gradstep yet")
            }
            let values: [Int64] = try withGenerator(a, interp) { g in
                (0..<n).map { _ in
                    // uniform_int_distribution over the dtype's full range (TransformationHelper.h): up to
                    // 2^63 for int64, the mantissa's 2^53 + 1 for float64 (64-bit draws), 2^24 + 1 for
                    // float32, 2^31 for int32, 2 for bool (32-bit draws).
                    switch t.dtype {
                    case .int64: return Int64(g.random64() % (UInt64(1) << 63))
                    case .float64: return Int64(g.random64() % ((UInt64(1) << 53) + 1))
                    case .int32: return Int64(g.random() % (UInt32(1) << 31))
                    case .bool: return Int64(g.random() % 2)
                    case .float32: return Int64(g.random() % ((1 << 24) + 1))
                    default: return 0
                    }
                }
            }
            if t.dtype == .float64 { try t.fill_(doubles: values.map { Double($0) }) }
            else if t.dtype.isFloatingPoint { try t.fill_(values: values.map { Float($0) }) }
            else { try t.copy_(Tensor(ints: values, shape: t.shape)) }
            return .tensor(t)
        },
    ]

    /// A seed as PyTorch unpacks it: any int from -2**63 to 2**64 - 1, negative ones as their bit pattern.
    static func seed(_ v: Value) throws -> UInt64 {
        switch Convert.unwrapBool(v) {
        case .int(let i): return UInt64(bitPattern: Int64(i))
        case .bigInt(let s):
            guard let u = UInt64(s) else { throw PyError(.runtime, "Overflow when unpacking long") }
            return u
        default: throw PyError(.type, "manual_seed expected an int, got \(v.typeName)")
        }
    }

    /// Runs `body` on the `generator=` argument's generator, or the global one.
    static func withGenerator<T>(_ a: CallArgs, _ interp: Interpreter, _ body: (inout TorchGenerator) throws -> T) throws -> T {
        if let v = a.value(nil, "generator"), !v.isNone {
            guard case .object(let g as TorchGeneratorObject) = v else {
                throw PyError(.type, "generator must be a torch.Generator, not \(v.typeName)")
            }
            return try body(&g.generator)
        }
        return try body(&interp.generator)
    }
}

/// `torch.Generator()`: a CPU generator of its own (PyTorch's default seed 67280421310721).
final class TorchGeneratorObject: PyObject {
    var generator = TorchGenerator(seed: 67_280_421_310_721)
    var typeName: String { "Generator" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "manual_seed":
            return .builtin(Builtin(name) { a, _ in
                self.generator = TorchGenerator(seed: try LibraryPrimitives.seed(try a.required(0, "seed")))
                return .object(self)
            })
        case "initial_seed": return .builtin(Builtin(name) { _, _ in .unsigned(self.generator.initialSeed) })
        case "device": return .object(DeviceObject.cpu)
        default: return nil
        }
    }
    func repr() -> String { "<torch._C.Generator object at \(Repr.address(self))>" }
}
