import Script

/// TAB completion: command words at the start of a line, variable names, `torch.` functions and
/// `.attributes` after a variable, and arguments of commands (variables, command names).
extension DebugSession {
    public func completions(line: String, cursor: Int) -> [String] {
        let bytes = Array(line.utf8)
        let end = max(0, min(cursor, bytes.count))
        let before = String(decoding: bytes[..<end], as: UTF8.self)
        // The dotted word being typed: identifier characters and dots.
        var word = ""
        for c in before.reversed() {
            guard c == "_" || c == "." || c.isLetter || c.isNumber else { break }
            word.insert(c, at: word.startIndex)
        }
        let head = String(before.dropLast(word.count))
        let variables = learnerVariableNames()

        if let dot = word.lastIndex(of: ".") {
            let base = String(word[..<dot])
            let partial = String(word[word.index(after: dot)...])
            guard !base.isEmpty, let value = try? interpreter.evaluate(base) else { return [] }
            return interpreter.attributeNames(of: value)
                .filter { $0.hasPrefix(partial) && !$0.hasPrefix("_") }
                .sorted()
                .map { base + "." + $0 }
        }

        let headTrimmed = head.drop { $0 == " " || $0 == "\t" }
        if headTrimmed.isEmpty {
            // First word: commands, then variables and other names.
            let names = CommandTable.words.filter { $0.first?.isLetter ?? false } + variables + ["torch"]
            return unique(names.filter { $0.hasPrefix(word) })
        }
        // An argument of a command: the word is everything after the last space (flags such as `--zeros`).
        let argWord = String(before.reversed().prefix { $0 != " " && $0 != "\t" }.reversed())
        let argHead = before.dropLast(argWord.count)
        let argWords = argHead.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if let first = argWords.first, let command = CommandTable.lookup(String(first)), argHead.last == " " || argHead.last == "\t" {
            let word = argWord
            let words = argWords
            switch command.argumentKind {
            case .command:
                return unique(CommandTable.all.map(\.name).filter { $0.hasPrefix(word) })
            case .variable:
                return variables.filter { name in
                    if case .tensor? = value(name) { return name.hasPrefix(word) } else { return false }
                }
            case .value:
                if command.name == "zero_grad" { return ["--zeros"].filter { $0.hasPrefix(word) } }
                if command.name == "train" && words.count >= 2 { return ["every"].filter { $0.hasPrefix(word) } }
                return []
            case .none:
                return []
            }
        }
        let names = variables + interpreter.knownNames()
        return unique(names.filter { $0.hasPrefix(word) && !word.isEmpty })
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
