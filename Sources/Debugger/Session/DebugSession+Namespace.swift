import Script

/// One namespace, as IPython's automagic: a name the learner bound wins over a command of that name
/// (`loss` alone shows the learner's tensor), and every command stays reachable with a `%` prefix
/// (`%loss`, `%step 0.1`). Hints that name a shadowed command name it with its `%`.
extension DebugSession {
    /// Commands whose name is also a setting the learner writes in Python (`lr = 1e-5`): the command
    /// and the variable are the same object, so `lr 0.1` stays the command even when `lr` is bound.
    static let settingCommands: Set<String> = ["lr"]

    /// True when the learner bound `word` (a variable, def or import), so it is not the command.
    func isShadowed(_ word: String) -> Bool {
        CommandTable.lookup(word) != nil && isLearnerName(word)
    }

    /// The command words the learner's names shadow, in table order.
    func shadowedCommandWords() -> [String] {
        CommandTable.words.filter(isShadowed)
    }

    /// The command a `%word args` line invokes (always the command, as IPython's `%magic`), or nil
    /// when the line does not start with `%` followed by a command word.
    func percentInvocation(_ line: String) -> (Command, [String])? {
        let text = line.drop { $0 == " " || $0 == "\t" }
        guard text.first == "%" else { return nil }
        let words = text.dropFirst().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard let first = words.first, let command = CommandTable.lookup(first) else { return nil }
        return (command, Array(words.dropFirst()))
    }

    /// A hint for a line that failed to parse because its first word is a shadowed command used with
    /// command arguments (`loss yhat` after `loss = …`), or a `%` word that is no command.
    func shadowHint(forUnparsable line: String) -> String? {
        guard !line.contains("\n") else { return nil }
        let text = line.drop { $0 == " " || $0 == "\t" }
        if text.first == "%" {
            let word = String(text.dropFirst().prefix { $0 == "_" || $0.isLetter || $0.isNumber })
            let closest = Suggest.closest(word, among: CommandTable.words).map { " did you mean `%\($0)`?" } ?? ""
            return "`%\(word)` is not a gradstep command;\(closest) (`help` lists them)"
        }
        let word = String(text.prefix { $0 == "_" || $0.isLetter || $0.isNumber })
        guard isShadowed(word) else { return nil }
        return "`\(word)` is your \(describeBinding(word)) here, so this line is Python; for the gradstep command type `%\(text)`"
    }

    /// "variable", "function", … for a learner name.
    func describeBinding(_ name: String) -> String {
        switch value(name) {
        case .function?: return "function"
        case .object(let o)? where o.typeName == "module": return "module"
        default: return "variable"
        }
    }

    /// What `help` adds when the learner's names shadow commands.
    func shadowNote() -> String? {
        let words = shadowedCommandWords().filter { !Self.settingCommands.contains($0) }
        guard !words.isEmpty else { return nil }
        let list = words.map { "`\($0)`" }.joined(separator: ", ")
        let percent = words.map { "`%\($0)`" }.joined(separator: ", ")
        return "your names \(list) hide the commands of the same name: typed alone they are Python; use \(percent) for the commands (any command works with a `%` in front)"
    }

    /// Rewrites the backquoted commands in a hint (`run \`backward\` first`) to their `%` form when the
    /// learner's names shadow them, so the advice still runs the command.
    func percentQualified(_ text: String) -> String {
        let shadowed = Set(shadowedCommandWords())
        // Text that already writes a `%command` names the bare word on purpose (the shadow hints).
        guard !shadowed.isEmpty, text.contains("`"), !text.contains("`%") else { return text }
        var out = ""
        var inCode = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            out.append(c)
            i = text.index(after: i)
            guard c == "`" else { continue }
            inCode.toggle()
            guard inCode else { continue }
            let word = text[i...].prefix { $0 == "_" || $0.isLetter || $0.isNumber }
            let after = text[i...].dropFirst(word.count).first
            if shadowed.contains(String(word)), after == "`" || after == " " { out.append("%") }
        }
        return out
    }
}
