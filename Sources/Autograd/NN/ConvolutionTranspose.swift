// conv_transpose1d / conv_transpose2d: the adjoint of a convolution. Each input element scatters
// its products with the kernel into the (larger) output, so the transposed convolution of x is
// the gradient a convolution with the same geometry sends back to its input. It runs on
// ConvGeometry with the roles swapped: the geometry's "input" is this op's output.

extension Op {
    /// PyTorch names the node of every convolution, transposed or not, ConvolutionBackward0.
    static let convolutionTranspose = Op("ConvolutionBackward0", symbol: "conv_transpose(a, w, b)",
                                         explanation: "spreads each input element over the output through the kernels w and adds the bias",
                                         derivatives: ["conv(g, w)", "conv(g, a)", "Σ g"], kind: .other, savesTensors: true) { c in
        let geo = ConvGeometry(ints: c.args.ints)
        let x = c.saved[0].floatValues(), w = c.saved[1].floatValues()
        let g = c.grad.floatValues()
        var gx = [Double](repeating: 0, count: x.count), gw = [Double](repeating: 0, count: w.count)
        var gb = [Double](repeating: 0, count: geo.inChannels)
        geo.forEachTap { big, wi, small in
            let go = Double(g[big])
            gx[small] += go * Double(w[wi])
            gw[wi] += go * Double(x[small])
        }
        let plane = geo.inH * geo.inW
        for n in 0..<geo.batch {
            for ch in 0..<geo.inChannels {
                let base = (n * geo.inChannels + ch) * plane
                for k in 0..<plane { gb[ch] += Double(g[base + k]) }
            }
        }
        return [c.wants(0) ? Tensor(floats: gx.map { Float($0) }, shape: c.inputShapes[0]) : nil,
                c.wants(1) ? Tensor(floats: gw.map { Float($0) }, shape: c.inputShapes[1]) : nil,
                c.inputShapes.count > 2 && c.wants(2) ? Tensor(floats: gb.map { Float($0) }, shape: c.inputShapes[2]) : nil]
    }
}

extension Tensor {
    /// `torch.conv_transpose1d` / `conv_transpose2d(input, weight, bias, stride, padding, output_padding,
    /// groups, dilation)`; `spatial` is 1 or 2, the lists have `spatial` entries. The weight is
    /// (in_channels, out_channels / groups, kH, kW).
    public static func convolutionTranspose(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?, spatial: Int, stride: [Int], padding: [Int],
                                            outputPadding: [Int], groups: Int, dilation: [Int]) throws -> Tensor {
        let name = "conv_transpose\(spatial)d"
        let batched = input.dim == spatial + 2
        if !batched && input.dim != spatial + 1 {
            throw TorchError.runtime("Expected \(spatial + 1)D (unbatched) or \(spatial + 2)D (batched) input to \(name), but got input of size: \(Shape.describe(input.shape))")
        }
        if weight.dim != spatial + 2 { throw TorchError.runtime("weight should have at least three dimensions") }
        if groups <= 0 { throw TorchError.runtime("non-positive groups is not supported") }
        if stride.contains(where: { $0 <= 0 }) { throw TorchError.runtime("non-positive stride is not supported") }
        if dilation.contains(where: { $0 <= 0 }) { throw TorchError.runtime("dilation should be greater than zero") }
        if padding.contains(where: { $0 < 0 }) { throw TorchError.runtime("negative padding is not supported") }
        if outputPadding.contains(where: { $0 < 0 }) { throw TorchError.runtime("negative output_padding is not supported") }
        let x4 = batched ? input.shape : [1] + input.shape
        let inChannels = x4[1]
        if weight.shape[0] % groups != 0 {
            // PyTorch prints this weight size in double brackets.
            throw TorchError.runtime("Given groups=\(groups), expected weight to be divisible by \(groups) at dimension 0, but got weight of size [\(Shape.describe(weight.shape))] instead")
        }
        if inChannels != weight.shape[0] {
            throw TorchError.runtime("Given transposed=1, weight of size \(Shape.describe(weight.shape)), expected input\(Shape.describe(x4)) to have \(weight.shape[0]) channels, but got \(inChannels) channels instead")
        }
        let outChannels = weight.shape[1] * groups
        if let bias, bias.numel != outChannels {
            throw TorchError.runtime("Given transposed=1, weight of size \(Shape.describe(weight.shape)), expected bias to be 1-dimensional with \(outChannels) elements, but got bias of size \(Shape.describe(bias.shape)) instead")
        }
        // Sizes along (H, W); a 1-d transposed convolution is a 2-d one of height 1.
        func axis(_ v: [Int], _ one: Int) -> [Int] { spatial == 2 ? v : [one] + v }
        let inHW = spatial == 2 ? [x4[2], x4[3]] : [1, x4[2]]
        let k = spatial == 2 ? [weight.shape[2], weight.shape[3]] : [1, weight.shape[2]]
        let s = axis(stride, 1), p = axis(padding, 0), op = axis(outputPadding, 0), d = axis(dilation, 1)
        // Sizes this large could only overflow the arithmetic below (no such output fits in memory).
        if (s + p + op + d + k + inHW).contains(where: { $0 > 1 << 30 }) {
            throw TorchError.runtime("\(name): stride, padding, dilation or kernel size too large")
        }
        if (0..<2).contains(where: { op[$0] >= s[$0] && op[$0] >= d[$0] }) {
            throw TorchError.runtime("output padding must be smaller than either stride or dilation, but got output_padding_height: \(op[0]) output_padding_width: \(op[1]) stride_height: \(s[0]) stride_width: \(s[1]) dilation_height: \(d[0]) dilation_width: \(d[1])")
        }
        var outHW = [0, 0]
        for a in 0..<2 {
            let span: Int = d[a] * (k[a] - 1) + op[a] + 1
            outHW[a] = (inHW[a] - 1) * s[a] - 2 * p[a] + span
        }
        if outHW.contains(where: { $0 <= 0 }) {
            // PyTorch runs a 1-d transposed convolution through oneDNN, which words the failure so.
            if spatial == 1 { throw TorchError.runtime("could not construct a memory descriptor using a format tag") }
            throw TorchError.runtime("Given input size per channel: (\(inHW[0]) x \(inHW[1])). Calculated output size per channel: (\(outHW[0]) x \(outHW[1])). Output size is too small")
        }
        var geo = ConvGeometry()
        geo.batch = x4[0]; geo.inChannels = outChannels; geo.inH = outHW[0]; geo.inW = outHW[1]
        geo.outChannels = inChannels; geo.kH = k[0]; geo.kW = k[1]
        geo.strideH = s[0]; geo.strideW = s[1]; geo.padH = p[0]; geo.padW = p[1]; geo.dilH = d[0]; geo.dilW = d[1]
        geo.groups = groups
        geo.fixedOutH = inHW[0]; geo.fixedOutW = inHW[1]
        _ = try Shape.count([geo.batch, outChannels, outHW[0], outHW[1]])
        let xv = input.floatValues(), wv = weight.floatValues(), bv = bias?.floatValues()
        let plane = outHW[0] * outHW[1]
        var acc = [Double](repeating: 0, count: geo.batch * outChannels * plane)
        geo.forEachTap { big, wi, small in acc[big] += Double(xv[small]) * Double(wv[wi]) }
        if let bv {
            for i in 0..<acc.count { acc[i] += Double(bv[(i / plane) % outChannels] as Float) }
        }
        var outShape = [geo.batch, outChannels] + (spatial == 2 ? outHW : [outHW[1]])
        if !batched { outShape.removeFirst() }
        var inputs = [input, weight]
        if let bias { inputs.append(bias) }
        let out = Tensor(floats: acc.map { Float($0) }, shape: outShape)
        return record(.convolutionTranspose, out, inputs: inputs, saving: [input, weight], args: OpArgs(ints: geo.ints))
    }
}
