// conv1d / conv2d (direct loops, accumulated in Double) with PyTorch's ConvolutionBackward0.
// A 1-d convolution runs as a 2-d one of height 1.

extension Op {
    static let convolution = Op("ConvolutionBackward0", symbol: "conv(a, w, b)", explanation: "slides the kernels w over the input and adds the bias",
                                derivatives: ["conv_transpose(g, w)", "conv(a, g)", "Σ g"], kind: .other, savesTensors: true) { c in
        let geo = ConvGeometry(ints: c.args.ints)
        let x = c.saved[0].floatValues(), w = c.saved[1].floatValues()
        let g = c.grad.floatValues()
        var gx = [Double](repeating: 0, count: x.count), gw = [Double](repeating: 0, count: w.count)
        var gb = [Double](repeating: 0, count: geo.outChannels)
        geo.forEachTap { xi, wi, oi in
            let go = Double(g[oi])
            gx[xi] += go * Double(w[wi])
            gw[wi] += go * Double(x[xi])
        }
        for n in 0..<geo.batch {
            for o in 0..<geo.outChannels {
                let base = (n * geo.outChannels + o) * geo.outH * geo.outW
                for k in 0..<(geo.outH * geo.outW) { gb[o] += Double(g[base + k]) }
            }
        }
        return [c.wants(0) ? Tensor(floats: gx.map { Float($0) }, shape: c.inputShapes[0]) : nil,
                c.wants(1) ? Tensor(floats: gw.map { Float($0) }, shape: c.inputShapes[1]) : nil,
                c.inputShapes.count > 2 && c.wants(2) ? Tensor(floats: gb.map { Float($0) }, shape: c.inputShapes[2]) : nil]
    }
}

/// Sizes of one 2-d convolution (batch, channels, spatial, kernel, stride, padding, dilation, groups).
struct ConvGeometry {
    var batch = 1, inChannels = 1, inH = 1, inW = 1, outChannels = 1, kH = 1, kW = 1
    var strideH = 1, strideW = 1, padH = 0, padW = 0, dilH = 1, dilW = 1, groups = 1
    /// Output sizes fixed by the caller (a transposed convolution's input, which `output_padding`
    /// may leave shorter than the formula gives); 0: from the formula.
    var fixedOutH = 0, fixedOutW = 0
    var outH: Int { fixedOutH > 0 ? fixedOutH : (inH + 2 * padH - dilH * (kH - 1) - 1) / strideH + 1 }
    var outW: Int { fixedOutW > 0 ? fixedOutW : (inW + 2 * padW - dilW * (kW - 1) - 1) / strideW + 1 }

    var ints: [Int] { [batch, inChannels, inH, inW, outChannels, kH, kW, strideH, strideW, padH, padW, dilH, dilW, groups, fixedOutH, fixedOutW] }
    init() {}
    init(ints v: [Int]) {
        (batch, inChannels, inH, inW, outChannels, kH, kW) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6])
        (strideH, strideW, padH, padW, dilH, dilW, groups) = (v[7], v[8], v[9], v[10], v[11], v[12], v[13])
        (fixedOutH, fixedOutW) = (v[14], v[15])
    }

    /// Calls `body(inputIndex, weightIndex, outputIndex)` for every multiply of the convolution.
    func forEachTap(_ body: (Int, Int, Int) -> Void) {
        let cg = inChannels / groups, og = outChannels / groups
        let oh = outH, ow = outW
        for n in 0..<batch {
            for o in 0..<outChannels {
                let grp = o / og
                for y in 0..<oh {
                    for x in 0..<ow {
                        let oi = ((n * outChannels + o) * oh + y) * ow + x
                        for ci in 0..<cg {
                            let ch = grp * cg + ci
                            for ky in 0..<kH {
                                let iy = y * strideH - padH + ky * dilH
                                if iy < 0 || iy >= inH { continue }
                                for kx in 0..<kW {
                                    let ix = x * strideW - padW + kx * dilW
                                    if ix < 0 || ix >= inW { continue }
                                    body(((n * inChannels + ch) * inH + iy) * inW + ix, ((o * cg + ci) * kH + ky) * kW + kx, oi)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// How `padding=` was given: numbers, or PyTorch's `'same'` / `'valid'`.
public enum ConvPadding: Sendable {
    case explicit([Int])
    case same
    case valid
}

extension Tensor {
    /// `torch.conv1d` / `torch.conv2d(input, weight, bias, stride, padding, dilation, groups)`;
    /// `spatial` is 1 or 2, the lists have `spatial` entries.
    public static func convolution(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?, spatial: Int, stride: [Int],
                                   padding: ConvPadding, dilation: [Int], groups: Int) throws -> Tensor {
        let name = "conv\(spatial)d"
        let batched = input.dim == spatial + 2
        if !batched && input.dim != spatial + 1 {
            throw TorchError.runtime("Expected \(spatial + 1)D (unbatched) or \(spatial + 2)D (batched) input to \(name), but got input of size: \(Shape.describe(input.shape))")
        }
        if weight.dim != spatial + 2 {
            throw TorchError.runtime("weight should have at least three dimensions")
        }
        if groups <= 0 { throw TorchError.runtime("non-positive groups is not supported") }
        if stride.contains(where: { $0 <= 0 }) { throw TorchError.runtime("non-positive stride is not supported") }
        if dilation.contains(where: { $0 <= 0 }) { throw TorchError.runtime("dilation should be greater than zero") }
        let x4 = batched ? input.shape : [1] + input.shape
        var geo = ConvGeometry()
        geo.batch = x4[0]; geo.inChannels = x4[1]
        geo.inH = spatial == 2 ? x4[2] : 1; geo.inW = x4[spatial == 2 ? 3 : 2]
        geo.outChannels = weight.shape[0]
        geo.kH = spatial == 2 ? weight.shape[2] : 1; geo.kW = weight.shape[spatial == 2 ? 3 : 2]
        geo.strideH = spatial == 2 ? stride[0] : 1; geo.strideW = stride[spatial - 1]
        geo.dilH = spatial == 2 ? dilation[0] : 1; geo.dilW = dilation[spatial - 1]
        geo.groups = groups
        var extraRight = [0, 0]
        switch padding {
        case .explicit(let p):
            if p.contains(where: { $0 < 0 }) { throw TorchError.runtime("negative padding is not supported") }
            geo.padH = spatial == 2 ? p[0] : 0; geo.padW = p[spatial - 1]
        case .valid: break
        case .same:
            if stride.contains(where: { $0 != 1 }) { throw TorchError.runtime("padding='same' is not supported for strided convolutions") }
            // Total padding d·(k-1); PyTorch pads the extra odd element on the right.
            let totals = [geo.dilH * (geo.kH - 1), geo.dilW * (geo.kW - 1)]
            geo.padH = totals[0] / 2; geo.padW = totals[1] / 2
            extraRight = [totals[0] % 2, totals[1] % 2]
        }
        let expectedIn = weight.shape[1] * groups
        if geo.inChannels != expectedIn {
            throw TorchError.runtime("Given groups=\(groups), weight of size \(Shape.describe(weight.shape)), expected input\(Shape.describe(x4)) to have \(expectedIn) channels, but got \(geo.inChannels) channels instead")
        }
        if geo.outChannels % groups != 0 {
            throw TorchError.runtime("Given groups=\(groups), expected weight to be divisible by \(groups) at dimension 0, but got weight of size \(Shape.describe(weight.shape)) instead")
        }
        if let bias, bias.numel != geo.outChannels {
            throw TorchError.runtime("Given weight of size \(Shape.describe(weight.shape)), expected bias to be 1-dimensional with \(geo.outChannels) elements, but got bias of size \(Shape.describe(bias.shape)) instead")
        }
        if extraRight != [0, 0] {
            // An odd 'same' padding: pad the input explicitly (one more on the right) and convolve unpadded.
            let pads = spatial == 2 ? [geo.padW, geo.padW + extraRight[1], geo.padH, geo.padH + extraRight[0]] : [geo.padW, geo.padW + extraRight[1]]
            let padded = try input.constantPad(pads, value: 0)
            return try convolution(padded, weight, bias, spatial: spatial, stride: stride, padding: .valid, dilation: dilation, groups: groups)
        }
        let padInH = geo.inH + 2 * geo.padH, padInW = geo.inW + 2 * geo.padW
        let effH = geo.dilH * (geo.kH - 1) + 1, effW = geo.dilW * (geo.kW - 1) + 1
        if padInH < effH || padInW < effW {
            let pin = spatial == 2 ? "(\(padInH) x \(padInW))" : "(\(padInW))"
            let ks = spatial == 2 ? "(\(effH) x \(effW))" : "(\(effW))"
            throw TorchError.runtime("Calculated padded input size per channel: \(pin). Kernel size: \(ks). Kernel size can't be greater than actual input size")
        }
        let xv = input.floatValues(), wv = weight.floatValues(), bv = bias?.floatValues()
        let oh = geo.outH, ow = geo.outW
        var acc = [Double](repeating: 0, count: geo.batch * geo.outChannels * oh * ow)
        geo.forEachTap { xi, wi, oi in acc[oi] += Double(xv[xi]) * Double(wv[wi]) }
        if let bv {
            for i in 0..<acc.count { acc[i] += Double(bv[(i / (oh * ow)) % geo.outChannels]) }
        }
        var outShape = [geo.batch, geo.outChannels] + (spatial == 2 ? [oh, ow] : [ow])
        if !batched { outShape.removeFirst() }
        var inputs = [input, weight]
        if let bias { inputs.append(bias) }
        // The node sees 4-d shapes for input (as ConvGeometry), reshaped back by the backward.
        let out = Tensor(floats: acc.map { Float($0) }, shape: outShape)
        return record(.convolution, out, inputs: inputs, saving: [input, weight], args: OpArgs(ints: geo.ints))
    }
}

extension Tensor {
    /// `torch.bilinear(x1, x2, weight, bias)`: y[n, o] = x1[n] · W[o] · x2[n] + b[o], composed of
    /// matmul, mul and sum as PyTorch composes `_trilinear` (with a bias the last op is an add).
    public static func bilinear(_ x1: Tensor, _ x2: Tensor, _ weight: Tensor, _ bias: Tensor?) throws -> Tensor {
        guard weight.dim == 3 else { throw TorchError.runtime("bilinear(): weight must be three-dimensional, but got \(weight.dim)") }
        let (o, i, j) = (weight.shape[0], weight.shape[1], weight.shape[2])
        guard x1.dim >= 1, x2.dim >= 1, x1.shape.last == i, x2.shape.last == j, x1.shape.dropLast() == x2.shape.dropLast() else {
            if x1.shape.last != i {
                throw TorchError.runtime("bilinear(): input1 size does not match weight size: got \(x1.shape.last ?? 0) but expected \(i)")
            }
            if x2.shape.last != j {
                throw TorchError.runtime("bilinear(): input2 size does not match weight size: got \(x2.shape.last ?? 0) but expected \(j)")
            }
            throw TorchError.runtime("bilinear(): input batch dimensions do not match: got \(Shape.describe(Array(x1.shape.dropLast()))) and \(Shape.describe(Array(x2.shape.dropLast())))")
        }
        let lead = Array(x1.shape.dropLast())
        let rows = lead.reduce(1, *)
        let a = try x1.reshape([rows, i])
        let w = try weight.permute([1, 0, 2]).reshape([i, o * j])
        let t = try a.mm(w).reshape([rows, o, j])
        var y = try t.mul(try x2.reshape([rows, 1, j])).sum(dims: [2])
        if lead != [rows] { y = try y.reshape(lead + [o]) }
        if let bias { y = try y.add(bias) }
        return y
    }
}
