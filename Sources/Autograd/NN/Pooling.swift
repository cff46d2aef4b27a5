// max_pool2d (with indices), avg_pool2d, adaptive_avg_pool2d and F.pad: each output element reads
// a window (or one position) of the input; the backward scatters the gradient back.

extension Op {
    /// Backward shared by the ops that record, per output element, which input elements it read and
    /// with what factor (saved as flat index/factor lists).
    private static func gatherOp(_ name: String, _ symbol: String, _ explanation: String) -> Op {
        Op(name, symbol: symbol, explanation: explanation, derivatives: ["scatter of g to the positions read"], kind: .other, savesTensors: false) { c in
            guard let map = c.node.args.gather else { return [nil] }
            let g = c.grad.floatValues()
            var gi = [Double](repeating: 0, count: Shape.numel(c.inputShapes[0]))
            for (o, reads) in map.enumerated() {
                for (i, f) in reads { gi[i] += Double(g[o]) * Double(f) }
            }
            return [Tensor(floats: gi.map { Float($0) }, shape: c.inputShapes[0])]
        }
    }
    static let maxPool2d = gatherOp("MaxPool2DWithIndicesBackward0", "max_pool2d(a)", "takes the largest element of each window")
    static let avgPool2d = gatherOp("AvgPool2DBackward0", "avg_pool2d(a)", "averages each window")
    static let adaptiveAvgPool2d = gatherOp("AdaptiveAvgPool2DBackward0", "adaptive_avg_pool2d(a)", "averages windows sized to give the requested output")
    static let constantPad = gatherOp("ConstantPadNdBackward0", "pad(a)", "adds a border of a constant value")
    static let reflectionPad1d = gatherOp("ReflectionPad1DBackward0", "pad(a, 'reflect')", "adds a border mirroring the edge")
    static let reflectionPad2d = gatherOp("ReflectionPad2DBackward0", "pad(a, 'reflect')", "adds a border mirroring the edge")
    static let replicationPad1d = gatherOp("ReplicationPad1DBackward0", "pad(a, 'replicate')", "adds a border repeating the edge")
    static let replicationPad2d = gatherOp("ReplicationPad2DBackward0", "pad(a, 'replicate')", "adds a border repeating the edge")
    /// PyTorch pads circularly by copying slices into a new tensor (its last node is CopySlices).
    static let circularPad = gatherOp("CopySlices", "pad(a, 'circular')", "adds a border that wraps around to the other edge")
}

extension Tensor {
    /// Sizes of a pooling output along one dim (PyTorch's `pooling_output_shape`).
    static func poolOutput(_ size: Int, kernel: Int, stride: Int, pad: Int, dilation: Int, ceil: Bool) -> Int {
        let num = size + 2 * pad - dilation * (kernel - 1) - 1 + (ceil ? stride - 1 : 0)
        var out = (num >= 0 ? num / stride : -((-num + stride - 1) / stride)) + 1
        if ceil && (out - 1) * stride >= size + pad { out -= 1 }
        return out
    }

    /// The (planes, H, W) view of a 3-d or 4-d pooling input.
    private func poolPlanes(_ name: String) throws -> (planes: Int, h: Int, w: Int) {
        guard dim == 3 || dim == 4 else {
            throw TorchError.runtime("\(name): Expected 3D or 4D tensor, but got \(Shape.describe(shape))")
        }
        return (shape.dropLast(2).reduce(1, *), shape[dim - 2], shape[dim - 1])
    }

    /// `torch.max_pool2d` / `max_pool2d_with_indices`: the values and the flat (per-plane) indices.
    public static func maxPool2d(_ input: Tensor, kernel: [Int], stride: [Int], padding: [Int], dilation: [Int], ceilMode: Bool) throws -> (Tensor, Tensor) {
        let (planes, h, w) = try input.poolPlanes("max_pool2d")
        for i in 0..<2 where padding[i] * 2 > (kernel[i] - 1) * dilation[i] + 1 {
            throw TorchError.runtime("pad should be at most half of effective kernel size, but got pad=\(padding[i]), kernel_size=\(kernel[i]) and dilation=\(dilation[i])")
        }
        if stride.contains(where: { $0 <= 0 }) { throw TorchError.runtime("stride should be greater than zero, but got dH: \(stride[0]) dW: \(stride[1])") }
        let oh = poolOutput(h, kernel: kernel[0], stride: stride[0], pad: padding[0], dilation: dilation[0], ceil: ceilMode)
        let ow = poolOutput(w, kernel: kernel[1], stride: stride[1], pad: padding[1], dilation: dilation[1], ceil: ceilMode)
        if oh <= 0 || ow <= 0 {
            throw TorchError.runtime("Given input size: (\(input.shape.dropLast(2).last ?? 1)x\(h)x\(w)). Calculated output size: (\(input.shape.dropLast(2).last ?? 1)x\(oh)x\(ow)). Output size is too small")
        }
        let x = input.floatValues()
        var values = [Float](), indices = [Int64](), map = [[(Int, Float)]]()
        for p in 0..<planes {
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var best = -Float.infinity, bestIndex = -1
                    for ky in 0..<kernel[0] {
                        let iy = oy * stride[0] - padding[0] + ky * dilation[0]
                        if iy < 0 || iy >= h { continue }
                        for kx in 0..<kernel[1] {
                            let ix = ox * stride[1] - padding[1] + kx * dilation[1]
                            if ix < 0 || ix >= w { continue }
                            let v = x[(p * h + iy) * w + ix]
                            if v > best || v.isNaN || bestIndex < 0 { best = v; bestIndex = iy * w + ix }
                            if v.isNaN { break }
                        }
                    }
                    values.append(best)
                    indices.append(Int64(bestIndex))
                    map.append(bestIndex >= 0 ? [(p * h * w + bestIndex, Float(1))] : [])
                }
            }
        }
        let outShape = Array(input.shape.dropLast(2)) + [oh, ow]
        let idx = Tensor(ints: indices, shape: outShape)
        var args = OpArgs()
        args.gather = map
        let out = record(.maxPool2d, Tensor(floats: values, shape: outShape), inputs: [input], args: args)
        return (out, idx)
    }

    /// `torch._C._nn.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)`.
    public static func avgPool2d(_ input: Tensor, kernel: [Int], stride: [Int], padding: [Int], ceilMode: Bool,
                                 countIncludePad: Bool, divisorOverride: Int?) throws -> Tensor {
        let (planes, h, w) = try input.poolPlanes("avg_pool2d")
        for i in 0..<2 where padding[i] * 2 > kernel[i] {
            throw TorchError.runtime("pad should be at most half of effective kernel size, but got pad=\(padding[i]), kernel_size=\(kernel[i]) and dilation=1")
        }
        if let d = divisorOverride, d == 0 { throw TorchError.runtime("divisor must be not zero") }
        let oh = poolOutput(h, kernel: kernel[0], stride: stride[0], pad: padding[0], dilation: 1, ceil: ceilMode)
        let ow = poolOutput(w, kernel: kernel[1], stride: stride[1], pad: padding[1], dilation: 1, ceil: ceilMode)
        if oh <= 0 || ow <= 0 {
            throw TorchError.runtime("Given input size: (\(input.shape.dropLast(2).last ?? 1)x\(h)x\(w)). Calculated output size: (\(input.shape.dropLast(2).last ?? 1)x\(oh)x\(ow)). Output size is too small")
        }
        let x = input.floatValues()
        var values = [Float](), map = [[(Int, Float)]]()
        for p in 0..<planes {
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var h0 = oy * stride[0] - padding[0], w0 = ox * stride[1] - padding[1]
                    var h1 = Swift.min(h0 + kernel[0], h + padding[0]), w1 = Swift.min(w0 + kernel[1], w + padding[1])
                    let poolSize = (h1 - h0) * (w1 - w0)
                    h0 = Swift.max(h0, 0); w0 = Swift.max(w0, 0); h1 = Swift.min(h1, h); w1 = Swift.min(w1, w)
                    let divisor = divisorOverride ?? (countIncludePad ? poolSize : (h1 - h0) * (w1 - w0))
                    var s: Float = 0
                    var reads = [(Int, Float)]()
                    for iy in h0..<Swift.max(h0, h1) {
                        for ix in w0..<Swift.max(w0, w1) {
                            s += x[(p * h + iy) * w + ix]
                            reads.append(((p * h + iy) * w + ix, 1 / Float(divisor)))
                        }
                    }
                    values.append(s / Float(divisor))
                    map.append(reads)
                }
            }
        }
        var args = OpArgs()
        args.gather = map
        return record(.avgPool2d, Tensor(floats: values, shape: Array(input.shape.dropLast(2)) + [oh, ow]), inputs: [input], args: args)
    }

    /// `torch._C._nn.adaptive_avg_pool2d(input, output_size)`; a 1×1 output is a mean over the last two dims.
    public static func adaptiveAvgPool2d(_ input: Tensor, outputSize: [Int]) throws -> Tensor {
        let (planes, h, w) = try input.poolPlanes("adaptive_avg_pool2d")
        let (oh, ow) = (outputSize[0], outputSize[1])
        if oh == 1 && ow == 1 { return try input.mean(dims: [-1, -2], keepdim: true) }
        let x = input.floatValues()
        var values = [Float](), map = [[(Int, Float)]]()
        for p in 0..<planes {
            for oy in 0..<oh {
                let h0 = (oy * h) / oh, h1 = ((oy + 1) * h + oh - 1) / oh
                for ox in 0..<ow {
                    let w0 = (ox * w) / ow, w1 = ((ox + 1) * w + ow - 1) / ow
                    let n = Float((h1 - h0) * (w1 - w0))
                    var s: Float = 0
                    var reads = [(Int, Float)]()
                    for iy in h0..<h1 { for ix in w0..<w1 { s += x[(p * h + iy) * w + ix]; reads.append(((p * h + iy) * w + ix, 1 / n)) } }
                    values.append(s / n)
                    map.append(reads)
                }
            }
        }
        var args = OpArgs()
        args.gather = map
        return record(.adaptiveAvgPool2d, Tensor(floats: values, shape: Array(input.shape.dropLast(2)) + [oh, ow]), inputs: [input], args: args)
    }

    /// `F.pad(input, pad, mode, value)`: `pad` is (left, right, top, bottom, …) from the last dim.
    public func pad(_ pads: [Int], mode: String, value: Double) throws -> Tensor {
        if pads.count % 2 != 0 { throw TorchError.runtime("Padding length must be divisible by 2") }
        if pads.count / 2 > dim { throw TorchError.runtime("Padding length should be less than or equal to two times the input dimension but got padding length \(pads.count) and input of dimension \(dim)") }
        let k = pads.count / 2
        var outShape = shape
        for i in 0..<k { outShape[dim - 1 - i] += pads[2 * i] + pads[2 * i + 1] }
        if outShape.contains(where: { $0 < 0 }) { throw TorchError.runtime("The input size \(shape[dim - 1]), plus negative padding \(pads[0]) and \(pads[1]) resulted in a negative output size, which is invalid. Check dimension \(dim - 1) of your input.") }
        let op: Op
        switch mode {
        case "constant": op = .constantPad
        case "circular":
            for i in 0..<k where pads[2 * i] > shape[dim - 1 - i] || pads[2 * i + 1] > shape[dim - 1 - i] {
                throw TorchError.runtime("Padding value causes wrapping around more than once.")
            }
            op = .circularPad
        case "reflect", "replicate":
            if k != 1 && k != 2 { throw TorchError(.notImplemented, "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now") }
            for i in 0..<k where mode == "reflect" && (pads[2 * i] >= shape[dim - 1 - i] || pads[2 * i + 1] >= shape[dim - 1 - i]) {
                throw TorchError.runtime("Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (\(pads[2 * i]), \(pads[2 * i + 1])) at dimension \(dim - 1 - i) of input \(Shape.describe(shape))")
            }
            op = mode == "reflect" ? (k == 1 ? .reflectionPad1d : .reflectionPad2d) : (k == 1 ? .replicationPad1d : .replicationPad2d)
        default:
            throw TorchError(.notImplemented, "F.pad mode '\(mode)' is not supported by gradstep yet")
        }
        let x = floatValues()
        let n = try Shape.count(outShape)
        let inStrides = Shape.contiguousStrides(shape)
        var values = [Float](repeating: Float(value), count: n), map = [[(Int, Float)]](repeating: [], count: n)
        var index = [Int](repeating: 0, count: dim)
        for o in 0..<n {
            var src = 0, inside = true
            for d in 0..<dim {
                let padded = dim - 1 - d < k
                var i = index[d]
                if padded {
                    let left = pads[2 * (dim - 1 - d)]
                    i -= left
                    let size = shape[d]
                    if i < 0 || i >= size {
                        switch mode {
                        case "reflect": i = i < 0 ? -i : 2 * (size - 1) - i
                        case "replicate": i = i < 0 ? 0 : size - 1
                        case "circular": i = i < 0 ? i + size : i - size
                        default: inside = false
                        }
                    }
                }
                src += i * inStrides[d]
            }
            if inside { values[o] = x[src]; map[o] = [(src, 1)] }
            var d = dim - 1
            while d >= 0 { index[d] += 1; if index[d] < outShape[d] { break }; index[d] = 0; d -= 1 }
        }
        var args = OpArgs()
        args.gather = map
        return record(op, Tensor(floats: values, shape: outShape), inputs: [self], args: args)
    }

    /// Constant padding (convolution's odd 'same' padding).
    func constantPad(_ pads: [Int], value: Double) throws -> Tensor { try pad(pads, mode: "constant", value: value) }
}
