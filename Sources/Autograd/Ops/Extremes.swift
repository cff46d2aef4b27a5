// max / min reductions (whole tensor and along a dim) with PyTorch's backward rules.

extension Op {
    static let maxAll = Op("MaxBackward1", symbol: "max(a)", explanation: "picks the largest element",
                           derivatives: ["1 at the maximum (shared among ties)"], kind: .other, savesTensors: true) { c in
        [try Tensor.evenlyDistribute(c.grad, input: c.saved[0], result: c.saved[1])]
    }
    static let minAll = Op("MinBackward1", symbol: "min(a)", explanation: "picks the smallest element",
                           derivatives: ["1 at the minimum (shared among ties)"], kind: .other, savesTensors: true) { c in
        [try Tensor.evenlyDistribute(c.grad, input: c.saved[0], result: c.saved[1])]
    }
    static let maxDim = Op("MaxBackward0", symbol: "max(a, dim)", explanation: "picks the largest element along a dimension",
                           derivatives: ["1 at each maximum"], kind: .other, savesTensors: true) { c in
        [Tensor.selectBackward(c.grad, indices: c.saved[0], dim: c.args.ints[0], keepdim: c.args.flag, shape: c.inputShapes[0])]
    }
    static let minDim = Op("MinBackward0", symbol: "min(a, dim)", explanation: "picks the smallest element along a dimension",
                           derivatives: ["1 at each minimum"], kind: .other, savesTensors: true) { c in
        [Tensor.selectBackward(c.grad, indices: c.saved[0], dim: c.args.ints[0], keepdim: c.args.flag, shape: c.inputShapes[0])]
    }
}

extension Tensor {
    /// PyTorch's `evenly_distribute_backward`: the gradient is split among the elements equal to the result.
    static func evenlyDistribute(_ grad: Tensor, input: Tensor, result: Tensor) throws -> Tensor {
        if input.dtype == .float64 {
            let r = result.doubleValues()[0]
            let mask = input.doubleValues().map { ($0 == r || ($0.isNaN && r.isNaN)) ? 1.0 : 0 }
            let g = grad.doubleValues()[0] / Swift.max(mask.reduce(0, +), 1)
            return Tensor(doubles: mask.map { $0 * g }, shape: input.shape)
        }
        let r = result.floatValues()[0]
        let v = input.floatValues()
        let mask = v.map { ($0 == r || ($0.isNaN && r.isNaN)) ? Float(1) : 0 }
        let count = mask.reduce(0, +)
        let g = grad.floatValues()[0] / Swift.max(count, 1)
        return Tensor(floats: mask.map { $0 * g }, shape: input.shape)
    }

    /// Scatters a dim-reduction's gradient back to the positions in `indices`.
    static func selectBackward(_ grad: Tensor, indices: Tensor, dim d: Int, keepdim: Bool, shape: [Int]) -> Tensor {
        // A 0-d input reduces over its one element as if it had shape [1].
        let full = shape.isEmpty ? [1] : shape
        let outer = full[..<d].reduce(1, *), n = full[d], inner = full[(d + 1)...].reduce(1, *)
        let idx = indices.intValues()
        var positions = [Int](), sources = [Int]()
        for o in 0..<outer {
            for i in 0..<inner {
                let k = Int(idx[o * inner + i])
                if k >= 0 && k < n { positions.append((o * n + k) * inner + i); sources.append(o * inner + i) }
            }
        }
        return Tensor.scatterAdding(grad.contiguousCopy().picking(sources, shape: [sources.count]), at: positions, into: shape)
    }

    /// `a.max()` / `a.min()` over all elements (NaN wins), recorded as MaxBackward1 / MinBackward1.
    public func extremeAll(max wantMax: Bool) throws -> Tensor {
        if numel == 0 {
            throw TorchError.runtime("\(wantMax ? "max" : "min")(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
        }
        if dtype.isIntegral {
            let v = intValues()
            let best = wantMax ? (v.max() ?? 0) : (v.min() ?? 0)
            return Tensor(ints: [best], shape: [], dtype: dtype)
        }
        if dtype == .float64 {
            let v = doubleValues()
            var best = v[0]
            for x in v where x.isNaN || (wantMax ? x > best : x < best) {
                best = x
                if x.isNaN { break }
            }
            let out = Tensor(doubles: [best], shape: [])
            return record(wantMax ? .maxAll : .minAll, out, inputs: [self], saving: [self, out])
        }
        let v = floatValues()
        var best = v[0]
        for x in v where x.isNaN || (wantMax ? x > best : x < best) {
            best = x
            if x.isNaN { break }
        }
        let out = Tensor(floats: [best], shape: [], dtype: dtype)
        return record(wantMax ? .maxAll : .minAll, out, inputs: [self], saving: [self, out])
    }

    /// `a.max(dim)` / `a.min(dim)`: values (recorded as MaxBackward0 / MinBackward0) and int64 indices.
    public func extremeAlong(dim d: Int, max wantMax: Bool, keepdim: Bool) throws -> (Tensor, Tensor) {
        let d = try Shape.wrapDim(d, rank: dim)
        if self.dim == 0 {
            let v = contiguousCopy()
            let i = Tensor(ints: [0], shape: [])
            return (record(wantMax ? .maxDim : .minDim, v, inputs: [self], saving: [i], args: OpArgs(ints: [0], flag: keepdim)), i)
        }
        if shape[d] == 0 {
            throw TorchError(.index, "\(wantMax ? "max" : "min")(): Expected reduction dim \(d) to have non-zero size.")
        }
        let outer = shape[..<d].reduce(1, *), n = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        // Integers compare as integers: through Double, 2**63 - 1 would trap and 2**53 + 1 would round.
        func scan<T: Comparable>(_ v: [T], isNaN: (T) -> Bool) -> (vals: [T], idx: [Int64]) {
            var vals = [T](), idx = [Int64]()
            vals.reserveCapacity(outer * inner)
            for o in 0..<outer {
                for i in 0..<inner {
                    var bi = 0
                    var best = v[o * n * inner + i]
                    if !isNaN(best) {
                        for k in 1..<Swift.max(n, 1) {
                            let x = v[(o * n + k) * inner + i]
                            if isNaN(x) { best = x; bi = k; break }
                            if wantMax ? x > best : x < best { best = x; bi = k }
                        }
                    }
                    vals.append(best)
                    idx.append(Int64(bi))
                }
            }
            return (vals, idx)
        }
        var s = shape
        if keepdim { s[d] = 1 } else { s.remove(at: d) }
        let vt: Tensor, idx: [Int64]
        if dtype.storesFloats {
            let r = scan(floatValues()) { $0.isNaN }
            (vt, idx) = (Tensor(floats: r.vals, shape: s, dtype: dtype), r.idx)
        } else if dtype == .float64 {
            let r = scan(doubleValues()) { $0.isNaN }
            (vt, idx) = (Tensor(doubles: r.vals, shape: s), r.idx)
        } else {
            let r = scan(intValues()) { _ in false }
            (vt, idx) = (Tensor(ints: r.vals, shape: s, dtype: dtype), r.idx)
        }
        let it = Tensor(ints: idx, shape: s)
        record(wantMax ? .maxDim : .minDim, vt, inputs: [self], saving: [it], args: OpArgs(ints: [d], flag: keepdim))
        return (vt, it)
    }

    /// `a.argmax()` / `a.argmin()` (flattened, or along `dim`): first index of the extreme (NaN wins).
    public func argExtreme(dim: Int?, keepdim: Bool, max wantMax: Bool) throws -> Tensor {
        guard let d = dim else {
            if numel == 0 { throw TorchError(.index, "\(wantMax ? "argmax" : "argmin")(): Expected reduction dim to be specified for input.numel() == 0.") }
            let flat = try contiguousCopy().reshape([numel])
            let (_, i) = try flat.detach().extremeAlong(dim: 0, max: wantMax, keepdim: false)
            return keepdim ? try i.reshape([Int](repeating: 1, count: self.dim)) : i
        }
        return try detach().extremeAlong(dim: d, max: wantMax, keepdim: keepdim).1
    }
}
