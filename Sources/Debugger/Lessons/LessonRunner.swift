import Script

/// Runs a lesson against a fresh `DebugSession`: `runAuto()` for demos and CI (no input), or
/// `runGuided(reader:)` for a learner, who runs each proposed command with Enter (or types their own),
/// explores freely between steps and uses `hint`, `skip`, `back`, `restart`, `check`, `quit`.
public final class LessonRunner {
    /// How a run ended.
    public enum Outcome: Sendable, Equatable {
        /// Every step done.
        case finished
        /// `--auto` only: a step's command failed or a checkpoint did not hold (step is 1-based).
        case failed(step: Int, message: String)
        /// The learner left (quit, end of input, Ctrl-C in `--auto`); the next step to do, 1-based.
        case left(step: Int)
    }

    public let lesson: Lesson
    let console: Console
    let makeSession: () -> DebugSession
    /// The session the lesson's commands run in (replaced by `restart`).
    public private(set) var session: DebugSession
    let progress: LessonProgressStore?
    /// Seconds to wait between steps in `--auto` (`--pace`).
    public var pace: Double = 0
    /// Waits the given seconds, at most a tenth of a second per call (injected so tests do not sleep).
    public var sleep: (Double) -> Void = { _ in }
    /// A key the learner pressed during a `--pace` wait.
    public enum PaceKey: Sendable, Equatable {
        /// Space: pause the demo, or resume it.
        case pause
        /// Enter: go on to the next step now.
        case advance
    }
    /// Polled during `--pace` waits without blocking; nil when no key was pressed.
    public var paceKey: () -> PaceKey? = { nil }
    /// How `{seconds}` in a narrative shows the last command's wall-clock time (tests mask it, as a
    /// timing cannot be in a golden transcript).
    public var formatSeconds: (Double) -> String = LessonRunner.describeSeconds
    /// Wall-clock seconds the last command took: `{seconds}` in the narrative after a step says it,
    /// so a lesson states its timings from the run instead of a number measured once elsewhere.
    private var lastSeconds: Double?
    /// Set when Ctrl-C arrived during a pace wait (the poll clears the flag, so it is kept here).
    private var stopRequested = false
    /// Polled between steps in `--auto`: true stops the demo.
    public var interrupted: () -> Bool = { false }
    /// `--auto` stops before this step index (0-based), returning `.left`; nil runs to the end.
    public var stopBefore: Int?
    /// The next step's index.
    public private(set) var index = 0
    private var last = CommandOutcome.none
    private var hintsShown = 0
    /// Whether the current step's command (or the learner's own version of it) has run: `check`
    /// only completes a step that did something.
    private var actionRan = false

    /// `progress` nil keeps no progress (auto runs and tests).
    public init(lesson: Lesson, console: Console, progress: LessonProgressStore? = nil,
                makeSession: @escaping () -> DebugSession = { DebugSession() }) {
        self.lesson = lesson
        self.console = console
        self.progress = progress
        self.makeSession = makeSession
        self.session = makeSession()
    }

    var total: Int { lesson.steps.count }

    // MARK: - Auto

    /// Runs every step without input, printing a transcript; stops at the first failure.
    public func runAuto() -> Outcome {
        header()
        while index < total {
            if index > 0 && pace > 0 { paceWait() }
            if let stop = stopBefore, index >= stop { return .left(step: index + 1) }
            if stopRequested || interrupted() {
                console.out("\nstopped at step \(index + 1)/\(total)\n", .warning)
                return .left(step: index + 1)
            }
            let step = lesson.steps[index]
            marker()
            narrative(step.narrative)
            switch step.action {
            case .command(let command):
                echo(command)
                runCommand(command)
                let hasErrorCheck = step.checkpoints.contains { $0.comparison == .error }
                if last.failed && !hasErrorCheck {
                    let message = "step \(index + 1)/\(total) (line \(step.line)): the command failed"
                    console.err("✗ \(message)\n", .error)
                    return .failed(step: index + 1, message: message)
                }
            case .question(let question, let answer):
                showQuestion(question)
                showAnswer(answer)
            case .pause(let message):
                if let message { console.out(message + "\n", .plain) }
            }
            if let failure = check(step, quietOnPass: false) {
                return .failed(step: index + 1, message: failure)
            }
            index += 1
        }
        closing()
        return .finished
    }

    /// Waits `pace` seconds between steps of a paced demo: Space pauses (the wait stops counting
    /// until Space again), Enter goes on at once, Ctrl-C stops.
    private func paceWait() {
        var remaining = pace
        var paused = false
        while paused || remaining > 1e-9 {
            if interrupted() { stopRequested = true; return }
            switch paceKey() {
            case .advance?:
                if paused { console.out("▶ resumed\n", .dim) }
                return
            case .pause?:
                paused.toggle()
                console.out(paused ? "‖ paused: Space resumes, Enter goes on to the next step\n" : "▶ resumed\n", .dim)
            case nil:
                break
            }
            let slice = paused ? 0.1 : min(remaining, 0.1)
            sleep(slice)
            if !paused { remaining -= slice }
        }
    }

    // MARK: - Guided

    /// Runs the lesson with a learner at `reader`; progress is saved after every step.
    public func runGuided(reader: LineReader) -> Outcome {
        header()
        if case .left(let step) = offerResume(reader) { return .left(step: step) }
        console.out("At each step: Enter runs the proposed command, or type your own; `help` lists the lesson keys.\n", .dim)
        var presented = -1
        while index < total {
            let step = lesson.steps[index]
            if presented != index {
                present(step)
                presented = index
                hintsShown = 0
                actionRan = false
            }
            switch interact(step, reader: reader) {
            case .advance:
                index += 1
                save()
            case .stay:
                break
            case .back:
                let target = max(0, index - 1)
                console.out("back to step \(target + 1)/\(total) (going back does not undo what ran; `restart` gives a fresh session)\n", .dim)
                index = target
                presented = -1
                save()
            case .restart:
                restart()
                presented = -1
            case .leave:
                save()
                console.out("\nLeft at step \(index + 1)/\(total). `gradstep lesson \(lesson.name)` resumes here.\n", .dim)
                return .left(step: index + 1)
            }
        }
        closing()
        progress?.set(lesson.name, .init(step: total, steps: total))
        return .finished
    }

    enum Move { case advance, stay, back, restart, leave }

    private func interact(_ step: LessonStep, reader: LineReader) -> Move {
        let prompt = "step \(index + 1)/\(total)> "
        switch step.action {
        case .question(_, let answer):
            guard let input = read(reader, prompt: "your answer> ") else { return .leave }
            if let move = keyword(input, step: step) { return move }
            acknowledge(input, answer: answer)
            showAnswer(answer)
            return checkAfterAction(step) ? .advance : .stay
        case .pause:
            guard let input = read(reader, prompt: prompt) else { return .leave }
            if input.trimmed.isEmpty { return checkAfterAction(step) ? .advance : .stay }
            if let move = keyword(input, step: step) { return move }
            explore(input)
            console.out("(press Enter to go on)\n", .dim)
            return .stay
        case .command(let command):
            guard let input = read(reader, prompt: prompt) else { return .leave }
            if input.trimmed.isEmpty {
                echo(command)
                runCommand(command)
                actionRan = true
                return checkAfterAction(step) ? .advance : .stay
            }
            if let move = keyword(input, step: step) { return move }
            if Self.normalized(input) == Self.normalized(command) {
                runCommand(input)
                actionRan = true
                return checkAfterAction(step) ? .advance : .stay
            }
            runCommand(input)
            if !step.checkpoints.isEmpty, !last.failed, check(step, quietOnPass: true) == nil {
                console.out("✓ that completes step \(index + 1)\n", .good)
                actionRan = true
                return .advance
            }
            // The learner's own version of this step (same command, or an assignment to the same
            // names): say at once which checkpoint it misses, and why.
            if !last.failed, Self.isVariant(input, of: command) {
                actionRan = true
                if !step.checkpoints.isEmpty {
                    console.out("your version of step \(index + 1) ran, but:\n", .dim)
                    check(step, quietOnPass: false)
                    console.out("Fix it and `check`, or press Enter for the proposed command (`hint`, `skip`).\n", .dim)
                    return .stay
                }
            }
            console.out("next: \(Self.oneLine(command))   (Enter runs it, or `skip`)\n", .dim)
            return .stay
        }
    }

    /// After the step's own action: checkpoints, and the failure advice.
    private func checkAfterAction(_ step: LessonStep) -> Bool {
        if case .command = step.action, last.failed, !step.checkpoints.contains(where: { $0.comparison == .error }) {
            console.out("That failed. Fix it and try again, type `hint`, or `skip`.\n", .dim)
            return false
        }
        if check(step, quietOnPass: false) != nil {
            console.out("Explore and fix, then `check`; or `hint`, `skip`, `restart`.\n", .dim)
            return false
        }
        return true
    }

    /// Handles the lesson's own words; nil when `input` is not one of them.
    private func keyword(_ input: String, step: LessonStep) -> Move? {
        switch input.trimmed {
        case "hint":
            showHint(step)
            return .stay
        case "skip":
            console.out("skipped step \(index + 1)/\(total)\n", .dim)
            return .advance
        case "back":
            return .back
        case "restart":
            return .restart
        case "quit", "exit":
            return .leave
        case "check":
            if step.checkpoints.isEmpty {
                console.out("this step has no checkpoint\n", .dim)
                return .stay
            }
            if case .command(let command) = step.action, !actionRan {
                console.out("step \(index + 1)'s command has not run yet, so there is nothing to check: press Enter to run `\(Self.oneLine(command))` (or type your own version, or `skip`)\n", .dim)
                return .stay
            }
            return check(step, quietOnPass: false) == nil ? .advance : .stay
        case "show":
            present(step)
            return .stay
        case "help":
            console.out("""
            lesson keys:
              Enter     run the proposed command as shown
              hint      a hint for this step (again for the next hint)
              check     run this step's checkpoints again
              skip      go on without doing this step
              back      go to the previous step (variables stay as they are)
              restart   start the lesson over with a fresh session
              show      show this step's text again
              quit      leave; `gradstep lesson \(lesson.name)` resumes here
            Anything else runs in the debugger: Python lines and commands (`help COMMAND`).

            """, .plain)
            _ = session.run("help", console: console)
            return .stay
        default:
            return nil
        }
    }

    private func showHint(_ step: LessonStep) {
        if hintsShown < step.hints.count {
            console.out("hint: " + step.hints[hintsShown] + "\n", .dim)
            hintsShown += 1
        } else if let command = step.command {
            console.out("hint: type exactly this (or press Enter):\n", .dim)
            proposal(command)
        } else {
            console.out("no more hints for this step\n", .dim)
        }
    }

    /// Reads one input (several lines for a block). nil at end of input.
    private func read(_ reader: LineReader, prompt: String) -> String? {
        var buffer: [String] = []
        while true {
            switch reader.readLine(prompt: buffer.isEmpty ? prompt : ReplLoop.continuationPrompt) {
            case .eof:
                if reader.isInteractive { console.out("\n", .plain) }
                return buffer.isEmpty ? nil : buffer.joined(separator: "\n")
            case .interrupted:
                buffer.removeAll()
            case .line(let line):
                if line.trimmed.isEmpty {
                    if buffer.isEmpty { return "" }
                    return buffer.joined(separator: "\n")
                }
                reader.addHistory(line)
                buffer.append(line)
                let joined = buffer.joined(separator: "\n")
                if !session.needsMoreInput(joined) { return joined }
            }
        }
    }

    private func explore(_ input: String) {
        runCommand(input)
    }

    private func restart() {
        session = makeSession()
        index = 0
        last = .none
        console.out("restarted: a fresh session, back to step 1/\(total)\n", .dim)
        save()
    }

    private func save() {
        progress?.set(lesson.name, .init(step: index, steps: total))
    }

    /// Offers to resume where the learner stopped; replays the earlier commands quietly.
    private func offerResume(_ reader: LineReader) -> Outcome? {
        guard let entry = progress?.entry(lesson.name), entry.steps == total, entry.step > 0 else { return nil }
        if entry.step >= total {
            console.out("You finished this lesson before; here it is again from the start.\n", .dim)
            return nil
        }
        console.out("You stopped at step \(entry.step + 1)/\(total) last time. Enter resumes there; `restart` starts over.\n", .plain)
        guard let answer = read(reader, prompt: "resume> ") else { return .left(step: entry.step + 1) }
        if answer.trimmed == "restart" {
            restart()
            return nil
        }
        let quiet = SilentConsole()
        var failures = 0
        for step in lesson.steps[0..<entry.step] {
            if case .command(let command) = step.action, session.run(command, console: quiet) != .ok { failures += 1 }
        }
        index = entry.step
        let note = failures == 0 ? "" : " (\(failures) of them failed, as they may have the first time)"
        console.out("replayed steps 1–\(entry.step) quietly\(note); your variables are back.\n", .dim)
        return nil
    }

    // MARK: - Running and checking

    private func runCommand(_ input: String) {
        let recorder = RecordingConsole(console)
        let start = ContinuousClock.now
        let outcome = session.run(input, console: recorder)
        let elapsed = (ContinuousClock.now - start).components
        lastSeconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        last = CommandOutcome(failed: outcome == .failed, output: recorder.text)
    }

    /// Runs the step's checkpoints; returns the first failure's message (nil when all pass).
    @discardableResult
    private func check(_ step: LessonStep, quietOnPass: Bool) -> String? {
        var passes: [Checkpoint] = []
        for checkpoint in step.checkpoints {
            let result = CheckpointEvaluator.evaluate(checkpoint, interpreter: session.interpreter, last: last)
            if !result.passed {
                if quietOnPass { return result.message }
                for p in passes { console.out("  ✓ expect \(p.text)\n", .good) }
                console.out("  ✗ expect \(checkpoint.text)   (step \(index + 1)/\(total), line \(checkpoint.line))\n", .error)
                console.out("    \(result.message)\n", .error)
                return "step \(index + 1)/\(total), line \(checkpoint.line): expect \(checkpoint.text): \(result.message)"
            }
            passes.append(checkpoint)
        }
        if !quietOnPass { for p in passes { console.out("  ✓ expect \(p.text)\n", .good) } }
        return nil
    }

    // MARK: - Text

    private func header() {
        let number = lesson.number.map { "Lesson \($0): " } ?? "Lesson: "
        console.out("── \(number)\(lesson.title) ──  (\(total) steps)\n", .heading)
    }

    private func marker() {
        console.out("\n[step \(index + 1)/\(total)]\n", .dim)
    }

    private func present(_ step: LessonStep) {
        marker()
        narrative(step.narrative)
        switch step.action {
        case .command(let command):
            console.out("type this (Enter runs it):\n", .dim)
            proposal(command)
        case .question(let question, _):
            showQuestion(question)
            console.out("(answer, or just press Enter, to see the answer)\n", .dim)
        case .pause(let message):
            if let message { console.out(message + "\n", .plain) }
            console.out("(press Enter to go on)\n", .dim)
        }
    }

    private func narrative(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        console.out(withRunFacts(lines.joined(separator: "\n")) + "\n\n", .plain)
    }

    private func proposal(_ command: String) {
        for (i, line) in command.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            console.out(i == 0 ? "    >>> " : "    ... ", .prompt)
            console.out(line + "\n", .name)
        }
    }

    private func echo(_ command: String) {
        for (i, line) in command.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            console.out(i == 0 ? session.prompt : ReplLoop.continuationPrompt, .prompt)
            console.out(line + "\n", .plain)
        }
    }

    private func showQuestion(_ question: String) {
        console.out("? " + question.replacingNewlines(with: "\n  ") + "\n", .heading)
    }

    /// Says whether a typed answer matches the answer's verdict (`Negative.`, `Yes,` …); when the
    /// answer has no one-word verdict, acknowledges it and invites a comparison.
    private func acknowledge(_ input: String, answer: String) {
        let given = input.trimmed
        guard !given.isEmpty else { return }
        let first = answer.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init) ?? ""
        let verdict = first.last.map { ".,;:".contains($0) } ?? false ? String(first.dropLast()) : ""
        guard !verdict.isEmpty, verdict.allSatisfy({ $0.isLetter }) else {
            console.out("you answered: \(given) — compare with:\n", .dim)
            return
        }
        let words = Set(given.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if words.contains(verdict.lowercased()) {
            console.out("✓ right: \(verdict.lowercased())\n", .good)
        } else {
            console.out("✗ not quite: the answer is \(verdict.lowercased())\n", .error)
        }
    }

    private func showAnswer(_ answer: String) {
        console.out("answer: " + answer.replacingNewlines(with: "\n        ") + "\n", .plain)
    }

    private func closing() {
        if !lesson.closing.isEmpty {
            console.out("\n" + lesson.closing.joined(separator: "\n") + "\n", .plain)
        }
        console.out("\n── lesson complete: \(total)/\(total) steps ──\n", .heading)
    }

    // MARK: - Helpers

    /// The narrative with `{seconds}` replaced by the last command's wall-clock time.
    func withRunFacts(_ text: String) -> String {
        guard text.contains(Self.secondsPlaceholder) else { return text }
        let value = lastSeconds.map(formatSeconds) ?? "an unmeasured time (no command has run yet)"
        return text.replacingOccurrences(of: Self.secondsPlaceholder, with: value)
    }

    static let secondsPlaceholder = "{seconds}"

    /// "0.42 s", "12.3 s", "3 min 5 s": enough digits to read, none that the clock cannot back.
    public static func describeSeconds(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "an unknown time" }
        if seconds < 10 {
            let hundredths = Int((seconds * 100).rounded())
            let frac = hundredths % 100
            return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac) s"
        }
        if seconds < 60 {
            let tenths = Int((seconds * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) s"
        }
        let whole = Int(min(seconds.rounded(), 1e12))
        return "\(whole / 60) min \(whole % 60) s"
    }

    /// Lines with runs of spaces collapsed and blank lines dropped, for "did they type the proposal".
    static func normalized(_ text: String) -> String {
        text.split(separator: "\n").map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Whether `input` is the learner's own version of `command`: the same gradstep command word, or
    /// an assignment to the same names (`loss = ((yhat-y)**2).sum()` for `loss = mse(yhat, y)`).
    static func isVariant(_ input: String, of command: String) -> Bool {
        func firstWord(_ s: String) -> String { String(s.trimmed.prefix { $0 == "_" || $0 == "%" || $0.isLetter || $0.isNumber }) }
        let a = firstWord(input), b = firstWord(command)
        let word = { (w: String) in w.hasPrefix("%") ? String(w.dropFirst()) : w }
        if CommandTable.lookup(word(b)) != nil, word(a) == word(b) { return true }
        func targets(_ s: String) -> Set<String>? {
            guard let module = try? Parser.parse(s), module.body.count == 1 else { return nil }
            switch module.body[0].kind {
            case .assign(let ts, _): return ts.reduce(into: Set<String>()) { $0.formUnion(NameReads.targets($1)) }
            case .augmentedAssign(let t, _, _): return NameReads.targets(t)
            default: return nil
            }
        }
        guard let ta = targets(input), let tb = targets(command), !tb.isEmpty else { return false }
        return ta == tb
    }

    static func oneLine(_ command: String) -> String {
        let lines = command.split(separator: "\n")
        guard let first = lines.first else { return command }
        return lines.count > 1 ? String(first) + " …" : String(first)
    }
}

extension String {
    func replacingNewlines(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
