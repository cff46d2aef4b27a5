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
    let xRepr: String, yRepr: String, text: String
    init(x: Double, y: Double, text: String) { xRepr = PythonFloat.repr(x); yRepr = PythonFloat.repr(y); self.text = text }
    init(xRepr: String, yRepr: String, text: String) { self.xRepr = xRepr; self.yRepr = yRepr; self.text = text }
    var typeName: String { "Text" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "get_text": return .builtin(Builtin(name) { [text] _, _ in .string(text) })
        case "set_text", "set_fontsize", "set_color": return .builtin(Builtin(name) { _, _ in .none })
        default: return nil
        }
    }
    func repr() -> String { "Text(\(xRepr), \(yRepr), \(Repr.repr(.string(text))))" }
}

/// `matplotlib.animation.FuncAnimation(fig, func, frames, init_func=None, …)`.
final class FuncAnimationObject: DefaultReprObject {
    let function: Value
    let frames: Value
    let initFunction: Value
    /// The session's figure the animation redraws (nil headless or for a figure it does not know).
    let figure: Int?
    /// `interval=`: milliseconds between frames (matplotlib's default 200).
    let interval: Double
    init(function: Value, frames: Value, initFunction: Value, figure: Int? = nil, interval: Double = 200) {
        self.function = function
        self.frames = frames
        self.initFunction = initFunction
        self.figure = figure
        self.interval = interval
    }
    var typeName: String { "FuncAnimation" }
    var qualifiedClassName: String { "matplotlib.animation.FuncAnimation" }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "pause", "resume": return .builtin(Builtin(name) { _, _ in .none })
        case "save":
            return .builtin(Builtin(name) { [self] a, interp in
                let path = try a.required(0, "filename")
                guard case .string(let file) = path else { throw PyError(.type, "save() filename must be a str, not \(path.typeName)") }
                try save(file, interp)
                return .none
            })
        case "to_jshtml", "to_html5_video":
            return .builtin(Builtin(name) { [self] _, interp in
                try drawFrames(interp)
                return .string("")
            })
        default: return nil
        }
    }

    /// `anim.save(path)`. In a session, gradstep writes the frames as one animated SVG (its own
    /// renderer; other formats are refused before any frame runs). Headless, as Python without
    /// ffmpeg: matplotlib falls back to Pillow, runs every frame, then Pillow refuses a format it
    /// cannot write (`.svg`, `.mp4`); formats it can write leave nothing to see on stdout.
    func save(_ file: String, _ interp: Interpreter) throws {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let ext = name.contains(".") ? "." + (name.split(separator: ".").last.map { $0.lowercased() } ?? "") : ""
        if interp.plotter != nil {
            guard ext == ".svg" else {
                throw PyError(.notImplemented, "gradstep saves animations as animated SVG only ('\(name.dropLast(ext.count)).svg'), not \(ext.isEmpty ? "a file without an extension" : ext)")
            }
            try drawFrames(interp, savePath: file)
            return
        }
        try drawFrames(interp)
        let pillowWrites: Set<String> = [".gif", ".png", ".apng", ".webp", ".tif", ".tiff", ".jpg", ".jpeg", ".bmp", ".pdf"]
        if !pillowWrites.contains(ext) { throw PyError(.value, "unknown file extension: \(ext)") }
    }

    /// Draws every frame as matplotlib's HTML writers do: the first frame (or `init_func`) once to set up,
    /// then each frame, calling the animation function with it; the session shows (or, with `savePath`,
    /// records) the figure after each.
    func drawFrames(_ interp: Interpreter, savePath: String? = nil) throws {
        let sequence: [Value]
        switch frames {
        case .none: sequence = (0..<100).map { .int($0) }  // matplotlib's default save_count
        case .int(let n): sequence = (0..<max(0, min(n, 100_000))).map { .int($0) }
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
            var args = CallArgs([f], name: "func")
            _ = try interp.call(function, &args)
            if let figure, let plotter = interp.plotter {
                try plotter.animationFrame(figure: figure, index: k, count: sequence.count, interval: interval, savePath: savePath)
            }
        }
    }
}

extension Interpreter {
    /// Plays `value` when it is a `FuncAnimation` and `rc('animation', html=…)` asked for HTML
    /// animations, as Jupyter does to show it (the prompt's echo uses this; a cell's display does it
    /// in IPythonDisplay).
    public func playAnimation(_ value: Value) throws {
        guard case .object(let anim as FuncAnimationObject) = value, matplotlibSettings.animationHTML != "none" else { return }
        try anim.drawFrames(self)
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
                let function = try a.required(1, "func")
                var figure: Int?
                if case .object(let f as FigureObject) = try a.required(0, "fig") { figure = f.number }
                return .object(FuncAnimationObject(function: function, frames: a.value(2, "frames") ?? .none,
                                                   initFunction: a.value(3, "init_func") ?? .none, figure: figure,
                                                   interval: try a.double(nil, "interval", default: 200)))
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
