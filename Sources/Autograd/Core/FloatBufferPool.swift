/// The element arrays of big float32 tensors that went away, kept for the next tensor of the same
/// size. A fresh big array comes from `mmap`: the kernel zeroes every page on its first write (a
/// page fault per 4 KiB), and freeing it unmaps it again, so a loop making a 10^7-element tensor per
/// step spent over three times longer in page faults than in its arithmetic (measured with perf on
/// `(x * 1.5 + 0.5).relu()`). Reusing the array skips both; the values written are the same.
///
/// One pool per interpreter, reached through `TorchSettings.bound` (outside one, nothing is pooled).
/// An array someone else still holds (a copy from `floatValues()`) is copied on first write, as
/// every Swift array is, so pooling never changes what any tensor holds.
public final class FloatBufferPool {
    /// Smaller arrays come cheaply from malloc's own free lists.
    static let minimumCount = 1 << 15
    /// At most this many bytes wait here (enough for the temporaries of a chain on 10^7 elements).
    static let capacityBytes = 128 << 20
    static let capacityArrays = 8

    private var arrays: [[Float]] = []
    private var bytes = 0

    public init() {}

    /// An array of exactly `count` elements that went away, if one waits here.
    func take(_ count: Int) -> [Float]? {
        guard count >= FloatBufferPool.minimumCount, let k = arrays.lastIndex(where: { $0.count == count }) else { return nil }
        bytes -= count * MemoryLayout<Float>.size
        return arrays.remove(at: k)
    }

    /// Keeps `array` for a later tensor of its size, making room by forgetting the oldest.
    func give(_ array: [Float]) {
        let size = array.count * MemoryLayout<Float>.size
        guard array.count >= FloatBufferPool.minimumCount, size <= FloatBufferPool.capacityBytes else { return }
        while !arrays.isEmpty && (bytes + size > FloatBufferPool.capacityBytes || arrays.count >= FloatBufferPool.capacityArrays) {
            bytes -= arrays.removeFirst().count * MemoryLayout<Float>.size
        }
        arrays.append(array)
        bytes += size
    }
}

extension Kernels {
    /// A float32 array of `count` elements, each written by `fill`: a pooled one of that size when
    /// the running interpreter has one, else a new uninitialised one (never zero-filled first).
    @inline(__always)
    static func floats(_ count: Int, _ fill: (UnsafeMutableBufferPointer<Float>) -> Void) -> [Float] {
        if count >= FloatBufferPool.minimumCount, var reused = TorchSettings.bound?.floatPool.take(count) {
            reused.withUnsafeMutableBufferPointer { fill($0) }
            return reused
        }
        return [Float](unsafeUninitializedCapacity: count) { buf, n in
            fill(buf)
            n = count
        }
    }
}
