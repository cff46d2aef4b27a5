/// A value in a compiled plan: a float buffer with its shape, and a gradient buffer when the value
/// needs one. Buffers belong to the plan that made them.
struct PlanSlot {
    let value: UnsafeMutablePointer<Float>
    /// nil: no gradient flows to this value (a constant).
    let grad: UnsafeMutablePointer<Float>?
    let shape: [Int]
    let count: Int
}

/// How one input of an elementwise op maps onto the output's elements.
enum PlanAccess {
    /// Same shape as the output: element i is element i.
    case same
    /// One element, read for every output element.
    case scalar
    /// Broadcast: output element i reads input element map[i].
    case map(UnsafeMutablePointer<Int>)

    @inline(__always) func index(_ i: Int) -> Int {
        switch self {
        case .same: return i
        case .scalar: return 0
        case .map(let m): return m[i]
        }
    }
}

/// Everything a kernel needs to build its two closures: the op's input and output slots, its
/// non-tensor arguments, and an allocator for scratch buffers that live as long as the plan.
struct PlanCall {
    let inputs: [PlanSlot]
    let outputs: [PlanSlot]
    /// Whether each output's gradient is reached from the loss (an unreached one contributes zeros).
    let outputReached: [Bool]
    let args: OpArgs
    let arena: PlanArena
    /// For a view op: the input element each output element reads (nil when not computed).
    var gather: UnsafeMutablePointer<Int>? = nil
}

/// The forward and backward closures of one op in a plan.
struct PlanStep {
    let forward: () -> Void
    let backward: () -> Void
}

/// How an op runs inside a compiled plan: it compiles one recorded call into closures over raw
/// buffers that compute exactly what the op's tensor forward and backward compute (same float
/// operations in the same order), so a plan's numbers equal the tensor path's bit for bit.
/// Returns nil when this particular call is not supported (the plan then falls back).
public struct PlanKernel: Sendable {
    let compile: @Sendable (PlanCall) -> PlanStep?
}

/// Owns every buffer of a plan; frees them when the plan goes away.
final class PlanArena {
    private var floats: [UnsafeMutablePointer<Float>] = []
    private var ints: [UnsafeMutablePointer<Int>] = []
    private var doubles: [UnsafeMutablePointer<Double>] = []
    private var pooled: [[Float]] = []

    /// Whether buffers are filled when made. An arena whose steps never run (the one that only
    /// gives the previous traced iteration its signature) leaves them untouched: a big buffer then
    /// costs no page faults and no zeroing (for 10^6 elements, four times an eager iteration).
    private let touching: Bool

    init(touching: Bool = true) {
        self.touching = touching
    }

    func floats(_ n: Int, _ value: Float = 0) -> UnsafeMutablePointer<Float> {
        if touching && n >= FloatBufferPool.minimumCount {
            // A big buffer is an array from the interpreter's pool (the arrays of the eager
            // iterations before the plan), given back when the plan goes away: a fresh one costs a
            // page fault per 4 KiB, for 10^6 elements more than the plan's iterations save.
            pooled.append(Kernels.floats(n) { $0.initialize(repeating: value) })
            // Stable: the array is held only here and never resized until deinit.
            return pooled[pooled.count - 1].withUnsafeMutableBufferPointer { $0.baseAddress! }
        }
        let p = UnsafeMutablePointer<Float>.allocate(capacity: max(n, 1))
        if touching { p.initialize(repeating: value, count: max(n, 1)) }
        floats.append(p)
        return p
    }

    /// A buffer nothing reads before writing it; a gradient buffer no backward step uses (an op
    /// traced without a graph) is never touched, so it costs no memory.
    func untouchedFloats(_ n: Int) -> UnsafeMutablePointer<Float> {
        let p = UnsafeMutablePointer<Float>.allocate(capacity: max(n, 1))
        floats.append(p)
        return p
    }

    func ints(_ n: Int) -> UnsafeMutablePointer<Int> {
        let p = UnsafeMutablePointer<Int>.allocate(capacity: max(n, 1))
        p.initialize(repeating: 0, count: max(n, 1))
        ints.append(p)
        return p
    }

    func doubles(_ n: Int) -> UnsafeMutablePointer<Double> {
        let p = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        p.initialize(repeating: 0, count: max(n, 1))
        doubles.append(p)
        return p
    }

    /// How `input` (shape) is read for each element of `output` (shape) under broadcasting.
    func access(_ input: [Int], to output: [Int]) -> PlanAccess {
        if input == output { return .same }
        let outCount = Shape.numel(output)
        if Shape.numel(input) == 1 { return .scalar }
        let p = UnsafeMutablePointer<Int>.allocate(capacity: max(outCount, 1))
        ints.append(p)
        // Input strides aligned to the output's trailing dims; size-1 and missing dims read 0.
        let lead = output.count - input.count
        let inStrides = Shape.contiguousStrides(input)
        var strides = [Int](repeating: 0, count: output.count)
        for d in 0..<output.count where d >= lead && input[d - lead] != 1 { strides[d] = inStrides[d - lead] }
        var index = [Int](repeating: 0, count: output.count)
        var pos = 0
        for i in 0..<outCount {
            p[i] = pos
            var d = output.count - 1
            while d >= 0 {
                index[d] += 1
                pos += strides[d]
                if index[d] < output[d] { break }
                pos -= strides[d] * output[d]
                index[d] = 0
                d -= 1
            }
        }
        return .map(p)
    }

    deinit {
        for p in floats { p.deallocate() }
        for p in ints { p.deallocate() }
        for p in doubles { p.deallocate() }
        if let pool = TorchSettings.bound?.floatPool {
            while let a = pooled.popLast() { pool.give(a) }
        }
    }
}

/// Gradient accumulation shared by the kernels: adds a contribution shaped like the op's output
/// into an input's gradient, summing over broadcast dims exactly as `Tensor.sumTo` does (SumKernel).
struct PlanReduce {
    let access: PlanAccess
    let outCount: Int
    let inCount: Int
    let scratch: UnsafeMutablePointer<Float>
    let sums: UnsafeMutablePointer<Float>
    let kernel: SumKernel

    init(input: PlanSlot, outShape: [Int], arena: PlanArena) {
        access = arena.access(input.shape, to: outShape)
        outCount = Shape.numel(outShape)
        inCount = input.count
        scratch = arena.floats(outCount)
        sums = arena.floats(inCount)
        let lead = outShape.count - input.shape.count
        var reduced = Set<Int>()
        for d in outShape.indices where d < lead || (input.shape[d - lead] == 1 && outShape[d] != 1) { reduced.insert(d) }
        kernel = SumKernel.contiguous(outShape, reduced: reduced)
    }

    /// Writes contribution element i with `f(i)`, then adds the reduced contribution into `grad`.
    @inline(__always)
    func accumulate(into grad: UnsafeMutablePointer<Float>, _ f: (Int) -> Float) {
        if case .same = access {
            for i in 0..<outCount { grad[i] += f(i) }
            return
        }
        for i in 0..<outCount { scratch[i] = f(i) }
        kernel.run(scratch, into: sums)
        for j in 0..<inCount { grad[j] += sums[j] }
    }
}
