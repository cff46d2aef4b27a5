import Autograd

/// What numpy's functions do with a torch tensor argument (PyTorch 2.15 with numpy 2): ufuncs
/// compute through `Tensor.__array__` and return a tensor (`Tensor.__array_wrap__`); functions
/// that call the array's own method with numpy's keywords meet the tensor's method and fail.
extension NumpyModule {
    /// The ufuncs: given a tensor they return a tensor (Tensor.__array_wrap__).
    static let ufuncs = ["exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
                         "sinh", "cosh", "tanh", "sqrt", "abs", "absolute", "square", "negative", "sign", "floor", "ceil",
                         "trunc", "add", "subtract", "multiply", "divide", "true_divide", "power", "floor_divide", "mod",
                         "remainder", "maximum", "minimum", "clip", "logical_and", "logical_or", "logical_xor", "logical_not",
                         "isinf", "isfinite"]

    /// numpy functions that call the array's method with numpy's keywords, which a tensor's method
    /// refuses (PyTorch's TypeError texts).
    static let tensorMethodErrors: [(String, String)] = [
        ("mean", "mean() got an unexpected keyword argument 'axis'"),
        ("sum", "sum() got an unexpected keyword argument 'axis'"),
        ("min", "min(): argument 'dim' must be int, not NoneType"),
        ("max", "max(): argument 'dim' must be int, not NoneType"),
        ("amin", "min(): argument 'dim' must be int, not NoneType"),
        ("amax", "max(): argument 'dim' must be int, not NoneType"),
        ("prod", "prod(): argument 'dim' must be int, not NoneType"),
        ("std", reductionSignatureError("std")), ("var", reductionSignatureError("var")),
        ("any", logicalSignatureError("any")), ("all", logicalSignatureError("all")),
    ]

    static func reductionSignatureError(_ name: String) -> String {
        """
        \(name)() received an invalid combination of arguments - got (ddof=int, dtype=NoneType, out=NoneType, axis=NoneType, ), but expected one of:
         * (tuple of ints dim, bool unbiased = True, bool keepdim = False)
         * (tuple of ints dim = None, *, Number correction = None, bool keepdim = False)
              didn't match because some of the keywords were incorrect: ddof, dtype, out, axis
         * (bool unbiased = True)

        """
    }

    static func logicalSignatureError(_ name: String) -> String {
        """
        \(name)() received an invalid combination of arguments - got (out=NoneType, axis=NoneType, ), but expected one of:
         * ()
         * (tuple of ints dim = None, bool keepdim = False)
              didn't match because some of the keywords were incorrect: out, axis
         * (int dim, bool keepdim = False)
              didn't match because some of the keywords were incorrect: out, axis

        """
    }

    /// A ufunc's `out=` array: the result cast under numpy's 'same_kind' rule and broadcast to the
    /// array's shape is written into it (so a tensor sharing its memory sees the change, as
    /// `np.add(n, 1, out=n)` after `torch.from_numpy(n)` shows), and the array itself is returned.
    static func writingOut(_ name: String, _ g: @escaping Fn) -> Fn {
        { a, interp in
            guard let i = a.keywords.firstIndex(where: { $0.0 == "out" }) else { return try g(&a, interp) }
            var target = a.keywords[i].1
            a.keywords.remove(at: i)
            if case .tuple(let items) = target {
                guard items.count == 1 else { throw PyError(.value, "The 'out' tuple must have exactly one entry per ufunc output") }
                target = items[0]
            }
            if case .none = target { return try g(&a, interp) }
            guard case .object(let out as NDArray) = target else { throw PyError(.type, "return arrays must be of ArrayType") }
            let r = try g(&a, interp)
            guard let result = NumpyArrays.tensorOf(r) else { return r }
            guard NumpyMath.canCast(result.dtype, to: out.tensor.dtype) else {
                throw NumpyExceptions.outputCasting(name, from: NumpyDType.name(result.dtype), to: NumpyDType.name(out.tensor.dtype))
            }
            let shaped: Tensor
            do { shaped = try result.broadcast(to: out.tensor.shape) } catch {
                throw PyError(.value, "non-broadcastable output operand with shape \(NumpyIndexing.shapeText(out.tensor.shape)) doesn't match the broadcast shape \(NumpyIndexing.shapeText(result.shape))")
            }
            try GradMode.withDisabled { try out.tensor.copy_(shaped.cast(to: out.tensor.dtype)) }
            return target
        }
    }

    /// A ufunc given a tensor argument returns its result as a tensor.
    static func returningTensors(_ g: @escaping Fn) -> Fn {
        { a, interp in
            let r = try g(&a, interp)
            guard a.positional.contains(where: { $0.isTensor }), let t = NumpyArrays.tensorOf(r) else { return r }
            // PyTorch wraps numpy's bool results as uint8 tensors.
            if t.dtype == .bool {
                throw PyError(.notImplemented, "a numpy ufunc on a tensor with a boolean result gives a uint8 tensor, a dtype gradstep does not have; use the torch function (torch.isinf, torch.logical_and, ...)")
            }
            return .tensor(t)
        }
    }

    static func refusingTensors(_ name: String, _ message: String, _ g: @escaping Fn) -> Fn {
        { a, interp in
            if case .tensor? = a.positional.first { throw PyError(.type, message) }
            return try g(&a, interp)
        }
    }
}
