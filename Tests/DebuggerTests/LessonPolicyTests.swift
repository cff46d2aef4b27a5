import XCTest
@testable import Debugger

/// Lessons are data, never shell: a lesson file that would write files or run programs is refused.
final class LessonPolicyTests: XCTestCase {
    private func parse(_ command: String) -> LessonParseError? {
        do {
            _ = try LessonParser.parse("title: A lesson\n\nNarrative.\n\n>>> x = torch.ones(2)\n\n>>> \(command)\n", name: "bad")
            return nil
        } catch {
            return error
        }
    }

    func testFileWritingCommandsAreRefused() {
        for bad in ["save /tmp/x.json", "load /tmp/x.json", "plot loss --svg /tmp/p.svg", "graph --dot /tmp/g.dot",
                    "graph --svg /tmp/g.svg", "save plots /tmp/plots", "plt.savefig('x.png')",
                    "%save /tmp/x.json", "load my file.json", "graph loss --svg", "save-notebook /tmp/s.ipynb"] {
            let e = parse(bad)
            XCTAssertNotNil(e, bad)
            XCTAssertTrue(e?.message.contains("lessons are data, never shell") ?? false, "\(bad): \(String(describing: e))")
            XCTAssertEqual(e?.line, 7, bad)
        }
    }

    func testOrdinaryCommandsAreAllowed() {
        for ok in ["plot", "plot loss --log", "graph --values", "train 10 0.01", "print(x)", "loss = x.sum()", "save = 3"] {
            XCTAssertNil(parse(ok), ok)
        }
    }

    /// The rule reads the command declarations: every command with a file parameter is refused when
    /// given one, so a new command that writes files needs no change here.
    func testEveryDeclaredFileParameterIsRefused() {
        for command in CommandTable.all {
            for p in command.parameters where p.value == .file {
                let line = p.kind == .option ? "\(command.name) \(p.name) /tmp/out" : "\(command.name) /tmp/out"
                XCTAssertNotNil(LessonPolicy.violation(line), line)
            }
        }
    }
}
