/// What the command line asks of the session; handed to `makeSession`.
struct SessionOptions: Sendable {
    /// `--plain`: print only what python would print (the PyTorch contract).
    var plain: Bool
    /// `--seed N`: the initial torch seed, if given.
    var seed: UInt64?
    /// `--no-color` was given (the console already honours it; for sessions that draw).
    var colorDisabled: Bool
    /// The script being run, if any (for messages such as tracebacks).
    var scriptPath: String?
    /// True (once per Ctrl-C) when the user pressed Ctrl-C; long loops poll it and stop.
    var interrupted: @Sendable () -> Bool
}
