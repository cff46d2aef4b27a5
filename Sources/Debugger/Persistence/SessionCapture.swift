import Autograd
import Script

/// Turns the session's variables into a `SessionFile` (tensors deduplicated by identity).
struct SessionCapture {
    private(set) var tensors: [TensorRecord] = []
    private var index: [ObjectIdentifier: Int] = [:]
    private(set) var skipped: [String] = []

    mutating func record(_ t: Tensor) -> Int {
        if let i = index[ObjectIdentifier(t)] { return i }
        let i = tensors.count
        index[ObjectIdentifier(t)] = i
        let values = t.dtype.isFloatingPoint ? t.floatValues().map(BitText.float) : t.intValues().map { String($0) }
        tensors.append(TensorRecord(dtype: t.dtype.rawValue, shape: t.shape, values: values,
                                    requiresGrad: t.requiresGrad, isParameter: t.isParameter,
                                    retainsGrad: t.retainsGrad, grad: nil, hadGraph: !t.isLeaf))
        if let g = t.grad {
            let gi = record(g)
            tensors[i].grad = gi
        }
        return i
    }

    /// The record for `v`, or nil when the value cannot be saved.
    mutating func record(_ v: Value, depth: Int = 0) -> ValueRecord? {
        guard depth < 64 else { return nil }
        switch v {
        case .none: return ValueRecord.none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return .bigInt(s)
        case .float(let d): return .float(BitText.double(d))
        case .string(let s): return .string(s)
        case .tensor(let t): return .tensor(record(t))
        case .function(let f): return .function(f.name)
        case .list(let l):
            var out: [ValueRecord] = []
            for x in l.items { guard let r = record(x, depth: depth + 1) else { return nil }; out.append(r) }
            return .list(out)
        case .tuple(let items):
            var out: [ValueRecord] = []
            for x in items { guard let r = record(x, depth: depth + 1) else { return nil }; out.append(r) }
            return .tuple(out)
        case .dict(let d):
            var out: [[ValueRecord]] = []
            for e in d.entries {
                guard let k = record(e.key, depth: depth + 1), let v = record(e.value, depth: depth + 1) else { return nil }
                out.append([k, v])
            }
            return .dict(out)
        default:
            return nil
        }
    }

    mutating func skip(_ name: String) { skipped.append(name) }
}
