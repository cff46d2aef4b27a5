import XCTest
@testable import Debugger

final class ReplSupportTests: XCTestCase {
    func testHistoryLocation() {
        XCTAssertEqual(HistoryLocation.resolve(gradstepHistory: "/tmp/h", home: "/root"), "/tmp/h")
        XCTAssertEqual(HistoryLocation.resolve(gradstepHistory: "", home: "/home/a/"), "/home/a/.gradstep_history")
        XCTAssertEqual(HistoryLocation.resolve(gradstepHistory: nil, home: "/"), "/.gradstep_history")
        XCTAssertNil(HistoryLocation.resolve(gradstepHistory: nil, home: nil))
    }

    func testInterruptFlagTakeClears() {
        let flag = InterruptFlag()
        XCTAssertFalse(flag.isRaised)
        XCTAssertFalse(flag.take())
        flag.raise()
        XCTAssertTrue(flag.isRaised)
        let poll = flag.poll
        XCTAssertTrue(poll())
        XCTAssertFalse(flag.isRaised)
        XCTAssertFalse(poll())
    }

    func testEchoSessionBlocksAndOutcomes() {
        let session = EchoSession()
        XCTAssertTrue(session.needsMoreInput("for i in x:"))
        XCTAssertTrue(session.needsMoreInput("if a:  \n  b"))
        XCTAssertFalse(session.needsMoreInput("print(1)"))
        let console = BufferConsole()
        XCTAssertEqual(session.run("  quit ", console: console), .quit)
        XCTAssertEqual(session.run("fail", console: console), .failed)
        XCTAssertEqual(session.run("x = 1", console: console), .ok)
        XCTAssertEqual(console.outText, "x = 1\n")
        XCTAssertEqual(console.errText, "error: fail\n")
    }
}

final class ReplStdinReaderTests: XCTestCase {
    func testReadsLinesFromAPipeIncludingAnUnterminatedLast() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let text = "a\r\n\nb é\nc"
        XCTAssertEqual(text.utf8.count, write(fds[1], text, text.utf8.count))
        close(fds[1])
        defer { close(fds[0]) }
        let reader = StdinLineReader(fd: fds[0])
        XCTAssertFalse(reader.isInteractive)
        let results = (0..<6).map { _ in reader.readLine(prompt: "ignored> ") }
        XCTAssertEqual(results, [.line("a"), .line(""), .line("b é"), .line("c"), .eof, .eof])
    }
}
