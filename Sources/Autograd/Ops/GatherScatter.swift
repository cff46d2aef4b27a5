// gather, scatter, scatter_add and index_select: elements moved by an index tensor along one dim,
// with PyTorch's checks and backward formulas (derivatives.yaml).

extension Op {
    static let gather = Op("GatherBackward0", symbol: "a.gather(d, idx)", explanation: "picks, along a dimension, the elements an index tensor names",
                           derivatives: ["1 at each picked element (summed when picked twice)"], kind: .other, savesTensors: false) { c in
        [Tensor.positionalGrad(c)]
    }
    static let indexSelect = Op("IndexSelectBackward0", symbol: "a.index_select(d, idx)", explanation: "takes the slices of a dimension an index vector lists",
                                derivatives: ["1 at each taken element (summed when taken twice)"], kind: .other, savesTensors: false) { c in
        [Tensor.positionalGrad(c)]
    }
    /// `args.ints`: [count, target positions…, source positions…]: the positions written in the result
    /// and where in `src` each value came from.
    static let scatter = Op("ScatterBackward0", symbol: "a.scatter(d, idx, src)", explanation: "writes src's elements into a copy of a at the positions an index tensor names",
                            derivatives: ["1 where not overwritten", "1 at each written element"], kind: .other, savesTensors: false) { c in
        let (targets, sources) = Tensor.scatterMaps(c.args)
        return [c.wants(0) ? Tensor.zeroing(c.grad, at: targets) : nil,
                c.wants(1) ? try Tensor.scatterSourceGrad(c, targets, sources) : nil]
    }
    static let scatterValue = Op("ScatterBackward1", symbol: "a.scatter(d, idx, value)", explanation: "writes one number into a copy of a at the positions an index tensor names",
                                 derivatives: ["1 where not overwritten"], kind: .other, savesTensors: false) { c in
        [Tensor.zeroing(c.grad, at: Tensor.scatterMaps(c.args).targets)]
    }
    static let scatterAdd = Op("ScatterAddBackward0", symbol: "a.scatter_add(d, idx, src)", explanation: "adds src's elements into a copy of a at the positions an index tensor names",
                               derivatives: ["1", "1 at each added element"], kind: .other, savesTensors: false) { c in
        let (targets, sources) = Tensor.scatterMaps(c.args)
        return [c.wants(0) ? c.grad : nil, c.wants(1) ? try Tensor.scatterSourceGrad(c, targets, sources) : nil]
    }
}

extension Tensor {
    /// The backward of an op whose output element k is input element `args.ints[k]` (-1: a zero):
    /// each gradient element added back at its input position.
    static func positionalGrad(_ c: BackwardContext) -> Tensor {
        let g = c.grad.contiguousCopy()
        let map = c.args.ints
        let kept = map.indices.filter { map[$0] >= 0 }
        if kept.count == map.count { return scatterAdding(g, at: map, into: c.inputShapes[0]) }
        return scatterAdding(g.picking(kept, shape: [kept.count]), at: kept.map { map[$0] }, into: c.inputShapes[0])
    }

    /// The gradient with +0 at `positions` (what scatter overwrote).
    static func zeroing(_ g: Tensor, at positions: [Int]) -> Tensor {
        let out = g.contiguousCopy()
        if g.dtype == .float64 {
            var v = out.doubleValues()
            for p in positions { v[p] = 0 }
            return Tensor(doubles: v, shape: g.shape)
        }
        var v = out.floatValues()
        for p in positions { v[p] = 0 }
        return Tensor(floats: v, shape: g.shape)
    }

    static func scatterMaps(_ args: OpArgs) -> (targets: [Int], sources: [Int]) {
        let n = args.ints.first ?? 0
        return (Array(args.ints[1..<(1 + n)]), Array(args.ints[(1 + n)...]))
    }

    /// derivatives.yaml: `src: grad.gather(dim, index)`, a gradient of the index's shape, which the
    /// engine refuses when `src` is larger than the index (as PyTorch's does).
    static func scatterSourceGrad(_ c: BackwardContext, _ targets: [Int], _ sources: [Int]) throws -> Tensor {
        let indexShape = c.args.scalars.map { Int($0) }
        if indexShape != c.inputShapes[1] {
            throw TorchError.runtime("Function \(c.node.name) returned an invalid gradient at index 1 - got \(Shape.describe(indexShape)) but expected shape compatible with \(Shape.describe(c.inputShapes[1]))")
        }
        return c.grad.contiguousCopy().picking(targets, shape: indexShape)
    }

    /// The index tensor of gather / scatter: int64 (gather also takes int32), as many dims as `self`.
    private func scatterIndex(_ index: Tensor, _ name: String, int32: Bool) throws {
        if !(index.dtype == .int64 || (int32 && index.dtype == .int32)) {
            throw TorchError.runtime(int32 ? "\(name)(): Expected dtype int32/int64 for index" : "\(name)(): Expected dtype int64 for index")
        }
        if index.dim != Swift.max(dim, 1) && !(index.dim <= 1 && dim <= 1) {
            throw TorchError.runtime("Index tensor must have the same number of dimensions as input tensor")
        }
    }

    /// For each element of `index` (logical order): the flat position it names in a tensor of
    /// `target` shape (its own coordinates, with the index value at `d`), and the flat position of
    /// the same coordinates in a tensor of `source` shape.
    private static func indexPositions(_ index: Tensor, dim d: Int, target: [Int], source: [Int]) throws -> (targets: [Int], sources: [Int]) {
        let ishape = index.shape.isEmpty ? [1] : index.shape
        let tshape = target.isEmpty ? [1] : target, sshape = source.isEmpty ? [1] : source
        let tst = Shape.contiguousStrides(tshape), sst = Shape.contiguousStrides(sshape)
        let values = index.intValues()
        var targets = [Int](), sources = [Int]()
        targets.reserveCapacity(values.count)
        sources.reserveCapacity(values.count)
        var coord = [Int](repeating: 0, count: ishape.count)
        for v in values {
            guard v >= 0 && v < Int64(tshape[d]) else {
                throw TorchError.runtime("index \(v) is out of bounds for dimension \(d) with size \(tshape[d])")
            }
            var t = 0, s = 0
            for k in 0..<ishape.count {
                t += (k == d ? Int(v) : coord[k]) * tst[k]
                s += coord[k] * (k < sst.count ? sst[k] : 0)
            }
            targets.append(t)
            sources.append(s)
            var k = ishape.count - 1
            while k >= 0 { coord[k] += 1; if coord[k] < ishape[k] { break }; coord[k] = 0; k -= 1 }
        }
        return (targets, sources)
    }

    /// `a.gather(dim, index)`: `out[i][j] = a[i][index[i][j]]` (for dim 1), shaped like `index`.
    public func gather(dim d: Int, index: Tensor) throws -> Tensor {
        let d = try Shape.wrapDim(d, rank: dim)
        try scatterIndex(index, "gather", int32: true)
        let ishape = index.shape, sshape = shape
        for k in 0..<Swift.min(ishape.count, sshape.count) where k != d && ishape[k] > sshape[k] {
            throw TorchError.runtime("Size does not match at dimension \(k) expected index \(Shape.describe(ishape)) to be no larger than self \(Shape.describe(sshape)) apart from dimension \(d)")
        }
        let (targets, _) = try Tensor.indexPositions(index, dim: d, target: shape, source: index.shape)
        let out = contiguousCopy().picking(targets, shape: index.shape)
        return record(.gather, out, inputs: [self], args: OpArgs(ints: targets))
    }

    /// `a.scatter(dim, index, src)` / `a.scatter_add(dim, index, src)`: a copy of `a` with `src`'s
    /// elements written (or added, in index order) at the positions `index` names along `dim`.
    public func scatter(dim d: Int, index: Tensor, source src: Tensor, add: Bool) throws -> Tensor {
        let d = try Shape.wrapDim(d, rank: dim)
        let name = add ? "scatter_add" : "scatter"
        try scatterIndex(index, name, int32: false)
        if src.dtype != dtype { throw TorchError.runtime("\(name)(): Expected self.dtype to be equal to src.dtype") }
        let ishape = index.shape
        let fits = (0..<ishape.count).allSatisfy { k in
            (k >= src.shape.count || ishape[k] <= src.shape[k]) && (k == d || k >= shape.count || ishape[k] <= shape[k])
        }
        if !fits {
            throw TorchError.runtime("Expected index \(Shape.describe(ishape)) to be no larger than self \(Shape.describe(shape)) apart from dimension \(d) and to be no larger size than src \(Shape.describe(src.shape))")
        }
        let (targets, sources) = try Tensor.indexPositions(index, dim: d, target: shape, source: src.shape)
        let values = src.contiguousCopy().picking(sources, shape: [sources.count])
        let out: Tensor
        // A new tensor from the updated elements (never a write into one: a traced loop would refuse it).
        switch dtype {
        case .float32, .float16:
            var v = floatValues()
            for (k, x) in values.floatValues().enumerated() { v[targets[k]] = add ? v[targets[k]] + x : x }
            out = Tensor(floats: v, shape: shape, dtype: dtype)
        case .float64:
            var v = doubleValues()
            for (k, x) in values.doubleValues().enumerated() { v[targets[k]] = add ? v[targets[k]] + x : x }
            out = Tensor(doubles: v, shape: shape)
        default:
            var v = intValues()
            for (k, x) in values.intValues().enumerated() { v[targets[k]] = add ? v[targets[k]] &+ x : x }
            if dtype == .bool { v = v.map { $0 != 0 ? 1 : 0 } }
            out = Tensor(ints: v, shape: shape, dtype: dtype)
        }
        let args = OpArgs(scalars: ishape.map(Double.init), ints: [targets.count] + targets + sources)
        return record(add ? .scatterAdd : .scatter, out, inputs: [self, src], args: args)
    }

    /// `a.scatter(dim, index, value)`: a copy of `a` with `value` (cast to a's dtype) at the positions
    /// `index` names (ScatterBackward1).
    public func scatter(dim d: Int, index: Tensor, value: Scalar) throws -> Tensor {
        let d = try Shape.wrapDim(d, rank: dim)
        try scatterIndex(index, "scatter", int32: false)
        let ishape = index.shape
        for k in 0..<Swift.min(ishape.count, shape.count) where k != d && ishape[k] > shape[k] {
            throw TorchError.runtime("Expected index \(Shape.describe(ishape)) to be no larger than self \(Shape.describe(shape)) apart from dimension \(d)")
        }
        let (targets, _) = try Tensor.indexPositions(index, dim: d, target: shape, source: index.shape)
        let filler = Tensor.wrapped(value).cast(to: dtype)
        let result: Tensor
        switch dtype {
        case .float32, .float16:
            var v = floatValues(), x = filler.floatValues()[0]
            for t in targets { v[t] = x }
            result = Tensor(floats: v, shape: shape, dtype: dtype)
        case .float64:
            var v = doubleValues(), x = filler.doubleValues()[0]
            for t in targets { v[t] = x }
            result = Tensor(doubles: v, shape: shape)
        default:
            var v = intValues(), x = filler.intValues()[0]
            for t in targets { v[t] = x }
            result = Tensor(ints: v, shape: shape, dtype: dtype)
        }
        return record(.scatterValue, result, inputs: [self], args: OpArgs(ints: [targets.count] + targets))
    }

    /// `a.index_select(dim, index)`: the slices of `dim` listed by a vector (or 0-d) int index.
    public func indexSelect(dim d: Int, index: Tensor) throws -> Tensor {
        let d = try Shape.wrapDim(d, rank: dim)
        if index.dim > 1 { throw TorchError(.index, "index_select(): Index is supposed to be a vector") }
        if index.dtype != .int64 && index.dtype != .int32 {
            throw TorchError.runtime("index_select(): Expected dtype int32 or int64 for index")
        }
        let full = shape.isEmpty ? [1] : shape
        let picks = index.intValues()
        for p in picks where p < 0 || p >= Int64(full[d]) { throw TorchError(.index, "index out of range in self") }
        let outer = full[..<d].reduce(1, *), n = full[d], inner = full[(d + 1)...].reduce(1, *)
        var positions = [Int]()
        positions.reserveCapacity(outer * picks.count * inner)
        for o in 0..<outer {
            for p in picks {
                let base = (o * n + Int(p)) * inner
                for i in 0..<inner { positions.append(base + i) }
            }
        }
        var s = shape
        if !s.isEmpty { s[d] = picks.count }
        let out = contiguousCopy().picking(positions, shape: s)
        return record(.indexSelect, out, inputs: [self], args: OpArgs(ints: positions))
    }
}
