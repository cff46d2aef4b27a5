import Autograd

/// `torch._C._row_batches(tensors, batch_size, drop_last, shuffle, sampler_generator, generator)`:
/// the iterator `DataLoader.__iter__` returns for a `TensorDataset` batched by a `BatchSampler` over
/// a `SequentialSampler` or a plain `RandomSampler` and collated by `default_collate`. Each batch is
/// the list `default_collate` makes (`[xb, yb]`), as one copy of rows per tensor, and the random
/// numbers are PyTorch's, drawn when PyTorch draws them: the iterator's base seed when it is made
/// (from the loader's generator, else the global one), the sampler's shuffled order at the first
/// batch (a seed from the global generator for a fresh generator's `randperm`, or `randperm` from the
/// sampler's own generator), and with a generator of its own the sampler's second `randperm` when it
/// runs out. In a traced loop iteration the draws and the batches are recorded (`LoopDraw`,
/// `LoopTracing.noteRows`), so an epoch loop over the loader compiles and replays them.
enum RowBatches {
    static func iterator(_ a: CallArgs, _ interp: Interpreter) throws -> Value {
        guard case .tuple(let items)? = a.value(0, "tensors") else {
            throw PyError(.type, "_row_batches(): tensors must be a tuple")
        }
        let tensors = try items.map { v -> Tensor in
            guard case .tensor(let t) = v, t.dim >= 1 else { throw PyError(.type, "_row_batches(): expected tensors with a first dimension") }
            return t
        }
        let batchSize = try a.int(1, "batch_size"), dropLast = try a.bool(2, "drop_last", default: false)
        let shuffle = try a.bool(3, "shuffle", default: false)
        let samplerGenerator = try generatorObject(a.value(4, "sampler_generator"))
        let loaderGenerator = try generatorObject(a.value(5, "generator"))
        guard let n = tensors.first?.shape[0], batchSize > 0, tensors.allSatisfy({ $0.shape[0] == n }) else {
            throw PyError(.value, "_row_batches(): tensors of different lengths or a batch size below 1")
        }

        // _BaseDataLoaderIter.__init__: the base seed, one int64 draw.
        draw("DataLoader seed", count: 0, interp, loaderGenerator) { g in
            _ = g.random64()
            return []
        }
        var order: (draw: LoopDraw, indices: [Int])?
        var exhausted = false
        var start = 0
        return .object(ClosureIterator("_SingleProcessDataLoaderIter") { interp in
            if shuffle && order == nil {
                // RandomSampler.__iter__, at the first batch.
                order = draw("DataLoader order", count: n, interp, samplerGenerator) { g in
                    func permutation(_ g: inout TorchGenerator) -> [Int] { ((try? g.randperm(n)) ?? []).map { Int($0) } }
                    if samplerGenerator != nil { return permutation(&g) }
                    // A fresh generator seeded from one int64 draw of the global one.
                    var local = TorchGenerator(seed: g.random64() % (UInt64(1) << 63))
                    return permutation(&local)
                }
            }
            // The sampler runs out in the call whose batch would reach index n; with a generator of
            // its own it draws its (empty) remainder permutation then.
            if shuffle, let samplerGenerator, !exhausted, start <= n, n < start + batchSize {
                exhausted = true
                draw("DataLoader order end", count: 0, interp, samplerGenerator) { g in
                    _ = try? g.randperm(n)
                    return []
                }
            }
            let count = min(batchSize, n - start)
            guard count > 0, !(dropLast && count < batchSize) else { return nil }
            let rows = order.map { Array($0.indices[start..<(start + count)]) } ?? Array(start..<(start + count))
            let batch = tensors.map { $0.rows(rows) }
            LoopTracing.noteRows(tensors, order: order?.draw, start: start, count: count, outputs: batch)
            start += count
            return .list(ListBox(batch.map { .tensor($0) }))
        })
    }

    private static func generatorObject(_ v: Value?) throws -> TorchGeneratorObject? {
        guard let v, !v.isNone else { return nil }
        guard case .object(let g as TorchGeneratorObject) = v else {
            throw PyError(.type, "generator must be a torch.Generator, not \(v.typeName)")
        }
        return g
    }

    /// Draws from `object`'s generator or the global one now, and records the draw for a traced
    /// iteration; returns it with the numbers drawn. A draw from the global generator is one the
    /// loop watch knows (any other draw keeps the loop interpreted).
    @discardableResult
    private static func draw(_ what: String, count: Int, _ interp: Interpreter, _ object: TorchGeneratorObject?,
                             _ body: @escaping (inout TorchGenerator) -> [Int]) -> (draw: LoopDraw, indices: [Int]) {
        let run: () -> [Int] = { [unowned interp] in
            if let object { return body(&object.generator) }
            return body(&interp.generator)
        }
        let watch = object == nil ? interp.loopWatch : nil
        if let watch, interp.generator != watch.generator { watch.impure("it draws random numbers") }
        let values = run()
        watch?.generator = interp.generator
        let d = LoopDraw(what, count: count, draw: run)
        LoopTracing.noteDraw(d)
        return (d, values)
    }
}
