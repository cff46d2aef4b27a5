// In-place view changes: `q.t_()` (nn.init.orthogonal_) and `out.transpose_(0, 1)` (the RNN
// layers' batch_first output, as ATen's rnn does it). Only the shape and strides change; on a tensor
// in the graph the change is a node of its own (TransposeBackward1).

extension Op {
    static let transposeInPlace = Op("TransposeBackward1", symbol: "a.transpose_(i, j)", explanation: "swaps two dimensions of a in place",
                                     derivatives: ["transpose back"], kind: .view, savesTensors: false,
                                     differentiable: { c in [try c.grad.transpose(c.args.ints[0], c.args.ints[1])] }) { c in
        [c.grad.swappedDims(c.args.ints[0], c.args.ints[1]).contiguousCopy()]
    }
}

extension Tensor {
    /// `a.t_()`: transposes a tensor of at most 2 dims in place.
    public func t_() throws -> Tensor {
        guard dim <= 2 else { throw TorchError.runtime("t_() expects a tensor with <= 2 dimensions, but self is \(dim)D") }
        return dim == 2 ? try transpose_(0, 1) : self
    }

    /// `a.transpose_(d0, d1)`: swaps two dims of this tensor's view in place.
    public func transpose_(_ d0: Int, _ d1: Int) throws -> Tensor {
        let a = try Shape.wrapDim(d0, rank: dim), b = try Shape.wrapDim(d1, rank: dim)
        try checkInPlaceAllowed()
        let recording = GradMode.isEnabled && requiresGrad
        let old = Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype, version: version)
        old.gradFn = gradFn
        old._outputNr = _outputNr
        shape.swapAt(a, b)
        strides.swapAt(a, b)
        LoopTracing.tape?.reject("an in-place transpose_ (the tensor's layout changes)")
        if recording { record(.transposeInPlace, self, inputs: [old], args: OpArgs(ints: [a, b])) }
        return self
    }
}
