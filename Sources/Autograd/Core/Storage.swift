/// The element buffer behind one or more tensors: views, `detach()` and `.data` share one storage.
/// Float32 tensors keep their elements in `floats`; int64 and bool tensors in `ints` (bool as 0/1).
public final class Storage {
    public var floats: [Float]
    public var ints: [Int64]

    public init(floats: [Float]) {
        self.floats = floats
        self.ints = []
    }

    public init(ints: [Int64]) {
        self.floats = []
        self.ints = ints
    }
}

/// Counts in-place changes to a tensor's data. Views and `detach()` share it; `.data` gets a new one.
/// Backward compares it with the version a node saved to detect stale saved tensors.
public final class VersionCounter {
    public internal(set) var value: Int = 0
    public init() {}
    func bump() { value &+= 1 }
    func bump(by n: Int) { value &+= n }
}
