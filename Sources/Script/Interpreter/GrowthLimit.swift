/// The one check every container the user's program grows goes through (list `+`, `+=`, `extend`,
/// `append`, `insert`, `*`; string `+`, `*`, `join`): past the session's element limit the program gets
/// Python's `MemoryError` instead of the allocator aborting the whole session.
extension Interpreter {
    /// Throws MemoryError when a container of `kind` would reach `current + added` items (bytes for strings).
    func checkGrowth(_ current: Int, adding added: Int, _ kind: String) throws {
        let (total, overflow) = current.addingReportingOverflow(added)
        if overflow || total > maxElements {
            throw PyError(.memory, "\(kind) of \(overflow ? "more than \(Int.max)" : "\(total)") \(kind == "string" ? "bytes" : "items") is too large (gradstep's limit is \(maxElements); set another with `limit elements N`)")
        }
    }
}
