import Autograd
import Script

/// The interactive helpers a learner brings from Python and IPython: `exit()`, `quit()`,
/// `help(obj)`, `dir(obj)`, and IPython's `obj?` / `?obj`.
extension DebugSession {
    /// Defines exit, quit, help and dir as built-ins of the prompt's interpreter.
    func defineInteractiveBuiltins() {
        for name in ["exit", "quit"] {
            interpreter.globals.vars[name] = .builtin(Builtin(host: name) { [weak self] _ in
                // Python raises SystemExit; the session ends after the statement stops here.
                self?.quitRequested = true
                throw PyError(.runtime, "exit")
            })
        }
        interpreter.globals.vars["help"] = .builtin(Builtin(host: "help") { [weak self] args in
            guard let self else { return .none }
            guard let v = args.positional.first else {
                self.interpreter.output("Type `help` (no parentheses) for gradstep's commands, help(obj) for a Python object, obj? for a summary.\n")
                return .none
            }
            self.interpreter.output(self.helpText(v) + "\n")
            return .none
        })
        interpreter.globals.vars["dir"] = .builtin(Builtin(host: "dir") { [weak self] args in
            guard let self else { return .none }
            let names: [String]
            if let v = args.positional.first {
                names = self.interpreter.attributeNames(of: v)
            } else {
                names = Array(self.interpreter.globals.vars.keys)
            }
            return .list(ListBox(Array(Set(names)).sorted().map { .string($0) }))
        })
    }

    /// `help(obj)`: Python's heading, the signature or class, and the docstring when there is one.
    func helpText(_ v: Value) -> String {
        switch v {
        case .function(let f):
            var out = "Help on function \(f.name) in module __main__:\n\n\(f.name)(\(f.parameters.source))"
            if let doc = docstring(f) { out += "\n" + doc.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") }
            return out + "\n"
        case .builtin(let b):
            return "Help on built-in function \(b.name):\n\n\(b.name)(...)\n"
        case .tensor(let t):
            return """
            Help on \(v.typeName) object:

            class \(v.typeName)
             |  shape \(Shape.describe(t.shape)), dtype torch.\(t.dtype), requires_grad=\(t.requiresGrad ? "True" : "False")\(t.gradFn.map { ", grad_fn=<\($0.name)>" } ?? "")
             |  attributes and methods: dir(obj) lists them
            """
        default:
            return "Help on \(v.typeName) object:\n\nclass \(v.typeName)\n |  value: \(Repr.repr(v))"
        }
    }

    private func docstring(_ f: Function) -> String? {
        guard let first = f.body.first, case .expression(let e) = first.kind, case .string(let s) = e.kind else { return nil }
        return s
    }

    /// IPython's `obj?` / `?obj` / `obj??`: the expression, or nil when `line` is not such a query.
    func inspectionQuery(_ line: String) -> String? {
        guard !line.contains("\n"), line.contains("?") else { return nil }
        var text = Substring(line.trimmingSpaces())
        var marked = false
        if text.hasPrefix("?") { text = text.drop { $0 == "?" }; marked = true }
        if text.hasSuffix("?") {
            while text.hasSuffix("?") { text = text.dropLast() }
            marked = true
        }
        let expr = text.trimmingSpaces()
        guard marked, !expr.isEmpty, let module = try? Parser.parse(expr), module.body.count == 1,
              case .expression = module.body[0].kind else { return nil }
        return expr
    }

    /// Shows IPython's summary of an object: type, string form, length or shape, signature, docstring.
    func inspect(_ expr: String) -> RunOutcome {
        do {
            let v = try interpreter.evaluate(expr)
            var rows: [(String, String)] = [("Type", v.typeName)]
            switch v {
            case .function(let f):
                rows.insert(("Signature", "\(f.name)(\(f.parameters.source))"), at: 0)
                rows.append(("Docstring", docstring(f) ?? "<no docstring>"))
            case .tensor(let t):
                rows.append(("String form", Repr.repr(v)))
                rows.append(("Shape", Shape.describe(t.shape)))
                if let fn = t.gradFn { rows.append(("grad_fn", "<\(fn.name)>")) }
            default:
                rows.append(("String form", Repr.repr(v)))
                if case .int(let n)? = try? interpreter.evaluate("len(\(expr))") { rows.append(("Length", String(n))) }
            }
            for (k, text) in rows {
                let pad = String(repeating: " ", count: max(1, 13 - k.count))
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                emit(.info(k + ":" + pad + lines.joined(separator: "\n" + String(repeating: " ", count: 14))))
            }
            return .ok
        } catch {
            report(error, source: expr)
            return .failed
        }
    }
}
