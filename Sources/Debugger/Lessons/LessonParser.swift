/// Reads the plain-text lesson format (documented in lessons/README.md):
///
///     title: A tour of gradstep
///     Narrative lines are shown as written.
///     >>> x = torch.arange(0, 20).float()      a command (Python or a debugger command)
///     ... more lines of the same block
///     expect x.shape == (20,)                   a checkpoint for the step above
///     hint: arange(start, end) stops before end
///     question: What sign will params.grad[0] have?
///     answer: Negative, because ...
///     pause: Look at the plot before going on.
///     # a comment for the instructor (not shown)
///
/// Indented lines continue a `hint:`, `question:`, `answer:` or `pause:` text.
public enum LessonParser {
    /// Parses `text`; `name` is the file name without extension (`02_quadratic`).
    public static func parse(_ text: String, name: String) throws(LessonParseError) -> Lesson {
        var state = ParseState(file: name)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine
            if line.hasSuffix("\r") { line.removeLast() }
            try state.consume(line, number: index + 1)
        }
        try state.finish()
        guard let title = state.title else {
            throw LessonParseError(file: name, line: 1, message: "a lesson needs a `title:` line")
        }
        guard !state.steps.isEmpty else {
            throw LessonParseError(file: name, line: lines.count, message: "a lesson needs at least one step (`>>> command`, `question:` or `pause`)")
        }
        return Lesson(name: name, number: leadingNumber(name), title: title, steps: state.steps,
                      closing: trimBlankLines(state.narrative))
    }

    /// `02_quadratic` → 2; nil when the name does not start with digits.
    public static func leadingNumber(_ name: String) -> Int? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        return Int(digits)
    }

    static func trimBlankLines(_ lines: [String]) -> [String] {
        var out = lines[...]
        while let f = out.first, f.trimmed.isEmpty { out.removeFirst() }
        while let l = out.last, l.trimmed.isEmpty { out.removeLast() }
        return Array(out)
    }
}

/// The parser's running state: narrative waiting for its step, the block or keyword being continued.
private struct ParseState {
    enum Open {
        case none
        case command(lines: [String], line: Int)
        case hint
        case question(String, line: Int)
        case answer
        case pause
    }

    let file: String
    var title: String?
    var steps: [LessonStep] = []
    var narrative: [String] = []
    var open = Open.none

    init(file: String) { self.file = file }

    func error(_ line: Int, _ message: String) -> LessonParseError {
        LessonParseError(file: file, line: line, message: message)
    }

    mutating func consume(_ line: String, number: Int) throws(LessonParseError) {
        // Continuation of a command block.
        if line.hasPrefix("...") {
            guard case .command(var lines, let start) = open else {
                throw error(number, "`...` continues a command, but no `>>>` command comes before it")
            }
            lines.append(Self.afterPrompt(line, prompt: "..."))
            open = .command(lines: lines, line: start)
            return
        }
        let isIndented = line.first == " " || line.first == "\t"
        let text = line.trimmed
        // Continuation of a keyword's text.
        if isIndented && !text.isEmpty {
            switch open {
            case .hint:
                appendToLastStep { $0.hints[$0.hints.count - 1] += "\n" + text }
                return
            case .question(let q, let start):
                open = .question(q + "\n" + text, line: start)
                return
            case .answer:
                appendToLastStep {
                    if case .question(let q, let a) = $0.action { $0.action = .question(q, answer: a + "\n" + text) }
                }
                return
            case .pause:
                appendToLastStep {
                    if case .pause(let m) = $0.action { $0.action = .pause((m.map { $0 + "\n" } ?? "") + text) }
                }
                return
            case .none, .command:
                break
            }
        }
        try closeCommand()
        if case .question(_, let start) = open, !text.hasPrefix("answer:") {
            throw error(start, "a `question:` needs an `answer:` right after it")
        }

        if text.hasPrefix("title:") {
            guard title == nil else { throw error(number, "the lesson already has a title") }
            let t = String(text.dropFirst(6)).trimmed
            guard !t.isEmpty else { throw error(number, "`title:` needs a title") }
            title = t
            open = .none
        } else if line.hasPrefix(">>>") {
            open = .command(lines: [Self.afterPrompt(line, prompt: ">>>")], line: number)
        } else if text == "expect" || text.hasPrefix("expect ") {
            guard !steps.isEmpty else { throw error(number, "`expect` checks the step before it, but there is no step yet") }
            switch Checkpoint.parse(String(text.dropFirst(6)), line: number) {
            case .success(let checkpoint): steps[steps.count - 1].checkpoints.append(checkpoint)
            case .failure(let message): throw error(number, message.text)
            }
            open = .none
        } else if text.hasPrefix("hint:") {
            guard !steps.isEmpty else { throw error(number, "`hint:` belongs to the step before it, but there is no step yet") }
            steps[steps.count - 1].hints.append(String(text.dropFirst(5)).trimmed)
            open = .hint
        } else if text.hasPrefix("question:") {
            open = .question(String(text.dropFirst(9)).trimmed, line: number)
        } else if text.hasPrefix("answer:") {
            guard case .question(let q, let start) = open else {
                throw error(number, "`answer:` must follow a `question:`")
            }
            addStep(.question(q, answer: String(text.dropFirst(7)).trimmed), line: start)
            open = .answer
        } else if text == "pause" || text.hasPrefix("pause:") {
            let message = String(text.dropFirst(5)).trimmed
            let cleaned = message.hasPrefix(":") ? String(message.dropFirst()).trimmed : message
            addStep(.pause(cleaned.isEmpty ? nil : cleaned), line: number)
            open = .pause
        } else if line.hasPrefix("#") {
            open = .none  // a comment for the lesson's author
        } else {
            open = .none
            if text.isEmpty {
                if !narrative.isEmpty { narrative.append("") }
            } else {
                narrative.append(line)
            }
        }
    }

    mutating func finish() throws(LessonParseError) {
        try closeCommand()
        if case .question(_, let start) = open { throw error(start, "a `question:` needs an `answer:` right after it") }
    }

    /// Ends a `>>>` block and records it as a step.
    mutating func closeCommand() throws(LessonParseError) {
        guard case .command(var lines, let start) = open else { return }
        while let last = lines.last, last.trimmed.isEmpty { lines.removeLast() }
        open = .none
        guard !lines.isEmpty else { throw error(start, "`>>>` needs a command after it") }
        for (k, l) in lines.enumerated() {
            if let why = LessonPolicy.violation(l.trimmed) { throw error(start + k, why + " (lessons are data, never shell)") }
        }
        addStep(.command(lines.joined(separator: "\n")), line: start)
    }

    mutating func addStep(_ action: LessonStep.Action, line: Int) {
        steps.append(LessonStep(narrative: LessonParser.trimBlankLines(narrative), action: action, line: line))
        narrative = []
    }

    mutating func appendToLastStep(_ change: (inout LessonStep) -> Void) {
        guard !steps.isEmpty else { return }
        change(&steps[steps.count - 1])
    }

    /// The text after `>>> ` / `... ` (one space after the prompt is part of the prompt).
    static func afterPrompt(_ line: String, prompt: String) -> String {
        let rest = line.dropFirst(prompt.count)
        return String(rest.first == " " ? rest.dropFirst() : rest)
    }
}
