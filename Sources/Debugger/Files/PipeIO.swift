#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole reads and writes on a pipe to a helper program (`dot`). Foundation's `readDataToEndOfFile()`
/// and `write(_:)` trap on any error, and gradstep's Ctrl-C handler interrupts system calls (EINTR,
/// by design: blocking reads at the prompt must return), so Ctrl-C during `graph --svg` killed the
/// session (found by the debugger fuzz target, whose timer signal does the same). Here an interrupted
/// call is retried and a failed one ends the transfer.
enum PipeIO {
    /// Everything `fd` yields until end of file (or a read error other than EINTR).
    static func readAll(_ fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                out.append(contentsOf: chunk[0..<n])
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return out
            }
        }
    }

    /// Writes all of `bytes`; false when the reader went away first (EPIPE) or another error ended it.
    @discardableResult
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                offset += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }
}
