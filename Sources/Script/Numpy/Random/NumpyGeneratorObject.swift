import Autograd

/// `np.random.default_rng(seed)`: numpy's `Generator` over PCG64 (numpy/random/_generator.pyx).
final class NumpyGeneratorObject: PyObject {
    var generator: NumpyGenerator

    init(_ generator: NumpyGenerator) { self.generator = generator }

    var typeName: String { "Generator" }
    func repr() -> String { "Generator(PCG64)" }
    var attributeNames: [String] { ["choice", "integers", "normal", "permutation", "random", "shuffle", "standard_normal", "uniform"] }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        let f: ((inout CallArgs) throws -> Value)?
        switch name {
        case "random": f = { a in try self.floats(a, ["size", "dtype", "out"], name) { $0.nextDouble() } }
        case "standard_normal": f = { a in try self.floats(a, ["size", "dtype", "out"], name) { $0.standardNormal() } }
        case "normal": f = { a in
            try NumpyRandomArgs.check(a, ["loc", "scale", "size"])
            return try NumpyRandomArgs.cont2(a.value(0, "loc") ?? .float(0), a.value(1, "scale") ?? .float(1),
                                             size: try NumpyRandomArgs.size(a.value(2, "size")),
                                             check: { _, scale in try NumpyRandomArgs.nonNegative(scale, "scale") }) { loc, scale in
                loc + scale * self.generator.standardNormal()
            }
        }
        case "uniform": f = { a in
            try NumpyRandomArgs.check(a, ["low", "high", "size"])
            return try NumpyRandomArgs.cont2(a.value(0, "low") ?? .float(0), a.value(1, "high") ?? .float(1),
                                             size: try NumpyRandomArgs.size(a.value(2, "size")),
                                             check: { low, high in
                                                 let range = high - low
                                                 if !range.isFinite { throw PyError(.overflow, "high - low range exceeds valid bounds") }
                                                 try NumpyRandomArgs.nonNegative(range, "high - low")
                                             }) { low, high in
                low + (high - low) * self.generator.nextDouble()
            }
        }
        case "integers": f = { a in
            try NumpyRandomArgs.check(a, ["low", "high", "size", "dtype", "endpoint"])
            let shape = try NumpyRandomArgs.size(a.value(2, "size"), dtype: "int64")
            if let shape, shape.contains(0) { return NumpyRandomBindings.wrap(Tensor(ints: [], shape: shape)) }
            let request = try NumpyIntegerRequest(a, closed: try a.bool(4, "endpoint", default: false), defaultIsPythonInt: false)
            let values = self.generator.integers(low: request.low, highInclusive: request.highInclusive,
                                                 count: try NumpyRandomArgs.count(shape ?? []), width: request.kind.width)
            return request.result(values, shape: shape)
        }
        case "choice": f = { a in try self.choice(a) }
        case "shuffle": f = { a in
            try NumpyRandomArgs.check(a, ["x", "axis"])
            if let axis = a.value(1, "axis"), !axis.isNone, (try? Convert.int(axis)) != 0 {
                throw PyError(.notImplemented, "Generator.shuffle(axis=…) other than 0 is not supported by gradstep")
            }
            try NumpySampling.shuffle(try a.required(0, "x"), name: "shuffle") { self.generator.shuffleSwaps(count: $0) }
            return .none
        }
        case "permutation": f = { a in
            try NumpyRandomArgs.check(a, ["x", "axis"])
            if let axis = a.value(1, "axis"), !axis.isNone, (try? Convert.int(axis)) != 0 {
                throw PyError(.notImplemented, "Generator.permutation(axis=…) other than 0 is not supported by gradstep")
            }
            return try NumpySampling.permutation(try a.required(0, "x"), api: .generator) { self.generator.shuffleSwaps(count: $0) }
        }
        default:
            // Generator's other distributions exist in numpy: refused by name rather than missing.
            guard NumpyRandom.unsupported.contains(name) || ["bit_generator", "spawn", "permuted", "multivariate_hypergeometric"].contains(name) else { return nil }
            f = { _ in throw NumpyRandom.unsupportedError("Generator.\(name)") }
        }
        guard let f else { return nil }
        return .builtin(Builtin(name) { a, interp in
            // A compiled loop would replay the draws of its traced iteration.
            interp.loopWatch?.impure("it draws random numbers")
            return try f(&a)
        })
    }

    /// `random`/`standard_normal(size=None, dtype=np.float64)`: a Python float or a float64 array.
    private func floats(_ a: CallArgs, _ allowed: [String], _ name: String, _ draw: @escaping (inout NumpyGenerator) -> Double) throws -> Value {
        try NumpyRandomArgs.check(a, allowed)
        if let d = a.value(1, "dtype"), !d.isNone, !["float64", "<class 'numpy.float64'>", "float", "torch.float64"].contains(Repr.str(d)) {
            throw PyError(.notImplemented, "Generator.\(name)(dtype=\(Repr.str(d))) is not supported by gradstep (float64 is)")
        }
        if let o = a.value(2, "out"), !o.isNone { throw PyError(.notImplemented, "Generator.\(name)(out=…) is not supported by gradstep") }
        guard let shape = try NumpyRandomArgs.size(a.value(0, "size")) else { return .float(draw(&generator)) }
        return try NumpyRandomArgs.doubles(shape) { draw(&self.generator) }
    }

    /// `Generator.choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)`.
    private func choice(_ a: CallArgs) throws -> Value {
        try NumpyRandomArgs.check(a, ["a", "size", "replace", "p", "axis", "shuffle"])
        if let axis = a.value(4, "axis"), !axis.isNone, (try? Convert.int(axis)) != 0 {
            throw PyError(.notImplemented, "Generator.choice(axis=…) other than 0 is not supported by gradstep")
        }
        let shape = try NumpyRandomArgs.size(a.value(1, "size"), dtype: nil)
        let population = try NumpySampling.population(try a.required(0, "a"), size: shape, api: .generator)
        let weights = try NumpySampling.weights(a.value(3, "p"), count: population.count, api: .generator)
        let replace = try a.bool(2, "replace", default: true)
        // numpy's size: past Int's range it is larger than any population.
        let n = (shape ?? []).reduce(Int?(1)) { acc, d in acc.flatMap { $0.multipliedReportingOverflow(by: d).overflow ? nil : $0 * d } } ?? Int.max
        let idx: [Int64]
        if replace {
            _ = try NumpyRandomArgs.count(shape ?? [], dtype: "int64")
            if let w = weights {
                let cdf = NumpyWeightedChoice.cdf(w)
                idx = (0..<n).map { _ in NumpyWeightedChoice.searchRight(cdf, self.generator.nextDouble()) }
            } else {
                idx = population.count == 0 ? [] : generator.integers(low: 0, highInclusive: Int64(population.count) - 1, count: n)
            }
        } else {
            try NumpySampling.checkWithoutReplacement(size: n, population: population.count, weights: weights, api: .generator)
            if let w = weights {
                idx = NumpyWeightedChoice.withoutReplacement(w, size: n) { k in (0..<k).map { _ in self.generator.nextDouble() } }
            } else {
                let shuffle = try a.bool(5, "shuffle", default: true)
                // The tail shuffle (large samples of large populations) holds the whole population.
                if population.count > 10000 && n > population.count / (shuffle ? 50 : 20) {
                    _ = try NumpyRandomArgs.count([population.count], dtype: "int64")
                } else {
                    // Floyd's algorithm: the sample and an open-addressing set of about 1.2 × its size.
                    _ = try NumpyRandomArgs.count([n], dtype: "int64")
                    _ = try NumpyRandomArgs.count([Int(NumpyBounded.mask(UInt64(1.2 * Double(n)))) + 1], dtype: "uint64")
                }
                idx = generator.sampleWithoutReplacement(population: population.count, size: n, shuffle: shuffle)
            }
        }
        return try NumpySampling.result(idx, shape: shape, population: population)
    }

    /// `default_rng(seed)`: None draws fresh entropy; ints (any size, non-negative) and sequences of
    /// them feed `SeedSequence`; a Generator passes through.
    static func defaultRNG(_ v: Value) throws -> Value {
        switch v {
        case .none: return .object(NumpyGeneratorObject(NumpyGenerator()))
        case .object(let g as NumpyGeneratorObject): return .object(g)
        default: return .object(NumpyGeneratorObject(NumpyGenerator(SeedSequence(entropy: try entropy(v)))))
        }
    }

    /// `_coerce_to_uint32_array` (numpy 2.4 flattens nested sequences).
    static func entropy(_ v: Value) throws -> [UInt32] {
        switch Convert.unwrapBool(v) {
        case .int(let i):
            guard i >= 0 else { throw PyError(.value, "expected non-negative integer") }
            return SeedSequence.words(UInt64(i))
        case .bigInt(let s):
            guard let w = SeedSequence.words(decimal: s) else { throw PyError(.value, "expected non-negative integer") }
            return w
        case .float(let d):
            throw PyError(.type, "SeedSequence expects int or sequence of ints for entropy not \(Repr.repr(.float(d)))")
        case .list(let l): return try sequence(l.items)
        case .tuple(let items): return try sequence(items)
        case _ where NumpyRandomBindings.unwrap(v)?.dtype.isIntegral == true:
            guard let t = NumpyRandomBindings.unwrap(v) else { return [] }
            if t.dim == 0 { return try entropy(.int(Int(t.intValues()[0]))) }
            return try sequence(t.intValues().map { .int(Int($0)) })
        default:
            throw PyError(.type, "SeedSequence expects int or sequence of ints for entropy not \(Repr.str(v))")
        }
    }

    private static func sequence(_ items: [Value]) throws -> [UInt32] {
        try items.flatMap { item -> [UInt32] in
            switch item {
            case .float: throw PyError(.type, "seed must be integer")
            default: return try entropy(item)
            }
        }
    }
}
