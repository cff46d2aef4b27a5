/// Turns one tape into plan steps and a signature (what the steps do, with every constant and every
/// persistent tensor named), so two iterations can be compared before one is trusted.
final class LoopPlanBuilder {
    /// A tensor that outlives the iteration: loaded before a run, stored after it when written.
    struct External {
        let tensor: Tensor
        let buffer: UnsafeMutablePointer<Float>
        let count: Int
        var written: Bool
    }

    /// Where a tensor's elements sit: one buffer per storage region.
    struct Region: Hashable {
        let storage: ObjectIdentifier
        let offset: Int
        let shape: [Int]
        let strides: [Int]
        init(_ t: Tensor) {
            storage = ObjectIdentifier(t.storage)
            offset = t.offset
            shape = t.shape
            strides = t.strides
        }
    }

    struct Buffer {
        let pointer: UnsafeMutablePointer<Float>
        let id: Int
    }

    let arena: PlanArena
    private let persistent: Set<ObjectIdentifier>
    var steps: [() -> Void] = []
    /// Observations (`LoopTape.Event.observe`): each runs before `steps[at]`; false ends the run there.
    private(set) var checks: [(at: Int, check: () -> Bool)] = []
    var signature: [String] = []
    private(set) var externals: [External] = []
    private var externalIndex: [Region: Int] = [:]

    private var buffers: [Region: Buffer] = [:]
    private var regionsOfStorage: [ObjectIdentifier: Set<Region>] = [:]
    /// Outputs of view ops (unbind, select, view): the plan copies them, so they go stale when their base changes.
    private var viewCopies: [ObjectIdentifier: (buffer: Buffer, base: ObjectIdentifier, writes: Int)] = [:]
    private var writes: [ObjectIdentifier: Int] = [:]
    private var written: Set<ObjectIdentifier> = []
    /// Each traced node's output slots, and the op steps that have a node (for backward).
    private var nodeSlots: [ObjectIdentifier: (index: Int, slots: [PlanSlot])] = [:]
    private var graphOps: [(node: Node, backward: () -> Void)] = []
    /// The graph nodes of the traced ops.
    var nodes: [Node] { graphOps.map(\.node) }
    /// Per leaf: the buffer its gradient contributions are summed into during a backward pass.
    private var leafAccumulators: [ObjectIdentifier: (pointer: UnsafeMutablePointer<Float>, count: Int, id: Int)] = [:]
    private var nextID = 0
    /// Tensors made during the iteration (not views), with the buffers that hold their values.
    private(set) var made: [(Tensor, UnsafeMutablePointer<Float>)] = []
    /// Keeps every tensor the steps refer to alive, so identities stay unique while compiling.
    var retained: [AnyObject] = []
    /// The numbers each draw of the iteration (`LoopTape.Event.draw`) leaves for the batches that read them.
    var draws: [ObjectIdentifier: (pointer: UnsafeMutablePointer<Int>, count: Int, id: Int)] = [:]

    /// What Python code run by the plan raised (the plan stops after that iteration).
    let fault = PlanFault()

    func fail(_ why: String) -> LoopPlan.Unsupported { LoopPlan.Unsupported(description: why) }

    /// Storages the tape reads without producing them first (persistent tensors and constants).
    static func unknownStorages(_ tape: LoopTape) -> Set<ObjectIdentifier> {
        var produced = Set<ObjectIdentifier>(), unknown = Set<ObjectIdentifier>()
        func read(_ t: Tensor?) {
            guard let t else { return }
            let s = ObjectIdentifier(t.storage)
            if !produced.contains(s) { unknown.insert(s) }
        }
        for e in tape.events {
            switch e {
            case .op(_, let inputs, _, let outputs, _, _):
                inputs.forEach(read)
                let inputStorages = Set(inputs.map { ObjectIdentifier($0.storage) })
                for o in outputs where !inputStorages.contains(ObjectIdentifier(o.storage)) { produced.insert(ObjectIdentifier(o.storage)) }
            case .write(let target, let source, _, _):
                read(target)
                if case .tensor(let s) = source { read(s) }
            case .copy(let copy, let of, _):
                read(of)
                produced.insert(ObjectIdentifier(copy.storage))
            case .backward(_, let leaves):
                for l in leaves {
                    read(l.before)
                    if let a = l.after, a !== l.before { produced.insert(ObjectIdentifier(a.storage)) }
                }
            case .setGrad(_, _, let value):
                read(value)
            case .optimizerStep(let step):
                step.tensors.forEach(read)
            case .observe(let tensors, _, _):
                tensors.forEach(read)
            case .python, .draw:
                break
            case .rows(let sources, _, _, _, let outputs):
                sources.forEach(read)
                for o in outputs { produced.insert(ObjectIdentifier(o.storage)) }
            }
        }
        return unknown
    }

    init(arena: PlanArena, persistent: Set<ObjectIdentifier>, tape: LoopTape) throws {
        self.arena = arena
        self.persistent = persistent
        for (k, e) in tape.events.enumerated() {
            // Python code runs last in a replayed iteration, so what it raises stops the plan where
            // it stops the interpreted loop: after the iteration's tensor work.
            if case .python(let what, _) = e, k != tape.events.count - 1 {
                throw fail("\(what) before the iteration's last tensor work (a plan runs it at the end of an iteration)")
            }
            try add(e)
        }
        for (storage, regions) in regionsOfStorage where regions.count > 1 && written.contains(storage) {
            throw fail("a tensor is written while another view of it is read")
        }
    }

    // MARK: - Buffers

    func newBuffer(_ count: Int, _ value: Float = 0) -> Buffer {
        nextID += 1
        return Buffer(pointer: arena.floats(count, value), id: nextID)
    }

    func register(_ t: Tensor, _ b: Buffer) {
        let r = Region(t)
        if !persistent.contains(r.storage) && t.dtype == .float32 { made.append((t, b.pointer)) }
        buffers[r] = b
        regionsOfStorage[r.storage, default: []].insert(r)
        retained.append(t)
    }

    /// The buffer holding `t`'s current elements. A tensor first seen here is persistent (loaded
    /// before a run), or a factory constant rebuilt from `values` at this point of every iteration.
    func value(_ t: Tensor, _ values: [Float]?) throws -> Buffer {
        if let v = viewCopies[ObjectIdentifier(t)] {
            guard writes[v.base, default: 0] == v.writes else { throw fail("a view is read after its base changed") }
            return v.buffer
        }
        guard t.dtype == .float32 || t.isWrappedNumber else { throw fail("an integer or bool tensor") }
        let r = Region(t)
        if let b = buffers[r] { return b }
        if persistent.contains(r.storage) {
            guard t.dtype == .float32 else { throw fail("an integer or bool tensor") }
            let b = newBuffer(t.numel)
            register(t, b)
            externalIndex[r] = externals.count
            externals.append(External(tensor: t, buffer: b.pointer, count: t.numel, written: false))
            signature.append("external b\(b.id) \(r.storage.hashValue) \(r.offset) \(r.shape) \(r.strides)")
            return b
        }
        guard t.isConstant, let values, values.count == t.numel else {
            throw fail("a tensor made in the loop in a way a plan cannot follow")
        }
        let b = newBuffer(t.numel)
        register(t, b)
        let p = b.pointer, n = values.count
        steps.append { for i in 0..<n { p[i] = values[i] } }
        signature.append("constant b\(b.id) \(t.shape) \(values.map(\.bitPattern))")
        return b
    }

    /// The buffer a write into `t` goes to (its previous elements need not be known).
    func target(_ t: Tensor) throws -> Buffer {
        if viewCopies[ObjectIdentifier(t)] != nil { throw fail("an in-place change of a view") }
        guard t.dtype == .float32 else { throw fail("an in-place change of an integer or bool tensor") }
        let r = Region(t)
        let b: Buffer
        if buffers[r] != nil || persistent.contains(r.storage) {
            b = try value(t, nil)
        } else if t.isConstant {
            b = newBuffer(t.numel)
            register(t, b)
            signature.append("target b\(b.id) \(t.shape)")
        } else {
            throw fail("an in-place change of a tensor made in a way a plan cannot follow")
        }
        if let k = externalIndex[r] { externals[k].written = true }
        writes[r.storage, default: 0] += 1
        written.insert(r.storage)
        return b
    }

    /// The gradient buffer an edge leads to: a traced node's output, a leaf's accumulator, or none.
    private func gradient(_ edge: Edge, count: Int) throws -> UnsafeMutablePointer<Float>? {
        guard let node = edge.node else { return nil }
        if let leaf = node.variable {
            let id = ObjectIdentifier(leaf)
            if let a = leafAccumulators[id] { return a.pointer }
            let b = newBuffer(leaf.numel, -0.0)
            leafAccumulators[id] = (b.pointer, leaf.numel, b.id)
            retained.append(leaf)
            signature.append("leaf b\(b.id) \(ObjectIdentifier(leaf).hashValue)")
            return b.pointer
        }
        guard let slots = nodeSlots[ObjectIdentifier(node)], edge.inputNr < slots.slots.count else {
            throw fail("the loop uses a graph built before it")
        }
        return slots.slots[edge.inputNr].grad
    }

    // MARK: - Events

    private func add(_ event: LoopTape.Event) throws {
        switch event {
        case .op(let op, let inputs, let values, let outputs, let args, let node):
            try addOp(op, inputs, values, outputs, args, node)
        case .copy(let copy, let of, let values):
            let from = try value(of, values)
            let to = newBuffer(copy.numel)
            register(copy, to)
            let src = from.pointer, dst = to.pointer, n = copy.numel
            steps.append { for i in 0..<n { dst[i] = src[i] } }
            signature.append("copy b\(from.id) -> b\(to.id)")
        case .write(let t, let source, let sourceValues, _):
            switch source {
            case .fill(let v):
                let b = try target(t)
                let p = b.pointer, n = t.numel
                steps.append { for i in 0..<n { p[i] = v } }
                signature.append("fill b\(b.id) \(v.bitPattern)")
            case .tensor(let s):
                let from = try value(s, sourceValues)
                let b = try target(t)
                let access = arena.access(s.shape, to: t.shape)
                let src = from.pointer, dst = b.pointer, n = t.numel
                switch access {
                case .same: steps.append { for i in 0..<n { dst[i] = src[i] } }
                case .scalar: steps.append { let x = src[0]; for i in 0..<n { dst[i] = x } }
                case .map(let m): steps.append { for i in 0..<n { dst[i] = src[m[i]] } }
                }
                signature.append("write b\(from.id) \(s.shape) -> b\(b.id) \(t.shape)")
            }
        case .backward(let root, let leaves):
            try addBackward(root, leaves)
        case .setGrad(let leaf, _, let v):
            if let v { _ = try value(v, nil) }
            retained.append(leaf)
            signature.append("setGrad \(ObjectIdentifier(leaf).hashValue) \(v == nil ? "None" : "tensor")")
        case .optimizerStep(let step):
            try addOptimizerStep(step)
        case .observe(let tensors, let tag, let observer):
            try addObserve(tensors, tag, observer)
        case .draw(let d):
            addDraw(d)
        case .rows(let sources, let order, let start, let count, let outputs):
            try addRows(sources, order, start, count, outputs)
        case .python(let what, let run):
            let fault = self.fault
            steps.append {
                do { try run() } catch { fault.error = error }
            }
            signature.append("python \(what)")
        }
    }

    /// An observation can end a run in the middle of an iteration; that iteration is then redone by
    /// the interpreter, so nothing that outlives an iteration may have been written before it.
    private func addObserve(_ tensors: [Tensor], _ tag: String, _ observer: @escaping LoopObserver) throws {
        if externals.contains(where: \.written) { throw fail("a read of tensor values after a change of a tensor that outlives the iteration") }
        if !draws.isEmpty { throw fail("a read of tensor values after a random draw") }
        var views: [UnsafeBufferPointer<Float>] = []
        var ids: [String] = []
        for t in tensors {
            guard t.dtype == .float32, t.isContiguous else { throw fail("a read of a tensor a plan does not hold as it is") }
            let b = try value(t, nil)
            views.append(UnsafeBufferPointer(start: b.pointer, count: t.numel))
            ids.append("b\(b.id)")
        }
        let read = views
        checks.append((steps.count, { observer(read) }))
        signature.append("observe \(tag) \(ids.joined(separator: " "))")
    }

    private func addOp(_ op: Op, _ inputs: [Tensor], _ values: [[Float]?], _ outputs: [Tensor], _ args: OpArgs, _ node: Node?) throws {
        let viewOf = outputs.count == 1 && inputs.count == 1 && outputs[0].storage === inputs[0].storage
        guard let kernel = op.plan else { throw fail("\(op.name) has no plan kernel") }
        var inSlots: [PlanSlot] = []
        var ids: [String] = []
        for (k, t) in inputs.enumerated() {
            let b: Buffer
            do {
                b = try value(t, k < values.count ? values[k] : nil)
            } catch let e as LoopPlan.Unsupported {
                throw fail("\(e.description) (input \(k + 1) of \(op.name))")
            }
            let grad = try node.map { n in
                guard k < n.inputs.count else { throw fail("\(op.name) has fewer graph edges than inputs") }
                return try gradient(n.inputs[k], count: t.numel)
            } ?? nil
            inSlots.append(PlanSlot(value: b.pointer, grad: grad, shape: t.shape, count: t.numel))
            ids.append("b\(b.id)\(grad == nil ? "" : "g")")
        }
        let inputStorages = Set(inputs.map { ObjectIdentifier($0.storage) })
        var outSlots: [PlanSlot] = []
        for o in outputs {
            guard o.dtype == .float32 else { throw fail("\(op.name) makes an integer or bool tensor") }
            let b = newBuffer(o.numel)
            // Without a graph no backward step reads or writes the gradient buffer.
            let g = node == nil ? arena.untouchedFloats(o.numel) : arena.floats(o.numel, -0.0)
            outSlots.append(PlanSlot(value: b.pointer, grad: g, shape: o.shape, count: o.numel))
            let base = ObjectIdentifier(o.storage)
            if inputStorages.contains(base) {
                viewCopies[ObjectIdentifier(o)] = (b, base, writes[base, default: 0])
                retained.append(o)
            } else {
                guard o.isContiguous else { throw fail("\(op.name) makes a strided tensor") }
                register(o, b)
            }
            ids.append("-> b\(b.id) \(o.shape)")
        }
        var call = PlanCall(inputs: inSlots, outputs: outSlots, outputReached: outputs.map { _ in true }, args: args, arena: arena)
        if viewOf { call.gather = gatherMap(from: inputs[0], to: outputs[0]) }
        // A view op whose own kernel does not cover this call (select along dim 1, say) still gathers.
        guard let step = kernel.compile(call) ?? (viewOf ? PlanKernel.gather.compile(call) : nil) else {
            throw fail("\(op.name) in this form has no plan kernel")
        }
        steps.append(step.forward)
        if let node {
            nodeSlots[ObjectIdentifier(node)] = (graphOps.count, outSlots)
            graphOps.append((node, step.backward))
            retained.append(node)
        }
        signature.append("op \(op.name) \(args.scalars.map(\.bitPattern)) \(args.ints) \(args.flag) \(node == nil ? "" : "graph") \(ids.joined(separator: " "))")
    }

    /// For a view `o` of `x`: which element of `x` (logical order) each element of `o` is; nil when
    /// some element of `o` lies outside `x` or two share one (a broadcast view).
    private func gatherMap(from x: Tensor, to o: Tensor) -> UnsafeMutablePointer<Int>? {
        var position: [Int: Int] = [:]
        for (i, p) in x.storageIndices().enumerated() { position[p] = i }
        let outPositions = o.storageIndices()
        guard Set(outPositions).count == outPositions.count else { return nil }
        let map = arena.ints(outPositions.count)
        for (j, p) in outPositions.enumerated() {
            guard let i = position[p] else { return nil }
            map[j] = i
        }
        return map
    }

    /// A backward pass from `root` (seed 1): zero the gradient buffers it uses, run the kernels'
    /// backward closures in reverse creation order (PyTorch's engine order), then accumulate into
    /// each leaf's `.grad` as AccumulateGrad does (a copy when there was none, else `grad + new`).
    private func addBackward(_ root: Tensor, _ leaves: [LoopTape.LeafGrad]) throws {
        guard root.numel == 1, let rootNode = root.gradFn, let rootSlots = nodeSlots[ObjectIdentifier(rootNode)] else {
            throw fail("backward() from a tensor the loop did not compute")
        }
        // Which nodes the root reaches, and which of their outputs receive a gradient.
        var needed = Set<Int>([rootSlots.index])
        var reached: [Int: Set<Int>] = [rootSlots.index: [root._outputNr]]
        var reachedLeaves = Set<ObjectIdentifier>()
        for i in stride(from: graphOps.count - 1, through: 0, by: -1) where needed.contains(i) {
            for edge in graphOps[i].node.inputs {
                guard let n = edge.node else { continue }
                if let leaf = n.variable { reachedLeaves.insert(ObjectIdentifier(leaf)); continue }
                guard let s = nodeSlots[ObjectIdentifier(n)] else { throw fail("the loop uses a graph built before it") }
                needed.insert(s.index)
                reached[s.index, default: []].insert(edge.inputNr)
            }
        }
        var zero: [(UnsafeMutablePointer<Float>, Int, Float)] = []
        for i in needed.sorted() {
            let slots = nodeSlots[ObjectIdentifier(graphOps[i].node)]?.slots ?? []
            for (k, s) in slots.enumerated() {
                // An output no gradient reaches counts as zeros (+0.0) in the engine.
                if let g = s.grad { zero.append((g, s.count, reached[i]?.contains(k) == true ? -0.0 : 0.0)) }
            }
        }
        for id in reachedLeaves.sorted(by: { leafAccumulators[$0]?.id ?? 0 < leafAccumulators[$1]?.id ?? 0 }) {
            if let a = leafAccumulators[id] { zero.append((a.pointer, a.count, -0.0)) }
        }
        guard root._outputNr < rootSlots.slots.count else { throw fail("backward() from an output the plan does not know") }
        let rootGrad = rootSlots.slots[root._outputNr].grad
        let backward = needed.sorted(by: >).map { graphOps[$0].backward }
        steps.append {
            for (p, n, v) in zero { for i in 0..<n { p[i] = v } }
            rootGrad?[0] = 1
            for b in backward { b() }
        }
        signature.append("backward \(needed.sorted()) \(zero.count)")
        for l in leaves {
            guard let acc = leafAccumulators[ObjectIdentifier(l.leaf)] else {
                // The pass reached the leaf through no traced op: nothing arrives, as in the engine.
                guard l.before === l.after else { throw fail("a leaf gradient the plan cannot follow") }
                continue
            }
            let src = acc.pointer, n = acc.count
            if let before = l.before {
                guard before === l.after, before.numel == n else { throw fail("a .grad replaced during backward") }
                let g = try target(before)
                let dst = g.pointer
                steps.append { for i in 0..<n { dst[i] = dst[i] + src[i] } }
                signature.append("accumulate b\(acc.id) += b\(g.id)")
            } else {
                guard let after = l.after, after.numel == n, after.dtype == .float32, after.isContiguous else {
                    throw fail("a leaf gradient the plan cannot follow")
                }
                let g = newBuffer(n)
                register(after, g)
                let dst = g.pointer
                steps.append { for i in 0..<n { dst[i] = src[i] } }
                signature.append("grad b\(acc.id) -> b\(g.id)")
            }
        }
    }
}
