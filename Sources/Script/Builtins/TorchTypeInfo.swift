import Foundation
import Autograd

/// `torch.iinfo(dtype)` and `torch.finfo(dtype)`: the limits of an integer or floating dtype, with
/// PyTorch's repr (C++'s six-digit `%g` of each value) and its attributes as Python numbers.
final class TorchTypeInfo: PyObject {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }

    var typeName: String { dtype.isFloatingPoint ? "torch.finfo" : "torch.iinfo" }

    /// The IEEE 754 constants of the float types: eps, max, smallest normal, resolution.
    private var floatLimits: (eps: Double, max: Double, tiny: Double, resolution: Double) {
        switch dtype {
        case .float16: return (0.0009765625, 65504, 6.103515625e-05, 1e-3)
        case .float32: return (Double(Float.ulpOfOne), Double(Float.greatestFiniteMagnitude), Double(Float.leastNormalMagnitude), 1e-6)
        default: return (Double.ulpOfOne, Double.greatestFiniteMagnitude, Double.leastNormalMagnitude, 1e-15)
        }
    }

    var attributeNames: [String] {
        dtype.isFloatingPoint ? ["bits", "dtype", "eps", "max", "min", "resolution", "smallest_normal", "tiny"] : ["bits", "dtype", "max", "min"]
    }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        if name == "bits" { return .int(dtype.itemSize * 8) }
        if name == "dtype" { return .string(dtype.shortName) }
        if dtype.isFloatingPoint {
            let l = floatLimits
            switch name {
            case "eps": return .float(l.eps)
            case "max": return .float(l.max)
            case "min": return .float(-l.max)
            case "tiny", "smallest_normal": return .float(l.tiny)
            case "resolution": return .float(l.resolution)
            default: return nil
            }
        }
        let (lo, hi) = NumpyDType.intRange(dtype)
        switch name {
        case "min": return .int(Int(lo))
        case "max": return dtype == .uint64 ? .bigInt(String(UInt64.max)) : .int(Int(hi))
        default: return nil
        }
    }

    private static func g(_ x: Double) -> String { String(format: "%g", x) }

    func repr() -> String {
        if dtype.isFloatingPoint {
            let l = floatLimits
            return "finfo(resolution=\(Self.g(l.resolution)), min=\(Self.g(-l.max)), max=\(Self.g(l.max)), eps=\(Self.g(l.eps)), smallest_normal=\(Self.g(l.tiny)), tiny=\(Self.g(l.tiny)), dtype=\(dtype.shortName))"
        }
        let (lo, hi) = NumpyDType.intRange(dtype)
        let high = dtype == .uint64 ? Double(UInt64.max) : Double(hi)
        return "iinfo(min=\(Self.g(Double(lo))), max=\(Self.g(high)), dtype=\(dtype.shortName))"
    }

    /// `torch.iinfo(type)` / `torch.finfo(type=None)` (the default dtype when none is given).
    static func make(_ a: CallArgs, floating: Bool, _ interp: Interpreter) throws -> Value {
        let name = floating ? "finfo" : "iinfo"
        guard let v = a.value(0, "type"), !v.isNone else {
            if floating { return .object(TorchTypeInfo(interp.torchSettings.defaultDType)) }
            throw PyError(.type, "iinfo() missing required argument 'type' (pos 1)")
        }
        guard case .object(let o as DTypeObject) = v else {
            throw PyError(.type, "\(name)(): argument 'type' (position 1) must be torch.dtype, not \(v.typeName)")
        }
        if floating != o.dtype.isFloatingPoint || o.dtype == .bool {
            throw PyError(.type, floating ? "torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'"
                                          : "torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
        }
        return .object(TorchTypeInfo(o.dtype))
    }
}
