import Autograd

/// The functions of the `torch` namespace (also bare after `from torch import *` / fastai's star import).
enum TorchFunctions {
    typealias Fn = (inout CallArgs, Interpreter) throws -> Value

    /// The `dtype=` of a float factory, else the default dtype.
    static func creationDtype(_ a: CallArgs, _ fallback: DType = TorchSettings.defaultDType) throws -> DType { try a.dtype() ?? fallback }

    static func finishCreation(_ t: Tensor, _ a: CallArgs) throws -> Value {
        if let o = a.value(nil, "out"), !o.isNone {
            // `torch.eye(3, out=w)` (nn.init.eye_): the values written into `out`.
            guard case .tensor(let out) = o else { throw PyError(.type, "argument 'out' must be Tensor, not \(o.typeName)") }
            guard out.shape == t.shape else {
                throw PyError(.notImplemented, "out= with a tensor of another shape (PyTorch resizes it) is not supported by gradstep")
            }
            try out.copy_(t)
            return .tensor(out)
        }
        if try a.bool(nil, "requires_grad", default: false) { try t.requiresGrad_(true, via: .creation) }
        return .tensor(t)
    }

    static func unary(_ f: @escaping (Tensor) throws -> Tensor) -> Fn { { a, _ in .tensor(try f(try a.tensor(0, "input"))) } }
    static func binary(_ f: @escaping (Tensor, Tensor) throws -> Tensor) -> Fn {
        { a, _ in .tensor(try f(try a.operand(0, "input"), try a.operand(1, "other"))) }
    }

    /// `torch.f(input, …)` as the tensor method `input.f(…)` (the same signature after `input`).
    static func method(_ name: String, first: String = "input") -> Fn {
        { a, interp in
            let t = try a.tensor(0, first)
            var rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: name, reads: a.reads)
            guard let m = TensorAttributes.methods[name] else { throw PyError(.attribute, "module 'torch' has no attribute '\(name)'") }
            return try m(t, &rest, interp)
        }
    }

    static func randomShape(_ a: CallArgs, _ interp: Interpreter) throws -> [Int] {
        let s = try a.shape()
        _ = try Shape.count(s, limit: interp.maxElements)
        return s
    }

    /// `randn`/`rand` of `shape` in `dtype`: float64 draws PyTorch's double stream (53-bit uniforms).
    /// `randn`/`rand` values of `dtype` from the default generator, or the call's `generator=`.
    static func random(normal: Bool, _ shape: [Int], _ dtype: DType, _ interp: Interpreter, _ a: CallArgs? = nil) throws -> Tensor {
        let n = shape.reduce(1, *)
        let args = a ?? CallArgs(name: normal ? "randn" : "rand")
        switch dtype {
        case .float32:
            return Tensor(floats: try LibraryPrimitives.withGenerator(args, interp) { normal ? $0.randn(n) : $0.rand(n) }, shape: shape)
        case .float64:
            return Tensor(doubles: try LibraryPrimitives.withGenerator(args, interp) { normal ? $0.randnDouble(n) : $0.randDouble(n) }, shape: shape)
        default:
            let kernel = normal ? "normal_kernel_cpu" : "check_uniform_bounds"
            throw PyError(.notImplemented, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
        }
    }

    nonisolated(unsafe) static let functions: [String: Fn] = {
        var f = baseFunctions
        // The ordering and selection ops: `torch.sort(x, ...)` is `x.sort(...)`.
        for name in SelectionBindings.methods.keys where f[name] == nil { f[name] = method(name) }
        for name in LinalgBindings.methods.keys where f[name] == nil { f[name] = method(name) }
        f.merge(ReductionBindings.functions) { base, _ in base }
        for name in ReductionBindings.methods.keys where f[name] == nil { f[name] = method(name) }
        for name in ReductionBindings.arrangementMethods.keys where f[name] == nil && !name.hasSuffix("_") { f[name] = method(name) }
        for name in ["remainder", "fmod", "floor_divide", "div"] where f[name] == nil { f[name] = method(name) }
        f.merge(SelectionBindings.functions) { base, _ in base }
        // The elementwise math beyond the unary table: `torch.atan2(x, y)` and the methods' torch forms.
        f.merge(MathBindings.functions) { base, _ in base }
        for name in MathBindings.methods.keys where f[name] == nil && !name.hasSuffix("_") && name != "where" { f[name] = method(name) }
        for (name, op) in ["eq": "eq", "ne": "ne", "gt": "gt", "ge": "ge", "lt": "lt", "le": "le",
                           "greater": "gt", "greater_equal": "ge", "less": "lt", "less_equal": "le", "not_equal": "ne"] where f[name] == nil {
            f[name] = method(op)
        }
        // `torch.sin(x)` and the other unary elementwise ops, from their declarations.
        for e in OpTable.unary where e.python.variants.contains(.function) {
            for name in e.python.names {
                f[name] = { a, _ in
                    if a.positional.count > 1 { throw PyError(.type, "\(name)() takes 1 positional argument but \(a.positional.count) were given") }
                    return .tensor(try e.call(try a.tensor(0, "input")))
                }
            }
        }
        return f
    }()

    nonisolated(unsafe) static let baseFunctions: [String: Fn] = [
        "tensor": { a, interp in
            let data = try a.required(0, "data")
            if case .tensor(let t) = data {
                interp.warnOnce("UserWarning", "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).")
                let c = t.detach().contiguousCopy()
                return try finishCreation(try a.dtype().map { c.cast(to: $0) } ?? c, a)
            }
            if let t = NumpyArrays.tensorOf(data) {
                // torch.tensor(ndarray) copies and keeps numpy's dtype (float64 stays float64).
                let c = t.detach().contiguousCopy()
                return try finishCreation(try a.dtype().map { c.cast(to: $0) } ?? c, a)
            }
            return try finishCreation(try TensorLiteral.make(data, dtype: try a.dtype()), a)
        },
        "from_numpy": { a, _ in
            let v = try a.required(0, "ndarray")
            guard case .object(let arr as NDArray) = v else { throw PyError(.type, "expected np.ndarray (got \(v.typeName))") }
            NDArray.leaveCompiledLoops()
            // Shares the array's memory: an in-place change to either shows in the other.
            return .tensor(arr.tensor.detach())
        },
        "as_tensor": { a, interp in
            let data = try a.required(0, "data")
            let dtype = try a.dtype()
            if case .object(let arr as NDArray) = data, dtype == nil || dtype == arr.tensor.dtype {
                NDArray.leaveCompiledLoops()
                return .tensor(arr.tensor.detach())
            }
            if case .tensor(let t) = data, dtype == nil || dtype == t.dtype { return data }
            if case .tensor(let t) = data, let d = dtype { return .tensor(t.cast(to: d)) }
            if let t = NumpyArrays.tensorOf(data) { return .tensor(t.detach().contiguousCopy().cast(to: dtype ?? t.dtype)) }
            return .tensor(try TensorLiteral.make(data, dtype: dtype))
        },
        "zeros": { a, interp in try finishCreation(try Tensor.filled(try a.shape(), 0, dtype: creationDtype(a), limit: interp.maxElements), a) },
        "ones": { a, interp in try finishCreation(try Tensor.filled(try a.shape(), 1, dtype: creationDtype(a), limit: interp.maxElements), a) },
        "empty": { a, interp in try finishCreation(try Tensor.filled(try a.shape(), 0, dtype: creationDtype(a), limit: interp.maxElements), a) },
        "full": { a, interp in
            let shapeValue = try a.required(0, "size")
            var sa = CallArgs([shapeValue], name: "full")
            let s = try sa.shape()
            let fill = try a.required(1, "fill_value")
            let dt: DType = try a.dtype() ?? {
                if case .float = fill { return TorchSettings.defaultDType }
                if case .bool = fill { return .bool }
                if case .tensor(let t) = fill { return t.dtype }
                return .int64
            }()
            sa.name = "full"
            if case .bigInt(let digits) = fill {
                // A Python int beyond int64: c10 converts it to a double, or fails for an integer dtype.
                if dt == .int64 || dt == .int32 { throw PyError(.runtime, "value cannot be converted to type \(dt == .int64 ? "int64_t" : "int") without overflow") }
                return try finishCreation(try Tensor.filled(s, Double(digits) ?? .infinity, dtype: dt, limit: interp.maxElements), a)
            }
            if case .tensor = fill {
                return try finishCreation(try Tensor.filled(s, try Convert.double(fill), dtype: dt, limit: interp.maxElements), a)
            }
            return try finishCreation(try Tensor.filled(s, scalar: try Convert.scalar(fill), dtype: dt, limit: interp.maxElements), a)
        },
        "zeros_like": { a, _ in try finishCreation(Tensor.full(try a.tensor(0, "input").shape, 0, dtype: try a.dtype() ?? a.tensor(0, "input").dtype), a) },
        "ones_like": { a, _ in try finishCreation(Tensor.full(try a.tensor(0, "input").shape, 1, dtype: try a.dtype() ?? a.tensor(0, "input").dtype), a) },
        "full_like": { a, _ in
            let t = try a.tensor(0, "input")
            return try finishCreation(Tensor.full(t.shape, try a.double(1, "fill_value"), dtype: try a.dtype() ?? t.dtype), a)
        },
        "arange": { a, interp in
            for case .bigInt in a.positional + a.keywords.map(\.1) {
                throw PyError(.runtime, "value cannot be converted to type int64_t without overflow")
            }
            let vals = try a.positional.map { try Convert.scalar($0) }
            var start: Scalar = .int(0), end: Scalar, step: Scalar = .int(1)
            switch vals.count {
            case 1: end = vals[0]
            case 2: start = vals[0]; end = vals[1]
            case 3: start = vals[0]; end = vals[1]; step = vals[2]
            default:
                guard let e = a.value(nil, "end") else { throw PyError(.type, "arange() received an invalid combination of arguments") }
                end = try Convert.scalar(e)
                if let s = a.value(nil, "start") { start = try Convert.scalar(s) }
            }
            if let s = a.value(nil, "step") { step = try Convert.scalar(s) }
            return try finishCreation(try Tensor.arange(start: start, end: end, step: step, dtype: try a.dtype(), limit: interp.maxElements), a)
        },
        "linspace": { a, interp in
            try finishCreation(try Tensor.linspace(try a.double(0, "start"), try a.double(1, "end"), steps: try a.int(2, "steps"),
                                                   dtype: try a.dtype(), limit: interp.maxElements), a)
        },
        "logspace": { a, interp in
            try finishCreation(try Tensor.logspace(try a.double(0, "start"), try a.double(1, "end"), steps: try a.int(2, "steps"),
                                                   base: try a.double(3, "base", default: 10), dtype: try a.dtype(), limit: interp.maxElements), a)
        },
        "manual_seed": { a, interp in
            interp.generator.manualSeed(try LibraryPrimitives.seed(try a.required(0, "seed")))
            return .object(GeneratorHandle())
        },
        "initial_seed": { _, interp in .unsigned(interp.generator.initialSeed) },
        "seed": { _, interp in .int(Int(truncatingIfNeeded: interp.generator.seed())) },
        "randn": { a, interp in try finishCreation(try random(normal: true, try randomShape(a, interp), creationDtype(a), interp, a), a) },
        "rand": { a, interp in try finishCreation(try random(normal: false, try randomShape(a, interp), creationDtype(a), interp, a), a) },
        "randn_like": { a, interp in
            let t = try a.tensor(0, "input")
            return try finishCreation(try random(normal: true, t.shape, try a.dtype() ?? t.dtype, interp), a)
        },
        "rand_like": { a, interp in
            let t = try a.tensor(0, "input")
            return try finishCreation(try random(normal: false, t.shape, try a.dtype() ?? t.dtype, interp), a)
        },
        "randint_like": { a, interp in
            let t = try a.tensor(0, "input")
            var low = 0, high: Int
            if a.positional.count >= 3 { low = try a.int(1, "low"); high = try a.int(2, "high") } else { high = try a.int(1, "high") }
            let v = try interp.generator.randint(low: Int64(low), high: Int64(high), count: t.numel)
            let dt = try a.dtype() ?? t.dtype
            let out = dt == .float32 ? Tensor(floats: v.map { Float($0) }, shape: t.shape) : Tensor(ints: v, shape: t.shape)
            return try finishCreation(out, a)
        },
        "randint": { a, interp in
            var low = 0, high: Int, sizeIndex: Int
            // randint(high, size) or randint(low, high, size), each argument also by keyword.
            let p = a.positional.count
            let lowGiven = a.has("low") || p >= 3 || (p == 2 && a.has("size")) || (p == 1 && a.has("high"))
            if lowGiven { low = try a.int(0, "low"); high = try a.int(1, "high"); sizeIndex = 2 } else { high = try a.int(0, "high"); sizeIndex = 1 }
            var sa = CallArgs(a.value(sizeIndex, "size").map { [$0] } ?? [], name: "randint")
            let s = try sa.shape()
            sa.name = "randint"
            _ = try Shape.count(s, limit: interp.maxElements)
            let v = try LibraryPrimitives.withGenerator(a, interp) { try $0.randint(low: Int64(low), high: Int64(high), count: s.reduce(1, *)) }
            let ints = Tensor(ints: v, shape: s)
            return try finishCreation(try a.dtype().map { ints.cast(to: $0) } ?? ints, a)
        },
        "multinomial": { a, interp in try multinomial(try a.tensor(0, "input"), a, offset: 1, interp) },
        "bernoulli": { a, interp in .tensor(try bernoulli(try a.tensor(0, "input"), a, pAt: 1, interp)) },
        "randperm": { a, interp in
            let n = try a.int(0, "n")
            _ = try Shape.count([n], limit: interp.maxElements)
            return .tensor(Tensor(ints: try LibraryPrimitives.withGenerator(a, interp) { try $0.randperm(n) }, shape: [n]))
        },
        "normal": { a, interp in
            let meanValue = a.value(0, "mean"), stdValue = a.value(1, "std")
            if case .tensor(let m)? = meanValue {
                // PyTorch samples N(0, std) (or N(0, 1) for a tensor std), then scales and shifts in place.
                if case .tensor(let sd)? = stdValue {
                    let s = try Shape.broadcast(m.shape, sd.shape)
                    let z = Tensor(floats: try interp.generator.normal(s.reduce(1, *), mean: 0, std: 1), shape: s)
                    return .tensor(try GradMode.withDisabled { try z.mul(sd.detach()).add(m.detach()) })
                }
                let std = try a.double(1, "std", default: 1)
                let z = Tensor(floats: try interp.generator.normal(m.numel, mean: 0, std: std), shape: m.shape)
                return .tensor(try GradMode.withDisabled { try z.add(m.detach()) })
            }
            if case .tensor(let sd)? = stdValue {
                let mean = try a.double(0, "mean")
                let z = Tensor(floats: try interp.generator.normal(sd.numel, mean: 0, std: 1), shape: sd.shape)
                return .tensor(try GradMode.withDisabled { try z.mul(sd.detach()).add(Tensor(floats: [Float(mean)], shape: [])) })
            }
            let mean = try a.double(0, "mean"), std = try a.double(1, "std")
            var sa = CallArgs(a.value(2, "size").map { [$0] } ?? [], name: "normal")
            let s = try sa.shape()
            sa.name = "normal"
            _ = try Shape.count(s, limit: interp.maxElements)
            return try finishCreation(Tensor(floats: try interp.generator.normal(s.reduce(1, *), mean: mean, std: std), shape: s), a)
        },
        
        "neg": unary { try $0.neg() },
        "reciprocal": unary { try $0.reciprocal() }, "square": unary { try $0.pow(2, exponentIsInt: true) },
        "clone": unary { $0.clone() }, "detach": unary { $0.detach() }, "t": unary { try $0.t() },
        "flatten": { a, _ in .tensor(try TensorAttributes.flatten(try a.tensor(0, "input"), a, offset: 1)) },
        "numel": { a, _ in .int(try a.tensor(0, "input").numel) },
        "floor": unary { $0.floor() }, "ceil": unary { $0.ceil() }, "round": { a, _ in .tensor(try a.tensor(0, "input").round(decimals: try a.int(nil, "decimals", default: 0))) },
        "trunc": unary { $0.trunc() }, "sign": unary { try $0.sign() },
        
        "erf": unary { $0.erf() }, "erfc": unary { $0.erfc() }, "erfinv": unary { $0.erfinv() },
        "clamp": { a, _ in .tensor(try TensorAttributes.clamp(try a.tensor(0, "input"), CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: "clamp", reads: a.reads))) },
        "clip": { a, _ in .tensor(try TensorAttributes.clamp(try a.tensor(0, "input"), CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: "clip", reads: a.reads))) },
        "softmax": { a, _ in .tensor(try a.tensor(0, "input").softmax(dim: try a.int(1, "dim"))) },
        "log_softmax": { a, _ in .tensor(try a.tensor(0, "input").logSoftmax(dim: try a.int(1, "dim"))) },
        "where": { a, _ in
            // where(condition) alone is nonzero(as_tuple=True).
            if a.positional.count == 1 && a.keywords.isEmpty { return .tuple(try a.tensor(0, "condition").nonzero(asTuple: true).map { .tensor($0) }) }
            return .tensor(try Tensor.whereSelect(try a.tensor(0, "condition"), try a.operand(1, "input"), try a.operand(2, "other"))) },
        "diag": { a, interp in .tensor(try a.tensor(0, "input").diag(try a.int(1, "diagonal", default: 0), limit: interp.maxElements)) },
        "eye": { a, _ in
            try finishCreation(try Tensor.eye(try a.int(0, "n"), try a.optionalInt(1, "m"), dtype: creationDtype(a)), a)
        },
        "permute": { a, _ in .tensor(try a.tensor(0, "input").permute(try a.shape(from: 1, key: "dims"))) },
        "norm": { a, interp in
            var rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: "norm", reads: a.reads)
            guard let m = TensorAttributes.methods["norm"] else { return .none }
            return try m(try a.tensor(0, "input"), &rest, interp)
        },
        "equal": { a, _ in
            let x = try a.tensor(0, "input"), y = try a.tensor(1, "other")
            return x.pythonRead("torch.equal") { x in
                y.pythonRead("torch.equal") { y in .bool(x.shape == y.shape && x.doubleValues() == y.doubleValues()) }
            }
        },
        "allclose": { a, _ in
            let x = try a.tensor(0, "input"), y = try a.tensor(1, "other")
            let rtol = try a.double(2, "rtol", default: 1e-5), atol = try a.double(3, "atol", default: 1e-8)
            let shape = try Shape.broadcast(x.shape, y.shape)
            let xv = try x.broadcast(to: shape).pythonRead("torch.allclose") { $0.doubleValues() }
            let yv = try y.broadcast(to: shape).pythonRead("torch.allclose") { $0.doubleValues() }
            return .bool(zip(xv, yv).allSatisfy { p, q in p == q || abs(p - q) <= atol + rtol * abs(q) })
        },
        // `torch.max(x, ...)` takes the tensor method's arguments after `input`: one argument parser.
        "max": method("max"), "min": method("min"),
        "maximum": { a, _ in .tensor(try a.tensor(0, "input").maximum(try a.tensor(1, "other"))) },
        "minimum": { a, _ in .tensor(try a.tensor(0, "input").minimum(try a.tensor(1, "other"))) },
        "gather": method("gather"), "scatter": method("scatter"), "scatter_add": method("scatter_add"),
        "index_select": method("index_select"), "split": method("split", first: "tensor"), "chunk": method("chunk"), "unbind": method("unbind"),
        "flip": method("flip"), "roll": method("roll"), "tril": method("tril"), "triu": method("triu"), "masked_fill": method("masked_fill"),
        "outer": method("outer"), "ger": method("outer"),
        "addmm": method("addmm"),
        "einsum": { a, interp in
            let eq = Repr.str(try a.required(0, "equation"))
            var rest = Array(a.positional.dropFirst())
            if rest.count == 1, case .tensor = rest[0] {} else if rest.count == 1 { rest = try interp.iterate(rest[0]) }
            let ts = try rest.map { v -> Tensor in
                guard case .tensor(let t) = v else { throw PyError(.type, "einsum(): operands must be Tensors, not \(v.typeName)") }
                return t
            }
            return .tensor(try Tensor.einsum(eq, ts))
        },
        "isnan": unary { $0.elementTest(.isnan) }, "isinf": unary { $0.elementTest(.isinf) },
        "isfinite": unary { $0.elementTest(.isfinite) }, "isposinf": unary { $0.elementTest(.isposinf) },
        "isneginf": unary { $0.elementTest(.isneginf) },
        "pow": { a, _ in
            let base = try a.required(0, "input"), e = try a.required(1, "exponent")
            if case .tensor(let t) = base { return .tensor(try t.pow(try Convert.operand(e, name: "pow"))) }
            guard case .tensor(let et) = e else { throw PyError(.type, "pow() received an invalid combination of arguments") }
            return .tensor(try et.rpow(try Convert.scalar(base)))
        },
        "add": binary { try $0.add($1) }, "sub": binary { try $0.sub($1) },
        "mul": binary { try $0.mul($1) }, "div": method("div"),
        "matmul": binary { try $0.matmul($1) }, "mm": binary { try $0.mm($1) },
        "mv": binary { try $0.mv($1) }, "dot": binary { try $0.dot($1) },
        "reshape": { a, _ in .tensor(try a.tensor(0, "input").reshape(try a.shape(from: 1, key: "shape"))) },
        "squeeze": { a, _ in .tensor(try a.tensor(0, "input").squeeze(try a.optionalInt(1, "dim"))) },
        "unsqueeze": { a, _ in .tensor(try a.tensor(0, "input").unsqueeze(try a.int(1, "dim"))) },
        "transpose": { a, _ in .tensor(try a.tensor(0, "input").transpose(try a.int(1, "dim0"), try a.int(2, "dim1"))) },
        "argmax": { a, _ in
            .tensor(try a.tensor(0, "input").argExtreme(dim: try a.optionalInt(1, "dim"), keepdim: try a.bool(2, "keepdim", default: false), max: true))
        },
        "argmin": { a, _ in
            .tensor(try a.tensor(0, "input").argExtreme(dim: try a.optionalInt(1, "dim"), keepdim: try a.bool(2, "keepdim", default: false), max: false))
        },
        "no_grad": { _, _ in .object(GradModeContext(enabled: false, label: "no_grad")) },
        "enable_grad": { _, _ in .object(GradModeContext(enabled: true, label: "enable_grad")) },
        "set_grad_enabled": { a, _ in .object(GradModeContext(enabled: try a.bool(0, "mode", default: true), label: "set_grad_enabled")) },
        "is_grad_enabled": { _, _ in .bool(GradMode.isEnabled) },
        "is_tensor": { a, _ in if case .tensor = try a.required(0, "obj") { return .bool(true) }; return .bool(false) },
        "stack": { a, interp in .tensor(try Builtins.join(try interp.iterate(try a.required(0, "tensors")), dim: try a.int(1, "dim", default: 0), stack: true)) },
        "cat": { a, interp in .tensor(try Builtins.join(try interp.iterate(try a.required(0, "tensors")), dim: try a.int(1, "dim", default: 0), stack: false)) },
    ]

    /// `torch.multinomial(input, num_samples, replacement=False, *, generator=None)` (and the method,
    /// whose arguments start at `offset` 0): PyTorch's checks in its order, then its sampling stream.
    /// `torch.bernoulli(input, p=None, *, generator=None)` / `input.bernoulli(p)`: 0/1 draws with
    /// the input's elements as probabilities, or with one probability `p` for every element.
    static func bernoulli(_ t: Tensor, _ a: CallArgs, pAt i: Int, _ interp: Interpreter) throws -> Tensor {
        if let pv = a.value(i, "p"), !pv.isNone {
            let p = try Convert.double(pv)
            return try LibraryPrimitives.withGenerator(a, interp) { try $0.bernoulli(shape: t.shape, p: p, dtype: t.dtype) }
        }
        return try LibraryPrimitives.withGenerator(a, interp) { try $0.bernoulli(t) }
    }

    static func multinomial(_ t: Tensor, _ a: CallArgs, offset: Int, _ interp: Interpreter) throws -> Value {
        let n = try a.int(offset, "num_samples")
        let replacement = try a.value(offset + 1, "replacement").map { try $0.truthy() } ?? false
        guard t.dim == 1 || t.dim == 2 else { throw PyError(.runtime, "prob_dist must be 1 or 2 dim") }
        guard t.dtype.isFloatingPoint else {
            throw PyError(.runtime, "multinomial only supports floating-point dtypes for input, got: \(t.dtype.scalarTypeName)")
        }
        guard n > 0 else { throw PyError(.runtime, "cannot sample n_sample <= 0 samples") }
        let categories = t.shape[t.dim - 1]
        guard replacement || n <= categories else {
            throw PyError(.runtime, "cannot sample n_sample > prob_dist.size(-1) samples without replacement")
        }
        let rows = t.dim == 2 ? t.shape[0] : 1
        _ = try Shape.count([rows, n], limit: interp.maxElements)
        let probs = t.contiguousCopy().doubleValues()
        let picks = try LibraryPrimitives.withGenerator(a, interp) {
            try $0.multinomial(probs, rows: rows, categories: categories, nSample: n, replacement: replacement, isFloat: t.dtype == .float32)
        }
        return .tensor(Tensor(ints: picks, shape: t.dim == 2 ? [rows, n] : [n]))
    }
}
