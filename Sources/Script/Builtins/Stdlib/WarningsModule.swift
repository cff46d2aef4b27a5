import Foundation

/// The warning filters and the recording list `warnings.catch_warnings(record=True)` installs: the
/// state CPython's `_warnings` C module keeps, shared by `warnings.warn` and the warnings gradstep's
/// own ops raise (torch's UserWarnings).
final class WarningState {
    /// CPython's `warnings.filters`: tuples (action, message, category, module, lineno), newest first.
    let filters = ListBox([])
    /// Where warnings go instead of stderr while a recording `catch_warnings` is active.
    var record: ListBox?
}

/// `_warnings`: `warn` and the filter check in Swift; `warnings.py` (bundled) builds `simplefilter`,
/// `filterwarnings`, `resetwarnings` and `catch_warnings` on it, as CPython's Lib/warnings.py does.
enum WarningsModule {
    static func make(_ interp: Interpreter) -> NamespaceObject {
        NamespaceObject("_warnings", [
            "filters": .list(interp.warningState.filters),
            "warn": .builtin(Builtin("warn") { a, interp in
                let message = try a.required(0, "message")
                var category = interp.classes.builtin("UserWarning")
                if let c = a.value(1, "category"), !c.isNone {
                    guard case .object(let cls as ClassObject) = c, let warning = interp.classes.builtin("Warning"), cls.isSubclass(of: warning) else {
                        throw PyError(.type, "category must be a Warning subclass, not '\(c.typeName)'")
                    }
                    category = cls
                }
                let location = interp.warningLocation(stacklevel: try a.int(2, "stacklevel", default: 1))
                if let inst = message.instance, let w = interp.classes.builtin("Warning"), inst.cls.isSubclass(of: w) {
                    try interp.emitWarning(inst.cls, text: try interp.str(message), instance: inst, at: location)
                } else if let category {
                    try interp.emitWarning(category, text: try interp.str(message), instance: nil, at: location)
                }
                return .none
            }),
            "_filters_mutated": .builtin(Builtin("_filters_mutated") { _, interp in
                // New filters apply to texts already shown once.
                interp.shownWarnings.removeAll()
                return .none
            }),
            "_set_record": .builtin(Builtin("_set_record") { a, interp in
                let previous = interp.warningState.record.map { Value.list($0) } ?? .none
                if case .list(let l) = try a.required(0, "log") { interp.warningState.record = l } else { interp.warningState.record = nil }
                return previous
            }),
        ])
    }
}

/// One recorded warning (`catch_warnings(record=True)`'s list items): CPython's `WarningMessage`.
final class WarningMessageObject: PyObject {
    let message: Value
    let category: ClassObject
    let filename: String
    let lineno: Int
    init(message: Value, category: ClassObject, filename: String, lineno: Int) {
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
    }
    var typeName: String { "WarningMessage" }
    var attributeNames: [String] { ["category", "file", "filename", "line", "lineno", "message", "source"] }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "message": return message
        case "category": return .object(category)
        case "filename": return .string(filename)
        case "lineno": return .int(lineno)
        case "line", "file", "source": return Value.none
        default: return nil
        }
    }
    func repr() -> String {
        "{message : \(Repr.repr(message)), category : '\(category.name)', filename : '\(filename)', lineno : \(lineno), line : None}"
    }
}

extension Interpreter {
    /// Where `warnings.warn(..., stacklevel=n)` places its warning: the running line for 1, the line
    /// that called the running function for 2, and so on; CPython's `sys:1` past the outermost frame.
    func warningLocation(stacklevel: Int) -> (file: String, line: Int) {
        let userFile = tracebackFilename ?? filename
        let k = callStack.count
        let j = k - (Swift.max(stacklevel, 1) - 1)
        if j < 0 { return ("sys", 1) }
        let line = j == k ? currentLine : callSites[j]
        let file = j == 0 ? userFile : (libraryFile(of: callStack[j - 1].function) ?? userFile)
        return (file, line)
    }

    /// A warning of a built-in category located at the running statement, shown as Python's
    /// `warnings` module shows it (`prog.py:3: RuntimeWarning: overflow encountered in exp` and the
    /// line's source), once per line and text unless a filter says otherwise.
    func warnAtRunningLine(_ category: String, _ text: String) {
        guard let cls = classes.builtin(category) else { return warn("\(category): \(text)") }
        do { try emitWarning(cls, text: text, instance: nil, line: currentLine) } catch { warn("\(category): \(text)") }
    }

    /// CPython's default filters, under any the program adds: DeprecationWarning shown only when
    /// raised from `__main__`, PendingDeprecationWarning, ImportWarning and ResourceWarning ignored.
    private func defaultAction(_ category: ClassObject, inMain: Bool) -> String {
        func isA(_ name: String) -> Bool { classes.builtin(name).map { category.isSubclass(of: $0) } ?? false }
        if isA("DeprecationWarning") { return inMain ? "default" : "ignore" }
        if isA("PendingDeprecationWarning") || isA("ImportWarning") || isA("ResourceWarning") { return "ignore" }
        return "default"
    }

    /// Shows, records, ignores or raises a warning, as the first matching filter says (CPython's
    /// `warn_explicit`); without a matching filter, each text is shown once (once per line when
    /// `line` locates it).
    func emitWarning(_ category: ClassObject, text: String, instance: Instance?, line: Int? = nil,
                     at location: (file: String, line: Int)? = nil) throws {
        let line = location?.line ?? line
        var action = defaultAction(category, inMain: location.map { $0.file == (tracebackFilename ?? filename) } ?? true)
        for case .tuple(let f) in warningState.filters.items where f.count >= 3 {
            guard case .object(let c as ClassObject) = f[2], category.isSubclass(of: c) else { continue }
            if case .string(let pattern) = f[1], !pattern.isEmpty,
               text.range(of: pattern, options: [.regularExpression, .anchored, .caseInsensitive]) == nil {
                continue
            }
            action = Repr.str(f[0])
            break
        }
        func message() -> Instance {
            if let instance { return instance }
            let inst = Instance(category)
            inst.exceptionArgs = [.string(text)]
            return inst
        }
        switch action {
        case "ignore": return
        case "error": throw try error(for: message())
        default: break
        }
        if action != "always" {
            let key = category.name + text + (line.map { "@\(location?.file ?? "")\($0)" } ?? "")
            if shownWarnings.contains(key) { return }
            shownWarnings.insert(key)
        }
        let userFile = tracebackFilename ?? filename
        let file = location?.file ?? userFile
        if let log = warningState.record {
            log.items.append(.object(WarningMessageObject(message: .object(message()), category: category,
                                                          filename: line == nil ? filename : file, lineno: line ?? 0)))
            return
        }
        guard let line else { return warn("\(category.name): \(text)") }
        let source = file == userFile ? programLocator?(line).code : Interpreter.bundledSourceLine(file, line)
        let code = source?.trimmingCharacters(in: .whitespaces)
        warn("\(file):\(line): \(category.name): \(text)" + (code.map { $0.isEmpty ? "" : "\n  " + $0 } ?? ""))
    }
}
