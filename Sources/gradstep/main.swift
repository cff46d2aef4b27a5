// Entry point. Subcommands are routed here by their first argument before the root command parses,
// because the root's optional FILE argument would otherwise swallow a subcommand's name
// (LessonCommand's `commandName: "gradstep lesson"` keeps its usage line right).
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
