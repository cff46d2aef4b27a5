import Foundation

/// How python3 names the script it runs.
public enum ScriptPath {
    /// The path as python3 (3.9 and later) shows it in tracebacks and in `can't open file`: an
    /// absolute path as given, a relative one joined to the working directory without normalising
    /// (`python3 ./a/../t.py` in /w shows `/w/./a/../t.py`).
    public static func shown(_ path: String, cwd: String = FileManager.default.currentDirectoryPath) -> String {
        if path.hasPrefix("/") { return path }
        return cwd.hasSuffix("/") ? cwd + path : cwd + "/" + path
    }
}
