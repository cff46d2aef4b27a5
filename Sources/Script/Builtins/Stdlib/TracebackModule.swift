/// `_traceback`: the formatted traceback of a caught exception, for the bundled `traceback.py`
/// (`format_exc`, `print_exc`, `format_exception`, …). The text is `ErrorReport`'s, as the program's
/// uncaught errors print: the frames the exception passed through up to the one that caught it.
enum TracebackModule {
    static func make() -> NamespaceObject {
        NamespaceObject("_traceback", [
            "format": .builtin(Builtin("format") { a, interp in
                let exc = try a.required(0, "exc")
                let chain = try a.value(1, "chain")?.truthy() ?? true
                guard let inst = exc.instance, inst.cls.isException else {
                    if exc.isNone { return .list(ListBox([.string("NoneType: None\n")])) }
                    throw PyError(.type, "Exception expected for value, \(exc.typeName) found")
                }
                return .list(ListBox(try interp.formattedException(inst, chain: chain).map { .string($0) }))
            }),
        ])
    }
}

extension Interpreter {
    /// CPython's `traceback.format_exception(exc)` items: the header, one item per frame (its
    /// `File` line, source and markers), the exception line; chained exceptions before, if `chain`.
    func formattedException(_ inst: Instance, chain: Bool) throws -> [String] {
        var e = try error(for: inst)
        let locate = programLocator ?? ErrorReport.locator(source: "", filename: filename)
        func chunks(_ frames: [TraceFrame], _ description: String) -> [String] {
            guard !frames.isEmpty else { return [description + "\n"] }
            var out: [String] = []
            for line in ErrorReport.frames(frames, locate: locate).split(separator: "\n").map({ String($0) + "\n" }) {
                if line.hasPrefix("    "), !out.isEmpty, out[out.count - 1].hasPrefix("  File") || out[out.count - 1].hasPrefix("  Cell") {
                    out[out.count - 1] += line
                } else {
                    out.append(line)
                }
            }
            return out + [description + "\n"]
        }
        var out: [String] = []
        if chain {
            for c in e.chain {
                out += chunks(c.frames, c.description)
                out.append(c.isCause ? "\nThe above exception was the direct cause of the following exception:\n\n"
                    : "\nDuring handling of the above exception, another exception occurred:\n\n")
            }
        }
        e.hint = nil
        return out + chunks(inst.traceback ?? [], e.description)
    }
}
