import XCTest
@testable import Script

/// matplotlib calls gradstep does not draw: styling is accepted silently (as headless Python prints
/// nothing for it); other kinds of plot fail naming themselves.
final class PyplotOtherNamesTests: XCTestCase {
    func testStylingCallsAreAcceptedAndOtherPlotsAreRefusedByName() {
        let (out, error) = OracleCasesTests.run("""
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots()
        ax.axhline(0, color='k')
        ax.set_aspect('equal')
        plt.xticks([1, 2])
        plt.suptitle('all')
        print("styled")
        ax.hist([1, 2, 3])
        """)
        XCTAssertEqual(out, "styled\n")
        XCTAssertEqual(error, "NotImplementedError: Axes.hist is not supported by gradstep")
        let (_, pyplotError) = OracleCasesTests.run("import matplotlib.pyplot as plt\nplt.imshow([[1, 2], [3, 4]])\n")
        XCTAssertEqual(pyplotError, "NotImplementedError: matplotlib.pyplot.imshow is not supported by gradstep")
    }
}
