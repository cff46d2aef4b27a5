import Autograd

/// Python bindings of the order statistics, counting, paired reductions and tensor products
/// (kthvalue, mode, unique, cummax, bincount, quantile, std_mean, aminmax, cross, cdist, ...).
/// Each method is also `torch.NAME(input, ...)` (TorchFunctions merges them); `functions` holds the
/// torch functions with no method form, `linalgFunctions` the members of `torch.linalg` built here.
enum ReductionBindings {
    typealias Method = TensorAttributes.Method

    /// A `torch.return_types.NAME(values=..., indices=...)` pair.
    static func valuesIndices(_ name: String, _ r: (values: Tensor, indices: Tensor)) -> Value {
        .object(ReturnTypesObject(name, [("values", .tensor(r.values)), ("indices", .tensor(r.indices))]))
    }

    nonisolated(unsafe) static let baseMethods: [String: Method] = [
        "kthvalue": { t, a, _ in
            valuesIndices("kthvalue", try t.kthvalue(try a.int(0, "k"), dim: try a.int(1, "dim", default: -1), keepdim: try a.bool(2, "keepdim", default: false)))
        },
        "nanmedian": { t, a, _ in
            guard let d = try a.optionalInt(0, "dim") else { return .tensor(try t.nanmedian()) }
            return valuesIndices("nanmedian", try t.nanmedian(dim: d, keepdim: try a.bool(1, "keepdim", default: false)))
        },
        "mode": { t, a, _ in
            valuesIndices("mode", try t.mode(dim: try a.int(0, "dim", default: -1), keepdim: try a.bool(1, "keepdim", default: false)))
        },
        "unique": { t, a, _ in
            _ = try a.bool(0, "sorted", default: true)
            let r = try t.unique(dim: try a.optionalInt(3, "dim"))
            return uniqueResult(r, inverse: try a.bool(1, "return_inverse", default: false), counts: try a.bool(2, "return_counts", default: false))
        },
        "unique_consecutive": { t, a, _ in
            let r = try t.uniqueConsecutive(dim: try a.optionalInt(2, "dim"))
            return uniqueResult(r, inverse: try a.bool(0, "return_inverse", default: false), counts: try a.bool(1, "return_counts", default: false))
        },
        "bincount": { t, a, _ in
            var weights: Tensor? = nil
            if let w = a.value(0, "weights"), !w.isNone { weights = try Convert.operand(w, name: "bincount") }
            return .tensor(try t.bincount(weights: weights, minlength: try a.int(1, "minlength", default: 0)))
        },
        "histc": { t, a, _ in
            .tensor(try t.histc(bins: try a.int(0, "bins", default: 100), min: try a.double(1, "min", default: 0), max: try a.double(2, "max", default: 0)))
        },
        "repeat_interleave": { t, a, interp in
            let repeats = try a.required(0, "repeats")
            let d = try a.optionalInt(1, "dim")
            _ = try a.optionalInt(nil, "output_size")
            if case .tensor(let r) = repeats { return .tensor(try t.repeatInterleave(r, dim: d, limit: interp.maxElements)) }
            return .tensor(try t.repeatInterleave(try Convert.int(repeats, name: "repeat_interleave", argument: "repeats"), dim: d, limit: interp.maxElements))
        },
        "aminmax": { t, a, _ in
            let r = try t.aminmax(dim: try a.optionalInt(nil, "dim"), keepdim: try a.bool(nil, "keepdim", default: false))
            return .object(ReturnTypesObject("aminmax", [("min", .tensor(r.min)), ("max", .tensor(r.max))]))
        },
        "quantile": { t, a, _ in try quantile(t, a, ignoreNaN: false) },
        "nanquantile": { t, a, _ in try quantile(t, a, ignoreNaN: true) },
        "cross": { t, a, interp in
            let other = try a.tensor(0, "other")
            if let d = try a.optionalInt(1, "dim") { return .tensor(try Tensor.cross(t, other, dim: d)) }
            interp.warnOnce("UserWarning", "Using torch.cross without specifying the dim arg is deprecated.\nPlease either pass the dim explicitly or simply use torch.linalg.cross.\nThe default value of dim will change to agree with that of linalg.cross in a future release. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Cross.cpp:61.)")
            return .tensor(try Tensor.crossDefaultDim(t, other))
        },
        "vdot": { t, a, _ in .tensor(try t.vdot(try a.tensor(0, "other"))) },
        "inner": { t, a, _ in .tensor(try Tensor.inner(t, try a.operand(0, "other"))) },
        "kron": { t, a, _ in .tensor(try Tensor.kron(t, try a.tensor(0, "other"))) },
        "cov": { t, a, interp in
            func weights(_ key: String) throws -> Tensor? {
                guard let v = a.value(nil, key), !v.isNone else { return nil }
                return try Convert.operand(v, name: "cov")
            }
            let r = try t.cov(correction: try a.int(nil, "correction", default: 1), fweights: try weights("fweights"), aweights: try weights("aweights"))
            if r.exhausted { warnNoDegreesOfFreedom(interp) }
            return .tensor(r.result)
        },
        "corrcoef": { t, _, interp in
            if t.dim <= 2, (t.dim < 2 ? t.numel : t.shape[1]) <= 1 { warnNoDegreesOfFreedom(interp) }
            return .tensor(try t.corrcoef())
        },
    ]

    /// The reductions over dims declared in `OpTable.reductions` (sum, mean, nansum, nanmean, prod, amax,
    /// amin, logsumexp, std, var, any, all) and the scans in `OpTable.scans` (cumsum, cumprod, logcumsumexp, cummax,
    /// cummin), each as `Tensor.f`; `torch.f(input, ...)` is the same method (TorchFunctions).
    nonisolated(unsafe) static let methods: [String: Method] = {
        var m = baseMethods
        for e in OpTable.reductions where e.python.variants.contains(.method) {
            for name in e.python.names { m[name] = reduction(e) }
        }
        for e in OpTable.scans where e.python.variants.contains(.method) {
            for name in e.python.names { m[name] = scan(e, name) }
        }
        return m
    }()

    /// A declared scan's binding: `dim` (required), `dtype=` where the op takes it (the input is
    /// converted first, as PyTorch does: the scan runs in that dtype and records its own grad_fn), and
    /// `torch.return_types.NAME(values, indices)` where the op returns indices.
    static func scan(_ e: ScanOpEntry, _ name: String) -> Method {
        { t, a, _ in
            let d = try a.int(0, "dim")
            let input = try e.takesDType ? (a.dtype().map { t.to($0) } ?? t) : t
            let r = try e.scan(input, d)
            if let indices = r.indices { return valuesIndices(name, (r.values, indices)) }
            return .tensor(r.values)
        }
    }

    /// A declared reduction's binding: `dim` as its signature takes it (an int, a sequence of ints, or
    /// one int), `keepdim` where the signature has it, `dtype=` (the input converted first), std's and
    /// var's `correction` / `unbiased` with PyTorch's warning when nothing is left to divide by.
    static func reduction(_ e: ReductionOpEntry) -> Method {
        { t, a, interp in
            let s = e.signature
            if case .corrected = s.dim { return try corrected(e, t, a, interp) }
            var input = t
            if s.dtype, let dtype = try a.dtype() {
                // PyTorch's autograd refuses an integer result of a tensor that requires grad.
                if t.requiresGrad && GradMode.isEnabled && !dtype.isFloatingPoint {
                    throw PyError(.runtime, "Autograd not support dtype: \(dtype.scalarTypeName)")
                }
                input = t.to(dtype)
            }
            var dims: [Int]?
            if s.singleDim {
                if let d = a.value(0, "dim"), !d.isNone { dims = [try Convert.index(d)] }
            } else {
                dims = try TensorAttributes.dims(a)
            }
            if dims == nil, case .required = s.dim {
                throw PyError(.type, "\(a.name)() missing 1 required positional arguments: \"dim\"")
            }
            // PyTorch's `f()` overload has no keepdim: it is read only with a dim (else it is unexpected).
            var keepdim = false
            if dims != nil || s.dim != .overloaded { keepdim = try a.bool(1, "keepdim", default: false) }
            return .tensor(try e.reduce(input, ReductionArguments(dims: dims, keepdim: keepdim)))
        }
    }

    /// std / var: `dim`, `unbiased` (also where the dim goes) or `correction`, `keepdim` (keyword or third).
    private static func corrected(_ e: ReductionOpEntry, _ t: Tensor, _ a: CallArgs, _ interp: Interpreter) throws -> Value {
        var correction = 1
        if case .bool(let unbiased)? = a.value(nil, "unbiased") { correction = unbiased ? 1 : 0 }
        var dims: [Int]? = nil
        if case .bool(let unbiased)? = a.value(0, "dim") {
            correction = unbiased ? 1 : 0
        } else {
            dims = try TensorAttributes.dims(a)
        }
        if let c = a.value(nil, "correction") { correction = try Convert.int(c) }
        let keepdim = try a.bool(nil, "keepdim", default: false) || (a.positional.count > 2 ? try a.bool(2, "keepdim", default: false) : false)
        let r = try e.reduce(t, ReductionArguments(dims: dims, keepdim: keepdim, correction: correction))
        if r.numel > 0, t.numel / r.numel <= correction {
            interp.warnOnce("UserWarning", "\(e.python.name)(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/ReduceOps.cpp:1927.)")
        }
        return .tensor(r)
    }

    /// Methods of the index-slice and arrangement ops (also `torch.NAME(input, ...)`).
    nonisolated(unsafe) static let arrangementMethods: [String: Method] = [
        "rot90": { t, a, interp in
            let dims = try a.value(1, "dims").map { try interp.iterate($0).map { try Convert.int($0) } } ?? [0, 1]
            return .tensor(try t.rot90(try a.int(0, "k", default: 1), dims: dims))
        },
        "diag_embed": { t, a, _ in
            guard try a.int(1, "dim1", default: -2) == -2, try a.int(2, "dim2", default: -1) == -1 else {
                throw PyError(.notImplemented, "diag_embed with dims other than (-2, -1) is not supported by gradstep yet")
            }
            return .tensor(try t.diagEmbed(offset: try a.int(0, "offset", default: 0)))
        },
        "diagflat": { t, a, _ in .tensor(try t.reshape([t.numel]).diagEmbed(offset: try a.int(0, "offset", default: 0))) },
        "tensor_split": { t, a, interp in
            let how = try a.required(0, "indices_or_sections")
            let d = try a.int(1, "dim", default: 0)
            return .tuple(try splitPieces(t, how, dim: d, interp).map { .tensor($0) })
        },
        "hsplit": { t, a, interp in try namedSplit(t, a, interp, name: "hsplit", dim: t.dim == 1 ? 0 : 1, minDims: 1) },
        "vsplit": { t, a, interp in try namedSplit(t, a, interp, name: "vsplit", dim: 0, minDims: 2) },
        "dsplit": { t, a, interp in try namedSplit(t, a, interp, name: "dsplit", dim: 2, minDims: 3) },
        "index_add": { t, a, _ in .tensor(try indexAdd(t, a)) },
        "index_add_": { t, a, _ in
            let source = try a.tensor(2, "source")
            try t.applyInPlace_(reading: [source]) { old in try indexAdd(old, a) }
            return .tensor(t)
        },
        "index_fill": { t, a, _ in .tensor(try t.indexFill(dim: try a.int(0, "dim"), index: try a.tensor(1, "index"), value: try Convert.scalar(try a.required(2, "value")))) },
        "index_fill_": { t, a, _ in
            let d = try a.int(0, "dim"), index = try a.tensor(1, "index"), value = try Convert.scalar(try a.required(2, "value"))
            try t.applyInPlace_ { old in try old.indexFill(dim: d, index: index, value: value) }
            return .tensor(t)
        },
        "index_copy": { t, a, _ in .tensor(try t.indexCopy(dim: try a.int(0, "dim"), index: try a.tensor(1, "index"), source: try a.tensor(2, "source"))) },
        "index_copy_": { t, a, _ in
            let d = try a.int(0, "dim"), index = try a.tensor(1, "index"), source = try a.tensor(2, "source")
            try t.applyInPlace_(reading: [source]) { old in try old.indexCopy(dim: d, index: index, source: source) }
            return .tensor(t)
        },
        "matrix_power": { t, a, _ in .tensor(try t.matrixPower(try a.int(0, "n"))) },
        // `a.equal(b)` is `torch.equal(a, b)`.
        "equal": { t, a, interp in
            guard let f = TorchFunctions.baseFunctions["equal"] else { return .none }
            var args = CallArgs([.tensor(t)] + a.positional, keywords: a.keywords, name: "equal", reads: a.reads)
            return try f(&args, interp)
        },
    ]

    /// torch functions with no method form.
    nonisolated(unsafe) static let functions: [String: TorchFunctions.Fn] = [
        "histogram": { a, _ in
            let t = try a.tensor(0, "input")
            let binsValue = a.value(1, "bins") ?? .int(100)
            var range: (Double, Double)? = nil
            if let r = a.value(nil, "range"), !r.isNone {
                guard case .tuple(let items) = r, items.count == 2 else { throw PyError(.type, "histogram(): argument 'range' must be tuple of floats") }
                range = (try Convert.double(items[0]), try Convert.double(items[1]))
            }
            var weight: Tensor? = nil
            if let w = a.value(nil, "weight"), !w.isNone { weight = try Convert.operand(w, name: "histogram") }
            let density = try a.bool(nil, "density", default: false)
            let r: (hist: Tensor, edges: Tensor)
            if case .tensor(let edges) = binsValue {
                r = try t.histogram(bins: nil, edges: edges, range: range, weight: weight, density: density)
            } else {
                r = try t.histogram(bins: try Convert.int(binsValue), edges: nil, range: range, weight: weight, density: density)
            }
            return .object(ReturnTypesObject("histogram", [("hist", .tensor(r.hist)), ("bin_edges", .tensor(r.edges))]))
        },
        "tril_indices": { a, _ in
            .tensor(try Tensor.triangleIndices(rows: try a.int(0, "row"), cols: try a.int(1, "col"), offset: try a.int(2, "offset", default: 0), lower: true))
        },
        "triu_indices": { a, _ in
            .tensor(try Tensor.triangleIndices(rows: try a.int(0, "row"), cols: try a.int(1, "col"), offset: try a.int(2, "offset", default: 0), lower: false))
        },
        "block_diag": { a, interp in .tensor(try Tensor.blockDiag(try tensorList(a, interp, "block_diag", allowEmpty: true))) },
        "atleast_1d": { a, interp in try atLeast(a, interp, 1) },
        "atleast_2d": { a, interp in try atLeast(a, interp, 2) },
        "atleast_3d": { a, interp in try atLeast(a, interp, 3) },
        "trapezoid": { a, _ in try trapezoid(a, name: "trapezoid") },
        "trapz": { a, _ in try trapezoid(a, name: "trapz") },
        "cumulative_trapezoid": { a, _ in
            let y = try a.tensor(0, "y")
            if let x = a.value(nil, "x"), !x.isNone { throw PyError(.notImplemented, "cumulative_trapezoid(x=...) is not supported by gradstep yet") }
            return .tensor(try y.cumulativeTrapezoid(dx: try a.double(nil, "dx", default: 1), dim: try a.int(nil, "dim", default: -1)))
        },
        "std_mean": { a, interp in try spreadMean(a, std: true, interp) },
        "var_mean": { a, interp in try spreadMean(a, std: false, interp) },
        "meshgrid": { a, interp in
            let indexing: String
            if let i = a.value(nil, "indexing"), !i.isNone {
                indexing = Repr.str(i)
            } else {
                interp.warnOnce("UserWarning", "torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4207.)")
                indexing = "ij"
            }
            return .tuple(try Tensor.meshgrid(try tensorList(a, interp, "meshgrid"), indexing: indexing).map { .tensor($0) })
        },
        "cartesian_prod": { a, interp in .tensor(try Tensor.cartesianProd(try tensorList(a, interp, "cartesian_prod"))) },
        "combinations": { a, interp in
            .tensor(try a.tensor(0, "input").combinations(try a.int(1, "r", default: 2), withReplacement: try a.bool(2, "with_replacement", default: false),
                                                          limit: interp.maxElements))
        },
        "searchsorted": { a, _ in
            let boundaries = try a.tensor(0, "sorted_sequence")
            let values = try a.operand(1, "input")
            if let s = a.value(nil, "sorter"), !s.isNone { throw PyError(.notImplemented, "searchsorted(sorter=...) is not supported by gradstep yet") }
            var right = try a.bool(3, "right", default: false)
            if let side = a.value(nil, "side"), !side.isNone {
                let s = Repr.str(side)
                guard s == "left" || s == "right" else {
                    throw PyError(.runtime, "torch.searchsorted(): side can only be 'left' or 'right' but got \(s)")
                }
                if right && s == "left" {
                    throw PyError(.runtime, "torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True")
                }
                right = s == "right"
            }
            return .tensor(try boundaries.searchsorted(values, right: right, int32: try a.bool(2, "out_int32", default: false)))
        },
        "bucketize": { a, _ in
            let values = try a.operand(0, "input")
            let boundaries = try a.tensor(1, "boundaries")
            guard boundaries.dim == 1 else {
                throw PyError(.runtime, "boundaries tensor must be 1 dimension, but got dim(\(boundaries.dim))")
            }
            return .tensor(try boundaries.searchsorted(values, right: try a.bool(3, "right", default: false), int32: try a.bool(2, "out_int32", default: false)))
        },
        "tensordot": { a, interp in
            let x = try a.tensor(0, "a"), y = try a.tensor(1, "b")
            let dims = a.value(2, "dims") ?? .int(2)
            let (da, db) = try tensordotDims(dims, x, interp)
            return .tensor(try Tensor.tensordot(x, y, dimsA: da, dimsB: db))
        },
        "cdist": { a, _ in
            if let m = a.value(3, "compute_mode"), !m.isNone {
                throw PyError(.notImplemented, "cdist(compute_mode=...) is not supported by gradstep yet")
            }
            return .tensor(try Tensor.cdist(try a.tensor(0, "x1"), try a.tensor(1, "x2"), p: try a.double(2, "p", default: 2)))
        },
        "repeat_interleave": { a, interp in
            let t = try a.tensor(0, "input")
            if a.value(1, "repeats") == nil { return .tensor(try Tensor.repeatInterleaveIndex(t)) }
            guard let m = methods["repeat_interleave"] else { return .none }
            var rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: "repeat_interleave", reads: a.reads)
            return try m(t, &rest, interp)
        },
    ]

    /// The members of `torch.linalg` built here.
    nonisolated(unsafe) static let linalgFunctions: [String: TorchFunctions.Fn] = [
        "cross": { a, _ in .tensor(try Tensor.cross(try a.tensor(0, "input"), try a.tensor(1, "other"), dim: try a.int(2, "dim", default: -1))) },
        "vecdot": { a, _ in
            // PyTorch's linalg_vecdot: vdot for two vectors, else (x * y).sum(dim).
            let x = try a.tensor(0, "x"), y = try a.tensor(1, "y")
            guard x.dtype.isFloatingPoint else {
                throw PyError(.runtime, "linalg.vecdot: Expected a floating point or complex tensor as input. Got \(x.dtype.scalarTypeName)")
            }
            if x.dim == 1 && y.dim == 1 { return .tensor(try x.vdot(y)) }
            return .tensor(try x.mul(y).sum(dims: [try a.int(nil, "dim", default: -1)]))
        },
        "matrix_norm": { a, _ in
            let t = try a.tensor(0, "A")
            return .tensor(try t.matrixNorm(ord: try ordName(a.value(1, "ord") ?? .string("fro")), dims: try pair(a.value(2, "dim")) ?? [-2, -1],
                                            keepdim: try a.bool(3, "keepdim", default: false)))
        },
        "norm": { a, _ in
            // PyTorch's linalg_norm: a matrix norm when ord is given for a 2-d input (or a 2-dim `dim`),
            // or when ord is a string; otherwise a vector norm (ord None is the 2-norm of all elements).
            let t = try a.tensor(0, "A")
            let ord = a.value(1, "ord").flatMap { $0.isNone ? nil : $0 }
            let dims = try TensorAttributes.dims(CallArgs(a.value(2, "dim").map { [$0] } ?? [], name: "linalg.norm"))
            let keepdim = try a.bool(3, "keepdim", default: false)
            if let dims, dims.count != 1 && dims.count != 2 {
                throw PyError(.runtime, "linalg.norm: If dim is specified, it must be of length 1 or 2. Got [\(dims.map(String.init).joined(separator: ", "))]")
            }
            if ord != nil, dims == nil, t.dim != 1 && t.dim != 2 {
                throw PyError(.runtime, "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got \(t.dim)D.")
            }
            var isString = false
            if case .string? = ord { isString = true }
            if let ord, isString || dims?.count == 2 || (dims == nil && t.dim == 2) {
                return .tensor(try t.matrixNorm(ord: try ordName(ord), dims: dims ?? [0, 1], keepdim: keepdim))
            }
            let p = try ord.map { try Convert.double($0) } ?? 2
            return .tensor(try t.vectorNorm(ord: p, dims: dims, keepdim: keepdim))
        },
        "matrix_power": { a, _ in .tensor(try a.tensor(0, "A").matrixPower(try a.int(1, "n"))) },
        "svd": { _, _ in throw unsupportedDecomposition("torch.linalg.svd") },
        "svdvals": { _, _ in throw unsupportedDecomposition("torch.linalg.svdvals") },
        "eigh": { _, _ in throw unsupportedDecomposition("torch.linalg.eigh") },
        "eigvalsh": { _, _ in throw unsupportedDecomposition("torch.linalg.eigvalsh") },
        "eig": { _, _ in throw unsupportedDecomposition("torch.linalg.eig") },
    ]

    static func warnNoDegreesOfFreedom(_ interp: Interpreter) {
        interp.warnOnce("UserWarning", "cov(): degrees of freedom is <= 0. Correction should be strictly less than the number of observations. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Correlation.cpp:129.)")
    }

    static func unsupportedDecomposition(_ name: String) -> PyError {
        PyError(.notImplemented, "\(name) is not supported by gradstep: its results are LAPACK's (the signs of the vectors, the last digits of the values), which gradstep does not reproduce")
    }

    /// A matrix-norm `ord` as PyTorch spells it: 'fro', 'nuc', or a number (1, -1, inf, -inf, 2, -2).
    private static func ordName(_ v: Value) throws -> String {
        if case .string(let s) = v { return s }
        let d = try Convert.double(v)
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        if d == d.rounded() { return String(Int(d)) }
        return String(d)
    }

    /// A `dim=(i, j)` pair, or nil.
    private static func pair(_ v: Value?) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        switch v {
        case .tuple(let t): return try t.map { try Convert.int($0) }
        case .list(let l): return try l.items.map { try Convert.int($0) }
        default: throw PyError(.type, "linalg.matrix_norm(): argument 'dim' must be tuple of ints, not \(v.typeName)")
        }
    }

    /// unique's result: the values alone, or a tuple with the inverse and/or the counts.
    private static func uniqueResult(_ r: UniqueResult, inverse: Bool, counts: Bool) -> Value {
        if !inverse && !counts { return .tensor(r.values) }
        var items: [Value] = [.tensor(r.values)]
        if inverse { items.append(.tensor(r.inverse)) }
        if counts { items.append(.tensor(r.counts)) }
        return .tuple(items)
    }

    /// `quantile(q, dim=None, keepdim=False, *, interpolation='linear')`; q a float, a sequence or a tensor.
    private static func quantile(_ t: Tensor, _ a: CallArgs, ignoreNaN: Bool) throws -> Value {
        let name = ignoreNaN ? "nanquantile" : "quantile"
        let qv = try a.required(0, "q")
        let q: Tensor
        switch qv {
        case .tensor(let qt): q = qt
        case .float, .int, .bool:
            let x = try Convert.double(qv)
            guard x >= 0 && x <= 1 else { throw PyError(.runtime, "\(name)() q must be in the range [0, 1] but got \(PythonFloat.repr(x))") }
            q = Tensor(doubles: [x], shape: []).cast(to: t.dtype.isFloatingPoint ? t.dtype : .float32)
        default:
            q = try TensorLiteral.make(qv, dtype: t.dtype.isFloatingPoint ? t.dtype : .float32)
        }
        var mode = QuantileInterpolation.linear
        if let i = a.value(nil, "interpolation"), !i.isNone {
            let s = Repr.str(i)
            guard let m = QuantileInterpolation(rawValue: s) else {
                throw PyError(.runtime, "\(name)() interpolation must be one of linear, lower, higher, midpoint or nearest, but got \(s)")
            }
            mode = m
        }
        return .tensor(try t.quantile(q, dim: try a.optionalInt(1, "dim"), keepdim: try a.bool(2, "keepdim", default: false),
                                      interpolation: mode, ignoreNaN: ignoreNaN))
    }

    /// `torch.std_mean(input, dim=None, *, correction=1, keepdim=False)` (and the older
    /// `unbiased` form), returning (std, mean) / (var, mean) as a tuple.
    private static func spreadMean(_ a: CallArgs, std: Bool, _ interp: Interpreter) throws -> Value {
        let t = try a.tensor(0, "input")
        let rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: a.name, reads: a.reads)
        var correction = 1
        var dims: [Int]? = nil
        if case .bool(let unbiased)? = rest.value(0, "dim") {
            correction = unbiased ? 1 : 0
        } else {
            dims = try TensorAttributes.dims(rest)
            if case .bool(let unbiased)? = rest.value(1, "unbiased") { correction = unbiased ? 1 : 0 }
        }
        if case .bool(let unbiased)? = rest.value(nil, "unbiased") { correction = unbiased ? 1 : 0 }
        if let c = rest.value(nil, "correction"), !c.isNone { correction = try Convert.int(c) }
        let keepdim = try rest.bool(2, "keepdim", default: false)
        let (spread, mean) = try t.spreadMean(dims: dims, correction: correction, keepdim: keepdim, std: std)
        if spread.numel > 0, t.numel / spread.numel <= correction {
            interp.warnOnce("UserWarning", "\(std ? "std_mean" : "var_mean")(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/ReduceOps.cpp:1927.)")
        }
        return .tuple([.tensor(spread), .tensor(mean)])
    }

    /// `torch.meshgrid(a, b)` or `torch.meshgrid([a, b])`: the tensors, as a list.
    private static func tensorList(_ a: CallArgs, _ interp: Interpreter, _ name: String, allowEmpty: Bool = false) throws -> [Tensor] {
        var items = a.positional
        if items.count == 1, !isTensor(items[0]) { items = try interp.iterate(items[0]) }
        if items.isEmpty && !allowEmpty { throw PyError(.runtime, "\(name == "cartesian_prod" ? "meshgrid" : name) expects a non-empty TensorList") }
        return try items.map { v in
            guard case .tensor(let t) = v else { throw PyError(.type, "\(name)(): expected Tensor as element 0 in argument 0, but got \(v.typeName)") }
            return t
        }
    }

    private static func isTensor(_ v: Value) -> Bool { if case .tensor = v { return true }; return false }

    /// tensor_split's pieces: an int is a number of sections, a sequence (or 1-d tensor) the indices.
    private static func splitPieces(_ t: Tensor, _ how: Value, dim d: Int, _ interp: Interpreter) throws -> [Tensor] {
        if case .int(let n) = Convert.unwrapBool(how) { return try t.tensorSplit(sections: n, dim: d) }
        if case .tensor(let s) = how, s.dim == 0 { return try t.tensorSplit(sections: Int(s.intValues()[0]), dim: d) }
        return try t.tensorSplit(indices: try interp.iterate(how).map { try Convert.int($0) }, dim: d)
    }

    /// hsplit / vsplit / dsplit: tensor_split along a fixed dim; an int must divide the size.
    private static func namedSplit(_ t: Tensor, _ a: CallArgs, _ interp: Interpreter, name: String, dim d: Int, minDims: Int) throws -> Value {
        guard t.dim >= minDims else {
            throw PyError(.runtime, "torch.\(name) requires a tensor with at least \(minDims) dimension, but got a tensor with \(t.dim) dimensions!")
        }
        let how = try a.required(0, "indices_or_sections")
        if case .int(let n) = Convert.unwrapBool(how), n != 0, t.shape[d] % n != 0 {
            throw PyError(.runtime, "torch.\(name) attempted to split along dimension \(d), but the size of the dimension \(t.shape[d]) is not divisible by the split_size \(n)!")
        }
        return .tuple(try splitPieces(t, how, dim: d, interp).map { .tensor($0) })
    }

    /// `index_add(dim, index, source, *, alpha=1)`.
    private static func indexAdd(_ t: Tensor, _ a: CallArgs) throws -> Tensor {
        let alpha = try a.value(nil, "alpha").map { try Convert.scalar($0) } ?? .int(1)
        return try t.indexAdd(dim: try a.int(0, "dim"), index: try a.tensor(1, "index"), source: try a.tensor(2, "source"), alpha: alpha)
    }

    /// atleast_1d/2d/3d of one tensor, or a tuple of several.
    private static func atLeast(_ a: CallArgs, _ interp: Interpreter, _ n: Int) throws -> Value {
        if a.positional.count == 1, case .tensor(let t) = a.positional[0] { return .tensor(try t.atLeast(n)) }
        return .tuple(try tensorList(a, interp, "atleast_\(n)d").map { .tensor(try $0.atLeast(n)) })
    }

    /// `torch.trapezoid(y, x=None, *, dx=None, dim=-1)`.
    private static func trapezoid(_ a: CallArgs, name: String) throws -> Value {
        let y = try a.tensor(0, "y")
        let d = try a.int(nil, "dim", default: -1)
        if let x = a.value(1, "x"), !x.isNone {
            if case .tensor(let xt) = x { return .tensor(try y.trapezoid(x: xt, dim: d)) }
            return .tensor(try y.trapezoid(dx: try Convert.double(x), dim: d))
        }
        return .tensor(try y.trapezoid(dx: try a.double(nil, "dx", default: 1), dim: d))
    }

    /// tensordot's `dims`: an int n (the last n dims of a with the first n of b), or two lists.
    private static func tensordotDims(_ v: Value, _ a: Tensor, _ interp: Interpreter) throws -> ([Int], [Int]) {
        if case .int(let n) = Convert.unwrapBool(v) {
            guard n >= 0 else { throw PyError(.runtime, "tensordot expects dims >= 0, but got dims=\(n)") }
            guard n <= a.dim else { throw PyError(.runtime, "tensordot expects dims < ndim_a or ndim_b, but got dims=\(n)") }
            return (Array(-n..<0), Array(0..<n))
        }
        if case .tensor(let t) = v, t.dim == 0 { return try tensordotDims(.int(Int(t.intValues()[0])), a, interp) }
        let parts = try interp.iterate(v)
        guard parts.count == 2 else { throw PyError(.runtime, "tensordot expects dims to be a pair of lists of dimensions") }
        func list(_ p: Value) throws -> [Int] {
            if case .int(let i) = Convert.unwrapBool(p) { return [i] }
            return try interp.iterate(p).map { try Convert.int($0) }
        }
        return (try list(parts[0]), try list(parts[1]))
    }
}
