import Foundation
import Autograd

/// Python's operators on gradstep's values: numbers follow Python, anything with a tensor goes to
/// the engine with PyTorch's reflected-operator rules (`2 - x` is rsub, `2 / x` is reciprocal·2).
enum Arithmetic {
    static func unary(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.not, _): return .bool(try !v.truthy())
        case (.negate, .int(let i)):
            let (r, o) = (0).subtractingReportingOverflow(i)
            return o ? .bigInt(BigDecimal.negate(String(i))) : .int(r)
        case (.negate, .bigInt(let s)): return normalizeBig(BigDecimal.negate(s))
        case (.negate, .float(let d)): return .float(-d)
        case (.negate, .bool(let b)): return .int(b ? -1 : 0)
        case (.negate, .tensor(let t)): return .tensor(try t.neg())
        case (.plus, .int), (.plus, .float), (.plus, .tensor), (.plus, .bigInt): return v
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        case (.invert, .tensor(let t)):
            guard !t.dtype.isFloatingPoint else { throw PyError(.type, "~ (operator.invert) is only implemented on integer and Boolean-type tensors") }
            return .tensor(try t.logicalNot())
        case (_, .object(let o)) where o is Instance:
            return try UserOperators.unary(op, v) ?? .none
        case (_, .object(let o as PyNumeric)):
            return try o.unary(op)
        case (.plus, .dict(let d)), (.negate, .dict(let d)):
            if case .counter = d.flavor, let r = try counterUnary(op, d) { return r }
            throw PyError(.type, "bad operand type for unary \(op.rawValue): '\(v.typeName)'")
        default:
            throw PyError(.type, "bad operand type for unary \(op.rawValue): '\(v.typeName)'")
        }
    }

    /// `a op b`.
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value {
        if let r = try UserOperators.binary(op, a, b) { return r }
        switch (a, b) {
        case (.tensor(let x), _):
            if case .tensor(let y) = b { return .tensor(try tensorOp(op, x, y)) }
            // `tensor op ndarray` is computed by numpy (the tensor read through __array__, so one that
            // requires grad is refused) and the result comes back as a tensor (Tensor.__array_wrap__).
            // A numpy scalar is a Python number to PyTorch.
            if case .object(is NDArray) = b { return try NumpyMath.withTensorResult(op, a, b) }
            // `t ** 2`: what `pow` does with a wrapped-number exponent, without wrapping it first
            // (an int exponent as is; a float one rounded to float32, as the wrapped tensor holds it).
            if op == .power, case .int(let i) = b { return .tensor(try x.pow(Double(Int64(i)), exponentIsInt: true)) }
            if op == .power, case .float(let d) = b { return .tensor(try x.pow(Double(Float(d)))) }
            if let s = numberScalar(b) { return .tensor(try tensorOp(op, x, Tensor.wrapped(s))) }
            if case .list = b, op != .matrixMultiply { return .tensor(try tensorOp(op, x, try TensorLiteral.make(b))) }
        case (_, .tensor(let y)):
            if let s = numberScalar(a) { return .tensor(try reflected(op, s, y)) }
            // numpy defers to Tensor's reflected operators, and of those only __rtruediv__
            // (`reciprocal() * other`) takes an ndarray (PyTorch 2.15 with numpy 2).
            if case .object(is NDArray) = a {
                if op == .divide { return try NumpyMath.withTensorResult(.multiply, .tensor(try y.reciprocal()), a) }
                if op == .add {
                    throw PyError(.type, "Concatenation operation is not implemented for NumPy arrays, use np.concatenate() instead. Please do not rely on this error; it may not be given on all Python implementations.")
                }
                throw PyError(.type, "unsupported operand type(s) for \(op.rawValue): 'numpy.ndarray' and 'Tensor'")
            }
        default:
            break
        }
        // A sequence repeated by a numpy integer is Python's repetition (list.__mul__ takes __index__).
        if op == .multiply, case .int = Convert.unwrapIndex(b), case .object(is NumpyScalar) = b, a.isSequence {
            return try binary(op, a, Convert.unwrapIndex(b), interp)
        }
        if op == .multiply, case .int = Convert.unwrapIndex(a), case .object(is NumpyScalar) = a, b.isSequence {
            return try binary(op, Convert.unwrapIndex(a), b, interp)
        }
        if case .object(let n as PyNumeric) = a, let r = try n.binary(op, b, reflected: false, interp) { return r }
        if case .object(let n as PyNumeric) = b, let r = try n.binary(op, a, reflected: true, interp) { return r }
        if let r = try numberOp(op, a, b) { return r }
        if case .dict(let x) = a, case .dict(let y) = b, let r = try dictBinary(op, x, y, interp) { return r }
        if op == .bitOr, let u = TypeUnion.union(a, b) { return u }
        switch (op, a, b) {
        case (.add, .string(let x), .string(let y)):
            try interp.checkGrowth(x.utf8.count, adding: y.utf8.count, "string")
            return .string(x + y)
        case (.add, .list(let x), .list(let y)):
            try interp.checkGrowth(x.items.count, adding: y.items.count, "list")
            return .list(ListBox(x.items + y.items))
        case (.add, .tuple(let x), .tuple(let y)):
            try interp.checkGrowth(x.count, adding: y.count, "tuple")
            return .tuple(x + y)
        case (.add, .size, .tuple), (.add, .tuple, .size), (.add, .size, .size):
            let items = try interp.iterate(a) + interp.iterate(b)
            let ints = items.compactMap { v -> Int? in if case .int(let i) = Convert.unwrapBool(v) { return i }; return nil }
            return ints.count == items.count ? .size(ints) : .tuple(items)
        case (.multiply, .size(let s), .int(let n)), (.multiply, .int(let n), .size(let s)):
            var out = [Int]()
            let (total, overflow) = s.count.multipliedReportingOverflow(by: max(n, 0))
            if overflow || total > interp.maxElements { throw PyError(.memory, "tuple too large (gradstep's limit is \(interp.maxElements) items)") }
            for _ in 0..<max(n, 0) { out.append(contentsOf: s) }
            return .size(out)
        case (.multiply, .string(let s), .int(let n)), (.multiply, .int(let n), .string(let s)):
            if n <= 0 || s.isEmpty { return .string("") }
            let (total, overflow) = s.utf8.count.multipliedReportingOverflow(by: n)
            if overflow || total > interp.maxElements { throw PyError(.memory, "string of \(overflow ? "more than \(Int.max)" : "\(total)") bytes is too large (gradstep's limit is \(interp.maxElements))") }
            return .string(String(repeating: s, count: n))
        case (.multiply, .tuple(let t), .int(let n)), (.multiply, .int(let n), .tuple(let t)):
            let (total, overflow) = t.count.multipliedReportingOverflow(by: max(n, 0))
            if overflow || total > interp.maxElements { throw PyError(.memory, "tuple too large (gradstep's limit is \(interp.maxElements) items)") }
            var out = [Value]()
            for _ in 0..<max(n, 0) { out.append(contentsOf: t) }
            return .tuple(out)
        case (.multiply, .list(let l), .int(let n)), (.multiply, .int(let n), .list(let l)):
            var out = [Value]()
            let (total, overflow) = l.items.count.multipliedReportingOverflow(by: max(n, 0))
            if overflow || total > interp.maxElements { throw PyError(.memory, "list of \(overflow ? "more than \(Int.max)" : "\(total)") items is too large (gradstep's limit is \(interp.maxElements))") }
            for _ in 0..<max(n, 0) { out.append(contentsOf: l.items) }
            return .list(ListBox(out))
        case (.bitOr, .object(let x as SetObject), .object(let y as SetObject)): return .object(SetObject.union(x, y))
        case (.bitAnd, .object(let x as SetObject), .object(let y as SetObject)): return .object(try SetObject.intersection(x, y))
        case (.subtract, .object(let x as SetObject), .object(let y as SetObject)): return .object(try SetObject.difference(x, y))
        case (.bitXor, .object(let x as SetObject), .object(let y as SetObject)): return .object(try SetObject.symmetricDifference(x, y))
        case (.modulo, .string(let fmt), _):
            return .string(try StringFormatting.percent(fmt, b, floatConversion: interp.noteFloatConversion))
        case (.add, .string, _), (.add, .list, _), (.add, .tuple, _):
            throw PyError(.type, "can only concatenate \(a.typeName) (not \"\(b.typeName)\") to \(a.typeName)")
        default:
            throw PyError(.type, "unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    /// `a op= b`: tensors change in place (x += 1 is x.add_(1)); everything else rebinds.
    static func inPlace(_ op: BinaryOperator, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value {
        if let r = try UserOperators.inPlace(op, a, b) { return r }
        if case .object(let n as PyNumeric) = a, let r = try n.inPlace(op, b, interp) { return r }
        if case .tensor(let x) = a {
            let y: Tensor
            if case .tensor(let t) = b { y = t } else if let s = numberScalar(b) { y = Tensor.wrapped(s) } else {
                throw PyError(.type, "unsupported operand type(s) for \(op.rawValue)=: 'Tensor' and '\(b.typeName)'")
            }
            switch op {
            case .add: try x.add_(y); return a
            case .subtract: try x.sub_(y); return a
            case .multiply: try x.mul_(y); return a
            case .divide: try x.div_(y); return a
            default: return .tensor(try tensorOp(op, x, y))
            }
        }
        if case .dict(let d) = a, let r = try dictInPlace(op, d, b, interp) {
            interp.loopWatch?.impure("dict |=")
            return r
        }
        if case .list(let l) = a, op == .add {
            interp.loopWatch?.impure("list +=")
            let more = try interp.iterate(b)
            try interp.checkGrowth(l.items.count, adding: more.count, "list")
            l.items.append(contentsOf: more)
            return a
        }
        return try binary(op, a, b, interp)
    }

    static func numberScalar(_ v: Value) -> Scalar? {
        switch v {
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        // A numpy scalar is a number to Python and PyTorch (np.float64 subclasses float).
        case .object(let s as NumpyScalar): return s.scalar
        default: return nil
        }
    }

    static func tensorOp(_ op: BinaryOperator, _ x: Tensor, _ y: Tensor) throws -> Tensor {
        switch op {
        case .add: return try x.add(y)
        case .subtract: return try x.sub(y)
        case .multiply: return try x.mul(y)
        case .divide: return try x.div(y)
        case .power: return try x.pow(y)
        case .matrixMultiply: return try x.matmul(y)
        case .floorDivide: return try x.floorDivide(y)
        case .modulo: return try x.remainder(y)
        case .bitAnd: return try x.logicalBinary(y, "&") { $0 & $1 }
        case .bitOr: return try x.logicalBinary(y, "|") { $0 | $1 }
        case .bitXor: return try x.logicalBinary(y, "^") { $0 ^ $1 }
        default: throw PyError(.type, "unsupported operand type(s) for \(op.rawValue): 'Tensor' and 'Tensor'")
        }
    }

    /// `number op tensor`, as Python's reflected dunder methods on Tensor compute it.
    static func reflected(_ op: BinaryOperator, _ s: Scalar, _ y: Tensor) throws -> Tensor {
        switch op {
        case .add: return try y.add(Tensor.wrapped(s))
        case .multiply: return try y.mul(Tensor.wrapped(s))
        case .subtract: return try y.rsub(s)
        case .divide: return try y.reciprocal().mul(Tensor.wrapped(s))
        case .power: return try y.rpow(s)
        case .floorDivide: return try Tensor.wrapped(s).floorDivide(y)
        case .modulo: return try Tensor.wrapped(s).remainder(y)
        case .matrixMultiply: throw PyError(.type, "unsupported operand type(s) for @: '\(s)' and 'Tensor'")
        default: return try tensorOp(op, Tensor.wrapped(s), y)
        }
    }

    // MARK: - Python numbers

    static func numberOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        // bool's &, | and ^ stay bools (True & True is True, not 1).
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        let a = Convert.unwrapBool(a), b = Convert.unwrapBool(b)
        switch (a, b) {
        case (.int(let x), .int(let y)): return try intOp(op, x, y)
        case (.bigInt, .int), (.int, .bigInt), (.bigInt, .bigInt): return try bigOp(op, a, b)
        case (.float(let x), .float(let y)): return try floatOp(op, x, y)
        case (.int(let x), .float(let y)): return try floatOp(op, Double(x), y)
        case (.float(let x), .int(let y)): return try floatOp(op, x, Double(y))
        // An int beyond the float range is CPython's OverflowError, not infinity.
        case (.bigInt(let s), .float(let y)): return try floatOp(op, try bigToDouble(s), y)
        case (.float(let x), .bigInt(let s)): return try floatOp(op, x, try bigToDouble(s))
        default: return nil
        }
    }

    static func intOp(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
        func big() throws -> Value { try bigOp(op, .int(x), .int(y)) }
        switch op {
        case .add: let (r, o) = x.addingReportingOverflow(y); return o ? try big() : .int(r)
        case .subtract: let (r, o) = x.subtractingReportingOverflow(y); return o ? try big() : .int(r)
        case .multiply: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? try big() : .int(r)
        case .divide:
            if y == 0 { throw PyError(.zeroDivision, "division by zero") }
            // CPython divides floats only when both ints are exact as floats; past 2**53 the quotient
            // is rounded once from the exact one, not from two rounded operands.
            if x.magnitude <= 1 << 53 && y.magnitude <= 1 << 53 { return .float(Double(x) / Double(y)) }
            return .float(try BigMagnitude.trueDivide(String(x), String(y)))
        case .floorDivide:
            if y == 0 { throw PyError(.zeroDivision, "integer division or modulo by zero") }
            if x == Int.min && y == -1 { return try big() }
            let q = x / y
            return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
        case .modulo:
            if y == 0 { throw PyError(.zeroDivision, "integer modulo by zero") }
            if y == -1 { return .int(0) }
            let r = x % y
            return .int((r != 0 && ((r < 0) != (y < 0))) ? r + y : r)
        case .power:
            if y < 0 {
                if x == 0 { throw PyError(.zeroDivision, "0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(x), Double(y)))
            }
            var result = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return try big() }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (b2, o) = base.multipliedReportingOverflow(by: base)
                    if o { return try big() }
                    base = b2
                }
            }
            return .int(result)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .leftShift:
            if y < 0 { throw PyError(.value, "negative shift count") }
            if y >= 63 || (x << y) >> y != x { return try big() }
            return .int(x << y)
        case .rightShift:
            if y < 0 { throw PyError(.value, "negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .matrixMultiply:
            throw PyError(.type, "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    static func floatOp(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide:
            if y == 0 { throw PyError(.zeroDivision, "float division by zero") }
            return .float(x / y)
        case .floorDivide:
            if y == 0 { throw PyError(.zeroDivision, "float floor division by zero") }
            return .float(Foundation.floor(x / y))
        case .modulo:
            if y == 0 { throw PyError(.zeroDivision, "float modulo") }
            var r = Foundation.fmod(x, y)
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .float(r)
        case .power:
            if x == 0 && y < 0 { throw PyError(.zeroDivision, "0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() { throw PyError(.value, "complex results are not supported (negative number to a fractional power)") }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PyError(.overflow, "(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw PyError(.type, "unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    /// A big int as a float, or CPython's OverflowError when it is beyond the float range.
    static func bigToDouble(_ s: String) throws -> Double {
        guard let d = Double(s), d.isFinite else { throw PyError(.overflow, "int too large to convert to float") }
        return d
    }

    static func normalizeBig(_ s: String) -> Value {
        if let i = Int(s) { return .int(i) }
        return .bigInt(s)
    }

    static func bigOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        func digits(_ v: Value) -> String {
            switch v {
            case .int(let i): return String(i)
            case .bigInt(let s): return s
            default: return "0"
            }
        }
        let x = digits(a), y = digits(b)
        switch op {
        case .add: return normalizeBig(BigDecimal.add(x, y))
        case .subtract: return normalizeBig(BigDecimal.add(x, BigDecimal.negate(y)))
        case .multiply: return normalizeBig(BigDecimal.multiply(x, y))
        case .power:
            // A negative exponent makes CPython's int power a float power (`2 ** -(2**64)` is 0.0).
            if y.hasPrefix("-") { return try floatOp(.power, try bigToDouble(x), try bigToDouble(y)) }
            // Bases whose powers stay small need no digits, however large the exponent.
            switch x {
            case "0": return .int(y == "0" ? 1 : 0)
            case "1": return .int(1)
            case "-1": return .int("02468".contains(y.last ?? "0") ? 1 : -1)
            default: break
            }
            guard let e = Int(y), e <= 10_000 else { throw PyError(.overflow, "integer result too large for gradstep") }
            guard let r = BigDecimal.power(x, e, maxCharacters: 5_000) else {
                throw PyError(.overflow, "integer result too large for gradstep")
            }
            return normalizeBig(r)
        case .divide:
            return .float(try BigMagnitude.trueDivide(x, y))
        case .floorDivide:
            guard let (q, _) = BigDecimal.floorDivMod(x, y) else { throw PyError(.zeroDivision, "integer division or modulo by zero") }
            return normalizeBig(q)
        case .modulo:
            guard let (_, r) = BigDecimal.floorDivMod(x, y) else { throw PyError(.zeroDivision, "integer modulo by zero") }
            return normalizeBig(r)
        case .leftShift, .rightShift:
            // x << n is x * 2**n; x >> n is floor(x / 2**n), as Python's arbitrary-precision ints.
            if y.hasPrefix("-") { throw PyError(.value, "negative shift count") }
            guard let n = Int(y), n <= 10_000 else {
                if op == .rightShift { return .int(x.hasPrefix("-") ? -1 : 0) }
                throw PyError(.overflow, "integer result too large for gradstep")
            }
            // 2**n has about 0.3·n digits: n ≤ 10,000 keeps it near the 5,000-character cap.
            guard let power = BigDecimal.power("2", n, maxCharacters: 5_000) else {
                if op == .rightShift { return .int(x.hasPrefix("-") ? -1 : 0) }
                throw PyError(.overflow, "integer result too large for gradstep")
            }
            if op == .leftShift {
                let r = BigDecimal.multiply(x, power)
                if r.count > 5_000 { throw PyError(.overflow, "integer result too large for gradstep") }
                return normalizeBig(r)
            }
            guard let (q, _) = BigDecimal.floorDivMod(x, power) else { return .int(0) }
            return normalizeBig(q)
        default:
            throw PyError(.overflow, "integer too large for this operation in gradstep")
        }
    }

    // MARK: - Comparisons

    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
        if let r = try UserOperators.compare(op, a, b) { return r }
        switch op {
        case .is: return .bool(identical(a, b))
        case .isNot: return .bool(!identical(a, b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(try !contains(b, a))
        default: break
        }
        // Between a tensor and an ndarray PyTorch answers `==` elementwise (through numpy), `!=` by
        // identity, and refuses orderings.
        if case .tensor = a, case .object(is NDArray) = b { return try tensorArrayComparison(op, a, b, "Tensor", "numpy.ndarray") }
        if case .object(is NDArray) = a, case .tensor = b { return try tensorArrayComparison(op, b, a, "numpy.ndarray", "Tensor") }
        if case .object(let n as PyNumeric) = a, !(b.isTensor), let r = try n.compare(op, b, reflected: false) { return r }
        if case .object(let n as PyNumeric) = b, !(a.isTensor), let r = try n.compare(op, a, reflected: true) { return r }
        if case .tensor(let x) = a {
            let y = try Convert.operand(b, name: "comparison")
            return .tensor(try x.compare(op.rawValue, y))
        }
        if case .tensor(let y) = b {
            let x = try Convert.operand(a, name: "comparison")
            return .tensor(try x.compare(op.rawValue, y))
        }
        if op == .equal { return .bool(equal(a, b)) }
        if op == .notEqual { return .bool(!equal(a, b)) }
        if case .object(let x as SetObject) = a, case .object(let y as SetObject) = b {
            // Sets are ordered by inclusion (a partial order): `<=` is issubset, `<` a proper subset.
            let sub = x.items.allSatisfy { y.table.contains($0) }, sup = y.items.allSatisfy { x.table.contains($0) }
            switch op {
            case .less: return .bool(sub && x.table.count < y.table.count)
            case .lessOrEqual: return .bool(sub)
            case .greater: return .bool(sup && x.table.count > y.table.count)
            default: return .bool(sup)
            }
        }
        let c = try order(a, b, op.rawValue)
        switch op {
        case .less: return .bool(c < 0)
        case .lessOrEqual: return .bool(c <= 0)
        case .greater: return .bool(c > 0)
        case .greaterOrEqual: return .bool(c >= 0)
        default: return .bool(false)
        }
    }

    private static func tensorArrayComparison(_ op: ComparisonOperator, _ t: Value, _ arr: Value, _ left: String, _ right: String) throws -> Value {
        switch op {
        case .equal:
            guard let r = try NumpyMath.compare(.equal, t, arr), let rt = NumpyArrays.tensorOf(r) else { return .bool(false) }
            return .tensor(rt)
        case .notEqual: return .bool(true)
        default: throw PyError(.type, "'\(op.rawValue)' not supported between instances of '\(left)' and '\(right)'")
        }
    }

    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.tensor(let x), .tensor(let y)): return x === y
        case (.list(let x), .list(let y)): return x === y
        case (.dict(let x), .dict(let y)): return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.builtin(let x), .builtin(let y)): return x.name == y.name
        case (.object(let x), .object(let y)):
            if let gx = x as? GradFnObject, let gy = y as? GradFnObject { return gx.node === gy.node }
            if let dx = x as? DTypeObject, let dy = y as? DTypeObject { return dx.dtype == dy.dtype }
            return x === y
        case (.int(let x), .int(let y)): return x == y && x >= -5 && x <= 256
        case (.string(let x), .string(let y)): return x == y
        default: return false
        }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool { equal(a, b, depth: 0) }

    /// `depth` bounds the comparison of self-containing lists (CPython raises RecursionError there;
    /// gradstep answers False instead of overflowing the native stack).
    private static func equal(_ a: Value, _ b: Value, depth: Int) -> Bool {
        guard depth < 200 else { return false }
        func equal(_ a: Value, _ b: Value) -> Bool { Self.equal(a, b, depth: depth + 1) }
        if case .object(let n as NamedTupleObject) = a { return equal(.tuple(n.items), b) }
        if case .object(let n as NamedTupleObject) = b { return equal(a, .tuple(n.items)) }
        switch (Convert.unwrapBool(a), Convert.unwrapBool(b)) {
        case (.dict(let x), .dict(let y)):
            if case .ordered = x.flavor, case .ordered = y.flavor, x !== y {
                // OrderedDict == OrderedDict also compares the order.
                return x.entries.count == y.entries.count && zip(x.entries, y.entries).allSatisfy { equal($0.key, $1.key) && equal($0.value, $1.value) }
            }
            return x === y || (x.entries.count == y.entries.count && x.entries.allSatisfy { e in y.get(e.key).map { equal($0, e.value) } ?? false })
        case (.list(let x), .list(let y)) where x === y: return true
        case (.dict(let x), .dict(let y)) where x === y: return true
        case (.int(let x), .int(let y)): return x == y
        case (.int(let x), .float(let y)): return Double(x) == y
        case (.float(let x), .int(let y)): return x == Double(y)
        case (.float(let x), .float(let y)): return x == y
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.bigInt(let x), .float(let y)), (.float(let y), .bigInt(let x)): return Double(x) == y
        case (.string(let x), .string(let y)): return x == y
        case (.none, .none): return true
        case (.list(let x), .list(let y)): return x.items.count == y.items.count && zip(x.items, y.items).allSatisfy { equal($0, $1) }
        case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.size(let x), .size(let y)): return x == y
        case (.range(let a1, let b1, let c1), .range(let a2, let b2, let c2)):
            let n1 = Builtins.rangeCount(a1, b1, c1), n2 = Builtins.rangeCount(a2, b2, c2)
            return n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || c1 == c2)))
        case (.object(let x as SetObject), .object(let y as SetObject)):
            return x.table.count == y.table.count && x.items.allSatisfy { y.table.contains($0) }
        case (.size(let x), .tuple(let y)), (.tuple(let y), .size(let x)):
            return x.count == y.count && zip(x, y).allSatisfy { equal(.int($0), $1) }
        case (.object(let s as NumpyScalar), _): return equal(s.pythonValue, b)
        case (_, .object(let s as NumpyScalar)): return equal(a, s.pythonValue)
        case (.object(let d as NumpyDTypeObject), _): return NumpyDTypeObject.equals(d.dtype, b)
        case (_, .object(let d as NumpyDTypeObject)): return NumpyDTypeObject.equals(d.dtype, a)
        case (.object(let o), _) where o is Instance: return UserOperators.equalNonThrowing(a, b)
        case (_, .object(let o)) where o is Instance: return UserOperators.equalNonThrowing(a, b)
        default: return identical(a, b)
        }
    }

    static func order(_ a: Value, _ b: Value, _ op: String) throws -> Int {
        switch (Convert.unwrapBool(a), Convert.unwrapBool(b)) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.bigInt(let x), .bigInt(let y)): return BigDecimal.compare(x, y)
        case (.bigInt(let x), .int(let y)): return BigDecimal.compare(x, String(y))
        case (.int(let x), .bigInt(let y)): return BigDecimal.compare(String(x), y)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        default:
            func isNumber(_ v: Value) -> Bool {
                if numberScalar(v) != nil { return true }
                if case .bigInt = v { return true }
                return false
            }
            if isNumber(a) && isNumber(b) {
                let x = try Convert.double(a), y = try Convert.double(b)
                if x.isNaN || y.isNaN { return 2 }
                return x < y ? -1 : (x > y ? 1 : 0)
            }
            if case .list(let l1) = a, case .list(let l2) = b { return try sequenceOrder(l1.items, l2.items, op) }
            if case .tuple(let t1) = a, case .tuple(let t2) = b { return try sequenceOrder(t1, t2, op) }
            if a.instance != nil || b.instance != nil { return try UserOperators.order(a, b) }
            throw PyError(.type, "'\(op)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    static func sequenceOrder(_ a: [Value], _ b: [Value], _ op: String) throws -> Int {
        for (x, y) in zip(a, b) where !equal(x, y) { return try order(x, y, op) }
        return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
    }

    static func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .list(let l): return l.items.contains { equal($0, item) }
        case .tuple(let t): return t.contains { equal($0, item) }
        case .size(let s): return s.contains { equal(.int($0), item) }
        case .string(let s):
            guard case .string(let sub) = item else { throw PyError(.type, "'in <string>' requires string as left operand, not \(item.typeName)") }
            return sub.isEmpty || s.contains(sub)
        case .dict(let d):
            try CopyModule.checkHashable(item)
            return d.position(item) != nil
        case .object(let o as SetObject): return o.table.contains(item)
        case .object(let r as BigRange): return try r.contains(item)
        case .object(let o as Instance): return try UserOperators.contains(o, item)
        case .object(let c as ClassObject) where c.metaclass != nil:
            guard let interp = c.interpreter else { return false }
            if let r = try interp.metaclassSpecial(c, "__contains__", [item]) { return try r.truthy() }
            return try interp.iterate(container).contains { equal($0, item) }
        case .object(let o as PyCollection): return o.items.contains { equal($0, item) }
        case .range(let a, let b, let c):
            guard case .int(let i) = Convert.unwrapBool(item) else { return false }
            return c > 0 ? (i >= a && i < b && UInt(bitPattern: i &- a) % c.magnitude == 0) : (i <= a && i > b && UInt(bitPattern: a &- i) % c.magnitude == 0)
        case .tensor(let t):
            let y = try Convert.operand(item, name: "in")
            return try t.compare("==", y).pythonRead("`in`") { $0.intValues().contains(1) }
        default:
            throw PyError(.type, "argument of type '\(container.typeName)' is not iterable")
        }
    }
}
