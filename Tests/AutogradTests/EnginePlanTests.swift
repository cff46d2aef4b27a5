import XCTest
@testable import Autograd

/// A compiled loop plan of a training iteration must produce exactly the numbers of the tensor path
/// (forward, backward, `p -= lr * p.grad` under no_grad, grads set to None), step after step.
final class EnginePlanTests: XCTestCase {
    /// Trains `steps` steps through tensors; returns the losses.
    private func tensorPath(_ params: [Tensor], steps: Int, lr: Double, _ forward: () throws -> Tensor) throws -> [Float] {
        var losses: [Float] = []
        for _ in 0..<steps {
            let loss = try forward()
            losses.append(loss.floatValues()[0])
            try loss.backward()
            try GradMode.withDisabled {
                for p in params { if let g = p.grad { try p.sub_(g.mul(Tensor.wrapped(.float(lr)))) } }
            }
            for p in params { p.grad = nil }
        }
        return losses
    }

    /// Traces two iterations, compiles them into a loop plan, runs the rest through the plan; returns
    /// the losses (read by an observation, as `train` reads them).
    private func planPath(_ params: [Tensor], steps: Int, lr: Double, _ forward: () throws -> Tensor) throws -> [Float] {
        var losses: [Float] = []
        let observer: LoopObserver = { v in losses.append(v[0][0]); return true }
        func iteration() throws {
            let loss = try forward()
            _ = LoopTracing.observe([loss], tag: "loss", observer)
            try loss.backward()
            try GradMode.withDisabled {
                for p in params { if let g = p.grad { try p.sub_(g.mul(Tensor.wrapped(.float(lr)))) } }
            }
            for p in params { p.setGrad(nil) }
        }
        let tape1 = LoopTape(), tape2 = LoopTape()
        try LoopTracing.$tape.withValue(tape1) { try iteration() }
        try LoopTracing.$tape.withValue(tape2) { try iteration() }
        let plan = try LoopPlan(tape: tape2, previous: tape1)
        XCTAssertEqual(plan.run(iterations: steps - 2), steps - 2)
        return losses
    }

    /// Runs both paths from the same start and asserts identical bits for losses and parameters.
    private func assertSame(_ makeParams: () throws -> [Tensor], steps: Int = 60, lr: Double,
                            _ forward: @escaping ([Tensor]) throws -> Tensor, file: StaticString = #filePath, line: UInt = #line) throws {
        let p1 = try makeParams(), p2 = try makeParams()
        let l1 = try tensorPath(p1, steps: steps, lr: lr) { try forward(p1) }
        let l2 = try planPath(p2, steps: steps, lr: lr) { try forward(p2) }
        XCTAssertEqual(l1.map(\.bitPattern), l2.map(\.bitPattern), "losses", file: file, line: line)
        for (a, b) in zip(p1, p2) {
            XCTAssertEqual(a.floatValues().map(\.bitPattern), b.floatValues().map(\.bitPattern), "parameters", file: file, line: line)
        }
        XCTAssertFalse(l1.isEmpty)
        XCTAssertNotEqual(l1.first, l1.last, "training changed nothing: the test would prove little", file: file, line: line)
    }

    private func leaf(_ v: [Float], _ shape: [Int]) throws -> Tensor {
        let t = Tensor(floats: v, shape: shape)
        try t.requiresGrad_(true)
        return t
    }

    func testSeed000QuadraticMatchesTensorPathBitForBit() throws {
        let x = Tensor(floats: (0..<20).map(Float.init), shape: [20])
        var gen = TorchGenerator(seed: 42)
        let y = Tensor(floats: (0..<20).map { i in 0.75 * (Float(i) - 9.5) * (Float(i) - 9.5) + 1 } .enumerated().map { $1 + gen.randn(1)[0] * 3 }, shape: [20])
        try assertSame({ [try self.leaf([-0.5, 0.3, 0.1], [3])] }, lr: 1e-5) { p in
            let abc = try p[0].unbind(0)
            let pred = try abc[0].mul(x.pow(2, exponentIsInt: true)).add(abc[1].mul(x)).add(abc[2])
            return try pred.sub(y).pow(2, exponentIsInt: true).mean()
        }
    }

    func testLinearRegressionWithMatrixVectorAndMseLoss() throws {
        var gen = TorchGenerator(seed: 1)
        let xs = gen.rand(100).flatMap { [$0 * 2 - 1, Float(1)] }
        let x = Tensor(floats: xs, shape: [100, 2])
        let y = Tensor(floats: (0..<100).map { i in 3 * xs[2 * i] + 2 + gen.rand(1)[0] }, shape: [100])
        try assertSame({ [try self.leaf([-1, 1], [2])] }, lr: 0.1) { p in
            try x.matmul(p[0]).mseLoss(y).0
        }
        try assertSame({ [try self.leaf([-1, 1], [2])] }, lr: 0.1) { p in
            try y.sub(x.matmul(p[0])).pow(2, exponentIsInt: true).mean()
        }
    }

    func testBroadcastGradientsAndUnaryOps() throws {
        let x = Tensor(floats: [0.1, -0.4, 0.9, 1.3], shape: [4])
        try assertSame({ [try self.leaf([0.5, -0.2, 0.3], [3, 1]), try self.leaf([0.7], [])] }, lr: 0.05) { p in
            let h = try p[0].mul(x).add(p[1]).tanh()            // [3,4]: W sums over the broadcast dim
            let s = try h.sigmoid().sub(h.sin()).mul(h.exp())
            return try s.div(Tensor.wrapped(.float(3))).sum().add(p[1].mul(p[1]).rsub(.float(2)).neg())
        }
    }

    func testSelectDotAndSqrtAbsRelu() throws {
        let v = Tensor(floats: [1, 2, 3], shape: [3])
        try assertSame({ [try self.leaf([0.4, -0.6, 0.9], [3])] }, lr: 0.01) { p in
            let a = try p[0].select(dim: 0, index: 1)
            let d = try p[0].dot(v)
            return try a.mul(d).add(p[0].abs().add(Tensor.wrapped(.float(0.1))).sqrt().sum()).add(p[0].relu().mean())
        }
    }

    /// Every declared unary op's loop kernel derives from its definition: the same bits as its eager
    /// forward and backward (19 elements: PyTorch's vector loop and its scalar tail both run).
    func testEveryDeclaredUnaryOpCompilesBitForBit() throws {
        // An op whose derivative is 0 everywhere (sgn) cannot move a parameter: nothing to compare.
        for e in OpTable.unary where e.op.derivatives != ["0"] {
            let d = e.gradcheckDomain, n = 19
            let x = Tensor(floats: (0..<n).map { Float(d.lowerBound + (d.upperBound - d.lowerBound) * (Double($0) + 0.5) / Double(n)) }, shape: [n])
            // Unequal weights: an odd function summed over a symmetric domain would stay 0 whatever p is.
            let w = Tensor(floats: (0..<n).map { Float($0 + 1) / Float(n) }, shape: [n])
            try assertSame({ [try self.leaf([1.0], [])] }, steps: 20, lr: 0.01) { p in try e.apply(x.mul(p[0])).mul(w).sum() }
        }
    }

    func testUnsupportedOpsAreReportedNotMiscompiled() throws {
        let p = try leaf([1, 2, 3, 4], [2, 2])
        func iteration() throws {
            try p.extremeAlong(dim: 1, max: true, keepdim: false).0.mul(p.sum()).sum().backward()
            p.setGrad(nil)
        }
        let tape1 = LoopTape(), tape2 = LoopTape()
        try LoopTracing.$tape.withValue(tape1) { try iteration() }
        try LoopTracing.$tape.withValue(tape2) { try iteration() }
        XCTAssertThrowsError(try LoopPlan(tape: tape2, previous: tape1)) { e in
            XCTAssertTrue("\(e)".contains("MaxBackward0"), "\(e)")
        }
    }
}
