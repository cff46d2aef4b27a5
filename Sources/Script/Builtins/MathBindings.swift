import Autograd

/// Python bindings of the elementwise math beyond the unary table: the binary ops declared in
/// `OpTable.binary` (atan2, hypot, logaddexp, xlogy, copysign, ...), each as `Tensor.f`, `torch.f` and
/// the in-place `Tensor.f_` its declaration lists, and the ops with extra arguments (lerp, logit,
/// nan_to_num, heaviside, float_power, isin, signbit, positive, `Tensor.where`, numpy's aliases and the
/// bitwise functions). Merged into the
/// method and function tables as SelectionBindings is.
enum MathBindings {
    typealias Method = TensorAttributes.Method

    nonisolated(unsafe) static let methods: [String: Method] = {
        var m = baseMethods
        for e in OpTable.binary {
            for name in e.python.names {
                if e.python.variants.contains(.method) {
                    m[name] = { t, a, _ in
                        try positionals(a, at: 1)
                        return .tensor(try e.apply(t, try other(a, 0, e)))
                    }
                }
                if e.python.variants.contains(.inPlace) {
                    m[name + "_"] = { t, a, _ in
                        let o = try other(a, 0, e)
                        try t.applyInPlace_(reading: [o]) { try e.apply($0, o) }
                        return .tensor(t)
                    }
                }
            }
        }
        return m
    }()

    /// torch functions with no method form, or whose first argument may be a Python number.
    nonisolated(unsafe) static let functions: [String: TorchFunctions.Fn] = {
        var f = baseFunctions
        for e in OpTable.binary where e.python.variants.contains(.function) {
            for name in e.python.names {
                f[name] = { a, _ in
                    try positionals(a, at: 2)
                    return .tensor(try e.apply(try operand(a, 0, "input", number: e.acceptsNumberSelf),
                                               try operand(a, 1, "other", number: e.acceptsNumberOther)))
                }
            }
        }
        return f
    }()

    /// `torch.special`: PyTorch's scipy-style names for the same ops (`expit` is sigmoid, `gammaln` lgamma,
    /// `psi` digamma), each the torch function itself.
    static func special() -> NamespaceObject {
        let names = ["expit": "sigmoid", "logit": "logit", "xlogy": "xlogy", "i0": "i0", "digamma": "digamma", "psi": "digamma",
                     "gammaln": "lgamma", "erf": "erf", "erfc": "erfc", "erfinv": "erfinv", "exp2": "exp2", "expm1": "expm1",
                     "log1p": "log1p", "sinc": "sinc", "round": "round", "logsumexp": "logsumexp", "softmax": "softmax",
                     "log_softmax": "log_softmax"]
        var members: [String: Value] = [:]
        for (name, torchName) in names {
            guard let f = TorchFunctions.functions[torchName] else { continue }
            members[name] = Modules.torchBuiltin(name, f)
        }
        return NamespaceObject("torch.special", members)
    }

    /// PyTorch's TypeError for a method that takes no arguments.
    private static func noArguments(_ a: CallArgs, _ name: String) throws {
        if !a.positional.isEmpty { throw PyError(.type, "TensorBase.\(name)() takes no arguments (\(a.positional.count) given)") }
    }

    /// PyTorch's TypeError for more positional arguments than the signature has.
    private static func positionals(_ a: CallArgs, at most: Int) throws {
        guard a.positional.count > most else { return }
        let takes = most == 1 ? "1 positional argument" : "\(most) positional arguments"
        throw PyError(.type, "\(a.name)() takes \(takes) but \(a.positional.count) were given")
    }

    /// A tensor or a Python number (isin's operands; a list is PyTorch's TypeError).
    private static func tensorOrNumber(_ a: CallArgs, _ i: Int, _ key: String) throws -> Tensor {
        let v = try a.required(i, key)
        switch v {
        case .tensor(let t): return t
        case .int, .float, .bool: return try Convert.operand(v, name: a.name)
        default: throw PyError(.type, "\(a.name)() received an invalid combination of arguments - got \(v.typeName) for '\(key)', which must be a Tensor or a number")
        }
    }

    /// The `other` argument of a binary method: a tensor, or a Python number where the op has that overload.
    private static func other(_ a: CallArgs, _ i: Int, _ e: BinaryOpEntry) throws -> Tensor {
        try operand(a, i, "other", number: e.acceptsNumberOther)
    }

    /// A tensor argument, or (when `number`) a Python number as a wrapped 0-d tensor; else PyTorch's TypeError.
    private static func operand(_ a: CallArgs, _ i: Int, _ key: String, number: Bool) throws -> Tensor {
        let v = try a.required(i, key)
        if case .tensor(let t) = v { return t }
        if number { return try Convert.operand(v, name: a.name) }
        return try a.tensor(i, key)
    }

    /// `weight` of lerp: a number, or a tensor.
    private static func lerp(_ t: Tensor, _ end: Tensor, _ weight: Value) throws -> Tensor {
        if case .tensor(let w) = weight { return try t.lerp(end, weight: w) }
        return try t.lerp(end, weight: try Convert.double(weight, name: "lerp", argument: "weight"))
    }

    private static func logit(_ t: Tensor, _ a: CallArgs, offset: Int) throws -> Tensor {
        guard let e = a.value(offset, "eps"), !e.isNone else { return t.logit(eps: nil) }
        return t.logit(eps: try Convert.double(e, name: "logit", argument: "eps"))
    }

    private static func nanToNum(_ t: Tensor, _ a: CallArgs, offset: Int) throws -> Tensor {
        func optional(_ i: Int, _ key: String) throws -> Double? {
            guard let v = a.value(offset + i, key), !v.isNone else { return nil }
            return try Convert.double(v, name: "nan_to_num", argument: key)
        }
        return t.nanToNum(nan: try optional(0, "nan") ?? 0, posinf: try optional(1, "posinf"), neginf: try optional(2, "neginf"))
    }

    /// `float_power(base, exponent)`: both as float64 (ToCopyBackward0), then pow.
    private static func floatPower(_ base: Value, _ exponent: Value) throws -> Tensor {
        switch (base, exponent) {
        case (.tensor(let b), .tensor(let e)): return try b.to(.float64).pow(e.to(.float64))
        case (.tensor(let b), _): return try b.to(.float64).pow(try Convert.double(exponent, name: "float_power", argument: "exponent"))
        case (_, .tensor(let e)): return try e.to(.float64).rpow(.float(try Convert.double(base, name: "float_power", argument: "self")))
        default: throw PyError(.type, "float_power() received an invalid combination of arguments - got (\(base.typeName), \(exponent.typeName))")
        }
    }

    private static func positive(_ t: Tensor) throws -> Value {
        if t.dtype == .bool {
            throw PyError(.notImplemented, "The `+` operator, on a bool tensor is not supported.")
        }
        return .tensor(t)
    }

    nonisolated(unsafe) static let baseMethods: [String: Method] = [
        "lerp": { t, a, _ in .tensor(try lerp(t, try a.tensor(0, "end"), try a.required(1, "weight"))) },
        "lerp_": { t, a, _ in
            let end = try a.tensor(0, "end"), weight = try a.required(1, "weight")
            if case .tensor(let w) = weight {
                try t.applyInPlace_(reading: [end, w]) { try $0.lerp(end, weight: w) }
            } else if GradMode.isEnabled && (t.requiresGrad || end.requiresGrad) {
                try t.applyInPlace_(reading: [end]) { try lerp($0, end, weight) }
            } else {
                // The optimizers' update: ATen's in-place kernel, which compiled loops replay.
                try t.lerp_(end, weight: try Convert.double(weight, name: "lerp_", argument: "weight"))
            }
            return .tensor(t)
        },
        "logit": { t, a, _ in try positionals(a, at: 1); return .tensor(try logit(t, a, offset: 0)) },
        "logit_": { t, a, _ in try t.applyInPlace_ { try logit($0, a, offset: 0) }; return .tensor(t) },
        "nan_to_num": { t, a, _ in try positionals(a, at: 3); return .tensor(try nanToNum(t, a, offset: 0)) },
        "nan_to_num_": { t, a, _ in try t.applyInPlace_ { try nanToNum($0, a, offset: 0) }; return .tensor(t) },
        "heaviside": { t, a, _ in try positionals(a, at: 1); return .tensor(try t.heaviside(try a.tensor(0, "values"))) },
        "heaviside_": { t, a, _ in
            let v = try a.tensor(0, "values")
            try t.applyInPlace_(reading: [v]) { try $0.heaviside(v) }
            return .tensor(t)
        },
        "float_power": { t, a, _ in try positionals(a, at: 1); return .tensor(try floatPower(.tensor(t), try a.required(0, "exponent"))) },
        "float_power_": { t, a, _ in
            if t.dtype != .float64 {
                throw PyError(.runtime, "the base given to float_power_ has dtype \(t.dtype.scalarTypeName) but the operation's result requires dtype Double")
            }
            let e = try a.required(0, "exponent")
            try t.applyInPlace_(reading: [e].compactMap { if case .tensor(let x) = $0 { return x }; return nil }) { try floatPower(.tensor($0), e) }
            return .tensor(t)
        },
        "signbit": { t, a, _ in try noArguments(a, "signbit"); return .tensor(t.signbit()) },
        // Aliases PyTorch keeps for numpy's names: negative is neg, fix is trunc.
        "negative": { t, a, _ in try noArguments(a, "negative"); return .tensor(try t.neg()) },
        "negative_": { t, _, _ in try t.applyInPlace_ { try $0.neg() }; return .tensor(t) },
        "fix": { t, a, _ in try noArguments(a, "fix"); return .tensor(t.trunc()) },
        "fix_": { t, _, _ in try t.applyInPlace_ { $0.trunc() }; return .tensor(t) },
        "bitwise_and": { t, a, _ in .tensor(try t.logicalBinary(try a.operand(0, "other"), "&") { $0 & $1 }) },
        "bitwise_or": { t, a, _ in .tensor(try t.logicalBinary(try a.operand(0, "other"), "|") { $0 | $1 }) },
        "bitwise_xor": { t, a, _ in .tensor(try t.logicalBinary(try a.operand(0, "other"), "^") { $0 ^ $1 }) },
        "bitwise_not": { t, _, _ in
            if t.dtype.isFloatingPoint { throw PyError(.notImplemented, "\"bitwise_not_cpu\" not implemented for '\(t.dtype.scalarTypeName)'") }
            return .tensor(try t.logicalNot())
        },
        "positive": { t, a, _ in try noArguments(a, "positive"); return try positive(t) },
        "where": { t, a, _ in .tensor(try Tensor.whereSelect(try a.tensor(0, "condition"), t, try a.operand(1, "other"))) },
    ]

    nonisolated(unsafe) static let baseFunctions: [String: TorchFunctions.Fn] = [
        "lerp": { a, _ in .tensor(try lerp(try a.tensor(0, "input"), try a.tensor(1, "end"), try a.required(2, "weight"))) },
        "logit": { a, _ in try positionals(a, at: 2); return .tensor(try logit(try a.tensor(0, "input"), a, offset: 1)) },
        "nan_to_num": { a, _ in try positionals(a, at: 4); return .tensor(try nanToNum(try a.tensor(0, "input"), a, offset: 1)) },
        "heaviside": { a, _ in try positionals(a, at: 2); return .tensor(try a.tensor(0, "input").heaviside(try a.tensor(1, "values"))) },
        "float_power": { a, _ in try positionals(a, at: 2); return .tensor(try floatPower(try a.required(0, "input"), try a.required(1, "exponent"))) },
        "signbit": { a, _ in try positionals(a, at: 1); return .tensor(try a.tensor(0, "input").signbit()) },
        "positive": { a, _ in try positionals(a, at: 1); return try positive(try a.tensor(0, "input")) },
        "clamp_min": TorchFunctions.method("clamp_min"), "clamp_max": TorchFunctions.method("clamp_max"),
        // The optimizers' pointwise updates as torch functions (`torch.addcmul(t, t1, t2, value=v)`).
        "addcmul": { a, _ in
            .tensor(try a.tensor(0, "input").addcmul(try a.tensor(1, "tensor1"), try a.tensor(2, "tensor2"), value: try a.double(nil, "value", default: 1)))
        },
        "addcdiv": { a, _ in
            .tensor(try a.tensor(0, "input").addcdiv(try a.tensor(1, "tensor1"), try a.tensor(2, "tensor2"), value: try a.double(nil, "value", default: 1)))
        },
        "isin": { a, _ in
            try positionals(a, at: 2)
            _ = try a.bool(nil, "assume_unique", default: false)
            let elements = try tensorOrNumber(a, 0, "elements"), test = try tensorOrNumber(a, 1, "test_elements")
            return .tensor(elements.isin(test, invert: try a.bool(nil, "invert", default: false)))
        },
    ]
}
