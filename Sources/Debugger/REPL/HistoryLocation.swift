/// Where the REPL keeps its history: `$GRADSTEP_HISTORY` if set and non-empty, else
/// `~/.gradstep_history`; nil (no history file) when neither is known.
public enum HistoryLocation {
    public static let fileName = ".gradstep_history"

    /// The pure decision from the two environment values.
    public static func resolve(gradstepHistory: String?, home: String?) -> String? {
        if let path = gradstepHistory, !path.isEmpty { return path }
        guard var dir = home, !dir.isEmpty else { return nil }
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        return dir == "/" ? "/" + fileName : dir + "/" + fileName
    }

    /// The path for this process's environment.
    public static func current() -> String? {
        resolve(gradstepHistory: Environment.get("GRADSTEP_HISTORY"), home: Environment.get("HOME"))
    }
}
