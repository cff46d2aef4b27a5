/// A loop iteration compiled once from its tape and run many times: the tape's ops become plan
/// kernels over preallocated buffers, its backward passes run those kernels in reverse, and its
/// writes, `.grad` changes and SGD steps become buffer updates. Tensors that live across
/// iterations (parameters, data, persistent `.grad`s) are loaded into the plan before a run and
/// written back after it, so the numbers are bit-identical to running the iterations one by one.
///
/// The plan is built from two consecutive traced iterations and only when both did the same thing:
/// the same events on the same persistent tensors with the same constants. Whatever it cannot
/// reproduce exactly throws `Unsupported`, and the loop keeps running through the interpreter.
public final class LoopPlan {
    private let arena = PlanArena()
    private let steps: [() -> Void]
    private let checks: [(at: Int, check: () -> Bool)]
    private let externals: [LoopPlanBuilder.External]
    /// The tensors the traced iteration made (bound to variables, held as `.grad`s): after a run
    /// they get the last iteration's values, so Python code that reads them next sees those.
    private let made: [(Tensor, UnsafeMutablePointer<Float>)]
    /// The graph nodes the traced iteration made (still reachable from the tensors it made).
    private let nodes: [Node]
    private let versionBumps: [(VersionCounter, Int)]
    /// How many graph-recording ops one iteration runs (what `train` reports).
    public var graphOpCount: Int { nodes.count }
    private let fault: PlanFault

    /// Why two traced iterations could not be compiled.
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    /// Compiles `tape` (the latest traced iteration), checked against `previous` (the one before).
    public init(tape: LoopTape, previous: LoopTape) throws {
        if let why = previous.unsupported ?? tape.unsupported ?? LoopPlan.eagerlyAsFast(tape) { throw Unsupported(description: why) }
        let persistent = LoopPlanBuilder.unknownStorages(tape).intersection(LoopPlanBuilder.unknownStorages(previous))
        let before = try LoopPlanBuilder(arena: PlanArena(touching: false), persistent: persistent, tape: previous)
        let now = try LoopPlanBuilder(arena: arena, persistent: persistent, tape: tape)
        guard before.signature == now.signature else {
            let k = zip(before.signature, now.signature).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(before.signature.count, now.signature.count)
            throw Unsupported(description: "two iterations differ (event \(k))")
        }
        // Version counters bumped in both iterations belong to tensors that outlive an iteration.
        let earlier = Set(previous.bumps.map(ObjectIdentifier.init))
        var counts: [ObjectIdentifier: (VersionCounter, Int)] = [:]
        var order: [ObjectIdentifier] = []
        for c in tape.bumps where earlier.contains(ObjectIdentifier(c)) {
            let id = ObjectIdentifier(c)
            if counts[id] == nil { order.append(id); counts[id] = (c, 0) }
            counts[id]?.1 += 1
        }
        let previousCounts = Dictionary(previous.bumps.map { (ObjectIdentifier($0), 1) }, uniquingKeysWith: +)
        for id in order where previousCounts[id] != counts[id]?.1 {
            throw Unsupported(description: "two iterations change a tensor a different number of times")
        }
        steps = now.steps
        checks = now.checks
        fault = now.fault
        externals = now.externals
        made = now.made
        nodes = now.nodes
        versionBumps = order.compactMap { counts[$0] }
    }

    /// Ops without a graph whose outputs all have at least this many elements run as fast eagerly.
    static let eagerElements = 1 << 18

    /// Why compiling `tape` would gain nothing, or nil. An iteration of ops without a graph, each on
    /// 2^18 elements or more, runs the same element loops eagerly as in a plan: a plan saves only
    /// the interpreter's few microseconds per op (under 1% of each loop), while its buffers and the
    /// two traced iterations it keeps cost fresh memory (on 10^6 elements compiling made the loop
    /// about twice as slow, measured with bench/elementwise.py).
    static func eagerlyAsFast(_ tape: LoopTape) -> String? {
        var ops = 0
        for event in tape.events {
            guard case .op(_, _, _, let outputs, _, let node) = event, node == nil,
                  outputs.allSatisfy({ $0.numel >= eagerElements }) else { return nil }
            ops += 1
        }
        return ops == 0 ? nil : "each of its ops works on \(eagerElements) elements or more without a graph, so a plan would save nothing"
    }

    /// Runs up to `iterations` iterations; `shouldStop` is polled every 1024 and ends the run early,
    /// as does an observation that returns false (its iteration then does not count: the caller
    /// runs it again). Returns how many ran. Persistent tensors hold the results afterwards. When
    /// Python code the plan runs (an lr scheduler's step) raised, the run ends with that iteration
    /// and `takeFailure()` returns the error.
    public func run(iterations: Int, shouldStop: () -> Bool = { false }) -> Int {
        for e in externals {
            let v = e.tensor.floatValues()
            for i in 0..<e.count { e.buffer[i] = v[i] }
        }
        var done = 0
        iterating: while done < iterations {
            if checks.isEmpty {
                for s in steps { s() }
            } else {
                var next = 0
                for (at, check) in checks {
                    while next < at { steps[next](); next += 1 }
                    if !check() { break iterating }
                }
                while next < steps.count { steps[next](); next += 1 }
            }
            done += 1
            if fault.error != nil { break }
            if done & 1023 == 0 && shouldStop() { break }
        }
        for e in externals where e.written {
            e.tensor.overwrite(floatsFrom: e.buffer, count: e.count)
        }
        for (counter, k) in versionBumps { counter.bump(by: k * done) }
        if done > 0 {
            for (t, buffer) in made { t.overwrite(floatsFrom: buffer, count: t.numel) }
            // Their saved tensors' versions as the last iteration's nodes would have saved them.
            for node in nodes { for (counter, k) in versionBumps { node.advanceSavedVersions(of: counter, by: k * done) } }
        }
        return done
    }

    /// The error Python code raised during the last run, once.
    public func takeFailure() -> Error? {
        defer { fault.error = nil }
        return fault.error
    }
}

/// Where a plan step that runs Python code leaves what it raised.
final class PlanFault {
    var error: Error?
}

extension Tensor {
    /// Writes a plan buffer's `count` elements over this float32 tensor's: into its own storage array
    /// when the tensor covers it, else as a new array. A new big array would cost a page fault per
    /// 4 KiB after every run; an array someone else still holds is copied on write, as before.
    func overwrite(floatsFrom buffer: UnsafeMutablePointer<Float>, count: Int) {
        guard coversStorage, dtype == .float32, storage.floats.count == count else {
            overwrite(floats: Array(UnsafeBufferPointer(start: buffer, count: count)))
            return
        }
        storage.floats.withUnsafeMutableBufferPointer { $0.baseAddress?.update(from: buffer, count: count) }
    }
}
