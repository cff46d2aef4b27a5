/// What a lesson may not do: lessons are data, never shell. A lesson's commands run in the learner's
/// session, so a command given a file (any parameter its declaration marks `.file`: `save`, `load`,
/// `plot … --svg`, `graph --dot/--svg`) is refused when the lesson is read, and so is `plt.savefig`.
/// A command added later with a file parameter is covered by its declaration. (The learner may still
/// type them between steps: the rule is about what a lesson file can make happen on its own.)
enum LessonPolicy {
    /// Why `line` is not allowed in a lesson, or nil when it is.
    static func violation(_ line: String) -> String? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return nil }
        let word = first.hasPrefix("%") ? String(first.dropFirst()) : first
        if let command = CommandTable.lookup(word), !line.contains("=") || first.hasPrefix("%") {
            let files = command.parameters.filter { $0.value == .file }
            // A line that does not parse fails when run; refuse it if it names a file parameter at all.
            let given = (try? command.parse(Array(words.dropFirst()))).map { args in files.filter { args.has($0.name) } }
                ?? files.filter { !$0.isOptional || words.contains($0.name) }
            if let p = given.first {
                let what = p.kind == .option ? "`\(command.name) \(p.name) \(p.placeholder)`" : "`\(command.name)`"
                return "\(what) reads or writes a file, which a lesson may not do"
            }
            return nil
        }
        return line.contains("savefig") ? "`savefig` writes a file, which a lesson may not do" : nil
    }
}
