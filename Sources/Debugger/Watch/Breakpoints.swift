import Autograd

/// A comparison in a breakpoint condition.
public enum BreakComparison: String, Sendable, CaseIterable {
    case lessOrEqual = "<=", greaterOrEqual = ">=", less = "<", greater = ">", equal = "=="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .equal: return a == b
        }
    }
}

/// When `train`, a loop or a stepped backward stops.
public enum BreakCondition: Equatable, Sendable {
    /// The loss or any gradient is NaN or infinite.
    case nan
    /// The loss compared with a number.
    case loss(BreakComparison, Double)
    /// The largest |element| of NAME's gradient compared with a number.
    case grad(String, BreakComparison, Double)
    /// Iteration N of train or of a loop.
    case step(Int)

    public var description: String {
        switch self {
        case .nan: return "nan (loss or a gradient becomes nan/inf)"
        case .loss(let c, let v): return "loss \(c.rawValue) \(GraphRenderer.number(v))"
        case .grad(let n, let c, let v): return "grad \(n) \(c.rawValue) \(GraphRenderer.number(v))  (largest |element|)"
        case .step(let n): return "step \(n)"
        }
    }

    /// Parses the words after `break`: `nan`, `loss < 0.1`, `grad W > 1e3`, `step 5`.
    public static func parse(_ words: [String]) throws -> BreakCondition {
        let text = words.joined(separator: " ")
        let usage = CommandError("usage: break nan | break loss < X | break grad NAME > X | break step N",
                                 hint: "comparisons: < <= > >= ==", code: .usage)
        guard let first = words.first else { throw usage }
        if words == ["nan"] || words == ["inf"] { return .nan }
        if first == "step" {
            guard words.count == 2, let n = Int(words[1]), n >= 1 else { throw usage }
            return .step(n)
        }
        func comparison(_ rest: String) throws -> (BreakComparison, Double) {
            let r = rest.trimmingSpaces()
            for c in BreakComparison.allCases where r.hasPrefix(c.rawValue) {
                let number = String(r.dropFirst(c.rawValue.count)).trimmingSpaces()
                guard let v = Double(number), !v.isNaN else { throw usage }
                return (c, v)
            }
            throw usage
        }
        if text.hasPrefix("loss") {
            let (c, v) = try comparison(String(text.dropFirst(4)))
            return .loss(c, v)
        }
        if first == "grad" {
            let rest = text.dropFirst(4).trimmingSpaces()
            let name = String(rest.prefix { !"<>=".contains($0) && $0 != " " })
            guard !name.isEmpty else { throw usage }
            let (c, v) = try comparison(String(rest.dropFirst(name.count)))
            return .grad(name, c, v)
        }
        throw usage
    }
}

/// What a breakpoint check sees: the iteration, the loss and each parameter's gradient values.
struct BreakState {
    var iteration: Int?
    var loss: Double?
    var grads: [(name: String, values: [Double])]
}

/// A breakpoint that fired, and why.
public struct BreakHit: Sendable {
    public var id: Int
    public var condition: String
    /// What was seen: `loss = 0.0931`.
    public var reason: String
    /// Where: `iteration 12` / `after node 4/9`.
    public var place: String
}

/// The numbered breakpoints (`break`, `info break`, `delete N`).
struct Breakpoints {
    struct Entry {
        let id: Int
        let condition: BreakCondition
        var hits = 0
    }
    private(set) var entries: [Entry] = []
    private var nextId = 1

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ c: BreakCondition) -> Int {
        let id = nextId
        nextId += 1
        entries.append(Entry(id: id, condition: c))
        return id
    }

    /// Deletes breakpoint `id` (nil: all); false when there is no such breakpoint.
    mutating func delete(_ id: Int?) -> Bool {
        guard let id else { entries = []; return true }
        guard let i = entries.firstIndex(where: { $0.id == id }) else { return false }
        entries.remove(at: i)
        return true
    }

    /// Whether some breakpoint's condition holds in `state` (nothing counted).
    func wouldHit(_ state: BreakState) -> Bool {
        entries.contains { Self.reason($0.condition, state) != nil }
    }

    /// The parameters whose gradients some `grad NAME` breakpoint looks at.
    var gradientNames: Set<String> {
        Set(entries.compactMap { e -> String? in
            if case .grad(let name, _, _) = e.condition { return name } else { return nil }
        })
    }

    /// The first breakpoint whose condition holds in `state`, counted as a hit.
    mutating func check(_ state: BreakState, place: String) -> BreakHit? {
        for i in entries.indices {
            if let reason = Self.reason(entries[i].condition, state) {
                entries[i].hits += 1
                return BreakHit(id: entries[i].id, condition: entries[i].condition.description, reason: reason, place: place)
            }
        }
        return nil
    }

    static func reason(_ c: BreakCondition, _ s: BreakState) -> String? {
        switch c {
        case .nan:
            if let l = s.loss, !l.isFinite { return "loss = \(PythonFloat.repr(l))" }
            for g in s.grads {
                if let bad = g.values.first(where: { !$0.isFinite }) { return "\(g.name).grad contains \(GraphRenderer.number(bad))" }
            }
            return nil
        case .loss(let cmp, let v):
            guard let l = s.loss, cmp.holds(l, v) else { return nil }
            return "loss = \(PythonFloat.repr(l))"  // the exact value that met the condition
        case .grad(let name, let cmp, let v):
            guard let g = s.grads.first(where: { $0.name == name }), !g.values.isEmpty else { return nil }
            let m = g.values.map { Swift.abs($0) }.max() ?? 0
            guard cmp.holds(m, v) || (m.isNaN && cmp != .equal) else { return nil }
            return "largest |\(name).grad| = \(PythonFloat.repr(m))"
        case .step(let n):
            guard let it = s.iteration, it == n else { return nil }
            return "reached iteration \(n)"
        }
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[first...last])
    }
}
