import Autograd

/// Python's operators when an operand is an instance of a user class: the special methods, with
/// the reflected method of the right operand tried when the left one returns NotImplemented (so
/// `2 + v` finds `v.__radd__` and `tensor * v` finds `v.__rmul__`).
enum UserOperators {
    /// (method, reflected method, in-place method) of each binary operator.
    static func methods(_ op: BinaryOperator) -> (String, String, String) {
        switch op {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .subtract: return ("__sub__", "__rsub__", "__isub__")
        case .multiply: return ("__mul__", "__rmul__", "__imul__")
        case .divide: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .floorDivide: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        case .modulo: return ("__mod__", "__rmod__", "__imod__")
        case .power: return ("__pow__", "__rpow__", "__ipow__")
        case .matrixMultiply: return ("__matmul__", "__rmatmul__", "__imatmul__")
        case .leftShift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rightShift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        }
    }

    static func symbol(_ op: BinaryOperator) -> String { op == .power ? "** or pow()" : op.rawValue }

    private static func interpreter(_ a: Value, _ b: Value) -> Interpreter? {
        a.instance?.cls.interpreter ?? b.instance?.cls.interpreter
    }

    /// `a op b` when either is a user instance (nil when neither is).
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        let ai = a.instance, bi = b.instance
        guard ai != nil || bi != nil, let interp = interpreter(a, b) else { return nil }
        let (forward, reflected, _) = methods(op)
        if let r = try dispatch(interp, a, b, forward, reflected) { return r }
        // An instance of a built-in subclass (np.str_, a str subclass) is its built-in value to the
        // other operand's type: `"epoch " + np.str_("1")` concatenates.
        if ai?.payload != nil || bi?.payload != nil {
            return try Arithmetic.binary(op, BuiltinSubclass.unwrap(a), BuiltinSubclass.unwrap(b), interp)
        }
        throw PyError(.type, "unsupported operand type(s) for \(symbol(op)): '\(a.typeName)' and '\(b.typeName)'")
    }

    /// `a op= b` when `a` is a user instance: `__iop__`, else the binary operator.
    static func inPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        let ai = a.instance
        guard ai != nil || b.instance != nil, let interp = interpreter(a, b) else { return nil }
        let (forward, reflected, inPlace) = methods(op)
        if let ai, let r = try interp.callSpecial(ai, inPlace, [b]), !r.isNotImplemented { return r }
        if let r = try dispatch(interp, a, b, forward, reflected) { return r }
        throw PyError(.type, "unsupported operand type(s) for \(op.rawValue)=: '\(a.typeName)' and '\(b.typeName)'")
    }

    /// Tries `a.forward(b)`, then `b.reflected(a)` (first when b's class is a subclass of a's that
    /// overrides it, as CPython does); nil when both give NotImplemented.
    private static func dispatch(_ interp: Interpreter, _ a: Value, _ b: Value, _ forward: String, _ reflected: String) throws -> Value? {
        let ai = a.instance, bi = b.instance
        let sameType = ai != nil && bi != nil && ai?.cls === bi?.cls
        var reflectedFirst = false
        if let ai, let bi, !sameType, bi.cls.isSubclass(of: ai.cls), bi.cls.lookup(reflected) != nil { reflectedFirst = true }
        if reflectedFirst, let bi, let r = try interp.callSpecial(bi, reflected, [a]), !r.isNotImplemented { return r }
        if let ai, let r = try interp.callSpecial(ai, forward, [b]), !r.isNotImplemented { return r }
        if !reflectedFirst, !sameType, let bi, let r = try interp.callSpecial(bi, reflected, [a]), !r.isNotImplemented { return r }
        return nil
    }

    /// `-x`, `+x`, `~x` on a user instance.
    static func unary(_ op: UnaryOperator, _ v: Value) throws -> Value? {
        guard let inst = v.instance, let interp = inst.cls.interpreter else { return nil }
        let name: String
        switch op {
        case .negate: name = "__neg__"
        case .plus: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: return .bool(try !v.truthy())
        }
        if let r = try interp.callSpecial(inst, name, []) { return r }
        throw PyError(.type, "bad operand type for unary \(op.rawValue): '\(inst.cls.name)'")
    }

    /// A comparison when either operand is a user instance (nil when neither is).
    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value? {
        let ai = a.instance, bi = b.instance
        switch op {
        case .is, .isNot: return nil
        case .in, .notIn:
            guard let bi else { return nil }
            let found = try contains(bi, a)
            return .bool(op == .in ? found : !found)
        default: break
        }
        guard ai != nil || bi != nil, let interp = interpreter(a, b) else { return nil }
        let (forward, reflected): (String, String)
        switch op {
        case .equal: (forward, reflected) = ("__eq__", "__eq__")
        case .notEqual: (forward, reflected) = ("__ne__", "__ne__")
        case .less: (forward, reflected) = ("__lt__", "__gt__")
        case .lessOrEqual: (forward, reflected) = ("__le__", "__ge__")
        case .greater: (forward, reflected) = ("__gt__", "__lt__")
        case .greaterOrEqual: (forward, reflected) = ("__ge__", "__le__")
        default: return nil
        }
        var reflectedFirst = false
        if let ai, let bi, ai.cls !== bi.cls, bi.cls.isSubclass(of: ai.cls), bi.cls.overrides(reflected) { reflectedFirst = true }
        if reflectedFirst, let bi, let r = try interp.callSpecial(bi, reflected, [a]), !r.isNotImplemented { return r }
        if let ai, let r = try interp.callSpecial(ai, forward, [b]), !r.isNotImplemented { return r }
        if !reflectedFirst, let bi, let r = try interp.callSpecial(bi, reflected, [a]), !r.isNotImplemented { return r }
        switch op {
        case .equal: return .bool(Arithmetic.identical(a, b))
        case .notEqual: return .bool(!Arithmetic.identical(a, b))
        default:
            throw PyError(.type, "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    /// `==` for containers and dict keys, which cannot raise: an error counts as not equal.
    static func equalNonThrowing(_ a: Value, _ b: Value) -> Bool {
        guard let r = try? compare(.equal, a, b) else { return false }
        return (try? r.truthy()) ?? false
    }

    /// The order of two values for sorting (-1, 0, 1) through `__lt__`.
    static func order(_ a: Value, _ b: Value) throws -> Int {
        if try compare(.less, a, b)?.truthy() == true { return -1 }
        if try compare(.less, b, a)?.truthy() == true { return 1 }
        return 0
    }

    /// `item in inst`: `__contains__`, else iteration.
    static func contains(_ inst: Instance, _ item: Value) throws -> Bool {
        guard let interp = inst.cls.interpreter else { return false }
        if let r = try interp.callSpecial(inst, "__contains__", [item]) { return try r.truthy() }
        if inst.cls.lookup("__iter__") == nil && inst.cls.lookup("__getitem__") == nil {
            throw PyError(.type, "argument of type '\(inst.cls.name)' is not iterable")
        }
        var found = false
        try interp.forEach(.object(inst)) { v in
            if Arithmetic.equal(v, item) { found = true; return false }
            return true
        }
        return found
    }
}
