/// A guided lesson read from a `.lesson` file: a title, then steps, each with the narrative shown
/// before it, one action (a command to type, a question or a pause), its checkpoints and hints.
public struct Lesson: Sendable, Equatable {
    /// The file's name without extension (`02_quadratic`); what `gradstep lesson NAME` matches.
    public var name: String
    /// The number the file name starts with (`02_quadratic` → 2), if any.
    public var number: Int?
    /// The `title:` line.
    public var title: String
    /// The steps in order; progress is counted over these.
    public var steps: [LessonStep]
    /// Narrative after the last step (the closing note), verbatim lines.
    public var closing: [String]

    public init(name: String, number: Int?, title: String, steps: [LessonStep], closing: [String]) {
        self.name = name
        self.number = number
        self.title = title
        self.steps = steps
        self.closing = closing
    }
}

/// One step of a lesson: narrative lines shown first, then the action, then its checkpoints.
public struct LessonStep: Sendable, Equatable {
    /// What the learner does at this step.
    public enum Action: Sendable, Equatable {
        /// Input to type at the debugger prompt (Python or a debugger command; several lines for a block).
        case command(String)
        /// A question; the answer stays hidden until the learner has answered (or pressed Enter).
        case question(String, answer: String)
        /// Wait for Enter (an optional message).
        case pause(String?)
    }

    /// Narrative lines shown before the action, verbatim (blank lines separate paragraphs).
    public var narrative: [String]
    public var action: Action
    /// Checks run after the action; all must pass for the step to be done.
    public var checkpoints: [Checkpoint]
    /// Shown by `hint`, in order.
    public var hints: [String]
    /// The 1-based line of the action in the lesson file.
    public var line: Int

    public init(narrative: [String], action: Action, checkpoints: [Checkpoint] = [], hints: [String] = [], line: Int) {
        self.narrative = narrative
        self.action = action
        self.checkpoints = checkpoints
        self.hints = hints
        self.line = line
    }

    /// The command text, for command steps.
    public var command: String? {
        if case .command(let c) = action { return c }
        return nil
    }
}
