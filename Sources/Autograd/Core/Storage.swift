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

extension Tensor {
    /// `data_ptr()`: an address for the tensor's first element. Views of one storage differ by
    /// their offset times the element size, as PyTorch's do. The storage's base is derived from
    /// the Storage object's own address, spread 1 MiB per 16 bytes of heap so that the byte ranges
    /// of different storages do not overlap (Swift keeps the elements outside that object).
    /// An empty storage has no data: 0, as PyTorch's null pointer.
    public var dataPointer: Int {
        if storageCount == 0 { return 0 }
        let address = UInt(bitPattern: ObjectIdentifier(storage))
        let base = Int(truncatingIfNeeded: (address >> 4) << 20) & Int.max
        return base &+ offset &* dtype.itemSize
    }
}
