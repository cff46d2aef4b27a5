#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a new thread with a large native stack and waits for it, so Python's default
/// recursion limit (1000 calls, ~33 KB of native stack each in debug builds) fits.
public enum LargeStackThread {
    /// The stack the CLI runs on: 512 MB (virtual memory; only touched pages cost memory).
    public static let defaultStackSize = 512 << 20

    /// Runs `body` on a thread with `stackSize` bytes of stack and returns its result. If the thread
    /// cannot be created, runs `body` on the calling thread (the interpreter's stack guard still holds).
    public static func run<T>(stackSize: Int = defaultStackSize, _ body: () throws -> T) throws -> T {
        var result: Result<T, any Error>?
        let started = withoutActuallyEscaping(body) { escapable -> Bool in
            let work = Work { result = Result { try escapable() } }
            return work.runOnThread(stackSize: stackSize)
        }
        if !started { return try body() }
        guard let result else { throw ThreadError() }
        return try result.get()
    }

    /// The work handed to the thread; the caller waits on `pthread_join`, so the two threads never
    /// touch it at the same time.
    private final class Work: @unchecked Sendable {
        let body: () -> Void

        init(_ body: @escaping () -> Void) { self.body = body }

        /// Runs `body` on a new thread and waits; false if the thread could not be created.
        func runOnThread(stackSize: Int) -> Bool {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return false }
            let context = Unmanaged.passRetained(self).toOpaque()
            var thread = pthread_t()
            let created = pthread_create(&thread, &attributes, { raw in
                guard let raw else { return nil }
                Unmanaged<Work>.fromOpaque(raw).takeUnretainedValue().body()
                return nil
            }, context)
            if created == 0 {
                // A process-directed signal goes to any thread that does not block it. Ctrl-C must
                // reach the worker (it interrupts the worker's blocking read at the prompt and is what
                // the line editor waits for), so the waiting thread blocks the terminal's signals.
                var blocked = sigset_t(), previous = sigset_t()
                sigemptyset(&blocked)
                for signal in [SIGINT, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&blocked, signal) }
                pthread_sigmask(SIG_BLOCK, &blocked, &previous)
                pthread_join(thread, nil)
                pthread_sigmask(SIG_SETMASK, &previous, nil)
            }
            Unmanaged<Work>.fromOpaque(context).release()
            return created == 0
        }
    }

    /// The worker ended without a result (it cannot, unless the thread was cancelled).
    struct ThreadError: Error {}
}
