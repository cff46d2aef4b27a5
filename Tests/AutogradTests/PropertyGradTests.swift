import XCTest
import Autograd
import Foundation

/// Property test: random expression trees over random shapes (seeded). The engine's gradients
/// (float32) match central finite differences of the same expression evaluated in float64.
final class PropertyGradTests: XCTestCase {
    /// A small deterministic generator (SplitMix64).
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) * 2 - 1 }
    }

    indirect enum Expr {
        case leaf(Int)
        case unary(String, Expr)
        case binary(String, Expr, Expr)
    }

    static let unaries = ["tanh", "sigmoid", "exp", "square", "neg", "scale"]
    static let binaries = ["add", "sub", "mul", "safediv"]

    static func random(_ r: inout Rng, depth: Int) -> Expr {
        if depth == 0 || r.int(4) == 0 { return .leaf(r.int(2)) }
        if r.int(2) == 0 { return .unary(unaries[r.int(unaries.count)], random(&r, depth: depth - 1)) }
        return .binary(binaries[r.int(binaries.count)], random(&r, depth: depth - 1), random(&r, depth: depth - 1))
    }

    /// The expression on engine tensors.
    static func engine(_ e: Expr, _ leaves: [Tensor]) throws -> Tensor {
        switch e {
        case .leaf(let i): return leaves[i]
        case .unary(let op, let x):
            let t = try engine(x, leaves)
            switch op {
            case "tanh": return t.tanh()
            case "sigmoid": return t.sigmoid()
            case "exp": return try t.mul(Tensor(scalar: 0.5)).exp()
            case "square": return try t.pow(2, exponentIsInt: true)
            case "neg": return try t.neg()
            default: return try t.mul(Tensor(scalar: 1.5))
            }
        case .binary(let op, let x, let y):
            let a = try engine(x, leaves), b = try engine(y, leaves)
            switch op {
            case "add": return try a.add(b)
            case "sub": return try a.sub(b)
            case "mul": return try a.mul(b)
            default: return try a.div(try b.mul(b).add(Tensor(scalar: 1)))
            }
        }
    }

    /// The same expression, elementwise in float64.
    static func reference(_ e: Expr, _ leaves: [[Double]]) -> [Double] {
        switch e {
        case .leaf(let i): return leaves[i]
        case .unary(let op, let x):
            return reference(x, leaves).map { v in
                switch op {
                case "tanh": return Foundation.tanh(v)
                case "sigmoid": return 1 / (1 + Foundation.exp(-v))
                case "exp": return Foundation.exp(0.5 * v)
                case "square": return v * v
                case "neg": return -v
                default: return 1.5 * v
                }
            }
        case .binary(let op, let x, let y):
            return zip(reference(x, leaves), reference(y, leaves)).map { a, b in
                switch op {
                case "add": return a + b
                case "sub": return a - b
                case "mul": return a * b
                default: return a / (b * b + 1)
                }
            }
        }
    }

    func testRandomTreesMatchFiniteDifferences() throws {
        var r = Rng(state: 20_250_425)
        var checked = 0
        for trial in 0..<150 {
            let rank = r.int(4)
            let shape = (0..<rank).map { _ in 1 + r.int(3) }
            let n = shape.reduce(1, *)
            let expr = Self.random(&r, depth: 4)
            let values = (0..<2).map { _ in (0..<n).map { _ in Float(r.unit()) } }
            let leaves = try values.map { v -> Tensor in
                let t = Tensor(floats: v, shape: shape)
                try t.requiresGrad_(true)
                return t
            }
            let out = try Self.engine(expr, leaves).sum()
            guard out.requiresGrad else { continue }
            try out.backward()
            let doubles = values.map { $0.map(Double.init) }
            func f(_ x: [[Double]]) -> Double { Self.reference(expr, x).reduce(0, +) }
            XCTAssertEqual(Double(try out.item().doubleValue), f(doubles), accuracy: 1e-3 * max(1, abs(f(doubles))), "trial \(trial) forward")
            let h = 1e-6
            for leaf in 0..<2 {
                let grad = leaves[leaf].grad?.floatValues() ?? [Float](repeating: 0, count: n)
                for k in 0..<n {
                    var plus = doubles, minus = doubles
                    plus[leaf][k] += h
                    minus[leaf][k] -= h
                    let numeric = (f(plus) - f(minus)) / (2 * h)
                    XCTAssertEqual(Double(grad[k]), numeric, accuracy: 2e-3 + 2e-3 * abs(numeric),
                                   "trial \(trial) leaf \(leaf) element \(k) shape \(shape) expr \(expr)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 300, "the generator must exercise real gradients")
    }
}
