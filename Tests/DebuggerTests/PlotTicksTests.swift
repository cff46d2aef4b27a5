import XCTest
@testable import Debugger

final class PlotTicksTests: XCTestCase {
    func testNiceStepIsOneTwoOrFiveTimesAPowerOfTen() {
        XCTAssertEqual(PlotTicks.niceStep(0.7), 1)
        XCTAssertEqual(PlotTicks.niceStep(1), 1)
        XCTAssertEqual(PlotTicks.niceStep(1.3), 2)
        XCTAssertEqual(PlotTicks.niceStep(3), 5)
        XCTAssertEqual(PlotTicks.niceStep(6), 10)
        XCTAssertEqual(PlotTicks.niceStep(0.03), 0.05, accuracy: 1e-15)
        XCTAssertEqual(PlotTicks.niceStep(22000), 50000)
        XCTAssertEqual(PlotTicks.niceStep(.nan), 1)
        XCTAssertEqual(PlotTicks.niceStep(-3), 1)
    }

    func testLinearTicksStayInsideTheRangeAndRespectTheCount() {
        XCTAssertEqual(PlotTicks.linear(lo: -0.2, hi: 4.2, maxCount: 3), [0, 2, 4])
        XCTAssertEqual(PlotTicks.linear(lo: -0.2, hi: 4.2, maxCount: 5), [0, 1, 2, 3, 4])
        XCTAssertEqual(PlotTicks.linear(lo: -0.95, hi: 19.95, maxCount: 11), [0, 2, 4, 6, 8, 10, 12, 14, 16, 18])
        XCTAssertEqual(PlotTicks.linear(lo: -0.05, hi: 1.05, maxCount: 3), [0, 0.5, 1])
        XCTAssertEqual(PlotTicks.linear(lo: 3, hi: 2, maxCount: 3), [])
        XCTAssertEqual(PlotTicks.linear(lo: .nan, hi: 2, maxCount: 3), [])
        // 0.1 steps must not accumulate error (0.30000000000000004).
        let t = PlotTicks.linear(lo: 0, hi: 0.5, maxCount: 6)
        XCTAssertEqual(PlotTicks.labels(t), ["0", "0.1", "0.2", "0.3", "0.4", "0.5"])
    }

    func testLabelsDropTrailingZerosAndUseExponentsForLargeValues() {
        XCTAssertEqual(PlotTicks.labels([0, 0.5, 1, 1.5]), ["0", "0.5", "1", "1.5"])
        XCTAssertEqual(PlotTicks.labels([-2, 0, 2]), ["-2", "0", "2"])
        XCTAssertEqual(PlotTicks.labels([0, 10000, 20000]), ["0", "1e+04", "2e+04"])
        XCTAssertEqual(PlotTicks.labels([10000, 15000, 20000]), ["1e+04", "1.5e+04", "2e+04"])
        XCTAssertEqual(PlotTicks.labels([0, 2500, 5000]), ["0", "2500", "5000"])
        XCTAssertEqual(PlotTicks.labels([0.0001, 0.0002]), ["1e-04", "2e-04"])
        XCTAssertEqual(PlotTicks.labels([-0.001, 0, 0.001]), ["-0.001", "0", "0.001"])
    }

    func testLogTicksAreDecadesOrOneTwoFive() {
        XCTAssertEqual(PlotTicks.log(lo: 0.5, hi: 150, maxCount: 5), [1, 10, 100])
        XCTAssertEqual(PlotTicks.log(lo: 0.005, hi: 200, maxCount: 2), [0.01, 100])
        let ticks = PlotTicks.log(lo: 3, hi: 30, maxCount: 5)
        XCTAssertEqual(ticks.count, 3)
        XCTAssertEqual(ticks[0], 5, accuracy: 1e-12)
        XCTAssertEqual(ticks[1], 10, accuracy: 1e-12)
        XCTAssertEqual(ticks[2], 20, accuracy: 1e-12)
        XCTAssertEqual(PlotTicks.log(lo: -1, hi: 10, maxCount: 5), [])
        XCTAssertEqual([1e-5, 0.01, 0.2, 1, 100, 1e4, 2.5e5].map(PlotTicks.label),
                       ["1e-05", "0.01", "0.2", "1", "100", "1e+04", "2.5e+05"])
    }

    func testLimitsPadEqualValuesAndAddMargins() {
        let (lo, hi) = PlotData.limits([0, 10], log: false)
        XCTAssertEqual(lo, -0.5, accuracy: 1e-12)
        XCTAssertEqual(hi, 10.5, accuracy: 1e-12)
        let (lo5, hi5) = PlotData.limits([5, 5], log: false)  // 4.75…5.25, then 5% margins
        XCTAssertEqual(lo5, 4.725, accuracy: 1e-12)
        XCTAssertEqual(hi5, 5.275, accuracy: 1e-12)
        let (lo0, hi0) = PlotData.limits([0], log: false)
        XCTAssertEqual(lo0, -0.055, accuracy: 1e-12)
        XCTAssertEqual(hi0, 0.055, accuracy: 1e-12)
        XCTAssertTrue(PlotData.limits([], log: false) == (0, 1))
        let (hugeLo, hugeHi) = PlotData.limits([-1e308, 1e308], log: false)
        XCTAssertTrue(hugeLo.isFinite && hugeHi.isFinite)
    }
}
