import Autograd

/// Attributes and methods of tensors as Python sees them (`t.grad`, `t.shape`, `t.sum(0)`, …).
enum TensorAttributes {
    /// Property names (read as values) and method names, for completion and suggestions.
    /// No property name is also a method name (a test checks), so a name found in `methods` is a method.
    static let propertyNames = ["grad", "data", "shape", "requires_grad", "is_leaf", "grad_fn", "T", "dtype", "ndim", "device", "mT", "retains_grad",
                                "itemsize", "nbytes"]
    static var names: [String] { propertyNames + methods.keys.sorted() }

    static func get(_ t: Tensor, _ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "grad":
            let (g, warning) = t.readGrad()
            if let w = warning { interp.warnOnce("UserWarning", w) }
            return g.map { Value.tensor($0) } ?? Value.none
        case "data": return .tensor(t.data)
        case "shape": return .size(t.shape)
        case "requires_grad": return .bool(t.requiresGrad)
        case "is_leaf": return .bool(t.isLeaf)
        case "retains_grad": return .bool(t.retainsGrad)
        case "grad_fn": return t.gradFn.map { Value.object(GradFnObject($0)) } ?? Value.none
        case "T": return .tensor(t.T())
        case "mT": return .tensor(try t.transpose(-2, -1))
        case "dtype": return .object(DTypeObject(t.dtype))
        case "ndim": return .int(t.dim)
        case "itemsize": return .int(t.dtype.itemSize)
        case "nbytes": return .int(t.dtype.itemSize * t.numel)
        case "device": return .object(DeviceObject.cpu)
        default: break
        }
        guard let m = methods[name] ?? DTypeBindings.methods[name] ?? LibraryPrimitives.methods[name] ?? NNKernelBindings.methods[name] else { return nil }
        return .builtin(Builtin(name) { args, interp in
            try TorchCall.run(name, &args, interp, acceptsOut: false) { try m(t, &$0, interp) }
        })
    }

    /// `t.flatten(start_dim=0, end_dim=-1)` (`offset` is 1 for `torch.flatten(t, …)`).
    static func flatten(_ t: Tensor, _ a: CallArgs, offset: Int) throws -> Tensor {
        if t.dim == 0 { return try t.reshape([1]) }
        let start = try Shape.wrapDim(try a.int(offset, "start_dim", default: 0), rank: t.dim)
        let end = try Shape.wrapDim(try a.int(offset + 1, "end_dim", default: -1), rank: t.dim)
        if start > end { throw PyError(.runtime, "flatten() has invalid args: start_dim cannot come after end_dim") }
        if start == end { return t }
        let merged = t.shape[start...end].reduce(1, *)
        return try t.reshape(Array(t.shape[..<start]) + [merged] + Array(t.shape[(end + 1)...]))
    }

    static func set(_ t: Tensor, _ name: String, _ v: Value) throws {
        switch name {
        case "grad":
            switch v {
            case .none: t.setGrad(nil)
            case .tensor(let g):
                if g.shape != t.shape {
                    throw PyError(.runtime, "assigned grad has data of a different size")
                }
                t.setGrad(g)
            default: throw PyError(.type, "assigned grad expected to be a Tensor or None but got grad of type \(v.typeName)")
            }
        case "data":
            guard case .tensor(let d) = v else { throw PyError(.type, "data must be a Tensor") }
            t.setData(d)
        case "requires_grad":
            try t.requiresGrad_(try v.truthy(), via: .attribute)
        default:
            throw PyError(.attribute, "'Tensor' object attribute '\(name)' is read-only or unknown")
        }
    }

    typealias Method = (Tensor, inout CallArgs, Interpreter) throws -> Value

    static func dims(_ a: CallArgs, _ key: String = "dim") throws -> [Int]? {
        guard let v = a.value(0, key), !v.isNone else { return nil }
        switch v {
        case .int(let i): return [i]
        case .tuple(let t): return try t.map { try Convert.int($0) }
        case .list(let l): return try l.items.map { try Convert.int($0) }
        default: throw PyError(.type, "\(a.name)(): argument 'dim' must be int or tuple of ints, not \(v.typeName)")
        }
    }

    /// `clamp(min, max)` arguments (positional or keyword) applied to `t`.
    /// A tensor bound selects PyTorch's `clamp(Tensor? min, Tensor? max)` overload (ClampBackward0);
    /// numbers select the Scalar one (ClampBackward1); the two cannot be mixed.
    static func clamp(_ t: Tensor, _ a: CallArgs) throws -> Tensor {
        let lo = a.value(0, "min").flatMap { $0.isNone ? nil : $0 }, hi = a.value(1, "max").flatMap { $0.isNone ? nil : $0 }
        func isTensor(_ v: Value?) -> Bool { if case .tensor? = v { return true }; return false }
        if isTensor(lo) || isTensor(hi) {
            func bound(_ v: Value?, _ key: String) throws -> Tensor? {
                guard let v else { return nil }
                guard case .tensor(let b) = v else {
                    throw PyError(.type, "\(a.name)() received an invalid combination of arguments - got a Tensor and a \(v.typeName) as bounds; pass both as tensors or both as numbers")
                }
                return b
            }
            return try t.clamp(min: try bound(lo, "min"), max: try bound(hi, "max"))
        }
        return try t.clamp(min: try lo.map(Convert.scalar), max: try hi.map(Convert.scalar))
    }

    /// `scatter(dim, index, src)` / `scatter(dim, index, value)` / `scatter_add(dim, index, src)`.
    static func scatter(_ t: Tensor, _ a: CallArgs, add: Bool) throws -> Value {
        let d = try a.int(0, "dim"), index = try a.tensor(1, "index")
        if let r = a.value(nil, "reduce"), !r.isNone {
            throw PyError(.notImplemented, "scatter(reduce=...) is not supported by gradstep yet; use scatter_add or scatter_reduce in PyTorch")
        }
        if add { return .tensor(try t.scatter(dim: d, index: index, source: try a.tensor(2, "src"), add: true)) }
        if let v = a.value(2, "src") ?? a.value(nil, "value") {
            if case .tensor(let src) = v { return .tensor(try t.scatter(dim: d, index: index, source: src, add: false)) }
            return .tensor(try t.scatter(dim: d, index: index, value: try Convert.scalar(v)))
        }
        throw PyError(.type, "scatter() missing 1 required positional argument: 'src'")
    }

    /// `split(split_size_or_sections, dim=0)`: an int cuts equal pieces, a list gives each size.
    static func split(_ t: Tensor, _ a: CallArgs, _ interp: Interpreter) throws -> Value {
        let how = try a.required(0, "split_size")
        let d = try a.int(1, "dim", default: 0)
        let pieces: [Tensor]
        if case .int(let n) = Convert.unwrapBool(how) {
            pieces = try t.split(size: n, dim: d)
        } else {
            pieces = try t.split(sizes: try interp.iterate(how).map { try Convert.int($0, name: "split", argument: "split_size") }, dim: d)
        }
        return .tuple(pieces.map { .tensor($0) })
    }

    /// `torch.outer(a, b)` as PyTorch writes it: `a.reshape(n, 1) * b` (MulBackward0).
    static func outer(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        for (t, which) in [(a, "self"), (b, "vec2")] where t.dim != 1 {
            throw PyError(.runtime, "outer: Expected 1-D argument \(which), but got \(t.dim)-D")
        }
        return try a.reshape([a.shape[0], 1]).mul(b)
    }

    /// `roll(shifts, dims=None)`: each an int or a sequence of ints.
    static func roll(_ t: Tensor, _ a: CallArgs, _ interp: Interpreter) throws -> Value {
        func ints(_ v: Value?) throws -> [Int] {
            guard let v, !v.isNone else { return [] }
            if case .int(let i) = Convert.unwrapBool(v) { return [i] }
            return try interp.iterate(v).map { try Convert.int($0, name: "roll") }
        }
        return .tensor(try t.roll(try ints(try a.required(0, "shifts")), dims: try ints(a.value(1, "dims"))))
    }

    static func unary(_ f: @escaping (Tensor) throws -> Tensor) -> Method { { t, _, _ in .tensor(try f(t)) } }

    static func binary(_ f: @escaping (Tensor, Tensor) throws -> Tensor) -> Method {
        { t, a, _ in .tensor(try f(t, try a.operand(0, "other"))) }
    }
    static func inPlace(_ f: @escaping (Tensor, Tensor) throws -> Void) -> Method {
        { t, a, _ in try f(t, try a.operand(0, "other")); return .tensor(t) }
    }

    /// Methods whose in-place form `name_` is derived from them: the result of `name` on the old value
    /// is written back and the tensor takes its grad_fn (`x.neg_()` records NegBackward0, as PyTorch).
    /// The unary elementwise ops' in-place forms come from their declarations (`OpTable.unary`).
    static let inPlaceForms = ["neg", "reciprocal", "floor", "ceil", "round", "trunc", "sign", "square", "clamp", "clip",
                               "clamp_min", "clamp_max", "scatter", "scatter_add", "tril", "triu", "masked_fill", "erf", "erfc", "erfinv"]

    /// A tensor method's result as a tensor (the in-place forms derive from tensor-valued methods only).
    static func tensorResult(_ v: Value, _ name: String) throws -> Tensor {
        guard case .tensor(let r) = v else { throw PyError(.type, "\(name)_() has no in-place form in gradstep") }
        return r
    }

    /// The methods of the unary elementwise ops (one kernel each), which may write into a temporary.
    static let unaryElementwise: Set<String> = Set(OpTable.unary.filter { $0.python.variants.contains(.method) }.flatMap { $0.python.names })

    nonisolated(unsafe) static let methods: [String: Method] = {
        var m = baseMethods
        m.merge(SelectionBindings.methods) { base, _ in base }
        m.merge(LinalgBindings.methods) { base, _ in base }
        m.merge(MathBindings.methods) { base, _ in base }
        m.merge(ReductionBindings.methods) { base, _ in base }
        m.merge(ReductionBindings.arrangementMethods) { base, _ in base }
        // `x.sin()` and the other unary elementwise ops, from their declarations.
        for e in OpTable.unary where e.python.variants.contains(.method) {
            for name in e.python.names {
                m[name] = { t, a, _ in
                    if !a.positional.isEmpty { throw PyError(.type, "TensorBase.\(name)() takes no arguments (\(a.positional.count) given)") }
                    return .tensor(try e.call(t))
                }
            }
        }
        for name in inPlaceForms {
            guard let f = m[name] else { continue }
            m[name + "_"] = { t, a, interp in
                let others = (a.positional + a.keywords.map(\.1)).compactMap { v -> Tensor? in if case .tensor(let x) = v { return x }; return nil }
                try t.applyInPlace_(reading: others) { old in try tensorResult(try f(old, &a, interp), name) }
                return .tensor(t)
            }
        }
        for e in OpTable.unary where e.python.variants.contains(.inPlace) {
            for name in e.python.names {
                m[name + "_"] = { t, _, _ in
                    try t.applyInPlace_ { e.applyInPlaceForm($0) }
                    return .tensor(t)
                }
            }
        }
        return m
    }()

    nonisolated(unsafe) static let baseMethods: [String: Method] = [
        "backward": { t, a, interp in
            let g: Tensor? = {
                if case .tensor(let x)? = a.value(0, "gradient") { return x }
                return nil
            }()
            // retain_graph defaults to create_graph, as in PyTorch.
            let createGraph = try a.bool(2, "create_graph", default: false)
            let retain = a.value(1, "retain_graph").flatMap { $0.isNone ? nil : $0 }
            if createGraph {
                interp.warnOnce("UserWarning", "Using backward() with create_graph=True will create a reference cycle between the parameter and its gradient which can cause a memory leak. We recommend using autograd.grad when creating the graph to avoid this. If you have to use this function, make sure to reset the .grad fields of your parameters to None after use to break the cycle and avoid the leak. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/engine.cpp:1445.)")
            }
            try t.backward(gradient: g, retainGraph: try retain.map { try $0.truthy() } ?? createGraph, createGraph: createGraph)
            return .none
        },
        "item": { t, _, _ in
            switch try t.item() {
            case .float(let d): return .float(d)
            case .int(let i): return .int(Int(i))
            case .bool(let b): return .bool(b)
            }
        },
        "tolist": { t, _, _ in Builtins.tolist(t) },
        "numel": { t, _, _ in .int(t.numel) },
        "nelement": { t, _, _ in .int(t.numel) },
        "dim": { t, _, _ in .int(t.dim) },
        "size": { t, a, _ in
            if let d = try a.optionalInt(0, "dim") { return .int(t.shape[try Shape.wrapDim(d, rank: t.dim)]) }
            return .size(t.shape)
        },
        "view": { t, a, _ in .tensor(try t.view(try a.shape())) },
        "reshape": { t, a, _ in .tensor(try t.reshape(try a.shape())) },
        "flatten": { t, a, _ in .tensor(try flatten(t, a, offset: 0)) },
        "t": unary { try $0.t() },
        "transpose": { t, a, _ in .tensor(try t.transpose(try a.int(0, "dim0"), try a.int(1, "dim1"))) },
        "unsqueeze": { t, a, _ in .tensor(try t.unsqueeze(try a.int(0, "dim"))) },
        "squeeze": { t, a, _ in .tensor(try t.squeeze(try a.optionalInt(0, "dim"))) },
        "expand": { t, a, _ in .tensor(try t.expand(try a.shape())) },
        "clone": unary { $0.clone() },
        "detach": unary { $0.detach() },
        "contiguous": unary { $0.contiguous() },
        "numpy": { t, _, _ in
            // PyTorch refuses only while grad mode is on (tensor_numpy.cpp).
            if t.requiresGrad && GradMode.isEnabled {
                throw PyError(.runtime, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
            }
            return NDArray.wrap(t)
        },
        "cpu": unary { $0 },
        "pow": binary { try $0.pow($1) },
        
        
        
        
        "neg": unary { try $0.neg() },
        "reciprocal": unary { try $0.reciprocal() },
        "add": { t, a, _ in
            if let alpha = a.value(1, "alpha") { return .tensor(try t.add(try a.operand(0, "other"), alpha: try Convert.scalar(alpha))) }
            return .tensor(try t.add(try a.operand(0, "other")))
        },
        "sub": { t, a, _ in
            if let alpha = a.value(1, "alpha") { return .tensor(try t.add(try a.operand(0, "other"), alpha: try Convert.scalar(alpha), subtract: true)) }
            return .tensor(try t.sub(try a.operand(0, "other")))
        },
        "mul": binary { try $0.mul($1) },
        "div": { t, a, _ in
            let other = try a.operand(0, "other")
            if let mode = a.value(nil, "rounding_mode"), !mode.isNone { return .tensor(try t.div(other, roundingMode: Repr.str(mode))) }
            return .tensor(try t.div(other))
        },
        "remainder": binary { try $0.remainder($1) },
        "fmod": binary { try $0.fmod($1) },
        "floor_divide": binary { try $0.floorDivide($1) },
        "matmul": binary { try $0.matmul($1) },
        "mm": binary { try $0.mm($1) },
        "mv": binary { try $0.mv($1) },
        "dot": binary { try $0.dot($1) },
        "add_": { t, a, _ in
            if let alpha = a.value(1, "alpha") { try t.add_(try a.operand(0, "other"), alpha: try Convert.scalar(alpha)) } else { try t.add_(try a.operand(0, "other")) }
            return .tensor(t)
        },
        "sub_": { t, a, _ in
            if let alpha = a.value(1, "alpha") { try t.add_(try a.operand(0, "other"), alpha: try Convert.scalar(alpha), subtract: true) } else { try t.sub_(try a.operand(0, "other")) }
            return .tensor(t)
        },
        "mul_": inPlace { try $0.mul_($1) },
        "div_": inPlace { try $0.div_($1) },
        "zero_": { t, _, _ in try t.zero_(); return .tensor(t) },
        "fill_": { t, a, _ in try t.fill_(try Convert.scalar(try a.required(0, "value"))); return .tensor(t) },
        "copy_": { t, a, _ in try t.copy_(try a.operand(0, "src")); return .tensor(t) },
        "requires_grad_": { t, a, _ in try t.requiresGrad_(try a.bool(0, "requires_grad", default: true)); return .tensor(t) },
        "retain_grad": { t, _, _ in try t.retainGrad(); return .none },
        "register_hook": { t, a, interp in try TensorHooks.register(t, a, interp) },
        "uniform_": { t, a, interp in
            let from = try a.double(0, "from", default: 0), to = try a.double(1, "to", default: 1)
            try LibraryPrimitives.withGenerator(a, interp) { g in
                if t.dtype == .float64 {
                    try t.fill_(doubles: RandomFillOrder.logical(try g.uniformDouble(t.numel, from: from, to: to), for: t))
                } else {
                    try t.fill_(values: RandomFillOrder.logical(try g.uniform(t.numel, from: from, to: to), for: t))
                }
            }
            return .tensor(t)
        },
        "normal_": { t, a, interp in
            let mean = try a.double(0, "mean", default: 0), std = try a.double(1, "std", default: 1)
            try LibraryPrimitives.withGenerator(a, interp) { g in
                if t.dtype == .float64 {
                    if std < 0 { _ = try g.normal(0, mean: mean, std: std) }
                    try t.fill_(doubles: RandomFillOrder.logical(g.randnDouble(t.numel, mean: mean, std: std, contiguous: t.isContiguous), for: t))
                } else {
                    try t.fill_(values: RandomFillOrder.logical(try g.normal(t.numel, mean: mean, std: std, contiguous: t.isContiguous), for: t))
                }
            }
            return .tensor(t)
        },
        "norm": { t, a, _ in
            var p = 2.0
            if let o = a.value(0, "p"), !o.isNone { p = try Convert.double(o) }
            let dims = try TensorAttributes.dims(CallArgs(a.value(1, "dim").map { [$0] } ?? [], name: "norm"))
            let n = try t.vectorNorm(ord: p, dims: dims, keepdim: try a.bool(2, "keepdim", default: false))
            return .tensor(n)
        },
        "unbind": { t, a, _ in .tuple(try t.unbind(try a.int(0, "dim", default: 0)).map { .tensor($0) }) },
        "max": { t, a, _ in try Builtins.reduceExtreme(t, a, max: true) },
        "min": { t, a, _ in try Builtins.reduceExtreme(t, a, max: false) },
        "argmax": { t, a, _ in .tensor(try t.argExtreme(dim: try a.optionalInt(0, "dim"), keepdim: try a.bool(1, "keepdim", default: false), max: true)) },
        "argmin": { t, a, _ in .tensor(try t.argExtreme(dim: try a.optionalInt(0, "dim"), keepdim: try a.bool(1, "keepdim", default: false), max: false)) },
        "isnan": unary { $0.elementTest(.isnan) }, "isinf": unary { $0.elementTest(.isinf) },
        "isfinite": unary { $0.elementTest(.isfinite) }, "isposinf": unary { $0.elementTest(.isposinf) },
        "isneginf": unary { $0.elementTest(.isneginf) },
        "maximum": { t, a, _ in .tensor(try t.maximum(try a.tensor(0, "other"))) },
        "minimum": { t, a, _ in .tensor(try t.minimum(try a.tensor(0, "other"))) },
        "outer": { t, a, _ in .tensor(try outer(t, try a.tensor(0, "vec2"))) },
        "addmm": { t, a, _ in
            for key in ["beta", "alpha"] where try a.double(nil, key, default: 1) != 1 {
                throw PyError(.notImplemented, "addmm(\(key)=...) other than 1 is not supported by gradstep yet")
            }
            return .tensor(try Tensor.addmm(t, try a.tensor(0, "mat1"), try a.tensor(1, "mat2")))
        },
        "masked_fill": { t, a, _ in .tensor(try t.maskedFill(try a.tensor(0, "mask"), value: try a.operand(1, "value"))) },
        "gather": { t, a, _ in .tensor(try t.gather(dim: try a.int(0, "dim"), index: try a.tensor(1, "index"))) },
        "scatter": { t, a, _ in try scatter(t, a, add: false) },
        "scatter_add": { t, a, _ in try scatter(t, a, add: true) },
        "index_select": { t, a, _ in .tensor(try t.indexSelect(dim: try a.int(0, "dim"), index: try a.tensor(1, "index"))) },
        "split": { t, a, interp in try split(t, a, interp) },
        "chunk": { t, a, _ in .tuple(try t.chunk(try a.int(0, "chunks"), dim: try a.int(1, "dim", default: 0)).map { .tensor($0) }) },
        "flip": { t, a, _ in .tensor(try t.flip(try a.shape(from: 0, key: "dims"))) },
        "roll": { t, a, interp in try roll(t, a, interp) },
        "repeat": { t, a, interp in .tensor(try t.repeatTiled(try a.shape(from: 0, key: "repeats"), limit: interp.maxElements)) },
        "tril": { t, a, _ in .tensor(try t.triangle(lower: true, diagonal: try a.int(0, "diagonal", default: 0))) },
        "triu": { t, a, _ in .tensor(try t.triangle(lower: false, diagonal: try a.int(0, "diagonal", default: 0))) },
        "floor": unary { $0.floor() }, "ceil": unary { $0.ceil() }, "round": { t, a, _ in .tensor(try t.round(decimals: try a.int(0, "decimals", default: 0))) },
        "trunc": unary { $0.trunc() }, "sign": unary { try $0.sign() },
        
        "erf": unary { $0.erf() }, "erfc": unary { $0.erfc() }, "erfinv": unary { $0.erfinv() },
        "clamp": { t, a, _ in .tensor(try clamp(t, a)) },
        "clamp_min": { t, a, _ in .tensor(try t.clampMin(try Convert.scalar(try a.required(0, "min")))) },
        "clamp_max": { t, a, _ in .tensor(try t.clampMax(try Convert.scalar(try a.required(0, "max")))) },
        "clip": { t, a, _ in .tensor(try clamp(t, a)) },
        "softmax": { t, a, _ in .tensor(try t.softmax(dim: try a.int(0, "dim"))) },
        "log_softmax": { t, a, _ in .tensor(try t.logSoftmax(dim: try a.int(0, "dim"))) },
        "permute": { t, a, _ in .tensor(try t.permute(try a.shape(from: 0, key: "dims"))) },
        "eq": { t, a, _ in .tensor(try t.compare("==", try a.operand(0, "other"))) },
        "ne": { t, a, _ in .tensor(try t.compare("!=", try a.operand(0, "other"))) },
        "gt": { t, a, _ in .tensor(try t.compare(">", try a.operand(0, "other"))) },
        "ge": { t, a, _ in .tensor(try t.compare(">=", try a.operand(0, "other"))) },
        "lt": { t, a, _ in .tensor(try t.compare("<", try a.operand(0, "other"))) },
        "le": { t, a, _ in .tensor(try t.compare("<=", try a.operand(0, "other"))) },
        "pow_": inPlace { try $0.pow_($1) },
        "is_floating_point": { t, _, _ in .bool(t.dtype.isFloatingPoint) },
        "is_contiguous": { t, _, _ in .bool(t.isContiguous) },
        // The element strides of this tensor's view of its storage (PyTorch's layout for views).
        "stride": { t, a, _ in
            guard let d = try a.optionalInt(0, "dim") else { return .tuple(t.strides.map { .int($0) }) }
            return .int(t.strides[try Shape.wrapDim(d, rank: t.dim)])
        },
        "storage_offset": { t, _, _ in .int(t.offset) },
        "data_ptr": { t, _, _ in .int(t.dataPointer) },
        "square": unary { try $0.pow(2, exponentIsInt: true) },
        "__format__": { t, a, _ in .string(try StringFormatting.format(.tensor(t), Repr.str(try a.required(0, "format_spec")))) },
    ]
}
