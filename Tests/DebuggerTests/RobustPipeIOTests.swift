import XCTest
@testable import Debugger
#if canImport(Glibc)
import Glibc
#endif

/// `graph --svg` talks to `dot` through pipes. Ctrl-C's handler interrupts system calls (EINTR), and
/// Foundation's whole-pipe read traps on that: the debugger fuzz target crashed there when its timer
/// signal landed during the read (crash-0dc8aad8…, a script ending in `graph --svg g.svg`).
final class RobustPipeIOTests: XCTestCase {
    func testAReadASignalInterruptsIsRetried() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // as gradstep's SIGINT handler: no SA_RESTART
        var old = sigaction()
        sigaction(SIGUSR2, &action, &old)
        defer { sigaction(SIGUSR2, &old, nil) }
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let reader = pthread_self()
        let writer = Thread {
            usleep(100_000)
            pthread_kill(reader, SIGUSR2)  // lands while the reader is blocked in read(2)
            usleep(50_000)
            PipeIO.writeAll(Array("digraph {}".utf8), to: writeEnd)
            close(writeEnd)
        }
        writer.start()
        let got = PipeIO.readAll(readEnd)
        close(readEnd)
        XCTAssertEqual(String(decoding: got, as: UTF8.self), "digraph {}")
    }

    /// A reader that went away (dot failed early) ends the write instead of trapping.
    func testWritingToAClosedPipeFails() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        close(fds[0])
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        XCTAssertFalse(PipeIO.writeAll(Array(repeating: 7, count: 1 << 20), to: fds[1]))
        close(fds[1])
    }
}
