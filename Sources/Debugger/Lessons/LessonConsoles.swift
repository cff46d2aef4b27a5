/// Forwards to another console and keeps the text written (for `expect error`).
final class RecordingConsole: Console {
    let base: Console
    private(set) var text = ""

    init(_ base: Console) { self.base = base }

    func out(_ text: String, _ style: TextStyle) {
        self.text += text
        base.out(text, style)
    }

    func err(_ text: String, _ style: TextStyle) {
        self.text += text
        base.err(text, style)
    }

    var width: Int { base.width }
    var isTerminal: Bool { base.isTerminal }
}

/// Drops everything: replaying earlier steps when a learner resumes a lesson.
final class SilentConsole: Console {
    func out(_ text: String, _ style: TextStyle) {}
    func err(_ text: String, _ style: TextStyle) {}
    var width: Int { 80 }
    var isTerminal: Bool { false }
}
