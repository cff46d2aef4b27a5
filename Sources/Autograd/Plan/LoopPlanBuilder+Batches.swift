/// Batches in a plan: the numbers an iteration draws (a DataLoader's seed and shuffled order) are
/// drawn again by a step at the same point, and each batch is a step copying rows of the data
/// tensors (which stay where they live, loaded like any persistent tensor) into the batch's buffers.
extension LoopPlanBuilder {
    func addDraw(_ d: LoopDraw) {
        let p = arena.ints(d.count), n = d.count
        let id = draws.count + 1
        draws[ObjectIdentifier(d)] = (p, n, id)
        retained.append(d)
        steps.append {
            let v = d.draw()
            for i in 0..<min(n, v.count) { p[i] = v[i] }
        }
        signature.append("draw \(d.what) \(n) o\(id)")
    }

    func addRows(_ sources: [Tensor], _ order: LoopDraw?, _ start: Int, _ count: Int, _ outputs: [Tensor]) throws {
        guard sources.count == outputs.count else { throw fail("a batch of another number of tensors than its dataset") }
        var indices: UnsafeMutablePointer<Int>?
        var orderID = "in order"
        if let order {
            guard let d = draws[ObjectIdentifier(order)], start >= 0, start + count <= d.count,
                  sources.allSatisfy({ $0.dim >= 1 && $0.shape[0] >= d.count }) else {
                throw fail("a batch in an order drawn before the iteration")
            }
            indices = d.pointer + start
            orderID = "o\(d.id)"
        }
        var ids: [String] = []
        for (s, o) in zip(sources, outputs) {
            guard o.dtype == .float32 else {
                throw fail("a batch of \(o.dtype == .bool ? "a bool" : o.dtype.isFloatingPoint ? "a float64" : "an integer") tensor (class labels, say): plans hold float32 tensors only")
            }
            guard s.dim >= 1, o.dim >= 1, o.shape[0] == count, Array(o.shape.dropFirst()) == Array(s.shape.dropFirst()), o.isContiguous else {
                throw fail("a batch that is not rows of its dataset's tensor")
            }
            let from = try value(s, nil)
            let to = newBuffer(o.numel)
            register(o, to)
            let src = from.pointer, dst = to.pointer
            let row = s.numel / max(s.shape[0], 1)
            if let indices {
                steps.append {
                    for r in 0..<count { (dst + r * row).update(from: src + indices[r] * row, count: row) }
                }
            } else {
                steps.append { dst.update(from: src + start * row, count: count * row) }
            }
            ids.append("b\(from.id) -> b\(to.id) \(o.shape)")
        }
        signature.append("rows \(orderID) \(start) \(count) \(ids.joined(separator: " "))")
    }
}
