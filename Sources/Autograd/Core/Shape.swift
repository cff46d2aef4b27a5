import Foundation

/// Shape arithmetic: element counts, strides, broadcasting and dimension wrapping, with PyTorch's errors.
public enum Shape {
    /// The largest number of elements one tensor may hold (configurable by the session).
    public static let defaultMaxElements = 100_000_000

    /// The most elements this machine can hold in one tensor with room for the double-precision
    /// copies kernels make (16 bytes an element): `limit elements` may not go above it, and a
    /// broadcast result beyond it fails with PyTorch's allocation error instead of aborting.
    public static let machineMaxElements: Int = max(1, Int(clamping: ProcessInfo.processInfo.physicalMemory / 16))

    /// PyTorch's CPU allocation failure for `count` float32 elements.
    static func allocationError(_ count: Int) -> TorchError {
        let (bytes, o) = count.multipliedReportingOverflow(by: 4)
        return TorchError.runtime("[enforce fail at alloc_cpu.cpp:117] data. DefaultCPUAllocator: not enough memory: you tried to allocate \(o ? Int.max : bytes) bytes.")
    }

    /// Number of elements, or an error when the product overflows or exceeds `limit`.
    public static func count(_ shape: [Int], limit: Int = defaultMaxElements) throws -> Int {
        var n = 1
        for d in shape {
            if d < 0 {
                throw TorchError.runtime("Trying to create tensor with negative dimension \(d): \(describe(shape))")
            }
            let (p, overflow) = n.multipliedReportingOverflow(by: d)
            if overflow { throw TorchError.runtime("Storage size calculation overflowed with sizes=\(describe(shape))") }
            n = p
        }
        // Even with a zero elsewhere (no elements), a huge dimension would make later outputs
        // huge: `zeros(2**62, 0).sum(1)` has 2**62 elements.
        if let d = shape.first(where: { $0 > limit }) {
            throw TorchError.runtime("dimension \(d) of \(describe(shape)) is larger than gradstep's limit of \(limit) elements (set a larger one with `limit elements N`)")
        }
        if n > limit {
            throw TorchError.runtime("tensor of \(describe(shape)) would hold \(n) elements, more than gradstep's limit of \(limit) (set a larger one with `limit elements N`)")
        }
        return n
    }

    /// Number of elements of a shape already known to be valid.
    @inline(__always)
    public static func numel(_ shape: [Int]) -> Int {
        var n = 1
        for d in shape { n &*= d }
        return n
    }

    private static let scalarStrides: [Int] = []
    private static let vectorStrides: [Int] = [1]

    /// Row-major contiguous strides. Ranks 0 and 1 share one array each: allocating a fresh `[Int]`
    /// costs a runtime metadata lookup on Linux, and most tensors in a training loop are 0-d or 1-d.
    public static func contiguousStrides(_ shape: [Int]) -> [Int] {
        if shape.count == 0 { return scalarStrides }
        if shape.count == 1 { return vectorStrides }
        var strides = [Int](repeating: 1, count: shape.count)
        var s = 1
        var i = shape.count - 1
        while i >= 0 {
            strides[i] = s
            s &*= max(shape[i], 1)
            i -= 1
        }
        return strides
    }

    /// `[2, 3]`, as PyTorch prints sizes inside messages.
    public static func describe(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    /// `torch.Size([2, 3])`.
    public static func sizeRepr(_ shape: [Int]) -> String { "torch.Size(" + describe(shape) + ")" }

    /// The broadcast shape of two shapes, or PyTorch's mismatch error.
    public static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let n = max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        // PyTorch checks from the last dimension backward and reports the first mismatch found.
        for i in stride(from: n - 1, through: 0, by: -1) {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            if da == db || db == 1 {
                out[i] = da
            } else if da == 1 {
                out[i] = db
            } else {
                throw TorchError.runtime("The size of tensor a (\(da)) must match the size of tensor b (\(db)) at non-singleton dimension \(i)", code: .shapeMismatch)
            }
        }
        var total = 1
        for d in out {
            let (p, o) = total.multipliedReportingOverflow(by: d)
            if o || p > machineMaxElements { throw allocationError(o ? Int.max / 4 : p) }
            total = p
        }
        return out
    }

    /// Wraps a possibly negative dimension index into `0..<rank`, with PyTorch's IndexError.
    public static func wrapDim(_ dim: Int, rank: Int) throws -> Int {
        let r = max(rank, 1)
        if dim < -r || dim >= r {
            throw TorchError(.index, "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))")
        }
        return dim < 0 ? dim + r : dim
    }

    /// Resolves a `view`/`reshape` shape with at most one -1 against `count` elements.
    public static func inferView(_ requested: [Int], count: Int) throws -> [Int] {
        for d in requested where d > defaultMaxElements {
            throw TorchError.runtime("dimension \(d) of \(describe(requested)) is larger than gradstep's limit of \(defaultMaxElements) elements")
        }
        var known = 1
        var inferIndex: Int? = nil
        for (i, d) in requested.enumerated() {
            if d == -1 {
                if inferIndex != nil { throw TorchError.runtime("only one dimension can be inferred") }
                inferIndex = i
            } else if d < 0 {
                throw TorchError.runtime("invalid shape dimension \(d)")
            } else {
                let (p, o) = known.multipliedReportingOverflow(by: d)
                if o { throw TorchError.runtime("shape '\(describe(requested))' is invalid for input of size \(count)", code: .shapeMismatch) }
                known = p
            }
        }
        var out = requested
        if let i = inferIndex {
            if known == 0 && count == 0 {
                throw TorchError.runtime("cannot reshape tensor of 0 elements into shape \(describe(requested)) because the unspecified dimension size -1 can be any value and is ambiguous")
            }
            if known == 0 || count % known != 0 {
                throw TorchError.runtime("shape '\(describe(requested))' is invalid for input of size \(count)", code: .shapeMismatch)
            }
            out[i] = count / known
        } else if known != count {
            throw TorchError.runtime("shape '\(describe(requested))' is invalid for input of size \(count)", code: .shapeMismatch)
        }
        return out
    }
}
