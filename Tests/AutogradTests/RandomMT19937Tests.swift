import XCTest
@testable import Autograd

/// The raw engine against C++ `std::mt19937` (same algorithm and seeding as `at::mt19937`).
final class RandomMT19937Tests: XCTestCase {
    // Printed by g++ `std::mt19937 g(seed)`: five outputs, then the 626th (across a regeneration).
    private let reference: [(seed: UInt64, first: [UInt32], at625: UInt32)] = [
        (5489, [3_499_211_612, 581_869_302, 3_890_346_734, 3_586_334_585, 545_404_204], 610_818_241),
        (0, [2_357_136_044, 2_546_248_239, 3_071_714_933, 3_626_093_760, 2_588_848_963], 1_076_416_385),
        (42, [1_608_637_542, 3_421_126_067, 4_083_286_876, 787_846_414, 3_143_890_026], 791_707_097),
    ]

    func testOutputsMatchStdMt19937() {
        for (seed, first, at625) in reference {
            var engine = MT19937(seed: seed)
            XCTAssertEqual((0..<5).map { _ in engine.next32() }, first, "seed \(seed)")
            for _ in 0..<620 { _ = engine.next32() }
            XCTAssertEqual(engine.next32(), at625, "seed \(seed), output 626")
        }
    }

    func testDefaultSeedIs5489() {
        var engine = MT19937()
        XCTAssertEqual(engine.next32(), 3_499_211_612)
        XCTAssertEqual(engine.seed, 5489)
    }

    func testOnlyLow32BitsOfSeedSeedTheState() {
        var high = MT19937(seed: (1 << 40) + 42)
        var low = MT19937(seed: 42)
        XCTAssertEqual(high.next32(), low.next32())
        XCTAssertEqual(high.seed, (1 << 40) + 42)
    }

    func testRandom64PutsFirstDrawInHighHalf() {
        var g = TorchGenerator(seed: 0)
        XCTAssertEqual(g.random64(), (2_357_136_044 << 32) | 2_546_248_239)
        XCTAssertEqual(g.random(), 3_071_714_933)
    }

    func testManualSeedResetsEngineAndNormalCache() {
        var g = TorchGenerator(seed: 0)
        _ = g.randn(1)
        XCTAssertNotNil(g.nextDoubleNormalSample)
        g.manualSeed(UInt64(0))
        XCTAssertNil(g.nextDoubleNormalSample)
        XCTAssertEqual(g, TorchGenerator(seed: 0))
        XCTAssertEqual(g.random(), 2_357_136_044)
    }

    func testNegativeSeedReinterpretsBits() {
        var g = TorchGenerator(seed: 0)
        g.manualSeed(Int64(-1))
        XCTAssertEqual(g.initialSeed, UInt64.max)
    }

    func testNondeterministicInitRecordsItsSeed() {
        var a = TorchGenerator()
        var b = TorchGenerator(seed: a.initialSeed)
        XCTAssertEqual(a.random(), b.random())
    }
}
