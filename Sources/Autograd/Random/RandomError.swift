#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Invalid arguments to a random fill, with PyTorch's error wording where PyTorch has one.
public enum RandomError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `uniform_(from, to)` with `from > to`.
    case uniformBoundsReversed(from: Double, to: Double)
    /// `uniform_(from, to)` whose width overflows float32.
    case uniformRangeTooWide(from: Double, to: Double)
    /// `normal_(mean, std)` with a negative (or NaN) `std`.
    case negativeStd(Double)
    /// `randint(low, high)` with `low >= high`.
    case emptyIntegerRange(low: Int64, high: Int64)
    /// `randperm(n)` with `n < 0`.
    case negativePermutationSize(Int)
    /// `randperm(n)` with `n` beyond the small-n algorithm this port implements.
    case permutationTooLarge(Int)
    /// A negative element count.
    case negativeCount(Int)

    public var description: String {
        switch self {
        case let .uniformBoundsReversed(from, to):
            return "uniform_ expects to return a [from, to) range, but found from=\(RandomMessageNumber.repr(from)) > to=\(RandomMessageNumber.repr(to))"
        case let .uniformRangeTooWide(from, to):
            return "uniform_ expects to-from <= std::numeric_limits<Float>::max(), but found to=\(RandomMessageNumber.repr(to)) and from=\(RandomMessageNumber.repr(from)) which result in to-from to exceed the limit"
        case let .negativeStd(std):
            return "normal expects std >= 0.0, but found std \(RandomMessageNumber.repr(std))"
        case let .emptyIntegerRange(low, high):
            return "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)"
        case let .negativePermutationSize(n):
            return "Trying to create tensor with negative dimension \(n): [\(n)]"
        case let .permutationTooLarge(n):
            return "randperm: n=\(n) is too large for this implementation"
        case let .negativeCount(n):
            return "Trying to create tensor with negative dimension \(n): [\(n)]"
        }
    }
}

/// Renders doubles the way C++ `operator<<` does in PyTorch's messages (`%g`, 6 significant digits).
enum RandomMessageNumber {
    static func repr(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let written = withVaList([value]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 64, "%g", args) }
        }
        guard written > 0 else { return "\(value)" }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
