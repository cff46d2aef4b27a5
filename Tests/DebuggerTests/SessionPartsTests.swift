import XCTest
@testable import Debugger

/// The session's parts: each keeps its own state, `reset` gives fresh ones, and what outlives a reset
/// (the notebook's cells, the plots' settings, the lesson launcher) does.
final class SessionPartsTests: XCTestCase {
    func testResetGivesFreshPartsAndKeepsTheSessionRecord() throws {
        let s = DebugSession()
        var launched: [String?] = []
        s.lessonLauncher = { name, _ in launched.append(name) }
        s.plots.frameDelay = 0
        let c = BufferConsole()
        for line in ["w = torch.tensor([1.0, -2.0], requires_grad=True)", "loss = (w * w).sum()", "watch w.grad",
                     "break nan", "explain on", "forward", "backward", "forward", "bstep"] {
            XCTAssertEqual(s.run(line, console: c), .ok, line + "\n" + c.outText + c.errText)
        }
        XCTAssertTrue(s.watches.hasBreakpoints)
        XCTAssertTrue(s.explaining.isOn)
        XCTAssertEqual(s.training.ledger.passes(of: try XCTUnwrap(s.parameters().first?.tensor)), 1)
        XCTAssertTrue(s.stepping.isStepping)
        XCTAssertTrue(s.prompt.hasPrefix("backward 1/"), s.prompt)
        XCTAssertEqual(s.run("q", console: c), .ok)
        XCTAssertFalse(s.stepping.isStepping)
        let cells = s.notebook.cells.entries.count

        XCTAssertEqual(s.run("reset", console: c), .ok)
        XCTAssertFalse(s.watches.hasBreakpoints)
        XCTAssertFalse(s.explaining.isOn)
        XCTAssertTrue(s.parameters().isEmpty)
        XCTAssertEqual(s.trainPlanStatus, .notRun)
        XCTAssertEqual(s.learningRate, 0.01)
        XCTAssertEqual(s.prompt, "gradstep> ")
        XCTAssertGreaterThanOrEqual(s.notebook.cells.entries.count, cells)
        XCTAssertEqual(s.plots.frameDelay, 0)
        XCTAssertEqual(s.run("lesson 2", console: c), .ok)
        XCTAssertEqual(launched, ["2"])
    }
}
