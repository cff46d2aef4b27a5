import Autograd
import Foundation

/// Where numpy.random meets the rest of numpy: every array it returns goes through `wrap`, every
/// numpy scalar through `scalar`, and every array argument it reads through `unwrap`/`asarray`.
enum NumpyRandomBindings {
    /// An array result (float64 or int64, already shaped) as an ndarray.
    static func wrap(_ t: Tensor) -> Value { NDArray.wrap(t) }

    /// Element `i` of `t` as a numpy scalar (`np.int64(3)` from `Generator.integers`, an item `choice` picked).
    static func scalar(_ t: Tensor, at i: Int) -> Value {
        switch t.dtype {
        case .float32, .float16: return .object(NumpyScalar(Tensor(floats: [t.floatValues()[i]], shape: [], dtype: t.dtype)))
        case .float64: return .object(NumpyScalar(Tensor(doubles: [t.doubleValues()[i]], shape: [])))
        default: return .object(NumpyScalar(Tensor(ints: [t.intValues()[i]], shape: [], dtype: t.dtype)))
        }
    }

    /// The array behind an argument that is already an array or numpy scalar (shared, so `shuffle`
    /// changes it in place); torch tensors too.
    static func unwrap(_ v: Value) -> Tensor? {
        if let t = NumpyArrays.tensorOf(v) { return t }
        if case .tensor(let t) = v { return t }
        return nil
    }

    /// `np.asarray(v)`: ints stay int64, floats are float64.
    static func asarray(_ v: Value) throws -> Tensor {
        if let t = unwrap(v) { return t }
        return try NumpyArrays.array(v, dtype: nil)
    }
}

/// The argument conventions numpy.random's functions share (numpy/random/_common.pyx).
enum NumpyRandomArgs {
    /// Raises Python's TypeError for a keyword the function does not take.
    static func check(_ a: CallArgs, _ allowed: [String]) throws {
        for (k, _) in a.keywords where !allowed.contains(k) {
            throw PyError(.type, "\(a.name)() got an unexpected keyword argument '\(k)'")
        }
        if a.positional.count > allowed.count {
            throw PyError(.type, "\(a.name)() takes at most \(allowed.count) positional arguments (\(a.positional.count) given)")
        }
    }

    /// `size`: nil for None (a scalar result), else the shape (an int or a tuple of ints).
    /// `dtype` names the result's type in the MemoryError of a shape too large to hold.
    /// `dtype: nil` leaves the size unchecked (`choice` checks it where numpy allocates).
    static func size(_ v: Value?, dtype: String? = "float64") throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        switch v {
        case .tuple(let items): return try shape(items, dtype: dtype)
        case .list(let l): return try shape(l.items, dtype: dtype)
        case .size(let s): return try shape(s.map { .int($0) }, dtype: dtype)
        default: return try shape([v], dtype: dtype)
        }
    }

    /// Dimensions given one by one (`rand(2, 3)`) or as a sequence.
    static func shape(_ items: [Value], dtype: String? = "float64") throws -> [Int] {
        let dims = try items.map { v -> Int in
            switch v {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .tensor(let t) where t.numel == 1 && t.dtype.isIntegral: return Int(t.intValues()[0])
            case .object where NumpyRandomBindings.unwrap(v).map({ $0.dim == 0 && $0.dtype.isIntegral && $0.dtype != .bool }) == true:
                return Int(NumpyRandomBindings.unwrap(v)?.intValues().first ?? 0)
            default: throw PyError(.type, "'\(v.typeName)' object cannot be interpreted as an integer")
            }
        }
        if dims.contains(where: { $0 < 0 }) { throw PyError(.value, "negative dimensions are not allowed") }
        if let dtype { _ = try count(dims, dtype: dtype) }
        return dims
    }

    /// The number of elements of `shape`. Past gradstep's element limit it is a MemoryError: with
    /// numpy's own text from 2**31 elements (16 GiB of float64, which numpy could not allocate either
    /// on a learner's machine), with gradstep's limit below that.
    static func count(_ shape: [Int], dtype: String = "float64") throws -> Int {
        var n = 1
        var overflow = false
        for d in shape {
            let (p, o) = n.multipliedReportingOverflow(by: d)
            overflow = overflow || o
            n = p
        }
        if overflow || n.multipliedReportingOverflow(by: 8).overflow {
            throw PyError(.value, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        }
        if n > 1 << 31 {
            throw PyError(.memory, "Unable to allocate \(sizeText(n * 8)) for an array with shape \(describe(shape)) and data type \(dtype)")
        }
        if n > Shape.defaultMaxElements {
            throw PyError(.memory, "Unable to allocate an array with shape \(describe(shape)) (more elements than gradstep allows)")
        }
        return n
    }

    /// numpy's `_size_to_string` (numpy/_core/_exceptions.py): binary units, three significant digits.
    static func sizeText(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var unit = max(bytes.bitWidth - bytes.leadingZeroBitCount - 1, 1) / 10
        var value = Double(bytes) / Double(1 << (unit * 10))
        if value.rounded() == 1024 && unit < units.count - 1 { unit += 1; value /= 1024 }
        if unit == 0 { return "\(bytes) bytes" }
        if value.rounded() < 1000 { return String(format: "%#.3g", value) + " " + units[unit] }
        return String(format: "%.0f", value) + " " + units[unit]
    }

    /// A float64 array of `shape` from `fill` (one call per element, in C order).
    static func doubles(_ shape: [Int], _ fill: () -> Double) throws -> Value {
        let n = try count(shape)
        var out = [Double]()
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(fill()) }
        return NumpyRandomBindings.wrap(Tensor(doubles: out, shape: shape))
    }

    /// A float parameter as `PyFloat_AsDouble` reads it.
    static func double(_ v: Value, _ name: String) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .bigInt(let s): return Double(s) ?? .infinity
        case .tensor(let t) where t.numel == 1: return try t.item().doubleValue
        case .object where NumpyRandomBindings.unwrap(v)?.numel == 1:
            return NumpyRandomBindings.unwrap(v)?.doubleValues().first ?? 0
        case .string(let text):
            // numpy converts strings as float() does.
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let d = Double(trimmed) else { throw PyError(.value, "could not convert string to float: \(Repr.repr(v))") }
            return d
        default: throw PyError(.type, "must be real number, not \(v.typeName)")
        }
    }

    /// Whether a parameter is an array (not a number), so the broadcasting path applies.
    static func isArray(_ v: Value) -> Bool {
        if let t = NumpyRandomBindings.unwrap(v) { return t.dim > 0 }
        switch v {
        case .list, .tuple: return true
        default: return false
        }
    }

    /// `cont()` with two parameters (`normal(loc, scale)`, `uniform(low, range)`): a scalar when both
    /// are numbers and `size` is None, else an array of `size` (or the parameters' broadcast shape),
    /// drawing in C order. `check` validates each parameter pair before any draw.
    static func cont2(_ a: Value, _ b: Value, size: [Int]?, check: (Double, Double) throws -> Void,
                      _ draw: (Double, Double) -> Double) throws -> Value {
        if !isArray(a) && !isArray(b) {
            let x = try double(a, "a"), y = try double(b, "b")
            try check(x, y)
            guard let size else { return .float(draw(x, y)) }
            return try doubles(size) { draw(x, y) }
        }
        let ta = try NumpyRandomBindings.asarray(a), tb = try NumpyRandomBindings.asarray(b)
        let av = ta.doubleValues(), bv = tb.doubleValues()
        let paramShape = try broadcast(ta.shape, tb.shape)
        let shape = size ?? paramShape
        if size != nil, (try? broadcast(shape, paramShape)) != shape {
            throw PyError(.value, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape \(describe(shape)) and arg 1 with shape \(describe(paramShape)).")
        }
        for (x, y) in zip(try expand(av, ta.shape, to: paramShape), try expand(bv, tb.shape, to: paramShape)) { try check(x, y) }
        let xs = try expand(av, ta.shape, to: shape), ys = try expand(bv, tb.shape, to: shape)
        var out = [Double]()
        out.reserveCapacity(xs.count)
        for i in 0..<xs.count { out.append(draw(xs[i], ys[i])) }
        return NumpyRandomBindings.wrap(Tensor(doubles: out, shape: shape))
    }

    static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(\(shape.map(String.init).joined(separator: ", ")))"
    }

    /// numpy's broadcast shape of two shapes.
    static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
        let n = max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        for i in 0..<n {
            let x = i < n - a.count ? 1 : a[i - (n - a.count)]
            let y = i < n - b.count ? 1 : b[i - (n - b.count)]
            guard x == y || x == 1 || y == 1 else {
                throw PyError(.value, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape \(describe(a)) and arg 1 with shape \(describe(b)).")
            }
            out[i] = x == 1 ? y : x
        }
        return out
    }

    /// `values` (C order, `shape`) repeated along broadcast dimensions to `target`.
    static func expand(_ values: [Double], _ shape: [Int], to target: [Int]) throws -> [Double] {
        let n = try count(target)
        let lead = target.count - shape.count
        var strides = [Int](repeating: 0, count: target.count)
        var s = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i + lead] = shape[i] == 1 ? 0 : s
            s *= shape[i]
        }
        var out = [Double]()
        out.reserveCapacity(n)
        var index = [Int](repeating: 0, count: target.count)
        var pos = 0
        for _ in 0..<n {
            out.append(values[pos])
            var d = target.count - 1
            while d >= 0 {
                index[d] += 1
                pos += strides[d]
                if index[d] < target[d] { break }
                pos -= strides[d] * target[d]
                index[d] = 0
                d -= 1
            }
        }
        return out
    }

    /// `check_constraint(x, name, CONS_NON_NEGATIVE)`: negative (sign bit set, so -0.0 too) raises.
    static func nonNegative(_ x: Double, _ name: String) throws {
        if !x.isNaN && x.sign == .minus { throw PyError(.value, "\(name) < 0") }
    }
}
