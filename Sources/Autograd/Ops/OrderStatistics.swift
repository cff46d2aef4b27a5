// kthvalue, median/nanmedian along a dim, nanmedian, mode, cummax and cummin: values picked by
// their rank in a slice, each with the index PyTorch's CPU kernel reports (its quickselect for
// kthvalue, libstdc++'s std::sort for mode, so ties resolve as PyTorch's do). Each value is one input
// element, so the backward adds the gradient back at its index (value_selecting_reduction_backward).

extension Op {
    static let kthvalue = Op("KthvalueBackward0", symbol: "a.kthvalue(k, d)", explanation: "the k-th smallest element of each slice",
                             derivatives: ["1 at the picked element, 0 elsewhere"], kind: .other, savesTensors: true) { c in [Tensor.positionalGrad(c)] }
    static let medianDim = Op("MedianBackward1", symbol: "a.median(d)", explanation: "the middle element of each slice (the lower one of two)",
                              derivatives: ["1 at the median, 0 elsewhere"], kind: .other, savesTensors: true) { c in [Tensor.positionalGrad(c)] }
    static let nanmedianAll = Op("NanmedianBackward0", symbol: "a.nanmedian()", explanation: "the middle element, NaN ignored (the lower one of two)",
                                 derivatives: ["1 at the median (shared among ties)"], kind: .other, savesTensors: true) { c in
        [try Tensor.evenlyDistribute(c.grad, input: c.saved[0], result: c.saved[1])]
    }
    static let nanmedianDim = Op("NanmedianBackward1", symbol: "a.nanmedian(d)", explanation: "the middle element of each slice, NaN ignored",
                                 derivatives: ["1 at the median, 0 elsewhere"], kind: .other, savesTensors: true) { c in [Tensor.positionalGrad(c)] }
    static let mode = Op("ModeBackward0", symbol: "a.mode(d)", explanation: "the most frequent value of each slice (the smallest of equally frequent ones)",
                         derivatives: ["1 at the reported index, 0 elsewhere"], kind: .other, savesTensors: true) { c in [Tensor.positionalGrad(c)] }
    static let cummax = Op("CummaxBackward0", symbol: "a.cummax(d)", explanation: "the running maximum along a dimension",
                           derivatives: ["1 at the element each running maximum came from"], kind: .other, savesTensors: true) { c in [Tensor.positionalGrad(c)] }
    static let cummin = Op("CumminBackward0", symbol: "a.cummin(d)", explanation: "the running minimum along a dimension",
                           derivatives: ["1 at the element each running minimum came from"], kind: .other, savesTensors: true) { c in [Tensor.positionalGrad(c)] }
}

extension Tensor {
    /// Elements compared as PyTorch's kernels compare them: floats through Double (NaN kept),
    /// integers as Int64 (exact beyond 2**53).
    struct RankKeys {
        let floats: [Double]?
        let ints: [Int64]

        init(_ t: Tensor) {
            let c = t.contiguousCopy()
            if t.dtype.isFloatingPoint { floats = c.doubleValues(); ints = [] } else { floats = nil; ints = c.intValues() }
        }
        func isNaN(_ p: Int) -> Bool { floats?[p].isNaN ?? false }
        /// C++'s `a < b` (false when either is NaN).
        func less(_ a: Int, _ b: Int) -> Bool { floats.map { $0[a] < $0[b] } ?? (ints[a] < ints[b]) }
        func equal(_ a: Int, _ b: Int) -> Bool { floats.map { $0[a] == $0[b] } ?? (ints[a] == ints[b]) }
        /// PyTorch's kthvalue comparison: `(isnan(x) && !isnan(y)) || x > y`.
        func greaterOrNaN(_ a: Int, _ b: Int) -> Bool { (isNaN(a) && !isNaN(b)) || less(b, a) }
    }

    /// The flat positions of every slice along `d` (a 0-d tensor is one slice of one element), in
    /// output order (the other dims row-major).
    static func slices(_ shape: [Int], dim d: Int) -> [[Int]] {
        let full = shape.isEmpty ? [1] : shape
        let outer = full[..<d].reduce(1, *), n = full[d], inner = full[(d + 1)...].reduce(1, *)
        var out = [[Int]]()
        out.reserveCapacity(outer * inner)
        for o in 0..<outer { for i in 0..<inner { out.append((0..<n).map { (o * n + $0) * inner + i }) } }
        return out
    }

    /// The shape of a reduction over `d`, keeping it as size 1 or dropping it.
    func reducedShape(_ d: Int, keepdim: Bool) -> [Int] {
        if shape.isEmpty { return [] }
        var s = shape
        if keepdim { s[d] = 1 } else { s.remove(at: d) }
        return s
    }

    /// A selection along `d`: `pick` returns, for the positions of one slice, the one it reports.
    /// The values are recorded as `op` (their gradient goes back to the picked element); int64 indices.
    private func selectAlong(_ op: Op, dim d: Int, keepdim: Bool, name: String,
                             _ pick: (RankKeys, [Int]) -> Int) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.wrapDim(d, rank: dim)
        if !shape.isEmpty && shape[d] == 0 {
            throw TorchError(.index, "\(name)(): Expected reduction dim \(d) to have non-zero size.")
        }
        let keys = RankKeys(self)
        let full = shape.isEmpty ? [1] : shape
        let inner = full[(d + 1)...].reduce(1, *), n = full[d]
        var map = [Int](), idx = [Int64]()
        for slice in Tensor.slices(shape, dim: d) {
            let p = pick(keys, slice)
            map.append(p)
            idx.append(Int64((p / inner) % n))
        }
        let outShape = reducedShape(d, keepdim: keepdim)
        return (positional(op, map, shape: outShape), Tensor(ints: idx, shape: outShape))
    }

    /// `a.kthvalue(k, dim=-1, keepdim=False)`: the k-th smallest element of each slice (NaN the
    /// largest), with the index PyTorch's quickselect leaves at position k - 1.
    public func kthvalue(_ k: Int, dim d: Int = -1, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let w = try Shape.wrapDim(d, rank: dim)
        let n = shape.isEmpty ? 1 : shape[w]
        if n == 0 { throw TorchError(.index, "kthvalue(): Expected reduction dim \(w) to have non-zero size.") }
        guard k >= 1 && k <= n else {
            throw TorchError.runtime("kthvalue(): selected number k out of range for dimension \(w)")
        }
        return try selectAlong(.kthvalue, dim: w, keepdim: keepdim, name: "kthvalue") { keys, slice in
            var order = slice
            Tensor.quickSelect(&order, k - 1) { keys.greaterOrNaN($0, $1) }
            return order[k - 1]
        }
    }

    /// PyTorch's `quick_select_template` (SortingUtils.h): partitions `a` so position `k` holds the
    /// element of rank k, moving elements exactly as PyTorch does (which decides the index of ties).
    static func quickSelect(_ a: inout [Int], _ k: Int, _ gtOrNaN: (Int, Int) -> Bool) {
        var lo = 0, hi = a.count - 1
        while true {
            if hi <= lo { return }
            if hi == lo + 1 {
                if gtOrNaN(a[lo], a[hi]) { a.swapAt(lo, hi) }
                return
            }
            let p = lo + (hi - lo) / 2
            a.swapAt(p, lo + 1)
            if gtOrNaN(a[lo + 1], a[hi]) { a.swapAt(lo + 1, hi) }
            if gtOrNaN(a[lo], a[hi]) { a.swapAt(lo, hi) }
            if gtOrNaN(a[lo + 1], a[lo]) { a.swapAt(lo + 1, lo) }
            var i = lo + 1, j = hi
            let pivot = a[lo]
            while true {
                repeat { i += 1 } while i <= hi && gtOrNaN(pivot, a[i])
                repeat { j -= 1 } while j >= lo && gtOrNaN(a[j], pivot)
                if j < i { break }
                a.swapAt(i, j)
            }
            a.swapAt(lo, j)
            if j <= k { lo = i }
            if j >= k { hi = j - 1 }
        }
    }

    /// `a.median(dim, keepdim=False)`: the lower middle element of each slice; a NaN, if the slice
    /// has one, is the median (its first). Ties are ordered by index, as PyTorch's comparator does.
    public func median(dim d: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try selectAlong(.medianDim, dim: d, keepdim: keepdim, name: "median") { keys, slice in
            if let nan = slice.first(where: keys.isNaN) { return nan }
            let order = Tensor.stableSorted(slice) { keys.less($0, $1) }
            return order[(order.count - 1) / 2]
        }
    }

    /// `a.nanmedian(dim, keepdim=False)`: the median of each slice's non-NaN elements (NaN, at index
    /// 0, when all are NaN).
    public func nanmedian(dim d: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try selectAlong(.nanmedianDim, dim: d, keepdim: keepdim, name: "nanmedian") { keys, slice in
            let numbers = slice.filter { !keys.isNaN($0) }
            if numbers.isEmpty {
                var order = slice
                LibstdcxxSort.nthElement(&order, 0) { _, _ in false }
                return order[0]
            }
            let order = Tensor.stableSorted(numbers) { keys.less($0, $1) }
            return order[(order.count - 1) / 2]
        }
    }

    /// `a.nanmedian()`: the lower middle of the non-NaN elements (NaN when all are NaN),
    /// recorded as NanmedianBackward0.
    public func nanmedian() throws -> Tensor {
        // An empty tensor's nanmedian is NaN (PyTorch's median() refuses it instead).
        if numel == 0 && dtype.isFloatingPoint { return Tensor(doubles: [.nan], shape: []).cast(to: dtype) }
        if numel == 0 { throw TorchError.runtime("nanmedian() input tensor cannot be empty") }
        let flat = try GradMode.withDisabled { try self.reshape([numel]) }
        let keys = RankKeys(flat)
        let numbers = (0..<numel).filter { !keys.isNaN($0) }
        let position = numbers.isEmpty ? 0 : Tensor.stableSorted(numbers) { keys.less($0, $1) }[(numbers.count - 1) / 2]
        let out = flat.contiguousCopy().picking([position], shape: [])
        if dtype.isIntegral { return out }
        return record(.nanmedianAll, out, inputs: [self], saving: [self, out])
    }

    /// `a.mode(dim=-1, keepdim=False)`: the most frequent value of each slice (the smallest among
    /// equally frequent ones) and the index of its last copy after PyTorch's `std::sort` of
    /// (value, index) pairs by value.
    public func mode(dim d: Int = -1, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try selectAlong(.mode, dim: d, keepdim: keepdim, name: "mode") { keys, slice in
            var order = slice
            LibstdcxxSort.sort(&order) { keys.less($0, $1) }
            var best = order[0], bestCount = 0, run = 0
            for (i, p) in order.enumerated() {
                run += 1
                if i == order.count - 1 || !keys.equal(p, order[i + 1]) {
                    if run > bestCount { best = p; bestCount = run }
                    run = 0
                }
            }
            return best
        }
    }

    /// `a.cummax(dim)` / `a.cummin(dim)`: the running maximum (minimum) and the index it came from;
    /// an equal element takes over the index, and a NaN, once seen, stays (each later NaN taking over).
    public func cumulativeExtreme(dim d: Int, max wantMax: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try Shape.wrapDim(d, rank: dim)
        let keys = RankKeys(self)
        var map = [Int](repeating: 0, count: numel), idx = [Int64](repeating: 0, count: numel)
        for slice in Tensor.slices(shape, dim: d) where !slice.isEmpty {
            var best = slice[0], bestIndex = 0
            for (k, p) in slice.enumerated() {
                // PyTorch: `isnan(x) || (!isnan(best) && x >= best)` (`<=` for cummin); neither is NaN in the second test.
                if keys.isNaN(p) || (!keys.isNaN(best) && (wantMax ? !keys.less(p, best) : !keys.less(best, p))) {
                    best = p
                    bestIndex = k
                }
                map[p] = best
                idx[p] = Int64(bestIndex)
            }
        }
        return (positional(wantMax ? .cummax : .cummin, map, shape: shape), Tensor(ints: idx, shape: shape))
    }
}

/// libstdc++'s `std::sort` (introsort: median-of-three quicksort to runs of 16, then insertion
/// sort), ported so that the order it leaves equal elements in, which PyTorch's `mode` reports as
/// an index, is the same.
enum LibstdcxxSort {
    static let threshold = 16

    static func sort(_ a: inout [Int], _ less: (Int, Int) -> Bool) {
        let n = a.count
        guard n > 1 else { return }
        var depth = 0
        var m = n
        while m > 1 { m >>= 1; depth += 1 }
        introsortLoop(&a, 0, n, depth * 2, less)
        finalInsertionSort(&a, 0, n, less)
    }

    /// `std::nth_element` (introselect): what PyTorch's nanmedian leaves at `nth` when every element
    /// of a slice is NaN (all equivalent under its comparator), and topk's selection.
    static func nthElement(_ a: inout [Int], _ nth: Int, _ less: (Int, Int) -> Bool) {
        var first = 0, last = a.count
        guard last > 1 else { return }
        var depth = 0, m = last
        while m > 1 { m >>= 1; depth += 1 }
        depth *= 2
        while last - first > 3 {
            if depth == 0 {
                heapSelect(&a, first, nth + 1, last, less)
                a.swapAt(first, nth)
                return
            }
            depth -= 1
            let cut = partitionPivot(&a, first, last, less)
            if cut <= nth { first = cut } else { last = cut }
        }
        insertionSort(&a, first, last, less)
    }

    private static func introsortLoop(_ a: inout [Int], _ first: Int, _ lastIn: Int, _ depthIn: Int, _ less: (Int, Int) -> Bool) {
        var last = lastIn, depth = depthIn
        while last - first > threshold {
            if depth == 0 {
                heapSort(&a, first, last, less)
                return
            }
            depth -= 1
            let cut = partitionPivot(&a, first, last, less)
            introsortLoop(&a, cut, last, depth, less)
            last = cut
        }
    }

    private static func partitionPivot(_ a: inout [Int], _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool) -> Int {
        let mid = first + (last - first) / 2
        moveMedianToFirst(&a, first, first + 1, mid, last - 1, less)
        return unguardedPartition(&a, first + 1, last, first, less)
    }

    private static func moveMedianToFirst(_ a: inout [Int], _ result: Int, _ x: Int, _ y: Int, _ z: Int, _ less: (Int, Int) -> Bool) {
        if less(a[x], a[y]) {
            if less(a[y], a[z]) { a.swapAt(result, y) }
            else if less(a[x], a[z]) { a.swapAt(result, z) }
            else { a.swapAt(result, x) }
        } else if less(a[x], a[z]) { a.swapAt(result, x) }
        else if less(a[y], a[z]) { a.swapAt(result, z) }
        else { a.swapAt(result, y) }
    }

    private static func unguardedPartition(_ a: inout [Int], _ firstIn: Int, _ lastIn: Int, _ pivot: Int, _ less: (Int, Int) -> Bool) -> Int {
        var first = firstIn, last = lastIn
        while true {
            while first < a.count && less(a[first], a[pivot]) { first += 1 }
            last -= 1
            while last > 0 && less(a[pivot], a[last]) { last -= 1 }
            if !(first < last) { return first }
            a.swapAt(first, last)
            first += 1
        }
    }

    private static func finalInsertionSort(_ a: inout [Int], _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool) {
        if last - first > threshold {
            insertionSort(&a, first, first + threshold, less)
            for i in (first + threshold)..<last { unguardedLinearInsert(&a, i, less) }
        } else {
            insertionSort(&a, first, last, less)
        }
    }

    private static func insertionSort(_ a: inout [Int], _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool) {
        guard last - first > 1 else { return }
        for i in (first + 1)..<last {
            if less(a[i], a[first]) {
                let v = a[i]
                var j = i
                while j > first { a[j] = a[j - 1]; j -= 1 }
                a[first] = v
            } else {
                unguardedLinearInsert(&a, i, less)
            }
        }
    }

    private static func unguardedLinearInsert(_ a: inout [Int], _ lastIn: Int, _ less: (Int, Int) -> Bool) {
        let v = a[lastIn]
        var last = lastIn, next = lastIn - 1
        while next >= 0 && less(v, a[next]) {
            a[last] = a[next]
            last = next
            next -= 1
        }
        a[last] = v
    }

    /// std::make_heap + std::sort_heap, for the (rare) depth-limit case.
    private static func heapSort(_ a: inout [Int], _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool) {
        makeHeap(&a, first, last, less)
        sortHeap(&a, first, last, less)
    }

    private static func makeHeap(_ a: inout [Int], _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool) {
        let len = last - first
        guard len > 1 else { return }
        var parent = (len - 2) / 2
        while true {
            adjustHeap(&a, first, parent, len, a[first + parent], less)
            if parent == 0 { break }
            parent -= 1
        }
    }

    /// `__pop_heap(first, last, result)`: the heap's top moves to `result`, `result`'s value into the heap.
    private static func popHeap(_ a: inout [Int], _ first: Int, _ last: Int, _ result: Int, _ less: (Int, Int) -> Bool) {
        let v = a[result]
        a[result] = a[first]
        adjustHeap(&a, first, 0, last - first, v, less)
    }

    private static func sortHeap(_ a: inout [Int], _ first: Int, _ lastIn: Int, _ less: (Int, Int) -> Bool) {
        var last = lastIn
        while last - first > 1 {
            last -= 1
            popHeap(&a, first, last, last, less)
        }
    }

    /// `__heap_select(first, middle, last)`: the `middle - first` smallest (by `less`) in a heap at the front.
    private static func heapSelect(_ a: inout [Int], _ first: Int, _ middle: Int, _ last: Int, _ less: (Int, Int) -> Bool) {
        makeHeap(&a, first, middle, less)
        var i = middle
        while i < last {
            if less(a[i], a[first]) { popHeap(&a, first, middle, i, less) }
            i += 1
        }
    }

    /// `std::partial_sort(first, first + k, last)`.
    static func partialSort(_ a: inout [Int], _ k: Int, _ less: (Int, Int) -> Bool) {
        heapSelect(&a, 0, k, a.count, less)
        sortHeap(&a, 0, k, less)
    }

    /// `std::sort(first, first + count)` on a prefix.
    static func sortPrefix(_ a: inout [Int], _ count: Int, _ less: (Int, Int) -> Bool) {
        guard count > 1 else { return }
        var prefix = Array(a[0..<count])
        sort(&prefix, less)
        a.replaceSubrange(0..<count, with: prefix)
    }

    private static func adjustHeap(_ a: inout [Int], _ first: Int, _ holeIn: Int, _ len: Int, _ value: Int, _ less: (Int, Int) -> Bool) {
        let top = holeIn
        var hole = holeIn, child = holeIn
        while child < (len - 1) / 2 {
            child = 2 * (child + 1)
            if less(a[first + child], a[first + child - 1]) { child -= 1 }
            a[first + hole] = a[first + child]
            hole = child
        }
        if len & 1 == 0 && child == (len - 2) / 2 {
            child = 2 * (child + 1)
            a[first + hole] = a[first + child - 1]
            hole = child - 1
        }
        var parent = (hole - 1) / 2
        while hole > top && less(a[first + parent], value) {
            a[first + hole] = a[first + parent]
            hole = parent
            parent = (hole - 1) / 2
        }
        a[first + hole] = value
    }
}
