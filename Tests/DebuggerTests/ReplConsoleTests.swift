import XCTest
@testable import Debugger
#if canImport(Glibc)
import Glibc
#endif

final class ReplConsoleTests: XCTestCase {
    func testColorOnlyOnTTYWithoutNoColorOrFlag() {
        XCTAssertTrue(ColorPolicy(streamIsTTY: true, noColorEnv: nil, termEnv: "xterm", disabledByFlag: false).usesColor)
        XCTAssertFalse(ColorPolicy(streamIsTTY: false, noColorEnv: nil, termEnv: "xterm", disabledByFlag: false).usesColor)
        XCTAssertFalse(ColorPolicy(streamIsTTY: true, noColorEnv: "1", termEnv: "xterm", disabledByFlag: false).usesColor)
        XCTAssertFalse(ColorPolicy(streamIsTTY: true, noColorEnv: nil, termEnv: "xterm", disabledByFlag: true).usesColor)
        XCTAssertFalse(ColorPolicy(streamIsTTY: true, noColorEnv: nil, termEnv: "dumb", disabledByFlag: false).usesColor)
        // no-color.org: an empty NO_COLOR does not disable colour.
        XCTAssertTrue(ColorPolicy(streamIsTTY: true, noColorEnv: "", termEnv: nil, disabledByFlag: false).usesColor)
    }

    func testAnsiWrapsEachLineAndKeepsNewlinesOutside() {
        XCTAssertEqual(AnsiStyle.apply(.error, to: "bad\nworse\n"),
                       "\u{1B}[1;31mbad\u{1B}[0m\n\u{1B}[1;31mworse\u{1B}[0m\n")
        XCTAssertEqual(AnsiStyle.apply(.plain, to: "x\n"), "x\n")
        XCTAssertEqual(AnsiStyle.apply(.good, to: ""), "")
    }

    func testEveryStyleButPlainHasAnEscape() {
        let styles: [TextStyle] = [.error, .warning, .name, .value, .dim, .heading, .good, .prompt]
        for style in styles { XCTAssertNotNil(AnsiStyle.sgr(style), "\(style)") }
        XCTAssertNil(AnsiStyle.sgr(.plain))
    }

    func testWidthFallsBackFromIoctlToColumnsTo80() {
        XCTAssertEqual(TerminalWidth.resolve(ioctlColumns: 132, columnsEnv: "40"), 132)
        XCTAssertEqual(TerminalWidth.resolve(ioctlColumns: nil, columnsEnv: "40"), 40)
        XCTAssertEqual(TerminalWidth.resolve(ioctlColumns: 0, columnsEnv: " 100 "), 100)
        XCTAssertEqual(TerminalWidth.resolve(ioctlColumns: nil, columnsEnv: "abc"), 80)
        XCTAssertEqual(TerminalWidth.resolve(ioctlColumns: nil, columnsEnv: "-5"), 80)
        XCTAssertEqual(TerminalWidth.resolve(ioctlColumns: nil, columnsEnv: "99999999999999999999999"), 80)
        XCTAssertEqual(TerminalWidth.resolve(ioctlColumns: nil, columnsEnv: nil), 80)
    }

    func testBufferConsoleCapturesStreamsSeparately() {
        let console = BufferConsole(width: 50, isTerminal: true)
        console.out("a", .value)
        console.err("b\n", .error)
        console.line("c")
        XCTAssertEqual(console.outText, "ac\n")
        XCTAssertEqual(console.errText, "b\n")
        XCTAssertEqual(console.writes.map(\.style), [.value, .error, .plain])
        XCTAssertEqual(console.width, 50)
        XCTAssertTrue(console.isTerminal)
    }

    func testPlainConsoleIsNeverATerminal() {
        XCTAssertFalse(PlainConsole().isTerminal)
    }

    func testTerminalConsoleUnderTestsHasNoColourWhenOutputIsNotATTY() {
        // XCTest's stdout is normally a pipe or file here; colour must then be off.
        let console = TerminalConsole(colorDisabledByFlag: false)
        if isatty(1) == 0 { XCTAssertFalse(console.colorsOut) }
        XCTAssertFalse(TerminalConsole(colorDisabledByFlag: true).colorsOut)
        XCTAssertFalse(TerminalConsole(colorDisabledByFlag: true).colorsErr)
    }
}

/// A write that fails is reported, not dropped: `> /dev/full` must end the run with python3's OSError.
final class ReplWriteFailureTests: XCTestCase {
    func testWritingToAFullDeviceReportsItsErrno() throws {
        let fd = open("/dev/full", O_WRONLY)
        guard fd >= 0 else { throw XCTSkip("no /dev/full") }
        defer { close(fd) }
        XCTAssertEqual(FileDescriptorWriter(fd: fd).write("1\n"), ENOSPC)
        XCTAssertNil(FileDescriptorWriter(fd: fd).write(""))
    }
}

/// A stdout that stops accepting writes (a closed pipe, a full disk): `print` raises what CPython's
/// raises there, with a traceback at the print, and a program can catch it.
final class ReplBrokenPipeTests: XCTestCase {
    final class ClosedConsole: Console {
        var errno: Int32
        var errText = ""
        var outText = ""
        init(_ errno: Int32) { self.errno = errno }
        func out(_ text: String, _ style: TextStyle) { outText += text }
        func err(_ text: String, _ style: TextStyle) { errText += text }
        var width: Int { 80 }
        var isTerminal: Bool { false }
        var failedWrite: Int32? { errno }
    }

    func testPrintToAClosedPipeRaisesBrokenPipeError() {
        let console = ClosedConsole(EPIPE)
        let outcome = ScriptSession(filename: "p.py").runFile("for i in range(3):\n    print(i)\n", console: console)
        XCTAssertEqual(outcome, .failed)
        XCTAssertEqual(console.errText, """
            Traceback (most recent call last):
              File "p.py", line 2, in <module>
                print(i)
            BrokenPipeError: [Errno 32] Broken pipe

            """)
    }

    func testTheErrorIsAnOSErrorAProgramCanCatch() {
        let console = ClosedConsole(ENOSPC)
        let source = """
            import sys
            try:
                print('x')
            except OSError as e:
                sys.stderr.write(type(e).__name__ + ' ' + str(e) + '\\n')
            try:
                print('y')
            except BrokenPipeError:
                sys.stderr.write('not this one\\n')
            except Exception as e:
                sys.stderr.write('caught ' + str(e.args[0] if len(e.args) == 1 else e) + '\\n')
            """
        XCTAssertEqual(ScriptSession().runFile(source, console: console), .ok, console.errText)
        XCTAssertEqual(console.errText, "OSError [Errno 28] No space left on device\ncaught [Errno 28] No space left on device\n")
        let pipe = ClosedConsole(EPIPE)
        XCTAssertEqual(ScriptSession().runFile("try:\n    print(1)\nexcept ConnectionError as e:\n    import sys; sys.stderr.write(type(e).__mro__[2].__name__)", console: pipe), .ok, pipe.errText)
        XCTAssertEqual(pipe.errText, "OSError")
    }
}

/// Help, hints and the banner wrap at spaces at the terminal's width, never inside a word or number
/// (the terminal's own wrapping would cut them); off a terminal each paragraph stays one line.
final class ReplWrappingTests: XCTestCase {
    private func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    func testHelpWrapsAtSpacesWithinTheWidth() {
        for width in [50, 60, 100] {
            let console = BufferConsole(width: width, isTerminal: true)
            XCTAssertEqual(DebugSession().run("help", console: console), .ok)
            let text = console.outText
            for line in text.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, width - 1, "width \(width): \(line)")
            }
            // Every summary's words arrive whole and in order.
            let all = words(text)
            for c in CommandTable.all {
                let w = words(c.summary)
                XCTAssertTrue(all.indices.contains { i in i + w.count <= all.count && Array(all[i..<(i + w.count)]) == w },
                              "width \(width): \(c.summary)\n\(text)")
            }
            XCTAssertTrue(text.contains("`%COMMAND`"), text)
        }
    }

    func testHelpOfACommandAndHintsWrapAtSpaces() {
        let console = BufferConsole(width: 50, isTerminal: true)
        let s = DebugSession()
        _ = s.run("help graph", console: console)
        _ = s.run("stpe", console: console)
        for line in (console.outText + console.errText).split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 49, String(line))
        }
        XCTAssertTrue(console.errText.contains("hint: did you mean 'step'?"), console.errText)
        let banner = ReportRenderer.wrapped("gradstep 0.1.0 — type PyTorch lines as in a notebook; `help` lists the debugger's commands, `lesson` the guided lessons; Ctrl-D quits.", for: console)
        XCTAssertTrue(banner.split(separator: "\n").allSatisfy { $0.count <= 49 }, banner)
        XCTAssertEqual(words(banner).joined(separator: " "), "gradstep 0.1.0 — type PyTorch lines as in a notebook; `help` lists the debugger's commands, `lesson` the guided lessons; Ctrl-D quits.")
    }

    /// The advice after a diverged train and compare's conclusion are prose too.
    func testTrainAndCompareAdviceWrapAtSpaces() {
        let s = DebugSession()
        XCTAssertEqual(s.run(SessionDebugTests.model, console: BufferConsole()), .ok)
        let console = BufferConsole(width: 60, isTerminal: true)
        _ = s.run("train 30 1", console: console)
        _ = s.run("restore", console: console)
        _ = s.run("compare zero_grad 20 1", console: console)
        XCTAssertTrue(console.errText.contains("probably too large"), console.errText)
        XCTAssertTrue(console.outText.contains("Both runs diverged"), console.outText)
        for line in (console.outText + console.errText).split(separator: "\n") where !line.contains("\u{1B}") && !line.contains("│") && !line.contains("┤") && !line.contains("─") {
            XCTAssertLessThanOrEqual(line.count, 59, String(line))
        }
    }

    func testOffATerminalHelpKeepsOneLinePerCommand() {
        let console = BufferConsole(width: 50, isTerminal: false)
        _ = DebugSession().run("help", console: console)
        XCTAssertTrue(console.outText.contains("  forward [--step]"), console.outText)
        XCTAssertTrue(console.outText.contains("recompute the loss from the current parameters (builds a new graph)\n"), console.outText)
    }
}

/// A traceback through the bundled library names the library's file and shows its line, as CPython's
/// names torch's files, never the learner's file at the library's line numbers.
final class TracebackLibraryFrameTests: XCTestCase {
    func testFramesInsideTorchNNNameTheBundledFiles() {
        let console = BufferConsole()
        let source = """
            import torch
            from torch import nn
            net = nn.Linear(3, 2)
            out = net(torch.ones(4, 5))
            """
        XCTAssertEqual(ScriptSession(filename: "fit.py").runFile(source, console: console), .failed)
        let err = console.errText
        XCTAssertTrue(err.contains("""
              File "fit.py", line 4, in <module>
                out = net(torch.ones(4, 5))
            """), err)
        XCTAssertTrue(err.contains("""
              File "<gradstep>/torch/nn/modules/linear.py", line
            """), err)
        XCTAssertTrue(err.contains("    return F.linear(input, self.weight, self.bias)\n"), err)
        XCTAssertFalse(err.contains("File \"fit.py\", line 4, in forward"), err)
        XCTAssertTrue(err.hasSuffix("RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (4x5 and 3x2)\n"), err)
    }
}
