import Script

/// The kinds of text a session writes; a console decides how (or whether) to colour them.
public enum TextStyle: Sendable, Equatable {
    case plain, error, warning, name, value, dim, heading, good, prompt
}

/// Where a session writes its output. Semantics decide *what* to say; a console decides how it looks.
public protocol Console: AnyObject {
    /// Writes text to standard output, styled if the console styles.
    func out(_ text: String, _ style: TextStyle)
    /// Writes text to standard error, styled if the console styles.
    func err(_ text: String, _ style: TextStyle)
    /// The width available for drawing (columns); 80 when unknown.
    var width: Int { get }
    /// Whether this console is an interactive terminal (animations and colours are allowed).
    var isTerminal: Bool { get }
    /// The errno of the first write to standard output that failed, if one did.
    var failedWrite: Int32? { get }
}

extension Console {
    public var failedWrite: Int32? { nil }

    /// Writes a line of plain text to standard output.
    public func line(_ text: String = "") { out(text + "\n", .plain) }
}

/// What happened when the session ran one input.
public enum RunOutcome: Sendable, Equatable {
    case ok, failed, quit
}

/// What the REPL loop needs from a session: prompts, completeness of input, running it, completion.
public protocol InteractiveSession: AnyObject {
    /// The prompt for a new input: `gradstep> `, or the stepping position such as `backward 3/9> `.
    var prompt: String { get }
    /// True when `buffer` (the lines typed so far, joined by "\n") is an unfinished block or bracket.
    func needsMoreInput(_ buffer: String) -> Bool
    /// Runs one complete input (a statement, a block or a command), writing to `console`.
    func run(_ input: String, console: Console) -> RunOutcome
    /// Runs a whole file as `python3 FILE` does: compiled before anything runs, stopped at the first
    /// uncaught error, errors with the file's line numbers.
    func runFile(_ source: String, console: Console) -> RunOutcome
    /// Called when Ctrl-C or Ctrl-D arrives at the prompt: true when the session left a nested prompt
    /// (the step debugger) and the REPL should go on instead of clearing the line or ending.
    func leaveNestedPrompt(console: Console, byEndOfInput: Bool) -> Bool
    /// Candidates that complete the word ending at `cursor` (a UTF-8 offset) in `line`.
    func completions(line: String, cursor: Int) -> [String]
    /// True when a blank line is an input of its own (the step debugger repeats its last verb).
    var acceptsBlankLine: Bool { get }
    /// The interpreter that runs the session's Python (for its loop report).
    var interpreter: Interpreter { get }
    /// Whether long loops may run compiled (`--no-compile` turns it off).
    var compilesLoops: Bool { get set }
    /// The text line `index` of the next input starts out with at an interactive prompt, or nil for an
    /// empty line. A line offered this way is content even when left blank: only a blank line without
    /// initial text ends a block (`edit N` offers each line of the cell's old code in turn).
    func initialText(forLine index: Int) -> String?
}

extension InteractiveSession {
    public var acceptsBlankLine: Bool { false }
    public func runFile(_ source: String, console: Console) -> RunOutcome { run(source, console: console) }
    public func leaveNestedPrompt(console: Console, byEndOfInput: Bool) -> Bool { false }
    public func initialText(forLine index: Int) -> String? { nil }
}
