import XCTest
@testable import Autograd

/// numpy's RandomState (MT19937) and Generator (PCG64) streams against values real numpy produced
/// (NumpyRandomOracleValues, written by Tools/numpy-random-oracle/generate.py). Each test replays
/// the generator script's call sequence.
final class NumpyRandomEngineTests: XCTestCase {
    private func want(_ key: String) -> [Double] {
        guard let v = NumpyRandomOracleValues.values[key] else { XCTFail("no oracle values for \(key)"); return [] }
        return v
    }

    private func wantInts(_ key: String) -> [Int64] {
        guard let v = NumpyRandomOracleValues.ints[key] else { XCTFail("no oracle values for \(key)"); return [] }
        return v
    }

    /// FNV-1a over 64-bit patterns, as the generator script computes it.
    private func digest(_ values: [UInt64]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in values {
            h ^= v
            h = h &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: h)
    }

    private let ranges: [(Int64, Int64)] = [
        (0, 1), (0, 2), (0, 10), (-5, 5), (3, 100), (0, 1 << 32), (0, (1 << 32) - 1), (0, (1 << 32) + 1),
        (0, 1 << 40), (-(1 << 62), 1 << 62), (Int64.min, Int64.max), (-7, -3),
    ]

    func testLegacySeedsSampleAndGaussWithCache() {
        for s: UInt32 in [0, 1, 42, 12345, UInt32.max] {
            var r = NumpyRandomState(seed: s)
            XCTAssertEqual((0..<7).map { _ in r.nextDouble() }, want("legacy_\(s)_sample"), "seed \(s)")
            // Three single draws leave a cached value that the next array's first element uses.
            XCTAssertEqual((0..<7).map { _ in r.gauss() }, want("legacy_\(s)_gauss"), "seed \(s)")
            XCTAssertEqual((0..<2).map { _ in r.nextDouble() }, want("legacy_\(s)_after"), "seed \(s)")
        }
    }

    func testLegacyArraySeedUsesInitByArray() {
        var r = NumpyRandomState(key: [1, 2, 3])
        XCTAssertEqual((0..<5).map { _ in r.nextDouble() }, want("legacy_array_sample"))
    }

    func testLegacyRandintRangesAndPermutation() {
        var r = NumpyRandomState(seed: 7)
        for (lo, hi) in ranges {
            let got = r.randint(low: lo, highInclusive: hi - 1, count: 6)
            XCTAssertEqual(got, wantInts("legacy_randint_\(lo)_\(hi)"), "randint(\(lo), \(hi))")
        }
        XCTAssertEqual(r.permutation(12), wantInts("legacy_permutation"))
        XCTAssertEqual((0..<3).map { _ in r.nextDouble() }, want("legacy_tail"))
    }

    func testLegacyLongStreamsDigest() {
        var r = NumpyRandomState(seed: 5)
        let normals = (0..<5001).map { _ in r.gauss().bitPattern }
        XCTAssertEqual(digest(normals), wantInts("legacy_normal_digest").first)
        let ints = r.randint(low: -1000, highInclusive: 1_000_000_000_000 - 1, count: 3001).map { UInt64(bitPattern: $0) }
        XCTAssertEqual(digest(ints), wantInts("legacy_randint_digest").first)
    }

    func testSeedSequencePoolAndState() {
        let s = SeedSequence(entropy: SeedSequence.words(12345))
        XCTAssertEqual(s.pool.map { Int64($0) }, wantInts("seedseq_12345_pool"))
        XCTAssertEqual(s.generateState(8).map { Int64($0) }, wantInts("seedseq_12345_state32"))
        XCTAssertEqual(SeedSequence.words(decimal: "18446744073709551621"), [5, 0, 1])
    }

    func testGeneratorSeedsRandomAndNormal() {
        let seeds: [(String, [UInt32])] = [
            ("0", SeedSequence.words(0)), ("1", SeedSequence.words(1)), ("42", SeedSequence.words(42)),
            ("big", SeedSequence.words(decimal: "18446744073709551621") ?? []), ("list", [1, 2, 3]),
        ]
        for (key, words) in seeds {
            var g = NumpyGenerator(SeedSequence(entropy: words))
            XCTAssertEqual((0..<6).map { _ in g.nextDouble() }, want("gen_\(key)_random"), key)
            XCTAssertEqual((0..<6).map { _ in g.standardNormal() }, want("gen_\(key)_normal"), key)
            XCTAssertEqual((0..<2).map { _ in g.nextDouble() }, want("gen_\(key)_after"), key)
        }
    }

    func testGeneratorIntegersPermutationAndChoice() {
        var g = NumpyGenerator(SeedSequence(entropy: SeedSequence.words(2024)))
        for (lo, hi) in ranges {
            XCTAssertEqual(g.integers(low: lo, highInclusive: hi - 1, count: 6), wantInts("gen_integers_\(lo)_\(hi)"), "integers(\(lo), \(hi))")
        }
        XCTAssertEqual(g.integers(low: 0, highInclusive: 5, count: 8), wantInts("gen_integers_endpoint"))
        XCTAssertEqual(g.integers(low: 0, highInclusive: (1 << 32) - 1, count: 4), wantInts("gen_integers_endpoint_full"))
        XCTAssertEqual(g.permutation(12), wantInts("gen_permutation"))
        XCTAssertEqual(g.sampleWithoutReplacement(population: 100, size: 7, shuffle: true), wantInts("gen_choice_floyd"))
        XCTAssertEqual(g.sampleWithoutReplacement(population: 1000, size: 9, shuffle: false), wantInts("gen_choice_floyd_noshuffle"))
        XCTAssertEqual(Array(g.sampleWithoutReplacement(population: 20000, size: 1000, shuffle: true).prefix(10)), wantInts("gen_choice_tail"))
        XCTAssertEqual((0..<2).map { _ in g.nextDouble() }, want("gen_choice_tail_after"))
    }

    func testGeneratorLongStreamsDigest() {
        var g = NumpyGenerator(SeedSequence(entropy: SeedSequence.words(99)))
        // 20001 normals reach the ziggurat's rare branches (the tail and the wedge tests) many times.
        let normals = (0..<20001).map { _ in g.standardNormal().bitPattern }
        XCTAssertEqual(digest(normals), wantInts("gen_normal_digest").first)
        let ints = g.integers(low: -(1 << 40), highInclusive: (1 << 41) - 1, count: 3001).map { UInt64(bitPattern: $0) }
        XCTAssertEqual(digest(ints), wantInts("gen_integers_digest").first)
        // The last 32-bit half left by nothing: permutation draws 32-bit words from fresh 64-bit ones.
        XCTAssertEqual(g.permutation(5), wantInts("gen_interval_after"))
    }

    func testWeightedChoiceHelpers() {
        XCTAssertEqual(NumpyWeightedChoice.cdf([0.2, 0.3, 0.5]), [0.2, 0.5, 1.0])
        XCTAssertEqual(NumpyWeightedChoice.searchRight([0.2, 0.5, 1.0], 0.2), 1)
        XCTAssertEqual(NumpyWeightedChoice.searchRight([0.2, 0.5, 1.0], 0.1999), 0)
        XCTAssertEqual(NumpyWeightedChoice.searchRight([0.0, 0.5, 1.0], 0.0), 1)
        XCTAssertEqual(NumpyWeightedChoice.kahanSum([0.1, 0.2, 0.7]), 1.0)
    }
}
