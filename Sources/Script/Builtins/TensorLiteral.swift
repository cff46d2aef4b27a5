import Autograd

/// Builds tensors from Python data: `torch.tensor([[1., 2.], [3., 4.]])`, with PyTorch's dtype
/// inference (any float → the default dtype, all ints → int64, all bools → bool; 0-d tensors
/// promote with their own dtype) and shape checks.
enum TensorLiteral {
    static func make(_ v: Value, dtype: DType? = nil) throws -> Tensor {
        var shape: [Int] = []
        var flat: [Value] = []
        try walk(v, depth: 0, shape: &shape, flat: &flat)
        let defaultFloat = TorchSettings.defaultDType
        var kind: DType = .bool
        for x in flat {
            switch x {
            case .float: kind = DType.promote(kind, defaultFloat)
            case .int, .bigInt: kind = DType.promote(kind, .int64)
            case .tensor(let t): kind = DType.promote(kind, t.dtype)
            default: break
            }
        }
        if flat.isEmpty { kind = defaultFloat }
        let target = dtype ?? kind
        if target.storesFloats {
            return Tensor(floats: try flat.map { Float(try Convert.double($0)) }, shape: shape, dtype: target).markConstant()
        }
        if target == .float64 {
            return Tensor(doubles: try flat.map { try Convert.double($0) }, shape: shape).markConstant()
        }
        let ints = Tensor(ints: try flat.map { x -> Int64 in
            if case .float(let d) = x {
                guard d.isFinite, Swift.abs(d) < 9.2e18 else { throw PyError(.runtime, "value cannot be converted to type int64 without overflow") }
                return Int64(d)
            }
            switch x {
            case .int(let i): return Int64(i)
            case .bool(let b): return b ? 1 : 0
            case .bigInt: throw PyError(.value, "Overflow when unpacking long long")
            default:
                let d = try Convert.double(x)
                guard d.isFinite, Swift.abs(d) < 9.2e18 else { throw PyError(.runtime, "value cannot be converted to type int64 without overflow") }
                return Int64(d)
            }
        }, shape: shape, dtype: target.isNarrowInteger ? .int64 : target)
        // A Python int the narrow type cannot hold is c10's overflow error (int32 wraps, as before).
        if target.isNarrowInteger && target != .int32, flat.contains(where: { if case .int(let i) = $0 { return target.wrap(Int64(i)) != Int64(i) }; return false }) {
            throw PyError(.runtime, "value cannot be converted to type \(target.shortName) without overflow")
        }
        return (target.isNarrowInteger ? ints.cast(to: target) : ints).markConstant()
    }

    private static func walk(_ v: Value, depth: Int, shape: inout [Int], flat: inout [Value]) throws {
        if depth > 64 { throw PyError(.value, "too many dimensions 'list'") }
        let items: [Value]
        switch v {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        case .int, .bigInt, .float, .bool:
            if depth < shape.count { throw PyError(.value, "expected sequence of length \(shape[depth]) at dim \(depth) (got \(v.typeName))") }
            flat.append(v)
            return
        case .tensor(let t):
            if t.numel != 1 || t.dim != 0 {
                // A list of tensors: only 0-d tensors are scalars here (as torch.tensor requires).
                throw PyError(.value, "only one element tensors can be converted to Python scalars")
            }
            flat.append(v)
            return
        case .object(let s as NumpyScalar):
            flat.append(.tensor(s.tensor))
            return
        case .object(let a as NDArray):
            return try walk(NDArrayMethods.toList(a.tensor), depth: depth, shape: &shape, flat: &flat)
        default:
            throw PyError(.type, "new(): invalid data type '\(v.typeName)'")
        }
        if depth == shape.count {
            shape.append(items.count)
        } else if shape[depth] != items.count {
            throw PyError(.value, "expected sequence of length \(shape[depth]) at dim \(depth) (got \(items.count))")
        }
        if flat.count > 100_000_000 { throw PyError(.memory, "literal too large") }
        for x in items { try walk(x, depth: depth + 1, shape: &shape, flat: &flat) }
    }
}
