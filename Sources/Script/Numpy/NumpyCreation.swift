import Foundation
import Autograd

/// The arguments and algorithms of numpy's array factories (`zeros(shape, dtype)`, `full`,
/// `*_like`, `arange`, `linspace`).
extension NumpyModule {
    static func shapeArg(_ v: Value) throws -> [Int] {
        switch v {
        case .tuple(let t): return try t.map { try Convert.int($0) }
        case .list(let l): return try l.items.map { try Convert.int($0) }
        case .size(let s): return s
        default: return [try Convert.int(v)]
        }
    }

    static func dtypeArg(_ a: CallArgs, _ i: Int?) throws -> DType? {
        guard let v = a.value(i, "dtype") else { return nil }
        return try NumpyDType.resolve(v)
    }

    static func filled(_ shape: [Int], _ value: Scalar, _ dtype: DType) throws -> Tensor {
        let n = try NumpyArrays.checkedCount(shape)
        let one = NumpyArrays.scalarTensor(value, dtype)
        if dtype.isFloatingPoint { return NumpyArrays.make(dtype, shape: shape, doubles: [Double](repeating: one.doubleValues()[0], count: n)) }
        return Tensor(ints: [Int64](repeating: one.intValues()[0], count: n), shape: shape, dtype: dtype)
    }

    static func scalarDType(_ v: Value) -> DType {
        switch v {
        case .float: return .float64
        case .bool: return .bool
        case .object(let s as NumpyScalar): return s.dtype
        default: return .int64
        }
    }

    static func like(_ a: inout CallArgs, _ value: Scalar?) throws -> Value {
        let t = try NumpyFunctions.tensor(try a.required(0, "a"), "like")
        let fill = try value ?? Convert.scalar(try a.required(1, "fill_value"))
        let dtype = try dtypeArg(a, value == nil ? 2 : 1) ?? t.dtype
        return .object(NDArray(try filled(t.shape, fill, dtype)))
    }

    /// numpy's `arange`: `start + i * (start+step - start)` for floats, length `ceil((stop-start)/step)`.
    static func arange(_ a: CallArgs) throws -> Tensor {
        var nums = a.positional
        if let s = a.value(nil, "start") { nums.insert(s, at: 0) }
        if let s = a.value(nil, "stop") { nums.append(s) }
        if let s = a.value(nil, "step") { nums.append(s) }
        let (start, stop, step): (Value, Value, Value) = nums.count == 1 ? (.int(0), nums[0], .int(1))
            : (nums[0], nums[1], nums.count > 2 ? nums[2] : .int(1))
        let isFloat = [start, stop, step].contains { if case .float = $0 { return true }; if case .object(let s as NumpyScalar) = $0 { return s.dtype.isFloatingPoint }; return false }
        let dtype = try dtypeArg(a, nil) ?? (isFloat ? .float64 : .int64)
        let s0 = try Convert.double(start), s1 = try Convert.double(stop), st = try Convert.double(step)
        if st == 0 { throw PyError(.zeroDivision, "division by zero") }
        let length = Foundation.ceil((s1 - s0) / st)
        if length.isNaN { throw PyError(.value, "arange: cannot compute length") }
        if length > 1e15 { throw PyError(.memory, "Unable to allocate an arange of \(length) elements (more elements than gradstep allows)") }
        let n = Swift.max(0, Int(length))
        _ = try NumpyArrays.checkedCount([n])
        if !isFloat && !dtype.isFloatingPoint {
            let i0 = Int64(try Convert.int(start)), stepI = Int64(try Convert.int(step))
            return Tensor(ints: (0..<n).map { i0 &+ Int64($0) &* stepI }, shape: [n], dtype: dtype)
        }
        let delta = (s0 + st) - s0
        return NumpyArrays.make(dtype, shape: [n], doubles: (0..<n).map { n > 1 || $0 > 0 ? s0 + Double($0) * delta : s0 })
    }

    /// numpy's `linspace`: `start + arange(num) * step` with the last value set to `stop`.
    static func linspace(_ a: CallArgs) throws -> Tensor {
        let start = try a.double(0, "start"), stop = try a.double(1, "stop")
        let num = try a.int(2, "num", default: 50)
        if num < 0 { throw PyError(.value, "Number of samples, \(num), must be non-negative.") }
        _ = try NumpyArrays.checkedCount([num])
        let endpoint = try a.bool(3, "endpoint", default: true)
        let div = endpoint ? num - 1 : num
        let delta = stop - start
        var y = (0..<num).map(Double.init)
        if div > 0 {
            let step = delta / Double(div)
            if step == 0 { y = y.map { $0 / Double(div) * delta } } else { y = y.map { $0 * step } }
        } else {
            y = y.map { $0 * delta }
        }
        y = y.map { $0 + start }
        if endpoint && num > 1 { y[num - 1] = stop }
        return NumpyArrays.make(try dtypeArg(a, 5) ?? .float64, shape: [num], doubles: y)
    }
}
