import Autograd

extension Interpreter {
    /// PyTorch's `TORCH_WARN_ONCE` in `Tensor.__float__` (python_variable_methods.cpp): converting a
    /// tensor that requires grad to a Python float, with grad mode on, warns once per process.
    /// `float(t)`, the `math` functions, `'%f' % t` and `np.float64(t)` all reach `__float__`;
    /// `item()`, `int()`, `tolist()` and f-string formats do not, as in PyTorch.
    func noteFloatConversion(_ v: Value) {
        guard case .tensor(let t) = v, t.requiresGrad, GradMode.isEnabled else { return }
        // TORCH_WARN_ONCE: one warning per process whatever the line, located at the running line.
        let key = "TORCH_WARN_ONCE float_scalar"
        guard !shownWarnings.contains(key) else { return }
        shownWarnings.insert(key)
        warnAtRunningLine("UserWarning", "Converting a tensor with requires_grad=True to a scalar may lead to unexpected behavior.\n"
            + "Consider using tensor.detach() first. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/generated/python_variable_methods.cpp:820.)")
    }
}
