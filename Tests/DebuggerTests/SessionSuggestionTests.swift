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
