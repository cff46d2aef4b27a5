#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a text file without Foundation (scripts, lessons, the progress file).
public enum TextFile {
    /// Why a file could not be read: the C error text (e.g. "No such file or directory") and errno.
    public struct ReadError: Error {
        public var code: Int32
        public var message: String
    }

    /// The largest script gradstep reads (a program, not data: `gradstep --plain /dev/zero` must not
    /// read until memory runs out).
    public static let scriptLimit = 64 << 20

    /// The whole file as text (invalid UTF-8 is repaired, not rejected). Files over `limit` bytes are
    /// refused with EFBIG.
    public static func read(_ path: String, limit: Int = Int.max) throws(ReadError) -> String {
        guard let file = fopen(path, "rb") else { throw error(errno) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { bytes.append(contentsOf: chunk[..<n]) }
            if bytes.count > limit { throw error(EFBIG) }
            if n < chunk.count {
                if ferror(file) != 0 { throw error(errno) }
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func error(_ code: Int32) -> ReadError {
        ReadError(code: code, message: strerror(code).map { String(cString: $0) } ?? "error \(code)")
    }
}
