/// `sorted()` / `list.sort()` comparing items in the order CPython's timsort does for lists shorter
/// than its minimum run (64): the first run, then binary insertion. So a comparison that fails fails
/// on the same pair, with the same message. Longer lists use a stable merge sort (same result).
enum CPythonSort {
    static func sort(_ items: [Value], _ a: CallArgs, _ interp: Interpreter) throws -> [Value] {
        let key = a.keywords.first { $0.0 == "key" }?.1
        let reverse = try a.bool(nil, "reverse", default: false)
        var pairs: [(key: Value, value: Value)] = try items.map { v in
            guard let k = key, !k.isNone else { return (v, v) }
            var args = CallArgs([v], name: "key")
            return (try interp.call(k, &args), v)
        }
        // CPython reverses before and after sorting, which keeps equal items in their order.
        if reverse { pairs.reverse() }
        func less(_ x: Value, _ y: Value) throws -> Bool {
            if case .tensor = x { return try Arithmetic.compare(.less, x, y).truthy() }
            if case .tensor = y { return try Arithmetic.compare(.less, x, y).truthy() }
            return try Arithmetic.order(x, y, "<") == -1
        }
        if pairs.count < 64 {
            try insertionSort(&pairs, less)
        } else {
            var failure: Error?
            let indexed = pairs.enumerated().map { ($0.offset, $0.element) }
            let sorted = indexed.sorted { p, q in
                if failure != nil { return false }
                do {
                    if try less(p.1.key, q.1.key) { return true }
                    if try less(q.1.key, p.1.key) { return false }
                    return p.0 < q.0
                } catch { failure = error; return false }
            }
            if let failure { throw failure }
            pairs = sorted.map(\.1)
        }
        if reverse { pairs.reverse() }
        return pairs.map(\.value)
    }

    /// count_run then binarysort, as listobject.c.
    static func insertionSort(_ a: inout [(key: Value, value: Value)], _ less: (Value, Value) throws -> Bool) throws {
        let n = a.count
        guard n > 1 else { return }
        var run = 2
        if try less(a[1].key, a[0].key) {
            while run < n, try less(a[run].key, a[run - 1].key) { run += 1 }
            a[0..<run].reverse()
        } else {
            while run < n, try !less(a[run].key, a[run - 1].key) { run += 1 }
        }
        for start in run..<max(n, run) {
            let pivot = a[start]
            var l = 0, r = start
            repeat {
                let p = l + (r - l) / 2
                if try less(pivot.key, a[p].key) { r = p } else { l = p + 1 }
            } while l < r
            a.remove(at: start)
            a.insert(pivot, at: l)
        }
    }
}
