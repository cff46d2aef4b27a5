// Engine micro-benchmark: the seed-000 loop written directly against Autograd (no interpreter).
import Foundation
// forward (a*x**2 + b*x + c, mse), backward, update under no_grad, zero grads; 20-element tensors.
// Run: swift run -c release EngineBench [iterations]
import Autograd
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

let iterations = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 100_000 : 100_000
let x = Tensor(floats: (0..<20).map(Float.init), shape: [20])
let y = Tensor(floats: (0..<20).map { i in 0.75 * (Float(i) - 9.5) * (Float(i) - 9.5) + 1 }, shape: [20])
let params = Tensor(floats: [-0.5, 0.3, 0.1], shape: [3])
do {
    try params.requiresGrad_(true)
    let lr = Tensor.wrapped(.float(1e-5))
    let two = Tensor.wrapped(.int(2))
    var lossValue: Scalar = .float(0)
    let start = now()
    for _ in 0..<iterations {
        let abc = try params.unbind(0)
        let pred = try abc[0].mul(x.pow(two)).add(abc[1].mul(x)).add(abc[2])
        let loss = try pred.sub(y).pow(two).mean()
        try loss.backward()
        try GradMode.withDisabled {
            if let g = params.grad { try params.sub_(g.mul(lr)) }
        }
        params.grad = nil
        lossValue = try loss.item()
    }
    let elapsed = now() - start
    print("EngineBench tensors: \(iterations) iterations in \(String(format: "%.3f", elapsed)) s = \(String(format: "%.2f", elapsed / Double(iterations) * 1e6)) µs/iteration (last loss \(lossValue))")

    // The same loop as a compiled plan (what compiled Python loops and `train N` run): two traced
    // iterations, compiled when they did the same.
    func iteration() throws {
        let abc = try params.unbind(0)
        let pred = try abc[0].mul(x.pow(two)).add(abc[1].mul(x)).add(abc[2])
        let loss = try pred.sub(y).pow(two).mean()
        try loss.backward()
        try GradMode.withDisabled {
            if let g = params.grad { try params.sub_(g.mul(lr)) }
        }
        params.setGrad(nil)
    }
    let tape1 = LoopTape(), tape2 = LoopTape()
    try LoopTracing.$tape.withValue(tape1) { try iteration() }
    try LoopTracing.$tape.withValue(tape2) { try iteration() }
    let plan = try LoopPlan(tape: tape2, previous: tape1)
    let planIterations = CommandLine.arguments.contains("--tensors-only") ? 0 : iterations * 10
    let planStart = now()
    let ran = plan.run(iterations: planIterations)
    let planElapsed = now() - planStart
    print("EngineBench plan:    \(ran) iterations in \(String(format: "%.3f", planElapsed)) s = \(String(format: "%.3f", planElapsed / Double(max(1, ran)) * 1e6)) µs/iteration (\(plan.graphOpCount) ops; params \(params.floatValues()))")
} catch {
    print("EngineBench failed: \(error)")
    exit(1)
}
