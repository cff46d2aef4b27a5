import Autograd
import Script

/// The outcome of one checkpoint: passed, or a message saying what the learner's state holds instead.
public struct CheckpointResult: Sendable, Equatable {
    public var passed: Bool
    /// Empty when passed; otherwise what is wrong, e.g. "loss is tensor(0.4544, …) (0.4544), not < 0.2".
    public var message: String

    public init(passed: Bool, message: String) {
        self.passed = passed
        self.message = message
    }

    static let pass = CheckpointResult(passed: true, message: "")
    static func fail(_ message: String) -> CheckpointResult { CheckpointResult(passed: false, message: message) }
}

/// What the step's command did, for `expect error`.
public struct CommandOutcome: Sendable, Equatable {
    /// True when the session reported a failure (an exception or a command error).
    public var failed: Bool
    /// Everything the command wrote (stdout and stderr).
    public var output: String

    public init(failed: Bool, output: String) {
        self.failed = failed
        self.output = output
    }

    /// No command ran (question and pause steps).
    public static let none = CommandOutcome(failed: false, output: "")
}

/// Evaluates checkpoints against an interpreter's variables.
public enum CheckpointEvaluator {
    public static func evaluate(_ checkpoint: Checkpoint, interpreter: Interpreter, last: CommandOutcome) -> CheckpointResult {
        let c = checkpoint
        if c.comparison == .error {
            guard last.failed else { return .fail("the command succeeded, but it should have failed" + (c.rhs.isEmpty ? "" : " with \(c.rhs)")) }
            if !c.rhs.isEmpty && !last.output.contains(c.rhs) {
                return .fail("the command failed, but its message does not contain \"\(c.rhs)\"")
            }
            return .pass
        }
        let left: Value
        do {
            left = try interpreter.evaluate(c.lhs)
        } catch {
            return .fail("`\(c.lhs)` cannot be evaluated: \(describe(error))")
        }
        switch c.comparison {
        case .isNone:
            if case .none = left { return .pass }
            return .fail("\(c.lhs) is \(show(left)), not None")
        case .isNotNone:
            if case .none = left { return .fail("\(c.lhs) is None") }
            return .pass
        case .truthy:
            do {
                if case .bool(true) = try interpreter.evaluate("bool(\(c.lhs))") { return .pass }
                return .fail("\(c.lhs) is \(show(left)), which is not true")
            } catch {
                return .fail("the truth of `\(c.lhs)` cannot be decided: \(describe(error))")
            }
        case .error:
            return .pass
        default:
            break
        }
        let right: Value
        do {
            right = try interpreter.evaluate(c.rhs)
        } catch {
            return .fail("the expected value `\(c.rhs)` cannot be evaluated: \(describe(error))")
        }
        switch c.comparison {
        case .equal, .notEqual:
            let same = equal(left, right)
            if same == (c.comparison == .equal) { return .pass }
            return .fail("\(c.lhs) is \(show(left))" + (c.comparison == .equal ? ", expected \(show(right))" : ", which should differ from \(show(right))"))
        case .less, .lessEqual, .greater, .greaterEqual:
            guard let a = scalar(left) else { return .fail("\(c.lhs) is \(show(left)), not a single number") }
            guard let b = scalar(right) else { return .fail("`\(c.rhs)` is not a single number") }
            let ok: Bool
            switch c.comparison {
            case .less: ok = a < b
            case .lessEqual: ok = a <= b
            case .greater: ok = a > b
            default: ok = a >= b
            }
            if ok { return .pass }
            return .fail("\(c.lhs) is \(show(left)), which is not \(c.comparison.rawValue) \(c.rhs)")
        case .approx:
            guard let a = numbers(left) else { return .fail("\(c.lhs) is \(show(left)), not numbers") }
            guard let b = numbers(right) else { return .fail("`\(c.rhs)` is not numbers") }
            guard a.values.count == b.values.count else {
                return .fail("\(c.lhs) is \(show(left)) with \(a.values.count) number(s), expected \(b.values.count): \(c.rhs)")
            }
            let tolerance = c.tolerance.map { (absolute: $0, relative: 0.0, text: PythonFloat.repr($0)) } ?? defaultTolerance(c.rhs)
            for (i, (x, y)) in zip(a.values, b.values).enumerated() where !(abs(x - y) <= tolerance.absolute + tolerance.relative * abs(y)) {
                let which = a.values.count == 1 ? "" : " (element \(i): \(PythonFloat.repr(x)), expected \(PythonFloat.repr(y)))"
                return .fail("\(c.lhs) is \(show(left)), expected ≈ \(c.rhs) within \(tolerance.text)\(which)")
            }
            return .pass
        default:
            return .pass
        }
    }

    /// The tolerance a `≈` without `± TOL` uses: one unit in the last decimal written on the right side
    /// (`0.69` → 0.01, `[-0.171, -0.305]` → 0.001, `9` → 1); numbers in exponent form give 0.1% relative.
    static func defaultTolerance(_ text: String) -> (absolute: Double, relative: Double, text: String) {
        var decimals = 0
        var hasExponent = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isNumber || c == "." {
                let start = i
                while i < text.endIndex, text[i].isNumber || text[i] == "." || text[i] == "_" { i = text.index(after: i) }
                let literal = text[start..<i]
                if let dot = literal.firstIndex(of: ".") { decimals = max(decimals, literal.distance(from: dot, to: literal.endIndex) - 1) }
                if i < text.endIndex, text[i] == "e" || text[i] == "E" { hasExponent = true }
                continue
            }
            if c.isLetter || c == "_" {  // skip names (`torch`, `x1`) so their digits do not count
                while i < text.endIndex, text[i].isLetter || text[i].isNumber || text[i] == "_" { i = text.index(after: i) }
                continue
            }
            i = text.index(after: i)
        }
        if hasExponent { return (0, 1e-3, "0.1%") }
        let unit = Double("1e-\(min(decimals, 15))") ?? 1
        return (unit * 1.000001, 0, PythonFloat.repr(unit))
    }

    // MARK: - Values

    struct Numbers {
        var shape: [Int]
        var values: [Double]
    }

    /// A value as a shape and its numbers (tensors, Python numbers, torch.Size, nested lists/tuples).
    static func numbers(_ v: Value) -> Numbers? {
        switch v {
        case .bool(let b): return Numbers(shape: [], values: [b ? 1 : 0])
        case .int(let i): return Numbers(shape: [], values: [Double(i)])
        case .float(let d): return Numbers(shape: [], values: [d])
        case .tensor(let t): return Numbers(shape: t.shape, values: t.doubleValues())
        case .size(let s): return Numbers(shape: [s.count], values: s.map(Double.init))
        case .list(let l): return sequence(l.items)
        case .tuple(let items): return sequence(items)
        default: return nil
        }
    }

    private static func sequence(_ items: [Value]) -> Numbers? {
        var parts: [Numbers] = []
        for item in items {
            guard let n = numbers(item) else { return nil }
            parts.append(n)
        }
        guard let first = parts.first else { return Numbers(shape: [0], values: []) }
        guard parts.allSatisfy({ $0.shape == first.shape }) else { return nil }
        return Numbers(shape: [parts.count] + first.shape, values: parts.flatMap(\.values))
    }

    static func scalar(_ v: Value) -> Double? {
        guard let n = numbers(v), n.values.count == 1 else { return nil }
        return n.values[0]
    }

    /// Python-like equality: numbers compare by shape and value (a tensor equals a list of its values,
    /// `torch.Size([2])` equals `(2,)`); other values by their repr.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        if let x = numbers(a), let y = numbers(b) {
            let xs = x.values.count == 1 ? [] : x.shape, ys = y.values.count == 1 ? [] : y.shape
            return xs == ys && x.values == y.values
        }
        return Repr.repr(a) == Repr.repr(b)
    }

    /// A value for a failure message: its repr, with the plain number for a one-element tensor.
    static func show(_ v: Value) -> String {
        let repr = Repr.repr(v)
        if case .tensor(let t) = v, t.numel == 1, let d = t.doubleValues().first {
            return "\(repr) (\(PythonFloat.repr(d)))"
        }
        return repr
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let e as PyError: return "\(e.kind.rawValue): \(e.message)"
        case let e as SyntaxError: return "SyntaxError: \(e.message)"
        case let e as TorchError: return "\(e.kind.rawValue): \(e.message)"
        default: return "\(error)"
        }
    }
}
