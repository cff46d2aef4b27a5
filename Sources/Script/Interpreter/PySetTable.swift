import Foundation

/// CPython's set hash table, simulated so that sets of numbers iterate (and print) in CPython's order:
/// open addressing with 9 linear probes then perturbed probing, resize at 3/5 full, dummies on removal.
/// Keys without a deterministic CPython hash (strings are salted per run) keep insertion order.
struct PySetTable {
    private(set) var keys: [Value] = []
    /// Slot -> index into `keys`; nil is empty, -1 a dummy left by a removal.
    private var slots: [Int?] = Array(repeating: nil, count: 8)
    private var hashes: [Int] = []
    private var fill = 0
    /// False once a key without a simulated hash was added: iteration is then insertion order.
    private var simulated = true

    var count: Int { keys.count }
    private var mask: Int { slots.count - 1 }

    /// The keys in CPython's iteration order.
    var ordered: [Value] {
        guard simulated else { return keys }
        return slots.compactMap { s in s.flatMap { $0 >= 0 ? keys[$0] : nil } }
    }

    func contains(_ v: Value) -> Bool { keys.contains { Arithmetic.equal($0, v) } }

    mutating func add(_ v: Value) {
        if contains(v) { return }
        guard simulated, let h = PySetTable.hash(v) else {
            simulated = false
            keys.append(v)
            return
        }
        keys.append(v)
        hashes.append(h)
        var freeSlot: Int?
        var i = h & mask
        var perturb = UInt64(bitPattern: Int64(h))
        while true {
            let probes = i + 9 <= mask ? 9 : 0
            for j in i...(i + probes) {
                guard let occupant = slots[j] else {
                    if let f = freeSlot {
                        slots[f] = keys.count - 1
                        return
                    }
                    slots[j] = keys.count - 1
                    fill += 1
                    if fill * 5 >= mask * 3 { resize(keys.count > 50000 ? keys.count * 2 : keys.count * 4) }
                    return
                }
                if occupant == -1 && freeSlot == nil { freeSlot = j }
            }
            perturb >>= 5
            i = Int(truncatingIfNeeded: (UInt64(i) &* 5 &+ 1 &+ perturb) & UInt64(mask))
        }
    }

    mutating func remove(_ v: Value) -> Bool {
        guard let k = keys.firstIndex(where: { Arithmetic.equal($0, v) }) else { return false }
        keys.remove(at: k)
        guard simulated else { return true }
        hashes.remove(at: k)
        for s in slots.indices {
            guard let idx = slots[s], idx >= 0 else { continue }
            if idx == k { slots[s] = -1 } else if idx > k { slots[s] = idx - 1 }
        }
        return true
    }

    private mutating func resize(_ minUsed: Int) {
        var size = 8
        while size <= minUsed { size <<= 1 }
        let old = slots
        slots = Array(repeating: nil, count: size)
        fill = 0
        for case let idx? in old where idx >= 0 { insertClean(idx) }
    }

    private mutating func insertClean(_ idx: Int) {
        let h = hashes[idx]
        var i = h & mask
        var perturb = UInt64(bitPattern: Int64(h))
        while true {
            let probes = i + 9 <= mask ? 9 : 0
            for j in i...(i + probes) where slots[j] == nil {
                slots[j] = idx
                fill += 1
                return
            }
            perturb >>= 5
            i = Int(truncatingIfNeeded: (UInt64(i) &* 5 &+ 1 &+ perturb) & UInt64(mask))
        }
    }

    /// Adds every key of another set, as CPython's `set_merge` does (one up-front resize, then inserts).
    mutating func merge(_ other: PySetTable) {
        if simulated && other.simulated && (fill + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
        for v in other.ordered { add(v) }
    }

    /// A copy built the way CPython's `set(other_set)` builds it (one resize, then clean inserts).
    func copied() -> PySetTable {
        var t = PySetTable()
        guard simulated else {
            t.simulated = false
            t.keys = keys
            return t
        }
        if keys.count * 5 >= t.mask * 3 { t.resize(keys.count * 2) }
        if t.mask == mask && fill == keys.count {
            t.keys = keys
            t.hashes = hashes
            t.slots = slots
            t.fill = fill
            return t
        }
        for v in ordered {
            guard let k = keys.firstIndex(where: { Arithmetic.equal($0, v) }) else { continue }
            t.keys.append(v)
            t.hashes.append(hashes[k])
            t.insertClean(t.keys.count - 1)
        }
        return t
    }

    static let modulus = (1 << 61) - 1

    /// CPython's `hash()` for ints, bools and floats; nil for anything else.
    static func hash(_ v: Value) -> Int? {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i):
            let m = Int(i.magnitude % UInt(modulus))
            let h = i < 0 ? -m : m
            return h == -1 ? -2 : h
        case .float(let d):
            if d.isNaN || d.isInfinite { return nil }
            if d == d.rounded(), Swift.abs(d) < 9e18 { return hash(.int(Int(d))) }
            return hashDouble(d)
        // numpy scalars hash as their Python number (np.float64(2.0) and 2.0 are one dict key).
        case .object(let s as NumpyScalar): return hash(s.pythonValue)
        default: return nil
        }
    }

    private static func hashDouble(_ v: Double) -> Int {
        var e32: Int32 = 0
        var m = frexp(v, &e32)
        var e = Int(e32)
        var sign = 1
        if m < 0 { sign = -1; m = -m }
        var x: UInt64 = 0
        let p = UInt64(modulus)
        while m != 0 {
            x = ((x << 28) & p) | x >> (61 - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= p { x -= p }
        }
        let ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(ee)) & p) | x >> UInt64(61 - ee)
        var h = Int(x) * sign
        if h == -1 { h = -2 }
        return h
    }
}
