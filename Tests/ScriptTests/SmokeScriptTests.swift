import XCTest
@testable import Script

final class SmokeScriptTests: XCTestCase {
    func testModuleLinks() { XCTAssertTrue(true) }
}
