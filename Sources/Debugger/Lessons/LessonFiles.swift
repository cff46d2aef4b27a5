#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations lessons need, without Foundation: read a text file, list a directory,
/// write the progress file (the only file lessons ever write).
public enum LessonFiles {
    /// The file's text, or nil if it cannot be read. Files over `limit` bytes are refused.
    public static func read(_ path: String, limit: Int = 4_000_000) -> String? {
        try? TextFile.read(path, limit: limit)
    }

    /// Writes `text` to `path` through a temporary file and a rename, so a crash never leaves half a file.
    /// Returns false on any failure.
    @discardableResult
    public static func write(_ text: String, to path: String) -> Bool {
        (try? SafeFile.write(text, to: path)) != nil
    }

    /// The names in a directory (no `.`/`..`), sorted; empty if it cannot be read.
    public static func list(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// True when `path` is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// An environment variable, if set and not empty.
    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let s = String(cString: value)
        return s.isEmpty ? nil : s
    }
}
