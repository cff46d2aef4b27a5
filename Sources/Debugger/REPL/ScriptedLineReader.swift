/// A `LineReader` that replays a fixed list of results; used by tests to drive a `ReplLoop`.
public final class ScriptedLineReader: LineReader {
    private var pending: [LineResult]
    /// The prompts shown, in order, one per `readLine` call.
    public private(set) var prompts: [String] = []
    /// The initial text offered with each `readLine` call, in order ("" when none).
    public private(set) var initialTexts: [String] = []
    /// The lines given to `addHistory`, in order.
    public private(set) var history: [String] = []
    public let isInteractive: Bool

    /// Replays `results`, then `.eof` forever.
    public init(_ results: [LineResult], isInteractive: Bool = true) {
        pending = results
        self.isInteractive = isInteractive
    }

    /// Replays `lines` as `.line` results, then `.eof` forever.
    public convenience init(lines: [String], isInteractive: Bool = true) {
        self.init(lines.map { LineResult.line($0) }, isInteractive: isInteractive)
    }

    public func readLine(prompt: String) -> LineResult {
        prompts.append(prompt)
        if pending.isEmpty { return .eof }
        return pending.removeFirst()
    }

    /// As a line editor: an empty scripted line is Enter pressed on the initial text, so it reads as
    /// that text; any other scripted line is what the person left on the line.
    public func readLine(prompt: String, initialText: String) -> LineResult {
        initialTexts.append(initialText)
        let result = readLine(prompt: prompt)
        if case .line("") = result, !initialText.isEmpty { return .line(initialText) }
        return result
    }

    public func addHistory(_ line: String) { history.append(line) }
}
