// sort, argsort, msort, topk, median, amax/amin: elements ordered or picked by value, with PyTorch's
// rules (NaN is the largest value; sort is stable; amax/amin and median share the gradient among ties).

extension Op {
    static let sort = Op("SortBackward0", symbol: "a.sort(d)", explanation: "orders the elements along a dimension by value",
                         derivatives: ["1 at each element's new position"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let topk = Op("TopkBackward0", symbol: "a.topk(k, d)", explanation: "keeps the k largest (or smallest) elements along a dimension",
                         derivatives: ["1 at each kept element, 0 elsewhere"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
    static let median = Op("MedianBackward0", symbol: "a.median()", explanation: "picks the middle element (the lower one of two)",
                           derivatives: ["1 at the median (shared among ties)"], kind: .other, savesTensors: true) { c in
        [try Tensor.evenlyDistribute(c.grad, input: c.saved[0], result: c.saved[1])]
    }
    /// `args.ints`: the output position of every input element.
    static let amax = Op("AmaxBackward0", symbol: "a.amax(d)", explanation: "the largest element of each slice",
                         derivatives: ["1 at the maximum (shared among ties)"], kind: .other, savesTensors: true) { c in
        [Tensor.sharedAmongTies(c.grad, input: c.saved[0], result: c.saved[1], groups: c.args.ints)]
    }
    static let amin = Op("AminBackward0", symbol: "a.amin(d)", explanation: "the smallest element of each slice",
                         derivatives: ["1 at the minimum (shared among ties)"], kind: .other, savesTensors: true) { c in
        [Tensor.sharedAmongTies(c.grad, input: c.saved[0], result: c.saved[1], groups: c.args.ints)]
    }
}

extension Tensor {
    /// The elements as Doubles for ordering (int64 beyond 2**53 keeps its order through `Int64` below).
    private enum SortKeys {
        case floating([Double])
        case integral([Int64])

        func less(_ a: Int, _ b: Int) -> Bool {
            switch self {
            case .floating(let v):
                // NaN is the largest value, as in PyTorch's sort.
                if v[a].isNaN { return false }
                return v[b].isNaN || v[a] < v[b]
            case .integral(let v): return v[a] < v[b]
            }
        }
    }

    private var sortKeys: SortKeys {
        dtype.isFloatingPoint ? .floating(contiguousCopy().doubleValues()) : .integral(contiguousCopy().intValues())
    }

    /// For every slice along `d`: the positions of its elements in value order (stable: equal values
    /// keep their order), as flat input positions, and their indices along `d`.
    private func orderAlong(_ d: Int, descending: Bool) -> (positions: [Int], indices: [Int64]) {
        let full = shape.isEmpty ? [1] : shape
        let outer = full[..<d].reduce(1, *), n = full[d], inner = full[(d + 1)...].reduce(1, *)
        let keys = sortKeys
        var positions = [Int](repeating: 0, count: numel), indices = [Int64](repeating: 0, count: numel)
        var order = Array(0..<n)
        for o in 0..<outer {
            for i in 0..<inner {
                let at = { (k: Int) in (o * n + k) * inner + i }
                order = Array(0..<n)
                // Merge sort keeps ties in index order; a comparison is "strictly before".
                order = Self.stableSorted(order) { a, b in descending ? keys.less(at(b), at(a)) : keys.less(at(a), at(b)) }
                for (k, src) in order.enumerated() {
                    positions[at(k)] = at(src)
                    indices[at(k)] = Int64(src)
                }
            }
        }
        return (positions, indices)
    }

    /// A stable sort by `before` (Swift's `sort` is not guaranteed stable).
    static func stableSorted(_ items: [Int], by before: (Int, Int) -> Bool) -> [Int] {
        if items.count < 2 { return items }
        var a = items, b = items
        var width = 1
        while width < a.count {
            var lo = 0
            while lo < a.count {
                let mid = Swift.min(lo + width, a.count), hi = Swift.min(lo + 2 * width, a.count)
                var i = lo, j = mid, k = lo
                while i < mid && j < hi {
                    if before(a[j], a[i]) { b[k] = a[j]; j += 1 } else { b[k] = a[i]; i += 1 }
                    k += 1
                }
                while i < mid { b[k] = a[i]; i += 1; k += 1 }
                while j < hi { b[k] = a[j]; j += 1; k += 1 }
                lo = hi
            }
            swap(&a, &b)
            width *= 2
        }
        return a
    }

    /// `a.sort(dim=-1, descending=False, stable=False)`: the values in order (SortBackward0) and their
    /// int64 indices. PyTorch's CPU sort is stable either way, and so is this one.
    public func sort(dim d: Int = -1, descending: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.wrapDim(d, rank: dim)
        let (positions, indices) = orderAlong(d, descending: descending)
        return (positional(.sort, positions, shape: shape), Tensor(ints: indices, shape: shape))
    }

    /// `a.argsort(dim=-1, descending=False)`: the indices that sort `a` (no gradient).
    public func argsort(dim d: Int = -1, descending: Bool = false) throws -> Tensor {
        let d = try Shape.wrapDim(d, rank: dim)
        return Tensor(ints: orderAlong(d, descending: descending).indices, shape: shape)
    }

    /// `a.topk(k, dim=-1, largest=True, sorted=True)`: the k largest (smallest) values along `dim`
    /// (TopkBackward0) and their indices, selected as PyTorch's CPU kernel selects them
    /// (TopKImpl.h: `std::partial_sort` when k·64 <= n, else `std::nth_element` and a sort of the
    /// first k - 1), so equal values come in PyTorch's order; NaN counts as the largest.
    public func topk(_ k: Int, dim d: Int = -1, largest: Bool = true, sorted: Bool = true) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.wrapDim(d, rank: dim)
        let n = shape.isEmpty ? 1 : shape[d]
        guard k >= 0 && k <= n else { throw TorchError.runtime("selected index k out of range") }
        let keys = RankKeys(self)
        let before: (Int, Int) -> Bool = largest
            ? { (keys.isNaN($0) && !keys.isNaN($1)) || keys.less($1, $0) }
            : { (!keys.isNaN($0) && keys.isNaN($1)) || keys.less($0, $1) }
        var map = [Int](), idx = [Int64]()
        let full = shape.isEmpty ? [1] : shape
        let inner = full[(d + 1)...].reduce(1, *)
        let slices = Tensor.slices(shape, dim: d)
        var picked = [[Int]]()
        for slice in slices {
            var queue = slice
            if k > 0 {
                if k * 64 <= n {
                    LibstdcxxSort.partialSort(&queue, k, before)
                } else {
                    LibstdcxxSort.nthElement(&queue, k - 1, before)
                    if sorted { LibstdcxxSort.sortPrefix(&queue, k - 1, before) }
                }
            }
            picked.append(Array(queue.prefix(k)))
        }
        // Output order: the k picks of each slice along `d`, the other dims row-major.
        let outer = slices.count / Swift.max(inner, 1)
        for o in 0..<outer {
            for j in 0..<k {
                for i in 0..<inner {
                    let p = picked[o * inner + i][j]
                    map.append(p)
                    idx.append(Int64((p / inner) % n))
                }
            }
        }
        var outShape = shape
        if !outShape.isEmpty { outShape[d] = k }
        return (positional(.topk, map, shape: outShape), Tensor(ints: idx, shape: outShape))
    }

    /// `a.median()`: the lower of the two middle values of all elements (NaN if there is one),
    /// recorded as MedianBackward0.
    public func median() throws -> Tensor {
        if numel == 0 { throw TorchError.runtime("median() input tensor cannot be empty") }
        let flat = try reshape([numel])
        let order = flat.orderAlong(0, descending: false)
        let position = order.positions.isEmpty ? 0 : Tensor.medianPosition(flat, order.positions)
        let out = flat.contiguousCopy().picking([position], shape: [])
        if dtype.isIntegral { return out }
        return record(.median, out, inputs: [self], saving: [self, out])
    }

    /// The flat position of the median: the first NaN if any (NaN sorts last), else the lower middle.
    private static func medianPosition(_ flat: Tensor, _ sorted: [Int]) -> Int {
        if flat.dtype.isFloatingPoint, let last = sorted.last, flat.contiguousCopy().doubleValues()[last].isNaN {
            let v = flat.contiguousCopy().doubleValues()
            return sorted.first { v[$0].isNaN } ?? last
        }
        return sorted[(sorted.count - 1) / 2]
    }

    /// `a.amax(dim=(), keepdim=False)` / `a.amin(...)`: the largest (smallest) element of each slice
    /// over `dims` (all dims when empty), NaN winning; the gradient is shared among equal elements.
    public func amaxAmin(dims: [Int], keepdim: Bool, max wantMax: Bool) throws -> Tensor {
        let name = wantMax ? "amax" : "amin"
        let reduced = try Set((dims.isEmpty ? Array(0..<dim) : dims).map { try Shape.wrapDim($0, rank: dim) })
        for d in reduced where shape[d] == 0 {
            throw TorchError(.index, "\(name)(): Expected reduction dim \(d) to have non-zero size.")
        }
        if numel == 0 && dims.isEmpty {
            throw TorchError(.index, "\(name)(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
        }
        var outShape = [Int](), kept = [Int]()
        for (k, s) in shape.enumerated() {
            if reduced.contains(k) { if keepdim { outShape.append(1) } } else { outShape.append(s); kept.append(k) }
        }
        // The output position of every input element.
        var groups = [Int](repeating: 0, count: numel)
        let keptSizes = kept.map { shape[$0] }
        Tensor.forEachCoordinate(shape) { flat, coord in
            var g = 0
            for (j, k) in kept.enumerated() { g = g * keptSizes[j] + coord[k] }
            groups[flat] = g
        }
        let count = Shape.numel(keptSizes)
        let src = contiguousCopy()
        let out: Tensor
        if dtype.isFloatingPoint {
            var best = [Double?](repeating: nil, count: count)
            for (p, x) in src.doubleValues().enumerated() {
                let g = groups[p]
                guard let b = best[g] else { best[g] = x; continue }
                if b.isNaN { continue }
                if x.isNaN || (wantMax ? x > b : x < b) { best[g] = x }
            }
            let values = best.map { $0 ?? 0 }
            out = dtype == .float64 ? Tensor(doubles: values, shape: outShape) : Tensor(floats: values.map { Float($0) }, shape: outShape)
        } else {
            var best = [Int64?](repeating: nil, count: count)
            for (p, x) in src.intValues().enumerated() {
                let g = groups[p]
                if let b = best[g], !(wantMax ? x > b : x < b) { continue }
                best[g] = x
            }
            return Tensor(ints: best.map { $0 ?? 0 }, shape: outShape, dtype: dtype)
        }
        return record(wantMax ? .amax : .amin, out, inputs: [self], saving: [self, out], args: OpArgs(ints: groups))
    }

    /// The gradient of amax/amin: each slice's gradient split evenly among its elements equal to the result.
    static func sharedAmongTies(_ grad: Tensor, input: Tensor, result: Tensor, groups: [Int]) -> Tensor {
        let x = input.contiguousCopy().doubleValues(), r = result.contiguousCopy().doubleValues()
        let g = grad.contiguousCopy().doubleValues()
        let equal = { (p: Int) in x[p] == r[groups[p]] || (x[p].isNaN && r[groups[p]].isNaN) }
        var counts = [Double](repeating: 0, count: r.count)
        for p in x.indices where equal(p) { counts[groups[p]] += 1 }
        let values = x.indices.map { p in equal(p) ? g[groups[p]] / counts[groups[p]] : 0 }
        if input.dtype == .float64 { return Tensor(doubles: values, shape: input.shape) }
        // float32: divide in float32, as PyTorch's kernel does.
        let g32 = grad.contiguousCopy().floatValues()
        return Tensor(floats: x.indices.map { p in equal(p) ? g32[groups[p]] / Float(counts[groups[p]]) : 0 }, shape: input.shape)
    }
}
