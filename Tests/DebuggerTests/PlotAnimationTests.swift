import XCTest
@testable import Debugger

/// A tiny terminal: printable characters overwrite at the cursor, "\n" moves to the next line's
/// start, "\r" to this line's start, ESC[nA moves up n lines, ESC[2K erases the line.
struct PlotFakeTerminal {
    var screen: [[Character]] = [[]]
    var row = 0, column = 0

    mutating func write(_ text: String) {
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            switch c {
            case "\n":
                row += 1
                column = 0
                while screen.count <= row { screen.append([]) }
            case "\r":
                column = 0
            case "\u{1B}":
                guard chars.popFirst() == "[" else { XCTFail("bad escape"); return }
                var digits = ""
                while let d = chars.first, d.isNumber { digits.append(d); chars.removeFirst() }
                let n = Int(digits) ?? 1
                switch chars.popFirst() {
                case "A": row = max(0, row - n)
                case "K": XCTAssertEqual(n, 2); screen[row] = []
                default: XCTFail("unexpected escape")
                }
            default:
                while screen[row].count <= column { screen[row].append(" ") }
                screen[row][column] = c
                column += 1
            }
        }
    }

    /// The screen's lines, trailing spaces and empty last lines removed.
    var lines: [String] {
        var out = screen.map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        while out.last == "" { out.removeLast() }
        return out
    }
}

final class PlotAnimationTests: XCTestCase {
    func testSecondFrameOverwritesTheFirst() {
        var term = PlotFakeTerminal()
        term.write("$ gradstep train 3 --animate\n")
        var anim = AnimationFrame()
        term.write(anim.next("epoch 1\nloss 10.000000\n⠉⠒⠤"))
        XCTAssertEqual(term.lines, ["$ gradstep train 3 --animate", "epoch 1", "loss 10.000000", "⠉⠒⠤"])
        XCTAssertEqual(anim.previousLineCount, 3)
        term.write(anim.next("epoch 2\nloss 5\n⠤⠤⠤"))
        XCTAssertEqual(term.lines, ["$ gradstep train 3 --animate", "epoch 2", "loss 5", "⠤⠤⠤"])
        XCTAssertEqual(term.row, 4)  // cursor below the block
        // A shorter frame erases the old third line and leaves the cursor just below itself.
        term.write(anim.next("done\n"))
        XCTAssertEqual(term.lines, ["$ gradstep train 3 --animate", "done"])
        XCTAssertEqual(term.row, 2)
        // A taller one grows downward.
        term.write(anim.next("a\nb\nc\nd"))
        XCTAssertEqual(term.lines, ["$ gradstep train 3 --animate", "a", "b", "c", "d"])
        term.write("after\n")
        XCTAssertEqual(term.lines.last, "after")
    }

    func testRedrawSequence() {
        XCTAssertEqual(AnimationFrame.redraw("x\ny", previousLineCount: 0), "\r\u{1B}[2Kx\n\u{1B}[2Ky\n")
        XCTAssertEqual(AnimationFrame.redraw("x", previousLineCount: 2),
                       "\r\u{1B}[2A\u{1B}[2Kx\n\u{1B}[2K\n\u{1B}[1A")
        XCTAssertEqual(AnimationFrame.lineCount(""), 0)
        XCTAssertEqual(AnimationFrame.lineCount("a\n"), 1)
        XCTAssertEqual(AnimationFrame.lineCount("a\n\nb"), 3)
        XCTAssertEqual(AnimationFrame.redraw("", previousLineCount: -4), "\r")
    }

    func testAnimatingPlotsKeepsOnlyTheLastOne() {
        var term = PlotFakeTerminal()
        var anim = AnimationFrame()
        var last = ""
        for epoch in 1...3 {
            let losses = (0..<epoch * 5).map { 10 / Double($0 + 1) }
            last = BrailleRenderer.render(PlotSpec(title: "epoch \(epoch)", series: [PlotSeries(xs: [], ys: losses)]),
                                          width: 40, height: 10, color: false)
            term.write(anim.next(last))
        }
        XCTAssertEqual(term.lines, last.components(separatedBy: "\n"))
    }
}
