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
        String(decoding: try bytes(path, limit: limit), as: UTF8.self)
    }

    /// A Python source file's bytes that are not UTF-8: the first bad byte and its line.
    public struct NotUTF8: Error, Equatable {
        public var line: Int
        public var byte: UInt8
        /// The SyntaxError python3 prints for it (PEP 263).
        public func message(path: String) -> String {
            let hex = String(byte, radix: 16)
            return "SyntaxError: Non-UTF-8 code starting with '\\x\(hex.count == 1 ? "0" + hex : hex)' in file \(path) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        }
    }

    /// A Python source file's text as python3 decodes it: UTF-8 (a leading BOM is the lexer's to drop),
    /// or Latin-1 when the first two lines declare it (`# -*- coding: latin-1 -*-`); other bytes are
    /// CPython's SyntaxError, never silently replaced.
    public static func source(_ bytes: [UInt8]) -> Result<String, NotUTF8> {
        if let bad = firstInvalidUTF8(bytes) {
            if declaresLatin1(bytes) { return .success(String(bytes.map { Character(Unicode.Scalar($0)) })) }
            let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            return .failure(NotUTF8(line: line, byte: bytes[bad]))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func declaresLatin1(_ bytes: [UInt8]) -> Bool {
        let head = bytes.split(separator: 10, maxSplits: 2, omittingEmptySubsequences: false).prefix(2)
        for line in head {
            let text = String(decoding: line, as: UTF8.self).lowercased()
            guard text.hasPrefix("#"), let r = text.range(of: "coding") else { continue }
            let rest = text[r.upperBound...].drop { $0 == ":" || $0 == "=" || $0 == " " }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            return ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "iso-latin-1"].contains(String(name))
        }
        return false
    }

    /// The whole file's bytes; files over `limit` bytes are refused with EFBIG.
    public static func bytes(_ path: String, limit: Int = Int.max) throws(ReadError) -> [UInt8] {
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
        return bytes
    }

    private static func error(_ code: Int32) -> ReadError {
        ReadError(code: code, message: strerror(code).map { String(cString: $0) } ?? "error \(code)")
    }
}
