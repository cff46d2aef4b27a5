#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way gradstep writes a file (sessions, SVG and DOT pictures, plots, lesson progress, notebooks):
/// the bytes go to an unpredictable temporary file in the target's folder, reach the disk, and are renamed
/// over the target. What is already there is looked at first: a FIFO, a device, a socket or a folder is
/// refused (replacing it with a regular file would break whoever uses it), a read-only file is refused,
/// a replaced file keeps its permissions, and a symbolic link is written through (the link stays).
public enum SafeFile {
    /// Why a file was not written; `description` is the whole sentence (`cannot write 'x.svg': …`).
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// The errno behind it, when there is one.
        public var code: Int32?
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Writes `text` (UTF-8) to `path`.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path`; on failure nothing at `path` has changed and no temporary file is left.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        func fail(_ reason: String, _ code: Int32? = nil) -> WriteError { WriteError(path: path, reason: reason, code: code) }
        func failErrno(_ code: Int32) -> WriteError { fail(message(code), code) }
        guard !path.isEmpty else { throw fail("the file name is empty") }

        var target = path
        var mode: mode_t?
        var info = stat()
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                // Write to what the link names, keeping the link.
                guard let resolved = realpath(path, nil) else { throw failErrno(errno) }
                target = String(cString: resolved)
                free(resolved)
                guard stat(target, &info) == 0 else { throw failErrno(errno) }
            }
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFREG else { throw fail("it is \(Self.kindName(kind)), not a regular file; gradstep only replaces regular files") }
            // Root may write anything, so access() alone would not see a file made read-only on purpose.
            if access(target, W_OK) != 0 || (info.st_mode & 0o222) == 0 {
                throw fail("the file is read-only (mode \(String(info.st_mode & 0o777, radix: 8))); it was not replaced")
            }
            mode = info.st_mode & 0o7777
        } else if errno != ENOENT {
            throw failErrno(errno)
        }

        let (directory, name) = split(target)
        var template = Array("\(directory)/.\(name).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw failErrno(errno) }
        let temporary = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { String(cString: $0) } ?? "" }
        var ok = false
        defer { if !ok { unlink(temporary) } }

        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, raw.count - offset)
            }
            if n > 0 { offset += n; continue }
            if n < 0 && errno == EINTR { continue }
            let code = n < 0 ? errno : EIO
            close(fd)
            throw failErrno(code)
        }
        // A new file gets the usual 0666 less the umask (mkstemp makes 0600); a replaced one keeps its mode.
        let newMode = mode ?? (0o666 & ~currentUmask())
        if fchmod(fd, newMode) != 0 || fsync(fd) != 0 {
            let code = errno
            close(fd)
            throw failErrno(code)
        }
        if close(fd) != 0 { throw failErrno(errno) }
        if rename(temporary, target) != 0 { throw failErrno(errno) }
        ok = true
    }

    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }

    private static func kindName(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a directory"
        default: return "a special file"
        }
    }

    private static func currentUmask() -> mode_t {
        let m = umask(0o022)
        umask(m)
        return m
    }

    static func message(_ code: Int32) -> String {
        "[Errno \(code)] " + (strerror(code).map { String(cString: $0) } ?? "error \(code)")
    }
}
