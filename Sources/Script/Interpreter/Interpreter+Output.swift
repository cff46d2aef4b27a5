#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    /// Raises what CPython's `print` raises when its write to stdout failed: `BrokenPipeError` for a
    /// reader that went away (`gradstep --plain prog.py | head -1`), `OSError` for the rest.
    func checkOutput() throws {
        guard let code = outputFailure() else { return }
        let text = strerror(code).map { String(cString: $0) } ?? "Unknown error \(code)"
        throw PyError(code == EPIPE ? .brokenPipe : .os, "[Errno \(code)] \(text)")
    }
}
