/// A dict key reduced to what Python's equality compares: `1`, `1.0` and `True` are one key.
/// Keys without such a form (tensors, objects) are not indexed and are found by scanning.
indirect enum HashKey: Hashable {
    case int(Int)
    case float(UInt64)
    case string(String)
    case big(String)
    case none
    case tuple([HashKey])

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { return nil }
            if d == d.rounded(), Swift.abs(d) < 9.2e18 { self = .int(Int(d)) } else { self = .float((d == 0 ? 0 : d).bitPattern) }
        case .string(let s): self = .string(s)
        case .bigInt(let s): self = .big(s)
        case .none: self = .none
        case .tuple(let t):
            var items: [HashKey] = []
            for x in t {
                guard let k = HashKey(x) else { return nil }
                items.append(k)
            }
            self = .tuple(items)
        default: return nil
        }
    }
}

/// The key index of a `DictBox`: positions of indexable keys, and whether other keys exist.
struct DictIndex {
    var positions: [HashKey: Int] = [:]
    var hasUnindexed = false
    var valid = false
}

extension DictBox {
    private func ensureIndex() {
        if index.valid { return }
        var fresh = DictIndex()
        fresh.positions.reserveCapacity(entries.count)
        for (i, e) in entries.enumerated() {
            if let k = HashKey(e.key) {
                if fresh.positions[k] == nil { fresh.positions[k] = i }
            } else {
                fresh.hasUnindexed = true
            }
        }
        fresh.valid = true
        index = fresh
    }

    /// The position of `k` in `entries`, or nil.
    func position(_ k: Value) -> Int? {
        ensureIndex()
        if let hk = HashKey(k) {
            if let i = index.positions[hk] { return i }
            if !index.hasUnindexed { return nil }
        }
        return entries.firstIndex(where: { Arithmetic.equal($0.key, k) })
    }

    /// `d[k] = v`.
    func set(_ k: Value, _ v: Value) throws {
        try CopyModule.checkHashable(k)
        if let i = position(k) {
            entries[i].value = v
            index.valid = true
            return
        }
        entries.append((k, v))
        if let hk = HashKey(k) { index.positions[hk] = entries.count - 1 } else { index.hasUnindexed = true }
        index.valid = true
    }

    /// `d[k]`.
    func get(_ k: Value) -> Value? {
        position(k).map { entries[$0].value }
    }
}
