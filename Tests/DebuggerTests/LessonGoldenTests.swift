import Foundation
import XCTest
@testable import Debugger

/// Every lesson runs to the end with `--auto`, and its transcript equals the golden file in
/// Tests/DebuggerTests/Golden/Lessons/NAME.txt. Re-record after changing a lesson or the output:
///
///     GRADSTEP_RECORD_GOLDEN=1 swift test --filter LessonGoldenTests
///
/// (then read the diff: the numbers in the transcripts were checked against PyTorch 2.x).
final class LessonGoldenTests: XCTestCase {
    func runGolden(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let lesson = try LessonTestSupport.lesson(name)
        let (outcome, transcript) = Self.runAuto(lesson)
        let path = LessonTestSupport.goldenDirectory + "/\(name).txt"
        if LessonTestSupport.recording {
            try transcript.write(toFile: path, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(outcome, .finished, transcript, file: file, line: line)
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        assertSameText(transcript, golden, name, file: file, line: line)
    }

    static func runAuto(_ lesson: Lesson) -> (LessonRunner.Outcome, String) {
        let console = BufferConsole()
        let runner = LessonRunner(lesson: lesson, console: console)
        // A timing stated from the run ({seconds}) differs on every run: masked here, tested in LessonRunnerTests.
        runner.formatSeconds = { _ in "<seconds>" }
        let outcome = runner.runAuto()
        return (outcome, LessonTestSupport.transcript(console))
    }

    /// Fails at the first differing line, showing both.
    func assertSameText(_ actual: String, _ expected: String, _ name: String, file: StaticString, line: UInt) {
        if actual == expected { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let got = index < a.count ? String(a[index]) : "<end>"
        let want = index < e.count ? String(e[index]) : "<end>"
        XCTFail("\(name): transcript differs from the golden file at line \(index + 1)\n  got:  \(got)\n  want: \(want)\n(re-record with GRADSTEP_RECORD_GOLDEN=1 if the change is intended)",
                file: file, line: line)
    }

    func testLesson1Tour() throws { try runGolden("01_tour") }

    /// Its million-iteration `train` runs as a compiled plan: about 20 s in a debug build.
    func testLesson2Quadratic() throws { try runGolden("02_quadratic") }

    func testLesson3LinearRegression() throws { try runGolden("03_linear_regression") }
    func testLesson4LineFitting() throws { try runGolden("04_line_fitting") }
    func testLesson5ForgettingZeroGrad() throws { try runGolden("05_forgetting_zero_grad") }
    func testLesson6DetachNoGrad() throws { try runGolden("06_detach_no_grad") }

    func testLesson7GraphAndBackward() throws {
        try runGolden("07_graph_and_backward")
    }

    func testLesson8ModuleLineFitting() throws { try runGolden("08_module_line_fitting") }
    func testLesson9SGDAnimation() throws { try runGolden("09_sgd_animation") }
    func testLesson10SevenSteps() throws { try runGolden("10_seven_steps") }
    func testLesson11OptimizersSideBySide() throws { try runGolden("11_optimizers_side_by_side") }
    func testLesson12CustomFunction() throws { try runGolden("12_custom_function") }

    /// Its million-step `learner` loop runs compiled, like lesson 2's `train`.
    func testLesson13LearnerSnapshots() throws { try runGolden("13_learner_snapshots") }

    /// Every lesson in lessons/ has a golden test here (a new lesson must be added above).
    func testEveryLessonHasAGoldenTranscript() throws {
        let dir = LessonTestSupport.root + "/lessons"
        let lessons = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".lesson") }.map { String($0.dropLast(7)) }
        let goldens = try FileManager.default.contentsOfDirectory(atPath: LessonTestSupport.goldenDirectory).filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        XCTAssertGreaterThanOrEqual(lessons.count, 12)
        XCTAssertEqual(Set(lessons), Set(goldens))
    }

    /// No transcript may hold an object address (they change from run to run).
    func testGoldenFilesHaveNoAddresses() throws {
        for file in try FileManager.default.contentsOfDirectory(atPath: LessonTestSupport.goldenDirectory) {
            let text = try String(contentsOfFile: LessonTestSupport.goldenDirectory + "/" + file, encoding: .utf8)
            XCTAssertFalse(text.contains(" at 0x"), file)
        }
    }
}
