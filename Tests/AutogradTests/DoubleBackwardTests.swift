import XCTest
@testable import Autograd

/// gradgradcheck for the ops with a differentiable backward (create_graph=True), as
/// `torch.autograd.gradgradcheck` does it: in float64, the gradient G(x, r) of L = Σ r·op(x) is taken
/// with create_graph, and the autograd gradient of S = Σ u·G (fixed random u) with respect to every
/// input and to r (the incoming gradient, which jvp's double-vjp trick differentiates) is compared with
/// central differences of S computed from plain first-order backward passes.
final class DoubleBackwardTests: XCTestCase {
    struct Case {
        let name: String
        let inputs: [[Int]]
        var values: [[Double]]? = nil
        let op: ([Tensor]) throws -> Tensor
    }

    static func long(_ v: [Int64], _ shape: [Int]) -> Tensor { Tensor(ints: v, shape: shape) }
    static func number(_ x: Double) -> Tensor { Tensor.wrapped(.float(x)) }

    static func makeCases() -> [Case] { [
        Case(name: "add", inputs: [[2, 3], [3]]) { try $0[0].add($0[1]).mul($0[0]) },
        Case(name: "sub", inputs: [[2, 1], [1, 3]]) { try $0[0].sub($0[1]).mul($0[1]) },
        Case(name: "mul", inputs: [[2, 3], [2, 3]]) { try $0[0].mul($0[1]).mul($0[0]) },
        Case(name: "mulBroadcast", inputs: [[2, 3], [3]]) { try $0[0].mul($0[1]) },
        Case(name: "div", inputs: [[2, 3], [3]]) { try $0[0].div($0[1]) },
        Case(name: "neg", inputs: [[3]]) { try $0[0].neg().mul($0[0]) },
        Case(name: "rsub", inputs: [[3]]) { try $0[0].rsub(.float(2)).mul($0[0]) },
        Case(name: "powScalar", inputs: [[4]]) { try $0[0].pow(3) },
        Case(name: "powHalf", inputs: [[4]], values: [[0.5, 1.2, 2, 0.3]]) { try $0[0].pow(0.5) },
        Case(name: "powTensor", inputs: [[3], [3]], values: [[0.5, 1.2, 2], [1.5, -0.5, 2]]) { try $0[0].pow($0[1]) },
        Case(name: "rpow", inputs: [[3]]) { try $0[0].rpow(.float(2)) },
        Case(name: "reciprocal", inputs: [[3]]) { try $0[0].reciprocal() },
        Case(name: "sum", inputs: [[2, 3]]) { try $0[0].mul($0[0]).sum().mul($0[0]) },
        Case(name: "sumDim", inputs: [[2, 3]]) { try $0[0].mul($0[0]).sum(dims: [1]).unsqueeze(1).mul($0[0]) },
        Case(name: "mean", inputs: [[2, 3]]) { try $0[0].mul($0[0]).mean().mul($0[0]) },
        Case(name: "meanDimKeep", inputs: [[2, 3]]) { try $0[0].mul($0[0]).mean(dims: [0], keepdim: true).mul($0[0]) },
        Case(name: "view", inputs: [[2, 3]]) { try $0[0].view([3, 2]).pow(3) },
        Case(name: "reshapeCopy", inputs: [[2, 3]]) { try $0[0].t().reshape([6]).pow(3) },
        Case(name: "t", inputs: [[2, 3]]) { try $0[0].t().pow(3) },
        Case(name: "T", inputs: [[2, 3]]) { try $0[0].T().pow(3) },
        Case(name: "transpose", inputs: [[2, 3, 2]]) { try $0[0].transpose(0, 2).pow(3) },
        Case(name: "unsqueezeSqueeze", inputs: [[3]]) { try $0[0].unsqueeze(0).pow(3).squeeze(0) },
        Case(name: "expand", inputs: [[3, 1]]) { try $0[0].expand([3, 4]).pow(3) },
        Case(name: "select", inputs: [[3, 2]]) { try $0[0].select(dim: 0, index: 1).pow(3) },
        Case(name: "slice", inputs: [[5]]) { try $0[0].slice(dim: 0, start: 1, stop: 5, step: 2).pow(3) },
        Case(name: "cat", inputs: [[2], [3]]) { try Tensor.cat([$0[0], $0[1].mul($0[1])], dim: 0).pow(2) },
        Case(name: "stack", inputs: [[2], [2]]) { try Tensor.stack([$0[0], $0[1]], dim: 1).pow(3) },
        Case(name: "where", inputs: [[4], [4]]) {
            try Tensor.whereSelect(Tensor(ints: [1, 0, 1, 0], shape: [4], dtype: .bool), $0[0].mul($0[0]), $0[1].pow(3))
        },
        Case(name: "dot", inputs: [[3], [3]]) { try $0[0].dot($0[1]).mul($0[0]) },
        Case(name: "mv", inputs: [[2, 3], [3]]) { try $0[0].mv($0[1]).pow(2) },
        Case(name: "mm", inputs: [[2, 3], [3, 2]]) { try $0[0].mm($0[1]).pow(2) },
        Case(name: "vectorMatrix", inputs: [[3], [3, 2]]) { try $0[0].matmul($0[1]).pow(2) },
        Case(name: "linear", inputs: [[4, 3], [2, 3], [2]]) { try Tensor.linear($0[0], $0[1], $0[2]).pow(2) },
        Case(name: "linear1d", inputs: [[3], [2, 3], [2]]) { try Tensor.linear($0[0], $0[1], $0[2]).pow(2) },
        Case(name: "vectorNorm", inputs: [[3, 2]]) { try $0[0].vectorNorm(dims: [1]).mul($0[0].sum()) },
        Case(name: "mseMean", inputs: [[2, 3], [2, 3]]) { try $0[0].mseLoss($0[1].mul($0[1])).0.mul($0[0]) },
        Case(name: "mseSum", inputs: [[3], [3]]) { try $0[0].mul($0[0]).mseLoss($0[1], reduction: .sum).0 },
        Case(name: "mseNone", inputs: [[3], [3]]) { try $0[0].mul($0[0]).mseLoss($0[1], reduction: .none).0 },
        Case(name: "tanhThirdOrder", inputs: [[3]]) { try $0[0].tanh().mul($0[0]) },
        Case(name: "softmax", inputs: [[2, 3]]) { try $0[0].softmax(dim: 1) },
        Case(name: "indexTensor", inputs: [[3, 2]]) { try $0[0].gather(indexTensor: long([2, 0, 2], [3])).pow(3) },
        Case(name: "indexMask", inputs: [[3]]) { try $0[0].gather(indexTensor: Tensor(ints: [1, 0, 1], shape: [3], dtype: .bool)).pow(3) },
        Case(name: "indexMulti", inputs: [[2, 3]]) { try $0[0].index(advanced: [.basic(.slice(start: nil, stop: nil, step: nil)), .tensor(long([2, 2, 0], [3]))]).pow(3) },
        Case(name: "clamp", inputs: [[4]], values: [[-1.2, 0.4, 0.7, 1.6]]) { try $0[0].mul($0[0]).clamp(min: .float(0.3), max: .float(1.5)).mul($0[0]) },
        Case(name: "clampMin", inputs: [[3]], values: [[-1.2, 0.4, 0.9]]) { try $0[0].clampMin(.float(0)).pow(3) },
        Case(name: "unbind", inputs: [[3, 2]]) { let r = try $0[0].unbind(); return try r[0].mul(r[2]).pow(2) },
        Case(name: "logSoftmax", inputs: [[3, 2]]) { try $0[0].mul($0[0]).logSoftmax(dim: 0) },
    ] + unaryCases() + binaryCases() }

    /// Every binary definition that declares a differentiable derivative, broadcasting [2, 3] with [3]
    /// at points spread over its gradcheck domain.
    static func binaryCases() -> [Case] {
        OpTable.binary.filter { $0.op.graphBackward != nil }.map { e in
            let d = e.gradcheckDomain
            func spread(_ n: Int, _ shift: Double) -> [Double] {
                (0..<n).map { d.lowerBound + (d.upperBound - d.lowerBound) * ((Double($0) + shift) / Double(n)) }
            }
            return Case(name: e.python.name, inputs: [[2, 3], [3]], values: [spread(6, 0.5), spread(3, 0.3).reversed()]) {
                try e.apply($0[0], $0[1]).mul($0[0]).mul($0[1])
            }
        }
    }

    /// Every unary definition that declares a differentiable derivative.
    static func unaryCases() -> [Case] {
        OpTable.unary.filter { $0.op.graphBackward != nil }.map { e in
            let d = e.gradcheckDomain, n = 4
            let points = (0..<n).map { d.lowerBound + (d.upperBound - d.lowerBound) * (Double($0) + 0.5) / Double(n) }
            return Case(name: e.python.name, inputs: [[n]], values: [points]) { try e.apply($0[0]).mul($0[0]) }
        }
    }

    func testSecondDerivativesMatchFiniteDifferences() throws {
        var rng = SplitMix64(state: 0x5EC0_0D0D)
        var checked = 0
        for c in Self.makeCases() {
            let values = c.values ?? c.inputs.map { s in (0..<Shape.numel(s)).map { _ in rng.uniform(0.3, 1.7) * (rng.next() & 1 == 0 ? 1 : -1) } }
            let outShape = try c.op(zip(values, c.inputs).map { Tensor(doubles: $0.0, shape: $0.1) }).shape
            let r = (0..<Shape.numel(outShape)).map { _ in rng.uniform(-1, 1) }
            let u = c.inputs.map { s in (0..<Shape.numel(s)).map { _ in rng.uniform(-1, 1) } }
            // S from a plain first-order pass: Σ u · dL/dx, L = Σ r · op(x).
            func S(_ v: [[Double]], _ rv: [Double]) throws -> Double {
                let leaves = zip(v, c.inputs).map { Tensor(doubles: $0.0, shape: $0.1) }
                for l in leaves { try l.requiresGrad_() }
                let y = try c.op(leaves)
                try y.backward(gradient: Tensor(doubles: rv, shape: y.shape))
                return try leaves.indices.reduce(0) { acc, i in
                    acc + zip(try XCTUnwrap(leaves[i].grad, "\(c.name): no gradient for input \(i)").doubleValues(), u[i]).map(*).reduce(0, +)
                }
            }
            // The same with create_graph, differentiated again.
            let leaves = zip(values, c.inputs).map { Tensor(doubles: $0.0, shape: $0.1) }
            for l in leaves { try l.requiresGrad_() }
            let rLeaf = Tensor(doubles: r, shape: outShape)
            try rLeaf.requiresGrad_()
            let y = try c.op(leaves)
            let grads = try Tensor.autogradGrad(outputs: [y], gradOutputs: [rLeaf], inputs: leaves, retainGraph: true,
                                                createGraph: true, allowUnused: false)
            var s: Tensor? = nil
            for (i, g) in grads.enumerated() {
                let term = try XCTUnwrap(g, c.name).mul(Tensor(doubles: u[i], shape: c.inputs[i])).sum()
                s = try s.map { try $0.add(term) } ?? term
            }
            let total = try XCTUnwrap(s)
            guard total.requiresGrad else { XCTFail("\(c.name): the gradient has no graph"); continue }
            let second = try Tensor.autogradGrad(outputs: [total], gradOutputs: [nil], inputs: leaves + [rLeaf], retainGraph: false,
                                                 createGraph: false, allowUnused: true, materialize: true)
            let h = 1e-6
            for i in values.indices {
                let g = try XCTUnwrap(second[i]).doubleValues()
                for j in values[i].indices {
                    var plus = values, minus = values
                    plus[i][j] += h
                    minus[i][j] -= h
                    let numeric = (try S(plus, r) - S(minus, r)) / (2 * h)
                    XCTAssertEqual(g[j], numeric, accuracy: 1e-5 * Swift.max(1, Swift.abs(numeric)), "\(c.name): d²/dx\(i)[\(j)]")
                    checked += 1
                }
            }
            let gr = try XCTUnwrap(second[values.count]).doubleValues()
            for k in r.indices {
                var plus = r, minus = r
                plus[k] += h
                minus[k] -= h
                let numeric = (try S(values, plus) - S(values, minus)) / (2 * h)
                XCTAssertEqual(gr[k], numeric, accuracy: 1e-5 * Swift.max(1, Swift.abs(numeric)), "\(c.name): d/dr[\(k)]")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 200)
    }

    /// `backward(create_graph=True)` leaves a gradient with a graph: a CopyBackwards copy first, then
    /// an out-of-place AddBackward0 (PyTorch's AccumulateGrad in grad mode).
    func testLeafGradientsKeepTheirGraph() throws {
        let x = Tensor(floats: [1, 2], shape: [2])
        try x.requiresGrad_()
        try x.pow(3).sum().backward(createGraph: true)
        let first = try XCTUnwrap(x.grad)
        XCTAssertEqual(first.gradFn?.name, "CopyBackwards")
        XCTAssertEqual(first.floatValues(), [3, 12])
        try x.pow(2).sum().backward(createGraph: true)
        let second = try XCTUnwrap(x.grad)
        XCTAssertFalse(second === first)
        XCTAssertEqual(second.gradFn?.name, "AddBackward0")
        XCTAssertEqual(second.floatValues(), [5, 16])
        XCTAssertEqual(first.floatValues(), [3, 12], "accumulation is out of place")
        // An ordinary backward keeps gradients off the graph and adds in place.
        let w = Tensor(floats: [1, 2], shape: [2])
        try w.requiresGrad_()
        try w.pow(3).sum().backward()
        let g = try XCTUnwrap(w.grad)
        try w.pow(2).sum().backward()
        XCTAssertTrue(w.grad === g)
        XCTAssertNil(g.gradFn)
        XCTAssertEqual(g.floatValues(), [5, 16])
    }

    /// An op without a differentiable backward fails by name instead of returning a gradient without a graph.
    func testUnsupportedOpNamesItself() throws {
        let x = Tensor(floats: [1, 2, 3], shape: [3])
        try x.requiresGrad_()
        XCTAssertThrowsError(try Tensor.autogradGrad(outputs: [x.mul(x).prod()], gradOutputs: [nil], inputs: [x], retainGraph: true,
                                                      createGraph: true, allowUnused: false)) { error in
            XCTAssertEqual("\(error)".contains("double backward through ProdBackward0 is not supported"), true, "\(error)")
        }
        // cross_entropy's gradient has a graph through log_softmax; differentiating it with respect to
        // the incoming gradient (jvp's trick) would need nll_loss's double backward.
        let logits = Tensor(floats: [0.5, -1, 2, 0.3, 0.1, -0.4], shape: [2, 3])
        try logits.requiresGrad_()
        let loss = try Tensor.crossEntropy(logits, Self.long([2, 0], [2]), weight: nil, reduction: .mean, ignoreIndex: -100, labelSmoothing: 0)
        let g = try Tensor.autogradGrad(outputs: [loss], gradOutputs: [nil], inputs: [logits], retainGraph: true, createGraph: true, allowUnused: false)
        XCTAssertEqual(g[0]?.gradFn?.name, "LogSoftmaxBackwardDataBackward0")
        let seed = Tensor(floats: [1], shape: [])
        try seed.requiresGrad_()
        XCTAssertThrowsError(try Tensor.autogradGrad(outputs: [loss], gradOutputs: [seed], inputs: [logits], retainGraph: true,
                                                      createGraph: true, allowUnused: false)) { error in
            XCTAssertEqual("\(error)".contains("double backward through NllLossBackward0 is not supported"), true, "\(error)")
        }
        // A node whose gradient cannot depend on anything that requires grad still runs (its raw formula).
        let y = x.sum()
        let gs = try Tensor.autogradGrad(outputs: [y], gradOutputs: [nil], inputs: [x], retainGraph: true, createGraph: true, allowUnused: false)
        XCTAssertEqual(gs[0]?.floatValues(), [1, 1, 1])
        XCTAssertEqual(gs[0]?.requiresGrad, false)
    }
}
