import XCTest
@testable import Autograd

/// gradcheck for the ops added for course code (maximum, clamp with tensor bounds, gather, cumprod, …),
/// as `torch.autograd.gradcheck` does it: float64 inputs, the engine's own float64 forward
/// differentiated by central differences (h = 1e-6), compared with its autograd gradient of
/// L = Σ r·op(x) (fixed random r) within 1e-6 · max(1, |g|). Inputs keep away from kinks and ties
/// unless a case places them on purpose (ties and masks are checked against PyTorch in the corpus).
final class OpsGradcheckTests: XCTestCase {
    struct Case {
        let name: String
        let inputs: [[Int]]
        /// Fixed input values (a zero for cumprod's other path), else random ones.
        var values: [[Double]]? = nil
        let op: ([Tensor]) throws -> Tensor
    }

    static func long(_ v: [Int64], _ shape: [Int]) -> Tensor { Tensor(ints: v, shape: shape) }

    static func makeCases() -> [Case] { [
        Case(name: "maximum", inputs: [[2, 3], [3]]) { try $0[0].maximum($0[1]) },
        Case(name: "minimum", inputs: [[3, 1], [1, 2]]) { try $0[0].minimum($0[1]) },
        Case(name: "clampTensorBoth", inputs: [[4], [4], [4]]) { try $0[0].clamp(min: $0[1], max: $0[2].add(Tensor.wrapped(.float(1)))) },
        Case(name: "clampTensorLo", inputs: [[2, 3], [3]]) { try $0[0].clamp(min: $0[1], max: nil) },
        Case(name: "clampTensorHi", inputs: [[2, 3], [2, 1]]) { try $0[0].clamp(min: nil, max: $0[1]) },
        Case(name: "sin_", inputs: [[3]]) { let y = try $0[0].mul(Tensor.wrapped(.float(1))); try y.applyInPlace_ { $0.sin() }; return y },
        Case(name: "sqrt_", inputs: [[3]]) { let y = try $0[0].mul($0[0]); try y.applyInPlace_ { $0.sqrt() }; return y },
        Case(name: "gather", inputs: [[3, 4]]) { try $0[0].gather(dim: 1, index: long([0, 3, 3, 1, 2, 0], [3, 2])) },
        Case(name: "indexSelect", inputs: [[4, 3]]) { try $0[0].indexSelect(dim: 0, index: long([3, 0, 3], [3])) },
        Case(name: "scatter", inputs: [[3, 4], [3, 2]]) { try $0[0].scatter(dim: 1, index: long([0, 3, 1, 2, 2, 0], [3, 2]), source: $0[1], add: false) },
        Case(name: "scatterAdd", inputs: [[5], [4]]) { try $0[0].scatter(dim: 0, index: long([4, 1, 4, 0], [4]), source: $0[1], add: true) },
        Case(name: "scatterValue", inputs: [[2, 3]]) { try $0[0].scatter(dim: 1, index: long([2, 0], [2, 1]), value: .float(0.5)) },
        Case(name: "split", inputs: [[2, 5]]) { let p = try $0[0].split(size: 2, dim: 1); return try p[0].sum().mul(p[2].sum()).add(p[1].sum()) },
        Case(name: "splitSizes", inputs: [[5, 2]]) { let p = try $0[0].split(sizes: [1, 4]); return try p[1].mul(p[0]) },
        Case(name: "chunk", inputs: [[7]]) { let p = try $0[0].chunk(3); return try p[2].mul(p[0].sum()) },
        Case(name: "flip", inputs: [[2, 3, 2]]) { try $0[0].flip([0, -1]) },
        Case(name: "roll", inputs: [[3, 4]]) { try $0[0].roll([1, -2], dims: [0, 1]) },
        Case(name: "rollFlat", inputs: [[2, 3]]) { try $0[0].roll([4], dims: []) },
        Case(name: "repeat", inputs: [[2, 3]]) { try $0[0].repeatTiled([2, 1, 3]) },
        Case(name: "tril", inputs: [[3, 4]]) { try $0[0].triangle(lower: true, diagonal: 0) },
        Case(name: "triu", inputs: [[2, 3, 3]]) { try $0[0].triangle(lower: false, diagonal: 1) },
        Case(name: "maskedFill", inputs: [[2, 3]]) {
            try $0[0].maskedFill(Tensor(ints: [1, 0, 1], shape: [3], dtype: .bool), value: Tensor.wrapped(.float(-2)))
        },
        Case(name: "maskedFillTensor", inputs: [[2, 3], []]) {
            try $0[0].maskedFill(Tensor(ints: [1, 0, 0, 0, 1, 1], shape: [2, 3], dtype: .bool), value: $0[1])
        },
        Case(name: "logsumexp", inputs: [[3, 4]]) { try $0[0].logsumexp(dims: [1]) },
        Case(name: "logsumexpKeep", inputs: [[2, 3, 2]]) { try $0[0].logsumexp(dims: [0, 2], keepdim: true) },
        Case(name: "cumprod", inputs: [[2, 4]]) { try $0[0].cumprod(1) },
        Case(name: "cumprodWithZero", inputs: [[2, 4]], values: [[2, 0, 3, 1.5, -1, 0.5, 0, 2]]) { try $0[0].cumprod(1) },
        Case(name: "einsumMatmulT", inputs: [[3, 4], [5, 4]]) { try Tensor.einsum("ij,kj->ik", $0) },
        Case(name: "einsumRowDot", inputs: [[3, 4], [3, 4]]) { try Tensor.einsum("ij,ij->i", $0) },
        Case(name: "einsumBatch", inputs: [[2, 3, 4], [2, 4, 2]]) { try Tensor.einsum("bij,bjk->bki", $0) },
        Case(name: "einsumDiagonal", inputs: [[3, 3]]) { try Tensor.einsum("ii->i", $0) },
        Case(name: "einsumTransposeSum", inputs: [[2, 3]]) { try Tensor.einsum("ij->j", $0) },
        Case(name: "lerpScalar", inputs: [[2, 3], [3]]) { try $0[0].lerp($0[1], weight: 0.3) },
        Case(name: "lerpScalarFar", inputs: [[3], [3]]) { try $0[0].lerp($0[1], weight: 0.8) },
        Case(name: "lerpTensor", inputs: [[2, 3], [3], [2, 1]], values: [[0.5, -1, 2, 1.5, 0.2, -0.7], [1, 0.3, -2], [0.2, 0.9]]) {
            try $0[0].lerp($0[1], weight: $0[2])
        },
        Case(name: "logit", inputs: [[4]], values: [[0.1, 0.35, 0.6, 0.85]]) { $0[0].logit(eps: nil) },
        Case(name: "logitEps", inputs: [[4]], values: [[0.05, 0.35, 0.6, 0.97]]) { $0[0].logit(eps: 0.1) },
        Case(name: "nanToNum", inputs: [[2, 2]]) { $0[0].nanToNum(nan: 0, posinf: nil, neginf: nil) },
    ] + unaryCases() + binaryCases() + reductionCases() }

    /// One case per declared binary op (OpTable.binary): broadcasting a [2, 3] input against a [3] one.
    static func binaryCases() -> [Case] {
        OpTable.binary.map { e in
            let d = e.gradcheckDomain
            func spread(_ n: Int, _ shift: Double) -> [Double] {
                (0..<n).map { d.lowerBound + (d.upperBound - d.lowerBound) * ((Double($0) + shift) / Double(n)) }
            }
            return Case(name: e.python.name, inputs: [[2, 3], [3]], values: [spread(6, 0.5), spread(3, 0.3).reversed()]) { try e.apply($0[0], $0[1]) }
        }
    }

    /// One case per declared unary op (OpTable.unary), at six points spread over its gradcheck domain.
    static func unaryCases() -> [Case] {
        OpTable.unary.map { e in
            let d = e.gradcheckDomain, n = 6
            let points = (0..<n).map { d.lowerBound + (d.upperBound - d.lowerBound) * (Double($0) + 0.5) / Double(n) }
            return Case(name: e.python.name, inputs: [[2, 3]], values: [points]) { e.apply($0[0]) }
        }
    }

    /// The non-finite diagnosis reads each op's declared hazards on its saved values, not its name.
    func testDomainHazardsComeFromTheDeclarations() throws {
        func cause(_ values: [Float], _ f: (Tensor) -> Tensor) throws -> String? {
            let x = Tensor(floats: values, shape: [values.count])
            try x.requiresGrad_()
            let node = try XCTUnwrap(f(x).gradFn)
            return node.op?.hazard(in: node)?.cause
        }
        XCTAssertEqual(try cause([0.5, 0]) { $0.log() }?.hasPrefix("log of a non-positive number"), true)
        XCTAssertNil(try cause([0.5, 2]) { $0.log() })
        XCTAssertEqual(try cause([-1, 4]) { $0.sqrt() }?.hasPrefix("sqrt of a negative number"), true)
        XCTAssertEqual(try cause([0, 4]) { $0.sqrt() }?.hasPrefix("sqrt at 0"), true)
        XCTAssertEqual(try cause([0.5, 1.5]) { $0.asin() }?.hasPrefix("asin of a number outside [-1, 1]"), true)
        XCTAssertNil(try cause([0.5, 1.5]) { $0.sin() })
    }

    /// Every op in OpTable.all has a gradcheck case here and a loop kernel (or is listed with a reason).
    func testEveryTableOpHasGradcheckCaseAndLoopKernel() {
        let names = Set(Self.makeCases().map(\.name))
        let withoutKernel: [String: String] = [:]
        for e in OpTable.unary {
            XCTAssertTrue(names.contains(e.python.name), "\(e.op.name) has no gradcheck case")
            XCTAssertTrue(e.op.hasPlanKernel || withoutKernel[e.op.name] != nil, "\(e.op.name) has no loop kernel and no stated reason")
            XCTAssertEqual(e.op.kind, .elementwise, e.op.name)
        }
        // The binary ops whose PyTorch forward rounds differently in its vector loop stay interpreted.
        let binaryWithoutKernel: [String: String] = [
            "Atan2Backward0": "vector loop (SLEEF's atan2f) rounds unlike the scalar tail",
            "LogaddexpBackward0": "vector loop (SLEEF's expf, log1pf) rounds unlike the scalar tail",
            "Logaddexp2Backward0": "vector loop (SLEEF's exp2f, log1pf) rounds unlike the scalar tail",
        ]
        for e in OpTable.binary {
            XCTAssertTrue(names.contains(e.python.name), "\(e.op.name) has no gradcheck case")
            XCTAssertTrue(e.op.hasPlanKernel || binaryWithoutKernel[e.op.name] != nil, "\(e.op.name) has no loop kernel and no stated reason")
            XCTAssertEqual(e.op.kind, .elementwise, e.op.name)
        }
        XCTAssertEqual(OpTable.all.count, Set(OpTable.all.map(\.name)).count, "grad_fn names are unique")
        XCTAssertEqual(OpTable.all.count, OpTable.unary.count)
    }

    func testGradientsMatchFiniteDifferences() throws {
        var rng = SplitMix64(state: 0xC0FF_EE11)
        var checked = 0
        for c in Self.makeCases() {
            let values = c.values ?? c.inputs.map { s in (0..<Shape.numel(s)).map { _ in rng.uniform(0.2, 1.8) * (rng.next() & 1 == 0 ? 1 : -1) } }
            func run(_ v: [[Double]], grad: Bool) throws -> Tensor {
                let leaves = zip(v, c.inputs).map { Tensor(doubles: $0.0, shape: $0.1) }
                if grad { for l in leaves { try l.requiresGrad_() } }
                return try c.op(leaves)
            }
            let out = try run(values, grad: false)
            let r = (0..<out.numel).map { _ in rng.uniform(-1, 1) }
            func L(_ v: [[Double]]) throws -> Double {
                zip(try run(v, grad: false).doubleValues(), r).map(*).reduce(0, +)
            }
            let leaves = zip(values, c.inputs).map { Tensor(doubles: $0.0, shape: $0.1) }
            for l in leaves { try l.requiresGrad_() }
            let y = try c.op(leaves)
            try y.mul(Tensor(doubles: r, shape: y.shape)).sum().backward()
            for i in values.indices {
                let g = try XCTUnwrap(leaves[i].grad, "\(c.name): no gradient for input \(i)").doubleValues()
                for j in values[i].indices {
                    var plus = values, minus = values
                    plus[i][j] += 1e-6
                    minus[i][j] -= 1e-6
                    let numeric = (try L(plus) - L(minus)) / 2e-6
                    XCTAssertEqual(g[j], numeric, accuracy: 1e-6 * Swift.max(1, Swift.abs(numeric)), "\(c.name): d/dx\(i)[\(j)]")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }
}
