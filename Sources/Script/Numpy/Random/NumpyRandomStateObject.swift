import Autograd

/// `np.random.RandomState(seed)` and the module-level legacy functions (`np.random.seed`, `rand`,
/// `randn`, …), which are the methods of one hidden RandomState, as in numpy/random/mtrand.pyx.
final class NumpyRandomStateObject: PyObject {
    var state: NumpyRandomState

    init(_ state: NumpyRandomState) { self.state = state }

    var typeName: String { "RandomState" }
    func repr() -> String { "RandomState(MT19937)" }
    var attributeNames: [String] { NumpyRandomStateObject.methodNames }

    static let methodNames = ["choice", "normal", "permutation", "rand", "randint", "randn", "random", "random_sample",
                              "seed", "shuffle", "standard_normal", "uniform"]

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        if let m = methods()[name] { return m }
        guard NumpyRandom.unsupported.contains(name) else { return nil }
        return .builtin(Builtin(name) { _, _ in throw NumpyRandom.unsupportedError("RandomState.\(name)") })
    }

    /// The bound methods, by name (also the module's functions for the global RandomState).
    func methods() -> [String: Value] {
        var m: [String: Value] = [:]
        func def(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) {
            m[name] = .builtin(Builtin(name) { a, interp in
                // A compiled loop would replay the draws of its traced iteration.
                interp.loopWatch?.impure("it draws random numbers")
                return try f(&a, interp)
            })
        }
        def("seed") { a, _ in
            try NumpyRandomArgs.check(a, ["seed"])
            self.state = try NumpyRandomStateObject.seeded(a.value(0, "seed") ?? .none)
            return .none
        }
        let sample: (inout CallArgs, Interpreter) throws -> Value = { a, _ in
            try NumpyRandomArgs.check(a, ["size"])
            guard let shape = try NumpyRandomArgs.size(a.value(0, "size")) else { return .float(self.state.nextDouble()) }
            return try NumpyRandomArgs.doubles(shape) { self.state.nextDouble() }
        }
        for name in ["random_sample", "random", "sample", "ranf"] { def(name, sample) }
        def("rand") { a, _ in
            if let (k, _) = a.keywords.first { throw PyError(.type, "rand() got an unexpected keyword argument '\(k)'") }
            if a.positional.isEmpty { return .float(self.state.nextDouble()) }
            return try NumpyRandomArgs.doubles(try NumpyRandomArgs.shape(a.positional)) { self.state.nextDouble() }
        }
        def("randn") { a, _ in
            if let (k, _) = a.keywords.first { throw PyError(.type, "randn() got an unexpected keyword argument '\(k)'") }
            if a.positional.isEmpty { return .float(self.state.gauss()) }
            return try NumpyRandomArgs.doubles(try NumpyRandomArgs.shape(a.positional)) { self.state.gauss() }
        }
        def("standard_normal") { a, _ in
            try NumpyRandomArgs.check(a, ["size"])
            guard let shape = try NumpyRandomArgs.size(a.value(0, "size")) else { return .float(self.state.gauss()) }
            return try NumpyRandomArgs.doubles(shape) { self.state.gauss() }
        }
        def("normal") { a, _ in
            try NumpyRandomArgs.check(a, ["loc", "scale", "size"])
            return try NumpyRandomArgs.cont2(a.value(0, "loc") ?? .float(0), a.value(1, "scale") ?? .float(1),
                                             size: try NumpyRandomArgs.size(a.value(2, "size")),
                                             check: { _, scale in try NumpyRandomArgs.nonNegative(scale, "scale") }) { loc, scale in
                loc + scale * self.state.gauss()
            }
        }
        def("uniform") { a, _ in
            try NumpyRandomArgs.check(a, ["low", "high", "size"])
            return try NumpyRandomArgs.cont2(a.value(0, "low") ?? .float(0), a.value(1, "high") ?? .float(1),
                                             size: try NumpyRandomArgs.size(a.value(2, "size")),
                                             check: { low, high in
                                                 if !(high - low).isFinite { throw PyError(.overflow, "Range exceeds valid bounds") }
                                             }) { low, high in
                low + (high - low) * self.state.nextDouble()
            }
        }
        def("randint") { a, _ in
            try NumpyRandomArgs.check(a, ["low", "high", "size", "dtype"])
            let shape = try NumpyRandomArgs.size(a.value(2, "size"), dtype: "int64")
            if let shape, shape.contains(0) { return NumpyRandomBindings.wrap(Tensor(ints: [], shape: shape)) }
            let request = try NumpyIntegerRequest(a, closed: false, defaultIsPythonInt: true)
            let values = self.state.randint(low: request.low, highInclusive: request.highInclusive,
                                            count: try NumpyRandomArgs.count(shape ?? []), width: request.kind.width)
            return request.result(values, shape: shape)
        }
        def("choice") { a, _ in try self.choice(a) }
        def("shuffle") { a, _ in
            try NumpyRandomArgs.check(a, ["x"])
            try NumpySampling.shuffle(try a.required(0, "x"), name: "shuffle") { self.state.shuffleSwaps(count: $0) }
            return .none
        }
        def("permutation") { a, _ in
            try NumpyRandomArgs.check(a, ["x"])
            return try NumpySampling.permutation(try a.required(0, "x"), api: .legacy) { self.state.shuffleSwaps(count: $0) }
        }
        return m
    }

    /// `RandomState.choice(a, size=None, replace=True, p=None)`.
    private func choice(_ a: CallArgs) throws -> Value {
        try NumpyRandomArgs.check(a, ["a", "size", "replace", "p"])
        let shape = try NumpyRandomArgs.size(a.value(1, "size"), dtype: nil)
        let population = try NumpySampling.population(try a.required(0, "a"), size: shape, api: .legacy)
        let weights = try NumpySampling.weights(a.value(3, "p"), count: population.count, api: .legacy)
        let replace = try a.bool(2, "replace", default: true)
        // numpy's size: past Int's range it is larger than any population.
        let n = (shape ?? []).reduce(Int?(1)) { acc, d in acc.flatMap { $0.multipliedReportingOverflow(by: d).overflow ? nil : $0 * d } } ?? Int.max
        let idx: [Int64]
        if replace {
            _ = try NumpyRandomArgs.count(shape ?? [], dtype: "int64")
            if let w = weights {
                let cdf = NumpyWeightedChoice.cdf(w)
                idx = (0..<n).map { _ in NumpyWeightedChoice.searchRight(cdf, self.state.nextDouble()) }
            } else {
                idx = population.count == 0 ? [] : state.randint(low: 0, highInclusive: Int64(population.count) - 1, count: n)
            }
        } else {
            try NumpySampling.checkWithoutReplacement(size: n, population: population.count, weights: weights, api: .legacy)
            if let w = weights {
                idx = NumpyWeightedChoice.withoutReplacement(w, size: n) { k in (0..<k).map { _ in self.state.nextDouble() } }
            } else {
                _ = try NumpyRandomArgs.count([population.count], dtype: "int64")
                idx = Array(state.permutation(population.count).prefix(n))
            }
        }
        return try NumpySampling.result(idx, shape: shape, population: population)
    }

    /// `seed(x)` / `RandomState(x)`: None draws fresh entropy; an int in [0, 2**32) is `mt19937_seed`;
    /// a 1-d sequence of such ints is `init_by_array`.
    static func seeded(_ v: Value) throws -> NumpyRandomState {
        let range = "Seed must be between 0 and 2**32 - 1"
        switch Convert.unwrapBool(v) {
        case .none: return NumpyRandomState()
        case .int(let i):
            guard i >= 0, i <= Int(UInt32.max) else { throw PyError(.value, range) }
            return NumpyRandomState(seed: UInt32(i))
        case .bigInt: throw PyError(.value, range)
        case .float:
            throw PyError(.type, "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
        case .string(let s):
            throw PyError(.type, "Cannot cast scalar from dtype('<U\(s.count)') to dtype('int64') according to the rule 'safe'")
        case _ where NumpyRandomBindings.unwrap(v).map({ $0.numel == 1 && $0.dtype.isIntegral }) == true:
            // numpy squeezes a one-element array to its int.
            return try seeded(.int(Int(NumpyRandomBindings.unwrap(v)?.intValues().first ?? 0)))
        case _ where NumpyRandomBindings.unwrap(v) != nil, .list, .tuple:
            let t = try NumpyRandomBindings.asarray(v)
            if t.numel == 0 { throw PyError(.value, "Seed must be non-empty") }
            if t.dtype.isFloatingPoint {
                throw PyError(.type, "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")
            }
            if t.dim != 1 { throw PyError(.value, "Seed array must be 1-d") }
            let values = t.intValues()
            if values.contains(where: { $0 < 0 || $0 > Int64(UInt32.max) }) { throw PyError(.value, range) }
            return NumpyRandomState(key: values.map { UInt32($0) })
        default:
            throw PyError(.type, "Cannot cast array data from dtype('O') to dtype('int64') according to the rule 'safe'")
        }
    }
}
