import Autograd
import Script

/// The session commands: loss, seed, vars, help, reset, quit.
extension DebugSession {
    func lossCommand(_ chosen: String?) throws {
        if let name = chosen {
            guard let v = value(name) else { throw PyError.undefinedName(name, hint: didYouMean(name)) }
            guard case .tensor = v else { throw CommandError("\(name) is a \(Interpreter.typeName(of: v)), not a tensor", code: .notATensor) }
            tracker.selectedLoss = name
        }
        let name = try currentLossName()
        let t = try lossTensor(name)
        emit(.setting(name: name, value: ReportRenderer.tensorText(t)))
        emit(.hint(tracker.selectedLoss == nil ? "the loss is \(name): the last assigned tensor named loss or err (choose another with `loss NAME`)"
                                               : "the loss is \(name), chosen with `loss \(name)`"))
    }

    func seedCommand(_ text: String) throws {
        guard let n = Int64(text) else { throw usageError("seed") }
        interpreter.generator.manualSeed(n)
        emit(.info("torch.manual_seed(\(n))"))
    }

    func varsCommand() throws {
        let params = Set(parameters().map { ObjectIdentifier($0.tensor) })
        var infos: [VariableInfo] = []
        for name in learnerVariableNames() {
            guard let v = value(name) else { continue }
            var info = VariableInfo(name: name, type: Interpreter.typeName(of: v), shape: nil, isParameter: false, gradFn: nil, summary: "")
            switch v {
            case .tensor(let t):
                info.shape = t.shape
                info.isParameter = params.contains(ObjectIdentifier(t))
                info.gradFn = t.gradFn?.name
                info.summary = GraphRenderer.shortValue(t)
            case .int, .float, .bool, .string, .none:
                info.summary = Repr.repr(v)
            case .list(let l):
                info.summary = "\(l.items.count) item\(l.items.count == 1 ? "" : "s")"
                info.isParameter = l.items.contains { if case .tensor(let t) = $0 { return params.contains(ObjectIdentifier(t)) } else { return false } }
            default:
                break
            }
            infos.append(info)
        }
        emit(.variables(infos))
    }

    func helpCommand(_ topic: String?) throws {
        guard let word = topic else {
            emit(.commandList(CommandTable.all))
            if let note = shadowNote() { emit(.hint(note)) }
            return
        }
        let bare = word.hasPrefix("%") ? String(word.dropFirst()) : word
        guard let command = CommandTable.lookup(bare) else {
            let hint = Suggest.closest(word, among: CommandTable.words).map { "did you mean '\($0)'?" }
            throw CommandError("no command named '\(word)'", hint: hint ?? "type `help` for the list")
        }
        emit(.commandHelp(command))
        if isShadowed(bare) {
            emit(.hint("`\(bare)` is also your \(describeBinding(bare)): typed alone it is Python; `%\(bare)` runs this command"))
        }
    }

    func resetCommand() throws {
        resetState()
        emit(.info("all variables and the model are forgotten"))
    }

    func quitCommand() throws {
        quitRequested = true
    }
}
