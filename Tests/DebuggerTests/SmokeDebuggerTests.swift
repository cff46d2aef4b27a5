import XCTest
@testable import Debugger

final class SmokeDebuggerTests: XCTestCase {
    func testModuleLinks() { XCTAssertTrue(true) }
}
