import XCTest
@testable import Autograd

/// A `LoopPlan` compiled from two traced iterations must leave every persistent tensor exactly as
/// running the iterations one by one does: values, gradients and version counters.
final class EngineLoopPlanTests: XCTestCase {
    /// One iteration of a linear-regression step with a persistent gradient (`a.grad.zero_()` style).
    private func iteration(_ a: Tensor, _ x: Tensor, _ y: Tensor) throws {
        let loss = try x.mv(a).sub(y).pow(2).mean()
        try loss.backward()
        try GradMode.withDisabled {
            guard let g = a.grad else { throw TorchError.runtime("no grad") }
            try a.sub_(g.mul(Tensor.wrapped(.float(0.1))))
            try g.zero_()
        }
    }

    private func setup() throws -> (Tensor, Tensor, Tensor) {
        let x = Tensor(floats: [0.3, 1, -0.7, 1, 0.9, 1, -0.2, 1], shape: [4, 2])
        let y = Tensor(floats: [1.5, 0.2, 2.9, 0.8], shape: [4])
        let a = try Tensor(floats: [-1, 1], shape: [2]).withRequiresGrad(true)
        return (a, x, y)
    }

    func testAPlanRunEqualsTheIterationsItReplaces() throws {
        let (a1, x1, y1) = try setup()
        for _ in 0..<103 { try iteration(a1, x1, y1) }

        let (a2, x2, y2) = try setup()
        try iteration(a2, x2, y2)
        let first = LoopTape(), second = LoopTape()
        try LoopTracing.$tape.withValue(first) { try iteration(a2, x2, y2) }
        try LoopTracing.$tape.withValue(second) { try iteration(a2, x2, y2) }
        XCTAssertNil(first.unsupported)
        let plan = try LoopPlan(tape: second, previous: first)
        XCTAssertEqual(plan.run(iterations: 100), 100)

        XCTAssertEqual(a2.floatValues().map(\.bitPattern), a1.floatValues().map(\.bitPattern))
        XCTAssertEqual(a2.grad?.floatValues().map(\.bitPattern), a1.grad?.floatValues().map(\.bitPattern))
        XCTAssertEqual(a2.version.value, a1.version.value)
        XCTAssertEqual(a2.grad?.version.value, a1.grad?.version.value)
        XCTAssertEqual(a1.version.value, 103)
    }

    func testIterationsThatDifferDoNotCompile() throws {
        let (a, x, y) = try setup()
        try iteration(a, x, y)
        let first = LoopTape(), second = LoopTape()
        try LoopTracing.$tape.withValue(first) { try iteration(a, x, y) }
        // The second iteration uses another constant: a plan of either would be wrong for the other.
        try LoopTracing.$tape.withValue(second) {
            let loss = try x.mv(a).sub(y).pow(2).mean()
            try loss.backward()
            try GradMode.withDisabled {
                guard let g = a.grad else { return }
                try a.sub_(g.mul(Tensor.wrapped(.float(0.2))))
                try g.zero_()
            }
        }
        XCTAssertThrowsError(try LoopPlan(tape: second, previous: first))
    }

    func testAWriteTheTapeCannotModelIsRefused() throws {
        let (a, x, y) = try setup()
        let tape = LoopTape()
        try LoopTracing.$tape.withValue(tape) {
            try iteration(a, x, y)
            try GradMode.withDisabled { try a.fill_(values: [0, 0]) }
        }
        XCTAssertNotNil(tape.unsupported)
    }

    /// Matrix products sum float32 products in order, as PyTorch 2.15's CPU kernels do (values from torch).
    func testMatrixProductsMatchPyTorchBitForBit() throws {
        let a = Tensor(floats: [0.8032760620117188, 0.17483338713645935, 0.08897809684276581, -0.6137180328369141,
                                0.04618244990706444, -1.3682591915130615], shape: [3, 2])
        let v = try Tensor(floats: [0.3374950885772705, 1.0111159086227417], shape: [2]).withRequiresGrad(true)
        let b = Tensor(floats: [-1.435179352760315, 0.9774317741394043, 0.5220499634742737,
                                1.2379167079925537, -0.8646355867385864, 0.2989608347415924], shape: [2, 3])
        let out = try a.mv(v)
        XCTAssertEqual(out.floatValues(), [0.44787853956222534, -0.5905104279518127, -1.367882251739502])
        try out.mul(Tensor(floats: [0.3, -1.7, 2.9], shape: [3])).sum().backward()
        XCTAssertEqual(v.grad?.floatValues(), [0.22364915907382965, -2.872180938720703])
        XCTAssertEqual(try a.mm(b).floatValues(), [-0.9364160895347595, 0.633980393409729, 0.47161856293678284,
                                                   -0.8874313831329346, 0.6176124811172485, -0.13702663779258728,
                                                   -1.760071039199829, 1.228185772895813, -0.38494637608528137])
    }
}
