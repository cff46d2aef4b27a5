import XCTest
@testable import Debugger

/// The lesson file format: steps, continuation lines, checkpoints and the author's mistakes.
final class LessonParserTests: XCTestCase {
    func testParsesEveryKindOfLine() throws {
        let text = """
        title: A small lesson
        # a comment the learner never sees
        First paragraph,
        two lines.

        Second paragraph.

        >>> def f(x):
        ...     return 2*x
        hint: f doubles
        hint: second hint
          continued
        expect f(2) == 4
        question: What is f(3)?
          Think first.
        answer: 6
          because 2*3.
        pause: Look.
        >>> y = f(3)
        expect y ≈ 6.0 ± 0.5
        That was all.
        """
        let lesson = try LessonParser.parse(text, name: "09_small")
        XCTAssertEqual(lesson.title, "A small lesson")
        XCTAssertEqual(lesson.number, 9)
        XCTAssertEqual(lesson.steps.count, 4)
        XCTAssertEqual(lesson.steps[0].narrative, ["First paragraph,", "two lines.", "", "Second paragraph."])
        XCTAssertEqual(lesson.steps[0].action, .command("def f(x):\n    return 2*x"))
        XCTAssertEqual(lesson.steps[0].hints, ["f doubles", "second hint\ncontinued"])
        XCTAssertEqual(lesson.steps[0].checkpoints.map(\.text), ["f(2) == 4"])
        XCTAssertEqual(lesson.steps[0].line, 8)
        XCTAssertEqual(lesson.steps[1].action, .question("What is f(3)?\nThink first.", answer: "6\nbecause 2*3."))
        XCTAssertEqual(lesson.steps[2].action, .pause("Look."))
        XCTAssertEqual(lesson.steps[3].checkpoints.first?.comparison, .approx)
        XCTAssertEqual(lesson.steps[3].checkpoints.first?.tolerance, 0.5)
        XCTAssertEqual(lesson.closing, ["That was all."])
    }

    func testCheckpointOperators() throws {
        func parse(_ s: String) throws -> Checkpoint { try Checkpoint.parse(s, line: 1).get() }
        var c = try parse("loss < 0.2")
        XCTAssertEqual([c.lhs, c.rhs], ["loss", "0.2"]); XCTAssertEqual(c.comparison, .less)
        c = try parse("x[x <= 0].sum() <= 1")  // operators inside brackets belong to the expression
        XCTAssertEqual([c.lhs, c.rhs], ["x[x <= 0].sum()", "1"]); XCTAssertEqual(c.comparison, .lessEqual)
        c = try parse("name == 'a<b'")
        XCTAssertEqual([c.lhs, c.rhs], ["name", "'a<b'"]); XCTAssertEqual(c.comparison, .equal)
        c = try parse("W.grad ~= [1, 2] +- 0.1")
        XCTAssertEqual(c.comparison, .approx); XCTAssertEqual(c.tolerance, 0.1); XCTAssertEqual(c.rhs, "[1, 2]")
        XCTAssertEqual(try parse("W.grad is None").comparison, .isNone)
        XCTAssertEqual(try parse("W.grad is not None").comparison, .isNotNone)
        XCTAssertEqual(try parse("W.requires_grad").comparison, .truthy)
        c = try parse("error \"shapes cannot\"")
        XCTAssertEqual(c.comparison, .error); XCTAssertEqual(c.rhs, "shapes cannot")
    }

    func testAuthorMistakesNameTheLine() {
        func message(_ text: String) -> String {
            do {
                _ = try LessonParser.parse(text, name: "bad")
                return "parsed"
            } catch {
                return error.description
            }
        }
        XCTAssertEqual(message(">>> x = 1"), "bad, line 1: a lesson needs a `title:` line")
        XCTAssertEqual(message("title: t\nexpect x == 1"), "bad, line 2: `expect` checks the step before it, but there is no step yet")
        XCTAssertEqual(message("title: t\n... x"), "bad, line 2: `...` continues a command, but no `>>>` command comes before it")
        XCTAssertEqual(message("title: t\nquestion: why?\n>>> x = 1"), "bad, line 2: a `question:` needs an `answer:` right after it")
        XCTAssertEqual(message("title: t\n>>> x = 1\nexpect x < "), "bad, line 3: `expect x <` needs an expression on both sides of <")
        XCTAssertEqual(message("title: t\n>>> x = 1\nexpect x == 1 ± 2"), "bad, line 3: `± TOLERANCE` only goes with ≈")
        XCTAssertEqual(message("title: t\nonly words"), "bad, line 2: a lesson needs at least one step (`>>> command`, `question:` or `pause`)")
    }

    func testEveryShippedLessonParses() {
        let catalog = LessonCatalog(directory: LessonTestSupport.lessonsDirectory)
        XCTAssertEqual(catalog.items.map(\.name), ["01_tour", "02_quadratic", "03_linear_regression", "04_line_fitting",
                                                   "05_forgetting_zero_grad", "06_detach_no_grad", "07_graph_and_backward",
                                                   "08_module_line_fitting", "09_sgd_animation", "10_seven_steps",
                                                   "11_optimizers_side_by_side", "12_custom_function", "13_learner_snapshots"])
        for item in catalog.items {
            if case .failure(let e) = item.lesson { XCTFail(e.description) }
        }
        XCTAssertEqual(catalog.find("2")?.name, "02_quadratic")
        XCTAssertEqual(catalog.find("02")?.name, "02_quadratic")
        XCTAssertEqual(catalog.find("tour")?.name, "01_tour")
        XCTAssertEqual(catalog.find("07_graph_and_backward")?.name, "07_graph_and_backward")
        XCTAssertEqual(catalog.find("8")?.name, "08_module_line_fitting")
        XCTAssertEqual(catalog.find("sgd_animation")?.name, "09_sgd_animation")
        XCTAssertNil(catalog.find("14"))
        XCTAssertNil(catalog.find("../01_tour"))
    }
}
