import Autograd
import Script

/// Runs Python source through the interpreter with Python's own output and nothing else: the
/// `--plain` contract (`gradstep --plain FILE.py` prints what `python3 FILE.py` prints).
public final class ScriptSession: InteractiveSession {
    public let interpreter: Interpreter
    /// Whether long loops may run compiled (`--no-compile` turns it off).
    public var compilesLoops: Bool {
        get { interpreter.compilesLoops }
        set { interpreter.compilesLoops = newValue }
    }
    private var console: Console?
    private let filename: String

    public init(seed: UInt64? = nil, filename: String = "<stdin>", interrupted: @escaping () -> Bool = { false }) {
        let generator = seed.map { TorchGenerator(seed: $0) } ?? TorchGenerator()
        interpreter = Interpreter(generator: generator)
        interpreter.filename = filename
        interpreter.tracebackFilename = filename
        interpreter.shouldInterrupt = interrupted
        self.filename = filename
        interpreter.output = { [weak self] s in self?.console?.out(s, .plain) }
        interpreter.warn = { [weak self] s in self?.console?.err(s + "\n", .warning) }
        interpreter.errorOutput = { [weak self] s in self?.console?.err(s, .plain) }
        interpreter.outputFailure = { [weak self] in self?.console?.failedWrite }
    }

    /// Sends the interpreter's output to `console` (nil: nowhere) for one run.
    func attach(_ console: Console?) { self.console = console }

    public var prompt: String { ">>> " }

    public func needsMoreInput(_ buffer: String) -> Bool { !InputChunker.failsAtOnce(buffer) && isIncompleteInput(buffer) }

    public func run(_ input: String, console: Console) -> RunOutcome {
        self.console = console
        defer { self.console = nil }
        do {
            try interpreter.run(input)
            return .ok
        } catch {
            return reportFailure(error, console: console, syntaxText: { e in
                // The parser names the file as given; Python's message names it as `filename` does.
                var e = e
                if e.filename == interpreter.filename { e.filename = filename }
                return e.rendered
            }, traceback: { ErrorReport.traceback($0, source: input, filename: filename) })
        }
    }

    /// Writes what python3 writes for the error that ended a run (a script or a notebook cell, which
    /// name their places differently): `.quit` for a clean `sys.exit()`, else `.failed`.
    func reportFailure(_ error: Error, console: Console, syntaxText: (SyntaxError) -> String,
                       traceback: (PyError) -> String) -> RunOutcome {
        switch error {
        case let e as SyntaxError:
            console.err(syntaxText(e) + "\n", .error)
        case let e as PyError where e.kind == .systemExit:
            // sys.exit(): no traceback; a message that is not a number goes to stderr.
            if e.message.isEmpty || e.message == "0" { return .quit }
            if Int(e.message) == nil { console.err(e.message + "\n", .plain) }
        case let e as PyError:
            console.err(traceback(e), .dim)
            console.err(e.description + "\n", .error)
        default:
            console.err("RuntimeError: \(error)\n", .error)
        }
        return .failed
    }

    public func completions(line: String, cursor: Int) -> [String] { [] }
}
