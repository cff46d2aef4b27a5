// In-place view changes the library uses (`q.t_()` in nn.init.orthogonal_).

extension Tensor {
    /// `a.t_()`: transposes a tensor of at most 2 dims in place (its shape and strides swap).
    public func t_() throws -> Tensor {
        guard dim <= 2 else { throw TorchError.runtime("t_() expects a tensor with <= 2 dimensions, but self is \(dim)D") }
        if dim == 2 {
            if GradMode.isEnabled && requiresGrad {
                throw TorchError(.notImplemented, "Tensor.t_() on a tensor that requires grad is not supported by gradstep yet")
            }
            shape.swapAt(0, 1)
            strides.swapAt(0, 1)
        }
        return self
    }
}
