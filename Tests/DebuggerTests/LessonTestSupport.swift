import Foundation
import XCTest
@testable import Debugger

/// Paths and helpers shared by the lesson tests.
enum LessonTestSupport {
    /// The package root (three levels above this file).
    static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    static var lessonsDirectory: String { root + "/lessons" }
    static var goldenDirectory: String { root + "/Tests/DebuggerTests/Golden/Lessons" }

    /// `GRADSTEP_RECORD_GOLDEN=1` rewrites the golden transcripts instead of comparing.
    static var recording: Bool { ProcessInfo.processInfo.environment["GRADSTEP_RECORD_GOLDEN"] == "1" }

    static func lesson(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Lesson {
        let catalog = LessonCatalog(directory: lessonsDirectory)
        guard let item = catalog.find(name) else {
            XCTFail("no lesson \(name)", file: file, line: line)
            throw XCTSkip("missing lesson")
        }
        return try item.lesson.get()
    }

    /// Everything a console received, stdout and stderr interleaved as written.
    static func transcript(_ console: BufferConsole) -> String {
        console.writes.map(\.text).joined()
    }

    /// A progress file path unique to one test.
    static func temporaryStatePath(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "gradstep-lessons-\(name)-\(getpid()).json"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }
}
