import Autograd
import Script

/// An error a command reports (not a Python exception): a message and what to do about it.
public struct CommandError: CodedError {
    public var kind: String
    public var message: String
    public var hint: String?
    /// What kind of mistake it reports, for explain mode.
    public var code: ErrorCode?
    public init(_ message: String, kind: String = "error", hint: String? = nil, code: ErrorCode? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.code = code
    }
}

/// The debugger session behind the `gradstep>` prompt and `gradstep FILE`: Python statements run
/// through the interpreter (expression values echoed as Python's interactive mode does), and bare
/// command words (`forward`, `backward`, `step`, … see `CommandTable`) drive autograd on the model
/// the learner typed. A failed input leaves the variables as they were.
public final class DebugSession: InteractiveSession, SessionHost {
    public private(set) var interpreter: Interpreter
    /// The recorded assignments, the loss choice and pinned (detached) names.
    public internal(set) var tracker = ModelTracker()
    let renderer = ReportRenderer()
    let interrupted: () -> Bool
    private let seed: UInt64?
    private let filename: String
    /// Names present before the learner typed anything (torch, nn, F, bare torch functions).
    private(set) var builtinNames: Set<String> = []
    var console: Console?
    /// The file `runFile` is running (its tracebacks quote its lines), nil at the prompt.
    private var fileSource: String?
    var quitRequested = false
    /// What the inputs run so far cost (parsing, undo snapshots): tests hold a script to linear work.
    var work = WorkTally()

    // MARK: - The parts
    // Each part owns its state and reaches the rest of the session through `SessionHost`; the session
    // routes commands (`CommandTable`), stepping lines and hooks to them. `reset` makes new ones, except
    // for the plots' plotter, the notebook's cells and the lesson launcher, which outlive it.

    /// Gradient descent: step, zero_grad, train, restore, compare, the lr and the pass counters.
    private(set) lazy var training = TrainingPart(host: self)
    /// The step debugger: the pass being stepped through and its verbs.
    private(set) lazy var stepping = SteppingPart(host: self)
    /// Watches and breakpoints.
    private(set) lazy var watches = WatchPart(host: self)
    /// Plots: matplotlib figures, `plot`, the loss history and every plot drawn.
    private(set) lazy var plotting = PlotPart(host: self)
    /// The graph views and what they remember (node gradients of the last backward, detach cuts).
    private(set) lazy var graphs = GraphPart(host: self)
    /// Explain mode: notes after commands, course-code lines and errors.
    private(set) lazy var explaining = ExplainPart(host: self)
    /// The session's cells with their outputs, for `save-notebook`.
    private(set) lazy var notebook = NotebookPart(host: self)
    /// `lesson [NAME]` at the prompt.
    let lessons = LessonPart()

    /// How the last `train` ran: as a compiled plan, or through tensors (and why).
    public var trainPlanStatus: TrainPlanStatus { training.planStatus }
    /// The lr `step`, `train` and `compare` use now (a number; tests and explain mode read it).
    public var learningRate: Double { training.learningRate }
    /// The loss history and the plots drawn (`plot`, `save plots`).
    public internal(set) var plots: SessionPlots {
        get { plotting.record }
        set { plotting.record = newValue }
    }
    /// Runs `lesson [NAME]` typed at the prompt: set by the program, which owns the line reader and
    /// knows the lessons folder; nil where lessons cannot run (tests, a lesson's own session).
    public var lessonLauncher: ((String?, Console) throws -> Void)? {
        get { lessons.launcher }
        set { lessons.launcher = newValue }
    }
    /// The lessons' names, for TAB after `lesson` (set with the launcher).
    public var lessonNames: () -> [String] {
        get { lessons.names }
        set { lessons.names = newValue }
    }

    public init(seed: UInt64? = nil, filename: String = "<stdin>", interrupted: @escaping () -> Bool = { false }) {
        self.seed = seed
        self.filename = filename
        self.interrupted = interrupted
        interpreter = Interpreter()
        configureInterpreter()
    }

    /// Whether long loops may run compiled (`--no-compile` turns it off); kept across `reset`.
    public var compilesLoops = true {
        didSet { interpreter.compilesLoops = compilesLoops }
    }

    private func configureInterpreter() {
        let generator = seed.map { TorchGenerator(seed: $0) } ?? TorchGenerator()
        interpreter = Interpreter(generator: generator)
        interpreter.filename = filename
        interpreter.tracebackFilename = filename
        interpreter.shouldInterrupt = { [weak self] in
            guard let self else { return false }
            return self.interrupted() || self.watches.loopBreakpointHit()
        }
        // Breakpoints are checked after every loop iteration, so loops with breakpoints are not compiled.
        interpreter.observesIterations = { [weak self] in self?.watches.hasBreakpoints ?? false }
        interpreter.compilesLoops = compilesLoops
        interpreter.output = { [weak self] s in
            self?.console?.out(s, .plain)
            self?.notebook.capture?.out(s, .plain)
            // An animation frame is redrawn below printed text, never over it.
            self?.plotting.record.liveFrame = AnimationFrame()
        }
        interpreter.warn = { [weak self] s in
            self?.console?.err(s + "\n", .warning)
            self?.notebook.capture?.err(s + "\n", .warning)
        }
        interpreter.errorOutput = { [weak self] s in
            self?.console?.err(s, .plain)
            self?.notebook.capture?.err(s, .plain)
        }
        interpreter.outputFailure = { [weak self] in self?.console?.failedWrite }
        interpreter.preloadTorch()
        interpreter.plotter = plotting.plotter
        defineInteractiveBuiltins()
        builtinNames = Set(interpreter.globals.vars.keys)
    }

    /// Running a notebook cell: nil at the prompt (every expression statement is echoed, as Python's
    /// REPL); false shows only the cell's last expression as Jupyter does, true (a cell ending in `;`)
    /// shows nothing.
    var cellDisplay: Bool?

    /// Forgets all variables and the model (the `reset` command).
    func resetState() {
        configureInterpreter()
        tracker.reset()
        training = TrainingPart(host: self)
        plotting.reset()
        graphs = GraphPart(host: self)
        watches = WatchPart(host: self)
        stepping = SteppingPart(host: self)
        explaining = ExplainPart(host: self)
    }

    public var prompt: String { stepping.prompt ?? "gradstep> " }

    /// While stepping, a blank line repeats the last verb.
    public var acceptsBlankLine: Bool { stepping.isStepping }

    /// The width of the console of the input being run.
    var consoleWidth: Int { console?.width ?? 80 }

    public func needsMoreInput(_ buffer: String) -> Bool {
        if !buffer.contains("\n"), commandInvocation(buffer) != nil { return false }
        if InputChunker.failsAtOnce(buffer) { return false }
        return isIncompleteInput(buffer)
    }

    // MARK: - Running input

    // The interpreter's torch settings (default dtype, print options) stay in effect while commands
    // render what the program made, not only while Python runs.
    public func run(_ input: String, console: Console) -> RunOutcome {
        interpreter.torchSettings.withBound {
            notebook.recordingTyped(input, stepping: stepping.isStepping) { runInput(input, console: console, asFile: false) }
        }
    }

    public func runFile(_ source: String, console: Console) -> RunOutcome {
        fileSource = source
        defer { fileSource = nil }
        return interpreter.torchSettings.withBound { runInput(source, console: console, asFile: true) }
    }

    /// Runs a notebook cell's code as one module (compiled whole, nothing runs if it does not compile),
    /// its value shown as Jupyter shows `Out[n]`; the model statements are recorded as at the prompt.
    func runCell(_ code: String, console: Console) -> RunOutcome {
        self.console = console
        cellDisplay = Interpreter.endsQuietly(code)
        defer {
            self.console = nil
            cellDisplay = nil
        }
        return runPython(code)
    }

    /// Runs the chunks of `input` (statements, blocks, command lines) in order. Like CPython, nothing
    /// runs when some Python in it does not compile; a file stops at its first failure.
    private func runInput(_ input: String, console: Console, asFile: Bool) -> RunOutcome {
        self.console = console
        defer { self.console = nil }
        // A script shows its figures at plt.show() and when it ends, not after each statement.
        plotting.plotter.holdsPendingFigure = asFile
        defer {
            if asFile {
                plotting.plotter.holdsPendingFigure = false
                plotting.drawFiguresAtScriptEnd()
            }
        }
        watches.startInput()
        if stepping.isStepping, input.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            notebook.note("# gradstep> (Enter)")
            return stepping.runStepVerb("")
        }
        guard let chunks = InputChunker.numberedChunks(input, tally: &work, interrupted: interrupted) else {
            emit(.info("KeyboardInterrupt: stopped while reading the input; nothing of it ran"))
            return .failed
        }
        let isScript = chunks.count > 1
        var module: Module?
        if isScript, !stepping.isStepping, let error = compileError(chunks, whole: input, module: &module) {
            report(error, source: input)
            return .failed
        }
        // A file that is all Python was parsed whole: its chunks run those statements, not parsed again.
        let parsed = asFile ? module.map { Self.statements($0.body, by: chunks) } : nil
        var failed = false
        for (k, chunk) in chunks.enumerated() {
            // Ctrl-C between the statements of a script stops it there (a statement that runs no loop
            // never polls the flag itself); what ran before it stays, as at the prompt.
            if asFile, isScript, interrupted() {
                emit(.info("KeyboardInterrupt: stopped before line \(chunk.line); the lines before it ran"))
                return .failed
            }
            if isScript {
                for (i, line) in chunk.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    emit(.echoInput(prompt: i == 0 ? prompt : "... ", line: String(line)))
                }
            }
            let outcome = runChunk(chunk.text, firstLine: asFile ? chunk.line : 1, asFile: asFile, parsed: parsed?[k])
            watches.showChangedWatches()
            switch outcome {
            case .quit: return .quit
            case .failed:
                failed = true
                if asFile { return .failed }
            case .ok: break
            }
        }
        return failed ? .failed : .ok
    }

    /// The first syntax error in the Python chunks of `chunks` (all of `whole` when it is only Python),
    /// with the line numbers of `whole`; command lines are skipped, and so is everything after a
    /// command that starts the step debugger (its verbs follow).
    private func compileError(_ chunks: [(text: String, line: Int)], whole: String, module: inout Module?) -> Error? {
        var python: [(text: String, line: Int)] = []
        for chunk in chunks {
            if let (command, args) = commandInvocation(chunk.text) {
                if command.name == "bstep" || args.contains("--step") { break }
                continue
            }
            if unknownCommandWord(chunk.text) != nil { continue }
            python.append(chunk)
        }
        if python.count == chunks.count {
            work.parsedCharacters += whole.utf8.count
            do { module = try Parser.parse(whole, filename: filename) } catch { return error }
            return nil
        }
        for chunk in python {
            work.parsedCharacters += chunk.text.utf8.count
            // Parsed as it is (a padded copy of each chunk made a long mixed script quadratic); only an
            // error is parsed again padded, for its report's source line.
            guard (try? Parser.parse(chunk.text, filename: filename, startLine: chunk.line)) == nil else { continue }
            do { _ = try Parser.parse(Self.padded(chunk.text, line: chunk.line), filename: filename) } catch { return error }
        }
        return nil
    }

    /// The statements of a parsed file grouped by the chunk each starts in (chunks in file order);
    /// nil for a chunk with none (it is then parsed itself).
    static func statements(_ body: [Stmt], by chunks: [(text: String, line: Int)]) -> [[Stmt]?] {
        var out: [[Stmt]?] = []
        var k = 0
        for (i, _) in chunks.enumerated() {
            let end = i + 1 < chunks.count ? chunks[i + 1].line : Int.max
            var part: [Stmt] = []
            while k < body.count, body[k].line < end {
                part.append(body[k])
                k += 1
            }
            out.append(part.isEmpty ? nil : part)
        }
        return out
    }

    /// `text` preceded by blank lines so that its first line is line `line` (for error line numbers).
    static func padded(_ text: String, line: Int) -> String {
        line <= 1 ? text : String(repeating: "\n", count: line - 1) + text
    }

    /// The console of the input being run (for in-place animation frames).
    var activeConsole: Console? { console }

    /// Writes a report to the console of the input being run.
    func emit(_ report: Report) {
        guard let console else { return }
        var report = report
        switch report {
        case .hint(let text):
            report = .hint(percentQualified(text))
        case .error(let kind, let message, let hint?, let traceback):
            report = .error(kind: kind, message: message, hint: percentQualified(hint), traceback: traceback)
        default:
            break
        }
        renderer.render(report, to: console)
        notebook.keep(report, renderer: renderer)
    }

    private func runChunk(_ chunk: String, firstLine: Int, asFile: Bool, parsed: [Stmt]? = nil) -> RunOutcome {
        // What is not Python goes into the saved notebook as a comment, so that Jupyter can run the cell.
        let asComment = { self.notebook.noteCommandLine(chunk) }
        if stepping.isStepping {
            asComment()
            return stepping.runStepVerb(chunk)
        }
        if let (command, args) = commandInvocation(chunk) {
            asComment()
            if ["save-notebook", "help", "quit"].contains(command.name) { notebook.skipCell() }
            return runCommand(command, args)
        }
        if let expr = inspectionQuery(chunk) {
            asComment()
            return inspect(expr)
        }
        if let unknown = unknownCommandWord(chunk) {
            asComment()
            emit(.error(kind: "NameError", message: "name '\(unknown)' is not defined", hint: didYouMean(unknown), traceback: nil))
            return .failed
        }
        notebook.note(chunk)
        return runPython(chunk, startLine: firstLine, undoesFailure: !asFile, parsed: parsed)
    }

    private func runCommand(_ command: Command, _ args: [String]) -> RunOutcome {
        // A command's own work is already proportional to the variables (it looks for parameters
        // among them), so the undo snapshot adds only a constant factor, even in a script.
        let snapshot = VariableSnapshot(interpreter.globals)
        work.snapshotValues += snapshot.visited
        let savedTracker = tracker
        do {
            // Arguments are parsed once, against the command's declaration.
            try watches.withLoopBreaksSuspended { try command.handler(self, try command.parse(args)) }
        } catch {
            // train and step keep what they did up to a clean stop; other failures undo everything.
            snapshot.restore(into: interpreter.globals)
            tracker = savedTracker
            report(error, source: nil)
            return .failed
        }
        if quitRequested { return .quit }
        explaining.after(command)
        return .ok
    }

    /// Runs `chunk`, whose first line is line `startLine` of its script. Errors are reported against the
    /// chunk preceded by blank lines (so their line numbers and source lines agree); the chunk itself is
    /// parsed as it is, keeping a script linear in its length.
    ///
    /// At the prompt a failed input is undone (`undoesFailure`). A file keeps the state at the error,
    /// as `python3 -i FILE` does: the statements before the failing one stay done, and so does what
    /// the failing one did before it raised. Undoing would need a snapshot of every variable before
    /// each statement, which made a script quadratic in its length.
    private func runPython(_ chunk: String, startLine: Int = 1, undoesFailure: Bool = true, parsed: [Stmt]? = nil) -> RunOutcome {
        defer { drawPendingPlot() }
        var padded: String { Self.padded(chunk, line: startLine) }
        let module: Module
        do {
            if let parsed {
                module = Module(body: parsed)
            } else {
                work.parsedCharacters += chunk.utf8.count
                module = try Parser.parse(chunk, filename: filename, startLine: startLine)
            }
        } catch {
            let source = padded
            do { _ = try Parser.parse(source, filename: filename) } catch { report(error, source: source) }
            if let hint = shadowHint(forUnparsable: source) { emit(.hint(hint)) }
            return .failed
        }
        let snapshot = undoesFailure ? VariableSnapshot(interpreter.globals) : nil
        work.snapshotValues += snapshot?.visited ?? 0
        // Statements are recorded once the input succeeds (or is interrupted), not copied per input:
        // saving the whole tracker to restore it made a script quadratic in its length.
        var finished: [(stmt: Stmt, computedFromParameters: Bool)] = []
        defer { for f in finished { tracker.record(f.stmt, computedFromParameters: f.computedFromParameters) } }
        do {
            for (k, stmt) in module.body.enumerated() {
                if case .expression(let e) = stmt.kind {
                    let v = try interpreter.evaluate(e)
                    // A notebook cell shows only its last expression, as Jupyter's Out[n] (IPython's display).
                    let shown = cellDisplay == nil || (k == module.body.count - 1 && cellDisplay == false)
                    if case .none = v {} else if shown {
                        // An input is the prompt's notebook cell: an animation plays as Jupyter shows it.
                        if cellDisplay == nil { try interpreter.playAnimation(v) }
                        emit(.value(cellDisplay == nil ? Repr.repr(v) : try interpreter.displayText(v)))
                        // Python's interactive `_`: the last echoed value (not a learner variable).
                        interpreter.globals.vars["_"] = v
                    }
                } else {
                    try interpreter.run(Module(body: [stmt]))
                }
                finished.append((stmt, wroteGradTrackedValue(stmt)))
                explaining.afterStatement(stmt)
            }
            quitRequested = false  // an exit() the learner's own try/except caught, as Python's except does
            return .ok
        } catch {
            if quitRequested { return .quit }  // exit() / quit()
            // Ctrl-C stops a loop after the current iteration and keeps what the finished iterations
            // did (as Python does); any other failure leaves the session as it was before the input.
            if let e = error as? PyError, e.kind == .keyboardInterrupt, let hit = watches.takePendingBreak() {
                emit(.seeing(.breakHit(hit)))
                return .failed
            }
            if let e = error as? PyError, e.kind == .keyboardInterrupt {
                // An error as Python reports it (a saved notebook keeps it as the cell's error output).
                emit(.error(kind: "KeyboardInterrupt", message: "", hint: "stopped; variables keep the values of the last completed iteration", traceback: nil))
                return .failed
            }
            if let snapshot {
                snapshot.restore(into: interpreter.globals)
                finished = []
            }
            report(error, source: padded)
            return .failed
        }
    }

    /// Whether a statement's assignment left a computed tensor that requires grad in a name it binds.
    private func wroteGradTrackedValue(_ stmt: Stmt) -> Bool {
        let targets: [Expr]
        switch stmt.kind {
        case .assign(let ts, _): targets = ts
        case .augmentedAssign(let t, _, _), .annotatedAssign(let t, _, _): targets = [t]
        default: return false
        }
        func tracked(_ v: Value?) -> Bool {
            switch v {
            case .tensor(let t)?: return t.requiresGrad && !t.isLeaf
            case .tuple(let items)?: return items.contains { tracked($0) }
            case .list(let l)?: return l.items.contains { tracked($0) }
            default: return false
            }
        }
        return targets.flatMap { NameReads.targets($0) }.contains { tracked(value($0)) }
    }

    /// Draws the figures the last input built with plt.* calls, sized to the console (PlotCommands).
    private func drawPendingPlot() {
        plotting.afterPythonInput()
    }

    /// Emits the report for any error a statement or command threw.
    func report(_ error: Error, source: String?) {
        switch error {
        case var e as SyntaxError:
            // The parser names the file as given; Python's message names it as `filename` does.
            if e.filename == interpreter.filename { e.filename = filename }
            emit(.syntaxError(e.rendered))
        case var e as PyError:
            if case .undefinedName(let name) = e.code, e.hint == nil || CommandTable.lookup(Suggest.closest(name, among: CommandTable.words) ?? "") != nil {
                e.hint = didYouMean(name) ?? e.hint
            }
            // A file's error shows Python's traceback with the file's lines; at the prompt only a
            // function's frames are worth it.
            let traceback = e.frames.isEmpty && fileSource == nil ? nil
                : ErrorReport.traceback(e, source: fileSource ?? source ?? "", filename: filename)
            emit(.error(kind: e.kind.rawValue, message: e.message, hint: e.hint, traceback: traceback))
        case let e as CommandError:
            emit(.error(kind: e.kind, message: e.message, hint: e.hint, traceback: nil))
        case let e as TorchError:
            emit(.error(kind: e.kind.rawValue, message: e.message, hint: nil, traceback: nil))
        default:
            emit(.error(kind: "RuntimeError", message: "\(error)", hint: nil, traceback: nil))
        }
        explaining.afterError(error)
    }
}

/// Whether `train` could compile its loop into a plan (fast) or ran every iteration through tensors.
public enum TrainPlanStatus: Equatable, Sendable {
    case notRun
    case compiled(ops: Int)
    case tensorPath(reason: String)
}
