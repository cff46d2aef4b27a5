import Foundation
import XCTest
@testable import Debugger
@testable import Script

/// `gradstep --plain NB.ipynb`: the notebooks in Tests/Oracle/notebooks run as Jupyter's "Run All"
/// and print what Jupyter showed for them (NAME.out, written by make_expected.py from a real kernel):
/// streams, each cell's `Out` text by IPython's display rules, and the first error's last line.
final class NotebookTests: XCTestCase {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("notebooks")
    }

    static func masked(_ s: String) -> String {
        s.replacingOccurrences(of: "0x[0-9a-fA-F]+", with: "0x?", options: .regularExpression)
    }

    /// Notebooks whose output still differs from Jupyter's, with what is missing; not run.
    static let knownDifferences: [String: String] = [:]

    func testEveryNotebookPrintsWhatJupyterShowed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".ipynb") }.map { String($0.dropLast(6)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 9)
        for name in names where Self.knownDifferences[name] == nil {
            let base = Self.directory.appendingPathComponent(name)
            let text = try String(contentsOf: base.appendingPathExtension("ipynb"), encoding: .utf8)
            let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let expectedErr = try String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let expectedCode = try String(contentsOf: base.appendingPathExtension("code"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let console = BufferConsole()
            var run = NotebookRun(try Notebook.parse(text))
            let outcome = run.run(ScriptSession(filename: name + ".ipynb"), console: console)
            XCTAssertEqual(Self.masked(console.outText), Self.masked(expectedOut), "stdout of \(name)")
            XCTAssertEqual(outcome == .failed, expectedCode == "1", "outcome of \(name)")
            if expectedCode == "1" {
                let last = console.errText.split(separator: "\n").last.map(String.init) ?? ""
                XCTAssertEqual(last, expectedErr, "error line of \(name)")
            }
        }
    }

    func testTracebackNamesTheCellWhereEachFrameIsDefined() throws {
        let nb = Notebook(cells: [
            .init(kind: .code, source: "def scale(t, k):\n    return t / k\n"),
            .init(kind: .markdown, source: "# between"),
            .init(kind: .code, source: "x = 1\nscale(x, 0)"),
        ])
        let console = BufferConsole()
        var run = NotebookRun(nb)
        XCTAssertEqual(run.run(ScriptSession(), console: console), .failed)
        XCTAssertEqual(console.errText, """
            Traceback (most recent call last):
              Cell In[2], line 2, in <module>
                scale(x, 0)
              Cell In[1], line 2, in scale
                return t / k
            ZeroDivisionError: division by zero

            """)
    }

    func testMagicsBecomePythonWithTheSameLines() {
        let m = CellMagics("%matplotlib inline\nfor i in range(2):\n    %time y = i\n    !ls\nprint(y)")
        XCTAssertEqual(m.code, "pass\nfor i in range(2):\n    y = i\n    pass\nprint(y)")
        XCTAssertEqual(m.skipped.map(\.line), [1, 3, 4])
        let cell = CellMagics("%%bash\necho hi\nls")
        XCTAssertEqual(cell.code, "\n\n")
        XCTAssertEqual(CellMagics("%%time\nx = 1").code, "\nx = 1")
        XCTAssertEqual(CellMagics("a = b != c\n! ls").code, "a = b != c\npass")
    }

    func testQuietCellsAndNoneShowNothing() throws {
        let interp = Interpreter(output: { _ in }, warn: { _ in })
        XCTAssertNil(try interp.runCell("x = 3\nx;  # quiet"))
        XCTAssertNil(try interp.runCell("None"))
        XCTAssertNil(try interp.runCell("s = 'a;'"))
        let v = try XCTUnwrap(try interp.runCell("x + 1"))
        XCTAssertEqual(try interp.displayText(v), "4")
    }

    func testNotAnotebookIsAClearError() {
        XCTAssertThrowsError(try Notebook.parse("{\"cells\": [")) { e in
            XCTAssertTrue("\(e)".hasPrefix("not a notebook: the file is not valid JSON"), "\(e)")
        }
        XCTAssertThrowsError(try Notebook.parse("{\"nbformat\": 3, \"worksheets\": []}")) { e in
            XCTAssertTrue("\(e)".contains("nbformat 3"), "\(e)")
        }
        XCTAssertThrowsError(try Notebook.parse("[1, 2]"))
        XCTAssertEqual(try Notebook.parse("{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"a = 1\\n\", \"a\"]}]}").cells,
                       [.init(kind: .code, source: "a = 1\na")])
    }

    func testPrettyPrinterWrapsAsIPython() throws {
        let interp = Interpreter(output: { _ in }, warn: { _ in })
        let v = try XCTUnwrap(try interp.runCell("[list(range(30)), 'x' * 30, {'k': (1, 2)}]"))
        let python = """
            [[0,
              1,
              2,
            """
        XCTAssertTrue(try interp.displayText(v).hasPrefix(python))
        let short = try XCTUnwrap(try interp.runCell("{'a': [1, 2], 'b': (3,)}"))
        XCTAssertEqual(try interp.displayText(short), "{'a': [1, 2], 'b': (3,)}")
    }
}

/// `gradstep NB.ipynb`: the guided walk — Enter runs the next cell with Jupyter's display, the verbs
/// move around the notebook, the learner's names win over verbs, and the debugger works between cells.
final class NotebookWalkTests: XCTestCase {
    static let notebook = Notebook(cells: [
        .init(kind: .markdown, source: "# Fit a line\nWe use **gradient descent** on `w`; the loss is $\\frac{1}{n}\\sum_i e_i^2$."),
        .init(kind: .code, source: "import torch\nx = torch.tensor([1., 2., 3.])\ny = 2 * x"),
        .init(kind: .code, source: "w = torch.tensor(0.5, requires_grad=True)\nloss = ((w * x - y) ** 2).mean()\nloss"),
        .init(kind: .markdown, source: "- one\n- two"),
        .init(kind: .code, source: "w.grad"),
    ])

    private func walk(_ lines: [LineResult], progress: LessonProgressStore? = nil) -> (NotebookWalk, BufferConsole) {
        let w = NotebookWalk(Self.notebook, name: "t.ipynb", session: DebugSession(), progress: progress)
        let console = BufferConsole()
        w.start(console: console)
        _ = ReplLoop(session: w, reader: ScriptedLineReader(lines, isInteractive: true), console: console).run()
        return (w, console)
    }

    func testEnterRunsCellsAndShowsTheLastValueAsJupyter() {
        let (w, c) = walk([.line(""), .line(""), .line("backward"), .line("")])
        XCTAssertTrue(c.outText.contains("Fit a line\nWe use gradient descent on w; the loss is $\\frac{1}{n}\\sum_i e_i^2$.\n"), c.outText)
        XCTAssertTrue(c.outText.contains("In [2]: (cell 3)\ntensor(10.5000, grad_fn=<MeanBackward0>)\n"), c.outText)
        XCTAssertTrue(c.outText.contains("• one\n• two\n"), c.outText)
        // The learner's `backward` between the cells counted as In [3], as every execution does in Jupyter.
        XCTAssertTrue(c.outText.contains("In [4]: (cell 5)\ntensor(-14.)\n"), "w.grad after the debugger's backward: \(c.outText)")
        XCTAssertEqual(w.position, 5)
    }

    func testLearnersNamesWinOverVerbsAndPercentReachesThem() {
        let (w, c) = walk([.line("next = 3"), .line("next"), .line("%next"), .line("list(range(2))")])
        XCTAssertTrue(c.outText.contains("3\n"), "`next` is the learner's variable: \(c.outText)")
        XCTAssertTrue(c.outText.contains("In [3]: (cell 2)"), "after the learner's two lines: \(c.outText)")
        XCTAssertTrue(c.outText.contains("[0, 1]"), c.outText)
        XCTAssertEqual(w.position, 2)
    }

    func testRunToListBackEditAndRestart() {
        let (w, c) = walk([.line("run to 3"), .line("list"), .line("back"), .line("edit 3"),
                           .line("w = torch.tensor(2.0, requires_grad=True)"), .line("loss = ((w * x - y) ** 2).mean()"),
                           .line("loss"), .line(""), .line("restart"), .line("w")])
        XCTAssertTrue(c.outText.contains("▶   5 [ ] code     w.grad"), c.outText)
        XCTAssertTrue(c.outText.contains("    3 [2] code     w = torch.tensor(0.5"), c.outText)
        XCTAssertTrue(c.outText.contains("cell 3 changed; running it again"), c.outText)
        XCTAssertTrue(c.outText.contains("tensor(0., grad_fn=<MeanBackward0>)"), c.outText)
        XCTAssertTrue(c.errText.contains("NameError: name 'w' is not defined"), "restart forgot w: \(c.errText)")
        XCTAssertEqual(w.position, 1)
    }

    /// `edit N` at the line editor offers each line of the old code in turn (Enter keeps it, an old blank
    /// line stays a blank line of the code); after the old lines, more lines can follow and a blank line
    /// runs the cell.
    func testEditOffersEachOldLineAtTheLineEditor() throws {
        let nb = Notebook(cells: [
            .init(kind: .code, source: "import torch\nw = torch.tensor(0.5)\n\nw * 2"),
        ])
        let w = NotebookWalk(nb, name: "e.ipynb", session: DebugSession(), progress: nil)
        let c = BufferConsole()
        w.start(console: c)
        let reader = ScriptedLineReader([.line(""), .line("edit 1"), .line(""), .line("w = torch.tensor(4.0)"),
                                         .line(""), .line(""), .line("print(w + 1)"), .line("")], isInteractive: true)
        _ = ReplLoop(session: w, reader: reader, console: c).run()
        XCTAssertEqual(Array(reader.initialTexts[2...6]), ["import torch", "w = torch.tensor(0.5)", "", "w * 2", ""])
        XCTAssertEqual(w.notebook.cells[0].source, "import torch\nw = torch.tensor(4.0)\n\nw * 2\nprint(w + 1)")
        XCTAssertTrue(c.outText.contains("cell 1 changed; running it again"), c.outText)
        XCTAssertTrue(c.outText.contains("tensor(5.)\n"), c.outText)
        XCTAssertFalse(reader.history.contains(""), "blank lines are not history: \(reader.history)")
    }

    /// Ctrl-C in the middle of an edit leaves the edit, and the cell keeps its old code; a pipe (no line
    /// editor) is offered nothing and types the new code whole.
    func testCtrlCInTheMiddleOfAnEditKeepsTheOldCode() {
        let nb = Notebook(cells: [.init(kind: .code, source: "a = 1\nb = 2\na + b")])
        let w = NotebookWalk(nb, name: "k.ipynb", session: DebugSession(), progress: nil)
        let c = BufferConsole()
        w.start(console: c)
        _ = ReplLoop(session: w, reader: ScriptedLineReader([.line("edit 1"), .line("a = 5"), .interrupted, .line("list")], isInteractive: true), console: c).run()
        XCTAssertEqual(w.notebook.cells[0].source, "a = 1\nb = 2\na + b")
        XCTAssertTrue(c.outText.contains("the cell keeps its code"), c.outText)
        XCTAssertTrue(w.prompt.hasPrefix("[1/1] "), w.prompt)

        let piped = NotebookWalk(nb, name: "p.ipynb", session: DebugSession(), progress: nil)
        let reader = ScriptedLineReader([.line("edit 1"), .line("a = 5"), .line(""), .line("a")], isInteractive: false)
        _ = ReplLoop(session: piped, reader: reader, console: BufferConsole()).run()
        XCTAssertEqual(piped.notebook.cells[0].source, "a = 5")
        XCTAssertEqual(Set(reader.initialTexts), [""])
    }

    /// `back` shows the cell's code; Enter then runs it without printing the code a second time.
    func testBackShowsTheCodeOnceAndEnterRunsIt() {
        let (w, c) = walk([.line("run to 3"), .line("back"), .line("")])
        let shown = c.outText.components(separatedBy: "    loss = ((w * x - y) ** 2).mean()\n").count - 1
        // Once as `run to 3` ran it, once by `back`; not again by Enter.
        XCTAssertEqual(shown, 2, c.outText)
        XCTAssertTrue(c.outText.contains("Enter runs it again (its variables keep their current values until then).\nIn [3]: (cell 3)\ntensor(10.5000"), c.outText)
        XCTAssertEqual(w.position, 4)
    }

    /// Past In [9] the `[n]` column widens for every row, so the kinds and first lines stay aligned.
    func testListKeepsItsColumnsPastInNine() {
        var lines = [LineResult.line("run to 3")]
        lines += (0..<8).map { _ in LineResult.line("1") }
        lines += [.line("run all"), .line("list")]
        let (_, c) = walk(lines)
        XCTAssertTrue(c.outText.contains("    2 [1]  code     import torch\n"), c.outText)
        XCTAssertTrue(c.outText.contains("    4      markdown - one\n"), c.outText)
        XCTAssertTrue(c.outText.contains("    5 [11] code     w.grad\n"), c.outText)
    }

    /// As Jupyter's inline backend: a subplot grid a cell draws is shown when the cell ends, without
    /// plt.show(), and kept for save-notebook.
    func testASubplotGridIsDrawnWhenItsCellEnds() {
        let nb = Notebook(cells: [
            .init(kind: .code, source: "import matplotlib.pyplot as plt\n_, axs = plt.subplots(1, 2)\naxs[0].plot([1, 2, 3])\naxs[1].scatter([1, 2], [2, 1])"),
            .init(kind: .code, source: "1 + 1"),
        ])
        let session = DebugSession()
        let w = NotebookWalk(nb, name: "g.ipynb", session: session, progress: nil)
        let c = BufferConsole()
        w.start(console: c)
        _ = ReplLoop(session: w, reader: ScriptedLineReader([.line(""), .line("")], isInteractive: true), console: c).run()
        XCTAssertFalse(c.outText.contains("drawn together at plt.show()") || c.errText.contains("drawn together at plt.show()"), c.outText + c.errText)
        let cell1 = c.outText.components(separatedBy: "In [1]: (cell 1)\n").last?.components(separatedBy: "In [2]").first ?? ""
        XCTAssertEqual(cell1.components(separatedBy: "┌").count - 1, 2, "two panels drawn at the end of cell 1: \(c.outText)")
        XCTAssertTrue(c.outText.contains("In [2]: (cell 2)\n2\n"), c.outText)
        let figures = session.notebook.cells.entries.first?.ran?.outputs.filter { if case .figure = $0 { return true } else { return false } }
        XCTAssertEqual(figures?.count, 1)
    }

    /// The debugger's `backward` between cells frees the graph the next cell's loss.backward() needs:
    /// PyTorch's error stays as it is, and the walk says what used the graph and how to rebuild it.
    func testABackwardBetweenCellsThenTheCellsOwnBackwardSaysWhatFreedTheGraph() {
        let nb = Notebook(cells: [
            .init(kind: .code, source: "w = torch.tensor(3., requires_grad=True)\nloss = (w * w).sum()"),
            .init(kind: .code, source: "loss.backward()\nw.grad"),
        ])
        let w = NotebookWalk(nb, name: "b.ipynb", session: DebugSession(), progress: nil)
        let c = BufferConsole()
        w.start(console: c)
        _ = ReplLoop(session: w, reader: ScriptedLineReader([.line(""), .line("backward"), .line("")], isInteractive: true), console: c).run()
        XCTAssertTrue(c.errText.contains("RuntimeError: Trying to backward through the graph a second time"), c.errText)
        XCTAssertTrue(c.outText.contains("The graph was used up by an earlier backward (your `backward` between cells"), c.outText)
        let plain = NotebookWalk(Notebook(cells: [.init(kind: .code, source: "1 / 0")]), name: "z.ipynb", session: DebugSession(), progress: nil)
        let c2 = BufferConsole()
        plain.start(console: c2)
        _ = ReplLoop(session: plain, reader: ScriptedLineReader([.line("")], isInteractive: true), console: c2).run()
        XCTAssertFalse(c2.outText.contains("used up"), c2.outText)
    }

    func testAFailingCellStopsRunAllAndTheWalkGoesOn() {
        let nb = Notebook(cells: [.init(kind: .code, source: "import sklearn"), .init(kind: .code, source: "z = 1\nz")])
        let w = NotebookWalk(nb, name: "f.ipynb", session: DebugSession(), progress: nil)
        let c = BufferConsole()
        w.start(console: c)
        _ = ReplLoop(session: w, reader: ScriptedLineReader([.line("run all"), .line("cell 2"), .line("")], isInteractive: true), console: c).run()
        XCTAssertTrue(c.errText.contains("ModuleNotFoundError"), c.errText)
        XCTAssertTrue(c.outText.contains("In [2]: (cell 2)\n1\nEnd of the notebook.\n"), c.outText)
    }

    func testProgressIsRememberedPerNotebook() throws {
        let path = NSTemporaryDirectory() + "gradstep-nb-progress-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = LessonProgressStore(path: path)
        _ = walk([.line(""), .line("")], progress: store)
        XCTAssertEqual(store.entry("notebook:t.ipynb"), LessonProgressStore.Entry(step: 4, steps: 5))
        let (_, c) = walk([], progress: store)
        XCTAssertTrue(c.outText.contains("Last time you stopped before cell 5: `run to 4` runs the cells before it."), c.outText)
        _ = walk([.line("run all")], progress: store)
        XCTAssertEqual(store.entry("notebook:t.ipynb"), LessonProgressStore.Entry(step: 5, steps: 5))
        let (_, again) = walk([], progress: store)
        XCTAssertTrue(again.outText.contains("Last time you reached the end of the notebook: `run all` runs every cell again."), again.outText)
    }
}

/// Markdown cells at a terminal wrap at spaces, never inside a word.
final class NotebookMarkdownWrapTests: XCTestCase {
    func testLongMarkdownLinesWrapAtSpacesOnATerminal() {
        let nb = Notebook(cells: [.init(kind: .markdown, source: String(repeating: "gradient descent ", count: 12)),
                                  .init(kind: .code, source: "1")])
        let console = BufferConsole(width: 40, isTerminal: true)
        NotebookWalk(nb, name: "w.ipynb", session: DebugSession(), progress: nil).start(console: console)
        let lines = console.outText.split(separator: "\n")
        let prose = lines.filter { $0.contains("gradient") }
        XCTAssertGreaterThan(prose.count, 3, console.outText)
        for line in prose {
            XCTAssertLessThan(line.count, 40, String(line))
            XCTAssertFalse(line.hasPrefix("radient") || line.hasSuffix("gradi"), String(line))
        }
    }
}
