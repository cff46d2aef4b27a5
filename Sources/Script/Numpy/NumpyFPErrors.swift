import Autograd

/// The floating-point events of one ufunc call (the CPU status flags numpy reads after it).
struct NumpyFPFlags: OptionSet {
    let rawValue: Int
    static let divide = NumpyFPFlags(rawValue: 1)
    static let overflow = NumpyFPFlags(rawValue: 2)
    static let invalid = NumpyFPFlags(rawValue: 4)
}

/// The modes `np.seterr` sets for each kind of floating-point error (numpy's defaults).
struct NumpyErrorState: Equatable {
    var divide = "warn"
    var over = "warn"
    var under = "ignore"
    var invalid = "warn"

    static let modes: Set<String> = ["ignore", "warn", "raise", "print"]
}

/// numpy's floating-point error handling (`np.seterr`, `np.errstate`, the RuntimeWarnings
/// "overflow encountered in exp"): numpy reads the CPU's status flags after each ufunc; gradstep
/// finds the same events from the operands and the result (an infinity made from finite operands, a
/// NaN made from non-NaN ones, a division of a nonzero number by zero), then acts on each as the
/// error state says, in numpy's order: divide, overflow, invalid (underflow is ignored by default and
/// not tracked).
enum NumpyFPErrors {
    /// The events of a binary ufunc `op` whose broadcast operands are `a`, `b` and result `r`.
    static func binary(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor, _ r: Tensor) -> NumpyFPFlags {
        guard let x = try? a.broadcast(to: r.shape).doubleValues(), let y = try? b.broadcast(to: r.shape).doubleValues() else { return [] }
        if !r.dtype.isFloatingPoint {
            // Integer division and remainder by zero (the result is 0).
            guard (op == .floorDivide || op == .modulo) && !a.dtype.isFloatingPoint && !b.dtype.isFloatingPoint else { return [] }
            return y.contains(0) ? .divide : []
        }
        let v = r.doubleValues()
        guard v.contains(where: { !$0.isFinite }) else { return [] }
        var flags: NumpyFPFlags = []
        for i in 0..<v.count where !v[i].isFinite {
            let p = x[i], q = y[i]
            if v[i].isNaN {
                if !p.isNaN && !q.isNaN { flags.insert(.invalid) }
            } else if p.isFinite && q.isFinite {
                let dividing = op == .divide || op == .floorDivide || (op == .power && p == 0 && q < 0)
                flags.insert(dividing && (op == .power ? p : q) == 0 ? .divide : .overflow)
            }
        }
        return flags
    }

    /// The events of a one-argument floating ufunc (exp, log, sqrt, …) from `input` to `r`.
    static func unary(_ input: Tensor, _ r: Tensor) -> NumpyFPFlags {
        let v = r.doubleValues()
        guard r.dtype.isFloatingPoint, v.contains(where: { !$0.isFinite }) else { return [] }
        let x = input.doubleValues()
        guard x.count == v.count else { return [] }
        var flags: NumpyFPFlags = []
        for i in 0..<v.count where !v[i].isFinite {
            if v[i].isNaN {
                if !x[i].isNaN { flags.insert(.invalid) }
            } else if x[i].isFinite {
                // A pole (log(0), arctanh(1), 1/x at 0) divides by zero; anything else overflowed.
                flags.insert(x[i] == 0 || Swift.abs(x[i]) == 1 && Swift.abs(v[i]) == .infinity && x[i] != v[i] ? .divide : .overflow)
            }
        }
        return flags
    }

    /// The events of a cast from `source` to `r`: NaN, infinity or an out-of-range float to an
    /// integer is invalid; a finite float that becomes infinite in a narrower float overflowed.
    static func cast(_ source: Tensor, _ r: Tensor) -> NumpyFPFlags {
        guard source.dtype != r.dtype else { return [] }
        if r.dtype.isFloatingPoint {
            // Narrower floats, and float16 from integers beyond 65504, overflow to infinity.
            guard r.dtype.itemSize < source.dtype.itemSize || (r.dtype == .float16 && source.dtype.itemSize >= 2) else { return [] }
            let v = r.doubleValues()
            return zip(source.doubleValues(), v).contains { $0.isFinite && !$1.isFinite } ? .overflow : []
        }
        guard source.dtype.isFloatingPoint, r.dtype != .bool else { return [] }
        let x = source.doubleValues()
        // The C conversion goes through int32 for narrow types, int64 otherwise (see castFromDouble).
        let limit = r.dtype.itemSize <= 4 && r.dtype != .uint32 ? 2147483648.0 : 9223372036854775808.0
        let upper = r.dtype == .uint64 ? 18446744073709551616.0 : limit
        return x.contains { !$0.isFinite || $0 >= upper || $0 <= -limit - 1 } ? .invalid : []
    }

    /// The overflow of a numpy integer scalar operation (`np.int8(100) * 2`): the exact result
    /// outside the result type's range.
    static func scalarIntegerOverflow(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor, _ r: Tensor) -> NumpyFPFlags {
        guard r.numel == 1, r.dtype.isIntegral, r.dtype != .bool, a.numel == 1, b.numel == 1,
              op == .add || op == .subtract || op == .multiply else { return [] }
        let p = a.doubleValues()[0], q = b.doubleValues()[0]
        let exact = op == .add ? p + q : op == .subtract ? p - q : p * q
        let (lo, hi) = NumpyDType.intRange(r.dtype)
        let high = r.dtype == .uint64 ? 18446744073709551615.0 : Double(hi)
        return exact < Double(lo) || exact > high ? .overflow : []
    }

    /// Acts on `flags` of ufunc `name` as `interp`'s error state says: a RuntimeWarning at the
    /// running line (once per line and text), a printed line, or FloatingPointError.
    static func report(_ flags: NumpyFPFlags, _ name: String, _ interp: Interpreter) throws {
        guard !flags.isEmpty else { return }
        let state = interp.numpyErrors
        for (flag, mode, what) in [(NumpyFPFlags.divide, state.divide, "divide by zero"), (.overflow, state.over, "overflow"),
                                   (.invalid, state.invalid, "invalid value")] where flags.contains(flag) {
            let text = "\(what) encountered in \(name)"
            switch mode {
            case "ignore": continue
            case "raise": throw PyError(.floatingPoint, text)
            case "print": interp.output("Warning: \(text)\n")
            default: interp.warnAtRunningLine("RuntimeWarning", text)
            }
        }
    }

    /// `np.seterr(all=, divide=, over=, under=, invalid=)`: sets the modes, returns the old ones.
    static func seterr(_ a: CallArgs, _ interp: Interpreter) throws -> Value {
        let old = geterr(interp.numpyErrors)
        var s = interp.numpyErrors
        func mode(_ key: String) throws -> String? {
            guard let v = a.value(nil, key), !v.isNone else { return nil }
            let m = Repr.str(v)
            if m == "call" || m == "log" {
                throw PyError(.notImplemented, "np.seterr(\(key)='\(m)') is not supported by gradstep (ignore, warn, raise and print are)")
            }
            guard NumpyErrorState.modes.contains(m) else { throw PyError(.value, "invalid value for \(key): '\(m)'") }
            return m
        }
        if let m = try mode("all") { s = NumpyErrorState(divide: m, over: m, under: m, invalid: m) }
        if let m = try mode("divide") { s.divide = m }
        if let m = try mode("over") { s.over = m }
        if let m = try mode("under") { s.under = m }
        if let m = try mode("invalid") { s.invalid = m }
        interp.numpyErrors = s
        return old
    }

    /// `np.geterr()`: numpy's dict of the modes.
    static func geterr(_ s: NumpyErrorState) -> Value {
        .dict(DictBox([("divide", s.divide), ("over", s.over), ("under", s.under), ("invalid", s.invalid)]
            .map { (key: Value.string($0.0), value: Value.string($0.1)) }))
    }
}
