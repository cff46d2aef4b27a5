// torch._pack_padded_sequence (aten/src/ATen/native/PackedSequence.cpp): the real steps of each
// sequence of a padded (T, B, *) batch, time-major, as the rows of one (sum of lengths, *) tensor,
// with the batch size of each step. Its backward puts the gradient rows back and leaves the
// padding at zero.

extension Op {
    static let packPaddedSequence = Op("PackPaddedSequenceBackward0", symbol: "pack_padded_sequence(a)",
                                       explanation: "keeps each sequence's real steps, time-major, and drops the padding",
                                       derivatives: ["g put back at the packed positions (0 in the padding)"],
                                       kind: .other, savesTensors: false) { c in
        let inner = c.args.ints[0], rows = c.args.ints.dropFirst()
        let count = Shape.numel(c.inputShapes[0])
        if c.grad.dtype == .float64 {
            let g = c.grad.doubleValues()
            var gi = [Double](repeating: 0, count: count)
            for (k, r) in rows.enumerated() { for j in 0..<inner { gi[r * inner + j] = g[k * inner + j] } }
            return [Tensor(doubles: gi, shape: c.inputShapes[0])]
        }
        let g = c.grad.floatValues()
        var gi = [Float](repeating: 0, count: count)
        for (k, r) in rows.enumerated() { for j in 0..<inner { gi[r * inner + j] = g[k * inner + j] } }
        return [Tensor(floats: gi, shape: c.inputShapes[0])]
    }
}

extension Tensor {
    /// `torch._pack_padded_sequence(input, lengths, batch_first)`: (data, batch_sizes). `lengths` must be
    /// sorted in decreasing order (pack_padded_sequence sorts first when enforce_sorted=False).
    public static func packPaddedSequence(_ input: Tensor, lengths: [Int], batchFirst: Bool) throws -> (Tensor, Tensor) {
        if input.numel == 0 { throw TorchError.runtime("Cannot pack empty tensors.") }
        guard input.dim >= 2 else { throw TorchError.runtime("pack_padded_sequence: expected an input of at least 2 dimensions, got \(input.dim)") }
        let (steps, batch) = batchFirst ? (input.shape[1], input.shape[0]) : (input.shape[0], input.shape[1])
        if lengths.count != batch {
            throw TorchError.runtime("Expected `len(lengths)` to be equal to batch_size, but got \(lengths.count) (batch_size=\(batch))")
        }
        if (lengths.last ?? 0) <= 0 {
            throw TorchError.runtime("Length of all samples has to be greater than 0, but found an element in 'lengths' that is <= 0")
        }
        if zip(lengths, lengths.dropFirst()).contains(where: { $0 < $1 }) {
            throw TorchError.runtime("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.")
        }
        let maxLength = lengths[0]
        _ = try Shape.count([maxLength])
        // Step t holds the sequences longer than t (the first ones, as lengths decrease).
        let batchSizes = (0..<maxLength).map { t in lengths.prefix { $0 > t }.count }
        // ATen slices the steps out of the padded input, so lengths past its end add no rows.
        var rows = [Int]()
        for t in 0..<Swift.min(maxLength, steps) {
            for b in 0..<batchSizes[t] { rows.append(batchFirst ? b * steps + t : t * batch + b) }
        }
        let inner = input.shape.dropFirst(2).reduce(1, *)
        let data = try GradMode.withDisabled {
            try input.reshape([steps * batch] + Array(input.shape.dropFirst(2)))
                .indexSelect(dim: 0, index: Tensor(ints: rows.map { Int64($0) }, shape: [rows.count]))
        }
        var args = OpArgs()
        args.ints = [inner] + rows
        let out = record(.packPaddedSequence, data, inputs: [input], args: args)
        return (out, Tensor(ints: batchSizes.map { Int64($0) }, shape: [maxLength]))
    }
}
