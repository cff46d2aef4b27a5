/// Records everything one loop iteration does to tensors, so `LoopPlan` can compile the iteration.
/// Scoped like grad mode: `LoopTracing.$tape.withValue(LoopTape()) { … }`.
public enum LoopTracing {
    @TaskLocal public static var tape: LoopTape?
}

/// The tensor events of one traced loop iteration, in the order they ran: every op (with or without
/// a graph node), every write into a tensor's elements, backward passes, `.grad` assignments and
/// optimizer steps. Anything else that changes tensor state marks the tape unsupported, and the
/// loop then keeps running through the interpreter.
/// Used from the one task that runs the traced iteration (hence unchecked Sendable, for @TaskLocal).
public final class LoopTape: @unchecked Sendable {
    /// Where the elements of a write come from.
    enum WriteSource {
        /// Copied (broadcast) from a tensor.
        case tensor(Tensor)
        /// One number in every element.
        case fill(Float)
    }

    /// What a backward pass did for one leaf it reached.
    struct LeafGrad {
        let leaf: Tensor
        let before: Tensor?
        let after: Tensor?
    }

    enum Event {
        /// An op ran; `node` is nil when it ran without recording a graph.
        case op(op: Op, inputs: [Tensor], values: [[Float]?], outputs: [Tensor], args: OpArgs, node: Node?)
        /// `target`'s elements were overwritten; `rebased`: the target took the source's place in the graph.
        case write(target: Tensor, source: WriteSource, sourceValues: [Float]?, rebased: Bool)
        /// `copy` was made as a private copy of `of` (the value an in-place op reads).
        case copy(copy: Tensor, of: Tensor, values: [Float]?)
        /// `root.backward()` (seed 1) and what it did to each leaf's `.grad`.
        case backward(root: Tensor, leaves: [LeafGrad])
        /// `leaf.grad = value`.
        case setGrad(leaf: Tensor, before: Tensor?, value: Tensor?)
        /// `optimizer.step()` of an optimizer whose rule a plan knows, with the state it found.
        case optimizerStep(OptimizerStep)
        /// The program driving the loop read `tensors` (see `LoopTracing.observe`); `tag` names
        /// what was read, so two iterations that read different things differ.
        case observe(tensors: [Tensor], tag: String, observer: LoopObserver)
        /// Python code that does no tensor work and that a plan runs again at this point of every
        /// iteration (an lr scheduler's `step()`, whose new lr the next optimizer step reads);
        /// `what` names it in the plan's signature, `run` throws what the code raised.
        case python(what: String, run: () throws -> Void)
        /// Random numbers drawn as input of the iteration's tensor work (see `LoopDraw`).
        case draw(LoopDraw)
        /// A batch: output k holds rows `order[start..<start + count]` of source k (rows
        /// `start..<start + count` without an order), as `Tensor.rows` copies them.
        case rows(sources: [Tensor], order: LoopDraw?, start: Int, count: Int, outputs: [Tensor])
    }

    private(set) var events: [Event] = []
    /// Every tensor an event made (op outputs, private copies, new `.grad`s).
    private var madeTensors: [ObjectIdentifier: Tensor] = [:]
    /// The element bytes of `madeTensors`: a traced iteration keeps every tensor it made alive, so an
    /// iteration that makes very many (a long loop inside the loop) is given up on before it costs
    /// more memory than the plan could save.
    private var retainedBytes = 0
    /// Past this many bytes an iteration is not traced further (the loop runs in the interpreter);
    /// task-local so a test can lower it.
    @TaskLocal public static var retainedBytesLimit = 256 << 20
    /// True once the tape gave up and let go of what it held.
    private var dropped = false
    /// Version counters bumped during the iteration, in order (also inside backward and steps).
    private(set) var bumps: [VersionCounter] = []
    /// Why the iteration cannot be compiled (nil: so far it can).
    public private(set) var unsupported: String?
    /// Inside a backward pass or optimizer step: their inner ops are part of that one event.
    private var suppressed = 0
    /// Inside an optimizer step: its reads of tensor values into Python (Adam's `step_t.item()`)
    /// are part of the rule the plan replays.
    private var modeledReads = 0
    /// The write an in-place op announced, matched by the next `assign` of that tensor.
    private var expected: (target: ObjectIdentifier, source: WriteSource, rebased: Bool)?

    public init() {}

    /// Marks the iteration as one a plan cannot reproduce.
    public func reject(_ why: String) {
        if unsupported == nil { unsupported = why }
    }

    func append(_ op: Op, inputs: [Tensor], outputs: [Tensor], args: OpArgs, node: Node?) {
        guard suppressed == 0 else { return }
        let values = inputs.map(LoopTape.constantValues)
        for o in outputs { retain(o) }
        guard !dropped else { return }
        events.append(.op(op: op, inputs: inputs, values: values, outputs: outputs, args: args, node: node))
    }

    /// The values of a factory constant (the only tensors a plan rebuilds from values); nil for any
    /// other tensor, whose values the plan reads where they live (so big data is never copied here).
    static func constantValues(_ t: Tensor) -> [Float]? {
        t.isConstant || t.isWrappedNumber ? t.floatValues() : nil
    }

    /// An in-place op is about to write `source` into `target`.
    func expectWrite(_ target: Tensor, _ source: WriteSource, rebased: Bool = false) {
        guard suppressed == 0 else { return }
        expected = (ObjectIdentifier(target), source, rebased)
    }

    /// `copy` is a private copy of `original`'s current elements.
    func noteCopy(_ copy: Tensor, of original: Tensor) {
        guard suppressed == 0 else { return }
        retain(copy)
        guard !dropped else { return }
        events.append(.copy(copy: copy, of: original, values: LoopTape.constantValues(original)))
    }

    /// Called by every write into a tensor's elements (after the write, with its version bump).
    func wrote(_ target: Tensor) {
        bumps.append(target.version)
        guard suppressed == 0 else { return }
        guard let e = expected, e.target == ObjectIdentifier(target) else {
            reject("a tensor is changed in a way a loop plan does not model")
            return
        }
        expected = nil
        var sourceValues: [Float]? = nil
        if case .tensor(let s) = e.source { sourceValues = LoopTape.constantValues(s) }
        events.append(.write(target: target, source: e.source, sourceValues: sourceValues, rebased: e.rebased))
    }

    /// Runs `body` (a backward pass, an optimizer step) as one event: its inner ops are not recorded.
    func composite<T>(_ body: () throws -> T) rethrows -> T {
        suppressed += 1
        defer { suppressed -= 1 }
        return try body()
    }

    func noteBackward(root: Tensor, leaves: [LeafGrad]) {
        guard suppressed == 0 else { return }
        for l in leaves { if let a = l.after { retain(a) } }
        guard !dropped else { return }
        events.append(.backward(root: root, leaves: leaves))
    }

    func noteObserve(_ tensors: [Tensor], tag: String, _ observer: @escaping LoopObserver) {
        guard suppressed == 0 else { return }
        events.append(.observe(tensors: tensors, tag: tag, observer: observer))
    }

    func noteSetGrad(_ leaf: Tensor, before: Tensor?, value: Tensor?) {
        guard suppressed == 0 else { return }
        events.append(.setGrad(leaf: leaf, before: before, value: value))
    }

    /// Runs `body`, one `optimizer.step()` of `step`'s rules, as one event (inside another
    /// composite it is only part of that one).
    public func optimizerStep<T>(_ step: OptimizerStep, _ body: () throws -> T) rethrows -> T {
        guard suppressed == 0 else { return try body() }
        suppressed += 1
        modeledReads += 1
        defer {
            suppressed -= 1
            modeledReads -= 1
        }
        let result = try body()
        events.append(.optimizerStep(step))
        return result
    }

    /// The input tensors of the op that made `node`, as it ran (nil if this tape did not record it);
    /// the forward stepper names data inputs with them.
    public func inputs(of node: Node) -> [Tensor]? {
        for case .op(_, let inputs, _, _, _, let n?) in events where n === node { return inputs }
        return nil
    }

    /// Runs `run` (Python code such as an lr scheduler's `step()`) and records it as one event a plan
    /// repeats by calling `run` again; code that changed a tensor or recorded an event makes the
    /// iteration one a plan does not reproduce.
    public func python(_ what: String, _ run: @escaping () throws -> Void) throws {
        guard suppressed == 0 else { return try run() }
        let bumped = bumps.count, recorded = events.count
        try run()
        guard bumps.count == bumped, events.count == recorded, unsupported == nil else {
            reject("\(what) changes tensors")
            return
        }
        events.append(.python(what: what, run: run))
    }

    func noteDraw(_ draw: LoopDraw) {
        guard suppressed == 0 else { return }
        events.append(.draw(draw))
    }

    func noteRows(_ sources: [Tensor], order: LoopDraw?, start: Int, count: Int, outputs: [Tensor]) {
        guard suppressed == 0 else { return }
        for o in outputs { retain(o) }
        guard !dropped else { return }
        events.append(.rows(sources: sources, order: order, start: start, count: count, outputs: outputs))
    }

    /// Keeps `t` as made by this iteration, giving up on the iteration past `retainedBytesLimit`.
    private func retain(_ t: Tensor) {
        guard !dropped else { return }
        madeTensors[ObjectIdentifier(t)] = t
        retainedBytes &+= t.numel &* t.dtype.itemSize
        if retainedBytes > LoopTape.retainedBytesLimit {
            reject("one iteration makes more than \(LoopTape.retainedBytesLimit >> 20) MiB of tensors (a long loop inside the loop?), more than tracing it may hold")
            dropped = true
            events.removeAll()
            madeTensors.removeAll()
        }
    }

    /// Whether an event of this iteration made `t` (so a plan knows how to compute it).
    public func made(_ t: Tensor) -> Bool { madeTensors[ObjectIdentifier(t)] != nil }

    /// Tensor data became a Python value (`item()`, printing, `tolist()`): the loop's Python-level
    /// behaviour may depend on it, so the iteration is not compiled. Only `Tensor.pythonRead` calls it,
    /// so no read can forget it.
    func noteEscape(_ what: String) {
        guard modeledReads == 0 else { return }
        reject("\(what) reads tensor values into Python")
    }
}

/// Looks at the values of the tensors an iteration reads for the program driving the loop (train's
/// loss and gradients); false ends the loop before the rest of that iteration runs. A compiled plan
/// calls it with its own buffers, in the same order.
public typealias LoopObserver = ([UnsafeBufferPointer<Float>]) -> Bool

extension LoopTracing {
    /// The program driving a loop (not the Python code in it) reads `tensors`' values: `observer`
    /// sees them now and, when the iteration is traced, at this point of every iteration a plan
    /// runs, so the read does not keep the loop from compiling. Returns what `observer` returned.
    public static func observe(_ tensors: [Tensor], tag: String, _ observer: @escaping LoopObserver) -> Bool {
        let values = tensors.map { $0.floatValues() }
        tape?.noteObserve(tensors, tag: tag, observer)
        return withBuffers(values[...], [], observer)
    }

    private static func withBuffers(_ rest: ArraySlice<[Float]>, _ done: [UnsafeBufferPointer<Float>],
                                    _ observer: LoopObserver) -> Bool {
        guard let first = rest.first else { return observer(done) }
        return first.withUnsafeBufferPointer { withBuffers(rest.dropFirst(), done + [$0], observer) }
    }

    /// Marks the current traced iteration (if any) as not compilable.
    public static func reject(_ why: String) {
        tape?.reject(why)
    }
}

extension Tensor {
    /// The one way a tensor's values become Python values (`item()`, `int()`, an index, `in`,
    /// printing, `tolist()`, ...): `read` gets the values, and in a traced loop iteration the read is
    /// recorded, so that iteration runs through the interpreter (what Python does next may depend on
    /// the values). A wrapped Python number is already a Python value and records nothing.
    public func pythonRead<T>(_ what: String, _ read: (Tensor) throws -> T) rethrows -> T {
        if !isWrappedNumber { LoopTracing.tape?.noteEscape(what) }
        return try read(self)
    }
}
