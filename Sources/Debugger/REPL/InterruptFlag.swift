import Synchronization

/// A Ctrl-C flag shared between a SIGINT handler and the code that polls it.
///
/// The handler only calls `raise()` (a lock-free atomic store, safe in a signal handler). Long work
/// (interpreter loops, backward passes, animations) polls `take()` and stops when it returns true;
/// the line reader clears stale requests before each prompt.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    /// Records an interrupt request.
    public func raise() { raised.store(true, ordering: .sequentiallyConsistent) }

    /// Returns whether an interrupt was requested, and clears the request.
    public func take() -> Bool { raised.exchange(false, ordering: .sequentiallyConsistent) }

    /// Whether an interrupt was requested (the request stays).
    public var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }

    /// A closure for sessions: true (once) when Ctrl-C was pressed since the last check.
    public var poll: @Sendable () -> Bool { { [self] in self.take() } }
}
