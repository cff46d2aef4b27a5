import Foundation
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
        // A command word with a dash (`save-notebook`): the part after the word's start is offered.
        let firstTyped = before.drop { $0 == " " || $0 == "\t" }
        if firstTyped.contains("-"), !firstTyped.contains(" "), firstTyped.first?.isLetter == true {
            let typedBefore = firstTyped.count - word.count
            return CommandTable.words.filter { $0.hasPrefix(firstTyped) }.map { String($0.dropFirst(typedBefore)) }
        }
        if headTrimmed.isEmpty {
            // First word: commands, then variables and other names.
            let names = CommandTable.words.filter { $0.first?.isLetter ?? false } + variables + ["torch"]
            return unique(names.filter { $0.hasPrefix(word) })
        }
        // An argument of a command: the word is everything after the last space (flags such as `--zeros`).
        let argWord = String(before.reversed().prefix { $0 != " " && $0 != "\t" }.reversed())
        let argHead = before.dropLast(argWord.count)
        let argWords = argHead.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if let first = argWords.first, let command = CommandTable.lookup(String(first.hasPrefix("%") ? first.dropFirst() : first)),
           argHead.last == " " || argHead.last == "\t" {
            return argumentCompletions(command, typed: argWords.dropFirst().map(String.init), word: argWord, variables: variables)
        }
        let names = variables + interpreter.knownNames()
        return unique(names.filter { $0.hasPrefix(word) && !word.isEmpty })
    }

    /// What TAB offers for the argument `word` of `command` after the words `typed`, from its
    /// declaration: the value the previous option or keyword takes, else flags (for `-…`), keywords
    /// and the next positional's kind (tensors, files, commands, lessons, choices).
    func argumentCompletions(_ command: Command, typed: [String], word: String, variables: [String]) -> [String] {
        let named = command.parameters.filter { $0.kind != .positional && $0.kind != .rest }
        if let previous = typed.last, let p = named.first(where: { $0.words.contains(previous) }), p.kind != .flag {
            return values(p.value, word: word, variables: variables)
        }
        if word.hasPrefix("-") {
            return named.filter { $0.kind == .flag || $0.kind == .option }.map(\.name).filter { $0.hasPrefix(word) }
        }
        // Positionals already given: the typed words that are not flags, options, keywords or their values.
        var filled = 0
        var skip = false
        for w in typed {
            if skip { skip = false; continue }
            if let p = named.first(where: { $0.words.contains(w) }) { skip = p.kind != .flag; continue }
            filled += 1
        }
        let positionals = command.parameters.filter { $0.kind == .positional || $0.kind == .rest }
        var out: [String] = []
        if filled < positionals.count {
            out = values(positionals[filled].value, word: word, variables: variables)
        } else if let last = positionals.last, last.kind == .rest, last.value == .tensor {
            out = values(.tensor, word: word, variables: variables)
        }
        if !word.isEmpty {
            out += named.filter { $0.kind == .keyword && filled > 0 }.map(\.name).filter { $0.hasPrefix(word) }
        }
        return unique(out)
    }

    /// Completions of a value of kind `value`.
    private func values(_ value: Parameter.Value, word: String, variables: [String]) -> [String] {
        switch value {
        case .tensor:
            return variables.filter { name in
                if case .tensor? = self.value(name) { return name.hasPrefix(word) } else { return false }
            }
        case .command:
            return unique(CommandTable.all.map(\.name).filter { $0.hasPrefix(word) })
        case .choice(let words):
            return words.filter { $0.hasPrefix(word) }
        case .lesson:
            return lessons.names().filter { $0.hasPrefix(word) }
        case .file:
            return Self.files(matching: word)
        case .none, .number, .integer, .expression:
            return []
        }
    }

    /// Paths starting with `word` (directories end in `/`), as a shell completes them.
    static func files(matching word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let dir = slash.map { String(word[...$0]) } ?? ""
        let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return [] }
        return entries.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            // A folder gets a slash so TAB can go on into it; an entry that vanished meanwhile gets none.
            let exists = fm.fileExists(atPath: dir + name, isDirectory: &isDir)
            return dir + name + (exists && isDir.boolValue ? "/" : "")
        }
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
