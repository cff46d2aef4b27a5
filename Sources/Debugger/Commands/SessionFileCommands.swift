import Autograd

/// `save FILE` and `load FILE`: the whole session to and from a session file.
extension DebugSession {
    /// `save FILE` (the session) or `save plots DIR` (every plot as SVG).
    func saveCommand(_ args: Arguments) throws {
        let target = args.string("FILE") ?? ""
        if target == "plots", let dir = args.string("DIR") { return try plotting.savePlotsCommand(dir) }
        guard !args.has("DIR") else { throw usageError("save") }
        try saveSessionCommand(target)
    }

    func saveSessionCommand(_ path: String) throws {
        let file = sessionFile()
        do {
            try SessionArchive.write(file, to: path)
        } catch let e as SessionFileError {
            throw CommandError(e.message, hint: "check the directory exists and is writable")
        }
        var text = "saved \(file.variables.count) variable\(file.variables.count == 1 ? "" : "s") and \(file.statements.count) recorded statement\(file.statements.count == 1 ? "" : "s") to \(path)"
        if !file.skipped.isEmpty { text += " (not saved: \(file.skipped.joined(separator: ", ")))" }
        emit(.info(text))
        for note in unkeptStructure() { emit(.info("not kept: " + note)) }
    }

    func loadCommand(_ path: String) throws {
        do {
            let file = try SessionArchive.read(path)
            try restore(file)
            emit(.info("loaded \(file.variables.count) variable\(file.variables.count == 1 ? "" : "s") from \(path); lr \(PythonFloat.repr(learningRate))"))
        } catch let e as SessionFileError {
            throw CommandError(e.message, hint: "make one with `save \(path)`")
        }
    }
}
