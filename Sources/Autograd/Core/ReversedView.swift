extension Tensor {
    /// A view of `count` elements along `dim` from `start` by `step` (which may be negative, as numpy
    /// allows and PyTorch does not), sharing storage and version counter and recorded in no graph:
    /// what `a[5:1:-2]` is for a numpy array, which never requires grad.
    public func steppedView(dim d: Int, start: Int, count: Int, step: Int) throws -> Tensor {
        guard d >= 0 && d < dim, count >= 0, count == 0 || (start >= 0 && start < shape[d]),
              count == 0 || (start + (count - 1) * step >= 0 && start + (count - 1) * step < shape[d]) else {
            throw TorchError(.index, "slice out of range for dimension \(d)")
        }
        return sliceView(dim: d, start: start, count: count, step: step)
    }

}
