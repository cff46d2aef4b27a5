// flip, roll, repeat, tril, triu: copies that move (or zero) elements by position. Each keeps, for
// every output element, the input position it came from, and its backward adds the gradient back there.

extension Op {
    static let flip = Op("FlipBackward0", symbol: "a.flip(dims)", explanation: "reverses the order of the elements along the given dimensions",
                         derivatives: ["1 at the mirrored position"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let roll = Op("RollBackward0", symbol: "a.roll(shifts, dims)", explanation: "shifts the elements along dimensions, wrapping around at the end",
                         derivatives: ["1 at the shifted-back position"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let repeatOp = Op("RepeatBackward0", symbol: "a.repeat(sizes)", explanation: "tiles copies of the tensor along each dimension",
                             derivatives: ["sum over the copies"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let tril = Op("TrilBackward0", symbol: "a.tril(k)", explanation: "keeps the lower triangle (on and below diagonal k) and zeros the rest",
                         derivatives: ["1 in the lower triangle, else 0"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let triu = Op("TriuBackward0", symbol: "a.triu(k)", explanation: "keeps the upper triangle (on and above diagonal k) and zeros the rest",
                         derivatives: ["1 in the upper triangle, else 0"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
}

extension Tensor {
    /// Calls `body` with every coordinate of `shape` in row-major order and its flat index.
    static func forEachCoordinate(_ shape: [Int], _ body: (Int, [Int]) -> Void) {
        let n = Shape.numel(shape)
        var coord = [Int](repeating: 0, count: shape.count)
        for i in 0..<n {
            body(i, coord)
            var k = shape.count - 1
            while k >= 0 { coord[k] += 1; if coord[k] < shape[k] { break }; coord[k] = 0; k -= 1 }
        }
    }

    /// The output of an op that copies input element `map[k]` to output element k (-1: zero), recorded as `op`.
    func positional(_ op: Op, _ map: [Int], shape outShape: [Int]) -> Tensor {
        let src = contiguousCopy()
        let out: Tensor
        switch dtype {
        case .float32, .float16:
            let v = src.floatValues()
            out = Tensor(floats: map.map { $0 >= 0 ? v[$0] : 0 }, shape: outShape, dtype: dtype)
        case .float64:
            let v = src.doubleValues()
            out = Tensor(doubles: map.map { $0 >= 0 ? v[$0] : 0 }, shape: outShape)
        default:
            let v = src.intValues()
            out = Tensor(ints: map.map { $0 >= 0 ? v[$0] : 0 }, shape: outShape, dtype: dtype)
        }
        return record(op, out, inputs: [self], args: OpArgs(ints: map))
    }

    /// Wraps each dim and refuses repeats, with PyTorch's message.
    private func distinctDims(_ dims: [Int]) throws -> [Int] {
        let wrapped = try dims.map { try Shape.wrapDim($0, rank: dim) }
        for (i, d) in wrapped.enumerated() where wrapped[..<i].contains(d) {
            throw TorchError.runtime("dim \(d) appears multiple times in the list of dims")
        }
        return wrapped
    }

    /// `a.flip(dims)`: the elements in reverse order along each of `dims` (a copy).
    public func flip(_ dims: [Int]) throws -> Tensor {
        let ds = try distinctDims(dims)
        let st = Shape.contiguousStrides(shape)
        var map = [Int](repeating: 0, count: numel)
        Tensor.forEachCoordinate(shape) { i, c in
            var p = 0
            for k in 0..<shape.count { p += (ds.contains(k) ? shape[k] - 1 - c[k] : c[k]) * st[k] }
            map[i] = p
        }
        return positional(.flip, map, shape: shape)
    }

    /// `a.roll(shifts, dims)`: elements shifted along each dim, wrapping around; with no dims the
    /// flattened tensor is rolled and the shape kept.
    public func roll(_ shifts: [Int], dims: [Int]) throws -> Tensor {
        if dims.isEmpty {
            guard shifts.count == 1 else { throw TorchError.runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:0") }
            let n = numel
            let map = (0..<n).map { i in n == 0 ? 0 : ((i - shifts[0]) % n + n) % n }
            return positional(.roll, map, shape: shape)
        }
        if shifts.count != dims.count {
            throw TorchError.runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:\(dims.count)")
        }
        let ds = try dims.map { try Shape.wrapDim($0, rank: dim) }
        var shift = [Int](repeating: 0, count: shape.count)
        for (s, d) in zip(shifts, ds) { shift[d] += s }
        let st = Shape.contiguousStrides(shape)
        var map = [Int](repeating: 0, count: numel)
        Tensor.forEachCoordinate(shape) { i, c in
            var p = 0
            for k in 0..<shape.count {
                let n = shape[k]
                p += (n == 0 ? 0 : ((c[k] - shift[k]) % n + n) % n) * st[k]
            }
            map[i] = p
        }
        return positional(.roll, map, shape: shape)
    }

    /// `a.repeat(sizes)`: the tensor tiled `sizes[k]` times along each dim (extra leading sizes add dims).
    public func repeatTiled(_ sizes: [Int], limit: Int = Shape.defaultMaxElements) throws -> Tensor {
        if sizes.count < dim {
            throw TorchError.runtime("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
        }
        let lead = sizes.count - dim
        let padded = [Int](repeating: 1, count: lead) + shape
        let outShape = zip(padded, sizes).map { $0 * $1 }
        if let bad = outShape.first(where: { $0 < 0 }) {
            throw TorchError.runtime("Trying to create tensor with negative dimension \(bad): \(Shape.describe(outShape))")
        }
        _ = try Shape.count(outShape, limit: limit)
        let st = Shape.contiguousStrides(padded)
        var map = [Int](repeating: 0, count: Shape.numel(outShape))
        Tensor.forEachCoordinate(outShape) { i, c in
            var p = 0
            for k in 0..<outShape.count { p += (c[k] % padded[k]) * st[k] }
            map[i] = p
        }
        return positional(.repeatOp, map, shape: outShape)
    }

    /// `a.tril(k)` / `a.triu(k)`: the last two dims' lower (upper) triangle kept, the rest zeroed.
    public func triangle(lower: Bool, diagonal k: Int) throws -> Tensor {
        if dim < 2 { throw TorchError.runtime("\(lower ? "tril" : "triu"): input tensor must have at least 2 dimensions") }
        let r = dim - 2
        var map = [Int](repeating: 0, count: numel)
        Tensor.forEachCoordinate(shape) { i, c in
            let keep = lower ? c[r + 1] - c[r] <= k : c[r + 1] - c[r] >= k
            map[i] = keep ? i : -1
        }
        return positional(lower ? .tril : .triu, map, shape: shape)
    }
}
