import XCTest
import Foundation
@testable import Debugger

/// `plt.savefig` writes the figure being built as SVG, says on stderr when it cannot write the format
/// asked for (PNG) or when `--plain` draws nothing, and reports a write that fails as Python's OSError.
final class PlotSavefigTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "gradstep-savefig-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

    func testSvgIsWrittenAndOtherFormatsSayNothingWasWritten() throws {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("""
            import matplotlib.pyplot as plt
            plt.plot([0, 1, 2], [1, 4, 9], 'r-')
            plt.title("squares")
            plt.savefig("\(dir)/fig.svg")
            plt.savefig("\(dir)/fig.png")
            """, console: c)
        let svg = try String(contentsOfFile: dir + "/fig.svg", encoding: .utf8)
        XCTAssertTrue(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"), svg.prefix(80).description)
        XCTAssertTrue(svg.contains("squares"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/fig.png"))
        XCTAssertTrue(c.errText.contains("no PNG file was written"), c.errText)
    }

    func testPlainRunSaysNoFileWasWritten() {
        let s = ScriptSession()
        let c = BufferConsole()
        _ = s.run("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('\(dir)/a.svg')\n", console: c)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/a.svg"))
        XCTAssertTrue(c.errText.contains("--plain runs draw no figures"), c.errText)
    }

    func testUnwritableTargetIsAnOSError() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('\(dir)/missing/dir/a.svg')\n", console: c)
        XCTAssertTrue(c.errText.contains("OSError"), c.errText)
    }
}
