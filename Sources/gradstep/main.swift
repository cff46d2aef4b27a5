// Entry point. Subcommands are routed here by their first argument before the root command parses,
// because the root's optional FILE argument would otherwise swallow a subcommand's name.
// To add the lesson command:
//     if arguments.first == "lesson" { LessonCommand.main(Array(arguments.dropFirst())) }
// (give LessonCommand `commandName: "gradstep lesson"` so its usage line reads right).
import Debugger

let arguments = Array(CommandLine.arguments.dropFirst())
// The interpreter needs a large native stack for Python's recursion limit of 1000.
_ = try? LargeStackThread.run {
    if arguments.first == "lesson" {
        LessonCommand.main(Array(arguments.dropFirst()))
    } else {
        GradstepCommand.main(arguments)
    }
}
