#if canImport(Glibc)
import Glibc
#endif
import Debugger

/// The process-wide Ctrl-C flag, raised by the SIGINT handler and polled by long work.
let interruptFlag = InterruptFlag()

/// Installs a SIGINT handler (flags 0, so blocking reads return EINTR) that only raises
/// `interruptFlag`. libedit's own signal handling (EL_SIGNAL) stays on and chains to it.
func installSigintHandler() {
    _ = interruptFlag.isRaised  // initialise the global now, never inside the handler
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in interruptFlag.raise() }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    _ = sigaction(SIGINT, &action, nil)
}

/// Ignores SIGPIPE, as CPython does at start-up: a reader that goes away (`gradstep --plain p.py |
/// head -1`) makes the next write fail with EPIPE, which `print` raises as BrokenPipeError, instead of
/// killing the process silently.
func ignoreBrokenPipes() {
    _ = signal(SIGPIPE, SIG_IGN)
}
