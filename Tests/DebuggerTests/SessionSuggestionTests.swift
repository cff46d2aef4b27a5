import XCTest
@testable import Debugger

/// Did-you-mean hints at the prompt cover commands, variables and Python's keywords.
final class SessionSuggestionTests: XCTestCase {
    func testKeywordTypoAtThePromptSuggestsTheKeyword() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("lr 0.1\nW = torch.tensor([0., 0.], requires_grad=Tru)\n", console: c)
        XCTAssertTrue(c.errText.contains("did you mean 'True'?"), c.errText)
    }

    func testCommandTypoSuggestsTheCommand() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("stpe\n", console: c)
        XCTAssertTrue(c.errText.contains("did you mean 'step'?"), c.errText)
    }
}

extension SessionSuggestionTests {
    /// `lr -1` is valid Python (a subtraction) but means the command unless `lr` is a variable.
    func testNegativeArgumentsGoToTheCommandUnlessTheWordIsAVariable() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("lr -1\n", console: c)
        XCTAssertTrue(c.errText.contains("invalid learning rate: -1"), c.errText + c.outText)
        let c2 = BufferConsole()
        _ = s.run("seed -1\ntorch.randn(1).item() != 0\n", console: c2)
        XCTAssertTrue(c2.errText.isEmpty, c2.errText)
        let c3 = BufferConsole()
        _ = s.run("lr = 0.5\nlr -1\n", console: c3)
        XCTAssertTrue(c3.outText.contains("-0.5"), c3.outText + c3.errText)
    }
}
