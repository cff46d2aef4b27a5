import Autograd

/// `choice`, `shuffle` and `permutation` for both generators: argument checks with each API's own
/// error texts, and applying the drawn indices or swaps to lists and arrays.
enum NumpySampling {
    /// The two APIs word `choice`'s errors differently.
    enum API { case legacy, generator }

    /// What `choice` samples from: an int population or an array's rows.
    struct Population {
        let count: Int
        /// nil when `a` was an int (the result is the indices themselves).
        let array: Tensor?
        /// `a` when it is strings (a str array or a list of str): picks are its rows.
        var strings: NumpyStrArray? = nil
    }

    static func population(_ a: Value, size: [Int]?, api: API) throws -> Population {
        // Only whether any sample is taken matters here (`np.prod(size) != 0`).
        let sizeCount = size.map { $0.contains(0) ? 0 : 1 } ?? 1
        switch a {
        case .int, .bool, .bigInt:
            guard case .int(let n) = Convert.unwrapBool(a) else { throw PyError(.value, "Maximum allowed size exceeded") }
            if n <= 0 && sizeCount != 0 {
                throw PyError(.value, api == .legacy ? "a must be greater than 0 unless no samples are taken"
                                                     : "a must be a positive integer unless no samples are taken")
            }
            return Population(count: n, array: nil)
        default: break
        }
        if let strings = try NumpyStrArray.from(a) {
            let shape = strings.codes.shape
            if shape.isEmpty {
                throw PyError(.value, api == .legacy ? "a must be 1-dimensional or an integer"
                                                     : "a must be a sequence or an integer, not <class '\(a.typeName)'>")
            }
            if api == .legacy && shape.count != 1 { throw PyError(.value, "a must be 1-dimensional") }
            if shape[0] == 0 && sizeCount != 0 {
                throw PyError(.value, api == .legacy ? "'a' cannot be empty unless no samples are taken"
                                                     : "a cannot be empty unless no samples are taken")
            }
            return Population(count: shape[0], array: nil, strings: strings)
        }
        if case .float = a {
            throw PyError(.value, api == .legacy ? "a must be 1-dimensional or an integer"
                                                 : "a must be a sequence or an integer, not <class 'float'>")
        }
        let t = try NumpyRandomBindings.asarray(a)
        if t.dim == 0 {
            throw PyError(.value, api == .legacy ? "a must be 1-dimensional or an integer"
                                                 : "a must be a sequence or an integer, not <class '\(a.typeName)'>")
        }
        if api == .legacy && t.dim != 1 { throw PyError(.value, "a must be 1-dimensional") }
        if t.shape[0] == 0 && sizeCount != 0 {
            throw PyError(.value, api == .legacy ? "'a' cannot be empty unless no samples are taken"
                                                 : "a cannot be empty unless no samples are taken")
        }
        return Population(count: t.shape[0], array: t)
    }

    /// `p=`: float64 weights, checked as numpy does (same size, no NaN, non-negative, sum 1).
    static func weights(_ p: Value?, count: Int, api: API) throws -> [Double]? {
        guard let p, !p.isNone else { return nil }
        let t = try NumpyRandomBindings.asarray(p)
        let legacy = api == .legacy
        if t.dim != 1 { throw PyError(.value, legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional") }
        if t.numel != count { throw PyError(.value, legacy ? "'a' and 'p' must have same size" : "a and p must have same size") }
        let w = t.doubleValues()
        let sum = NumpyWeightedChoice.kahanSum(w)
        if sum.isNaN { throw PyError(.value, legacy ? "probabilities contain NaN" : "Probabilities contain NaN") }
        if w.contains(where: { $0 < 0 }) {
            throw PyError(.value, legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative")
        }
        // sqrt(float64 eps), or float32's when p is a float32 array.
        let atol = t.dtype == .float32 ? Double(Float.ulpOfOne).squareRoot() : Double.ulpOfOne.squareRoot()
        if abs(sum - 1) > atol {
            throw PyError(.value, legacy ? "probabilities do not sum to 1"
                                         : "Probabilities do not sum to 1. See Notes section of docstring for more information.")
        }
        return w
    }

    /// Checks of `replace=False` before sampling.
    static func checkWithoutReplacement(size: Int, population: Int, weights: [Double]?, api: API) throws {
        if size > population {
            throw PyError(.value, api == .legacy ? "Cannot take a larger sample than population when 'replace=False'"
                                                 : "Cannot take a larger sample than population when replace is False")
        }
        if let w = weights, w.filter({ $0 > 0 }).count < size { throw PyError(.value, "Fewer non-zero entries in p than size") }
    }

    /// The result of `choice` from the drawn indices (C order of `shape`, or one index for a scalar).
    static func result(_ idx: [Int64], shape: [Int]?, population: Population) throws -> Value {
        if let strings = population.strings {
            // `a[idx]`, as numpy does: one pick is an element, a size= gives an array of them.
            let index: Value = shape == nil ? .int(Int(idx.first ?? 0)) : .object(NDArray(Tensor(ints: idx, shape: shape ?? [])))
            return strings.wrap(try NumpyIndexing.get(strings.codes, index))
        }
        guard let t = population.array else {
            guard let shape else { return .int(Int(idx[0])) }
            return NumpyRandomBindings.wrap(Tensor(ints: idx, shape: shape))
        }
        let rows = takeRows(t, idx)
        guard let shape else {
            if t.dim == 1 { return NumpyRandomBindings.scalar(rows, at: 0) }
            return NumpyRandomBindings.wrap(reshaped(rows, Array(t.shape.dropFirst())))
        }
        return NumpyRandomBindings.wrap(reshaped(rows, shape + t.shape.dropFirst()))
    }

    /// `t[idx]` along the first axis, as a new contiguous array.
    static func takeRows(_ t: Tensor, _ idx: [Int64]) -> Tensor {
        let row = t.shape.dropFirst().reduce(1, *)
        let shape = [idx.count] + t.shape.dropFirst()
        func gather<T>(_ v: [T]) -> [T] {
            var out = [T]()
            out.reserveCapacity(idx.count * row)
            for i in idx { out.append(contentsOf: v[(Int(i) * row)..<(Int(i) * row + row)]) }
            return out
        }
        switch t.dtype {
        case .float32, .float16: return Tensor(floats: gather(t.floatValues()), shape: shape, dtype: t.dtype)
        case .float64: return Tensor(doubles: gather(t.doubleValues()), shape: shape)
        default: return Tensor(ints: gather(t.intValues()), shape: shape, dtype: t.dtype)
        }
    }

    static func reshaped(_ t: Tensor, _ shape: [Int]) -> Tensor {
        switch t.dtype {
        case .float32, .float16: return Tensor(floats: t.floatValues(), shape: shape, dtype: t.dtype)
        case .float64: return Tensor(doubles: t.doubleValues(), shape: shape)
        default: return Tensor(ints: t.intValues(), shape: shape, dtype: t.dtype)
        }
    }

    /// `shuffle(x)`: the swaps applied to a list's items or to an array's rows, in place.
    static func shuffle(_ x: Value, name: String, swaps: (Int) -> [(Int, Int)]) throws {
        if case .list(let l) = x {
            for (i, j) in swaps(l.items.count) { l.items.swapAt(i, j) }
            return
        }
        switch x {
        case .int, .float, .bool, .none, .bigInt: throw PyError(.type, "object of type '\(x.typeName)' has no len()")
        case .tuple(let items) where items.count > 1: throw PyError(.type, "'tuple' object does not support item assignment")
        case .tuple: return
        default: break
        }
        guard let t = NumpyRandomBindings.unwrap(x) else {
            throw PyError(.notImplemented, "\(name)() of a \(x.typeName) is not supported by gradstep (lists and arrays are)")
        }
        guard t.dim > 0 else { throw PyError(.type, "len() of unsized object") }
        var order = Array(0..<t.shape[0])
        for (i, j) in swaps(order.count) { order.swapAt(i, j) }
        try t.copy_(takeRows(t, order.map { Int64($0) }))
    }

    /// `permutation(x)`: a shuffled `arange(x)` for an int, else a shuffled copy of the array's rows.
    static func permutation(_ x: Value, api: API, swaps: (Int) -> [(Int, Int)]) throws -> Value {
        if case .int(let n) = Convert.unwrapBool(x) {
            let dims = try NumpyRandomArgs.shape([.int(max(n, 0))], dtype: "int64")
            var values = (0..<dims[0]).map { Int64($0) }
            for (i, j) in swaps(values.count) { values.swapAt(i, j) }
            return NumpyRandomBindings.wrap(Tensor(ints: values, shape: [values.count]))
        }
        let t = try NumpyRandomBindings.asarray(x)
        if t.dim == 0 {
            if api == .legacy { throw PyError(.index, "x must be an integer or at least 1-dimensional") }
            throw PyError(library: "numpy.exceptions.AxisError", "axis 0 is out of bounds for array of dimension 0")
        }
        var order = (0..<t.shape[0]).map { Int64($0) }
        for (i, j) in swaps(order.count) { order.swapAt(i, j) }
        return NumpyRandomBindings.wrap(takeRows(t, order))
    }
}
