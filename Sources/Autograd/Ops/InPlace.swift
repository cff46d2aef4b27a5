// In-place ops: add_ sub_ mul_ div_ zero_ fill_ copy_ and the augmented assignments they back.

extension Tensor {
    /// PyTorch's rule: a leaf that requires grad may not be changed in place while grad mode is on.
    func checkInPlaceAllowed() throws {
        if GradMode.isEnabled && isLeaf && leafRequiresGrad {
            throw TorchError.runtime("a leaf Variable that requires grad is being used in an in-place operation.", code: .leafInplace)
        }
        if GradMode.isEnabled && isViewOfLeafRequiringGrad {
            throw TorchError.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.", code: .leafInplace)
        }
        // unbind / split / chunk outputs: PyTorch cannot rebase one of several views onto a new graph.
        if GradMode.isEnabled, let fn = gradFn, fn.op?.isMultiOutputView == true {
            throw TorchError.runtime("Output \(_outputNr) of \(Node.shortName(fn)) is a view and is being modified inplace. This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.")
        }
    }

    /// Whether this tensor came from a leaf that requires grad through view ops only (`w[0:2]`,
    /// `w.view(3)`, `w.T`): PyTorch refuses in-place changes to it as to the leaf itself.
    var isViewOfLeafRequiringGrad: Bool {
        var node = gradFn
        while let n = node, let op = n.op, op.isView {
            guard let next = n.inputs.first?.node else { return false }
            if next.isAccumulateGrad { return true }
            node = next
        }
        return false
    }

    /// Runs `op(self, other)` and writes the result into this tensor's storage. When grad mode is on
    /// and the result requires grad, this tensor takes the result's place in the graph (its grad_fn).
    func inPlace(_ other: Tensor?, alsoReading more: [Tensor] = [], _ op: (Tensor) throws -> Tensor) throws {
        try checkInPlaceAllowed()
        let recording = GradMode.isEnabled && (requiresGrad || (other?.requiresGrad ?? false) || more.contains { $0.requiresGrad })
        // The op reads a private copy of the old value, so saved tensors are not the ones we overwrite.
        let old: Tensor
        let tape = LoopTracing.tape
        if recording {
            old = Tensor(storage: contiguousCopy().storage, shape: shape, strides: Shape.contiguousStrides(shape), offset: 0, dtype: dtype)
            old.gradFn = gradFn
            old._outputNr = _outputNr
            old.leafRequiresGrad = leafRequiresGrad
            tape?.noteCopy(old, of: self)
        } else {
            old = self
        }
        let viewBase = recording ? viewBaseForRebase() : nil
        let result = try op(old)
        if result.shape != shape {
            throw TorchError.runtime("output with shape \(Shape.describe(shape)) doesn't match the broadcast shape \(Shape.describe(result.shape))")
        }
        if !DType.canCast(from: result.dtype, to: dtype) {
            throw TorchError.runtime("result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)")
        }
        tape?.expectWrite(self, .tensor(result), rebased: recording && result.gradFn != nil)
        try assign(from: result)
        if recording, let fn = result.gradFn {
            if let previous = gradFn, previous !== fn { previous.forgetOutput(ObjectIdentifier(self)) }
            gradFn = fn
            _outputNr = 0
            fn.setOutputs([self])
            fn.forgetSavedOriginal(self)
            fn.moveSavedOutputs(into: self)
            if let viewBase { rebase(onto: viewBase) }
        }
    }

    /// `a.add_(b)` / `a += b`.
    public func add_(_ other: Tensor) throws { try inPlace(other) { try $0.add(other) } }
    /// `a.sub_(b)` / `a -= b`.
    public func sub_(_ other: Tensor) throws { try inPlace(other) { try $0.sub(other) } }
    /// `a.mul_(b)` / `a *= b`.
    public func mul_(_ other: Tensor) throws { try inPlace(other) { try $0.mul(other) } }
    /// `a.div_(b)` / `a /= b`.
    public func div_(_ other: Tensor) throws {
        if dtype.isIntegral {
            let rt = Kernels.floatingResult(self, other)
            throw TorchError.runtime("result type \(rt.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)")
        }
        try inPlace(other) { try $0.div(other) }
    }

    /// `a.pow_(b)` / `a **= b`.
    public func pow_(_ other: Tensor) throws { try inPlace(other) { try $0.pow(other) } }

    /// `a.sin_()`, `a.exp_()`, `a.relu_()`, …: `f` of the old value written back; with grad mode on the
    /// tensor takes the result's grad_fn (`SinBackward0`), as in PyTorch. An integer tensor whose
    /// result is floating fails with PyTorch's cast error.
    /// `reading`: the other tensors `f` uses (`src` of `scatter_`), whose graph the result may carry.
    public func applyInPlace_(reading others: [Tensor] = [], _ f: (Tensor) throws -> Tensor) throws {
        try inPlace(nil, alsoReading: others, f)
    }

    /// Writes `result` (same shape, computed without a graph) into this tensor: `clamp_`, `abs_`, ….
    public func copyResult_(_ result: Tensor) throws {
        try checkInPlaceAllowed()
        if result.shape != shape {
            throw TorchError.runtime("output with shape \(Shape.describe(shape)) doesn't match the broadcast shape \(Shape.describe(result.shape))")
        }
        LoopTracing.tape?.expectWrite(self, .tensor(result))
        try assign(from: result)
    }

    /// `a.zero_()`.
    public func zero_() throws { try fill_(.int(0), recording: .zero) }

    /// `a.fill_(value)`.
    public func fill_(_ value: Scalar) throws { try fill_(value, recording: .fill) }

    /// Fills in place. On a tensor in the graph (in grad mode) the fill becomes its new grad_fn, whose
    /// gradient is zero: nothing flows back to what the tensor held before (`x.grad.zero_()` after
    /// `backward(create_graph=True)`, `y.zero_()` on an intermediate).
    private func fill_(_ value: Scalar, recording op: Op) throws {
        if GradMode.isEnabled && gradFn != nil {
            return try inPlace(nil) { old in
                let filled = old.contiguousCopy()
                try filled.fillValues(value)
                return record(op, filled, inputs: [old])
            }
        }
        try fillValues(value)
    }

    private func fillValues(_ value: Scalar) throws {
        try checkInPlaceAllowed()
        if dtype == .float32 {
            LoopTracing.tape?.expectWrite(self, .fill(Float(value.doubleValue)))
            assign(floats: [Float](repeating: Float(value.doubleValue), count: numel))
        } else if dtype == .float64 {
            LoopTracing.reject("float64 tensors (fill_): compiled loops run float32 only")
            assign(doubles: [Double](repeating: value.doubleValue, count: numel))
        } else {
            var v: Int64 = dtype == .bool ? (value.doubleValue != 0 ? 1 : 0) : Tensor.truncate(Float(value.doubleValue))
            // An integer fill keeps its exact value (2**63 - 1 does not survive a trip through Float).
            if dtype != .bool, case .int(let i) = value {
                if dtype.isNarrowInteger && dtype.wrap(i) != i {
                    throw TorchError.runtime("value cannot be converted to type \(dtype.checkedConversionName) without overflow")
                }
                v = i
            }
            assign(ints: [Int64](repeating: v, count: numel))
        }
    }

    /// `a.copy_(src)` (broadcast, cast).
    public func copy_(_ src: Tensor) throws {
        try checkInPlaceAllowed()
        LoopTracing.tape?.expectWrite(self, .tensor(src))
        try assign(from: src)
    }

    /// Writes `values` (logical order) into this tensor, as random fills do; checks the leaf rule.
    public func fill_(values: [Float]) throws {
        try checkInPlaceAllowed()
        guard values.count == numel else { throw TorchError.runtime("internal: fill with \(values.count) values for \(numel) elements") }
        assign(floats: values)
    }

    /// Writes float64 `values` (logical order) into this tensor, as float64 random fills do.
    public func fill_(doubles values: [Double]) throws {
        try checkInPlaceAllowed()
        guard values.count == numel else { throw TorchError.runtime("internal: fill with \(values.count) values for \(numel) elements") }
        LoopTracing.reject("float64 tensors (random fill): compiled loops run float32 only")
        assign(doubles: values)
    }

    /// `a.requires_grad_(flag)`: only leaves may change it; only floating tensors may require grad.
    /// `via` selects PyTorch's wording of the integer-dtype error for each way of asking.
    public func requiresGrad_(_ flag: Bool = true, via: RequiresGradRequest = .method) throws {
        if !isLeaf {
            if flag { return }
            throw TorchError.runtime("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
        }
        if flag && !dtype.isFloatingPoint {
            switch via {
            case .method: throw TorchError.runtime("only Tensors of floating point dtype can require gradients", code: .integerGrad)
            case .creation: throw TorchError.runtime("Only Tensors of floating point and complex dtype can require gradients", code: .integerGrad)
            case .attribute: throw TorchError.runtime("only Tensors of floating point and complex dtype can require gradients", code: .integerGrad)
            }
        }
        if flag != leafRequiresGrad { LoopTracing.reject("requires_grad changes") }
        leafRequiresGrad = flag
    }

    /// `a.retain_grad()`: a non-leaf keeps its gradient after backward.
    public func retainGrad() throws {
        if isLeaf {
            if !leafRequiresGrad { throw TorchError.runtime("can't retain_grad on Tensor that has requires_grad=False") }
            return
        }
        LoopTracing.reject("retain_grad()")
        retainsGrad = true
    }

    /// `t.grad = g` (or `None`), as Python code and `zero_grad()` set it.
    public func setGrad(_ g: Tensor?) {
        LoopTracing.tape?.noteSetGrad(self, before: grad, value: g)
        grad = g
    }

    /// Reads `.grad` as Python does: a non-leaf without retain_grad gives nil and PyTorch's UserWarning.
    public func readGrad() -> (Tensor?, warning: String?) {
        if !isLeaf && !retainsGrad && grad == nil {
            return (nil, "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at /pytorch/build/aten/src/ATen/core/TensorBody.h:494.)")
        }
        return (grad, nil)
    }

    /// `nn.Parameter(t)`: a leaf sharing `t`'s data that requires grad.
    public static func parameter(_ t: Tensor, requiresGrad: Bool = true) throws -> Tensor {
        let p = Tensor(storage: t.storage, shape: t.shape, strides: t.strides, offset: t.offset, dtype: t.dtype)
        if requiresGrad && !t.dtype.isFloatingPoint {
            throw TorchError.runtime("Only Tensors of floating point and complex dtype can require gradients", code: .integerGrad)
        }
        p.leafRequiresGrad = requiresGrad
        p.isParameter = true
        return p
    }

    /// A new leaf with the given flag (`torch.tensor(…, requires_grad=True)`).
    public func withRequiresGrad(_ flag: Bool) throws -> Tensor {
        if flag && !dtype.isFloatingPoint {
            throw TorchError.runtime("Only Tensors of floating point and complex dtype can require gradients", code: .integerGrad)
        }
        try requiresGrad_(flag)
        return self
    }
}

/// How a program asked for `requires_grad` (PyTorch words the integer-dtype error differently for each).
public enum RequiresGradRequest: Sendable {
    /// `t.requires_grad_()`.
    case method
    /// `torch.tensor(…, requires_grad=True)` and other factories.
    case creation
    /// `t.requires_grad = True`.
    case attribute
}

extension Op {
    /// `zero_()` on a tensor in the graph.
    static let zero = Op("ZeroBackward0", symbol: "a.zero_()", explanation: "sets every element to 0 in place",
                         derivatives: ["0"], kind: .other, savesTensors: false,
                         differentiable: { c in [Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)] }) { c in
        [Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)]
    }
    /// `fill_(number)` on a tensor in the graph (fill_.Scalar).
    static let fill = Op("FillBackward2", symbol: "a.fill_(s)", explanation: "sets every element to a number in place",
                         derivatives: ["0"], kind: .other, savesTensors: false,
                         differentiable: { c in [Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)] }) { c in
        [Tensor.zeros(c.inputShapes[0], dtype: c.gradDType)]
    }
}
