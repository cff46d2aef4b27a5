// im2col (F.unfold, aten/src/ATen/native/Im2Col.cpp): every sliding kernel window of an image as
// one column, (N, C, H, W) -> (N, C·kH·kW, L). Each output element copies one input element (or
// is padding), so the backward (col2im) adds the columns back in ATen's order: channel and
// kernel offset, then window row and column. col2im (F.fold) is the same map the other way.

extension Op {
    static let im2col = Op("Im2ColBackward0", symbol: "unfold(a)", explanation: "lays each sliding kernel window out as a column",
                           derivatives: ["col2im(g): each column added back onto the window it came from"],
                           kind: .other, savesTensors: false) { c in
        // args.ints: the input element each output element copies, -1 for padding.
        [Tensor.gradient(c.grad, toSources: c.args.ints, shape: c.inputShapes[0], accumulating: true)]
    }
}

extension Tensor {
    /// For each element of the columns (N, C·kH·kW, oh·ow), in order, the image element it holds
    /// (N, C, H, W flattened), -1 for padding.
    static func windowMap(n: Int, c: Int, h: Int, w: Int, oh: Int, ow: Int, kernel: [Int], dilation: [Int], padding: [Int], stride: [Int]) -> [Int] {
        var map = [Int]()
        map.reserveCapacity(n * c * kernel[0] * kernel[1] * oh * ow)
        for b in 0..<n {
            for ch in 0..<c {
                for ki in 0..<kernel[0] {
                    for kj in 0..<kernel[1] {
                        for y in 0..<oh {
                            let iy = y * stride[0] - padding[0] + ki * dilation[0]
                            for x in 0..<ow {
                                let ix = x * stride[1] - padding[1] + kj * dilation[1]
                                map.append(iy < 0 || iy >= h || ix < 0 || ix >= w ? -1 : ((b * c + ch) * h + iy) * w + ix)
                            }
                        }
                    }
                }
            }
        }
        return map
    }

    /// `torch._C._nn.im2col(input, kernel_size, dilation, padding, stride)`, each a (height, width) pair.
    public static func im2col(_ input: Tensor, kernel: [Int], dilation: [Int], padding: [Int], stride: [Int]) throws -> Tensor {
        try checkWindow(kernel: kernel, dilation: dilation, padding: padding, stride: stride)
        if input.dim < 3 {
            throw TorchError(.index, "Dimension out of range (expected to be in range of [\(-Swift.max(input.dim, 1)), \(Swift.max(input.dim, 1) - 1)], but got \(input.dim))")
        }
        guard input.dim == 3 || input.dim == 4 else {
            throw TorchError.runtime("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions for input, but got: \(Shape.describe(input.shape))")
        }
        // Sizes this large could only overflow the arithmetic below (no such output fits in memory).
        if (kernel + dilation + padding + stride).contains(where: { $0 > 1 << 30 }) {
            throw TorchError.runtime("im2col: kernel_size, dilation, padding or stride too large")
        }
        let batched = input.dim == 4
        let (n, c, h, w) = batched ? (input.shape[0], input.shape[1], input.shape[2], input.shape[3]) : (1, input.shape[0], input.shape[1], input.shape[2])
        let oh = (h + 2 * padding[0] - (dilation[0] * (kernel[0] - 1) + 1)) / stride[0] + 1
        let ow = (w + 2 * padding[1] - (dilation[1] * (kernel[1] - 1) + 1)) / stride[1] + 1
        if oh < 1 || ow < 1 {
            throw TorchError.runtime("Given input with spatial size (\(h), \(w)), kernel_size=(\(kernel[0]), \(kernel[1])), dilation=(\(dilation[0]), \(dilation[1])), padding=(\(padding[0]), \(padding[1])), calculated shape of the array of sliding blocks as (\(oh), \(ow)), but its components must be at least one.")
        }
        let rows = c * kernel[0] * kernel[1], blocks = oh * ow
        _ = try Shape.count([n, rows, blocks])
        let map = windowMap(n: n, c: c, h: h, w: w, oh: oh, ow: ow, kernel: kernel, dilation: dilation, padding: padding, stride: stride)
        let outShape = batched ? [n, rows, blocks] : [rows, blocks]
        // Padding reads a zero appended after the input's elements.
        let out = try GradMode.withDisabled {
            let flat = try Tensor.cat([try input.reshape([input.numel]), Tensor.zeros([1], dtype: input.dtype)], dim: 0)
            let index = Tensor(ints: map.map { Int64($0 < 0 ? input.numel : $0) }, shape: [map.count])
            return try flat.indexSelect(dim: 0, index: index).reshape(outShape)
        }
        return record(.im2col, out, inputs: [input], args: OpArgs(ints: map))
    }
}

extension Op {
    static let col2im = Op("Col2ImBackward0", symbol: "fold(a)", explanation: "adds each column back onto its sliding window of the image",
                           derivatives: ["im2col(g): each window of g read back as a column"],
                           kind: .other, savesTensors: false) { c in
        let sources = c.args.ints
        let g = c.grad
        if g.dtype == .float64 {
            let v = g.doubleValues()
            return [Tensor(doubles: sources.map { $0 >= 0 ? v[$0] : 0 }, shape: c.inputShapes[0])]
        }
        let v = g.floatValues()
        return [Tensor(floats: sources.map { $0 >= 0 ? v[$0] : 0 }, shape: c.inputShapes[0])]
    }
}

extension Tensor {
    /// `torch._C._nn.col2im(input, output_size, kernel_size, dilation, padding, stride)` (F.fold):
    /// columns (N, C·kH·kW, L) summed back into (N, C, H, W), in ATen's order.
    public static func col2im(_ input: Tensor, outputSize: [Int], kernel: [Int], dilation: [Int], padding: [Int], stride: [Int]) throws -> Tensor {
        try checkWindow(kernel: kernel, dilation: dilation, padding: padding, stride: stride)
        if (kernel + dilation + padding + stride + outputSize).contains(where: { $0 > 1 << 30 }) {
            throw TorchError.runtime("col2im: output_size, kernel_size, dilation, padding or stride too large")
        }
        guard input.dim == 2 || input.dim == 3 else {
            throw TorchError.runtime("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero dimensions for input, but got: \(Shape.describe(input.shape))")
        }
        let batched = input.dim == 3
        let (n, rows, blocks) = batched ? (input.shape[0], input.shape[1], input.shape[2]) : (1, input.shape[0], input.shape[1])
        let kk = kernel[0] * kernel[1]
        if rows % kk != 0 {
            throw TorchError.runtime("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size(1)=\(rows) and kernel_size=(\(kernel[0]), \(kernel[1])).")
        }
        let (h, w) = (outputSize[0], outputSize[1])
        let oh = (h + 2 * padding[0] - (dilation[0] * (kernel[0] - 1) + 1)) / stride[0] + 1
        let ow = (w + 2 * padding[1] - (dilation[1] * (kernel[1] - 1) + 1)) / stride[1] + 1
        if oh < 1 || ow < 1 || oh * ow != blocks {
            throw TorchError.runtime("Given output_size=(\(h), \(w)), kernel_size=(\(kernel[0]), \(kernel[1])), dilation=(\(dilation[0]), \(dilation[1])), padding=(\(padding[0]), \(padding[1])), stride=(\(stride[0]), \(stride[1])), expected size of input's dimension 2 to match the calculated number of sliding blocks \(oh) * \(ow) = \(oh * ow), but got input.size(2)=\(blocks).")
        }
        let c = rows / kk
        _ = try Shape.count([n, c, h, w])
        let map = windowMap(n: n, c: c, h: h, w: w, oh: oh, ow: ow, kernel: kernel, dilation: dilation, padding: padding, stride: stride)
        let outShape = batched ? [n, c, h, w] : [c, h, w]
        let out: Tensor
        if input.dtype == .float64 {
            let v = input.doubleValues()
            var acc = [Double](repeating: 0, count: n * c * h * w)
            for (o, i) in map.enumerated() where i >= 0 { acc[i] += v[o] }
            out = Tensor(doubles: acc, shape: outShape)
        } else {
            let v = input.floatValues()
            var acc = [Float](repeating: 0, count: n * c * h * w)
            for (o, i) in map.enumerated() where i >= 0 { acc[i] += v[o] }
            out = Tensor(floats: acc, shape: outShape)
        }
        return record(.col2im, out, inputs: [input], args: OpArgs(ints: map))
    }
}

extension Tensor {
    /// The window checks im2col and col2im share (ATen's `im2col_shape_check`/`col2im_shape_check`).
    fileprivate static func checkWindow(kernel: [Int], dilation: [Int], padding: [Int], stride: [Int]) throws {
        if kernel.contains(where: { $0 <= 0 }) {
            throw TorchError.runtime("kernel size should be greater than zero, but got kernel_height: \(kernel[0]) kernel_width: \(kernel[1])")
        }
        if dilation.contains(where: { $0 <= 0 }) {
            throw TorchError.runtime("dilation should be greater than zero, but got dilation_height: \(dilation[0]) dilation_width: \(dilation[1])")
        }
        if padding.contains(where: { $0 < 0 }) {
            throw TorchError.runtime("padding should be non-negative, but got pad_height: \(padding[0]) pad_width: \(padding[1])")
        }
        if stride.contains(where: { $0 <= 0 }) {
            throw TorchError.runtime("stride should be greater than zero, but got stride_height: \(stride[0]) stride_width: \(stride[1])")
        }
    }
}
