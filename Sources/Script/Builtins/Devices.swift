import Autograd

/// A built-in object whose `str()` differs from its `repr()` (`torch.device`: `cpu` vs `device(type='cpu')`).
protocol PyStrConvertible: PyObject {
    func str() -> String
}

/// `torch.device('cpu')`: gradstep runs on the CPU only; a CUDA device can be named (as in
/// PyTorch without a GPU) but moving a tensor or module to it fails with PyTorch's error.
final class DeviceObject: PyStrConvertible, Sendable {
    let type: String
    let index: Int?
    init(type: String, index: Int? = nil) { self.type = type; self.index = index }
    static let cpu = DeviceObject(type: "cpu")

    var typeName: String { "device" }
    var attributeNames: [String] { ["index", "type"] }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "type": return .string(type)
        case "index": return index.map { .int($0) } ?? Value.none
        default: return nil
        }
    }
    func str() -> String { index.map { "\(type):\($0)" } ?? type }
    func repr() -> String { index.map { "device(type='\(type)', index=\($0))" } ?? "device(type='\(type)')" }

    /// The error PyTorch gives when something is put on a CUDA device of a machine without one.
    static let noCUDA = "Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx"

    /// Parses `'cpu'`, `'cuda'`, `'cuda:0'`, a device, or (type, index) arguments.
    static func make(_ a: CallArgs) throws -> DeviceObject {
        let v = try a.required(0, "type")
        if case .object(let d as DeviceObject) = v { return d }
        if case .int(let i) = v { return DeviceObject(type: "cuda", index: i) }
        guard case .string(let s) = v else { throw PyError(.type, "device() received an invalid combination of arguments - got (\(v.typeName))") }
        var type = s, index: Int? = nil
        if let colon = s.firstIndex(of: ":") {
            type = String(s[..<colon])
            guard let i = Int(s[s.index(after: colon)...]), i >= 0 else {
                throw PyError(.runtime, "Invalid device string: '\(s)'")
            }
            index = i
        }
        if let v = a.value(1, "index"), !v.isNone { index = try Convert.int(v, name: "device") }
        let known = ["cpu", "cuda", "mps", "meta", "xpu", "hpu", "xla", "mtia", "privateuseone", "ipu", "lazy", "vulkan", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "maia", "ort", "xla"]
        guard known.contains(type) else {
            throw PyError(.runtime, "Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start of device string: \(s)")
        }
        return DeviceObject(type: type, index: index)
    }

    /// Checks a `device=` / `.to(device)` target: CPU is fine, anything else fails as PyTorch does here.
    static func requireCPU(_ v: Value) throws {
        let d: DeviceObject
        switch v {
        case .object(let o as DeviceObject): d = o
        case .string, .int: d = try make(CallArgs([v], name: "device"))
        default: return
        }
        if d.type == "cuda" { throw PyError(.runtime, noCUDA) }
        if d.type != "cpu" { throw PyError(.runtime, "\(d.type) device is not supported by gradstep (CPU only)") }
    }
}

/// `torch.device` (a type: callable and usable in isinstance) and `torch.cuda`.
enum DeviceBindings {
    static func torchMembers() -> [String: Value] {
        [
            "device": .object(BuiltinType("device", qualifiedName: "torch.device") { a, _ in .object(try DeviceObject.make(a)) }),
            "dtype": .object(TypeObject(name: "dtype")),
            "cuda": .object(NamespaceObject("torch.cuda", [
                "is_available": .builtin(Builtin("is_available") { _, _ in .bool(false) }),
                "device_count": .builtin(Builtin("device_count") { _, _ in .int(0) }),
                "manual_seed": .builtin(Builtin("manual_seed") { _, _ in .none }),
                "manual_seed_all": .builtin(Builtin("manual_seed_all") { _, _ in .none }),
            ])),
            "backends": .object(backends()),
            "accelerator": .object(NamespaceObject("torch.accelerator", [
                "is_available": .builtin(Builtin("is_available") { _, _ in .bool(false) }),
                "device_count": .builtin(Builtin("device_count") { _, _ in .int(0) }),
                // The reference PyTorch is a CUDA build on a machine without a GPU: it names cuda, unavailable.
                "current_accelerator": .builtin(Builtin("current_accelerator") { _, _ in .object(DeviceObject(type: "cuda", index: nil)) }),
            ])),
        ]
    }

    /// `torch.backends`: what the device-choosing lines of tutorials ask (`torch.backends.mps.is_available()`),
    /// answered as the reference PyTorch (a CUDA build, no GPU) answers; the cudnn flags are settable.
    static func backends() -> NamespaceObject {
        func flag(_ value: Bool) -> Value { .builtin(Builtin("is_available") { _, _ in .bool(value) }) }
        return NamespaceObject("torch.backends", [
            "mps": .object(NamespaceObject("torch.backends.mps", ["is_available": flag(false), "is_built": flag(false)])),
            "cuda": .object(NamespaceObject("torch.backends.cuda", ["is_built": flag(true)])),
            "cudnn": .object(NamespaceObject("torch.backends.cudnn", [
                "is_available": flag(true), "enabled": .bool(true), "benchmark": .bool(false), "deterministic": .bool(false),
            ])),
            // The LSTM layers read `enabled` to choose oneDNN's node, as ATen's use_mkldnn does.
            "mkldnn": .object(NamespaceObject("torch.backends.mkldnn", ["is_available": flag(true), "enabled": .bool(true)])),
        ])
    }
}
