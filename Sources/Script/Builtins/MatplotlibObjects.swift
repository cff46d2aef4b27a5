import Autograd

/// The objects matplotlib's calls return, as far as course notebooks look at them: the artists a
/// notebook cell shows as its value (`plt.scatter(x, y)` shows `<matplotlib.collections.PathCollection at
/// 0x…>` in Jupyter), `Text` titles, and `FuncAnimation`, whose frames Jupyter draws (running the
/// animation function for each) when `rc('animation', html='jshtml')` asked for it.

/// An object Python prints with the default `repr` (`<module.Class object at 0x…>`); IPython's display
/// shows it as `<module.Class at 0x…>`.
protocol DefaultReprObject: PyObject {
    /// `module.Class`, as `type(obj).__module__ + '.' + type(obj).__qualname__`.
    var qualifiedClassName: String { get }
}

extension DefaultReprObject {
    func repr() -> String { "<\(qualifiedClassName) object at \(Repr.address(self))>" }
}

/// `plt.scatter(…)`'s result.
final class PathCollectionObject: DefaultReprObject {
    var typeName: String { "PathCollection" }
    var qualifiedClassName: String { "matplotlib.collections.PathCollection" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        ["set_offsets", "set_color", "set_sizes", "remove"].contains(name) ? .builtin(Builtin(name) { _, _ in .none }) : nil
    }
}

/// `plt.legend(…)`'s result.
final class LegendObject: DefaultReprObject {
    var typeName: String { "Legend" }
    var qualifiedClassName: String { "matplotlib.legend.Legend" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? { nil }
}

/// `plt.title(…)`'s result: `Text(0.5, 1.0, 'title')` (a title sits at the top centre of its axes).
final class TextObject: PyObject {
    let x: Double, y: Double, text: String
    init(x: Double, y: Double, text: String) { self.x = x; self.y = y; self.text = text }
    var typeName: String { "Text" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "get_text": return .builtin(Builtin(name) { [text] _, _ in .string(text) })
        case "set_text", "set_fontsize", "set_color": return .builtin(Builtin(name) { _, _ in .none })
        default: return nil
        }
    }
    func repr() -> String { "Text(\(PythonFloat.repr(x)), \(PythonFloat.repr(y)), \(Repr.repr(.string(text))))" }
}

/// `matplotlib.animation.FuncAnimation(fig, func, frames, init_func=None, …)`.
final class FuncAnimationObject: DefaultReprObject {
    let function: Value
    let frames: Value
    let initFunction: Value
    init(function: Value, frames: Value, initFunction: Value) {
        self.function = function
        self.frames = frames
        self.initFunction = initFunction
    }
    var typeName: String { "FuncAnimation" }
    var qualifiedClassName: String { "matplotlib.animation.FuncAnimation" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "save", "pause", "resume": return .builtin(Builtin(name) { _, _ in .none })
        case "to_jshtml", "to_html5_video":
            return .builtin(Builtin(name) { [self] _, interp in
                try drawFrames(interp)
                return .string("")
            })
        default: return nil
        }
    }

    /// Draws every frame as matplotlib's HTML writers do: the first frame (or `init_func`) once to set up,
    /// then each frame, calling the animation function with it.
    func drawFrames(_ interp: Interpreter) throws {
        let sequence: [Value]
        switch frames {
        case .none: sequence = (0..<100).map { .int($0) }  // matplotlib's default save_count
        case .int(let n): sequence = (0..<max(0, n)).map { .int($0) }
        default: sequence = try interp.iterate(frames)
        }
        if !initFunction.isNone {
            var args = CallArgs([], name: "init_func")
            _ = try interp.call(initFunction, &args)
        } else if let first = sequence.first {
            var args = CallArgs([first], name: "func")
            _ = try interp.call(function, &args)
        }
        for (k, f) in sequence.enumerated() {
            // Only what this frame's function set counts (an earlier set_ydata's data was replaced or is
            // not in this figure).
            interp.matplotlibSettings.undrawableLineData = false
            var args = CallArgs([f], name: "func")
            _ = try interp.call(function, &args)
            // Drawing the frame converts the lines' data, as matplotlib does (Line2D.set_ydata kept it).
            if interp.matplotlibSettings.undrawableLineData {
                interp.matplotlibSettings.undrawableLineData = false
                throw Modules.requiresGradPlotError
            }
            // gradstep shows each frame as it is made (Jupyter shows them all once the HTML is built).
            interp.plotter?.animationFrame(k, of: sequence.count)
        }
    }
}

extension Interpreter {
    /// Whether `v` is a matplotlib animation: the gradstep prompt shows one as Jupyter does (playing its
    /// frames when `rc('animation', html=…)` asked for it), not by its repr alone.
    public func isAnimation(_ v: Value) -> Bool {
        if case .object(let o) = v { return o is FuncAnimationObject }
        return false
    }
}

/// matplotlib's settings that change what a notebook shows (`rc('animation', html='jshtml')`).
final class MatplotlibSettings {
    /// `animation.html`: 'none' (the default), 'jshtml' or 'html5'.
    var animationHTML = "none"
    /// A line was given data that matplotlib cannot convert when it draws (a tensor that requires grad).
    var undrawableLineData = false
}

extension Modules {
    /// The `matplotlib` package itself: `rc`, `use`, `rcParams`, and its submodules `pyplot` and
    /// `animation` (`from matplotlib import animation, rc`).
    static func matplotlib(_ interp: Interpreter) -> NamespaceObject {
        NamespaceObject("matplotlib", [
            "pyplot": .object(pyplot()),
            "animation": .object(animation()),
            "rc": builtin("rc") { a, interp in
                let group = try a.required(0, "group")
                guard case .string(let g) = group else { throw PyError(.type, "rc() group must be a str, not \(group.typeName)") }
                for (key, value) in a.keywords where g == "animation" && key == "html" {
                    guard case .string(let v) = value, ["none", "jshtml", "html5"].contains(v) else {
                        throw PyError(.value, "Key animation.html: \(Repr.repr(value)) is not a valid value for animation.html; supported values are ['html5', 'jshtml', 'none']")
                    }
                    interp.matplotlibSettings.animationHTML = v
                }
                return .none
            },
            "use": builtin("use") { _, _ in .none },
            "__version__": .string("3.10.0"),
        ])
    }

    /// `matplotlib.animation`.
    static func animation() -> NamespaceObject {
        NamespaceObject("matplotlib.animation", [
            "FuncAnimation": builtin("FuncAnimation") { a, _ in
                _ = try a.required(0, "fig")
                let function = try a.required(1, "func")
                return .object(FuncAnimationObject(function: function, frames: a.value(2, "frames") ?? .none,
                                                   initFunction: a.value(3, "init_func") ?? .none))
            },
        ])
    }
}

extension Modules {
    /// matplotlib turns every data argument into a numpy array (`np.asarray`), which a tensor that
    /// requires grad refuses: the learner sees PyTorch's error, as in Jupyter.
    static func checkPlotData(_ a: CallArgs) throws {
        for v in a.positional + a.keywords.map(\.1) {
            if case .tensor(let t) = v, t.requiresGrad { throw requiresGradPlotError }
        }
    }

    /// matplotlib's own words (np.asarray calls Tensor.numpy()); the hint says what to plot instead.
    static var requiresGradPlotError: PyError {
        PyError(.runtime, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
                hint: "matplotlib needs plain numbers: plot the tensor's .detach() (e.g. plt.scatter(x, (x@a).detach())), which has the same values and no graph")
    }
}
