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
        return NamespaceObject("numpy.random", m)
    }
}
