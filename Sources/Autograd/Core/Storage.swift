/// The element buffer behind one or more tensors: views, `detach()` and `.data` share one storage.
/// Float32 tensors keep their elements in `floats`, float64 tensors in `doubles`; int64, int32 and
/// bool tensors in `ints` (bool as 0/1).
public final class Storage {
    public var floats: [Float]
    public var doubles: [Double]
    public var ints: [Int64]

    public init(floats: [Float]) {
        self.floats = floats
        self.doubles = []
        self.ints = []
    }

    public init(doubles: [Double]) {
        self.floats = []
        self.doubles = doubles
        self.ints = []
    }

    public init(ints: [Int64]) {
        self.floats = []
        self.doubles = []
        self.ints = ints
    }

    deinit {
        if floats.count >= FloatBufferPool.minimumCount { TorchSettings.bound?.floatPool.give(floats) }
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
