/// Lessons started at the prompt (`lesson [NAME]`). The program sets how to start one, since it owns
/// the line reader and knows the lessons folder; where lessons cannot run (tests, a lesson's own
/// session) there is no launcher. A lesson runs in a session of its own, so this part keeps no state
/// of the learner's.
final class LessonPart {
    /// Runs `lesson [NAME]` on the console; nil where lessons cannot run.
    var launcher: ((String?, Console) throws -> Void)?
    /// The lessons' names, for TAB after `lesson` (set with the launcher).
    var names: () -> [String] = { [] }

    /// `lesson [NAME]`: lists the lessons or starts one.
    func start(_ name: String?, console: Console?) throws {
        guard let launcher, let console else {
            throw CommandError("lessons cannot start from here", hint: "run `gradstep lesson` in the shell")
        }
        try launcher(name, console)
    }
}
