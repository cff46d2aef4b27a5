/// What a lesson may not do: lessons are data, never shell. A lesson's commands run in the learner's
/// session, so the commands that write files or run programs are refused when the lesson is read:
/// `save`, `load`, `plot … --svg`, `graph --dot/--svg`, and `plt.savefig`. (The learner may still
/// type them between steps: the rule is about what a lesson file can make happen on its own.)
enum LessonPolicy {
    /// Why `line` is not allowed in a lesson, or nil when it is.
    static func violation(_ line: String) -> String? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return nil }
        switch first {
        case "save", "load":
            return "`\(first)` reads or writes files, which a lesson may not do"
        case "plot" where words.contains("--svg"):
            return "`plot --svg` writes a file, which a lesson may not do"
        case "graph" where words.contains("--svg") || words.contains("--dot"):
            return "`graph --svg/--dot` writes a file (and runs Graphviz), which a lesson may not do"
        default:
            return line.contains("savefig") ? "`savefig` writes a file, which a lesson may not do" : nil
        }
    }
}
