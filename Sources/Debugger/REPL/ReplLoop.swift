/// How a `ReplLoop` ended, and how its inputs went.
public struct ReplSummary: Sendable, Equatable {
    /// Why the loop stopped.
    public enum Ending: Sendable, Equatable {
        /// The session returned `RunOutcome.quit`.
        case quit
        /// The input ended (Ctrl-D or end of pipe).
        case eof
    }
    public var ending: Ending
    /// Number of inputs the session ran.
    public var runs: Int
    /// Number of inputs that returned `RunOutcome.failed`.
    public var failures: Int

    public init(ending: Ending, runs: Int, failures: Int) {
        self.ending = ending
        self.runs = runs
        self.failures = failures
    }
}

/// Reads lines from a `LineReader`, groups them into complete inputs and runs them in an
/// `InteractiveSession`, until the session quits or the input ends.
///
/// - A line for which the session says `needsMoreInput` opens a block; following lines are read
///   with the continuation prompt (`... `) and appended; a blank line ends the block and runs it.
/// - At an interactive reader, a line the session offers initial text for (`initialText(forLine:)`)
///   starts out holding it, and is content even when left blank.
/// - Ctrl-C (`.interrupted`) drops the input typed so far (a whole half-typed block) and shows a fresh
///   prompt; it never exits. At a nested prompt (the step debugger), Ctrl-C and Ctrl-D leave it.
/// - End of input runs any unfinished block, then ends; at a terminal a newline is written first so
///   the shell prompt starts on its own line.
public struct ReplLoop {
    /// The prompt shown for the second and later lines of a block.
    public static let continuationPrompt = "... "

    public let session: InteractiveSession
    public let reader: LineReader
    public let console: Console

    public init(session: InteractiveSession, reader: LineReader, console: Console) {
        self.session = session
        self.reader = reader
        self.console = console
    }

    /// Runs until `quit` or end of input.
    public func run() -> ReplSummary {
        var buffer: [String] = []
        var runs = 0
        var failures = 0
        var editsOfferedText = false

        func submit(_ lines: [String]) -> Bool {
            runs += 1
            switch session.run(lines.joined(separator: "\n"), console: console) {
            case .ok: return false
            case .failed: failures += 1; return false
            case .quit: return true
            }
        }

        while true {
            let prompt = buffer.isEmpty ? session.prompt : ReplLoop.continuationPrompt
            if buffer.isEmpty { editsOfferedText = false }
            let initial = reader.isInteractive ? session.initialText(forLine: buffer.count) : nil
            if initial != nil { editsOfferedText = true }
            switch reader.readLine(prompt: prompt, initialText: initial ?? "") {
            case .eof:
                if reader.isInteractive { console.out("\n", .plain) }
                // Ctrl-D at a nested prompt (the step debugger) leaves it, never the program.
                if reader.isInteractive, buffer.isEmpty || editsOfferedText, session.leaveNestedPrompt(console: console, byEndOfInput: true) {
                    buffer.removeAll()
                    continue
                }
                if !buffer.isEmpty, submit(buffer) {
                    return ReplSummary(ending: .quit, runs: runs, failures: failures)
                }
                return ReplSummary(ending: .eof, runs: runs, failures: failures)
            case .interrupted:
                // An input that was offered initial text (a cell being edited) is a nested prompt of its
                // own: Ctrl-C leaves it however many lines were typed.
                if buffer.isEmpty || editsOfferedText { _ = session.leaveNestedPrompt(console: console, byEndOfInput: false) }
                buffer.removeAll()
            case .line(let line):
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
                if blank, initial == nil {
                    if buffer.isEmpty {
                        if session.acceptsBlankLine, submit([""]) { return ReplSummary(ending: .quit, runs: runs, failures: failures) }
                        continue
                    }
                    let block = buffer
                    buffer.removeAll()
                    if submit(block) { return ReplSummary(ending: .quit, runs: runs, failures: failures) }
                    continue
                }
                if !blank { reader.addHistory(line) }
                buffer.append(line)
                if session.needsMoreInput(buffer.joined(separator: "\n")) { continue }
                let input = buffer
                buffer.removeAll()
                if submit(input) { return ReplSummary(ending: .quit, runs: runs, failures: failures) }
            }
        }
    }
}
