import XCTest
@testable import Debugger

/// `compare zero_grad`'s conclusion follows from its numbers, and iteration axes tick at whole numbers.
final class SeeCompareConclusionTests: XCTestCase {
    func comparison(_ with: [Double], _ without: [Double]) -> ZeroGradComparison {
        ZeroGradComparison(iterations: with.count, lr: 1, withZeroGrad: with, withoutZeroGrad: without)
    }

    func testBothGrowingIsBothDivergedEvenWhenFinite() {
        XCTAssertEqual(comparison([4.7, 324, 22505], [4.7, 324, 16862]).outcome, .bothDiverged)
        XCTAssertEqual(comparison([4, .infinity], [4, .nan]).outcome, .bothDiverged)
        XCTAssertEqual(comparison([4, 9], [4, 2]).outcome, .withDiverged)
        XCTAssertEqual(comparison([4, 2], [4, 9]).outcome, .withoutEndsHigher)
        XCTAssertEqual(comparison([4, 2], [4, .infinity]).outcome, .withoutDiverged)
        XCTAssertEqual(comparison([4, 2], [4, 1]).outcome, .withoutEndsLower)
    }

    func testSessionSaysBothDivergedAndSuggestsSmallerLr() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("w = torch.tensor([1.], requires_grad=True)\nx = torch.tensor([1., 2., 3.])\nloss = ((w*x - 2*x)**2).mean()\n", console: c)
        let out = BufferConsole()
        XCTAssertEqual(s.run("compare zero_grad 3 1.0", console: out), .ok)
        XCTAssertTrue(out.outText.contains("Both runs diverged"), out.outText)
        XCTAssertTrue(out.outText.contains("`compare zero_grad 3 0.1`"), out.outText)
        XCTAssertFalse(out.outText.contains("happened to help"), out.outText)
    }

    func testIterationAxisTicksAreWholeNumbers() {
        let spec = PlotBuilders.lossComparison(LossSeries(name: "a", losses: [3, 2, 1]), LossSeries(name: "b", losses: [3, 2.5, 2]))
        let ticks = PlotData(spec).xTicks(maxCount: 8)
        XCTAssertFalse(ticks.isEmpty)
        XCTAssertTrue(ticks.allSatisfy { $0 == $0.rounded() }, "\(ticks)")
    }
}
