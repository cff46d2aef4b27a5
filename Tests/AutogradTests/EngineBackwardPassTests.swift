import XCTest
@testable import Autograd

/// `BackwardPass` run one node at a time on `mse_loss(a*x**2 + b*x + c, ys)` with `a, b, c = p`;
/// order and gradients from PyTorch 2.x (hooks on each grad_fn).
final class EngineBackwardPassTests: XCTestCase {
    private struct Graph {
        let p: Tensor, t1: Tensor, t2: Tensor, s: Tensor, pred: Tensor, loss: Tensor, parts: [Tensor]
    }

    private func build() throws -> Graph {
        let p = try leaf([0.5, -1, 2], [3])
        let x = floats([0, 1, 2, 3], [4]), ys = floats([1, 0, 2, 5], [4])
        let parts = try p.unbind()
        let t1 = try parts[0].mul(x.pow(Tensor.wrapped(.int(2))))
        let t2 = try parts[1].mul(x)
        let s = try t1.add(t2)
        let pred = try s.add(parts[2])
        let loss = try pred.mseLoss(ys).0
        return Graph(p: p, t1: t1, t2: t2, s: s, pred: pred, loss: loss, parts: parts)
    }

    func testOrderMatchesPyTorch() throws {
        let g = try build()
        let pass = try BackwardPass(root: g.loss)
        XCTAssertEqual(pass.order.map(\.name), ["MseLossBackward0", "AddBackward0", "AddBackward0", "MulBackward0",
                                                "MulBackward0", "UnbindBackward0", "AccumulateGrad"])
        let expected: [Node?] = [g.loss.gradFn, g.pred.gradFn, g.s.gradFn, g.t2.gradFn, g.t1.gradFn, g.parts[0].gradFn,
                                 g.p.accumulateGradNode()]
        XCTAssertEqual(pass.order.count, expected.count)
        for (n, e) in zip(pass.order, expected) { XCTAssertTrue(n === e, "\(n.name)") }
    }

    func testStepsCarryPyTorchGradients() throws {
        let g = try build()
        assertValues(g.pred, [2, 1.5, 2, 3.5], shape: [4], gradFn: "AddBackward0")
        assertValues(g.loss, [1.375], shape: [], gradFn: "MseLossBackward0")
        let pass = try BackwardPass(root: g.loss)
        XCTAssertEqual(pass.position, 0)
        XCTAssertFalse(pass.isFinished)
        XCTAssertTrue(pass.current === g.loss.gradFn)
        let dPred: [Float] = [0.5, 0.75, 0, -0.75]

        var s = try pass.step()                               // MseLossBackward0
        XCTAssertEqual(s.node.name, "MseLossBackward0")
        assertValues(s.upstream[0], [1], shape: [])
        XCTAssertEqual(s.inputGrads.count, 2)
        assertValues(s.inputGrads[0], dPred, shape: [4])
        XCTAssertNil(s.inputGrads[1])
        assertValues(pass.pendingGradients(at: try XCTUnwrap(g.pred.gradFn))[0], dPred, shape: [4])

        s = try pass.step()                                   // outer add: (s, c)
        assertValues(s.upstream[0], dPred, shape: [4])
        assertValues(s.inputGrads[0], dPred, shape: [4])
        assertValues(s.inputGrads[1], [0.5], shape: [])

        s = try pass.step()                                   // inner add: (t1, t2)
        assertValues(s.inputGrads[0], dPred, shape: [4])
        assertValues(s.inputGrads[1], dPred, shape: [4])

        s = try pass.step()                                   // b * x
        XCTAssertTrue(s.node === g.t2.gradFn)
        assertValues(s.inputGrads[0], [-1.5], shape: [])
        XCTAssertNil(s.inputGrads[1])

        s = try pass.step()                                   // a * x**2
        XCTAssertTrue(s.node === g.t1.gradFn)
        assertValues(s.inputGrads[0], [-6], shape: [])
        XCTAssertNil(s.inputGrads[1])

        XCTAssertNil(g.p.grad, "no leaf changes before AccumulateGrad runs")
        s = try pass.step()                                   // unbind: one upstream per output
        XCTAssertEqual(s.upstream.count, 3)
        assertValues(s.upstream[0], [-6], shape: [])
        assertValues(s.upstream[1], [-1.5], shape: [])
        assertValues(s.upstream[2], [0.5], shape: [])
        assertValues(s.inputGrads[0], [-6, -1.5, 0.5], shape: [3])

        s = try pass.step()                                   // AccumulateGrad
        XCTAssertTrue(s.node.isAccumulateGrad)
        XCTAssertTrue(s.node.variable === g.p)
        XCTAssertNil(s.leafGradBefore)
        assertValues(s.leafGradAfter, [-6, -1.5, 0.5], shape: [3])
        assertValues(g.p.grad, [-6, -1.5, 0.5], shape: [3])
        XCTAssertTrue(pass.isFinished)
        XCTAssertNil(pass.current)
        assertTorchError(.runtime, "the backward pass has already finished") { try pass.step() }
    }

    func testSecondPassShowsLeafBeforeAndAfter() throws {
        let g = try build()
        try BackwardPass(root: g.loss, retainGraph: true).run()
        let pass = try BackwardPass(root: g.loss)
        var last: BackwardPass.Step? = nil
        while !pass.isFinished { last = try pass.step() }
        assertValues(last?.leafGradBefore, [-6, -1.5, 0.5], shape: [3])
        assertValues(last?.leafGradAfter, [-12, -3, 1], shape: [3])
    }

    func testInitThrowsBeforeChangingAnything() throws {
        let g = try build()
        try g.loss.backward()
        assertValues(g.p.grad, [-6, -1.5, 0.5], shape: [3])
        assertTorchError(.runtime, "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.") {
            try BackwardPass(root: g.loss)
        }
        assertValues(g.p.grad, [-6, -1.5, 0.5], shape: [3])

        // A stale saved tensor deep in the graph also fails in init, not halfway through.
        let h = try build()
        // (mse_loss keeps pred; `b * x` would not keep b, so changing b is no error in PyTorch.)
        try GradMode.withDisabled { try h.pred.detach().add_(Tensor.wrapped(.int(0))) }
        XCTAssertThrowsError(try BackwardPass(root: h.loss))
        XCTAssertNil(h.p.grad)
    }

    func testSeedForNonScalarRootNeedsGradient() throws {
        let x = try leaf([1, 2], [2])
        let y = try x.mul(x)
        assertTorchError(.runtime, "grad can be implicitly created only for scalar outputs") { try BackwardPass(root: y) }
        let pass = try BackwardPass(root: y, gradient: floats([1, -1], [2]))
        try pass.run()
        assertValues(x.grad, [2, -4], shape: [2])
    }

    /// loss = (w*x).sum() + (v*x).sum(): PyTorch runs add, sum_v, mul_v, AccumulateGrad(v), sum_w, mul_w,
    /// AccumulateGrad(w) — later nodes first, and a leaf's AccumulateGrad as soon as it is ready.
    func testAccumulateGradRunsAsSoonAsReady() throws {
        let w = try leaf([1, 2], [2]), v = try leaf([3, 4], [2])
        let x = floats([1, 1], [2])
        let l1 = try w.mul(x).sum(), l2 = try v.mul(x).sum()
        let pass = try BackwardPass(root: try l1.add(l2))
        XCTAssertEqual(pass.order.map(\.name), ["AddBackward0", "SumBackward0", "MulBackward0", "AccumulateGrad",
                                                "SumBackward0", "MulBackward0", "AccumulateGrad"])
        XCTAssertTrue(pass.order[1] === l2.gradFn)
        XCTAssertTrue(pass.order[3].variable === v)
        XCTAssertTrue(pass.order[6].variable === w)
    }

    func testSharedInputGetsSummedGradient() throws {
        // y = x * x + x: the AccumulateGrad node runs once with the summed gradient (PyTorch: 2x + 1).
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(x).add(x).sum()
        let pass = try BackwardPass(root: y)
        XCTAssertEqual(pass.order.map(\.name), ["SumBackward0", "AddBackward0", "MulBackward0", "AccumulateGrad"])
        try pass.run()
        assertValues(x.grad, [3, 5, 7], shape: [3])
    }
}
