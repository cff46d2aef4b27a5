import Synchronization

/// An edge of the backward graph: the node an input's gradient goes to (nil: the input needs none).
public struct Edge {
    public let node: Node?
    /// Which output of `node` the input was.
    public let inputNr: Int
}

/// A node of the backward graph (PyTorch's grad_fn object): an op applied to inputs, or the
/// AccumulateGrad sink of a leaf that requires grad.
public final class Node {
    /// The op this node differentiates; nil for AccumulateGrad.
    public let op: Op?
    /// The leaf whose `.grad` this node accumulates into (AccumulateGrad only).
    public let variable: Tensor?
    /// Where the input gradients go, one per input (PyTorch's `next_functions`).
    public let inputs: [Edge]
    /// Tensors saved for backward (detached aliases, sharing data and version counters).
    public private(set) var saved: [Tensor]
    private var savedVersions: [Int]
    /// Moves the versions saved for tensors counted by `counter` on by `n`: a compiled loop ran `n`
    /// more changes of that tensor, so this node now stands for the last iteration's node.
    func advanceSavedVersions(of counter: VersionCounter, by n: Int) {
        for (i, t) in saved.enumerated() where t.version === counter { savedVersions[i] &+= n }
    }

    /// Where each saved tensor came from, for the version-counter error (and whether PyTorch keeps
    /// it at all for this call: `a * b` keeps `b` only when `a` needs a gradient, and so on).
    private var savedInfo: [SavedInfo]
    /// True once backward released the saved tensors (retain_graph was false).
    public private(set) var savedFreed: Bool = false
    /// Non-tensor values saved for backward.
    public let args: OpArgs
    public let inputShapes: [[Int]]
    /// The dtype of each input: backward hands each input its gradient in this dtype, as PyTorch's
    /// engine casts gradients to the input's metadata (a float32 tensor mixed into float64 math gets
    /// a float32 gradient).
    public internal(set) var inputDTypes: [DType] = []
    /// The storage of each input that needed no gradient (weak; empty when every input needed one), so
    /// a debugger can name data inputs such as `x` and `y` even after backward freed the saved tensors.
    private let dataInputs: [WeakStorage]
    /// The view input `index` was, if it needed no gradient and its storage is still alive.
    public func dataInput(_ index: Int) -> WeakStorage? {
        index < dataInputs.count && dataInputs[index].storage != nil ? dataInputs[index] : nil
    }
    public let outputShape: [Int]
    /// Number of outputs (unbind has several).
    public let outputCount: Int
    /// Orders the ready nodes in backward: larger runs first. As in PyTorch, op nodes are numbered in
    /// creation order and AccumulateGrad has the largest number (a leaf's gradient lands as soon as ready).
    public let sequenceNr: Int
    /// `register_hook` functions of this node's outputs, by output number.
    var gradHooks: [Int: GradHookList] = [:]
    /// The tensors this node produced (weak: the graph must not keep outputs alive).
    private(set) var outputRefs: [OutputSlot]
    /// Scheduling scratch, valid while `scheduleMark` equals the current pass's mark.
    var scheduleMark: Int = 0
    var dependencyCount: Int = 0
    var discoveryIndex: Int = 0

    init(op: Op, inputs: [Edge], saved: [Tensor], savedInfo: [SavedInfo], args: OpArgs, inputShapes: [[Int]], outputShape: [Int], outputCount: Int = 1,
         dataInputs: [WeakStorage] = []) {
        self.op = op
        self.dataInputs = dataInputs
        self.variable = nil
        self.inputs = inputs
        self.saved = saved
        self.savedVersions = saved.map { $0.version.value }
        self.savedInfo = savedInfo
        self.args = args
        self.inputShapes = inputShapes
        self.outputShape = outputShape
        self.outputCount = outputCount
        self.sequenceNr = NodeSequence.next()
        self.outputRefs = []
    }

    init(accumulating leaf: Tensor) {
        self.op = nil
        self.variable = leaf
        self.inputs = []
        self.saved = []
        self.savedVersions = []
        self.savedInfo = []
        self.args = OpArgs()
        self.inputShapes = [leaf.shape]
        self.dataInputs = []
        self.outputShape = leaf.shape
        self.outputCount = 1
        self.sequenceNr = Int.max
        self.outputRefs = []
    }

    /// PyTorch's class name for this node: `MulBackward0`, `AccumulateGrad`, …
    public var name: String { op?.name ?? "AccumulateGrad" }

    /// The sequence number the last node created got: nodes created after this call have larger ones,
    /// so two marks bracket the nodes a piece of code made (a module's forward, for the graph's boxes).
    public static func sequenceMark() -> Int { NodeSequence.last() }
    /// True for the AccumulateGrad sink of a leaf.
    public var isAccumulateGrad: Bool { op == nil }
    /// The tensor this node produced (output `index`), if it is still alive.
    public func output(_ index: Int = 0) -> Tensor? {
        index < outputRefs.count ? outputRefs[index].tensor : nil
    }

    /// Registers the tensors this node produced.
    func setOutputs(_ outputs: [Tensor]) {
        outputRefs = outputs.map(OutputSlot.init)
    }

    /// The tensor with identity `id` is going away or no longer belongs to this node.
    func forgetOutput(_ id: ObjectIdentifier) {
        for i in outputRefs.indices where outputRefs[i].id == id { outputRefs[i].tensor = nil }
    }

    /// An in-place op wrote this node's output into `target`: the saved outputs are now `target`'s
    /// elements (PyTorch saves the in-place result itself), so a later change of `target` before
    /// backward is the version-counter error, not a silently stale value.
    func moveSavedOutputs(into target: Tensor) {
        for i in saved.indices where i < savedInfo.count && savedInfo[i].isOutput {
            saved[i] = target.savedAlias()
            savedVersions[i] = target.version.value
        }
    }

    /// Drops a saved input that is `t` itself (after `t *= t` made `t` this node's output: a cycle).
    func forgetSavedOriginal(_ t: Tensor) {
        for i in savedInfo.indices where savedInfo[i].original === t { savedInfo[i].original = nil }
    }

    deinit {
        // An AccumulateGrad node is its leaf's cached accumulator until now.
        if let v = variable, v.accumulator === self { v.accumulator = nil }
    }

    /// Throws PyTorch's error if the saved tensors were freed or modified in place since saving.
    public func checkSaved() throws {
        guard let op else { return }
        if savedFreed && op.savesTensors {
            throw TorchError.runtime(Node.backwardTwiceMessage, code: .backwardTwice)
        }
        for (i, t) in saved.enumerated() where t.version.value != savedVersions[i] {
            let info = i < savedInfo.count ? savedInfo[i] : SavedInfo(original: nil, gradFnAtSave: nil, outputNr: 0, isOutput: false, checked: true)
            guard info.checked else { continue }
            let kind = t.dtype.tensorTypeName
            // PyTorch names the saved tensor's grad_fn as it is now (after the in-place change).
            let maker: (node: Node, outputNr: Int)?
            if info.isOutput {
                // A node's own saved output is named after the node (PyTorch: "output 0 of Exp").
                maker = (self, info.outputNr)
            } else if let original = info.original {
                maker = original.gradFn.map { ($0, original._outputNr) }
            } else {
                maker = info.gradFnAtSave.map { ($0, info.outputNr) }
            }
            var which = ""
            if let maker {
                if maker.node.op?.isMultiOutputView == true {
                    throw TorchError.runtime("Output \(maker.outputNr) of \(Node.shortName(maker.node)) is a view and its base or another view of its base has been modified inplace. This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.")
                }
                which = ", which is output \(maker.outputNr) of \(maker.node.op?.isView == true ? "AsStrided" : Node.shortName(maker.node)),"
            }
            throw TorchError.runtime("one of the variables needed for gradient computation has been modified by an inplace operation: [\(kind) \(Shape.describe(t.shape))]\(which) is at version \(t.version.value); expected version \(savedVersions[i]) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).", code: .inplaceModified)
        }
    }

    /// How PyTorch's version-counter error names a grad_fn: `MulBackward0` → `Mul`,
    /// `SumBackward1` → `Sum1`, `CopySlices` → `torch::autograd::CopySlices`.
    static func shortName(_ node: Node) -> String {
        let name = node.name
        if name == "CopySlices" { return "torch::autograd::CopySlices" }
        if name.hasSuffix("Backward0") { return String(name.dropLast("Backward0".count)) }
        if let r = name.firstRange(of: "Backward") {
            return String(name[..<r.lowerBound]) + String(name[r.upperBound...])
        }
        return name
    }

    /// Computes this node's input gradients from the gradient(s) arriving at its output(s), on its own
    /// (the step debugger calls this one node at a time). AccumulateGrad returns its input unchanged.
    /// With `createGraph` (and a gradient that could depend on something requiring grad) the node runs
    /// its differentiable formula in grad mode, so the gradients get a graph of their own.
    public func inputGradients(_ grads: [Tensor?], createGraph: Bool = false) throws -> [Tensor?] {
        guard let op else { return grads }
        try checkSaved()
        if createGraph && needsGraph(grads) { return try graphGradients(op, grads) }
        return try GradMode.withDisabled {
            var out = try op.backward(BackwardContext(grads: grads, node: self))
            for i in out.indices where i < inputDTypes.count {
                if let g = out[i], g.dtype != inputDTypes[i], inputDTypes[i].isFloatingPoint { out[i] = g.cast(to: inputDTypes[i]) }
            }
            return out
        }
    }

    /// Saved tensor `i` as double backward reads it: the input it came from (with its graph), or for
    /// a saved output an alias whose grad_fn is this node (PyTorch's SavedVariable unpacking).
    func liveSaved(_ i: Int) -> Tensor {
        let info = i < savedInfo.count ? savedInfo[i] : nil
        if let original = info?.original { return original }
        let t = saved[i]
        guard info?.isOutput == true else { return t }
        let alias = Tensor(storage: t.storage, shape: t.shape, strides: t.strides, offset: t.offset, dtype: t.dtype, version: t.version)
        alias.gradFn = self
        alias._outputNr = info?.outputNr ?? 0
        return alias
    }

    /// Drops the saved tensors (after a backward without retain_graph).
    func freeSaved() {
        guard op?.savesTensors == true else { return }
        saved = []
        for i in savedInfo.indices { savedInfo[i].original = nil }
        savedFreed = true
    }

    static let backwardTwiceMessage = "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward."
}

/// Hands out node sequence numbers in creation order (PyTorch's per-thread `sequence_nr`). Only ever
/// incremented; shared by all tasks, since creation order across them does not matter.
enum NodeSequence {
    private static let counter = Atomic<Int>(0)
    static func next() -> Int { counter.wrappingAdd(1, ordering: .relaxed).newValue }
    static func last() -> Int { counter.load(ordering: .relaxed) }
}

/// What a node remembers about one saved tensor besides its value.
struct SavedInfo {
    /// The input tensor that was saved (nil for the node's own outputs, which would be a cycle).
    /// Held strongly: an input points upstream, so this makes no cycle, and it avoids the cost of
    /// Swift weak references (a side table per tensor) in every training step.
    var original: Tensor?
    /// Its grad_fn when it was saved (an input's; nil for leaves and for the node's own outputs).
    let gradFnAtSave: Node?
    let outputNr: Int
    /// True when the node saved one of its own outputs (exp, tanh, sigmoid, …).
    let isOutput: Bool
    /// False when PyTorch would not keep this tensor for these inputs (so no version check).
    let checked: Bool
}

/// A node's reference to one of its outputs without keeping it alive (outputs point at the node,
/// so a strong reference would be a cycle). Not a Swift weak reference, which costs a side-table
/// allocation per tensor: the tensor clears it itself — in its deinit, and whenever it moves to
/// another node (`Node.forgetOutput`) — so `tensor` is never used after the tensor is gone.
struct OutputSlot {
    let id: ObjectIdentifier
    unowned(unsafe) var tensor: Tensor?

    init(_ t: Tensor) {
        id = ObjectIdentifier(t)
        tensor = t
    }
}

/// A weak reference to the elements a tensor views (the graph must not keep data inputs alive).
public struct WeakStorage {
    public weak var storage: Storage?
    /// Where the view starts and how it strides, so `x[:5]` is not mistaken for `x`.
    public let offset: Int
    public let strides: [Int]
    public init(_ tensor: Tensor?) {
        storage = tensor?.storage
        offset = tensor?.offset ?? 0
        strides = tensor?.strides ?? []
    }
}
