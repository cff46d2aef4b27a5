/// Whether operations record the graph (PyTorch's grad mode). Scoped per task, like PyTorch's
/// thread-local flag: `GradMode.withDisabled { … }` is `with torch.no_grad():`.
public enum GradMode {
    @TaskLocal public static var isEnabled: Bool = true

    /// Runs `body` with graph recording off (nestable).
    public static func withDisabled<T>(_ body: () throws -> T) rethrows -> T {
        // Already off (inside backward, nested no_grad): binding the task-local again costs more than
        // the op it guards.
        guard isEnabled else { return try body() }
        return try $isEnabled.withValue(false) { try body() }
    }

    /// Runs `body` with graph recording set to `enabled`.
    public static func with<T>(enabled: Bool, _ body: () throws -> T) rethrows -> T {
        try $isEnabled.withValue(enabled) { try body() }
    }
}
