// Advanced indexing with several index tensors, mixed with ints, slices, None and `...`:
// `x[[0, 1], [1, 2]]`, `x[1:, [0, 2]]`, `x[idx, 1]`, and assignment through them.
// Ints, slices, None and `...` apply first (as PyTorch's basic indexing does); the index tensors then
// pick positions together (broadcast against each other). When the indexed dims are adjacent their
// result dims take their place; otherwise they go first.

/// One component of a subscript that may contain index tensors.
public enum AdvancedIndex {
    case basic(TensorIndex)
    case tensor(Tensor)
}

extension Op {
    static let indexMulti = Op("IndexBackward0", symbol: "a[i, j]", explanation: "gathers the positions the index tensors name",
                               derivatives: ["1 at each gathered position (summed when repeated)"], kind: .other, savesTensors: true,
                               differentiable: { c in
                                   [Tensor.indexPutGradient(c.grad, positions: c.saved[0].intValues().map { Int($0) }, into: c.inputShapes[0])]
                               }) { c in
        [Tensor.scatterAdding(c.grad, at: c.saved[0].intValues().map { Int($0) }, into: c.inputShapes[0])]
    }
    /// index_backward (`_index_put_impl_(zeros, indices, grad, accumulate=True)`) as an op of its own
    /// under create_graph; its gradient gathers the same positions back (IndexBackward0).
    static let indexPutImpl = Op.backwardKernel("IndexPutImplBackward0", symbol: "zeros with g added at idx", explanation: "indexing's backward: the gradient added into the gathered positions",
                                                derivatives: ["g[idx]"]) { c in
        [c.grad.gatheringPositions(c.saved[0].intValues().map { Int($0) }, shape: c.inputShapes[0])]
    }
    static let indexPut = Op("IndexPutBackward0", symbol: "a[idx] = b", explanation: "writes b into the positions index tensors name (in place)",
                             derivatives: ["1 outside the positions, 0 at them", "1 summed over the positions"], kind: .other, savesTensors: false,
                             backward: Op.regionWriteBackward)
}

extension Tensor {
    /// The elements at flat logical `positions`, as a new tensor of `shape`, recorded as IndexBackward0.
    func gatheringPositions(_ positions: [Int], shape: [Int]) -> Tensor {
        record(.indexMulti, picking(positions, shape: shape), inputs: [self], saving: [Tensor(ints: positions.map { Int64($0) }, shape: [positions.count])])
    }

    /// `g` added into zeros of `shape` at flat `positions` (repeats summed), recorded as IndexPutImplBackward0.
    static func indexPutGradient(_ g: Tensor, positions: [Int], into shape: [Int]) -> Tensor {
        record(.indexPutImpl, scatterAdding(g, at: positions, into: shape), inputs: [g],
               saving: [Tensor(ints: positions.map { Int64($0) }, shape: [positions.count])])
    }

    /// True when `items` needs the advanced path (it holds an index tensor).
    public static func hasIndexTensor(_ items: [AdvancedIndex]) -> Bool {
        items.contains { if case .tensor = $0 { return true }; return false }
    }

    /// The result shape and, per result element, its flat logical position in `self`.
    func advancedPositions(_ items: [AdvancedIndex]) throws -> (shape: [Int], positions: [Int]) {
        // Bool masks become one long index tensor per masked dim (their nonzero coordinates).
        var expanded = [AdvancedIndex]()
        for item in items {
            guard case .tensor(let t) = item, t.dtype == .bool else { expanded.append(item); continue }
            let vals = t.intValues()
            let strides = Shape.contiguousStrides(t.shape)
            var coords = [[Int64]](repeating: [], count: max(t.dim, 1))
            for (flat, v) in vals.enumerated() where v != 0 {
                for d in 0..<t.dim { coords[d].append(Int64(flat / strides[d] % t.shape[d])) }
            }
            if t.dim == 0 {
                expanded.append(.basic(.newAxis))
                if vals.first == 0 { expanded.append(.tensor(Tensor(ints: [], shape: [0]))) } else { expanded.append(.tensor(Tensor(ints: [0], shape: [1]))) }
                continue
            }
            for d in 0..<t.dim { expanded.append(.tensor(Tensor(ints: coords[d], shape: [coords[d].count]))) }
        }
        for case .tensor(let t) in expanded where t.dtype != .int64 && t.dtype != .int32 {
            throw TorchError(.index, "tensors used as indices must be long, int, byte or bool tensors")
        }
        // Basic indexing of a tensor of positions, with each index tensor replaced by a full slice.
        var basic = [TensorIndex]()
        var tensorAt = [(dim: Int, index: Tensor)]()
        let consumedByOthers = expanded.reduce(0) { n, item in
            switch item {
            case .basic(.int), .basic(.slice), .tensor: return n + 1
            default: return n
            }
        }
        var outDim = 0
        for item in expanded {
            switch item {
            case .tensor(let t):
                tensorAt.append((outDim, t))
                basic.append(.slice(start: nil, stop: nil, step: nil))
                outDim += 1
            case .basic(let b):
                basic.append(b)
                switch b {
                case .int: break
                case .slice, .newAxis: outDim += 1
                case .ellipsis: outDim += max(dim - consumedByOthers, 0)
                }
            }
        }
        let ids = Tensor(ints: (0..<Int64(numel)).map { $0 }, shape: shape)
        let view = try GradMode.withDisabled { try ids.index(basic) }
        let vShape = view.shape
        let vVals = view.intValues()
        let cStrides = Shape.contiguousStrides(vShape)
        // Broadcast the index tensors together.
        var bShape = [Int]()
        for (_, t) in tensorAt {
            do { bShape = try Shape.broadcast(bShape, t.shape) } catch {
                let shapes = tensorAt.map { "[" + $0.index.shape.map(String.init).joined(separator: ", ") + "]" }.joined(separator: ", ")
                throw TorchError(.index, "shape mismatch: indexing tensors could not be broadcast together with shapes \(shapes)")
            }
        }
        let bCount = Shape.numel(bShape)
        var offsetPerB = [Int](repeating: 0, count: bCount)
        for (d, t) in tensorAt {
            let size = vShape[d]
            let values = try t.broadcast(to: bShape).intValues()
            for (k, raw) in values.enumerated() {
                guard raw >= -Int64(size) && raw < Int64(size) else {
                    throw TorchError(.index, "index \(raw) is out of bounds for dimension \(d) with size \(size)")
                }
                let i = raw < 0 ? Int(raw) + size : Int(raw)
                offsetPerB[k] += i * cStrides[d]
            }
        }
        let dims = tensorAt.map(\.dim)
        let adjacent = zip(dims, dims.dropFirst()).allSatisfy { $1 == $0 + 1 }
        let rest = (0..<vShape.count).filter { !dims.contains($0) }
        let pre = adjacent ? rest.filter { $0 < (dims.first ?? 0) } : []
        let post = adjacent ? rest.filter { $0 > (dims.last ?? 0) } : rest
        func offsets(_ ds: [Int]) -> [Int] {
            var out = [0]
            for d in ds {
                var next = [Int]()
                next.reserveCapacity(out.count * vShape[d])
                for o in out { for i in 0..<vShape[d] { next.append(o + i * cStrides[d]) } }
                out = next
            }
            return out
        }
        let preOffsets = offsets(pre), postOffsets = offsets(post)
        var positions = [Int]()
        positions.reserveCapacity(preOffsets.count * bCount * postOffsets.count)
        for p in preOffsets {
            for b in offsetPerB {
                for s in postOffsets { positions.append(Int(vVals[p + b + s])) }
            }
        }
        let outShape = pre.map { vShape[$0] } + bShape + post.map { vShape[$0] }
        return (outShape, positions)
    }

    /// `t[i, j, …]` where some components are index tensors: a copy (IndexBackward0).
    public func index(advanced items: [AdvancedIndex]) throws -> Tensor {
        let (outShape, positions) = try advancedPositions(items)
        let r = picking(positions, shape: outShape)
        if dtype.isIntegral { return r }
        return record(.indexMulti, r, inputs: [self], saving: [Tensor(ints: positions.map { Int64($0) }, shape: [positions.count])])
    }

    /// `t[i, j, …] = value` where some components are index tensors, in place (CopySlices).
    public func setIndex(advanced items: [AdvancedIndex], _ value: Tensor) throws {
        if GradMode.isEnabled && isLeaf && leafRequiresGrad {
            throw TorchError.runtime("a leaf Variable that requires grad is being used in an in-place operation.", code: .leafInplace)
        }
        let (regionShape, positions) = try advancedPositions(items)
        let b = try value.broadcast(to: regionShape)
        let recording = GradMode.isEnabled && (requiresGrad || value.requiresGrad)
        let viewBase = recording ? viewBaseForRebase() : nil
        let old = Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype)
        old.gradFn = gradFn
        old._outputNr = _outputNr
        writing(b, at: positions)
        guard recording else { return }
        let args = OpArgs(ints: [regionShape.count] + regionShape + positions)
        record(.indexPut, self, inputs: value.isWrappedNumber ? [old] : [old, value], args: args)
        if let viewBase { rebase(onto: viewBase) }
    }
}
