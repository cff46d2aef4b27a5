import Foundation

/// The vector instruction set PyTorch's CPU kernels dispatch to on this machine
/// (`torch.backends.cpu.get_cpu_capability()`), decided as ATen's DispatchStub does: the
/// ATEN_CPU_CAPABILITY variable if set, else AVX-512 when the CPU has AVX512 VL, BW and DQ with
/// FMA, else AVX2 when it has AVX2 with FMA. The vector width decides which elements a kernel's
/// vector lambda computes and which its scalar one (VectorLoop), and the two round differently.
enum CPUCapability: Sendable {
    case avx512, avx2, `default`

    /// The capability of the machine this process runs on.
    static let current = detect(environment: ProcessInfo.processInfo.environment["ATEN_CPU_CAPABILITY"],
                                cpuFlags: cpuFlags())

    /// Floats in one `Vectorized<float>`: 64-byte vectors with AVX-512, 32-byte ones otherwise
    /// (vec_base.h's VECTOR_WIDTH also makes the default build's vectors 8 floats).
    var floatLanes: Int { self == .avx512 ? 16 : 8 }
    /// The name `torch.backends.cpu.get_cpu_capability()` prints.
    var name: String {
        switch self {
        case .avx512: return "AVX512"
        case .avx2: return "AVX2"
        case .default: return "DEFAULT"
        }
    }

    /// Doubles in one `Vectorized<double>`.
    var doubleLanes: Int { floatLanes / 2 }

    static func detect(environment: String?, cpuFlags: Set<String>) -> CPUCapability {
        switch environment {
        case "avx512": return .avx512
        case "avx2": return .avx2
        case "default": return .default
        default: break
        }
        if cpuFlags.isSuperset(of: ["avx512vl", "avx512bw", "avx512dq", "fma"]) { return .avx512 }
        if cpuFlags.isSuperset(of: ["avx2", "fma"]) { return .avx2 }
        // No x86 flags to read (another OS or CPU): PyTorch's wheels are measured on AVX2 widths.
        return cpuFlags.isEmpty ? .avx2 : .default
    }

    /// The CPU's feature flags from /proc/cpuinfo's first `flags` line (empty where there is none).
    static func cpuFlags() -> Set<String> {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return [] }
        for line in text.split(separator: "\n") where line.hasPrefix("flags") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
        }
        return []
    }
}
