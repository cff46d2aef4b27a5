import Autograd

/// What every torch binding (the `torch.` functions and the tensor methods) does around its own body:
/// PyTorch's `out=` keyword, applied once here for all of them, and the TypeError for a keyword the
/// binding never read (without it a misspelt or unsupported keyword such as `keepdims=` would be
/// silently ignored).
enum TorchCall {
    /// Functions PyTorch gives no `out=` (their own TypeError names it as an unexpected keyword).
    static let withoutOut: Set<String> = ["tensor", "as_tensor", "from_numpy", "manual_seed", "seed", "is_tensor",
                                          "is_floating_point", "numel", "set_printoptions", "set_default_dtype",
                                          "get_default_dtype", "no_grad", "enable_grad", "set_grad_enabled"]

    /// Placement keywords every factory and conversion takes: gradstep runs on the CPU, so `device` must
    /// name it (a CUDA device raises PyTorch's no-GPU error) and the others change nothing
    /// (`memory_format` chooses strides only, never values).
    static let placementKeywords: Set<String> = ["device", "layout", "pin_memory", "non_blocking", "memory_format"]

    /// Runs `body` with `a`, applying `out=` (for `torch.` functions: `acceptsOut`) and checking keywords.
    static func run(_ name: String, _ a: inout CallArgs, _ interp: Interpreter, acceptsOut: Bool,
                    _ body: (inout CallArgs) throws -> Value) throws -> Value {
        var out: Tensor?
        if acceptsOut, !withoutOut.contains(name), let i = a.keywords.firstIndex(where: { $0.0 == "out" }) {
            let v = a.keywords[i].1
            if !v.isNone {
                guard case .tensor(let t) = v else {
                    throw PyError(.type, "\(name)(): argument 'out' must be Tensor, not \(v.typeName)")
                }
                out = t
            }
            a.keywords.remove(at: i)
        }
        // numpy-style spellings PyTorch accepts wherever `dim` / `keepdim` are taken.
        var aliases: [String: String] = [:]
        for (alias, key) in [("axis", "dim"), ("keepdims", "keepdim")] {
            if let i = a.keywords.firstIndex(where: { $0.0 == alias }), !a.keywords.contains(where: { $0.0 == key }) {
                a.keywords[i].0 = key
                aliases[key] = alias
            }
        }
        for (k, v) in a.keywords where placementKeywords.contains(k) {
            if k == "device" { try DeviceObject.requireCPU(v) }
            a.reads.names.insert(k)
        }
        let result = try body(&a)
        if let k = a.unexpectedKeyword() { throw PyError(.type, "\(name)() got an unexpected keyword argument '\(aliases[k] ?? k)'") }
        guard let out else { return result }
        guard case .tensor(let r) = result else { throw PyError(.type, "\(name)() got an unexpected keyword argument 'out'") }
        try write(r, into: out, name, interp)
        return .tensor(out)
    }

    /// `out=`: the result's elements written into `out` (cast to its dtype, resized when the shapes
    /// differ, with PyTorch's deprecation warning when `out` had elements).
    private static func write(_ r: Tensor, into out: Tensor, _ name: String, _ interp: Interpreter) throws {
        if GradMode.isEnabled && (r.requiresGrad || out.requiresGrad) {
            throw PyError(.runtime, "\(name)(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.")
        }
        guard DType.canCast(from: r.dtype, to: out.dtype) else {
            throw PyError(.runtime, "result type \(r.dtype.scalarTypeName) can't be cast to the desired output type \(out.dtype.scalarTypeName)")
        }
        if out.shape == r.shape {
            try GradMode.withDisabled { try out.copy_(r) }
            return
        }
        if out.numel != 0 {
            let shape = { (s: [Int]) in "[" + s.map(String.init).joined(separator: ", ") + "]" }
            interp.warnOnce("UserWarning", "An output with one or more elements was resized since it had shape \(shape(out.shape)), " +
                "which does not match the required output shape \(shape(r.shape)). This behavior is deprecated, and in a future " +
                "PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out " +
                "tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at " +
                "/__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)")
        }
        out.setData(r.cast(to: out.dtype))
    }
}
