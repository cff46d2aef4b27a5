/// What one attempt to read a line of input produced.
public enum LineResult: Sendable, Equatable {
    /// A line, without its trailing newline.
    case line(String)
    /// The user pressed Ctrl-C at the prompt.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a pipe).
    case eof
}

/// A source of input lines for the REPL: a line editor, a pipe or a scripted list (tests).
public protocol LineReader: AnyObject {
    /// Shows `prompt` (if the reader shows prompts) and reads one line.
    func readLine(prompt: String) -> LineResult
    /// Shows `prompt` and reads one line that starts out holding `initialText`, which the person edits
    /// (a line editor); readers without an editor ignore `initialText`.
    func readLine(prompt: String, initialText: String) -> LineResult
    /// Records a line in the history (a no-op for readers without history).
    func addHistory(_ line: String)
    /// True when a person is typing at a terminal (prompts shown, newline printed on Ctrl-D).
    var isInteractive: Bool { get }
}

extension LineReader {
    public func readLine(prompt: String, initialText: String) -> LineResult { readLine(prompt: prompt) }
}
