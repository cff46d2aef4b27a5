import XCTest
@testable import Autograd

/// Replays each /work/shared/oracle/cases/rng/*.py call sequence and compares every `.tolist()` value.
final class RandomOracleTests: XCTestCase {
    func testRandMatchesOracle() {
        let want = RandomOracleValues.rand
        var g = TorchGenerator(seed: 0)
        randomAssertExactly(g.rand(5), want[0], "rand(5)")
        randomAssertExactly(g.rand(20), want[1], "rand(20)")
        g.manualSeed(UInt64(3))
        randomAssertExactly(g.rand(1), want[2], "seed 3 rand(1)")
        randomAssertExactly(g.randn(2), want[3], "seed 3 randn(2)")
        randomAssertExactly(g.rand(17), want[4], "seed 3 rand(17)")
    }

    func testRandn100MatchesOracle() {
        var g = TorchGenerator(seed: 42)
        let x = g.randn(100)
        randomAssertExactly(x, RandomOracleValues.randn100[0], "randn(100)")
    }

    func testRandn15And16And17MatchOracle() {
        let want = RandomOracleValues.randn151617
        for (index, size) in [15, 16, 17].enumerated() {
            var g = TorchGenerator(seed: 1)
            randomAssertExactly(g.randn(size), want[index], "seed 1 randn(\(size))")
        }
    }

    func testRandnSequenceMatchesOracle() {
        let want = RandomOracleValues.randnSequence
        var g = TorchGenerator(seed: 7)
        randomAssertExactly(g.randn(3), want[0], "randn(3)")
        randomAssertExactly(g.randn(16), want[1], "randn(16)")
        randomAssertExactly(g.randn(1), want[2], "randn(1)")
        randomAssertExactly(g.randn(17), want[3], "randn(17)")
        g.manualSeed(UInt64(123_456))
        randomAssertExactly(g.randn(5), want[4], "seed 123456 randn(5)")
    }

    func testRandnSmallUsesCachedSampleAndSeedResetsIt() {
        let want = RandomOracleValues.randnSmall
        var g = TorchGenerator(seed: 0)
        randomAssertExactly(g.randn(1), want[0], "randn(1)")
        randomAssertExactly(g.randn(3), want[1], "randn(3)")
        g.manualSeed(UInt64(0))
        randomAssertExactly(g.randn(3), want[2], "reseeded randn(3)")
    }

    func testRequiresGradCaseParameters() {
        var g = TorchGenerator(seed: 0)
        randomAssertExactly(g.randn(3), RandomOracleValues.requiresGrad[0], "randn(3)")
    }

    func testUniformMatchesOracle() throws {
        let want = RandomOracleValues.uniform
        var g = TorchGenerator(seed: 0)
        // x[:, 0].uniform_(-1., 1): a strided column of 10 is filled in element order.
        randomAssertExactly(try g.uniform(10, from: -1, to: 1), want[0], "column uniform_(-1, 1)")
        g.manualSeed(UInt64(0))
        randomAssertExactly(try g.uniform(4, from: -1, to: 1), want[1], "uniform_(-1, 1)")
        randomAssertExactly(try g.uniform(30, from: 0, to: 5), want[2], "uniform_(0, 5)")
    }
}
