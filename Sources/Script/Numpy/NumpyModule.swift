import Foundation
import Autograd

/// The `numpy` module: array creation, ufuncs, reductions, joining, dtypes and print options.
enum NumpyModule {
    typealias Fn = (inout CallArgs, Interpreter) throws -> Value

    static func namespace() -> NamespaceObject {
        var m: [String: Value] = [:]
        for (k, f) in functions { m[k] = .builtin(Builtin(k, f)) }
        for d in DType.allCases {
            m[NumpyDType.name(d)] = .object(NumpyScalarType(d))
        }
        m["bool_"] = .object(NumpyScalarType(.bool))
        m["int_"] = .object(NumpyScalarType(.int64))
        m["double"] = .object(NumpyScalarType(.float64))
        m["intp"] = .object(NumpyScalarType(.int64))
        // The ufuncs course code calls `.outer` on are ufunc objects.
        for name in comparisonUfuncs.map(\.0) + ["add", "subtract", "multiply", "divide", "true_divide", "power", "maximum", "minimum"] {
            if let f = functions[name] { m[name] = .object(NumpyUfuncObject(name, f)) }
        }
        m["True_"] = .object(NumpyScalar(Tensor(ints: [1], shape: [], dtype: .bool)))
        m["False_"] = .object(NumpyScalar(Tensor(ints: [0], shape: [], dtype: .bool)))
        m["linalg"] = .object(NumpyLinalgModule.namespace())
        m["exceptions"] = .object(NumpyLinalgModule.exceptionsNamespace())
        m["random"] = .object(NumpyRandom.module())
        m["ndarray"] = .object(TypeObject(name: "numpy.ndarray"))
        for name in NumpyDType.abstractTypes { m[name] = .object(TypeObject(name: "numpy." + name)) }
        m["pi"] = .float(Double.pi)
        m["e"] = .float(M_E)
        m["inf"] = .float(.infinity)
        m["nan"] = .float(.nan)
        m["newaxis"] = Value.none
        m["__version__"] = .string("2.4.6")
        let ns = NamespaceObject("numpy", m)
        // `np.printoptions` and `np.errstate` are Python in numpy too, `np.str_` a str subclass: the
        // bundled numpy/_core files.
        ns.lazyMember = { name, interp in
            if NumpyDType.unsupported[name] == name { throw NumpyDType.unsupportedError(name) }
            let file = ["printoptions": "numpy._core.arrayprint", "errstate": "numpy._core._ufunc_config",
                        "str_": "numpy._core._str_scalar", "finfo": "numpy._core.getlimits",
                        "iinfo": "numpy._core.getlimits"][name] ?? pythonFunctions[name]
            guard let file, let mod = try interp.library.load(file, interp) else { return nil }
            return mod.members[name]
        }
        return ns
    }

    /// numpy's functions written in Python, by the bundled file (numpy's own) that holds them.
    static let pythonFunctions: [String: String] = {
        let files: [String: [String]] = [
            "numpy.lib._index_tricks_impl": ["r_", "c_", "diag_indices", "mgrid", "ogrid"],
            "numpy._core.numeric": ["identity", "roll", "indices", "tensordot"],
            "numpy._core.shape_base": ["atleast_1d", "atleast_2d", "atleast_3d"],
            "numpy._core.function_base": ["logspace"],
            "numpy.lib._histograms_impl": ["histogram"],
            "numpy.lib._twodim_base_impl": ["tri", "triu", "tril", "fliplr", "flipud", "tril_indices", "triu_indices", "vander"],
            "numpy.lib._shape_base_impl": ["column_stack", "split", "array_split", "hsplit", "vsplit", "dsplit", "dstack", "tile", "kron"],
            "numpy.lib._function_base_impl": ["average", "cov", "corrcoef", "diff", "rot90", "append", "delete", "insert", "select", "sinc", "trapezoid"],
            "numpy.lib._type_check_impl": ["nan_to_num"],
            "numpy.lib._ufunclike_impl": ["fix"],
            "numpy.lib._arraypad_impl": ["pad"],
            "numpy.lib._stride_tricks_impl": ["broadcast_to"],
            "numpy.lib._arraysetops_impl": ["setdiff1d", "intersect1d", "union1d", "isin"],
            "numpy.lib._nanfunctions_impl": ["nanmean", "nansum", "nanmax", "nanmin", "nanvar", "nanstd", "nanargmin", "nanargmax"],
            "numpy.lib._polynomial_impl": ["polyval", "polyfit"],
        ]
        var out: [String: String] = [:]
        for (file, names) in files { for n in names { out[n] = file } }
        return out
    }()

    /// The comparison ufuncs and the operators they are.
    static let comparisonUfuncs: [(String, ComparisonOperator)] = [
        ("greater", .greater), ("greater_equal", .greaterOrEqual), ("less", .less), ("less_equal", .lessOrEqual),
        ("equal", .equal), ("not_equal", .notEqual),
    ]

    /// The str array `np.array(v)` / `np.asarray(v)` makes when `v` holds strings (no dtype= given).
    static func strArray(_ v: Value, _ a: CallArgs, _ interp: Interpreter) throws -> NumpyStrArray? {
        if let d = a.value(1, "dtype"), NumpyStrConversion.isStr(d) { return try NumpyStrConversion.fromValue(v, interp) }
        guard a.value(1, "dtype") == nil else {
            if (try NumpyStrArray.from(v)) != nil {
                throw PyError(.notImplemented, "np.array of strings with dtype= is not supported by gradstep")
            }
            return nil
        }
        let s = try NumpyStrArray.from(v)
        if let s, s.table.scalarClass == nil { s.table.scalarClass = StrTable.scalarClass(interp) }
        return s
    }

    static func unaryFn(_ name: String, _ f: @escaping (Tensor) throws -> Tensor) -> Fn {
        { a, _ in NDArray.result(try f(try NumpyFunctions.tensor(try a.required(0, "x"), name))) }
    }

    static func binaryFn(_ op: BinaryOperator) -> Fn {
        { a, interp in
            if let e = NumpyExceptions.strOperands(NumpyMath.ufuncName(op), try a.required(0, "x1"), try a.required(1, "x2")) { throw e }
            let x = try NumpyFunctions.operand(try a.required(0, "x1"), NumpyMath.ufuncName(op))
            let y = try NumpyFunctions.operand(try a.required(1, "x2"), NumpyMath.ufuncName(op))
            let r = try NumpyMath.apply(op, x, y)
            try NumpyFPErrors.report(NumpyFPErrors.binary(op, x.tensor, y.tensor, r), NumpyMath.ufuncName(op), interp)
            return NDArray.result(r)
        }
    }

    /// `np.f(a, ...)` for an ndarray method `f`.
    static func viaMethod(_ name: String) -> Fn {
        { a, interp in
            var rest = CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords, name: name)
            let t = try NumpyAxisFunctions.maskedForReduction(name, try NumpyFunctions.tensor(try a.required(0, "a"), name), &rest)
            guard let m = NDArrayMethods.methods[name] else { throw PyError(.attribute, "module 'numpy' has no attribute '\(name)'") }
            let r = try m(t, &rest, interp)
            // np.reshape(a, ...) / np.transpose(a) of an array are views of it, as the methods' results.
            if case .object(let arr as NDArray)? = a.value(0, "a") { return arr.viewed(r) }
            return r
        }
    }

    nonisolated(unsafe) static let functions: [String: Fn] = {
        var f: [String: Fn] = [
            "array": { a, interp in
                let v = try a.required(0, "object")
                if let s = try strArray(v, a, interp) { return .object(s) }
                let t = try NumpyArrays.array(v, dtype: try dtypeArg(a, 1), interp)
                // ndmin: ones prepended to the shape until it has that many dims (numpy's array()).
                let ndmin = try a.int(nil, "ndmin", default: 0)
                if ndmin > 32 { throw PyError(.value, "ndmin bigger than allowable number of dimensions NPY_MAXDIMS (=64)") }
                if ndmin > t.dim { return .object(NDArray(try t.reshape(Array(repeating: 1, count: ndmin - t.dim) + t.shape))) }
                return .object(NDArray(t))
            },
            "asarray": { a, interp in
                let v = try a.required(0, "a")
                if case .object(is NumpyStrArray) = v, a.value(1, "dtype") == nil { return v }
                if let s = try strArray(v, a, interp) { return .object(s) }
                let dtype = try dtypeArg(a, 1)
                // An array that needs no conversion is returned itself.
                if case .object(let arr as NDArray) = v, dtype == nil || dtype == arr.tensor.dtype { return v }
                return .object(NDArray(try NumpyArrays.asarray(v, dtype: dtype, interp)))
            },
            "zeros": { a, _ in .object(NDArray(try filled(try shapeArg(try a.required(0, "shape")), .int(0), try dtypeArg(a, 1) ?? .float64))) },
            "ones": { a, _ in .object(NDArray(try filled(try shapeArg(try a.required(0, "shape")), .int(1), try dtypeArg(a, 1) ?? .float64))) },
            "empty": { a, _ in .object(NDArray(try filled(try shapeArg(try a.required(0, "shape")), .int(0), try dtypeArg(a, 1) ?? .float64))) },
            "full": { a, _ in
                let v = try a.required(1, "fill_value")
                return .object(NDArray(try filled(try shapeArg(try a.required(0, "shape")), try Convert.scalar(v), try dtypeArg(a, 2) ?? scalarDType(v))))
            },
            "zeros_like": { a, _ in try like(&a, .int(0)) },
            "ones_like": { a, _ in try like(&a, .int(1)) },
            "empty_like": { a, _ in try like(&a, .int(0)) },
            "full_like": { a, _ in try like(&a, nil) },
            "arange": { a, _ in .object(NDArray(try arange(a))) },
            "linspace": { a, _ in .object(NDArray(try linspace(a))) },
            "eye": { a, _ in
                let n = try a.int(0, "N"), m = try a.optionalInt(1, "M") ?? n, k = try a.int(2, "k", default: 0)
                var v = [Double](repeating: 0, count: try NumpyArrays.checkedCount([n, m]))
                for i in 0..<n where i + k >= 0 && i + k < m { v[i * m + i + k] = 1 }
                return .object(NDArray(NumpyArrays.make(try dtypeArg(a, 3) ?? .float64, shape: [n, m], doubles: v)))
            },
            "shares_memory": { a, _ in .bool(try NumpyFunctions.overlap(a, exact: true)) },
            "may_share_memory": { a, _ in .bool(try NumpyFunctions.overlap(a, exact: false)) },
            "copy": { a, _ in let t = try NumpyFunctions.tensor(try a.required(0, "a"), "copy"); return .object(NDArray(NumpyArrays.copy(t, t.dtype))) },
            "exp": NumpyFunctions.floatingUfunc("exp"),
            "log": NumpyFunctions.floatingUfunc("log"),
            "log2": NumpyFunctions.floatingUfunc("log2"),
            "log10": NumpyFunctions.floatingUfunc("log10"),
            "log1p": NumpyFunctions.floatingUfunc("log1p"),
            "expm1": NumpyFunctions.floatingUfunc("expm1"),
            "sin": NumpyFunctions.floatingUfunc("sin"),
            "cos": NumpyFunctions.floatingUfunc("cos"),
            "tan": NumpyFunctions.floatingUfunc("tan"),
            "arcsin": NumpyFunctions.floatingUfunc("arcsin"),
            "arccos": NumpyFunctions.floatingUfunc("arccos"),
            "arctan": NumpyFunctions.floatingUfunc("arctan"),
            "sinh": NumpyFunctions.floatingUfunc("sinh"),
            "cosh": NumpyFunctions.floatingUfunc("cosh"),
            "tanh": NumpyFunctions.floatingUfunc("tanh"),
            "sqrt": NumpyFunctions.floatingUfunc("sqrt"),
            "abs": unaryFn("absolute") { NumpyMath.absolute($0) },
            "square": unaryFn("square") { t in try NumpyMath.apply(.multiply, .init(tensor: t, weak: false), .init(tensor: t, weak: false)) },
            "negative": unaryFn("negative") { NumpyMath.map($0, float: { -$0 }, int: { 0 &- $0 }) },
            "sign": unaryFn("sign") { NumpyMath.map($0, float: { $0.isNaN ? $0 : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }, int: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }) },
            "floor": unaryFn("floor") { NumpyMath.map($0, float: { Foundation.floor($0) }, int: { $0 }) },
            "ceil": unaryFn("ceil") { NumpyMath.map($0, float: { Foundation.ceil($0) }, int: { $0 }) },
            "trunc": unaryFn("trunc") { NumpyMath.map($0, float: { Foundation.trunc($0) }, int: { $0 }) },
            "isnan": unaryFn("isnan") { t in Tensor(ints: t.doubleValues().map { $0.isNaN ? 1 : 0 }, shape: t.shape, dtype: .bool) },
            "isinf": unaryFn("isinf") { t in Tensor(ints: t.doubleValues().map { $0.isInfinite ? 1 : 0 }, shape: t.shape, dtype: .bool) },
            "isfinite": unaryFn("isfinite") { t in Tensor(ints: t.doubleValues().map { $0.isFinite ? 1 : 0 }, shape: t.shape, dtype: .bool) },
            "add": binaryFn(.add), "subtract": binaryFn(.subtract), "multiply": binaryFn(.multiply),
            "divide": binaryFn(.divide), "true_divide": binaryFn(.divide), "power": binaryFn(.power),
            "floor_divide": binaryFn(.floorDivide), "mod": binaryFn(.modulo), "remainder": binaryFn(.modulo),
            "maximum": { a, _ in NDArray.result(try NumpyFunctions.extremum(try NumpyFunctions.operand(try a.required(0, "x1"), "maximum"), try NumpyFunctions.operand(try a.required(1, "x2"), "maximum"), max: true)) },
            "minimum": { a, _ in NDArray.result(try NumpyFunctions.extremum(try NumpyFunctions.operand(try a.required(0, "x1"), "minimum"), try NumpyFunctions.operand(try a.required(1, "x2"), "minimum"), max: false)) },
            "where": { a, interp in
                if a.positional.count == 1 { return NumpyFunctions.nonzero(try NumpyFunctions.tensor(a.positional[0], "where")) }
                let (c, x, y) = (try a.required(0, "condition"), try a.required(1, "x"), try a.required(2, "y"))
                if let r = try NumpyStrArray.whereSelect(c, x, y, interp) { return r }
                return try NumpyFunctions.whereSelect(c, x, y)
            },
            "nonzero": { a, _ in NumpyFunctions.nonzero(try NumpyFunctions.tensor(try a.required(0, "a"), "nonzero")) },
            "clip": { a, _ in try NumpyFunctions.clip(try a.required(0, "a"), a.value(1, "a_min") ?? a.value(nil, "min") ?? .none, a.value(2, "a_max") ?? a.value(nil, "max") ?? .none) },
            "round": { a, _ in NDArray.result(NumpyFunctions.round(try NumpyFunctions.tensor(try a.required(0, "a"), "round"), decimals: try a.int(1, "decimals", default: 0))) },
            "dot": { a, _ in NDArray.result(try NumpyLinalg.dot(try NumpyFunctions.operand(try a.required(0, "a"), "dot"), try NumpyFunctions.operand(try a.required(1, "b"), "dot"))) },
            "matmul": { a, _ in NDArray.result(try NumpyLinalg.matmul(try NumpyFunctions.tensor(try a.required(0, "x1"), "matmul"), try NumpyFunctions.tensor(try a.required(1, "x2"), "matmul"))) },
            "concatenate": { a, interp in
                if let r = try NumpyStrArray.concatenate(try a.required(0, "arrays"), axis: a.value(1, "axis")) { return r }
                return .object(NDArray(try NumpyFunctions.concatenate(try NumpyFunctions.arrays(try a.required(0, "arrays"), interp, "concatenate"), axis: a.value(1, "axis"))))
            },
            "stack": { a, interp in
                .object(NDArray(try NumpyFunctions.stack(try NumpyFunctions.arrays(try a.required(0, "arrays"), interp, "stack"), axis: try a.int(1, "axis", default: 0))))
            },
            "vstack": { a, interp in
                let ts = try NumpyFunctions.arrays(try a.required(0, "tup"), interp, "vstack").map { $0.dim < 2 ? try NDArrayMethods.reshape($0, [1, $0.numel]) : $0 }
                return .object(NDArray(try NumpyFunctions.concatenate(ts, axis: .int(0))))
            },
            "hstack": { a, interp in
                let ts = try NumpyFunctions.arrays(try a.required(0, "tup"), interp, "hstack").map { $0.dim == 0 ? try NDArrayMethods.reshape($0, [1]) : $0 }
                return .object(NDArray(try NumpyFunctions.concatenate(ts, axis: .int(ts[0].dim == 1 ? 0 : 1))))
            },
            "expand_dims": { a, _ in
                let t = try NumpyFunctions.tensor(try a.required(0, "a"), "expand_dims")
                var ax = try Convert.int(try a.required(1, "axis"))
                guard ax >= -(t.dim + 1) && ax <= t.dim else { throw PyError(library: "numpy.exceptions.AxisError", "axis \(ax) is out of bounds for array of dimension \(t.dim + 1)") }
                if ax < 0 { ax += t.dim + 1 }
                var shape = t.shape
                shape.insert(1, at: ax)
                return .object(NDArray(try NDArrayMethods.reshape(t, shape)))
            },
            "shape": { a, _ in NDArrayMethods.shapeValue(try NumpyFunctions.tensor(try a.required(0, "a"), "shape").shape) },
            "size": { a, _ in .int(try NumpyFunctions.tensor(try a.required(0, "a"), "size").numel) },
            "ndim": { a, _ in .int(try NumpyFunctions.tensor(try a.required(0, "a"), "ndim").dim) },
            "allclose": { a, _ in
                let x = try NumpyFunctions.tensor(try a.required(0, "a"), "allclose").doubleValues()
                let yT = try NumpyFunctions.tensor(try a.required(1, "b"), "allclose")
                let rtol = try a.double(2, "rtol", default: 1e-5), atol = try a.double(3, "atol", default: 1e-8)
                let xt = try NumpyFunctions.tensor(try a.required(0, "a"), "allclose")
                let shape = try NumpyMath.broadcastShape(xt.shape, yT.shape)
                let xv = try xt.broadcast(to: shape).doubleValues(), yv = try yT.broadcast(to: shape).doubleValues()
                _ = x
                // numpy 2's allclose returns a Python bool.
                return .bool(zip(xv, yv).allSatisfy { $0 == $1 || Swift.abs($0 - $1) <= atol + rtol * Swift.abs($1) })
            },
            "array_equal": { a, _ in
                let x = try NumpyFunctions.tensor(try a.required(0, "a1"), "array_equal"), y = try NumpyFunctions.tensor(try a.required(1, "a2"), "array_equal")
                return .bool(x.shape == y.shape && x.doubleValues() == y.doubleValues())
            },
            "argsort": { a, _ in
                let t = try NumpyFunctions.tensor(try a.required(0, "a"), "argsort")
                return .object(NDArray(try NumpyFunctions.alongAxis(t, a.value(1, "axis"), NumpyFunctions.argsort)))
            },
            "sort": { a, _ in
                if case .object(let s as NumpyStrArray) = try a.required(0, "a") { return try NumpyStrArray.sort(s) }
                let t = try NumpyFunctions.tensor(try a.required(0, "a"), "sort")
                return .object(NDArray(try NumpyFunctions.alongAxis(t, a.value(1, "axis"), NumpyFunctions.sortedLastAxis)))
            },
            "dtype": { a, _ in
                guard let d = try NumpyDType.resolve(try a.required(0, "dtype")) else { return .object(NumpyDTypeObject(.float64)) }
                return .object(NumpyDTypeObject(d))
            },
            "issubdtype": { a, _ in
                // The first argument as a dtype; the second a dtype or an abstract type (np.integer, np.floating).
                let first = try a.required(0, "arg1")
                guard let d = try NumpyMath.operand(first).map(\.tensor.dtype) ?? NumpyDType.resolve(first) else { return .bool(false) }
                let second = try a.required(1, "arg2")
                if case .object(let t as TypeObject) = second, t.name.hasPrefix("numpy.") {
                    return .bool(NumpyDType.isSubtype(d, of: String(t.name.dropFirst("numpy.".count))))
                }
                return .bool(try NumpyDType.resolve(second) == d)
            },
            "seterr": { a, interp in try NumpyFPErrors.seterr(a, interp) },
            "geterr": { _, interp in NumpyFPErrors.geterr(interp.numpyErrors) },
            "promote_types": { a, _ in
                guard let x = try NumpyDType.resolve(try a.required(0, "type1")), let y = try NumpyDType.resolve(try a.required(1, "type2")) else {
                    return .object(NumpyDTypeObject(.float64))
                }
                return .object(NumpyDTypeObject(NumpyDType.promote(x, y)))
            },
            "result_type": { a, _ in
                // Arrays and numpy scalars are strong, Python numbers weak, dtypes and types as arrays of them.
                let ops = try a.positional.map { v -> NumpyMath.Operand in
                    if let o = try NumpyMath.operand(v) { return o }
                    guard let d = try NumpyDType.resolve(v) else { throw PyError(.type, "Cannot interpret 'None' as a data type") }
                    return NumpyMath.Operand(tensor: Tensor.full([], 0, dtype: d), weak: false)
                }
                return .object(NumpyDTypeObject(NumpyMath.resultType(ops)))
            },
            "can_cast": { a, _ in
                let from = try a.required(0, "from_")
                let source = try NumpyMath.operand(from).map(\.tensor.dtype) ?? NumpyDType.resolve(from) ?? .float64
                let target = try NumpyDType.resolve(try a.required(1, "to")) ?? .float64
                let casting = a.value(2, "casting").map { Repr.str($0) } ?? "safe"
                switch casting {
                case "unsafe": return .bool(true)
                case "same_kind": return .bool(NumpyMath.canCast(source, to: target))
                case "no", "equiv": return .bool(source == target)
                default: return .bool(NumpyDType.promote(source, target) == target)
                }
            },
            "isscalar": { a, _ in
                switch try a.required(0, "element") {
                case .int, .float, .bool, .string, .object(is NumpyScalar): return .bool(true)
                default: return .bool(false)
                }
            },
        ]
        for name in ["sum", "mean", "std", "var", "min", "max", "argmin", "argmax", "prod", "any", "all", "reshape",
                     "transpose", "squeeze", "ravel", "cumsum"] {
            f[name] = viaMethod(name)
        }
        for (k, fn) in NumpyMoreFunctions.functions { f[k] = fn }
        for (k, fn) in NumpyAxisFunctions.functions { f[k] = fn }
        for (k, fn) in NumpyExtraUfuncs.functions { f[k] = fn }
        f["asanyarray"] = f["asarray"]
        for (name, op) in comparisonUfuncs {
            f[name] = { a, _ in
                let x = try a.required(0, "x1"), y = try a.required(1, "x2")
                _ = try NumpyFunctions.operand(x, name)
                _ = try NumpyFunctions.operand(y, name)
                guard let r = try NumpyMath.compare(op, x, y) else { throw PyError(.type, "ufunc '\(name)' not supported for the input types") }
                return r
            }
        }
        for (k, fn) in printFunctions { f[k] = fn }
        for (name, rule) in [("logical_and", { (p: Bool, q: Bool) in p && q }), ("logical_or", { $0 || $1 }), ("logical_xor", { $0 != $1 })] {
            f[name] = { a, _ in
                let x = try NumpyFunctions.tensor(try a.required(0, "x1"), name), y = try NumpyFunctions.tensor(try a.required(1, "x2"), name)
                let shape = try NumpyMath.broadcastShape(x.shape, y.shape)
                let xv = try x.broadcast(to: shape).doubleValues(), yv = try y.broadcast(to: shape).doubleValues()
                return NDArray.result(Tensor(ints: zip(xv, yv).map { rule($0 != 0, $1 != 0) ? 1 : 0 }, shape: shape, dtype: .bool))
            }
        }
        f["logical_not"] = unaryFn("logical_not") { t in Tensor(ints: t.doubleValues().map { $0 == 0 ? 1 : 0 }, shape: t.shape, dtype: .bool) }
        f["amin"] = viaMethod("min")
        f["amax"] = viaMethod("max")
        f["absolute"] = f["abs"]
        for name in ufuncs + ["isnan"] { if let g = f[name] { f[name] = writingOut(name, returningTensors(g)) } }
        for name in ["cumsum", "reshape", "transpose", "squeeze", "round"] { if let g = f[name] { f[name] = returningTensors(g) } }
        for (name, message) in tensorMethodErrors { if let g = f[name] { f[name] = refusingTensors(name, message, g) } }
        for name in ["argmin", "argmax"] {
            guard let g = f[name] else { continue }
            f[name] = { a, interp in
                // numpy calls the tensor's own argmax/argmin.
                if case .tensor(let t)? = a.positional.first, a.positional.count == 1, a.keywords.isEmpty {
                    return .tensor(try t.argExtreme(dim: nil, keepdim: false, max: name == "argmax"))
                }
                return try g(&a, interp)
            }
        }
        return f
    }()
}
