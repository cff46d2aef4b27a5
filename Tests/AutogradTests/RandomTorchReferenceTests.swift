import XCTest
@testable import Autograd

/// Fills against values printed by a local PyTorch 2.x (see RandomTorchReference.swift).
final class RandomTorchReferenceTests: XCTestCase {
    typealias Ref = RandomTorchReference

    func testRandnSizesAroundTheVectorisedThreshold() {
        let cases: [(Int, [Double])] = [
            (1, Ref.randnSeed0_1), (2, Ref.randnSeed0_2), (3, Ref.randnSeed0_3), (15, Ref.randnSeed0_15),
            (16, Ref.randnSeed0_16), (17, Ref.randnSeed0_17), (31, Ref.randnSeed0_31), (32, Ref.randnSeed0_32),
            (33, Ref.randnSeed0_33), (100, Ref.randnSeed0_100),
        ]
        for (size, want) in cases {
            var g = TorchGenerator(seed: 0)
            randomAssertExactly(g.randn(size), want, "randn(\(size))")
        }
    }

    func testRandn1000() {
        var g = TorchGenerator(seed: 0)
        let x = g.randn(1000)
        for (index, want) in Ref.randnSeed0_1000_at {
            XCTAssertEqual(Double(x[index]), want, "randn(1000)[\(index)]")
        }
        XCTAssertEqual(randomSequentialSum(x), Ref.randnSeed0_1000_sum)
    }

    func testRandn100000() {
        var g = TorchGenerator(seed: 14)
        let x = g.randn(100_000)
        for (index, want) in Ref.randnSeed14_100000_at {
            XCTAssertEqual(Double(x[index]), want, "randn(100000)[\(index)]")
        }
        XCTAssertEqual(randomSequentialSum(x), Ref.randnSeed14_100000_sum)
    }

    func testRand1000() {
        var g = TorchGenerator(seed: 13)
        XCTAssertEqual(randomSequentialSum(g.rand(1000)), Ref.randSeed13_1000_sum)
    }

    func testUniformWithInexactWidthUsesFusedMultiplyAdd() throws {
        var g = TorchGenerator(seed: 5)
        randomAssertExactly(try g.uniform(50, from: 0.3, to: 1.7), Ref.uniformSeed5, "uniform_(0.3, 1.7)")
        g.manualSeed(UInt64(23))
        XCTAssertEqual(randomSequentialSum(try g.uniform(100_000, from: -3.3, to: 7.1)), Ref.uniformSeed23_sum)
    }

    func testNormalSmallAndLarge() throws {
        var g = TorchGenerator(seed: 6)
        randomAssertExactly(try g.normal(7, mean: 0.5, std: 3.3), Ref.normalSmallSeed6, "normal_(0.5, 3.3) x7")
        g.manualSeed(UInt64(6))
        randomAssertExactly(try g.normal(9, mean: -1.7, std: 0.37), Ref.normalFnSeed6, "torch.normal(-1.7, 0.37, (9,))")
        g.manualSeed(UInt64(6))
        randomAssertExactly(try g.normal(40, mean: 0.5, std: 3.3), Ref.normalBigSeed6, "normal_(0.5, 3.3) x40")
    }

    func testNormalOnStridedViewTakesDoublePath() throws {
        var g = TorchGenerator(seed: 12)
        randomAssertExactly(try g.normal(20, mean: 0, std: 1, contiguous: false), Ref.normalStridedSeed12, "column normal_()")
    }

    func testCachedNormalSampleCrossesCalls() throws {
        let want = Ref.interleaveSeed11
        var g = TorchGenerator(seed: 11)
        randomAssertExactly(g.randn(1), want[0], "randn(1)")
        randomAssertExactly(try g.normal(1, mean: 2, std: 0.5), want[1], "normal_(2, 0.5) uses the cached sample")
        randomAssertExactly(g.rand(3), want[2], "rand(3)")
        randomAssertExactly(g.randn(1), want[3], "randn(1)")
    }

    func testRandint() throws {
        var g = TorchGenerator(seed: 8)
        XCTAssertEqual(try g.randint(low: 0, high: 10, count: 20), Ref.randint0to10Seed8)
        g.manualSeed(UInt64(8))
        XCTAssertEqual(try g.randint(low: -5, high: 5, count: 20), Ref.randintMinus5to5Seed8)
        g.manualSeed(UInt64(8))
        XCTAssertEqual(try g.randint(low: 0, high: 1 << 40, count: 10), Ref.randintBigSeed8)
        g.manualSeed(UInt64(8))
        XCTAssertEqual(try g.randint(low: -(1 << 62), high: 1 << 62, count: 10), Ref.randintHugeSeed8)
    }

    func testRandperm() throws {
        var g = TorchGenerator(seed: 9)
        XCTAssertEqual(try g.randperm(10), Ref.randperm10Seed9)
        g.manualSeed(UInt64(9))
        let p = try g.randperm(1000)
        XCTAssertEqual(Array(p.prefix(16)), Ref.randperm1000Seed9Prefix)
        XCTAssertEqual(p.enumerated().reduce(Int64(0)) { $0 + Int64($1.offset) * $1.element }, Ref.randperm1000Seed9Weighted)
        XCTAssertEqual(Set(p).count, 1000)
        g.manualSeed(UInt64(9))
        XCTAssertEqual(try g.randperm(1), [0])
        randomAssertExactly(g.rand(2), Ref.randAfterRandperm1Seed9, "rand(2) after randperm(1)")
        XCTAssertEqual(try g.randperm(0), [])
    }

    func testSeedsBeyond32BitsAndNegative() {
        var g = TorchGenerator(seed: (1 << 40) + 3)
        randomAssertExactly(g.rand(3), Ref.randBigSeed, "seed 2**40+3")
        g.manualSeed(Int64(-1))
        randomAssertExactly(g.rand(3), Ref.randNegativeSeed, "seed -1")
    }

    func testInvalidArgumentsThrowWithoutDrawing() {
        var g = TorchGenerator(seed: 0)
        XCTAssertThrowsError(try g.uniform(3, from: 1, to: 0)) { error in
            XCTAssertEqual(error as? RandomError, .uniformBoundsReversed(from: 1, to: 0))
        }
        XCTAssertThrowsError(try g.uniform(3, from: 1.5, to: 0.25)) { error in
            XCTAssertEqual(String(describing: error), "uniform_ expects to return a [from, to) range, but found from=1.5 > to=0.25")
        }
        XCTAssertThrowsError(try g.uniform(3, from: -3e38, to: 3e38)) { error in
            XCTAssertEqual(
                String(describing: error),
                "uniform_ expects to-from <= std::numeric_limits<Float>::max(), but found to=3e+38 and from=-3e+38 which result in to-from to exceed the limit"
            )
        }
        XCTAssertThrowsError(try g.normal(3, mean: 0, std: -0.5)) { error in
            XCTAssertEqual(String(describing: error), "normal expects std >= 0.0, but found std -0.5")
        }
        XCTAssertThrowsError(try g.randint(low: 5, high: 5, count: 2)) { error in
            XCTAssertEqual(String(describing: error), "random_ expects 'from' to be less than 'to', but got from=5 >= to=5")
        }
        XCTAssertThrowsError(try g.randint(low: 0, high: 5, count: -1))
        XCTAssertThrowsError(try g.randperm(-1)) { error in
            XCTAssertEqual(String(describing: error), "Trying to create tensor with negative dimension -1: [-1]")
        }
        XCTAssertEqual(g, TorchGenerator(seed: 0))
        XCTAssertEqual(g.rand(0), [])
        XCTAssertEqual(g.randn(-3), [])
    }
}
