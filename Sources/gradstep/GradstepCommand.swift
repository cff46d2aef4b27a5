import ArgumentParser
import CEditLine
import Debugger
import class Script.Interpreter
#if canImport(Glibc)
import Glibc
#endif

/// The `gradstep` command: a REPL, or a script run (`gradstep FILE`, `--plain`, `-i`).
///
/// Subcommands (`gradstep lesson ...`) are routed in `main.swift` by their first argument, not through
/// `subcommands`: ArgumentParser would otherwise read a subcommand's name as FILE (checked: it does).
struct GradstepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradstep",
        abstract: "A step debugger for PyTorch autograd.",
        discussion: """
        Without FILE, starts the interactive shell. Ctrl-C clears the input, Ctrl-D quits.
        `gradstep lesson` lists the guided lessons (`gradstep lesson --help`).
        """,
        version: "gradstep 0.1.0"
    )

    @Argument(help: "A PyTorch script or a Jupyter notebook (.ipynb) to run, then exit.")
    var file: String?

    @Flag(name: [.customShort("i"), .customLong("interactive")], help: "Stay in the shell after running FILE.")
    var interactive = false

    @Flag(help: "Print only what python would print (no debugger output, no colour).")
    var plain = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Option(help: "Seed torch's random number generator with N.")
    var seed: UInt64?

    @Flag(name: .customLong("no-compile"), help: ArgumentHelp(
        "Run every loop iteration through the interpreter.",
        discussion: "By default a long `for … in range(…)` loop whose iterations do only tensor work runs its middle iterations as a compiled plan, with the same numbers."))
    var noCompile = false

    @Flag(name: .customLong("loop-report"), help: "After FILE runs, tell on stderr which long loops ran compiled, and why others did not.")
    var loopReport = false

    mutating func run() throws {
        installSigintHandler()
        ignoreBrokenPipes()
        let stdinIsTTY = isatty(0) != 0
        let stdoutIsTTY = isatty(1) != 0
        let console: Console = plain || !stdoutIsTTY ? PlainConsole() : TerminalConsole(colorDisabledByFlag: noColor)
        let options = SessionOptions(plain: plain, seed: seed, colorDisabled: noColor, scriptPath: file,
                                     interrupted: interruptFlag.poll)
        // A notebook runs as Jupyter's "Run All" under --plain; otherwise it is walked cell by cell.
        let isNotebook = file.map(Notebook.isNotebookPath) ?? false
        let session = makeSession(options)
        var walk: NotebookWalk?
        session.compilesLoops = !noCompile
        defer { if loopReport { reportLoops(session.interpreter, console) } }

        if let path = file {
            let bytes: [UInt8]
            do {
                bytes = try TextFile.bytes(path, limit: TextFile.scriptLimit)
            } catch {
                console.err("gradstep: can't open file '\(ScriptPath.shown(path))': [Errno \(error.code)] \(error.message)\n", .error)
                throw ExitCode(1)
            }
            let source: String
            switch TextFile.source(bytes) {
            case .success(let text): source = text
            case .failure(let bad):
                console.err(bad.message(path: ScriptPath.shown(path)) + "\n", .error)
                throw ExitCode(1)
            }
            // A file written by `save` restores that session instead of running as Python.
            let isSaved = SessionArchive.isSessionFile(path) && session is DebugSession
            let outcome: RunOutcome
            if isNotebook {
                let notebook: Notebook
                do {
                    notebook = try Notebook.parse(source)
                } catch {
                    console.err("gradstep: can't open notebook '\(path)': \(error.description)\n", .error)
                    throw ExitCode(1)
                }
                if let script = session as? ScriptSession {
                    var run = NotebookRun(notebook)
                    outcome = run.run(script, console: console)
                } else if let debug = session as? DebugSession {
                    let w = NotebookWalk(notebook, name: path, session: debug)
                    w.start(console: console)
                    walk = w
                    outcome = .ok
                } else {
                    outcome = .failed
                }
            } else {
                outcome = isSaved ? session.run("load \(path)", console: console) : session.runFile(source, console: console)
            }
            // A failed write that no `print` reported (print raises it as Python's OSError itself).
            if outcome == .ok, let e = console.failedWrite {
                // As python3 does when its stdout cannot be written (CPython also names the line).
                console.err("OSError: [Errno \(e)] \(String(cString: strerror(e)))\n", .error)
                throw ExitCode(1)
            }
            if outcome == .quit { return }
            if !interactive && walk == nil {
                if outcome == .failed { throw ExitCode(session.interpreter.exitStatus ?? 1) }
                return
            }
        }

        let repl: InteractiveSession = walk ?? session
        let reader: LineReader
        // A person at a terminal gets the line editor even when stdout is a pipe (`gradstep | tee
        // log`): it then draws the prompt and the line on stderr, as CPython's REPL does.
        if stdinIsTTY && (stdoutIsTTY || isatty(2) != 0) {
            gs_setlocale_ctype()
            reader = EditLineReader(program: "gradstep", historyPath: HistoryLocation.current(),
                                    interrupt: interruptFlag, drawOnStderr: !stdoutIsTTY,
                                    complete: { line, cursor in repl.completions(line: line, cursor: cursor) })
                ?? StdinLineReader(interrupt: interruptFlag)
        } else {
            reader = StdinLineReader(interrupt: interruptFlag)
        }
        if let debug = session as? DebugSession {
            debug.lessonLauncher = { name, console in try LessonCommand.runFromPrompt(name, reader: reader, console: console) }
            debug.lessonNames = { LessonDirectory.find().map { LessonCatalog(directory: $0).items.map(\.name) } ?? [] }
        }
        if reader.isInteractive && file == nil && !plain {
            // One line, as Python's banner (on stderr, as CPython): where to start.
            let banner = "gradstep \(Self.configuration.version.split(separator: " ").last ?? "") — type PyTorch lines as in a notebook; `help` lists the debugger's commands, `lesson` the guided lessons; Ctrl-D quits."
            console.err(ReportRenderer.wrapped(banner, for: console) + "\n", .dim)
        }
        let summary = ReplLoop(session: repl, reader: reader, console: console).run()
        if !reader.isInteractive && (file == nil || walk != nil) && summary.failures > 0 { throw ExitCode(1) }
    }

    /// `--loop-report`: one line per long range loop, by line number.
    private func reportLoops(_ interpreter: Interpreter, _ console: Console) {
        for (line, o) in interpreter.loopOutcomes.sorted(by: { $0.key < $1.key }) {
            let text = o.reason.map { "ran in the interpreter: \($0)" }
                ?? "\(o.compiledIterations) of \(o.iterations) iterations ran compiled"
            console.err("gradstep: loop at line \(line): \(text)\n", .plain)
        }
    }
}
