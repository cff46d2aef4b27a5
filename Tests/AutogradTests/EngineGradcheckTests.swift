import Foundation
import XCTest
@testable import Autograd

/// Deterministic SplitMix64, so gradcheck inputs are the same on every run.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [lo, hi).
    mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
        lo + (hi - lo) * Double(next() >> 11) / Double(1 << 53)
    }
    mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
}

/// Finite-difference check of every differentiable op.
///
/// Method: each case has the engine's op (float32) and a float64 reference of the same op written
/// here. The scalar L = Σ r_i · op(x)_i (fixed random r) is differentiated by central differences of
/// the float64 reference (h = 1e-6, error ~1e-9) and compared with the engine's autograd gradient of
/// the same L at the same float32 inputs, within 2e-4 · max(1, |g|) (float32 rounding of the engine's
/// forward and backward is ~1e-6 relative for these sizes).
final class EngineGradcheckTests: XCTestCase {
    enum Domain { case any, positive, awayFromZero }

    struct Case {
        let name: String
        /// Input shapes for one trial (chosen with the RNG).
        let shapes: (inout SplitMix64) -> [[Int]]
        var domain: [Domain] = []
        let op: ([Tensor]) throws -> Tensor
        /// float64 reference: inputs (flat, logical order) and shapes → output (flat) and its shape.
        let ref: ([[Double]], [[Int]]) -> [Double]
    }

    // MARK: float64 helpers

    static func numel(_ s: [Int]) -> Int { s.reduce(1, *) }
    static func strides(_ s: [Int]) -> [Int] { Shape.contiguousStrides(s) }

    /// Elements at `offset + Σ index·strides` of a flat contiguous buffer, in logical order of `shape`.
    static func gather(_ v: [Double], shape: [Int], strides st: [Int], offset: Int = 0) -> [Double] {
        var out = [Double]()
        let n = numel(shape)
        var idx = [Int](repeating: 0, count: shape.count)
        for _ in 0..<n {
            var p = offset
            for d in 0..<shape.count { p += idx[d] * st[d] }
            out.append(v[p])
            var d = shape.count - 1
            while d >= 0 { idx[d] += 1; if idx[d] < shape[d] { break }; idx[d] = 0; d -= 1 }
        }
        return out
    }

    static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int] { (try? Shape.broadcast(a, b)) ?? [] }

    /// `v` (of `shape`) broadcast to `target`.
    static func bcast(_ v: [Double], _ shape: [Int], to target: [Int]) -> [Double] {
        let lead = target.count - shape.count
        let cs = strides(shape)
        var st = [Int](repeating: 0, count: target.count)
        for i in 0..<shape.count where shape[i] != 1 { st[i + lead] = cs[i] }
        return gather(v, shape: target, strides: st)
    }

    static func binary(_ x: [[Double]], _ s: [[Int]], _ f: (Double, Double) -> Double) -> [Double] {
        let t = broadcastShape(s[0], s[1])
        let a = bcast(x[0], s[0], to: t), b = bcast(x[1], s[1], to: t)
        return zip(a, b).map(f)
    }

    /// Sum over `dims` of `v` (shape `s`), output in logical order of the kept dims.
    static func sumDims(_ v: [Double], _ s: [Int], _ dims: [Int]) -> [Double] {
        var keep = s
        for d in dims { keep[d] = 1 }
        var out = [Double](repeating: 0, count: numel(keep))
        let ks = strides(keep)
        var idx = [Int](repeating: 0, count: s.count)
        for i in 0..<v.count {
            var o = 0
            for d in 0..<s.count where !dims.contains(d) { o += idx[d] * ks[d] }
            out[o] += v[i]
            var d = s.count - 1
            while d >= 0 { idx[d] += 1; if idx[d] < s[d] { break }; idx[d] = 0; d -= 1 }
        }
        return out
    }

    static func matmul(_ a: [Double], _ n: Int, _ k: Int, _ b: [Double], _ m: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n * m)
        for i in 0..<n { for p in 0..<k { for j in 0..<m { out[i * m + j] += a[i * k + p] * b[p * m + j] } } }
        return out
    }

    static func w(_ x: Double) -> Tensor { Tensor.wrapped(.float(x)) }

    // MARK: the cases

    static func makeCases() -> [Case] {
        let bshapes: [([Int], [Int])] = [([3], [3]), ([3, 1], [4]), ([2, 3], [3]), ([2, 1], [1, 3]), ([3], []), ([], [2, 2]), ([2, 3], [2, 3])]
        func pair(_ r: inout SplitMix64) -> [[Int]] { let p = r.pick(bshapes); return [p.0, p.1] }
        func one(_ r: inout SplitMix64) -> [[Int]] { [r.pick([[4], [2, 3], [3, 1, 2], []])] }
        func mat(_ r: inout SplitMix64) -> [[Int]] { [r.pick([[2, 3], [3, 3], [1, 4], [4, 2]])] }
        func unaryIn(_ name: String, _ d: Domain, _ op: @escaping (Tensor) throws -> Tensor, _ f: @escaping (Double) -> Double) -> Case {
            Case(name: name, shapes: one, domain: [d], op: { try op($0[0]) }, ref: { x, _ in x[0].map(f) })
        }
        func unary(_ name: String, _ op: @escaping (Tensor) throws -> Tensor, _ f: @escaping (Double) -> Double) -> Case {
            unaryIn(name, .any, op, f)
        }
        func sqd(_ a: Double, _ b: Double) -> Double { (a - b) * (a - b) }
        func sameTwo(_ r: inout SplitMix64) -> [[Int]] { let s: [Int] = r.pick([[3], [2, 2]]); return [s, s] }
        var c = [Case]()
        c.append(Case(name: "add", shapes: pair, op: { try $0[0].add($0[1]) }, ref: { x, s in binary(x, s, +) }))
        c.append(Case(name: "sub", shapes: pair, op: { try $0[0].sub($0[1]) }, ref: { x, s in binary(x, s, -) }))
        c.append(Case(name: "mul", shapes: pair, op: { try $0[0].mul($0[1]) }, ref: { x, s in binary(x, s, *) }))
        c.append(Case(name: "div", shapes: pair, domain: [.any, .awayFromZero], op: { try $0[0].div($0[1]) }, ref: { x, s in binary(x, s, /) }))
        c.append(Case(name: "powTensor", shapes: pair, domain: [.positive, .any], op: { try $0[0].pow($0[1]) }, ref: { x, s in binary(x, s) { (a: Double, b: Double) -> Double in Foundation.pow(a, b) } }))
        c.append(Case(name: "mseLossMean", shapes: sameTwo,
                 op: { try $0[0].mseLoss($0[1]).0 },
                 ref: { x, s in [binary(x, s, sqd).reduce(0, +) / Double(numel(s[0]))] }))
        c.append(Case(name: "mseLossSum", shapes: { _ in [[2, 3], [2, 3]] }, op: { try $0[0].mseLoss($0[1], reduction: .sum).0 },
                 ref: { x, s in [binary(x, s, sqd).reduce(0, +)] }))
        c.append(Case(name: "mseLossNone", shapes: { _ in [[4], [4]] }, op: { try $0[0].mseLoss($0[1], reduction: .none).0 },
                 ref: { x, s in binary(x, s, sqd) }))
        c.append(unary("neg", { try $0.neg() }, { -$0 }))
        c.append(unary("rsub", { try $0.rsub(.float(1.5)) }, { 1.5 - $0 }))
        c.append(unary("addScalar", { try $0.add(w(0.5)) }, { $0 + 0.5 }))
        c.append(unary("divScalar", { try $0.div(w(3)) }, { $0 / 3 }))
        c.append(unary("pow2", { try $0.pow(2, exponentIsInt: true) }, { $0 * $0 }))
        c.append(unary("pow3", { try $0.pow(3, exponentIsInt: true) }, { $0 * $0 * $0 }))
        c.append(unaryIn("powHalf", .positive, { try $0.pow(0.5) }, { $0.squareRoot() }))
        c.append(unaryIn("powMinus1", .awayFromZero, { try $0.pow(-1, exponentIsInt: true) }, { 1 / $0 }))
        c.append(unaryIn("pow2.5", .positive, { try $0.pow(2.5) }, { (v: Double) -> Double in Foundation.pow(v, 2.5) }))
        c.append(unary("rpow", { try $0.rpow(.float(1.7)) }, { (v: Double) -> Double in Foundation.pow(1.7, v) }))
        c.append(unary("sin", { $0.sin() }, Foundation.sin))
        c.append(unary("cos", { $0.cos() }, Foundation.cos))
        c.append(unary("exp", { $0.exp() }, Foundation.exp))
        c.append(unaryIn("log", .positive, { $0.log() }, Foundation.log))
        c.append(unary("tanh", { $0.tanh() }, Foundation.tanh))
        c.append(unary("sigmoid", { $0.sigmoid() }, { 1 / (1 + Foundation.exp(-$0)) }))
        c.append(unaryIn("relu", .awayFromZero, { $0.relu() }, { Swift.max($0, 0) }))
        c.append(unaryIn("sqrt", .positive, { $0.sqrt() }, { $0.squareRoot() }))
        c.append(unaryIn("abs", .awayFromZero, { $0.abs() }, { Swift.abs($0) }))
        c.append(unary("clone", { $0.clone() }, { $0 }))
        c.append(Case(name: "sum", shapes: one, op: { $0[0].sum() }, ref: { x, _ in [x[0].reduce(0, +)] }))
        c.append(Case(name: "mean", shapes: one, op: { try $0[0].mean() }, ref: { x, _ in [x[0].reduce(0, +) / Double(x[0].count)] }))
        c.append(Case(name: "sumDim1", shapes: { _ in [[2, 3, 2]] }, op: { try $0[0].sum(dims: [1]) }, ref: { x, s in sumDims(x[0], s[0], [1]) }))
        c.append(Case(name: "sumDims02Keep", shapes: { _ in [[2, 3, 2]] }, op: { try $0[0].sum(dims: [0, -1], keepdim: true) },
                 ref: { x, s in sumDims(x[0], s[0], [0, 2]) }))
        c.append(Case(name: "meanDim0", shapes: { _ in [[3, 2]] }, op: { try $0[0].mean(dims: [0]) }, ref: { x, s in sumDims(x[0], s[0], [0]).map { $0 / 3 } }))
        c.append(Case(name: "meanDimKeep", shapes: { _ in [[3, 4]] }, op: { try $0[0].mean(dims: [1], keepdim: true) },
                 ref: { x, s in sumDims(x[0], s[0], [1]).map { $0 / 4 } }))
        c.append(Case(name: "dot", shapes: { r in let n = r.pick([1, 3, 5]); return [[n], [n]] }, op: { try $0[0].matmul($0[1]) },
                 ref: { x, _ in [zip(x[0], x[1]).map(*).reduce(0, +)] }))
        c.append(Case(name: "mv", shapes: { r in let n = r.pick([1, 2, 3]), k = r.pick([1, 3, 4]); return [[n, k], [k]] },
                 op: { try $0[0].matmul($0[1]) }, ref: { x, s in matmul(x[0], s[0][0], s[0][1], x[1], 1) }))
        c.append(Case(name: "vm", shapes: { r in let k = r.pick([1, 2, 3]), m = r.pick([1, 3, 4]); return [[k], [k, m]] },
                 op: { try $0[0].matmul($0[1]) }, ref: { x, s in matmul(x[0], 1, s[0][0], x[1], s[1][1]) }))
        c.append(Case(name: "mm", shapes: { r in let n = r.pick([1, 2, 3]), k = r.pick([1, 3]), m = r.pick([2, 4]); return [[n, k], [k, m]] },
                 op: { try $0[0].matmul($0[1]) }, ref: { x, s in matmul(x[0], s[0][0], s[0][1], x[1], s[1][1]) }))
        c.append(Case(name: "mmOfTransposes", shapes: { _ in [[3, 2], [4, 3]] }, op: { try $0[0].t().mm($0[1].t()) },
                 ref: { x, _ in matmul(gather(x[0], shape: [2, 3], strides: [1, 2]), 2, 3, gather(x[1], shape: [3, 4], strides: [1, 3]), 4) }))
        c.append(Case(name: "vectorNorm", shapes: one, domain: [.awayFromZero], op: { try $0[0].vectorNorm() },
                 ref: { x, _ in [x[0].map { $0 * $0 }.reduce(0, +).squareRoot()] }))
        c.append(Case(name: "view", shapes: { _ in [[2, 3]] }, op: { try $0[0].view([3, 2]).mul(w(2)) }, ref: { x, _ in x[0].map { $0 * 2 } }))
        c.append(Case(name: "reshapeOfT", shapes: { _ in [[2, 3]] }, op: { try $0[0].t().reshape([6]) },
                 ref: { x, _ in gather(x[0], shape: [3, 2], strides: [1, 3]) }))
        c.append(Case(name: "t", shapes: { _ in [[2, 3]] }, op: { try $0[0].t() }, ref: { x, _ in gather(x[0], shape: [3, 2], strides: [1, 3]) }))
        c.append(Case(name: "T3d", shapes: { _ in [[2, 3, 2]] }, op: { $0[0].T() }, ref: { x, _ in gather(x[0], shape: [2, 3, 2], strides: [1, 2, 6]) }))
        c.append(Case(name: "transpose", shapes: { _ in [[2, 3, 2]] }, op: { try $0[0].transpose(0, 1) },
                 ref: { x, _ in gather(x[0], shape: [3, 2, 2], strides: [2, 6, 1]) }))
        c.append(Case(name: "unsqueezeSqueeze", shapes: { _ in [[1, 3]] }, op: { try $0[0].unsqueeze(2).squeeze(0).squeeze() }, ref: { x, _ in x[0] }))
        c.append(Case(name: "expand", shapes: { _ in [[3, 1]] }, op: { try $0[0].expand([2, 3, 4]) },
                 ref: { x, _ in gather(x[0], shape: [2, 3, 4], strides: [0, 1, 0]) }))
        c.append(Case(name: "select", shapes: { _ in [[3, 4]] }, op: { try $0[0].index([.int(-1), .int(2)]) }, ref: { x, _ in [x[0][10]] }))
        c.append(Case(name: "column", shapes: { _ in [[3, 4]] }, op: { try $0[0].index([.slice(start: nil, stop: nil, step: nil), .int(1)]) },
                 ref: { x, _ in gather(x[0], shape: [3], strides: [4], offset: 1) }))
        c.append(Case(name: "sliceStep", shapes: { _ in [[2, 7]] }, op: { try $0[0].index([.ellipsis, .slice(start: 1, stop: nil, step: 3)]) },
                 ref: { x, _ in gather(x[0], shape: [2, 2], strides: [7, 3], offset: 1) }))
        c.append(Case(name: "newAxis", shapes: { _ in [[3]] }, op: { try $0[0].index([.newAxis, .slice(start: nil, stop: 2, step: nil)]) },
                 ref: { x, _ in Array(x[0][0..<2]) }))
        c.append(Case(name: "unbind", shapes: { _ in [[3, 2]] }, op: { let p = try $0[0].unbind(); return try p[0].mul(p[2]).add(p[1]) },
                 ref: { x, _ in [x[0][0] * x[0][4] + x[0][2], x[0][1] * x[0][5] + x[0][3]] }))
        c.append(Case(name: "inPlaceOnNonLeaf", shapes: { _ in [[3], [3]] },
                 op: { let y = try $0[0].mul($0[1]); try y.add_($0[1].exp()); try y.mul_($0[0]); return y },
                 ref: { x, _ in (0..<3).map { (x[0][$0] * x[1][$0] + Foundation.exp(x[1][$0])) * x[0][$0] } }))
        c.append(Case(name: "polyFitZeros", shapes: { _ in [[3], [4]] },
                 op: { let z = Tensor.zeros([4]); let p = try $0[0].unbind()
                       for k in 0..<3 { try z.add_(p[k].mul($0[1].pow(Double(k), exponentIsInt: true))) }; return z },
                 ref: { x, _ in x[1].map { t in x[0][0] + x[0][1] * t + x[0][2] * t * t } }))
        c.append(Case(name: "setIndex", shapes: { _ in [[2], [3]] },
                 op: { let y = try $0[1].mul($0[1]); try y.setIndex([.slice(start: 1, stop: nil, step: nil)], $0[0].sin()); return y },
                 ref: { x, _ in [x[1][0] * x[1][0], Foundation.sin(x[0][0]), Foundation.sin(x[0][1])] }))
        return c
    }

    // MARK: the check

    func testEveryOpAgainstFloat64FiniteDifferences() throws {
        var rng = SplitMix64(state: 0x5EED_2024)
        var checked = 0
        for c in Self.makeCases() {
            for trial in 0..<3 {
                let shapes = c.shapes(&rng)
                // Inputs, rounded to float32 so engine and reference see the same numbers.
                var inputs = [[Double]]()
                for (i, s) in shapes.enumerated() {
                    let d = i < c.domain.count ? c.domain[i] : .any
                    inputs.append((0..<Self.numel(s)).map { _ in
                        var v: Double
                        switch d {
                        case .any: v = rng.uniform(-2, 2)
                        case .positive: v = rng.uniform(0.3, 2.5)
                        case .awayFromZero: v = rng.uniform(0.3, 2) * (rng.next() & 1 == 0 ? 1 : -1)
                        }
                        v = Double(Float(v))
                        return v
                    })
                }
                let leaves = try zip(inputs, shapes).map { try leaf($0.0.map { Float($0) }, $0.1) }
                let out = try c.op(leaves)
                let r = (0..<out.numel).map { _ in Double(Float(rng.uniform(-1, 1))) }
                let refOut = c.ref(inputs, shapes)
                XCTAssertEqual(refOut.count, out.numel, "\(c.name): reference size")
                guard refOut.count == out.numel else { continue }
                // Forward values agree.
                for (a, e) in zip(out.floatValues(), refOut) where Swift.abs(Double(a) - e) > 1e-4 * Swift.max(1, Swift.abs(e)) {
                    XCTFail("\(c.name) trial \(trial) shapes \(shapes): forward \(a) vs \(e)")
                    break
                }
                let loss = try out.mul(floats(r.map { Float($0) }, out.shape)).sum()
                try loss.backward()
                func L(_ x: [[Double]]) -> Double { zip(c.ref(x, shapes), r).map(*).reduce(0, +) }
                let h = 1e-6
                for i in 0..<inputs.count {
                    let g = try XCTUnwrap(leaves[i].grad, "\(c.name): no grad for input \(i)").floatValues()
                    for j in 0..<inputs[i].count {
                        var plus = inputs, minus = inputs
                        plus[i][j] += h
                        minus[i][j] -= h
                        let numeric = (L(plus) - L(minus)) / (2 * h)
                        let err = Swift.abs(Double(g[j]) - numeric)
                        if err > 2e-4 * Swift.max(1, Swift.abs(numeric)) {
                            XCTFail("\(c.name) trial \(trial) shapes \(shapes): d/dx\(i)[\(j)] autograd \(g[j]) vs numeric \(numeric)")
                        }
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }
}
