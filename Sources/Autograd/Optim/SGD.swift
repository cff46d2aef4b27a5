/// `torch.optim.SGD`: plain gradient descent with optional momentum, dampening, Nesterov and weight decay,
/// with PyTorch's update rule (the momentum buffer starts as the first gradient).
public final class SGD {
    public let params: [Tensor]
    public var lr: Double
    public let momentum: Double
    public let dampening: Double
    public let weightDecay: Double
    public let nesterov: Bool
    /// One momentum buffer per parameter, made on the first step.
    private var buffers: [Tensor?]

    public init(params: [Tensor], lr: Double, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false) throws {
        if lr < 0 { throw TorchError(.value, "Invalid learning rate: \(lr)") }
        if momentum < 0 { throw TorchError(.value, "Invalid momentum value: \(momentum)") }
        if weightDecay < 0 { throw TorchError(.value, "Invalid weight_decay value: \(weightDecay)") }
        if nesterov && (momentum <= 0 || dampening != 0) {
            throw TorchError(.value, "Nesterov momentum requires a momentum and zero dampening")
        }
        if params.isEmpty { throw TorchError(.value, "optimizer got an empty parameter list") }
        self.params = params
        self.lr = lr
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        self.buffers = [Tensor?](repeating: nil, count: params.count)
    }

    /// The momentum buffer of parameter `i` (`optimizer.state[p]['momentum_buffer']`), once a step made it.
    public func momentumBuffer(_ i: Int) -> Tensor? { buffers.indices.contains(i) ? buffers[i] : nil }

    /// `optimizer.step()`: parameters without a grad are skipped.
    public func step() throws {
        guard let tape = LoopTracing.tape else { return try update() }
        let rule = OptimizerStep.Rule.sgd(lr: lr, momentum: momentum, dampening: dampening, weightDecay: weightDecay,
                                          nesterov: nesterov, maximize: false)
        let parameters = params.indices.map { i in
            OptimizerStep.Parameter(param: params[i], grad: params[i].grad, state: buffers[i].map { [$0] } ?? [])
        }
        try tape.optimizerStep(OptimizerStep(groups: [OptimizerStep.Group(rule: rule, parameters: parameters)])) { try update() }
    }

    private func update() throws {
        try GradMode.withDisabled {
            for (i, p) in params.enumerated() {
                guard var d = p.grad else { continue }
                if weightDecay != 0 { d = try SGD.fusedAdd(d, p, alpha: weightDecay) }
                if momentum != 0 {
                    let buf: Tensor
                    if let b = buffers[i] {
                        try b.mul_(Tensor.wrapped(.float(momentum)))
                        try b.assign(from: try SGD.fusedAdd(b, d, alpha: 1 - dampening))
                        buf = b
                    } else {
                        buf = d.contiguousCopy()
                        buffers[i] = buf
                    }
                    d = nesterov ? try SGD.fusedAdd(d, buf, alpha: momentum) : buf
                }
                try p.assign(from: try SGD.fusedAdd(p, d, alpha: -lr))
            }
        }
    }

    /// `a + alpha * b` as PyTorch's `add(…, alpha=)` kernel computes it: one fused multiply-add in
    /// the parameter's floating dtype.
    static func fusedAdd(_ a: Tensor, _ b: Tensor, alpha: Double) throws -> Tensor {
        let al = Float(alpha)
        return try Kernels.binary(a, b, resultType: Kernels.floatingResult(a), float: { x, y in x.addingProduct(y, al) },
                                  double: { x, y in x.addingProduct(y, alpha) }, int: { x, _ in x })
    }

    /// `optimizer.zero_grad(set_to_none=True)`.
    public func zeroGrad(setToNone: Bool = true) throws {
        for p in params {
            if setToNone { p.setGrad(nil) } else if let g = p.grad { try GradMode.withDisabled { try g.zero_() } }
        }
    }
}
