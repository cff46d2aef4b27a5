// repeat_interleave, meshgrid, cartesian_prod and combinations, composed from other ops exactly as
// PyTorch composes them in C++, so each result carries the grad_fn PyTorch shows (ViewBackward0,
// IndexSelectBackward0, ExpandBackward0, StackBackward0, IndexBackward0) and its gradient.

extension Tensor {
    /// `a.repeat_interleave(repeats: int, dim=None)`: each element (slice along `dim`) repeated in
    /// place; PyTorch expands a new dim after `dim`, copies and views it back (ViewBackward0).
    public func repeatInterleave(_ repeats: Int, dim d: Int?, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        guard repeats >= 0 else { throw TorchError.runtime("Repeats must be non-negative") }
        let input = d == nil ? try reshape([numel]) : self
        let w = try Shape.wrapDim(d ?? 0, rank: input.dim)
        if input.dim == 0 { return try input.reshape([1]).repeatInterleave(repeats, dim: 0, limit: limit) }
        var expanded = input.shape
        expanded.insert(repeats, at: w + 1)
        _ = try Shape.count(expanded, limit: limit)
        let copy = try input.unsqueeze(w + 1).expand(expanded).clone()
        var outShape = input.shape
        outShape[w] *= repeats
        return try copy.view(outShape)
    }

    /// `a.repeat_interleave(repeats: Tensor, dim=None)`: element (slice) i repeated repeats[i] times,
    /// an index_select (IndexSelectBackward0). A one-element `repeats` repeats every element.
    public func repeatInterleave(_ repeats: Tensor, dim d: Int?, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        guard repeats.dtype == .int64 || repeats.dtype == .int32 else {
            throw TorchError.runtime("repeats has to be Long or Int tensor")
        }
        guard repeats.dim <= 1 else { throw TorchError.runtime("repeats must be 0-dim or 1-dim tensor") }
        let input = d == nil ? try reshape([numel]) : self
        let w = try Shape.wrapDim(d ?? 0, rank: input.dim)
        let r = repeats.contiguousCopy().intValues()
        if r.count == 1 { return try input.repeatInterleave(Int(r[0]), dim: w, limit: limit) }
        let n = input.dim == 0 ? 1 : input.shape[w]
        guard r.count == n else {
            throw TorchError.runtime("repeats must have the same size as input along dim, but got repeats.size(0) = \(r.count) and input.size(\(w)) = \(n)")
        }
        guard !r.contains(where: { $0 < 0 }) else { throw TorchError.runtime("repeats can not be negative") }
        let total = try Tensor.repeatTotal(r, limit: limit)
        let index = Tensor(ints: r.enumerated().flatMap { i, k in [Int64](repeating: Int64(i), count: Int(k)) }, shape: [Int(total)])
        return try input.indexSelect(dim: w, index: index)
    }

    /// `torch.repeat_interleave(repeats)`: `arange(len)` repeated by `repeats` (the index vector alone).
    public static func repeatInterleaveIndex(_ repeats: Tensor) throws -> Tensor {
        guard repeats.dim == 1 else { throw TorchError.runtime("repeat_interleave only accept 1D vector as repeat") }
        guard repeats.dtype == .int64 || repeats.dtype == .int32 else { throw TorchError.runtime("repeats has to be Long or Int tensor") }
        let r = repeats.contiguousCopy().intValues()
        guard !r.contains(where: { $0 < 0 }) else { throw TorchError.runtime("repeats can not be negative") }
        let total = try repeatTotal(r, limit: Shape.defaultMaxElements)
        return Tensor(ints: r.enumerated().flatMap { i, k in [Int64](repeating: Int64(i), count: Int(k)) }, shape: [total],
                      dtype: repeats.dtype)
    }

    /// The length of a repeat_interleave result, refused (not trapped on) when it is too large.
    private static func repeatTotal(_ r: [Int64], limit: Int) throws -> Int {
        var total = 0
        for k in r {
            let (sum, overflow) = total.addingReportingOverflow(Int(k))
            guard !overflow else { throw TorchError.runtime("repeat_interleave: the result would have too many elements") }
            total = sum
        }
        _ = try Shape.count([total], limit: limit)
        return total
    }

    /// `torch.meshgrid(*tensors, indexing)`: each 0-d or 1-d tensor viewed along its own dim and
    /// expanded to the grid (ExpandBackward0); `xy` swaps the first two dims' roles.
    public static func meshgrid(_ ts: [Tensor], indexing: String) throws -> [Tensor] {
        guard indexing == "ij" || indexing == "xy" else {
            throw TorchError.runtime("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: \(indexing)")
        }
        guard !ts.isEmpty else { throw TorchError.runtime("torch.meshgrid: Expected at least one tensor") }
        for t in ts where t.dim > 1 {
            throw TorchError.runtime("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got a \(t.dim)-D tensor")
        }
        for t in ts.dropFirst() where t.dtype != ts[0].dtype {
            throw TorchError.runtime("torch.meshgrid: Expected all tensors in the tensor list to have the same dtype.")
        }
        var inputs = ts
        let swap = indexing == "xy" && ts.count >= 2
        if swap { inputs.swapAt(0, 1) }
        let shape = inputs.map(\.numel)
        var grids = try inputs.enumerated().map { k, t -> Tensor in
            var viewShape = [Int](repeating: 1, count: inputs.count)
            viewShape[k] = -1
            return try t.view(viewShape).expand(shape)
        }
        // The grids of swapped inputs, swapped back: x varies along dim 1, y along dim 0.
        if swap { grids.swapAt(0, 1) }
        return grids
    }

    /// `torch.cartesian_prod(*tensors)`: every combination of one element from each 1-d tensor, as
    /// rows (a meshgrid flattened and stacked: StackBackward0); one tensor comes back as it is.
    public static func cartesianProd(_ ts: [Tensor]) throws -> Tensor {
        for t in ts where t.dim != 1 {
            throw TorchError.runtime("Expect a 1D vector, but got shape \(Shape.describe(t.shape))")
        }
        if ts.count == 1 { return ts[0] }
        let grids = try meshgrid(ts, indexing: "ij")
        return try stack(grids.map { try $0.reshape([$0.numel]) }, dim: 1)
    }

    /// `torch.combinations(a, r=2, with_replacement=False)`: the length-r combinations of a 1-d
    /// tensor's elements in itertools' order, gathered by one index (IndexBackward0).
    public func combinations(_ r: Int, withReplacement: Bool, limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        guard dim == 1 else { throw TorchError.runtime("Expect a 1D vector, but got shape \(Shape.describe(shape))") }
        guard r >= 0 else { throw TorchError.runtime("Expect a non-negative number, but got \(r)") }
        if r == 0 { return Tensor.zeros([0], dtype: dtype) }
        let n = numel
        // itertools' order, iteratively: the rightmost position that can still grow is advanced and
        // the ones after it restart from it (with replacement) or just after it.
        var rows = [[Int]]()
        if n > 0 && (withReplacement || r <= n) {
            _ = try Shape.count([r], limit: limit)
            var current = withReplacement ? [Int](repeating: 0, count: r) : Array(0..<r)
            while true {
                rows.append(current)
                _ = try Shape.count([rows.count, r], limit: limit)
                var k = r - 1
                while k >= 0 && current[k] == (withReplacement ? n - 1 : n - r + k) { k -= 1 }
                if k < 0 { break }
                current[k] += 1
                for j in (k + 1)..<r { current[j] = withReplacement ? current[k] : current[j - 1] + 1 }
            }
        }
        if rows.isEmpty { return Tensor.zeros([0, r], dtype: dtype) }
        let index = Tensor(ints: rows.flatMap { $0.map(Int64.init) }, shape: [rows.count, r])
        return try self.index(advanced: [.tensor(index)])
    }
}
