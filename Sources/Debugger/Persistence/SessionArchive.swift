import Foundation

/// Reads and writes session files. Writes go to a temporary file in the same directory, flushed and
/// renamed over the target, so a crash mid-write leaves the old file intact.
public enum SessionArchive {
    /// Whether the file at `path` starts like a session file.
    public static func isSessionFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains("\"\(SessionFile.magic)\"")
    }

    public static func encode(_ file: SessionFile) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(file)
    }

    public static func decode(_ data: Data) throws -> SessionFile {
        let file: SessionFile
        do {
            file = try JSONDecoder().decode(SessionFile.self, from: data)
        } catch {
            throw SessionFileError("not a gradstep session file (or it is damaged)")
        }
        guard file.format == SessionFile.magic else { throw SessionFileError("not a gradstep session file") }
        guard file.version <= SessionFile.currentVersion else {
            throw SessionFileError("session file version \(file.version) is newer than this gradstep understands (\(SessionFile.currentVersion))")
        }
        return file
    }

    public static func write(_ file: SessionFile, to path: String) throws {
        let data = try encode(file)
        // "format" sorts first among the keys, so the magic string is near the start (isSessionFile).
        do {
            try SafeFile.write(Array(data), to: path)
        } catch {
            throw SessionFileError(error.description)
        }
    }

    public static func read(_ path: String) throws -> SessionFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SessionFileError("cannot read '\(path)': no such file or not readable")
        }
        return try decode(data)
    }
}
