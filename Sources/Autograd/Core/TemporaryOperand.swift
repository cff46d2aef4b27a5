/// numpy's temporary elision: in `(x * 1.5 + 0.5).relu()` the result of `x * 1.5` is a temporary
/// no name holds, so `+ 0.5` can write into its array instead of a fresh one, and `.relu()` into
/// that one again. On big tensors a fresh array is what costs (the kernel faults in and zeroes every
/// page: 30-48 ms for 40 MB on the development machine, against 3-4 ms for a pass over a warm one),
/// so a chain of n elementwise ops makes one array instead of n. Each element still goes through
/// the same op functions in the same order, so the values are bit for bit those of fresh arrays.
extension Tensor {
    /// Runs `body`, the one elementwise op the interpreter applies to `t` (with `other`, its other
    /// operand), letting its float32 kernel write the result into `t`'s array when nothing else can
    /// see `t` any more: the caller holds the only reference to it, no view, `.data` or `detach()`
    /// shares its storage, and no graph needs its values (neither operand requires grad). Nothing is
    /// taken while a loop iteration is traced (its tape records the operands).
    public static func withTemporary<R>(_ t: inout Tensor, other: Tensor?, _ body: (Tensor) throws -> R) rethrows -> R {
        guard t.dtype == .float32, t.numel >= FloatBufferPool.minimumCount, !t.requiresGrad, t.grad == nil,
              !(other?.requiresGrad ?? false), other?.storage !== t.storage, t.coversStorage,
              LoopTracing.tape == nil, let pool = TorchSettings.bound?.floatPool, pool.temporary == nil,
              isKnownUniquelyReferenced(&t), isKnownUniquelyReferenced(&t.storage) else { return try body(t) }
        pool.temporary = t.storage
        defer { pool.temporary = nil }
        return try body(t)
    }
}

extension Kernels {
    /// The array of `a`, taken out of its storage, when `a` is the running op's temporary (see
    /// `Tensor.withTemporary`) of `count` float32 elements; the storage is left empty (nothing reads
    /// it again: the interpreter drops `a` after the op). Only the first kernel that asks gets it.
    @inline(__always)
    static func takeTemporary(_ a: Tensor, count: Int) -> [Float]? {
        guard count >= FloatBufferPool.minimumCount, let pool = TorchSettings.bound?.floatPool,
              let s = pool.temporary, s === a.storage, a.dtype == .float32, a.coversStorage, s.floats.count == count else { return nil }
        pool.temporary = nil
        let array = s.floats
        s.floats = []
        return array
    }
}
