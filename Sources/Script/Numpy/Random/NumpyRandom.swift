import Autograd

/// The `numpy.random` module: the legacy functions bound to one hidden RandomState, `RandomState`,
/// `default_rng` and `seed`. One module per interpreter (ModuleRegistry keeps it), so every path to
/// it — `import numpy.random`, `np.random`, fastai's `np` — shares the global generator's state.
enum NumpyRandom {
    /// The `random` member of a numpy namespace: forwards each name to the interpreter's module.
    static func module() -> NamespaceObject {
        let view = NamespaceObject("numpy.random")
        view.lazyMember = { name, interp in try ModuleRegistry.load("numpy.random", interp).attribute(name, interpreter: interp) }
        return view
    }

    /// Builds the module (once per interpreter, through ModuleRegistry).
    static func make() -> NamespaceObject {
        let global = NumpyRandomStateObject(NumpyRandomState())
        var m = global.methods()
        m["RandomState"] = .builtin(Builtin("RandomState") { a, _ in
            try NumpyRandomArgs.check(a, ["seed"])
            return .object(NumpyRandomStateObject(try NumpyRandomStateObject.seeded(a.value(0, "seed") ?? .none)))
        })
        m["default_rng"] = .builtin(Builtin("default_rng") { a, _ in
            try NumpyRandomArgs.check(a, ["seed"])
            return try NumpyGeneratorObject.defaultRNG(a.value(0, "seed") ?? .none)
        })
        for name in unsupported where m[name] == nil {
            m[name] = .builtin(Builtin(name) { _, _ in throw unsupportedError("numpy.random.\(name)") })
        }
        return NamespaceObject("numpy.random", m)
    }

    /// numpy.random's other distributions and tools: present (as in numpy) but refused by name.
    static let unsupported = [
        "beta", "binomial", "bytes", "chisquare", "dirichlet", "exponential", "f", "gamma", "geometric", "get_state",
        "gumbel", "hypergeometric", "laplace", "logistic", "lognormal", "logseries", "multinomial",
        "multivariate_normal", "negative_binomial", "noncentral_chisquare", "noncentral_f", "pareto", "poisson",
        "power", "random_integers", "rayleigh", "set_state", "standard_cauchy", "standard_exponential",
        "standard_gamma", "standard_t", "triangular", "vonmises", "wald", "weibull", "zipf",
        "Generator", "SeedSequence", "PCG64", "MT19937", "BitGenerator", "Philox", "SFC64",
    ]

    /// The error for a numpy.random feature gradstep does not have.
    static func unsupportedError(_ what: String) -> PyError {
        PyError(.notImplemented, "\(what) is not supported by gradstep",
                hint: "numpy.random here has seed, rand, randn, random, random_sample, uniform, normal, standard_normal, " +
                    "randint, choice, shuffle, permutation, RandomState and default_rng (random, standard_normal, normal, " +
                    "uniform, integers, choice, shuffle, permutation)")
    }
}
