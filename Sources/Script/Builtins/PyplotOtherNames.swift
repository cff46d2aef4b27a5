/// matplotlib names beyond what gradstep draws: styling calls that change nothing a terminal plot
/// or `--plain` shows are accepted (a headless Python prints nothing for them either), and the other
/// kinds of plot fail naming themselves instead of a bare AttributeError.
enum PyplotOtherNames {
    /// Calls that only style a figure (ticks, reference lines, aspect, spacing, interactive mode).
    static let styling: Set<String> = [
        "axhline", "axvline", "xticks", "yticks", "tick_params", "axis", "margins", "subplots_adjust",
        "suptitle", "ion", "ioff", "pause", "draw", "annotate", "autoscale", "minorticks_on", "rc_context",
        "set_xticks", "set_yticks", "set_xticklabels", "set_yticklabels", "set_aspect", "set_facecolor",
        "invert_xaxis", "invert_yaxis", "set_axis_off", "set_axis_on", "axis_off",
    ]

    /// Kinds of plot gradstep does not draw.
    static let unsupportedPlots: Set<String> = [
        "hist", "bar", "barh", "imshow", "pie", "fill_between", "errorbar", "boxplot", "contour", "contourf",
        "pcolormesh", "stem", "step", "matshow", "quiver", "violinplot", "hexbin", "semilogx", "semilogy",
        "loglog", "xscale", "set_xscale", "colorbar", "stackplot", "stairs", "hist2d", "scatter3D", "plot_surface",
    ]

    /// The value for `name` (a pyplot function or an Axes method), or nil when matplotlib has no such name here.
    static func member(_ name: String, owner: String) -> Value? {
        if styling.contains(name) {
            return .builtin(Builtin(name) { a, interp in
                interp.loopWatch?.impure("plotting")
                try Modules.checkPlotData(a)
                return .none
            })
        }
        if unsupportedPlots.contains(name) {
            return .builtin(Builtin(name) { _, _ in
                throw PyError(.notImplemented, "\(owner).\(name) is not supported by gradstep",
                              hint: "gradstep draws scatter and line plots (plot, scatter) with titles, labels, limits, legends and subplots")
            })
        }
        return nil
    }

    /// The pyplot functions of both kinds, for the module.
    static func pyplotMembers() -> [String: Value] {
        var m: [String: Value] = [:]
        for name in styling.union(unsupportedPlots) where !name.hasPrefix("set_") && !name.hasPrefix("invert") {
            m[name] = member(name, owner: "matplotlib.pyplot")
        }
        m["gcf"] = .builtin(Builtin("gcf") { _, interp in
            .object(FigureObject(axesCount: 0, number: interp.plotter?.currentFigureNumber))
        })
        return m
    }
}
