extension Tensor: CustomStringConvertible {
    /// The elements in logical order, as the formatter takes them.
    public var printValues: TensorValues {
        switch dtype {
        case .float32, .float16: return .float(floatValues())
        case .float64: return .double(doubleValues())
        case .bool: return .bool(intValues().map { $0 != 0 })
        default: return .int(intValues())
        }
    }

    /// The suffixes PyTorch's repr adds for autograd: `grad_fn=<…>` or `requires_grad=True`.
    public var autogradSuffixes: [String] {
        // The repr shows the node's class name: `torch::autograd::NotImplemented` prints as NotImplemented.
        if let fn = gradFn { return ["grad_fn=<\(fn.name.split(separator: ":").last.map(String.init) ?? fn.name)>"] }
        if leafRequiresGrad { return ["requires_grad=True"] }
        return []
    }

    /// PyTorch's `repr(t)`, byte for byte: `tensor([1., 2.], requires_grad=True)`,
    /// `Parameter containing:` before a parameter's tensor.
    public var description: String {
        pythonRead("printing a tensor") { t in
            let options = TorchSettings.printOptions, defaultDType = TorchSettings.defaultDType
            // Parameter's repr prints the underlying tensor, which never shows requires_grad twice.
            let head = t.isParameter ? "Parameter containing:\n" : ""
            return head + TensorFormatter.repr(shape: t.shape, values: t.printValues, suffixes: t.autogradSuffixes,
                                               options: options, dtype: t.dtype, defaultDType: defaultDType)
        }
    }
}
