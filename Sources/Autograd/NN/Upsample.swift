// F.interpolate's kernels: upsample_nearest1d/2d, _upsample_nearest_exact1d/2d, upsample_linear1d and
// upsample_bilinear2d, bit for bit as ATen's CPU kernels (aten/src/ATen/native/UpSample.h and
// cpu/UpSampleKernel.cpp) compute them in float32. Those kernels are compiled with fused
// multiply-adds, and which products fuse differs between ATen's two 2-d paths, so each path is
// written out here with the fusions it has (each checked against PyTorch 2.15 on this machine):
// - 2-d outputs with H + W <= 128 run the "channels-last" kernel: source indices with a fused
//   `scale * (i + 0.5) - 0.5`, four weights h·w, channels in blocks of 8 (AVX2 vectors) summed
//   right to left and the remaining channels left to right;
// - other 2-d outputs and every 1-d output run the generic kernel: unfused source indices and the
//   interpolation one dimension inside the other.
// The backward kernels scatter with fused `g_in += w · g` in output order.

/// How `F.interpolate` resamples.
public enum UpsampleMode: Sendable, Equatable {
    case nearest
    case nearestExact
    case linear(alignCorners: Bool)
}

extension Op {
    private static func upsampleOp(_ name: String, _ symbol: String, _ explanation: String) -> Op {
        Op(name, symbol: symbol, explanation: explanation, derivatives: ["g summed back onto the input positions each output read"],
           kind: .other, savesTensors: false) { c in
            let geo = UpsampleGeometry(args: c.args)
            return [Tensor(floats: geo.backward(c.grad.floatValues()), shape: c.inputShapes[0])]
        }
    }
    static let upsampleNearest1d = upsampleOp("UpsampleNearest1DBackward0", "upsample_nearest(a)", "repeats each input element to fill the larger output")
    static let upsampleNearest2d = upsampleOp("UpsampleNearest2DBackward0", "upsample_nearest(a)", "repeats each input pixel to fill the larger output")
    static let upsampleNearestExact1d = upsampleOp("UpsampleNearestExact1DBackward0", "upsample_nearest_exact(a)", "copies the input element nearest to each output position")
    static let upsampleNearestExact2d = upsampleOp("UpsampleNearestExact2DBackward0", "upsample_nearest_exact(a)", "copies the input pixel nearest to each output position")
    static let upsampleLinear1d = upsampleOp("UpsampleLinear1DBackward0", "upsample_linear(a)", "interpolates linearly between the two nearest input elements")
    static let upsampleBilinear2d = upsampleOp("UpsampleBilinear2DBackward0", "upsample_bilinear(a)", "interpolates between the four nearest input pixels")
}

/// One resampling: planes (batch × channels) of inH × inW to outH × outW; a 1-d one has height 1.
struct UpsampleGeometry {
    var spatial = 2, planes = 1, channels = 1, inH = 1, inW = 1, outH = 1, outW = 1
    var mode = UpsampleMode.nearest
    /// The user's scale factors (PyTorch's `scales_h`, `scales_w`); -1 when the size was given.
    var scaleH = -1.0, scaleW = -1.0

    init(spatial: Int, planes: Int, channels: Int, inSize: [Int], outSize: [Int], mode: UpsampleMode, scales: [Double]) {
        self.spatial = spatial; self.planes = planes; self.channels = channels; self.mode = mode
        (inH, inW) = spatial == 2 ? (inSize[0], inSize[1]) : (1, inSize[0])
        (outH, outW) = spatial == 2 ? (outSize[0], outSize[1]) : (1, outSize[0])
        (scaleH, scaleW) = spatial == 2 ? (scales[0], scales[1]) : (-1, scales[0])
    }

    init(args: OpArgs) {
        let v = args.ints
        (spatial, planes, channels, inH, inW, outH, outW) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6])
        mode = v[7] == 0 ? .nearest : v[7] == 1 ? .nearestExact : .linear(alignCorners: v[8] == 1)
        (scaleH, scaleW) = (args.scalars[0], args.scalars[1])
    }

    var args: OpArgs {
        let code: Int, align: Bool
        switch mode {
        case .nearest: (code, align) = (0, false)
        case .nearestExact: (code, align) = (1, false)
        case .linear(let a): (code, align) = (2, a)
        }
        return OpArgs(scalars: [scaleH, scaleW], ints: [spatial, planes, channels, inH, inW, outH, outW, code, align ? 1 : 0])
    }

    /// ATen's `_use_channels_last_kernel_2d` for a contiguous NCHW input (C > 3 channels-last inputs
    /// never reach here): small outputs take the channels-last kernel.
    var channelsLastKernel: Bool { spatial == 2 && outH + outW <= 128 }

    // MARK: source indices (UpSample.h)

    /// `compute_scales_value<float>`: 1/scale for a given scale factor, else input/output.
    static func scalesValue(_ scale: Double, _ input: Int, _ output: Int) -> Float {
        scale > 0 ? Float(1.0 / scale) : Float(input) / Float(output)
    }

    /// `area_pixel_compute_scale<float>`.
    static func areaScale(_ input: Int, _ output: Int, alignCorners: Bool, _ scale: Double) -> Float {
        if alignCorners { return output > 1 ? Float(input - 1) / Float(output - 1) : 0 }
        return scalesValue(scale, input, output)
    }

    /// `compute_source_index_and_lambda`: the two input positions and their weights; `fused` says
    /// whether the compiled caller fused `scale * (i + 0.5) - 0.5`.
    static func sourceIndex(_ scale: Float, _ dst: Int, _ input: Int, _ output: Int, alignCorners: Bool, fused: Bool) -> (Int, Int, Float, Float) {
        if output == input { return (dst, dst, 1, 0) }
        var real: Float
        if alignCorners {
            real = scale * Float(dst)
        } else {
            real = fused ? Float(-0.5).addingProduct(scale, Float(dst) + 0.5) : scale * (Float(dst) + 0.5) - 0.5
            if real < 0 { real = 0 }
        }
        let i0 = Swift.min(Int(real.rounded(.down)), input - 1)
        let l1 = Swift.min(Swift.max(real - Float(i0), 0), 1)
        return (i0, i0 + (i0 < input - 1 ? 1 : 0), 1 - l1, l1)
    }

    /// `nearest_idx` (the channels-last forward and every backward): exact shortcuts for equal and
    /// doubled sizes, else `floorf(i * scale)`.
    static func nearestIndex(_ dst: Int, _ input: Int, _ output: Int, _ scale: Double) -> Int {
        if output == input { return dst }
        if output == 2 * input { return dst >> 1 }
        let s = scalesValue(scale, input, output)
        return Swift.min(Int((Float(dst) * s).rounded(.down)), input - 1)
    }

    /// `nearest_exact_idx`: `floorf((i + 0.5) * scale)`, the product in double.
    static func nearestExactIndex(_ dst: Int, _ input: Int, _ output: Int, _ scale: Double) -> Int {
        let s = scalesValue(scale, input, output)
        return Swift.min(Int(Float((Double(dst) + 0.5) * Double(s)).rounded(.down)), input - 1)
    }

    /// The generic forward kernel's nearest indices (HelperInterpNearest / NearestExact), which
    /// have no shortcuts and round the exact mode's index as `floorf(src + 0.5)`.
    static func genericNearestIndex(_ dst: Int, _ input: Int, _ output: Int, _ scale: Double, exact: Bool) -> Int {
        let s = scalesValue(scale, input, output)
        if !exact { return Swift.min(Int((s * Float(dst)).rounded(.down)), input - 1) }
        var real = Float(-0.5).addingProduct(s, Float(dst) + 0.5)
        if real < 0 { real = 0 }
        return Swift.min(Int(Float(Double(real) + 0.5).rounded(.down)), input - 1)
    }

    /// The input index each output index reads along one axis (nearest modes).
    func nearestIndices(axisH: Bool, forward: Bool) -> [Int] {
        let (input, output, scale) = axisH ? (inH, outH, scaleH) : (inW, outW, scaleW)
        let exact = mode == .nearestExact
        return (0..<output).map { i in
            if forward && !channelsLastKernel { return Self.genericNearestIndex(i, input, output, scale, exact: exact) }
            return exact ? Self.nearestExactIndex(i, input, output, scale) : Self.nearestIndex(i, input, output, scale)
        }
    }

    func linearIndices(axisH: Bool, fused: Bool) -> [(Int, Int, Float, Float)] {
        guard case .linear(let align) = mode else { return [] }
        let (input, output, scale) = axisH ? (inH, outH, scaleH) : (inW, outW, scaleW)
        let s = Self.areaScale(input, output, alignCorners: align, scale)
        return (0..<output).map { Self.sourceIndex(s, $0, input, output, alignCorners: align, fused: fused) }
    }

    // MARK: kernels

    func forward(_ x: [Float]) -> [Float] {
        let inPlane = inH * inW, outPlane = outH * outW
        var out = [Float](repeating: 0, count: planes * outPlane)
        switch mode {
        case .nearest, .nearestExact:
            let hs = nearestIndices(axisH: true, forward: true), ws = nearestIndices(axisH: false, forward: true)
            for p in 0..<planes {
                for oy in 0..<outH {
                    for ox in 0..<outW { out[p * outPlane + oy * outW + ox] = x[p * inPlane + hs[oy] * inW + ws[ox]] }
                }
            }
        case .linear:
            let cl = channelsLastKernel
            let hs = linearIndices(axisH: true, fused: cl), ws = linearIndices(axisH: false, fused: cl)
            // Channels the channels-last kernel sums in 8-wide vectors (the rest in its scalar loop).
            let vectorChannels = channels - channels % 8
            for p in 0..<planes {
                let base = p * inPlane, vectorLane = p % channels < vectorChannels
                for oy in 0..<outH {
                    let (h0, h1, lh0, lh1) = hs[oy]
                    for ox in 0..<outW {
                        let (w0, w1, lw0, lw1) = ws[ox]
                        let a = x[base + h0 * inW + w0], b = x[base + h0 * inW + w1]
                        let c = x[base + h1 * inW + w0], d = x[base + h1 * inW + w1]
                        let v: Float
                        if cl {
                            let w00 = lh0 * lw0, w01 = lh0 * lw1, w10 = lh1 * lw0, w11 = lh1 * lw1
                            v = vectorLane ? (c * w10).addingProduct(d, w11).addingProduct(b, w01).addingProduct(a, w00)
                                : (b * w01).addingProduct(a, w00).addingProduct(c, w10).addingProduct(d, w11)
                        } else {
                            let t0 = (b * lw1).addingProduct(a, lw0), t1 = (d * lw1).addingProduct(c, lw0)
                            v = spatial == 1 ? t0 : (t1 * lh1).addingProduct(t0, lh0)
                        }
                        out[p * outPlane + oy * outW + ox] = v
                    }
                }
            }
        }
        return out
    }

    /// `upsample_*_backward`: each output's gradient added back where it read, in output order.
    func backward(_ g: [Float]) -> [Float] {
        let inPlane = inH * inW, outPlane = outH * outW
        var gi = [Float](repeating: 0, count: planes * inPlane)
        switch mode {
        case .nearest, .nearestExact:
            let hs = nearestIndices(axisH: true, forward: false), ws = nearestIndices(axisH: false, forward: false)
            for p in 0..<planes {
                for oy in 0..<outH {
                    for ox in 0..<outW { gi[p * inPlane + hs[oy] * inW + ws[ox]] += g[p * outPlane + oy * outW + ox] }
                }
            }
        case .linear:
            let hs = linearIndices(axisH: true, fused: true), ws = linearIndices(axisH: false, fused: true)
            for p in 0..<planes {
                let base = p * inPlane
                for oy in 0..<outH {
                    let (h0, h1, lh0, lh1) = hs[oy]
                    for ox in 0..<outW {
                        let (w0, w1, lw0, lw1) = ws[ox]
                        let go = g[p * outPlane + oy * outW + ox]
                        if spatial == 1 {
                            gi[base + w0] = gi[base + w0].addingProduct(lw0, go)
                            gi[base + w1] = gi[base + w1].addingProduct(lw1, go)
                            continue
                        }
                        for (i, w) in [(h0 * inW + w0, lh0 * lw0), (h0 * inW + w1, lh0 * lw1), (h1 * inW + w0, lh1 * lw0), (h1 * inW + w1, lh1 * lw1)] {
                            gi[base + i] = gi[base + i].addingProduct(w, go)
                        }
                    }
                }
            }
        }
        return gi
    }
}

extension Tensor {
    /// `torch._C._nn.upsample_*(input, output_size, [align_corners,] scale_factors)` after
    /// F.interpolate has settled the sizes: `outputSize` has one entry per spatial dim, `scales`
    /// the user's scale factors or -1.
    public static func upsample(_ input: Tensor, outputSize: [Int], scales: [Double], mode: UpsampleMode) throws -> Tensor {
        let spatial = outputSize.count
        guard spatial == 1 || spatial == 2, scales.count == spatial else {
            throw TorchError.runtime("upsample: expected 1 or 2 spatial sizes, got \(outputSize.count)")
        }
        let inSize = Array(input.shape.suffix(spatial))
        if inSize.count == spatial && (inSize + outputSize).contains(where: { $0 <= 0 }) {
            let msg = spatial == 1
                ? "input (W: \(inSize[0])) and output (W: \(outputSize[0]))"
                : "input (H: \(inSize[0]), W: \(inSize[1])) output (H: \(outputSize[0]), W: \(outputSize[1]))"
            throw TorchError.runtime("Input and output sizes should be greater than 0, but got \(msg)")
        }
        guard input.dim == spatial + 2, input.numel > 0 else {
            throw TorchError.runtime("Non-empty \(spatial + 2)D data tensor expected but got a tensor with sizes \(Shape.describe(input.shape))")
        }
        let geo = UpsampleGeometry(spatial: spatial, planes: input.shape[0] * input.shape[1], channels: input.shape[1],
                                   inSize: inSize, outSize: outputSize, mode: mode, scales: scales)
        let outShape = Array(input.shape.prefix(2)) + outputSize
        _ = try Shape.count(outShape)
        let out = Tensor(floats: geo.forward(input.floatValues()), shape: outShape)
        let op: Op
        switch (mode, spatial) {
        case (.nearest, 1): op = .upsampleNearest1d
        case (.nearest, _): op = .upsampleNearest2d
        case (.nearestExact, 1): op = .upsampleNearestExact1d
        case (.nearestExact, _): op = .upsampleNearestExact2d
        case (.linear, 1): op = .upsampleLinear1d
        case (.linear, _): op = .upsampleBilinear2d
        }
        return record(op, out, inputs: [input], args: geo.args)
    }
}
