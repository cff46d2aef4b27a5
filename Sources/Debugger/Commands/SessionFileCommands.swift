import Autograd

/// `save FILE` and `load FILE`: the whole session to and from a session file.
extension DebugSession {
    /// `save FILE` (the session) or `save plots DIR` (every plot as SVG).
    func saveCommand(_ args: [String]) throws {
        if args.first == "plots" && args.count == 2 { return try savePlotsCommand(args) }
        try saveSessionCommand(args)
    }

    func saveSessionCommand(_ args: [String]) throws {
        let path = try sessionPath(args, "save")
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

    func loadCommand(_ args: [String]) throws {
        let path = try sessionPath(args, "load")
        do {
            let file = try SessionArchive.read(path)
            try restore(file)
            emit(.info("loaded \(file.variables.count) variable\(file.variables.count == 1 ? "" : "s") from \(path); lr \(PythonFloat.repr(learningRate))"))
        } catch let e as SessionFileError {
            throw CommandError(e.message, hint: "make one with `save \(path)`")
        }
    }

    /// The file argument (spaces allowed: the arguments are rejoined).
    private func sessionPath(_ args: [String], _ command: String) throws -> String {
        guard !args.isEmpty else { throw usageError(command) }
        return args.joined(separator: " ")
    }
}
