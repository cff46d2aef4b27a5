import Debugger

/// Creates the session the REPL and script runs drive.
///
/// Stand-in: returns an `EchoSession` until the real session exists; the integrator replaces this file.
func makeSession(_ options: SessionOptions) -> InteractiveSession {
    EchoSession()
}
