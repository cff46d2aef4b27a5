import Script

/// What a line typed at the prompt is: a command (with IPython's automagic: a name the learner bound
/// is Python, `%word` is always the command), a misspelt command word, or Python.
extension DebugSession {
    /// The command a line invokes and its arguments, or nil when the line is Python.
    ///
    /// A command word alone, or followed by space-separated arguments that do not make the line valid
    /// Python (`step 0.1`, `grad W`), is the command; `step()`, `step = 1`, `step + 1` are Python.
    /// So is `lr -1` unless `lr` is a defined Python name (then it is the subtraction).
    /// Arguments starting with `--` always belong to the command.
    func commandInvocation(_ line: String) -> (Command, [String])? {
        guard !line.contains("\n") else { return nil }
        if let percent = percentInvocation(line) { return percent }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard let first = words.first, let command = CommandTable.lookup(first) else { return nil }
        let args = Array(words.dropFirst())
        // IPython's automagic: a name the learner bound is Python; `%word` still reaches the command.
        // A setting (`lr`) is the same object as the variable, so `lr 0.1` (not Python) sets it.
        if isLearnerName(first) {
            let parses = (try? Parser.parse(line)) != nil
            if parses || !Self.settingCommands.contains(command.name) { return nil }
        }
        if args.isEmpty { return (command, []) }
        let startsWithSpace = line.drop { $0 == " " || $0 == "\t" }.dropFirst(first.count).first.map { $0 == " " || $0 == "\t" } ?? false
        guard startsWithSpace else { return nil }
        if args[0].hasPrefix("--") { return (command, args) }
        // `save /tmp/s.json` parses as division: a file argument belongs to the command.
        if ["save", "load", "save-notebook"].contains(command.name), let c = args[0].first, c.isLetter || c.isNumber || "/~._".contains(c) {
            return (command, args)
        }
        // Valid Python only wins when its first word is a defined name: otherwise Python could only
        // fail with a NameError, and `lr -1` / `seed -1` mean the commands.
        if let module = try? Parser.parse(line) {
            let isExpression = module.body.count == 1 && { if case .expression = module.body[0].kind { return true }; return false }()
            if !isExpression || isLearnerName(first) { return nil }
        }
        return (command, args)
    }

    /// True when the learner bound `name` (not one of the names preloaded at the prompt, such as
    /// `torch.seed` as `seed`, unless the learner rebound it).
    func isLearnerName(_ name: String) -> Bool {
        guard let v = interpreter.globals.vars[name] else { return false }
        if builtinNames.contains(name), case .builtin = v { return false }
        return true
    }

    /// A command-like line (`stpe 0.1`, `stpe`) whose first word is neither a command nor a defined name.
    func unknownCommandWord(_ line: String) -> String? {
        guard !line.contains("\n") else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first, words.count > 1, isIdentifier(first) else { return nil }
        // The cheap tests first: most lines (`x = 1`) have a word that is no argument, and are not parsed.
        guard words.dropFirst().allSatisfy(isArgumentWord), !interpreter.isKnownName(first) else { return nil }
        work.parsedCharacters += line.utf8.count
        return (try? Parser.parse(line)) == nil ? first : nil
    }

    private func isIdentifier(_ s: String) -> Bool {
        guard let f = s.first, f == "_" || f.isLetter else { return false }
        return s.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }

    private func isArgumentWord(_ s: String) -> Bool {
        s.allSatisfy { $0 == "_" || $0 == "." || $0 == "-" || $0 == "+" || $0.isLetter || $0.isNumber }
    }

    /// `did you mean 'step'?` over variables and commands.
    func didYouMean(_ name: String) -> String? {
        let commands = CommandTable.words
        // Commands first: on a tie the command wins (`stpe` → `step`, not `str`); then the keywords
        // (`Tru` → `True`, not torch's bare `triu`).
        guard let best = Suggest.closest(name, among: commands + ["True", "False", "None"] + interpreter.knownNames()) else { return nil }
        if commands.contains(best) && interpreter.globals.vars[best] == nil {
            return "did you mean '\(best)'? (a gradstep command: `help \(best)`)"
        }
        return "did you mean '\(best)'?"
    }
}
