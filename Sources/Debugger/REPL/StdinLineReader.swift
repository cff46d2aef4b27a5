#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `LineReader` for input that is not an interactive terminal (a pipe, a file, or a terminal while
/// stdout is redirected): shows no prompt, writes no escapes, keeps no history.
///
/// Reads file descriptor 0 with `read(2)` rather than Swift's `readLine()`: with the SIGINT handler
/// installed without `SA_RESTART`, a Ctrl-C makes `readLine()` spin forever (seen here, Swift 6.3.1).
/// A read interrupted by Ctrl-C drops the partial line and reports `.interrupted`.
public final class StdinLineReader: LineReader {
    private let fd: Int32
    private let interrupt: InterruptFlag?
    private var pending: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// Reads from `fd` (stdin by default); `interrupt` tells a Ctrl-C from other interrupted reads.
    public init(fd: Int32 = 0, interrupt: InterruptFlag? = nil) {
        self.fd = fd
        self.interrupt = interrupt
    }

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineResult {
        _ = interrupt?.take()  // a Ctrl-C from before this read is stale
        while true {
            if let newline = pending[start...].firstIndex(of: 10) {
                let line = decode(pending[start..<newline])
                start = newline + 1
                compact()
                return .line(line)
            }
            if atEnd {
                guard start < pending.count else { return .eof }
                let line = decode(pending[start...])
                pending.removeAll()
                start = 0
                return .line(line)
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                pending.append(contentsOf: chunk[..<n])
            } else if n == 0 {
                atEnd = true
            } else if errno == EINTR {
                if interrupt?.take() == true {
                    pending.removeSubrange(start...)
                    return .interrupted
                }
            } else {
                atEnd = true
            }
        }
    }

    public func addHistory(_ line: String) {}

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        if slice.last == 13 { slice.removeLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    private func compact() {
        if start > 65536 || start == pending.count {
            pending.removeSubrange(..<start)
            start = 0
        }
    }
}
