// pixel_shuffle / pixel_unshuffle (aten/src/ATen/native/PixelShuffle.cpp): (*, C·r², H, W) ⇄
// (*, C, H·r, W·r), each output element one input element, so the backward moves the gradient back.

extension Op {
    private static func shuffleOp(_ name: String, _ symbol: String, _ explanation: String) -> Op {
        Op(name, symbol: symbol, explanation: explanation, derivatives: ["g moved back to where each element came from"],
           kind: .other, savesTensors: false) { c in
            // args.ints: for each output element, the input element it copies.
            [Tensor.gradient(c.grad, toSources: c.args.ints, shape: c.inputShapes[0], accumulating: false)]
        }
    }
    static let pixelShuffle = shuffleOp("PixelShuffleBackward0", "pixel_shuffle(a)", "moves blocks of r² channels into r×r patches of pixels")
    static let pixelUnshuffle = shuffleOp("PixelUnshuffleBackward0", "pixel_unshuffle(a)", "moves r×r patches of pixels into r² channels")
}

extension Tensor {
    /// `torch.pixel_shuffle(input, upscale_factor)` (`unshuffle: false`) or
    /// `torch.pixel_unshuffle(input, downscale_factor)` (`unshuffle: true`).
    public static func pixelShuffle(_ input: Tensor, factor r: Int, unshuffle: Bool) throws -> Tensor {
        let name = unshuffle ? "pixel_unshuffle" : "pixel_shuffle"
        guard input.dim >= 3 else {
            throw TorchError.runtime("\(name) expects input to have at least 3 dimensions, but got input with \(input.dim) dimension(s)")
        }
        guard r > 0 else {
            throw TorchError.runtime("\(name) expects a positive \(unshuffle ? "downscale" : "upscale")_factor, but got \(r)")
        }
        if r > 1 << 20 { throw TorchError.runtime("\(name): factor \(r) too large") }
        let lead = Array(input.shape.dropLast(3))
        let (c, h, w) = (input.shape[input.dim - 3], input.shape[input.dim - 2], input.shape[input.dim - 1])
        let (rr, overflow) = r.multipliedReportingOverflow(by: r)
        if unshuffle {
            if h % r != 0 { throw TorchError.runtime("pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)=\(h) is not divisible by \(r)") }
            if w % r != 0 { throw TorchError.runtime("pixel_unshuffle expects width to be divisible by downscale_factor, but input.size(-1)=\(w) is not divisible by \(r)") }
        } else if overflow || c % rr != 0 {
            throw TorchError.runtime("pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)=\(c) is not divisible by \(overflow ? 0 : rr)")
        }
        // The small side (C, H·r, W·r) of the pair; element (ch, y, x) there is element
        // (ch·r² + (y % r)·r + x % r, y / r, x / r) on the channel side.
        let (oc, oh, ow) = unshuffle ? (c, h, w) : (c / rr, h * r, w * r)
        let channelSideShape = unshuffle ? [c * rr, h / r, w / r] : [c, h, w]
        let planes = lead.reduce(1, *)
        let per = oc * oh * ow
        var map = [Int](repeating: 0, count: planes * per)
        for p in 0..<planes {
            for ch in 0..<oc {
                for y in 0..<oh {
                    for x in 0..<ow {
                        let spatial = p * per + (ch * oh + y) * ow + x
                        let channel = p * per + ((ch * rr + (y % r) * r + x % r) * (oh / r) + y / r) * (ow / r) + x / r
                        if unshuffle { map[channel] = spatial } else { map[spatial] = channel }
                    }
                }
            }
        }
        let outShape = lead + (unshuffle ? channelSideShape : [oc, oh, ow])
        let out = try GradMode.withDisabled {
            try input.reshape([planes * per]).indexSelect(dim: 0, index: Tensor(ints: map.map { Int64($0) }, shape: [map.count])).reshape(outShape)
        }
        return record(unshuffle ? .pixelUnshuffle : .pixelShuffle, out, inputs: [input], args: OpArgs(ints: map))
    }
}
