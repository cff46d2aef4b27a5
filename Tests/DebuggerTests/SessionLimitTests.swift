import XCTest
@testable import Debugger

/// `limit elements N` and `limit recursion N` change the limits the errors name.
final class SessionLimitTests: XCTestCase {
    func testElementLimitIsConfigurableAndNamed() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("limit elements 10\nx = torch.zeros(20)\n", console: c)
        XCTAssertTrue(c.errText.contains("gradstep's limit of 10"), c.errText)
        XCTAssertTrue(c.errText.contains("limit elements N"), c.errText)
        XCTAssertNil(s.interpreter.globals.vars["x"])
        let c2 = BufferConsole()
        _ = s.run("y = torch.zeros(10)\nlimit\n", console: c2)
        XCTAssertTrue(c2.errText.isEmpty, c2.errText)
        XCTAssertTrue(c2.outText.contains("limit elements = 10"), c2.outText)
    }

    func testRecursionLimitIsConfigurable() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("limit recursion 50\ndef f(n):\n    return 0 if n == 0 else f(n - 1)\n\nf(40)\nf(60)\n", console: c)
        XCTAssertTrue(c.outText.contains("0"), c.outText)
        XCTAssertTrue(c.errText.contains("RecursionError"), c.errText)
        let c2 = BufferConsole()
        _ = s.run("limit recursion 0\nlimit recursion 20000\nlimit memory 5\n", console: c2)
        XCTAssertTrue(c2.errText.contains("N must be a whole number of at least 1, not 0"), c2.errText)
        XCTAssertTrue(c2.errText.contains("a recursion limit above 10000"), c2.errText)
        XCTAssertTrue(c2.errText.contains("usage: limit"), c2.errText)
        XCTAssertEqual(s.interpreter.recursionLimit, 50, "failed settings change nothing")
    }

    /// An element limit the machine cannot hold is refused, so `torch.zeros(10**11)` stays an error.
    func testElementLimitBeyondTheMachineIsRefused() {
        let s = DebugSession()
        let c = BufferConsole()
        let before = s.interpreter.maxElements
        _ = s.run("limit elements 100000000000000\nx = torch.zeros(10**11)\n", console: c)
        XCTAssertTrue(c.errText.contains("this machine cannot hold"), c.errText)
        XCTAssertEqual(s.interpreter.maxElements, before)
        XCTAssertTrue(c.errText.contains("larger than gradstep's limit"), c.errText)
    }
}
