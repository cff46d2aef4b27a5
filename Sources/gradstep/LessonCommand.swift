import ArgumentParser
import CEditLine
import Debugger
#if canImport(Glibc)
import Glibc
#endif

/// `gradstep lesson [NAME|NUMBER] [--auto] [--pace SECONDS]`: lists the lessons, or runs one guided
/// (or unattended with `--auto`). Routed from main.swift by the first argument.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradstep lesson",
        abstract: "Guided lessons: list them, or run one.",
        discussion: """
        Without NAME, lists the lessons. NAME is a lesson file's name without extension (01_tour), that \
        name without its number (tour), or the number (1). Lessons are read from --dir, else \
        $GRADSTEP_LESSONS, else ./lessons, else the lessons/ folder next to the gradstep checkout. \
        Progress is kept in ~/.gradstep_lessons.json ($GRADSTEP_LESSON_STATE overrides).
        """
    )

    @Argument(help: "The lesson to run (name or number).")
    var name: String?

    @Flag(help: "Run the whole lesson without input (demos, CI); exit status 1 if a checkpoint fails.")
    var auto = false

    @Option(help: "With --auto: wait SECONDS between steps; Space pauses, Enter goes on at once.")
    var pace: Double?

    @Option(help: "The folder of .lesson files.")
    var dir: String?

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    mutating func run() throws {
        installSigintHandler()
        let stdinIsTTY = isatty(0) != 0
        let stdoutIsTTY = isatty(1) != 0
        let console: Console = stdoutIsTTY ? TerminalConsole(colorDisabledByFlag: noColor) : PlainConsole()
        if let pace, !(pace.isFinite && pace >= 0 && pace <= 3600) {
            throw ValidationError("--pace must be a number of seconds between 0 and 3600")
        }
        guard let directory = dir ?? LessonDirectory.find() else {
            console.err("gradstep: no lessons folder found (use --dir PATH or set GRADSTEP_LESSONS)\n", .error)
            throw ExitCode(1)
        }
        let catalog = LessonCatalog(directory: directory)
        let store = LessonProgressStore.standard()
        guard let name else {
            if catalog.items.isEmpty {
                console.out("no .lesson files in \(directory)\n", .plain)
                return
            }
            console.out(catalog.listing(progress: store?.load() ?? [:]) + "\n", .plain)
            console.out("\nRun one with `gradstep lesson NAME` (or its number); add --auto to watch it run.\n", .dim)
            return
        }
        guard let item = catalog.find(name) else {
            console.err("gradstep: no lesson named '\(name)' in \(directory); `gradstep lesson` lists them\n", .error)
            throw ExitCode(1)
        }
        let lesson: Lesson
        switch item.lesson {
        case .success(let l): lesson = l
        case .failure(let error):
            console.err("gradstep: the lesson file has a mistake: \(error.description)\n", .error)
            throw ExitCode(1)
        }
        let runner = LessonRunner(lesson: lesson, console: console, progress: auto ? nil : store,
                                  makeSession: { DebugSession(interrupted: interruptFlag.poll) })
        if auto {
            runner.pace = pace ?? 0
            runner.sleep = { seconds in
                if !interruptFlag.isRaised { usleep(useconds_t(min(max(seconds, 0), 0.1) * 1_000_000)) }
            }
            runner.interrupted = interruptFlag.poll
            let keys = (pace ?? 0) > 0 && stdinIsTTY ? PaceKeys() : nil
            if let keys { runner.paceKey = keys.poll }
            let outcome = runner.runAuto()
            keys?.restore()
            switch outcome {
            case .finished: return
            case .failed, .left: throw ExitCode(1)
            }
        }
        let reader: LineReader
        if stdinIsTTY && stdoutIsTTY {
            gs_setlocale_ctype()
            reader = EditLineReader(program: "gradstep", historyPath: HistoryLocation.current(),
                                    interrupt: interruptFlag,
                                    complete: { line, cursor in runner.session.completions(line: line, cursor: cursor) })
                ?? StdinLineReader(interrupt: interruptFlag)
        } else {
            reader = StdinLineReader(interrupt: interruptFlag)
        }
        _ = runner.runGuided(reader: reader)
    }
}

extension LessonCommand {
    /// `lesson [NAME]` typed at the `gradstep>` prompt: lists the lessons, or runs one guided with the
    /// prompt's own line reader, in a fresh session; the learner's session is untouched.
    static func runFromPrompt(_ name: String?, reader: LineReader, console: Console) throws {
        guard let directory = LessonDirectory.find() else {
            throw CommandError("no lessons folder found", hint: "set GRADSTEP_LESSONS to the folder of .lesson files")
        }
        let catalog = LessonCatalog(directory: directory)
        let store = LessonProgressStore.standard()
        guard let name else {
            console.out(catalog.listing(progress: store?.load() ?? [:]) + "\n", .plain)
            console.out("Start one with `lesson NAME` (or its number); it runs in its own session.\n", .dim)
            return
        }
        guard let item = catalog.find(name) else {
            throw CommandError("no lesson named '\(name)'", hint: "`lesson` lists them")
        }
        let lesson: Lesson
        switch item.lesson {
        case .success(let l): lesson = l
        case .failure(let error): throw CommandError("the lesson file has a mistake: \(error.description)")
        }
        let runner = LessonRunner(lesson: lesson, console: console, progress: store,
                                  makeSession: { DebugSession(interrupted: interruptFlag.poll) })
        _ = runner.runGuided(reader: reader)
        console.out("back in your own session (your variables are as you left them)\n", .dim)
    }
}

/// Where the lessons are when no --dir is given.
enum LessonDirectory {
    static func find() -> String? {
        if let env = LessonFiles.environment("GRADSTEP_LESSONS") { return env }
        if LessonFiles.isDirectory("lessons") { return "lessons" }
        // Next to the checkout the binary was built in: .build/<config>/gradstep → ../../../lessons.
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        var path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for _ in 0..<6 {
            guard let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return nil }
            path = String(path[..<slash])
            if LessonFiles.isDirectory(path + "/lessons") { return path + "/lessons" }
        }
        return nil
    }
}
