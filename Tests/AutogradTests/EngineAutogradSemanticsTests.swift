import XCTest
@testable import Autograd

/// Autograd behaviour checked against PyTorch 2.x: grad accumulation, retain_graph, freed graphs,
/// in-place ops and version counters, no_grad, retain_grad, detach/.data, setIndex, unbind.
final class EngineAutogradSemanticsTests: XCTestCase {
    private func two() -> Tensor { Tensor.wrapped(.int(2)) }

    func testGradIsNilUntilBackwardThenAccumulates() throws {
        let x = try leaf([1, 2, 3], [3])
        XCTAssertNil(x.grad)
        let y = try x.mul(x).sum()
        try y.backward(retainGraph: true)
        assertValues(x.grad, [2, 4, 6], shape: [3])
        try y.backward()
        assertValues(x.grad, [4, 8, 12], shape: [3])
    }

    func testBackwardTwiceThroughSavedTensorsFails() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.add(Tensor.wrapped(.int(1))).sum().mul(Tensor.wrapped(.int(1)))
        try y.backward()
        assertTorchError(.runtime, "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.") {
            try y.backward()
        }
        // The failed pass changed nothing.
        assertValues(x.grad, [1, 1, 1], shape: [3])
    }

    func testAddOnlyGraphRunsTwiceAndAccumulates() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.add(Tensor.wrapped(.int(1))).sum()
        try y.backward()
        try y.backward()
        assertValues(x.grad, [2, 2, 2], shape: [3])
    }

    func testExplicitGradient() throws {
        let x = try leaf([1, 2, 3], [3])
        try x.mul(x).backward(gradient: floats([1, 0.5, -1], [3]))
        assertValues(x.grad, [2, 2, -6], shape: [3])
    }

    func testBackwardOfLeafItself() throws {
        let x = try leaf([1, 2], [2])
        try x.backward(gradient: floats([3, 4], [2]))
        assertValues(x.grad, [3, 4], shape: [2])
    }

    func testInPlaceOnNonLeafExtendsGraph() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(two())
        try y.add_(Tensor.wrapped(.int(1)))
        XCTAssertEqual(y.gradFn?.name, "AddBackward0")
        XCTAssertEqual(y.gradFn?.inputs.map { $0.node?.name }, ["MulBackward0", nil])
        assertValues(y, [3, 5, 7], shape: [3], gradFn: "AddBackward0")
        try y.mul(y).sum().backward()
        assertValues(x.grad, [12, 20, 28], shape: [3])
    }

    /// `z = torch.zeros(3); z += w * x; (z**2).sum().backward()` reaches w.
    func testPolyFitAccumulationIntoZeros() throws {
        let w = try leaf([0.5, -1, 2], [3])
        let x = floats([1, 2, 3], [3])
        let z = Tensor.zeros([3])
        try z.add_(w.mul(x))
        XCTAssertFalse(z.isLeaf)
        XCTAssertTrue(z.requiresGrad)
        XCTAssertEqual(z.gradFn?.name, "AddBackward0")
        try z.pow(2, exponentIsInt: true).sum().backward()
        assertValues(w.grad, [1, -8, 36], shape: [3])
    }

    /// `a, b, c = w` then `pred += coef * xs ** k` for k = 0, 1, 2 and an MSE loss.
    func testPolyFitWithUnbind() throws {
        let w = try leaf([0.5, -1, 2], [3])
        let xs = floats([0, 1, 2, 3], [4]), ys = floats([1, 0, 2, 5], [4])
        let parts = try w.unbind()
        XCTAssertEqual(parts.count, 3)
        let pred = Tensor.zeros([4])
        for (k, coef) in [parts[2], parts[1], parts[0]].enumerated() {
            try pred.add_(coef.mul(xs.pow(Tensor.wrapped(.int(Int64(k))))))
        }
        let loss = try pred.mseLoss(ys).0
        assertValues(pred, [2, 1.5, 2, 3.5], shape: [4], gradFn: "AddBackward0")
        assertValues(loss, [1.375], shape: [], gradFn: "MseLossBackward0")
        try loss.backward()
        assertValues(w.grad, [-6, -1.5, 0.5], shape: [3])
    }

    func testRetainGrad() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(two())
        try y.retainGrad()
        try y.mul(y).sum().backward()
        assertValues(y.grad, [4, 8, 12], shape: [3])
        assertValues(x.grad, [8, 16, 24], shape: [3])
        XCTAssertNil(y.readGrad().warning)
    }

    func testReadGradOnNonLeafWarns() throws {
        let x = try leaf([1, 2], [2])
        let y = try x.mul(two())
        try y.sum().backward()
        let (g, warning) = y.readGrad()
        XCTAssertNil(g)
        XCTAssertEqual(warning?.hasPrefix("The .grad attribute of a Tensor that is not a leaf Tensor is being accessed."), true)
        XCTAssertNil(x.readGrad().warning)
    }

    func testNoGradNesting() throws {
        let x = try leaf([1, 2, 3], [3])
        let (y, z, q, r) = try GradMode.withDisabled { () throws -> (Tensor, Tensor, Tensor, Tensor) in
            let y = try x.mul(two())
            let z = try GradMode.withDisabled { try x.mul(Tensor.wrapped(.int(3))) }
            let q = try GradMode.with(enabled: true) { try x.mul(Tensor.wrapped(.int(4))) }
            let r = try x.mul(Tensor.wrapped(.int(5)))
            return (y, z, q, r)
        }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertFalse(z.requiresGrad)
        XCTAssertTrue(q.requiresGrad)
        XCTAssertEqual(q.gradFn?.name, "MulBackward0")
        XCTAssertFalse(r.requiresGrad)
        XCTAssertTrue(try x.mul(Tensor.wrapped(.int(6))).requiresGrad)
        XCTAssertTrue(GradMode.isEnabled)
    }

    func testInPlaceOnLeafAllowedUnderNoGrad() throws {
        let w = try leaf([1, 2], [2])
        for _ in 0..<2 {
            try w.mul(w).sum().backward()
            try GradMode.withDisabled { try w.sub_(Tensor.wrapped(.float(0.1)).mul(XCTUnwrap(w.grad))) }
            w.grad = nil
        }
        assertValues(w, [0.64, 1.28], shape: [2])
        XCTAssertTrue(w.isLeaf)
        XCTAssertTrue(w.requiresGrad)
    }

    // MARK: - detach, .data, clone

    func testDetachSharesStorageAndVersion() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(two())
        let d = y.detach()
        XCTAssertFalse(d.requiresGrad)
        XCTAssertTrue(d.isLeaf)
        XCTAssertEqual(d.version.value, 0)
        try d.add_(Tensor.wrapped(.int(1)))
        assertValues(y, [3, 5, 7], shape: [3], gradFn: "MulBackward0")
        XCTAssertEqual(y.version.value, 1)
        XCTAssertEqual(d.version.value, 1)
    }

    func testDataHasItsOwnVersionCounter() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(two())
        let z = try y.mul(y)
        let dd = y.data
        XCTAssertFalse(dd.requiresGrad)
        try dd.mul_(two())
        assertValues(y, [4, 8, 12], shape: [3], gradFn: "MulBackward0")
        XCTAssertEqual(y.version.value, 0)
        XCTAssertEqual(dd.version.value, 1)
        // The change escapes the version check: PyTorch gives 2 * (2y) * 2 with the new y.
        try z.sum().backward()
        assertValues(x.grad, [16, 32, 48], shape: [3])
    }

    func testCloneStaysInGraph() throws {
        let x = try leaf([1, 2], [2])
        let c = x.clone()
        XCTAssertEqual(c.gradFn?.name, "CloneBackward0")
        XCTAssertFalse(c.isLeaf)
        try c.fill_(.float(9))
        assertValues(x, [1, 2], shape: [2])
    }

    // MARK: - version counter errors

    func testModifiedSavedLeafMessage() throws {
        let x = try leaf([1, 2, 3], [3])
        let a = floats([1, 2, 3], [3])
        let y = try x.mul(a)
        try a.add_(Tensor.wrapped(.int(1)))
        assertTorchError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
            try y.sum().backward()
        }
        XCTAssertNil(x.grad)
    }

    func testModifiedSavedNonLeafMessageNamesCurrentGradFn() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(two())
        let z = try y.mul(y)
        try y.add_(Tensor.wrapped(.int(1)))
        assertTorchError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Add, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
            try z.sum().backward()
        }
    }

    func testModifiedViaDetachNamesMul() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(two())
        let z = try y.mul(y)
        try y.detach().add_(Tensor.wrapped(.int(1)))
        assertTorchError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Mul, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
            try z.sum().backward()
        }
    }

    func testModifiedSavedOutputOfExp() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = x.exp()
        try GradMode.withDisabled { try y.add_(Tensor.wrapped(.int(1))) }
        XCTAssertEqual(y.gradFn?.name, "ExpBackward0")
        assertTorchError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
            try y.sum().backward()
        }
    }

    func testModifiedSavedNamesOfOtherOps() throws {
        // (PyTorch grad_fn → name in the message): SumBackward1 → Sum1, SqueezeBackward4 → Squeeze4, views → AsStrided.
        let x = try leaf([1, 2, 3, 4], [2, 2])
        let v = try leaf([1, 2], [2])
        let cases: [(Tensor, String, String)] = [
            (try x.sum(dims: [0]), "[2]", "Sum1"),
            (try v.matmul(x), "[2]", "Squeeze4"),
            (try x.pow(Tensor.wrapped(.int(2))), "[2, 2]", "Pow"),
            (try x.rpow(.int(2)), "[2, 2]", "Pow2"),
            (try x.vectorNorm(), "[]", "LinalgVectorNorm"),
            (try x.t(), "[2, 2]", "AsStrided"),
            (try x.index([.int(1)]), "[2]", "AsStrided"),
            (try x.t().reshape([4]), "[4]", "UnsafeView"),
            (try x.rsub(.int(1)), "[2, 2]", "Rsub1"),
        ]
        for (y, shape, name) in cases {
            let z = try y.mul(y)
            try GradMode.withDisabled { try y.detach().mul_(Tensor.wrapped(.int(1))) }
            let before = y.version.value - 1
            assertTorchError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor \(shape)], which is output 0 of \(name), is at version \(before + 1); expected version \(before) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
                try z.sum().backward()
            }
        }
    }

    func testModifiedUnbindOutput() throws {
        let x = try leaf([1, 2, 3, 4], [2, 2])
        let r = try x.unbind()[1]
        let z = try r.mul(r)
        try GradMode.withDisabled { try r.detach().mul_(Tensor.wrapped(.int(1))) }
        assertTorchError(.runtime, "Output 1 of Unbind is a view and its base or another view of its base has been modified inplace. This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.") {
            try z.sum().backward()
        }
    }

    /// PyTorch keeps `a` in `w * a` (w needs grad, a does not) but not `w`: changing w is allowed.
    func testOnlyTensorsPyTorchSavesAreChecked() throws {
        let a = floats([2, 3, 4], [3])
        func run(_ f: (Tensor) throws -> Tensor, modifyLeaf: Bool) throws -> Tensor? {
            let w = try leaf([1, 2, 3], [3])
            let z = try f(w)
            try GradMode.withDisabled { try (modifyLeaf ? w : a.detach()).add_(Tensor.wrapped(.int(0))) }
            try z.sum().backward()
            return w.grad
        }
        assertValues(try run({ try $0.mul(a) }, modifyLeaf: true), [2, 3, 4], shape: [3])
        assertValues(try run({ try a.mul($0) }, modifyLeaf: true), [2, 3, 4], shape: [3])
        assertValues(try run({ try $0.div(a) }, modifyLeaf: true), [0.5, 1.0 / 3.0, 0.25], shape: [3])
        assertValues(try run({ try $0.dot(a) }, modifyLeaf: true), [2, 3, 4], shape: [3])
        assertValues(try run({ try $0.view([3, 1]).mm(a.view([1, 3])) }, modifyLeaf: true), [9, 9, 9], shape: [3])
        assertValues(try run({ $0.exp() }, modifyLeaf: true), [2.7182817, 7.389056, 20.085537], shape: [3])
        assertValues(try run({ try $0.pow(2, exponentIsInt: true) }, modifyLeaf: false), [2, 4, 6], shape: [3])
        XCTAssertThrowsError(try run({ try $0.mul(a) }, modifyLeaf: false))
        XCTAssertThrowsError(try run({ try a.div($0) }, modifyLeaf: true))
        XCTAssertThrowsError(try run({ try $0.mseLoss(a).0 }, modifyLeaf: true))
        XCTAssertThrowsError(try run({ try $0.pow(2, exponentIsInt: true) }, modifyLeaf: true))
        XCTAssertThrowsError(try run({ try $0.vectorNorm() }, modifyLeaf: true))
    }

    // MARK: - setIndex and unbind

    func testSetIndexWritesRegions() throws {
        let t = Tensor.zeros([2, 3])
        let all = TensorIndex.slice(start: nil, stop: nil, step: nil)
        try t.setIndex([.int(0)], floats([1, 2, 3], [3]))
        try t.setIndex([.int(1), .int(2)], .wrapped(.int(7)))
        try t.setIndex([all, .int(0)], .wrapped(.int(-1)))
        assertValues(t, [-1, 2, 3, -1, 0, 7], shape: [2, 3])
        XCTAssertEqual(t.version.value, 3)
        let s = Tensor.zeros([5])
        try s.setIndex([.slice(start: nil, stop: nil, step: 2)], .wrapped(.float(4)))
        assertValues(s, [4, 0, 4, 0, 4], shape: [5])
    }

    func testSetIndexOnNonLeafIsCopySlices() throws {
        let x = try leaf([1, 2, 3], [3])
        let y = try x.mul(Tensor.wrapped(.int(1)))
        try y.setIndex([.int(0)], .wrapped(.int(10)))
        XCTAssertEqual(y.gradFn?.name, "CopySlices")
        XCTAssertEqual(y.gradFn?.inputs.map { $0.node?.name }, ["MulBackward0"])
        try y.mul(y).sum().backward()
        assertValues(x.grad, [0, 4, 6], shape: [3])
    }

    func testSetIndexWithGradValue() throws {
        let w = try leaf([1, 2], [2])
        let t = Tensor.zeros([3])
        try t.setIndex([.int(1)], w.index([.int(0)]).mul(Tensor.wrapped(.int(3))))
        try t.setIndex([.int(2)], w.sum())
        assertValues(t, [0, 3, 3], shape: [3], gradFn: "CopySlices")
        XCTAssertEqual(t.gradFn?.inputs.map { $0.node?.name }, ["CopySlices", "SumBackward0"])
        try t.mul(floats([1, 2, 3], [3])).sum().backward()
        assertValues(w.grad, [9, 3], shape: [2])

        let w2 = try leaf([1, 2], [2])
        let m = Tensor.zeros([2, 2])
        try m.setIndex([.slice(start: nil, stop: nil, step: nil), .int(0)], w2)
        XCTAssertEqual(m.gradFn?.inputs.map { $0.node?.name }, [nil, "AccumulateGrad"])
        try m.sum().backward()
        assertValues(w2.grad, [1, 1], shape: [2])
    }

    func testSetIndexThenModifyAgainIsVersionError() throws {
        let w = try leaf([1, 2], [2])
        let t = Tensor.zeros([2, 2])
        try t.setIndex([.int(0)], w)
        let u = try t.mul(t)
        try t.setIndex([.int(1)], w)
        assertTorchError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2, 2]], which is output 0 of torch::autograd::CopySlices, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") {
            try u.sum().backward()
        }
    }

    func testUnbindSharesOneNode() throws {
        let x = try leaf([1, 2, 3], [3])
        let parts = try x.unbind()
        XCTAssertEqual(parts.map { $0.gradFn?.name }, ["UnbindBackward0", "UnbindBackward0", "UnbindBackward0"])
        XCTAssertTrue(parts[0].gradFn === parts[2].gradFn)
        XCTAssertEqual(parts.map(\.outputNr), [0, 1, 2])
        try parts[0].mul(parts[1]).add(parts[2]).backward()
        assertValues(x.grad, [2, 1, 1], shape: [3])

        let m = try leaf([1, 2, 3, 4], [2, 2])
        let rows = try m.unbind()
        try rows[0].mul(Tensor.wrapped(.int(3))).sum().backward()
        assertValues(m.grad, [3, 3, 0, 0], shape: [2, 2])
    }
}
