import XCTest
@testable import Autograd

final class SmokeAutogradTests: XCTestCase {
    func testModuleLinks() { XCTAssertTrue(true) }
}
