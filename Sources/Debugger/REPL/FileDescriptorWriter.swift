#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes of whole strings to a file descriptor (1 = stdout, 2 = stderr), retrying on
/// `EINTR` (the SIGINT handler is installed without `SA_RESTART`) and on short writes.
public struct FileDescriptorWriter: Sendable {
    public let fd: Int32

    public init(fd: Int32) { self.fd = fd }

    public static let standardOutput = FileDescriptorWriter(fd: 1)
    public static let standardError = FileDescriptorWriter(fd: 2)

    /// Writes all of `text`; returns the errno that stopped it (a closed or full descriptor), or nil.
    @discardableResult
    public func write(_ text: String) -> Int32? {
        if text.isEmpty { return nil }
        var copy = text
        return copy.withUTF8 { bytes -> Int32? in
            guard let base = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                let n = Self.sysWrite(fd, base + offset, bytes.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return n < 0 ? errno : EIO
                }
            }
            return nil
        }
    }

    /// Whether the descriptor is a terminal.
    public var isTTY: Bool { isatty(fd) != 0 }

    private static func sysWrite(_ fd: Int32, _ ptr: UnsafePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, ptr, count)
        #else
        return Darwin.write(fd, ptr, count)
        #endif
    }
}
