/// The element types gradstep's tensors can hold, as in PyTorch (and numpy's arrays, which are tensors).
///
/// Float32 and float16 elements live in `Storage.floats` (float16 values rounded to half precision by
/// every op that makes them, as PyTorch and numpy compute half in float), float64 in `Storage.doubles`,
/// and the integer types and bool in `Storage.ints`: narrow integers kept in their range by `wrap`,
/// bool as 0/1, uint64 as its bit pattern.
public enum DType: String, Sendable, Equatable, CaseIterable {
    case float32 = "torch.float32"
    case float64 = "torch.float64"
    case int64 = "torch.int64"
    case int32 = "torch.int32"
    case bool = "torch.bool"
    case float16 = "torch.float16"
    case int16 = "torch.int16"
    case int8 = "torch.int8"
    case uint8 = "torch.uint8"
    case uint16 = "torch.uint16"
    case uint32 = "torch.uint32"
    case uint64 = "torch.uint64"

    /// Whether values of this type are floating point.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 || self == .float16 }
    /// Whether the elements are stored in `Storage.ints` (the integer types and bool).
    public var isIntegral: Bool { !isFloatingPoint }
    /// Whether this is one of the unsigned integer types.
    public var isUnsigned: Bool { self == .uint8 || self == .uint16 || self == .uint32 || self == .uint64 }
    /// Whether the elements are stored in `Storage.floats` (float32 and float16).
    public var storesFloats: Bool { self == .float32 || self == .float16 }

    /// The size of one element in bytes (`element_size()`, numpy's `itemsize`).
    public var itemSize: Int {
        switch self {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16, .float16: return 2
        case .int32, .uint32, .float32: return 4
        case .int64, .uint64, .float64: return 8
        }
    }

    /// `value` brought into this integer type's range as a C cast does (two's complement wrap-around);
    /// bool maps nonzero to 1; int64 and uint64 (kept as its bit pattern) are unchanged.
    @inline(__always)
    public func wrap(_ value: Int64) -> Int64 {
        switch self {
        case .int32: return Int64(Int32(truncatingIfNeeded: value))
        case .int16: return Int64(Int16(truncatingIfNeeded: value))
        case .int8: return Int64(Int8(truncatingIfNeeded: value))
        case .uint8: return Int64(UInt8(truncatingIfNeeded: value))
        case .uint16: return Int64(UInt16(truncatingIfNeeded: value))
        case .uint32: return Int64(UInt32(truncatingIfNeeded: value))
        case .bool: return value != 0 ? 1 : 0
        default: return value
        }
    }

    /// A floating value converted to this integer type as the C cast compiled for x86 converts it (what
    /// numpy's and PyTorch's casts do): toward zero, through a 32-bit conversion for types of 32 bits or
    /// fewer but uint32, whose out-of-range and NaN values give that conversion's minimum, then wrapped;
    /// uint64 subtracts 2^63 first for values beyond int64. Bool tests for nonzero.
    public func castFromDouble(_ d: Double) -> Int64 {
        switch self {
        case .bool: return d != 0 ? 1 : 0
        case .int32, .int16, .int8, .uint8, .uint16:
            let i: Int32 = d.isNaN || d >= 2147483648.0 || d <= -2147483649.0 ? Int32.min : Int32(d.rounded(.towardZero))
            return wrap(Int64(i))
        case .uint64:
            if d >= 9.223372036854775807e18 {
                let shifted = d - 9.223372036854775807e18
                let low: Int64 = shifted.isNaN || shifted >= 9.223372036854775807e18 ? Int64.min : Int64(shifted.rounded(.towardZero))
                return low ^ Int64.min
            }
            return DType.int64.castFromDouble(d)
        default:
            let i: Int64 = d.isNaN || d >= 9.223372036854775807e18 || d < -9.223372036854775807e18 ? Int64.min : Int64(d.rounded(.towardZero))
            return wrap(i)
        }
    }

    /// Whether `wrap` can change a value (the integer types narrower than 64 bits).
    public var isNarrowInteger: Bool { isIntegral && self != .bool && itemSize < 8 }

    /// `value` rounded to the nearest float16 (ties to even), as a Float: what a half element holds.
    @inline(__always)
    public static func half(_ value: Float) -> Float { Float(Float16(value)) }

    /// A stored integer element as a Double (uint64's bit pattern read unsigned).
    @inline(__always)
    public func double(fromStored v: Int64) -> Double { self == .uint64 ? Double(UInt64(bitPattern: v)) : Double(v) }

    /// PyTorch's promotion category: bool < integer < floating.
    public var category: Int {
        switch self {
        case .bool: return 0
        case .float32, .float64, .float16: return 2
        default: return 1
        }
    }

    /// `torch.promote_types(a, b)`: floats win over integers (the wider float between floats);
    /// signed with unsigned needs a signed type wider than the unsigned one (uint8 with int8 is int16).
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a == .bool { return b }
        if b == .bool { return a }
        if a.isFloatingPoint || b.isFloatingPoint {
            if !b.isFloatingPoint { return a }
            if !a.isFloatingPoint { return b }
            return a.itemSize >= b.itemSize ? a : b
        }
        if a.isUnsigned == b.isUnsigned { return a.itemSize >= b.itemSize ? a : b }
        let (s, u) = a.isUnsigned ? (b, a) : (a, b)
        if s.itemSize > u.itemSize { return s }
        return signed(bytes: u.itemSize * 2) ?? .int64
    }

    /// The signed integer type of `bytes` bytes, if there is one.
    public static func signed(bytes: Int) -> DType? {
        switch bytes {
        case 1: return .int8
        case 2: return .int16
        case 4: return .int32
        case 8: return .int64
        default: return nil
        }
    }

    /// `torch.can_cast(from, to)`: no cast to a lower category (float → int, int → bool).
    public static func canCast(from: DType, to: DType) -> Bool { from.category <= to.category }

    /// The C++ scalar type name PyTorch's messages use: `Float`, `Double`, `Long`, `Int`, `Bool`, `Byte`, …
    public var scalarTypeName: String {
        switch self {
        case .float32: return "Float"
        case .float64: return "Double"
        case .int64: return "Long"
        case .int32: return "Int"
        case .bool: return "Bool"
        case .float16: return "Half"
        case .int16: return "Short"
        case .int8: return "Char"
        case .uint8: return "Byte"
        case .uint16: return "UInt16"
        case .uint32: return "UInt32"
        case .uint64: return "UInt64"
        }
    }

    /// The legacy tensor type name (`x.type()`): `torch.FloatTensor`, `torch.DoubleTensor`, …
    public var tensorTypeName: String { "torch.\(scalarTypeName)Tensor" }

    /// The C type name some messages use (`float`, `double`, `long int`, `int`, `bool`, …).
    public var cTypeName: String {
        switch self {
        case .float32: return "float"
        case .float64: return "double"
        case .int64: return "long int"
        case .int32: return "int"
        case .bool: return "bool"
        case .float16: return "c10::Half"
        case .int16: return "short int"
        case .int8: return "signed char"
        case .uint8: return "unsigned char"
        case .uint16: return "unsigned short"
        case .uint32: return "unsigned int"
        case .uint64: return "unsigned long"
        }
    }

    /// The C type c10's checked scalar conversion names in "value cannot be converted to type X without
    /// overflow" (`int`, `uint8_t`, `int16_t`, `int64_t`).
    public var checkedConversionName: String { self == .int32 ? "int" : shortName + "_t" }

    /// The dtype's attribute name (`float32`, `float64`, …).
    public var shortName: String { String(rawValue.dropFirst("torch.".count)) }
}
