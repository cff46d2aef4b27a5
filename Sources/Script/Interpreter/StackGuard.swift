#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
/// glibc's `pthread_getattr_np` (declared only under `_GNU_SOURCE`, so not visible through Glibc).
@_silgen_name("pthread_getattr_np")
private func gs_pthread_getattr_np(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Measures the native stack left on the calling thread, so deep Python recursion raises
/// `RecursionError` before the process overflows its stack (whatever thread the interpreter runs on).
struct StackGuard {
    /// Bytes that must remain free below the current frame for another Python call to start.
    static let headroom = 512 * 1024

    private var thread: pthread_t?
    private var lowestAddress: UInt = 0

    /// The approximate current stack pointer.
    @inline(never)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// True when fewer than `headroom` bytes of stack remain on this thread (false if unknown).
    mutating func isNearlyExhausted() -> Bool {
        let me = pthread_self()
        let known = thread.map { pthread_equal($0, me) != 0 } ?? false
        if !known {
            guard let low = Self.stackLowestAddress() else { return false }
            thread = me
            lowestAddress = low
        }
        let sp = Self.currentAddress()
        return sp < lowestAddress || sp - lowestAddress < UInt(Self.headroom)
    }

    private static func stackLowestAddress() -> UInt? {
        #if os(Linux)
        var attr = pthread_attr_t()
        guard gs_pthread_getattr_np(pthread_self(), &attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &address, &size) == 0, let address else { return nil }
        return UInt(bitPattern: address)
        #else
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = UInt(pthread_get_stacksize_np(pthread_self()))
        return top > size ? top - size : nil
        #endif
    }
}
