/// One output of a cell, in nbformat's terms: what Jupyter would have stored under the cell.
public enum CellOutput: Sendable, Equatable {
    /// Printed text (`print`, a command's report) on `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// The value of the cell's last expression, as `Out[n]` shows it (`text/plain`).
    case result(count: Int, text: String)
    /// A figure the cell drew, as one SVG document (`image/svg+xml`), and how many panels it has.
    case figure(svg: String, axes: Int)
    /// An uncaught error: its kind, message and the traceback as lines.
    case error(name: String, value: String, traceback: [String])
}

/// Collects what one cell (a notebook cell or a line the learner typed) puts out while it runs, for
/// `save-notebook`. It is a `Console`, so a report renders into it as plain text exactly as it would at a
/// non-terminal console; the session adds values, figures and errors through their own methods so that
/// they keep their nbformat kinds.
final class CellCapture: Console {
    /// The outputs so far, in order; neighbouring stream writes to the same stream are merged.
    private(set) var outputs: [CellOutput] = []
    /// The `In [n]` this cell runs as.
    let count: Int
    /// Characters kept so far; past `limit` further output is dropped with one note, so a loop that
    /// prints a million lines does not grow the session without bound.
    private var kept = 0
    private(set) var truncated = false
    static let limit = 2_000_000

    let width = 80
    let isTerminal = false

    init(count: Int) { self.count = count }

    func out(_ text: String, _ style: TextStyle) { stream("stdout", text) }
    func err(_ text: String, _ style: TextStyle) { stream("stderr", text) }

    func result(_ text: String) {
        guard admit(text.count) else { return }
        outputs.append(.result(count: count, text: text))
    }

    func figure(svg: String, axes: Int) {
        guard admit(svg.count) else { return }
        outputs.append(.figure(svg: svg, axes: axes))
    }

    func error(name: String, value: String, traceback: [String]) {
        guard admit(value.count + traceback.reduce(0) { $0 + $1.count }) else { return }
        outputs.append(.error(name: name, value: value, traceback: traceback))
    }

    private func stream(_ name: String, _ text: String) {
        guard !text.isEmpty, admit(text.count) else { return }
        if case .stream(let last, let before)? = outputs.last, last == name {
            outputs[outputs.count - 1] = .stream(name: name, text: before + text)
        } else {
            outputs.append(.stream(name: name, text: text))
        }
    }

    private func admit(_ size: Int) -> Bool {
        if truncated { return false }
        kept += size
        if kept <= Self.limit { return true }
        truncated = true
        outputs.append(.stream(name: "stderr", text: "[gradstep: the rest of this cell's output was not kept (over \(Self.limit) characters)]\n"))
        return false
    }
}
