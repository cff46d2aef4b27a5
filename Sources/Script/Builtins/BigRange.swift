/// `range(a, b, c)` with a bound beyond 64-bit integers (`range(2**70)`, `range(-2**63, 2**64)`):
/// the same sequence in Python's big integers. Indexing, `in`, iteration and `bool` work as in
/// CPython; `len()` is CPython's OverflowError once the count exceeds a C ssize_t. Slicing one is not
/// supported (a clear NotImplementedError).
final class BigRange: PySubscriptable {
    let start: Value, stop: Value, step: Value
    /// The number of items (`.int` or `.bigInt`).
    let count: Value

    /// Values are `.int` or `.bigInt`; `step` is not zero.
    init(start: Value, stop: Value, step: Value) throws {
        self.start = start
        self.stop = stop
        self.step = step
        let up = BigRange.compare(step, .int(0)) > 0
        let (lo, hi, by) = up ? (start, stop, step) : (stop, start, try BigRange.op(.subtract, .int(0), step))
        if BigRange.compare(lo, hi) >= 0 {
            count = .int(0)
        } else {
            let span = try BigRange.op(.subtract, try BigRange.op(.subtract, hi, lo), .int(1))
            count = try BigRange.op(.add, try BigRange.op(.floorDivide, span, by), .int(1))
        }
    }

    static func op(_ o: BinaryOperator, _ a: Value, _ b: Value) throws -> Value { try Arithmetic.bigOp(o, a, b) }

    static func digits(_ v: Value) -> String {
        switch v {
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        default: return "0"
        }
    }

    static func compare(_ a: Value, _ b: Value) -> Int { BigDecimal.compare(digits(a), digits(b)) }

    var typeName: String { "range" }
    var isEmpty: Bool { BigRange.compare(count, .int(0)) == 0 }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "start": return start
        case "stop": return stop
        case "step": return step
        default: return nil
        }
    }

    func repr() -> String {
        let s = BigRange.digits(step)
        return "range(\(BigRange.digits(start)), \(BigRange.digits(stop))" + (s == "1" ? ")" : ", \(s))")
    }

    /// `len(r)`: an int, or CPython's OverflowError beyond a C ssize_t.
    func length() throws -> Int {
        guard case .int(let n) = count else { throw PyError(.overflow, "Python int too large to convert to C ssize_t") }
        return n
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        var i: Value
        switch Convert.unwrapBool(index) {
        case .int, .bigInt: i = Convert.unwrapBool(index)
        case .slice: throw PyError(.notImplemented, "slicing a range with bounds beyond 64-bit integers is not supported by gradstep")
        default: throw PyError(.type, "range indices must be integers or slices, not \(index.typeName)")
        }
        if BigRange.compare(i, .int(0)) < 0 { i = try BigRange.op(.add, i, count) }
        guard BigRange.compare(i, .int(0)) >= 0, BigRange.compare(i, count) < 0 else {
            throw PyError(.index, "range object index out of range")
        }
        return try BigRange.op(.add, start, try BigRange.op(.multiply, i, step))
    }

    /// `x in r`: an integer between the bounds at a whole number of steps from the start.
    func contains(_ x: Value) throws -> Bool {
        let v = Convert.unwrapBool(x)
        switch v {
        case .int, .bigInt: break
        default: return false
        }
        let up = BigRange.compare(step, .int(0)) > 0
        let inside = up ? BigRange.compare(v, start) >= 0 && BigRange.compare(v, stop) < 0
            : BigRange.compare(v, start) <= 0 && BigRange.compare(v, stop) > 0
        guard inside else { return false }
        return BigRange.compare(try BigRange.op(.modulo, try BigRange.op(.subtract, v, start), step), .int(0)) == 0
    }

    /// Its items in order, one at a time.
    func iterator() -> ClosureIterator {
        var current = start
        let up = BigRange.compare(step, .int(0)) > 0
        return ClosureIterator("range_iterator") { [stop, step] _ in
            guard up ? BigRange.compare(current, stop) < 0 : BigRange.compare(current, stop) > 0 else { return nil }
            defer { current = (try? BigRange.op(.add, current, step)) ?? stop }
            return current
        }
    }
}
