#if os(Linux)
import Glibc
#endif

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
    /// A compiled loop on 10^6 elements holds about a dozen arrays (its two traced iterations, its
    /// plan's buffers, the eager iterations around them); all come back here when it ends, so the
    /// next loop of that size, or the plan recompiled after a guard's iteration, makes none afresh.
    static let capacityArrays = 32

    private var arrays: [[Float]] = []
    private var bytes = 0
    /// The storage of the operand the running op may overwrite (see `Tensor.withTemporary`), for the
    /// duration of that one op; the first elementwise kernel that reads it takes it.
    var temporary: Storage?

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
            populate(buf)
            fill(buf)
            n = count
        }
    }

    /// Has the kernel map (and zero) the pages of a fresh buffer of 2^20 elements or more in one
    /// call before it is written, instead of one page fault per 4 KiB while it is: on this 2-core VM
    /// a fresh 40 MB buffer then costs 24 ms instead of 31–48 ms (measured in C, malloc then write).
    /// Kernels without MADV_POPULATE_WRITE (before Linux 5.14) refuse it, and the writes fault as before.
    /// Huge pages (MADV_HUGEPAGE on the buffer's 2 MiB blocks) are not asked for: on a quiet machine
    /// they made a fresh 40 MB buffer 3-4x cheaper still, but with other builds running the same
    /// bench/elementwise.py took 46 ns per element at 10^7 instead of 13 (min of 5, interleaved): the
    /// kernel's huge-page allocation stalls under memory pressure (session 10).
    @inline(__always)
    static func populate(_ buf: UnsafeMutableBufferPointer<Float>) {
        #if os(Linux)
        guard buf.count >= 1 << 20, let base = buf.baseAddress else { return }
        let page = 4096
        let start = (Int(bitPattern: base) + page - 1) & ~(page - 1)
        let end = Int(bitPattern: base + buf.count) & ~(page - 1)
        guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
        let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE, not in glibc 2.36's Swift module
        _ = madvise(p, end - start, populateWrite)
        #endif
    }
}
