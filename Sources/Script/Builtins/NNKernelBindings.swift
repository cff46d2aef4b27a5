import Autograd

/// Python bindings of the nn kernels (Sources/Autograd/NN): the `torch._C._nn.*` functions and
/// the `torch.*` functions and Tensor methods that torch/nn/functional.py calls, with PyTorch's
/// positional order (PRIMITIVES.md).
enum NNKernelBindings {
    typealias Fn = TorchFunctions.Fn

    /// A tensor argument that may be None or absent.
    static func optionalTensor(_ a: CallArgs, _ i: Int, _ key: String) throws -> Tensor? {
        guard let v = a.value(i, key), !v.isNone else { return nil }
        guard case .tensor(let t) = v else { throw PyError(.type, "\(a.name)(): argument '\(key)' must be Tensor, not \(v.typeName)") }
        return t
    }

    static func reduction(_ a: CallArgs, _ i: Int) throws -> LossReduction {
        let r = try a.int(i, "reduction", default: 1)
        guard let reduction = LossReduction(rawValue: r) else { throw PyError(.value, "\(r) is not a valid value for reduction") }
        return reduction
    }

    /// An int or a sequence of ints (kernel sizes, strides): `count` values, a single int repeated.
    static func ints(_ v: Value?, count: Int, _ interp: Interpreter, name: String) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        if case .int(let n) = Convert.unwrapBool(v) { return [Int](repeating: n, count: count) }
        let items = try interp.iterate(v).map { try Convert.int($0, name: name) }
        if items.isEmpty { return nil }
        if items.count == 1 { return [Int](repeating: items[0], count: count) }
        guard items.count == count else { throw PyError(.runtime, "\(name): expected \(count) values, got \(items.count)") }
        return items
    }

    static func activation(_ name: String, inPlace: Bool, _ kind: @escaping (CallArgs) throws -> ActivationKind) -> Fn {
        { a, _ in
            let x = try a.tensor(0, "input")
            let k = try kind(a)
            return .tensor(inPlace ? try x.activation_(k) : try x.activation(k))
        }
    }

    /// `torch._C._nn.*`.
    nonisolated(unsafe) static let nn: [String: Fn] = {
        var m: [String: Fn] = [
            "l1_loss": { a, _ in .tensor(try Tensor.l1Loss(try a.tensor(0, "input"), try a.tensor(1, "target"), reduction: try reduction(a, 2))) },
            "smooth_l1_loss": { a, _ in
                .tensor(try Tensor.smoothL1Loss(try a.tensor(0, "input"), try a.tensor(1, "target"), reduction: try reduction(a, 2), beta: try a.double(3, "beta", default: 1)))
            },
            "huber_loss": { a, _ in
                .tensor(try Tensor.huberLoss(try a.tensor(0, "input"), try a.tensor(1, "target"), reduction: try reduction(a, 2), delta: try a.double(3, "delta", default: 1)))
            },
            "nll_loss_nd": { a, _ in
                .tensor(try Tensor.nllLoss(try a.tensor(0, "input"), try a.tensor(1, "target"), weight: try optionalTensor(a, 2, "weight"),
                                           reduction: try reduction(a, 3), ignoreIndex: try a.int(4, "ignore_index", default: -100)))
            },
            "cross_entropy_loss": { a, _ in
                .tensor(try Tensor.crossEntropy(try a.tensor(0, "input"), try a.tensor(1, "target"), weight: try optionalTensor(a, 2, "weight"),
                                                reduction: try reduction(a, 3), ignoreIndex: try a.int(4, "ignore_index", default: -100),
                                                labelSmoothing: try a.double(5, "label_smoothing", default: 0)))
            },
            "binary_cross_entropy": { a, _ in
                .tensor(try Tensor.binaryCrossEntropy(try a.tensor(0, "input"), try a.tensor(1, "target"), weight: try optionalTensor(a, 2, "weight"),
                                                      reduction: try reduction(a, 3)))
            },
            "one_hot": { a, _ in .tensor(try Tensor.oneHot(try a.tensor(0, "tensor"), numClasses: try a.int(1, "num_classes", default: -1))) },
            "gelu": { a, _ in
                let approx = a.value(1, "approximate").map(Repr.str) ?? "none"
                guard approx == "none" || approx == "tanh" else { throw PyError(.runtime, "approximate argument must be either none or tanh.") }
                return .tensor(try a.tensor(0, "input").activation(.gelu(tanh: approx == "tanh")))
            },
        ]
        let kinds: [(String, (CallArgs) throws -> ActivationKind)] = [
            ("leaky_relu", { .leakyRelu(slope: try $0.double(1, "negative_slope", default: 0.01)) }),
            ("elu", { .elu(alpha: try $0.double(1, "alpha", default: 1), scale: 1, inputScale: 1) }),
            ("silu", { _ in .silu }),
            ("hardtanh", { .hardtanh(min: try $0.double(1, "min_val", default: -1), max: try $0.double(2, "max_val", default: 1)) }),
            ("relu6", { _ in .hardtanh(min: 0, max: 6) }),
            ("log_sigmoid", { _ in .logSigmoid }),
            ("hardsigmoid", { _ in .hardsigmoid }),
            ("hardswish", { _ in .hardswish }),
            ("mish", { _ in .mish }),
        ]
        for (name, kind) in kinds {
            m[name] = activation(name, inPlace: false, kind)
            m[name + "_"] = activation(name, inPlace: true, kind)
        }
        m["log_sigmoid_"] = nil
        m["softplus"] = activation("softplus", inPlace: false) {
            .softplus(beta: try $0.double(1, "beta", default: 1), threshold: try $0.double(2, "threshold", default: 20))
        }
        return m
    }()

    /// `torch.*` functions the library calls.
    nonisolated(unsafe) static let torch: [String: Fn] = [
        "binary_cross_entropy_with_logits": { a, _ in
            .tensor(try Tensor.bceWithLogits(try a.tensor(0, "input"), try a.tensor(1, "target"), weight: try optionalTensor(a, 2, "weight"),
                                             posWeight: try optionalTensor(a, 3, "pos_weight"), reduction: try reduction(a, 4)))
        },
        "embedding": { a, _ in
            .tensor(try Tensor.embedding(try a.tensor(0, "weight"), try a.tensor(1, "indices"), paddingIdx: try a.int(2, "padding_idx", default: -1),
                                         scaleGradByFreq: try a.bool(3, "scale_grad_by_freq", default: false)))
        },
        "pixel_shuffle": { a, _ in .tensor(try Tensor.pixelShuffle(try a.tensor(0, "input"), factor: try a.int(1, "upscale_factor"), unshuffle: false)) },
        "pixel_unshuffle": { a, _ in .tensor(try Tensor.pixelShuffle(try a.tensor(0, "input"), factor: try a.int(1, "downscale_factor"), unshuffle: true)) },
        "_pack_padded_sequence": { a, _ in
            let lengths = try a.tensor(1, "lengths")
            guard lengths.dtype == .int64 else {
                throw PyError(.runtime, "Expected tensor for argument #2 'lengths' to have scalar type Long; but got torch.\(lengths.dtype == .float32 ? "FloatTensor" : "Tensor") instead (while checking arguments for _pack_padded_sequence)")
            }
            let (data, sizes) = try Tensor.packPaddedSequence(try a.tensor(0, "input"), lengths: lengths.intValues().map { Int($0) },
                                                              batchFirst: try a.bool(2, "batch_first", default: false))
            return .tuple([.tensor(data), .tensor(sizes)])
        },
        "embedding_renorm_": { a, _ in
            let w = try a.tensor(0, "input")
            try GradMode.withDisabled {
                try Tensor.embeddingRenorm_(w, try a.tensor(1, "indices"), maxNorm: try a.double(2, "max_norm"), normType: try a.double(3, "norm_type", default: 2))
            }
            return .tensor(w)
        },
        "dropout": { a, interp in
            .tensor(try Tensor.dropout(try a.tensor(0, "input"), p: try a.double(1, "p"), train: try a.bool(2, "train", default: true), generator: &interp.generator))
        },
        "dropout_": { a, interp in
            .tensor(try Tensor.dropout_(try a.tensor(0, "input"), p: try a.double(1, "p"), train: try a.bool(2, "train", default: true), generator: &interp.generator))
        },
        "batch_norm": { a, _ in
            .tensor(try Tensor.batchNorm(try a.tensor(0, "input"), weight: try optionalTensor(a, 1, "weight"), bias: try optionalTensor(a, 2, "bias"),
                                         runningMean: try optionalTensor(a, 3, "running_mean"), runningVar: try optionalTensor(a, 4, "running_var"),
                                         training: try a.bool(5, "training", default: false), momentum: try a.double(6, "momentum", default: 0.1),
                                         eps: try a.double(7, "eps", default: 1e-5)))
        },
        "layer_norm": { a, interp in
            let shapeValue = try a.required(1, "normalized_shape")
            let shape: [Int]
            if case .int(let n) = shapeValue { shape = [n] } else { shape = try interp.iterate(shapeValue).map { try Convert.int($0, name: "layer_norm") } }
            return .tensor(try Tensor.layerNorm(try a.tensor(0, "input"), normalizedShape: shape, weight: try optionalTensor(a, 2, "weight"),
                                                bias: try optionalTensor(a, 3, "bias"), eps: try a.double(4, "eps", default: 1e-5)))
        },
        "selu": { a, _ in .tensor(try a.tensor(0, "input").activation(.elu(alpha: SELUConstants.alpha, scale: SELUConstants.scale, inputScale: 1))) },
        "selu_": { a, _ in .tensor(try a.tensor(0, "input").activation_(.elu(alpha: SELUConstants.alpha, scale: SELUConstants.scale, inputScale: 1))) },
        "celu": { a, _ in .tensor(try a.tensor(0, "input").activation(.celu(alpha: try a.double(1, "alpha", default: 1)))) },
        "celu_": { a, _ in .tensor(try a.tensor(0, "input").activation_(.celu(alpha: try a.double(1, "alpha", default: 1)))) },
        "relu_": { a, _ in .tensor(try a.tensor(0, "input").relu_()) },
        // Uninitialised memory in PyTorch; the library always fills it before reading.
        "empty_like": { a, _ in
            let t = try a.tensor(0, "input")
            return .tensor(Tensor.full(t.shape, 0, dtype: try a.dtype() ?? t.dtype))
        },
    ]

    /// `t.new_zeros(size)` and friends: a new tensor of `t`'s dtype (or `dtype=`).
    static func newFilled(_ value: Double?) -> TensorAttributes.Method {
        { t, a, interp in
            var shapeArgs = a
            if value == nil, a.positional.count > 1 { shapeArgs.positional = [a.positional[0]] }
            let shape = try shapeArgs.shape()
            let fill = try value ?? a.double(1, "fill_value")
            let out = try Tensor.filled(shape, fill, dtype: try a.dtype() ?? t.dtype, limit: interp.maxElements)
            if try a.bool(nil, "requires_grad", default: false) { try out.requiresGrad_(true, via: .creation) }
            return .tensor(out)
        }
    }

    static func scalarBound(_ a: CallArgs, _ key: String) throws -> Scalar { try Convert.scalar(try a.required(0, key)) }

    /// Tensor methods the library calls.
    nonisolated(unsafe) static let methods: [String: TensorAttributes.Method] = [
        "cuda": { _, _, _ in throw PyError(.runtime, DeviceObject.noCUDA) },
        // The optimizers' in-place updates (Adam, AdamW, RMSprop, Adagrad).
        "lerp_": { t, a, _ in
            if case .tensor? = a.value(1, "weight") {
                throw PyError(.notImplemented, "lerp_ with a tensor weight is not supported by gradstep yet (a number weight is)")
            }
            let weight = try a.double(1, "weight")
            return .tensor(try t.lerp_(try a.tensor(0, "end"), weight: weight))
        },
        "addcmul_": { t, a, _ in .tensor(try t.addcmul_(try a.tensor(0, "tensor1"), try a.tensor(1, "tensor2"), value: try a.double(2, "value", default: 1))) },
        "addcdiv_": { t, a, _ in .tensor(try t.addcdiv_(try a.tensor(0, "tensor1"), try a.tensor(1, "tensor2"), value: try a.double(2, "value", default: 1))) },
        "addcmul": { t, a, _ in .tensor(try t.addcmul(try a.tensor(0, "tensor1"), try a.tensor(1, "tensor2"), value: try a.double(2, "value", default: 1))) },
        "addcdiv": { t, a, _ in .tensor(try t.addcdiv(try a.tensor(0, "tensor1"), try a.tensor(1, "tensor2"), value: try a.double(2, "value", default: 1))) },
        "multinomial": { t, a, interp in try TorchFunctions.multinomial(t, a, offset: 0, interp) },
        "bernoulli": { t, a, interp in .tensor(try TorchFunctions.bernoulli(t, a, pAt: 0, interp)) },
        "bernoulli_": { t, a, interp in
            // t.bernoulli_(p=0.5): p a number or a tensor of probabilities (broadcast to t).
            let pv = a.value(0, "p") ?? .float(0.5)
            let draws: Tensor
            if case .tensor(let p) = pv {
                let probs = try p.broadcast(to: t.shape)
                draws = try LibraryPrimitives.withGenerator(a, interp) { try $0.bernoulli(probs) }.cast(to: t.dtype)
            } else {
                let p = try Convert.double(pv)
                draws = try LibraryPrimitives.withGenerator(a, interp) { try $0.bernoulli(shape: t.shape, p: p, dtype: t.dtype) }
            }
            try t.copyResult_(draws)
            return .tensor(t)
        },
        "diag": { t, a, interp in .tensor(try t.diag(try a.int(0, "diagonal", default: 0), limit: interp.maxElements)) },
        "t_": { t, _, _ in .tensor(try t.t_()) },
        "transpose_": { t, a, _ in .tensor(try t.transpose_(try a.int(0, "dim0"), try a.int(1, "dim1"))) },
        "expand_as": { t, a, _ in .tensor(try t.expand(try a.tensor(0, "other").shape)) },
        "view_as": { t, a, _ in .tensor(try t.view(try a.tensor(0, "other").shape)) },
        "new_tensor": { t, a, interp in
            var b = CallArgs([try a.required(0, "data")], keywords: a.keywords, name: "new_tensor", reads: a.reads)
            if try a.dtype() == nil { b.keywords.append(("dtype", .object(DTypeObject(t.dtype)))) }
            guard let tensor = TorchFunctions.functions["tensor"] else { throw PyError(.notImplemented, "torch.tensor") }
            return try tensor(&b, interp)
        },
        "new_empty": newFilled(0),
        "new_zeros": newFilled(0),
        "new_ones": newFilled(1),
        "new_full": newFilled(nil),
        "clamp_min": { t, a, _ in .tensor(try t.clamp(min: try scalarBound(a, "min"), max: nil)) },
        "clamp_max": { t, a, _ in .tensor(try t.clamp(min: nil, max: try scalarBound(a, "max"))) },
        "unflatten": { t, a, interp in
            let d = try Shape.wrapDim(try a.int(0, "dim"), rank: t.dim)
            let sizes = try interp.iterate(try a.required(1, "sizes")).map { try Convert.int($0, name: "unflatten") }
            if sizes.isEmpty { throw PyError(.runtime, "unflatten: sizes must be non-empty") }
            let known = sizes.filter { $0 != -1 }.reduce(1, *)
            var resolved = sizes
            if let k = sizes.firstIndex(of: -1) { resolved[k] = known == 0 ? 0 : t.shape[d] / known }
            if resolved.reduce(1, *) != t.shape[d] {
                throw PyError(.runtime, "unflatten: Provided sizes \(Shape.describe(sizes)) don't multiply up to the size of dim \(d) (\(t.shape[d])) in the input tensor")
            }
            return .tensor(try t.view(Array(t.shape[..<d]) + resolved + Array(t.shape[(d + 1)...])))
        },
    ]
}

/// Convolution, pooling, padding and bilinear bindings.
extension NNKernelBindings {
    static func convFn(_ spatial: Int) -> Fn {
        { a, interp in
            let name = "conv\(spatial)d"
            let stride = try ints(a.value(3, "stride"), count: spatial, interp, name: name) ?? [Int](repeating: 1, count: spatial)
            let dilation = try ints(a.value(5, "dilation"), count: spatial, interp, name: name) ?? [Int](repeating: 1, count: spatial)
            let padding: ConvPadding
            if case .string(let s)? = a.value(4, "padding") {
                guard s == "same" || s == "valid" else {
                    throw PyError(.runtime, "Invalid padding string: '\(s)'")
                }
                padding = s == "same" ? .same : .valid
            } else {
                padding = .explicit(try ints(a.value(4, "padding"), count: spatial, interp, name: name) ?? [Int](repeating: 0, count: spatial))
            }
            return .tensor(try Tensor.convolution(try a.tensor(0, "input"), try a.tensor(1, "weight"), try optionalTensor(a, 2, "bias"),
                                                  spatial: spatial, stride: stride, padding: padding, dilation: dilation,
                                                  groups: try a.int(6, "groups", default: 1)))
        }
    }

    /// `torch.conv_transpose{1,2}d(input, weight, bias, stride, padding, output_padding, groups, dilation)`.
    static func convTransposeFn(_ spatial: Int) -> Fn {
        { a, interp in
            let name = "conv_transpose\(spatial)d"
            func list(_ i: Int, _ key: String, _ fill: Int) throws -> [Int] {
                try ints(a.value(i, key), count: spatial, interp, name: name) ?? [Int](repeating: fill, count: spatial)
            }
            return .tensor(try Tensor.convolutionTranspose(try a.tensor(0, "input"), try a.tensor(1, "weight"), try optionalTensor(a, 2, "bias"),
                                                           spatial: spatial, stride: try list(3, "stride", 1), padding: try list(4, "padding", 0),
                                                           outputPadding: try list(5, "output_padding", 0), groups: try a.int(6, "groups", default: 1),
                                                           dilation: try list(7, "dilation", 1)))
        }
    }

    /// `torch._C._nn.upsample_*(input, output_size, [align_corners,] scale_factors)`: exactly one of
    /// output_size and scale_factors; a scale factor gives the size floor(size · factor).
    static func upsampleFn(_ spatial: Int, _ kind: UpsampleMode) -> Fn {
        { a, interp in
            let x = try a.tensor(0, "input")
            let linear = kind != .nearest && kind != .nearestExact
            let align = linear ? try a.bool(2, "align_corners", default: false) : false
            let sizeValue = a.value(1, "output_size"), scaleValue = a.value(linear ? 3 : 2, "scale_factors")
            let size = try sizeValue.flatMap { $0.isNone ? nil : try interp.iterate($0).map { try Convert.int($0, name: "upsample") } }
            let factors = try scaleValue.flatMap { $0.isNone ? nil : try interp.iterate($0).map { try Convert.double($0, name: "upsample", argument: "scale_factors") } }
            if (size == nil) == (factors == nil) { throw PyError(.runtime, "Must specify exactly one of output_size and scale_factors") }
            let outSize: [Int]
            if let size {
                outSize = size
            } else {
                let f = factors ?? []
                guard f.count == spatial, x.dim >= spatial else { throw PyError(.runtime, "It is expected scale_factors has \(spatial) elements, but got \(f.count) elements") }
                outSize = (0..<spatial).map { i in
                    let v = Double(x.shape[x.dim - spatial + i]) * f[i]
                    return v.isFinite && abs(v) < 9e18 ? Int(v) : 0
                }
            }
            if outSize.count != spatial { throw PyError(.runtime, "It is expected output_size equals to \(spatial), but got size \(outSize.count)") }
            let scales = factors ?? [Double](repeating: -1, count: spatial)
            let mode: UpsampleMode = linear ? .linear(alignCorners: align) : kind
            return .tensor(try Tensor.upsample(x, outputSize: outSize, scales: scales, mode: mode))
        }
    }

    static func maxPool(_ a: CallArgs, _ interp: Interpreter) throws -> (Tensor, Tensor) {
        let k = try ints(try a.required(1, "kernel_size"), count: 2, interp, name: "max_pool2d") ?? [1, 1]
        let s = try ints(a.value(2, "stride"), count: 2, interp, name: "max_pool2d") ?? k
        let p = try ints(a.value(3, "padding"), count: 2, interp, name: "max_pool2d") ?? [0, 0]
        let d = try ints(a.value(4, "dilation"), count: 2, interp, name: "max_pool2d") ?? [1, 1]
        return try Tensor.maxPool2d(try a.tensor(0, "input"), kernel: k, stride: s, padding: p, dilation: d,
                                    ceilMode: try a.bool(5, "ceil_mode", default: false))
    }

    nonisolated(unsafe) static let nnWindows: [String: Fn] = [
        "im2col": { a, interp in
            func pair(_ i: Int, _ key: String) throws -> [Int] {
                try ints(try a.required(i, key), count: 2, interp, name: "im2col") ?? [0, 0]
            }
            return .tensor(try Tensor.im2col(try a.tensor(0, "input"), kernel: try pair(1, "kernel_size"), dilation: try pair(2, "dilation"),
                                             padding: try pair(3, "padding"), stride: try pair(4, "stride")))
        },
        "col2im": { a, interp in
            func pair(_ i: Int, _ key: String) throws -> [Int] {
                try ints(try a.required(i, key), count: 2, interp, name: "col2im") ?? [0, 0]
            }
            return .tensor(try Tensor.col2im(try a.tensor(0, "input"), outputSize: try pair(1, "output_size"), kernel: try pair(2, "kernel_size"),
                                             dilation: try pair(3, "dilation"), padding: try pair(4, "padding"), stride: try pair(5, "stride")))
        },
        "upsample_nearest1d": upsampleFn(1, .nearest),
        "upsample_nearest2d": upsampleFn(2, .nearest),
        "_upsample_nearest_exact1d": upsampleFn(1, .nearestExact),
        "_upsample_nearest_exact2d": upsampleFn(2, .nearestExact),
        "upsample_linear1d": upsampleFn(1, .linear(alignCorners: false)),
        "upsample_bilinear2d": upsampleFn(2, .linear(alignCorners: false)),
        "max_pool2d_with_indices": { a, interp in
            let (v, i) = try maxPool(a, interp)
            return .tuple([.tensor(v), .tensor(i)])
        },
        "avg_pool2d": { a, interp in
            let k = try ints(try a.required(1, "kernel_size"), count: 2, interp, name: "avg_pool2d") ?? [1, 1]
            let s = try ints(a.value(2, "stride"), count: 2, interp, name: "avg_pool2d") ?? k
            let p = try ints(a.value(3, "padding"), count: 2, interp, name: "avg_pool2d") ?? [0, 0]
            return .tensor(try Tensor.avgPool2d(try a.tensor(0, "input"), kernel: k, stride: s, padding: p,
                                                ceilMode: try a.bool(4, "ceil_mode", default: false),
                                                countIncludePad: try a.bool(5, "count_include_pad", default: true),
                                                divisorOverride: try a.optionalInt(6, "divisor_override")))
        },
        "adaptive_avg_pool2d": { a, interp in
            let size = try ints(try a.required(1, "output_size"), count: 2, interp, name: "adaptive_avg_pool2d") ?? [1, 1]
            return .tensor(try Tensor.adaptiveAvgPool2d(try a.tensor(0, "input"), outputSize: size))
        },
        "pad": { a, interp in
            let pads = try interp.iterate(try a.required(1, "pad")).map { try Convert.int($0, name: "pad") }
            let mode = a.value(2, "mode").map(Repr.str) ?? "constant"
            var value = 0.0
            if let v = a.value(3, "value"), !v.isNone { value = try Convert.double(v, name: "pad", argument: "value") }
            return .tensor(try a.tensor(0, "input").pad(pads, mode: mode, value: value))
        },
    ]

    nonisolated(unsafe) static let torchWindows: [String: Fn] = [
        "conv1d": convFn(1),
        "conv2d": convFn(2),
        "conv_transpose1d": convTransposeFn(1),
        "conv_transpose2d": convTransposeFn(2),
        "max_pool2d": { a, interp in .tensor(try maxPool(a, interp).0) },
        "prelu": { a, _ in .tensor(try Tensor.prelu(try a.tensor(0, "input"), try a.tensor(1, "weight"))) },
        "cosine_similarity": { a, _ in
            .tensor(try Tensor.cosineSimilarity(try a.tensor(0, "x1"), try a.tensor(1, "x2"), dim: try a.int(2, "dim", default: 1),
                                                eps: try a.double(3, "eps", default: 1e-8)))
        },
        "bilinear": { a, _ in
            .tensor(try Tensor.bilinear(try a.tensor(0, "input1"), try a.tensor(1, "input2"), try a.tensor(2, "weight"), try optionalTensor(a, 3, "bias")))
        },
    ]
}

extension NNKernelBindings {
    /// The nn kernels compute in float32 only so far: a float64 tensor gets an error naming the kernel
    /// instead of a float32-precision result (a silent loss of precision is worse than a refusal).
    static func float32Only(_ name: String, _ f: @escaping Fn) -> Fn {
        { a, interp in
            for v in a.positional + a.keywords.map(\.1) {
                if case .tensor(let t) = v, t.dtype == .float64 {
                    throw PyError(.notImplemented, "\(name) on float64 tensors is not supported by gradstep yet (its kernel computes in float32); use .float()")
                }
            }
            return try f(&a, interp)
        }
    }

    /// torch.* kernels that do not depend on float32 math.
    static let dtypeAgnostic: Set<String> = ["relu_", "empty_like", "one_hot", "_pack_padded_sequence", "pixel_shuffle", "pixel_unshuffle"]
}
