import Foundation
import XCTest
@testable import Debugger

/// The runner: a failing checkpoint in --auto, and a learner driving a guided lesson with a
/// scripted reader (Enter, typos, their own commands, hint, skip, back, restart, quit and resume).
final class LessonRunnerTests: XCTestCase {
    static let text = """
    title: Tiny
    Make a tensor.
    >>> W = torch.tensor([1., 2.], requires_grad=True)
    expect W.shape == (2,)
    >>> loss = (W * 3).sum()
    hint: multiply by three, then sum
    expect loss ≈ 9.0
    question: What is W.grad after backward?
    answer: [3., 3.]
    >>> loss.backward()
    expect W.grad ≈ [3, 3]
    Done.
    """

    func lesson(_ text: String = LessonRunnerTests.text) throws -> Lesson { try LessonParser.parse(text, name: "09_tiny") }

    func testAutoRunsAndChecks() throws {
        let console = BufferConsole()
        let outcome = LessonRunner(lesson: try lesson(), console: console).runAuto()
        XCTAssertEqual(outcome, .finished)
        let t = LessonTestSupport.transcript(console)
        XCTAssertTrue(t.hasPrefix("── Lesson 9: Tiny ──  (4 steps)\n\n[step 1/4]\nMake a tensor.\n\ngradstep> W = torch.tensor([1., 2.], requires_grad=True)\n  ✓ expect W.shape == (2,)\n"), t)
        XCTAssertTrue(t.contains("gradstep> loss.backward()\n  ✓ expect W.grad ≈ [3, 3]\n\nDone.\n\n── lesson complete: 4/4 steps ──\n"), t)
    }

    func testWrongExpectationFailsClearly() throws {
        let wrong = Self.text.replacingOccurrences(of: "expect loss ≈ 9.0", with: "expect loss ≈ 10.0")
        let console = BufferConsole()
        let outcome = LessonRunner(lesson: try lesson(wrong), console: console).runAuto()
        XCTAssertEqual(outcome, .failed(step: 2, message: "step 2/4, line 7: expect loss ≈ 10.0: loss is tensor(9., grad_fn=<SumBackward0>) (9.0), expected ≈ 10.0 within 0.1"))
        let t = LessonTestSupport.transcript(console)
        XCTAssertTrue(t.hasSuffix("  ✗ expect loss ≈ 10.0   (step 2/4, line 7)\n    loss is tensor(9., grad_fn=<SumBackward0>) (9.0), expected ≈ 10.0 within 0.1\n"), t)
        XCTAssertFalse(t.contains("[step 3/4]"), "the run stops at the failure")
    }

    func testShippedLessonWithAWrongExpectationFails() throws {
        var tour = try LessonTestSupport.lesson("01_tour")
        let index = try XCTUnwrap(tour.steps.firstIndex { $0.command == "backward" })
        tour.steps[index].checkpoints = [try Checkpoint.parse("W.grad ≈ [2.5, 4.0]", line: 99).get()]
        let console = BufferConsole()
        let outcome = LessonRunner(lesson: tour, console: console).runAuto()
        XCTAssertEqual(outcome, .failed(step: index + 1, message: "step \(index + 1)/14, line 99: expect W.grad ≈ [2.5, 4.0]: W.grad is tensor([-2.5000, -4.0000]), expected ≈ [2.5, 4.0] within 0.1 (element 0: -2.5, expected 2.5)"))
    }

    func testFailingCommandStopsAutoUnlessAnErrorIsExpected() throws {
        let failing = "title: F\n>>> undefined_name + 1\n>>> x = 1"
        var console = BufferConsole()
        XCTAssertEqual(LessonRunner(lesson: try lesson(failing), console: console).runAuto(),
                       .failed(step: 1, message: "step 1/2 (line 2): the command failed"))
        XCTAssertTrue(console.errText.contains("NameError: name 'undefined_name' is not defined"), console.errText)
        console = BufferConsole()
        let expected = failing.replacingOccurrences(of: ">>> x = 1", with: "expect error is not defined\n>>> x = 1")
        XCTAssertEqual(LessonRunner(lesson: try lesson(expected), console: console).runAuto(), .finished)
    }

    func testGuidedLearnerSession() throws {
        let path = LessonTestSupport.temporaryStatePath("guided")
        let store = LessonProgressStore(path: path)
        let console = BufferConsole()
        let runner = LessonRunner(lesson: try lesson(), console: console, progress: store)
        let reader = ScriptedLineReader(lines: [
            "",                       // step 1: Enter runs the proposed command
            "los = W * 3",            // step 2: exploring (no checkpoint passes yet)
            "stpe",                   // a typo: the session's error and did-you-mean
            "hint", "hint",           // the lesson's hint, then the command itself
            "loss = (W*3).sum()",     // the learner's own spelling completes the step
            "I think 3",              // the question: any answer reveals it
            "back",                   // back to the question
            "",                       // reveal again
            "quit",
        ])
        XCTAssertEqual(runner.runGuided(reader: reader), .left(step: 4))
        let t = LessonTestSupport.transcript(console)
        XCTAssertTrue(t.contains("[step 1/4]\nMake a tensor.\n\ntype this (Enter runs it):\n    >>> W = torch.tensor([1., 2.], requires_grad=True)\ngradstep> W"), t)
        XCTAssertTrue(t.contains("gradstep> W = torch.tensor([1., 2.], requires_grad=True)\n  ✓ expect W.shape == (2,)\n"), t)
        XCTAssertTrue(t.contains("next: loss = (W * 3).sum()   (Enter runs it, or `skip`)\n"), t)
        XCTAssertTrue(t.contains("NameError: name 'stpe' is not defined\nhint: did you mean 'step'? (a gradstep command: `help step`)\n"), t)
        XCTAssertTrue(t.contains("hint: multiply by three, then sum\nhint: type exactly this (or press Enter):\n    >>> loss = (W * 3).sum()\n"), t)
        XCTAssertTrue(t.contains("✓ that completes step 2\n"), t)
        XCTAssertTrue(t.contains("answer: [3., 3.]\n"), t)
        XCTAssertTrue(t.contains("back to step 3/4"), t)
        XCTAssertTrue(t.contains("Left at step 4/4. `gradstep lesson 09_tiny` resumes here."), t)
        XCTAssertEqual(reader.prompts.prefix(3), ["step 1/4> ", "step 2/4> ", "step 2/4> "])
        XCTAssertEqual(store.entry("09_tiny"), .init(step: 3, steps: 4))

        // Resume: the earlier commands are replayed quietly, so step 4's checkpoint sees W and loss.
        let console2 = BufferConsole()
        let resumed = LessonRunner(lesson: try lesson(), console: console2, progress: store)
        XCTAssertEqual(resumed.runGuided(reader: ScriptedLineReader(lines: ["", ""])), .finished)
        let t2 = LessonTestSupport.transcript(console2)
        XCTAssertTrue(t2.contains("You stopped at step 4/4 last time. Enter resumes there; `restart` starts over.\n"), t2)
        XCTAssertTrue(t2.contains("replayed steps 1–3 quietly; your variables are back.\n"), t2)
        XCTAssertTrue(t2.contains("  ✓ expect W.grad ≈ [3, 3]\n"), t2)
        XCTAssertEqual(store.entry("09_tiny"), .init(step: 4, steps: 4))
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The learner's own version of a step that misses the checkpoint says so at once; `check` does not
    /// complete a step whose command never ran; a typed answer is acknowledged.
    func testOwnVersionCheckAndAnswerAcknowledged() throws {
        let text = """
        title: Tiny
        >>> W = torch.tensor([1., 2.], requires_grad=True)
        >>> loss = (W * 3).sum()
        expect loss ≈ 9.0
        question: Is the gradient of -W.sum() positive or negative?
        answer: Negative. Every element contributes -1.
        question: Again?
        answer: Negative, still.
        >>> W.grad = None
        expect W.grad is None
        """
        let console = BufferConsole()
        let runner = LessonRunner(lesson: try lesson(text), console: console)
        let reader = ScriptedLineReader(lines: [
            "",                       // step 1
            "loss = (W * 2).sum()",   // step 2: the learner's own version misses the checkpoint
            "loss = (W*3).sum()",     // fixed (their own spelling): completes the step
            "positive",               // wrong answer
            "it is negative",         // right answer
            "check",                  // step 5: nothing ran yet (W.grad is None already)
            "",                       // runs it
        ])
        XCTAssertEqual(runner.runGuided(reader: reader), .finished)
        let t = LessonTestSupport.transcript(console)
        XCTAssertTrue(t.contains("your version of step 2 ran, but:\n  ✗ expect loss ≈ 9.0   (step 2/5, line 4)\n    loss is tensor(6., grad_fn=<SumBackward0>) (6.0), expected ≈ 9.0 within 0.1\n"), t)
        XCTAssertTrue(t.contains("✓ that completes step 2\n"), t)
        XCTAssertTrue(t.contains("✗ not quite: the answer is negative\nanswer: Negative."), t)
        XCTAssertTrue(t.contains("✓ right: negative\nanswer: Negative, still."), t)
        XCTAssertTrue(t.contains("step 5's command has not run yet, so there is nothing to check"), t)
        XCTAssertTrue(t.hasSuffix("  ✓ expect W.grad is None\n\n── lesson complete: 5/5 steps ──\n"), t)
    }

    func testSkipRestartAndFailedCheckpointInGuidedMode() throws {
        let console = BufferConsole()
        let runner = LessonRunner(lesson: try lesson(), console: console)
        let reader = ScriptedLineReader(lines: [
            "skip",                   // step 1 skipped: W never defined
            "",                       // step 2 runs and fails: W is not defined
            "restart",                // fresh session, step 1
            "", "", "",               // steps 1, 2, question
            "loss.backward()",        // typed exactly as proposed
        ])
        XCTAssertEqual(runner.runGuided(reader: reader), .finished)
        let t = LessonTestSupport.transcript(console)
        XCTAssertTrue(t.contains("skipped step 1/4\n"), t)
        XCTAssertTrue(t.contains("NameError: name 'W' is not defined\n"), t)
        XCTAssertTrue(t.contains("That failed. Fix it and try again, type `hint`, or `skip`.\n"), t)
        XCTAssertTrue(t.contains("restarted: a fresh session, back to step 1/4\n"), t)
        XCTAssertTrue(t.hasSuffix("  ✓ expect W.grad ≈ [3, 3]\n\nDone.\n\n── lesson complete: 4/4 steps ──\n"), t)
    }

    func testPaceWaitsBetweenStepsAndInterruptStops() throws {
        let console = BufferConsole()
        let runner = LessonRunner(lesson: try lesson(), console: console)
        var waits: [Double] = []
        runner.pace = 1.5
        runner.sleep = { waits.append($0) }
        XCTAssertEqual(runner.runAuto(), .finished)
        XCTAssertEqual(waits.reduce(0, +), 4.5, accuracy: 1e-9)
        XCTAssertTrue(waits.allSatisfy { $0 <= 0.1 + 1e-12 }, "waits in slices so keys and Ctrl-C are seen: \(waits)")

        let stopped = LessonRunner(lesson: try lesson(), console: BufferConsole())
        var polls = 0
        stopped.interrupted = { polls += 1; return polls == 2 }
        XCTAssertEqual(stopped.runAuto(), .left(step: 2))
    }

    /// `--pace`: Space pauses the wait (it no longer counts down), Space again resumes, Enter goes on
    /// to the next step at once; without keys each wait lasts `pace`.
    func testPaceSpacePausesAndEnterAdvances() throws {
        let console = BufferConsole()
        let runner = LessonRunner(lesson: try lesson(), console: console)
        runner.pace = 1.0
        var slept: [Double] = []
        runner.sleep = { slept.append($0) }
        // Wait 1: Space, 30 polls paused, Space, then it runs out. Wait 2: Enter at once. Wait 3: Space, Enter.
        var keys: [LessonRunner.PaceKey?] = [.pause] + Array(repeating: nil, count: 30) + [.pause]
        keys += Array(repeating: nil, count: 9) + [.advance] + [.pause, nil, nil, .advance]
        runner.paceKey = { keys.isEmpty ? nil : keys.removeFirst() }
        XCTAssertEqual(runner.runAuto(), .finished)
        XCTAssertTrue(keys.isEmpty, "every key was read: \(keys)")
        // Wait 1 slept 31 paused slices plus 1 s of counted ones, wait 2 none, wait 3 three paused slices.
        XCTAssertEqual(slept.reduce(0, +), 3.1 + 1.0 + 0.3, accuracy: 1e-9)
        let t = LessonTestSupport.transcript(console)
        XCTAssertEqual(t.components(separatedBy: "‖ paused: Space resumes, Enter goes on to the next step\n").count - 1, 2, t)
        XCTAssertEqual(t.components(separatedBy: "▶ resumed\n").count - 1, 2, t)
        XCTAssertTrue(t.hasSuffix("── lesson complete: 4/4 steps ──\n"), t)

        // Ctrl-C while paused stops the demo before the next step.
        let stopped = LessonRunner(lesson: try lesson(), console: BufferConsole())
        stopped.pace = 1.0
        var pausedKeys: [LessonRunner.PaceKey?] = [.pause]
        stopped.paceKey = { pausedKeys.isEmpty ? nil : pausedKeys.removeFirst() }
        var ticks = 0
        stopped.sleep = { _ in ticks += 1 }
        stopped.interrupted = { ticks >= 50 }
        XCTAssertEqual(stopped.runAuto(), .left(step: 2))
    }

    /// `{seconds}` in a narrative states how long the previous step's command took, measured in this run.
    func testSecondsPlaceholderStatesTheRunsTiming() throws {
        let text = """
        title: Timed
        >>> s = 0
        ... for i in range(20000): s += i
        That loop took {seconds} here.
        >>> s
        """
        let console = BufferConsole()
        let runner = LessonRunner(lesson: try LessonParser.parse(text, name: "09_timed"), console: console)
        var measured: [Double] = []
        runner.formatSeconds = { measured.append($0); return LessonRunner.describeSeconds($0) }
        let before = ContinuousClock.now
        XCTAssertEqual(runner.runAuto(), .finished)
        let whole = (ContinuousClock.now - before).components
        let wall = Double(whole.seconds) + Double(whole.attoseconds) / 1e18
        XCTAssertEqual(measured.count, 1)
        XCTAssertGreaterThan(measured[0], 0)
        XCTAssertLessThanOrEqual(measured[0], wall)
        let t = LessonTestSupport.transcript(console)
        XCTAssertTrue(t.contains("That loop took \(LessonRunner.describeSeconds(measured[0])) here.\n"), t)
        XCTAssertFalse(t.contains("{seconds}"), t)
        XCTAssertEqual(LessonRunner.describeSeconds(0.4213), "0.42 s")
        XCTAssertEqual(LessonRunner.describeSeconds(3.05), "3.05 s")
        XCTAssertEqual(LessonRunner.describeSeconds(45.26), "45.3 s")
        XCTAssertEqual(LessonRunner.describeSeconds(185), "3 min 5 s")
    }

    /// No lesson states a measured duration as a fixed number: timings come from `{seconds}`. (The data's
    /// own units, "speed over 20 seconds", are no claim about the run.)
    func testLessonsStateNoFixedTimings() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: LessonTestSupport.lessonsDirectory)
        let pattern = try NSRegularExpression(pattern: #"\b[0-9][0-9.,]* ?(s|ms|sec|secs|min)\b|of CPU|(debug|release) build"#)
        for file in files where file.hasSuffix(".lesson") {
            let text = try String(contentsOfFile: LessonTestSupport.lessonsDirectory + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(">>>") && !line.hasPrefix("...") {
                let s = String(line)
                let hits = pattern.matches(in: s, range: NSRange(s.startIndex..., in: s))
                XCTAssertTrue(hits.isEmpty, "\(file): a fixed timing: \(s)")
            }
        }
    }
}
