import Foundation
import XCTest
@testable import Debugger

/// The progress file: round trip, other lessons kept, junk tolerated.
final class LessonProgressStoreTests: XCTestCase {
    func testRoundTripAndRemoval() {
        let path = LessonTestSupport.temporaryStatePath("store")
        let store = LessonProgressStore(path: path)
        XCTAssertTrue(store.load().isEmpty)
        XCTAssertTrue(store.set("01_tour", .init(step: 4, steps: 14)))
        XCTAssertTrue(store.set("02 \"odd\" name", .init(step: 1, steps: 32)))
        XCTAssertEqual(store.load(), ["01_tour": .init(step: 4, steps: 14), "02 \"odd\" name": .init(step: 1, steps: 32)])
        XCTAssertEqual(LessonFiles.read(path), """
        {
          "lessons": {
            "01_tour": {"step": 4, "steps": 14},
            "02 \\"odd\\" name": {"step": 1, "steps": 32}
          }
        }

        """)
        store.set("01_tour", nil)
        XCTAssertEqual(store.load(), ["02 \"odd\" name": .init(step: 1, steps: 32)])
        try? FileManager.default.removeItem(atPath: path)
    }

    func testJunkFilesMeanNoProgress() {
        XCTAssertTrue(LessonProgressStore.decode("not json").isEmpty)
        XCTAssertTrue(LessonProgressStore.decode("{\"lessons\": {\"a\": {\"step\": -1, \"steps\": 3}}}").isEmpty)
        XCTAssertTrue(LessonProgressStore.decode(String(repeating: "[", count: 10000)).isEmpty)
        XCTAssertEqual(LessonProgressStore.decode("{\"other\": [1, true, null], \"lessons\": {\"a\": {\"step\": 2, \"steps\": 3, \"x\": \"\\u0041\"}}}"),
                       ["a": .init(step: 2, steps: 3)])
    }

    func testUnwritablePathIsNotFatal() {
        XCTAssertFalse(LessonProgressStore(path: "/nonexistent-dir/x/progress.json").set("a", .init(step: 1, steps: 2)))
    }
}
