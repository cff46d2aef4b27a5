import Debugger

/// Creates the session the REPL and script runs drive: the PyTorch contract for `--plain`,
/// the debugger session otherwise.
func makeSession(_ options: SessionOptions) -> InteractiveSession {
    let shown = options.scriptPath.map { ScriptPath.shown($0) } ?? "<stdin>"
    let session: InteractiveSession = options.plain
        ? ScriptSession(seed: options.seed, filename: shown, interrupted: options.interrupted)
        : DebugSession(seed: options.seed, filename: shown, interrupted: options.interrupted)
    // `sys.argv[0]` stays the path as typed, as in python3; `__file__` is the path python3 shows.
    if let path = options.scriptPath {
        session.interpreter.filename = path
        // A notebook's kernel has no `__file__` (IPython defines none), so a walk's `vars` does not list it.
        if !Notebook.isNotebookPath(path) { session.interpreter.globals.vars["__file__"] = .string(shown) }
    }
    return session
}

