import Debugger

/// Creates the session the REPL and script runs drive: the PyTorch contract for `--plain`,
/// the debugger session otherwise.
func makeSession(_ options: SessionOptions) -> InteractiveSession {
    if options.plain {
        return ScriptSession(seed: options.seed, filename: options.scriptPath ?? "<stdin>", interrupted: options.interrupted)
    }
    return DebugSession(seed: options.seed, filename: options.scriptPath ?? "<stdin>", interrupted: options.interrupted)
}
